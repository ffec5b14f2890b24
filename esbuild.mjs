// Builds the bundles: dist/extension.js (vscode external), dist/indexWorker.js (the index's worker thread) and
// dist/cli.js (neither has vscode at all, so an accidental `vscode` import from src/core breaks the build).
// `--production` minifies; `--watch` rebuilds. Every bundle is then made pure ASCII (scripts/asciiBundle.mjs:
// Node reads and compiles it faster; same program, source map adjusted). The big generated word lists go to
// dist/lists.bin, read by the bundles at run time (src/core/resources/listFile.ts), not into the JavaScript.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { dirname, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { asciiBundleFile } from './scripts/asciiBundle.mjs';

/**
 * The generated lists moved to dist/lists.bin, by the name of their constant: each literal becomes
 * `listText(total, offset, length, wide)`, a view of the file's bytes (Latin-1, or UTF-16 at an even offset for a
 * list with other characters) that the word tables (src/core/resources/wordTable.ts) search as it is, not a string;
 * so each of these may only be passed to WordTable.sorted/split/frontCoded (test/unit/wordTable.test.ts checks
 * every use). The noun-hash filter (`bits`) is stored inflated and becomes `listBytes(total, offset, length)`, the
 * bits HashBits.fromBase64 takes as they are. About 2 MB of the 2.5 MB a bundle had, which Node read as UTF-8 and
 * V8 scanned before the first line of the program ran. Read once per run of this script (in --watch, restart it
 * after regenerating a list).
 */
const LIST_SOURCES = ['deNouns', 'deAdjectives', 'worldCities', 'personNames', 'givenNames', 'enWords'];
const LIST_CONSTANTS = {
  DE_NOUN_FORMS_FRONT_CODED: 'units',
  DE_NOUN_HASH_BITS: 'bits',
  DE_ADJECTIVES_FRONT_CODED: 'units',
  WORLD_CITIES_TEXT: 'units',
  SURNAMES_TEXT: 'units',
  GIVEN_NAMES_TEXT: 'units',
  EN_WORDS_TEXT: 'units',
};
function listSources() {
  const chunks = [];
  let offset = 0;
  const sources = new Map();
  const moved = new Set();
  for (const name of LIST_SOURCES) {
    const file = resolve(`src/core/resources/${name}.ts`);
    const src = readFileSync(file, 'utf8').replace(
      /(export const (\w+) =\s*)("(?:[^"\\\n]|\\.)*")/g,
      (m, head, constant, lit) => {
        const kind = LIST_CONSTANTS[constant];
        if (kind === undefined) return m;
        moved.add(constant);
        const text = JSON.parse(lit);
        if (kind === 'bits') {
          const bits = inflateRawSync(Buffer.from(text, 'base64'));
          chunks.push(bits);
          offset += bits.length;
          return `${head}listBytes(LIST_FILE_TOTAL, ${offset - bits.length}, ${bits.length})`;
        }
        let wide = false;
        for (let i = 0; i < text.length && !wide; i++) wide = text.charCodeAt(i) > 0xff;
        if (wide && offset % 2 === 1) {
          chunks.push(Buffer.alloc(1));
          offset++;
        }
        const bytes = Buffer.from(text, wide ? 'utf16le' : 'latin1');
        const call = `${head}listText(LIST_FILE_TOTAL, ${offset}, ${text.length}, ${wide})`;
        chunks.push(bytes);
        offset += bytes.length;
        return call;
      },
    );
    sources.set(file, src);
  }
  for (const constant of Object.keys(LIST_CONSTANTS))
    if (!moved.has(constant)) throw new Error(`esbuild.mjs: no list ${constant} in ${LIST_SOURCES.join(', ')}`);
  for (const [file, src] of sources)
    sources.set(
      file,
      `import { listBytes, listText } from './listFile';\n${src.replaceAll('LIST_FILE_TOTAL', String(offset))}`,
    );
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/lists.bin', Buffer.concat(chunks));
  return sources;
}
const listModules = listSources();
const listsFromFile = {
  name: 'lists-from-file',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]resources[\\/]\w+\.ts$/ }, (args) => {
      const contents = listModules.get(args.path);
      return contents === undefined ? undefined : { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/** Rewrites each bundle as pure ASCII once esbuild has written it. */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length === 0 && build.initialOptions.outfile)
        asciiBundleFile(build.initialOptions.outfile, Boolean(build.initialOptions.sourcemap));
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Keep regular-expression literals with \p{…} as literals: esbuild lowers them to `new RegExp(…)` for every target
  // (its tables cannot vouch for the Unicode version), which builds a new RegExp object through the constructor at
  // each evaluation, in every function that writes one. Node's V8 reads them itself, the same patterns.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [listsFromFile, asciiOutput],
};
// The command: dist/cli.js (src/cli/launch.ts) runs dist/cliMain.js with the code cache dist/cli.cache, which
// this script writes after the build from a run over test fixtures (see launch.ts). The bundle's first line holds
// the hash of the build, written below, so that a cache is used only with the bundle it was made from.
const BUILD_ID_PREFIX = '// source-lens build ';
const NO_BUILD_ID = '0'.repeat(40);
const builds = [
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cliMain.js',
    banner: { js: BUILD_ID_PREFIX + NO_BUILD_ID },
  },
  // The core as a plain library, for benchmarks and other tools.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
];
if (existsSync('src/vscode/extension.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  });
}
// The workspace index's worker thread: like the CLI, built without `vscode` external, so it cannot import it.
// dist/indexWorker.js (src/vscode/workerLaunch.ts) runs dist/indexWorkerMain.js with the code cache
// dist/indexWorker.cache, written below as the command's is (and by a worker in VS Code, whose V8 is another).
if (existsSync('src/vscode/indexWorker.ts')) {
  builds.push({ ...common, entryPoints: ['src/vscode/workerLaunch.ts'], outfile: 'dist/indexWorker.js' });
  builds.push({
    ...common,
    entryPoints: ['src/vscode/indexWorker.ts'],
    outfile: 'dist/indexWorkerMain.js',
    banner: { js: BUILD_ID_PREFIX + NO_BUILD_ID },
  });
}
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  writeCodeCache();
  if (existsSync('dist/indexWorkerMain.js')) await writeWorkerCodeCache();
}

/** Writes the build's hash into the zeros of `main`'s first line (no offset moves); returns the hash. */
function stampBuildId(main) {
  const source = readFileSync(main, 'latin1');
  if (!source.startsWith(BUILD_ID_PREFIX + NO_BUILD_ID)) throw new Error(`esbuild.mjs: ${main} has no build-id line`);
  const id = createHash('sha1').update(source).digest('hex');
  writeFileSync(main, BUILD_ID_PREFIX + id + source.slice(BUILD_ID_PREFIX.length + id.length), 'latin1');
  return id;
}

/**
 * Stamps dist/cliMain.js with the hash of its build (in place of the zeros of its first line: no offset moves) and
 * writes the code cache dist/cli.cache from one run of the command over the German and English test pages. The
 * cache holds compiled code only (no article's data) and changes no output; without it the command runs as it is.
 */
function writeCodeCache() {
  stampBuildId('dist/cliMain.js');
  rmSync('dist/cli.cache', { force: true });
  const pages = ['test/fixtures/english-pages', 'test/fixtures/pages-de', 'test/fixtures/attribution-de'].filter((d) =>
    existsSync(d),
  );
  if (!pages.length) return;
  const run = spawnSync(process.execPath, ['dist/cli.js', 'analyze', ...pages, '--json'], {
    env: { ...process.env, SOURCE_LENS_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`esbuild.mjs: the code cache run failed (${run.status})`);
}

/**
 * Stamps dist/indexWorkerMain.js and writes the worker's code cache dist/indexWorker.cache: a worker started through
 * dist/indexWorker.js analyses the German and English test pages (as the editor's analysis jobs do) and then writes
 * it. Compiled code only, as the command's; a worker ignores a cache of another build or V8.
 */
async function writeWorkerCodeCache() {
  stampBuildId('dist/indexWorkerMain.js');
  rmSync('dist/indexWorker.cache', { force: true });
  const pages = ['test/fixtures/english-pages', 'test/fixtures/pages-de', 'test/fixtures/attribution-de'].filter((d) =>
    existsSync(d),
  );
  const texts = pages.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ uri: `file:///${d}/${f}`, text: readFileSync(`${d}/${f}`, 'utf8') })),
  );
  if (!texts.length) return;
  const worker = new Worker(resolve('dist/indexWorker.js'), {
    workerData: { role: 'analysis' },
    env: { ...process.env, SOURCE_LENS_WRITE_CODE_CACHE: '1' },
  });
  await new Promise((done, fail) => {
    let next = 0;
    const send = () => {
      if (next < texts.length) {
        // Both kinds the editor sends: an indexed file's slim analysis and an open document's whole one.
        worker.postMessage({ id: next + 1, job: { kind: 'analyze', ...texts[next], full: next % 2 === 1 } });
        next++;
      } else worker.postMessage({ writeCodeCache: true });
    };
    worker.on('message', (m) => {
      if (m.codeCacheWritten) done();
      else if (m.ready || m.id === next) send();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`esbuild.mjs: the worker's code cache run exited (${code})`)));
  });
  await worker.terminate();
}
