// The layering rules, checked mechanically over the imports of every file under src/ (STYLE.md 1, 2, 4):
// - src/core/index.ts is the only door: the CLI and the editor layer (the index worker included) import
//   nothing else of the core;
// - the core imports neither `vscode` nor the CLI or the editor layer, so it runs in plain Node;
// - actors and statements (one article) never import the corpus (many articles);
// - reading (src/core/text) imports nothing above it: only itself, the data model and the resources;
// - no import cycle anywhere in src/ (type-only imports count: a cycle of types is still two files that
//   cannot be understood apart).
// Imports are read with a regex (`from '…'`, `import '…'`, `import('…')`, `require('…')`), which is enough
// for this code base's plain import statements. The checker runs over a map of path -> source, so that the
// fixtures below can plant each violation and show that it is caught.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';

type Sources = Record<string, string>;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;

/** Comment lines (line comments, and the lines of a block comment): they may quote an import. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*).*$/gm;

/** The specifiers a source imports, in order. */
function specifiers(src: string): string[] {
  const code = src.replace(COMMENT_LINE, '');
  return [...code.matchAll(IMPORT)].map((m) => m[2]!);
}

/** A relative specifier resolved against the files of the map (`x` -> `x.ts` or `x/index.ts`); others as written. */
function resolve(from: string, spec: string, files: Sources): string {
  if (!spec.startsWith('.')) return spec;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (candidate in files) return candidate;
  return base;
}

/** path -> the paths (or bare module names) it imports. */
function importGraph(files: Sources): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [path, src] of Object.entries(files))
    graph.set(
      path,
      specifiers(src).map((s) => resolve(path, s, files)),
    );
  return graph;
}

const under = (path: string, dir: string): boolean => path.startsWith(`${dir}/`);

/** Every violation of the layering rules, one line each (empty when the tree is clean). */
function layeringViolations(files: Sources): string[] {
  const graph = importGraph(files);
  const out: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const edge = `${from} -> ${to}`;
      if ((under(from, 'src/vscode') || under(from, 'src/cli')) && under(to, 'src/core') && to !== 'src/core/index.ts')
        out.push(`door: ${edge} (enter the core through src/core/index.ts)`);
      if (under(from, 'src/core')) {
        if (to === 'vscode' || under(to, 'src/vscode') || under(to, 'src/cli'))
          out.push(`core: ${edge} (the core runs in plain Node, without the editor or the CLI)`);
        if ((under(from, 'src/core/actors') || under(from, 'src/core/statements')) && under(to, 'src/core/corpus'))
          out.push(`corpus: ${edge} (one article's analysis must not depend on the corpus)`);
        if (
          under(from, 'src/core/text') &&
          to.startsWith('src/') &&
          !under(to, 'src/core/text') &&
          !under(to, 'src/core/resources') &&
          to !== 'src/core/types.ts'
        )
          out.push(`reading: ${edge} (reading imports only itself, the data model and the resources)`);
      }
    }
  }
  for (const cycle of cycles(graph)) out.push(`cycle among: ${cycle.join(', ')}`);
  return out;
}

/** The import cycles: each strongly connected component of two or more files (or a file importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, iterative (no recursion limit on long chains).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  const edges = (v: string) => (graph.get(v) ?? []).filter((w) => graph.has(w));
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ v: string; i: number }> = [{ v: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const out = edges(frame.v);
      if (frame.i < out.length) {
        const w = out[frame.i++]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.v);
        if (component.length > 1 || edges(frame.v).includes(frame.v)) found.push(component.sort());
      }
    }
  }
  return found;
}

// mocha runs from the project root (package.json scripts).
const root = process.cwd();

function readTree(dir: string): Sources {
  const files: Sources = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = `${d}${sep}${n}`;
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.ts')) files[relative(root, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('layering', () => {
  const tree = readTree(`${root}${sep}src`);

  it('reads the whole source tree', () => {
    for (const f of ['src/core/index.ts', 'src/core/text/nameKey.ts', 'src/cli/main.ts', 'src/vscode/extension.ts'])
      assert.ok(f in tree, f);
    // The graph resolves real imports: the CLI reaches the door.
    assert.ok(importGraph(tree).get('src/cli/main.ts')!.includes('src/core/index.ts'));
  });

  it('src/ keeps every layering rule', () => {
    assert.deepEqual(layeringViolations(tree), []);
  });

  describe('the checker fails on each planted violation', () => {
    const clean: Sources = {
      'src/core/index.ts': "export { analyze } from './analyze';\nexport type * from './types';",
      'src/core/types.ts': 'export interface Span { start: number; end: number }',
      'src/core/analyze.ts': "import { read } from './text/read';\nimport { people } from './actors';",
      'src/core/text/read.ts': "import type { Span } from '../types';\nimport { LIST } from '../resources/list';",
      'src/core/resources/list.ts': 'export const LIST = [];',
      'src/core/actors/index.ts': "import { read } from '../text/read';",
      'src/core/statements/index.ts': "import { people } from '../actors';",
      'src/core/corpus/corpus.ts': "import type { Span } from '../types';",
      'src/cli/main.ts': "import { analyze } from '../core';",
      'src/vscode/hover.ts': "import * as vscode from 'vscode';\nimport type { Span } from '../core/index';",
    };
    const planted = (path: string, src: string): string[] =>
      layeringViolations({ ...clean, [path]: `${clean[path] ?? ''}\n${src}` });

    it('passes the clean fixture', () => {
      assert.deepEqual(layeringViolations(clean), []);
    });
    it('an editor import past the door', () => {
      const v = planted('src/vscode/hover.ts', "import { read } from '../core/text/read';");
      assert.deepEqual(v, [
        'door: src/vscode/hover.ts -> src/core/text/read.ts (enter the core through src/core/index.ts)',
      ]);
    });
    it('a CLI import past the door (a type import counts)', () => {
      const v = planted('src/cli/main.ts', "import type { Span } from '../core/types';");
      assert.equal(v.length, 1);
      assert.match(v[0]!, /^door: src\/cli\/main.ts -> src\/core\/types.ts/);
    });
    it('vscode in the core', () => {
      const v = planted('src/core/corpus/corpus.ts', "import * as vscode from 'vscode';");
      assert.deepEqual(v, [
        'core: src/core/corpus/corpus.ts -> vscode (the core runs in plain Node, without the editor or the CLI)',
      ]);
    });
    it('the core importing the editor layer (by require)', () => {
      const v = planted('src/core/analyze.ts', "const h = require('../vscode/hover');");
      assert.ok(
        v.some((x) => x.startsWith('core: src/core/analyze.ts -> src/vscode/hover.ts')),
        v.join('\n'),
      );
    });
    it('actors importing the corpus', () => {
      const v = planted('src/core/actors/index.ts', "import { x } from '../corpus/corpus';");
      assert.deepEqual(v, [
        "corpus: src/core/actors/index.ts -> src/core/corpus/corpus.ts (one article's analysis must not depend on the corpus)",
      ]);
    });
    it('statements importing the corpus (a dynamic import counts)', () => {
      const v = planted('src/core/statements/index.ts', "const c = import('../corpus/corpus');");
      assert.equal(v.length, 1);
      assert.match(v[0]!, /^corpus: src\/core\/statements\/index.ts -> src\/core\/corpus\/corpus.ts/);
    });
    for (const [layer, target] of [
      ['actors', '../actors'],
      ['statements', '../statements'],
      ['corpus', '../corpus/corpus'],
    ] as const) {
      it(`reading importing ${layer}`, () => {
        const v = planted('src/core/text/read.ts', `import { x } from '${target}';`);
        assert.ok(
          v.some((x) => x.startsWith(`reading: src/core/text/read.ts -> src/core/${layer}/`)),
          v.join('\n'),
        );
      });
    }
    it('an import cycle of two files', () => {
      const v = planted('src/core/types.ts', "import type { X } from './corpus/corpus';");
      assert.deepEqual(v, ['cycle among: src/core/corpus/corpus.ts, src/core/types.ts']);
    });
    it('an import cycle through three files', () => {
      const v = planted('src/core/text/read.ts', "import { y } from './other';");
      const w = layeringViolations({
        ...clean,
        'src/core/text/read.ts': `${clean['src/core/text/read.ts']}\nimport { y } from './other';`,
        'src/core/text/other.ts': "import { z } from './third';",
        'src/core/text/third.ts': "import { r } from './read';",
      });
      assert.deepEqual(v, []); // './other' missing from the map: no file, no cycle
      assert.deepEqual(w, ['cycle among: src/core/text/other.ts, src/core/text/read.ts, src/core/text/third.ts']);
    });
    it('a file importing itself', () => {
      const v = planted('src/core/resources/list.ts', "import { LIST as L } from './list';");
      assert.deepEqual(v, ['cycle among: src/core/resources/list.ts']);
    });
  });
});
