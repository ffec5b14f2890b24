// Linear time and output by construction (issue 11): adversarial texts (repeated cues, quotes, commas, names,
// lists, a sentence without punctuation) cost the same per KB at 4× the size, and their export grows in
// proportion. The output check is exact (sizes are deterministic); the time check compares medians of CPU time
// (not wall time, so a loaded machine does not make it flake) with a margin a quadratic scan cannot meet: at 4× the
// size a rescan per cue costs 4× per KB, a linear scan 1×.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, toExport } from '../../src/core';
import { Commands } from '../../src/vscode/ids';
import { revealTarget } from '../../src/vscode/revealArgs';
import { escapeMarkdown } from '../../src/vscode/text';

type Patterns = Record<string, (chars: number, seed?: number) => string>;
let PATTERNS: Patterns = {};

function cpuMs(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const exportSize = (text: string): number =>
  JSON.stringify(toExport({ version: 1, articles: [analyzeArticle(text, 'h.txt')], events: [] })).length;

describe('hostile input: linear time and output', function () {
  this.timeout(120_000);
  before(async () => {
    // The generators live with the benchmark (scripts/bench-hostile.mjs); this file runs from out/test/unit.
    const url = pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'hostilePatterns.mjs')).href;
    PATTERNS = ((await import(url)) as { PATTERNS: Patterns }).PATTERNS;
    analyzeArticle('Anna Beispiel sagte, es regne.', 'warm.txt');
  });

  it('time per KB stays flat from 16 KB to 64 KB for every adversarial pattern', () => {
    // From 16 KB on, units are full (MAX_UNIT_CHARS), so a linear analysis costs the same per KB at any size.
    const small = 16 * 1024;
    const large = 64 * 1024;
    for (const [name, gen] of Object.entries(PATTERNS)) {
      const a = gen(small);
      const b = gen(large);
      // Compiles this pattern's paths at both sizes before timing: process.cpuUsage counts V8's compiler threads,
      // and a path the small input never reached would otherwise be compiled inside the large input's timings.
      // Twice each: after one pass V8 still recompiles what the first optimised (the second and third passes cost up
      // to 3× the later ones on a loaded 2-core machine), and a median of five rides out a collection's pause.
      for (let k = 0; k < 2; k++) {
        analyzeArticle(a, 'warm.txt');
        analyzeArticle(b, 'warm.txt');
      }
      const ts = median([0, 1, 2, 3, 4].map(() => cpuMs(() => analyzeArticle(a, 'h.txt'))));
      const tl = median([0, 1, 2, 3, 4].map(() => cpuMs(() => analyzeArticle(b, 'h.txt'))));
      const ratio = tl / large / (Math.max(ts, 1) / small);
      const msg = `${name}: ${(ts / 16).toFixed(2)} → ${(tl / 64).toFixed(2)} ms/KB (×${ratio.toFixed(2)})`;
      assert.ok(ratio < 2.5, msg);
    }
  });

  it('the export grows in proportion to the input for every adversarial pattern', () => {
    // From 16 KB on, every run of text is cut into units of at most MAX_UNIT_CHARS, so the export per input
    // character no longer grows; below that it rises as the units fill up.
    for (const [name, gen] of Object.entries(PATTERNS)) {
      const small = exportSize(gen(16 * 1024)) / (16 * 1024);
      const large = exportSize(gen(64 * 1024)) / (64 * 1024);
      assert.ok(large < 64, `${name}: export ${large.toFixed(1)}× the input`);
      assert.ok(large / small < 1.5, `${name}: export per input char ×${(large / small).toFixed(2)} at 4× the size`);
    }
  });

  it('mixtures of adversarial chunks: no statement content longer than a unit, export at most 64× the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 50, max: 3000 }), fc.nat()), {
          minLength: 1,
          maxLength: 8,
        }),
        (chunks) => {
          const gens = Object.values(PATTERNS);
          const text = chunks.map(([p, n, seed]) => gens[p % gens.length]!(n, seed + 1)).join('');
          const a = analyzeArticle(text, 'mix.txt');
          for (const s of a.statements) assert.ok(s.content.end - s.content.start <= 4000, 'content within a unit');
          assert.ok(exportSize(text) <= 64 * text.length + 4096);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('hostile input: the editor layer', () => {
  const root = process.cwd();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    capabilities?: {
      untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] };
      virtualWorkspaces?: unknown;
    };
    contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
  };

  it('declares its capabilities: limited in untrusted workspaces (settings naming files restricted), virtual ones', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.ok(untrusted?.description);
    const restricted = untrusted?.restrictedConfigurations ?? [];
    // Every setting that names files (globs or paths) is restricted, and each restricted one exists.
    const naming = Object.keys(pkg.contributes.configuration.properties).filter((k) => /glob|exclude|path/i.test(k));
    assert.deepEqual([...restricted].sort(), naming.sort());
    // Files are read through vscode.workspace.fs (or by a worker from a file: URI's path): virtual ones too.
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
  });

  it('registers "List Files Not Analysed" in package.json and ids.ts', () => {
    assert.ok(pkg.contributes.commands.some((c) => c.command === Commands.listUnanalysed));
  });

  it('revealSpan accepts only an article of the workspace and a span of whole non-negative offsets', () => {
    const articles = new Set(['file:///ws/news/a.txt']);
    const is = (u: string) => articles.has(u);
    assert.deepEqual(revealTarget('file:///ws/news/a.txt', 3, 9, is), {
      uri: 'file:///ws/news/a.txt',
      start: 3,
      end: 9,
    });
    for (const bad of [
      ['file:///etc/passwd', 0, 1],
      ['command:workbench.action.terminal.new', 0, 1],
      [{ scheme: 'file', path: '/ws/news/a.txt' }, 0, 1],
      ['file:///ws/news/a.txt', -1, 4],
      ['file:///ws/news/a.txt', 5, 4],
      ['file:///ws/news/a.txt', 0.5, 4],
      ['file:///ws/news/a.txt', 0, Number.NaN],
      ['file:///ws/news/a.txt', 0, Infinity],
      ['file:///ws/news/a.txt', '0', 4],
      ['file:///ws/news/a.txt', 0, 2 ** 60],
    ] as const)
      assert.equal(revealTarget(bad[0], bad[1], bad[2], is), undefined, JSON.stringify(bad));
  });

  it('hover text: no icon syntax and no link survives escaping (VS Code renders icons after Markdown)', () => {
    const evil = 'Siehe $(alert) und $(zap~spin), https://example.com/a_b-c?x=1 oder www.example.org, mail@example.org';
    const md = escapeMarkdown(evil);
    // After CommonMark backslash escapes are undone, no "$(" is left to be an icon, and no scheme or www. to link.
    const rendered = md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    assert.doesNotMatch(rendered, /\$\(/);
    assert.doesNotMatch(md, /https?:\/\/|www\.|@example\.org/);
    assert.equal(rendered.replace(/&#36;/g, '$').replace(/&amp;/g, '&'), evil);
  });
});
