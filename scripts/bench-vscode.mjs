#!/usr/bin/env node
// Benchmarks of the VS Code layer's hot paths, in plain Node over the same code the extension runs (the index
// engine with its worker threads, src/core/corpus/related.ts, the editor-free halves of the hover and decorations),
// bundled here with esbuild into a private folder (so that parallel builds of dist/ do not interfere):
//   1. indexing 1,000 and 10,000 distinct article files (the Wikinews, GermEval and events texts of
//      ../shared/eval/data, then articles of 6–15 sentences drawn from them: scripts/benchData.mjs; the seeds
//      only when that data is missing, and the run says so), written to a temporary folder,
//      read by the workers as the extension's are): time to the grouped index, the host's retained heap, the
//      workers' heaps, the process's RSS, and how long the host's event loop was blocked meanwhile (the
//      responsiveness of typing and hovering while indexing runs); then one file changed on disk, end to end;
//   2. hover-card content from a warm cache (analysis, corpus look-up and the event's aligned claims ready):
//      median and p95;
//   3. an edit to a 50 KB article until its decorations are planned (re-analysis + planDecorations), in process
//      and through a worker as the extension runs it (latency, and the host's share: receiving the analysis,
//      planning the decorations, updating the index's copy; the worker keeps the document's incremental analysis,
//      src/core/incremental.ts), and that incremental analysis in process beside the whole one. On unseen text and
//      random edits of several kinds: scripts/bench-edit.mjs.
// The editor's own work (debounce, rendering) is not included: the figures are what the extension adds.
// Usage: node --expose-gc scripts/bench-vscode.mjs [--quick] [--workers N] [--sizes 1000,10000] [--keep DIR]
//        [--smaps] [--index-only]   (--smaps: where the RSS lies after indexing; --index-only: stop after section 1)
//        (npm run bench:vscode)
//        node scripts/bench-vscode.mjs --reload-from DIR [--repeat N] [--changed] [--live-change] [--child-flags "--cpu-prof ..."] [--no-minify]
//        [--worker dist/indexWorker.js]  (the workers run that script, not the bundle built here: its code cache)
//   --keep DIR: index into DIR (the workspace files and the store are kept there) and stop after the first reload;
//   --reload-from DIR: only the reload in a fresh process (N times), on what --keep left in DIR, with the code as it
//   is now (the store must have been written by the same store format); --changed: with one file changed since
//   (on a copy of the store), until the events worker has grouped again; --live-change: after the reload, one file
//   changed while the window is open, until the events worker has grouped again (the host's longest step then).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distinctArticles, haveEvalData, load } from './benchData.mjs';

const root = resolve(import.meta.dirname, '..');
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const workers = opt('--workers') ? Number(opt('--workers')) : undefined;
const sizes = (opt('--sizes') ?? (quick ? '1000' : '1000,10000')).split(',').map(Number);

if (args.includes('--help')) {
  console.log(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(1, 26)
      .join('\n'),
  );
  process.exit(0);
}
const keep = opt('--keep');
const reloadFrom = opt('--reload-from');
const tmp = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
/** Where the workspace and its store are written: a kept folder (--keep), else the temporary one. */
const work = keep ? resolve(keep) : tmp;
if (keep) mkdirSync(work, { recursive: true });
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `
export * from ${JSON.stringify(join(root, 'src/core/index.ts'))};
export * from ${JSON.stringify(join(root, 'src/core/corpus/related.ts'))};
export { IndexEngine } from ${JSON.stringify(join(root, 'src/vscode/indexEngine.ts'))};
export { IndexStore, analyserVersion } from ${JSON.stringify(join(root, 'src/vscode/indexStore.ts'))};
export { hoverCards, plainTranslate } from ${JSON.stringify(join(root, 'src/vscode/hoverContent.ts'))};
export { planDecorations } from ${JSON.stringify(join(root, 'src/vscode/decorationPlan.ts'))};
`,
);
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'error',
  minify: !args.includes('--no-minify'),
};
await build({ ...common, entryPoints: [entry], outfile: join(tmp, 'bench.cjs') });
await build({
  ...common,
  entryPoints: [join(root, 'src/vscode/indexWorker.ts')],
  outfile: join(tmp, 'indexWorker.js'),
});
const lib = createRequire(import.meta.url)(join(tmp, 'bench.cjs'));
// --worker FILE: the workers run FILE instead of the bundle built here (e.g. dist/indexWorker.js, which starts from
// its code cache, dist/indexWorker.cache, as the extension's workers do).
const workerScript = opt('--worker') ? resolve(opt('--worker')) : join(tmp, 'indexWorker.js');

const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const paragraphs = seeds.flatMap((s) => s.split('\n').filter((l) => l.trim().length > 80));

/** Seed variant i, for the statement-dense 50 KB article: a seed with its paragraphs rotated, one more paragraph. */
function seedVariant(i) {
  const seed = seeds[i % seeds.length].split('\n');
  const [title, ...body] = seed;
  const k = body.length ? i % body.length : 0;
  const rotated = [...body.slice(k), ...body.slice(0, k)];
  rotated.splice(1, 0, paragraphs[(i * 7) % paragraphs.length]);
  return [title, ...rotated].join('\n').replace(/\d+/g, (n) => String((Number(n) + i) % 10000));
}

// Distinct articles from real news (the largest size asked for, built once; smaller sizes take a prefix).
// A reload measured in a process of its own (--reload-child, started by section 1b below): a reopened window is
// a new extension host, which has not indexed anything before.
const reloadChild = opt('--reload-child');
const pool = reloadChild || reloadFrom ? [] : distinctArticles(Math.max(...sizes));
const variant = (i) => pool[i % pool.length];

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x) => `${x.toFixed(x < 10 ? 3 : 1)} ms`;
const mb = (x) => `${(x / 1048576).toFixed(0)} MB`;
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
/** CPU seconds of this process's main thread (the extension host's share), on Linux; else NaN. */
function mainThreadCpu() {
  try {
    const st = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}
/** CPU seconds of the whole process (every thread). */
function processCpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
/**
 * Where the process's resident memory lies (--smaps, Linux): per kind of mapping (the malloc heap, anonymous
 * mappings by size, files), the resident MB, to tell V8's heaps from the allocator's and the code's.
 */
function smapsSummary() {
  let text;
  try {
    text = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return 'smaps: not available';
  }
  const kinds = new Map();
  const big = [];
  let kind = '';
  let sizeKb = 0;
  for (const line of text.split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      kind = head[1] ? (head[1].startsWith('/') ? `file ${head[1].split('/').pop()}` : head[1]) : 'anon';
      continue;
    }
    const size = /^Size:\s+(\d+) kB/.exec(line);
    if (size && kind === 'anon') {
      const kb = Number(size[1]);
      sizeKb = kb;
      kind = `anon ${kb >= 65536 ? '>=64MB' : kb >= 1024 ? '1-64MB' : kb === 256 ? '256KB' : '<1MB'}`;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) {
      kinds.set(kind, (kinds.get(kind) ?? 0) + Number(rss[1]));
      if (kind === 'anon 1-64MB') big.push(`${(sizeKb / 1024).toFixed(1)}/${(Number(rss[1]) / 1024).toFixed(1)}`);
    }
  }
  big.sort((a, b) => Number(b.split('/')[1]) - Number(a.split('/')[1]));
  const m = process.memoryUsage();
  return `smaps: ${[...kinds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, kb]) => `${k} ${(kb / 1024).toFixed(0)} MB`)
    .join(
      ', ',
    )}; 1-64MB regions size/rss MB: ${big.slice(0, 30).join(' ')}; external ${mb(m.external)}, array buffers ${mb(m.arrayBuffers)}`;
}
const fsPathOf = (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);

async function indexCorpus(n, store) {
  const dir = join(work, `ws-${n}`);
  mkdirSync(dir);
  const uris = [];
  for (let i = 0; i < n; i++) {
    const p = join(dir, `${i}.txt`);
    writeFileSync(p, variant(i));
    uris.push(pathToFileURL(p).toString());
  }
  const before = heap();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  const t0 = performance.now();
  const engine = new lib.IndexEngine({ workerScript, workers, fsPathOf, store });
  engine.reset();
  await engine.addFiles(uris);
  const tAnalyse = performance.now() - t0;
  await engine.finishBatch();
  await engine.whenIdle();
  const total = performance.now() - t0;
  const { groupedAt } = engine.stats;
  // Every event described once the index is idle (a large grouping's reasons come in a job after its groups).
  const undescribed = [...engine.lookup.events.values()].filter((e) => !e.reasons).length;
  if (undescribed) console.log(`NOTE: ${undescribed} events without reasons once the index is idle`);
  lag.disable();
  clearInterval(sampler);
  const workerHeap = await engine.workerHeaps();
  const retained = heap() - before;
  const rss = process.memoryUsage().rss;
  const { heapUsed: hostHeapUsed, heapTotal: hostHeapTotal } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  if (args.includes('--smaps')) console.log(smapsSummary());
  // One file changed on disk, until the index (look-up and events) has it.
  writeFileSync(join(dir, '1.txt'), `${variant(1)}\n„Die Verhandlungen gehen morgen weiter“, sagte ein Sprecher.`);
  const t1 = performance.now();
  await engine.upsertFile(uris[1]);
  await engine.whenIdle();
  const tChange = performance.now() - t1;
  const { hostMs, hostMaxMs } = engine.stats;
  return {
    // Until the look-up had the grouping (events, members, labels); the reasons of a large grouping follow it.
    tGrouped: groupedAt ? groupedAt - t0 - tAnalyse : NaN,
    engine,
    n,
    total,
    tAnalyse,
    tGroup: total - tAnalyse,
    retained,
    workerHeap,
    rss,
    hostHeapUsed,
    hostHeapTotal,
    peakRss,
    tChange,
    events: engine.lookup.events.size,
    lagMax: lag.max / 1e6,
    lagP99: lag.percentile(99) / 1e6,
    hostMs,
    hostMaxMs,
    uris,
  };
}

/**
 * A window reopened on the same files: a new engine with the store the first indexing filled (as the extension
 * does with context.storageUri). Ready = every article in the look-up and the saved events in place (hover and
 * related coverage answer); the events worker's own grouping follows in the background (until idle).
 */
async function reopen(uris, storeDir, version) {
  const store = new lib.IndexStore(storeDir, version);
  const t0 = performance.now();
  const cpu0 = mainThreadCpu();
  const all0 = processCpu();
  const elu0 = performance.eventLoopUtilization();
  const engine = new lib.IndexEngine({ workerScript, workers, fsPathOf, store });
  engine.reset();
  await engine.addFiles(uris);
  const grouped = engine.finishBatch();
  const ready = performance.now() - t0;
  const readyEvents = engine.lookup.events.size;
  // The host's work of taking the articles in (adoption, the corpus look-up, the events worker's puts).
  const applyMs = engine.stats.hostMs;
  const hostBusy = performance.eventLoopUtilization(elu0).active;
  const hostCpu = mainThreadCpu() - cpu0;
  await grouped;
  await engine.whenIdle();
  const idle = performance.now() - t0;
  // The other threads: the workers (the events worker, and an analysis worker starting and loading its word
  // lists) and V8's helper threads, from the engine's start until the index is idle.
  const otherCpu = processCpu() - all0 - (mainThreadCpu() - cpu0);
  const { eventRegroups, eventsRead, eventsFromSnapshot } = engine.stats;
  return {
    otherCpu,
    eventRegroups,
    eventsRead,
    eventsFromSnapshot,
    engine,
    store,
    ready,
    hostBusy,
    hostCpu,
    readyEvents,
    idle,
    articles: engine.lookup.byPath.size,
    restored: store.stats.restored,
    applyMs,
  };
}

/** The file the indexing run changed (its text is not variant(1) any more). */
function uris1(r) {
  return pathToFileURL(join(work, `ws-${r.n}`, '1.txt')).toString();
}

/** The reload in a fresh process (--reload-child), printed as one line. */
function reloadInChild(reloadArgs, what, flags = [], changed = false) {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      ...flags,
      fileURLToPath(import.meta.url),
      ...(workers ? ['--workers', String(workers)] : []),
      ...(args.includes('--no-minify') ? ['--no-minify'] : []),
      ...(opt('--worker') ? ['--worker', opt('--worker')] : []),
      ...(changed ? ['--changed'] : []),
      ...(args.includes('--live-change') ? ['--live-change'] : []),
      '--reload-child',
      reloadArgs,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const out = child.stdout.trim().split('\n').pop();
  if (child.status !== 0 || !out?.startsWith('{')) throw new Error(`the reload process failed: ${child.stderr}`);
  const r = JSON.parse(out);
  const { rssIdle, rssGc } = r;
  console.log(
    (r.live
      ? `then one file changed in the open window: indexed and grouped in ${(r.live.ms / 1000).toFixed(2)} s (host thread ${r.live.hostCpu.toFixed(2)} s of CPU, the other threads ${r.live.otherCpu.toFixed(2)} s, its longest step ${r.live.hostMaxMs > r.live.hostMax0 ? ms(r.live.hostMaxMs) : `no longer than the reload's ${ms(r.live.hostMax0)}`}; the events worker grouped ${r.live.regroups} times, read ${r.live.read} stored fingerprints, took ${r.live.fromSnapshot ?? 0} from its snapshot)\n`
      : '') +
      `reload ${r.articles} indexed articles (${what}): ready for hover and related coverage in ${(r.ready / 1000).toFixed(2)} s (the host thread busy ${(r.hostBusy / 1000).toFixed(2)} s of it, ${r.hostCpu.toFixed(2)} s of CPU, taking the articles in ${(r.applyMs / 1000).toFixed(2)} s of it; ${r.restored} of ${r.articles} articles from the store, ${r.readyEvents} events)   [aim ≤ 3 s: ${(r.ready / 3000).toFixed(2)}x]; idle after ${(r.idle / 1000).toFixed(1)} s (the events worker grouped ${r.eventRegroups} times, read ${r.eventsRead} stored fingerprints, took ${r.eventsFromSnapshot ?? 0} from its snapshot; the other threads ${r.otherCpu.toFixed(2)} s of CPU); process RSS ${mb(rssGc)} (${mb(rssIdle)} at idle, before a GC; a process of its own)   [RSS < 500 MB: ${(rssGc / (500 * 1048576)).toFixed(2)}x]; ${load()}`,
  );
  return r;
}

if (reloadFrom) {
  const reloadArgs = join(resolve(reloadFrom), 'reload.json');
  const flags = (opt('--child-flags') ?? '').split(' ').filter(Boolean);
  const changed = args.includes('--changed');
  for (let i = 0; i < Number(opt('--repeat', '1')); i++)
    reloadInChild(reloadArgs, `kept in ${reloadFrom}${changed ? ', one file changed' : ''}`, flags, changed);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

if (reloadChild) {
  const { uris, storeDir, version: v } = JSON.parse(readFileSync(reloadChild, 'utf8'));
  let dir = storeDir;
  let restoreChanged = () => {};
  if (args.includes('--changed') || args.includes('--live-change')) {
    // A copy of the store, so that the kept one stays as it is (the engine writes the changed file's record).
    dir = join(tmp, 'store-copy');
    cpSync(storeDir, dir, { recursive: true });
  }
  if (args.includes('--changed')) {
    // One file changed while the window was closed (--reload-from DIR --changed); put back afterwards.
    const file = fileURLToPath(uris[2]);
    const text = readFileSync(file);
    writeFileSync(file, `${text}\n„Das ist neu“, sagte ein Sprecher.`);
    restoreChanged = () => writeFileSync(file, text);
  }
  const r = await reopen(uris, dir, v);
  restoreChanged();
  if (args.includes('--live-change')) {
    // One file changed while the window is open (on a copy of the store, the file put back afterwards).
    const file = fileURLToPath(uris[3]);
    const text = readFileSync(file);
    writeFileSync(file, `${text}\n„Das ist auch neu“, sagte eine Sprecherin.`);
    const hostMax0 = r.engine.stats.hostMaxMs;
    const t = performance.now();
    const cpu0 = mainThreadCpu();
    const all0 = processCpu();
    await r.engine.upsertFile(uris[3]);
    await r.engine.whenIdle();
    const hostCpu = mainThreadCpu() - cpu0;
    r.live = {
      ms: performance.now() - t,
      hostCpu,
      // The workers (the analysis of the file, and the events worker reading the stored fingerprints and grouping)
      // and V8's helper threads: what a change costs off the host, comparable under load where wall time is not.
      otherCpu: processCpu() - all0 - hostCpu,
      hostMaxMs: r.engine.stats.hostMaxMs,
      hostMax0,
      regroups: r.engine.stats.eventRegroups,
      read: r.engine.stats.eventsRead,
      fromSnapshot: r.engine.stats.eventsFromSnapshot ?? 0,
    };
    writeFileSync(file, text);
  }
  const rssIdle = process.memoryUsage().rss;
  heap();
  const rssGc = process.memoryUsage().rss;
  const { engine, store, ...fields } = r;
  engine.dispose();
  await store.dispose();
  rmSync(tmp, { recursive: true, force: true });
  console.log(JSON.stringify({ ...fields, rssIdle, rssGc }));
  process.exit(0);
}

const poolSize = engine0Workers();
function engine0Workers() {
  // As indexEngine.ts defaultWorkers: every core on Linux (the workers run below normal priority), else cores − 1.
  const dflt = process.platform === 'linux' ? cpus().length : cpus().length - 1;
  return Math.max(1, Math.min(4, workers ?? dflt));
}
console.log(
  `Source Lens VS Code layer benchmark (node ${process.version}, ${cpus().length} cores, up to ${poolSize} analysis worker${poolSize === 1 ? '' : 's'} (stopped when idle) + 1 event worker${quick ? ', quick' : ''}); ${load()}\n` +
    (haveEvalData
      ? 'articles: distinct, from the Wikinews, GermEval and events texts of ../shared/eval/data\n'
      : 'NOTE: ../shared/eval/data is missing: the articles are the five seeds repeated, not distinct news\n'),
);

// 1. Indexing (first, so the heap figures are not blurred by the other runs). Each size is indexed afresh.
let last;
const storeDir = join(work, 'store');
const version = lib.analyserVersion(workerScript);
let store;
for (const n of sizes) {
  last?.engine.dispose();
  // The largest size is indexed with a store (context.storageUri in the extension), for the reload below.
  store = n === Math.max(...sizes) ? new lib.IndexStore(storeDir, version) : undefined;
  const r = await indexCorpus(n, store);
  last = r;
  console.log(
    `index ${String(n).padStart(6)} articles: ${(r.total / 1000).toFixed(1)} s (analysis ${(r.tAnalyse / 1000).toFixed(1)} s, grouping ${(r.tGrouped / 1000).toFixed(2)} s to the events with their labels in the look-up, ${(r.tGroup / 1000).toFixed(2)} s to their reasons too), ${r.events} events; ` +
      `host heap retained ${mb(r.retained)} + worker heaps ${mb(r.workerHeap)} (after GC) = ${mb(r.retained + r.workerHeap)}, process RSS ${mb(r.rss)} (peak while indexing ${mb(r.peakRss)}); ` +
      `host work ${(r.hostMs / 1000).toFixed(1)} s in all, longest ${ms(r.hostMaxMs)}; host event-loop delay max ${ms(r.lagMax)} (p99 ${ms(r.lagP99)}, includes waiting for a core); ` +
      `one file changed → indexed in ${ms(r.tChange)}` +
      (n === 10000
        ? `   [aim < 30 s: ${(r.total / 30000).toFixed(2)}x; grouping ≤ 2 s: ${(r.tGrouped / 2000).toFixed(2)}x; process RSS < 500 MB: ${(r.rss / (500 * 1048576)).toFixed(2)}x]`
        : '') +
      `; ${load()}`,
  );
  if (args.includes('--smaps')) {
    console.log(`host V8 heap after indexing: ${mb(r.hostHeapTotal)} in pages, ${mb(r.hostHeapUsed)} in use`);
  }
}
if (args.includes('--index-only')) {
  last.engine.dispose();
  await store?.dispose();
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

// 1b. The window reloaded: the index taken back from the store, then with one file changed, then a new analyser.
{
  const t = performance.now();
  last.engine.dispose();
  await store.dispose();
  const flushMs = performance.now() - t;
  // The first window is gone: nothing of it is kept (the memory figures below are the reopened window's).
  last.engine = undefined;
  store = undefined;
  const storeBytes = spawnSync('du', ['-sb', storeDir], { encoding: 'utf8' }).stdout.split('\t')[0];
  // In a fresh process, as a reopened window is (this one's heap and allocator still hold the first indexing's
  // peak): the process RSS after a collection, as after the first indexing, and at idle before it.
  const reloadArgs = join(work, 'reload.json');
  writeFileSync(reloadArgs, JSON.stringify({ uris: last.uris, storeDir, version }));
  reloadInChild(reloadArgs, `store ${(Number(storeBytes) / 1048576).toFixed(0)} MB on disk, last write ${ms(flushMs)}`);
  if (keep) {
    console.log(`kept the workspace and its store in ${work} (--reload-from ${keep})`);
    rmSync(tmp, { recursive: true, force: true });
    process.exit(0);
  }
  writeFileSync(fileURLToPath(last.uris[2]), `${variant(2)}\n„Das ist neu“, sagte ein Sprecher.`);
  const r2 = await reopen(last.uris, storeDir, version);
  console.log(
    `reload after one file changed: ${r2.restored} from the store, ${r2.articles - r2.restored} analysed; ready in ${(r2.ready / 1000).toFixed(2)} s (host CPU ${r2.hostCpu.toFixed(2)} s); idle after ${(r2.idle / 1000).toFixed(1)} s (grouped ${r2.eventRegroups} times, read ${r2.eventsRead} stored fingerprints, took ${r2.eventsFromSnapshot ?? 0} from its snapshot; the other threads ${r2.otherCpu.toFixed(2)} s of CPU); ${load()}`,
  );
  const r3 = await reopen(last.uris.slice(0, 200), storeDir, `${version}-next`);
  console.log(
    `a new analyser version (200 of the files): ${r3.restored} from the store, ${r3.articles - r3.restored} analysed (the old version's records are deleted)`,
  );
  r3.engine.dispose();
  await r3.store.dispose();
  // The reloaded index (the same articles) serves the hover and edit figures below.
  last = { ...last, engine: r2.engine };
}

// 2. Hover from a warm cache, against the largest index, with the event's aligned claims.
// The article hovered is one of the largest event's, so that the card has corroboration to show.
const { engine } = last;
const largest = [...engine.lookup.events.values()].reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
const hereUri = largest.articles.find((p) => p !== uris1(last)) ?? largest.articles[0];
const hereText = readFileSync(fileURLToPath(hereUri), 'utf8');
const here = lib.analyzeArticle(hereText, hereUri);
const event = engine.lookup.eventOf.get(hereUri);
const tAlign = performance.now();
// (the analysis above ran on this thread; the alignment below reads the files again in a worker)
const claims = event ? await engine.alignment(event.id) : [];
const alignMs = performance.now() - tAlign;
const alignment = { claims };
const offsets = [
  ...here.actors.flatMap((a) => a.mentions.map((m) => m.start + 1)),
  ...here.statements.map((s) => s.content.start + 1),
];
// A warm-up round fills the per-corpus memos (actor aggregates), as the first hovers would.
for (const o of offsets) lib.hoverCards(here, o, engine.lookup, lib.plainTranslate, 3, alignment);
const hoverTimes = [];
for (let round = 0; round < (quick ? 20 : 100); round++) {
  for (const o of offsets) {
    const t = performance.now();
    lib.hoverCards(here, o, engine.lookup, lib.plainTranslate, 3, alignment);
    hoverTimes.push(performance.now() - t);
  }
}
const h = stats(hoverTimes);
console.log(
  `event alignment (once per change of the event; the largest event: ${event?.articles.length ?? 0} articles, ${claims.length} aligned claims): ${ms(alignMs)} in a worker`,
);
console.log(
  `hover card (warm, ${hoverTimes.length} hovers on ${offsets.length} positions, ${last.n} articles indexed): median ${ms(h.median)}, p95 ${ms(h.p95)}   [aim p95 < 5 ms: ${(h.p95 / 5).toFixed(2)}x]`,
);

// 3. Edit -> decorations on a 50 KB article, and the index's update on the host.
let big = seeds[0].split('\n')[0];
for (let i = 0; big.length < 50 * 1024; i++) big += '\n' + seedVariant(i).split('\n').slice(1).join('\n');
const lineStarts = (text) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
};
const decoTimes = [];
const planTimes = [];
const indexTimes = [];
const workerTimes = [];
const receiveTimes = [];
const bigUri = pathToFileURL(join(tmp, 'big.txt')).toString();
const lineEndFor = (text) => {
  const starts = lineStarts(text);
  return (o) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const next = starts[lo + 1];
    return next === undefined ? text.length : next - 1;
  };
};
const incrementalTimes = [];
// Each edit is made to the same text: the incremental session has analysed that text before each edit.
const session = new lib.IncrementalAnalysis();
session.analyze(big, bigUri);
for (let i = 0; i < (quick ? 5 : 20); i++) {
  const at = Math.floor(big.length / 2) + i;
  const edited = `${big.slice(0, at)} x${big.slice(at)}`;
  // The document's incremental analysis (what the worker makes at every edit), in process, then back to the text.
  const tp = performance.now();
  lib.planDecorations(session.analyze(edited, bigUri), lineEndFor(edited), true);
  incrementalTimes.push(performance.now() - tp);
  session.analyze(big, bigUri);
  // In process (what the extension does when no worker runs): the host is busy for all of it.
  const t = performance.now();
  const a = lib.analyzeArticle(edited, bigUri);
  const tPlan = performance.now();
  const plan = lib.planDecorations(a, lineEndFor(edited), true);
  decoTimes.push(performance.now() - t);
  planTimes.push(performance.now() - tPlan);
  // In a worker (what the extension does): latency to the analysis, and the host's share (receiving it).
  const tw = performance.now();
  const fromWorker = await engine.analyzeText(bigUri, edited);
  workerTimes.push(performance.now() - tw);
  const tr = performance.now();
  structuredClone(fromWorker);
  receiveTimes.push(performance.now() - tr);
  const tIndex = performance.now();
  engine.putAnalysis(bigUri, fromWorker, edited);
  indexTimes.push(performance.now() - tIndex);
  if (i === 0)
    console.log(
      `  (50 KB article: ${(edited.length / 1024).toFixed(0)} K chars, ${a.actors.length} actors, ${a.statements.length} statements, ${plan.notes.length} notes)`,
    );
}
await engine.whenIdle();
const d = stats(decoTimes);
const pl = stats(planTimes);
const ix = stats(indexTimes);
const wk = stats(workerTimes);
const rc = stats(receiveTimes);
const pv = stats(incrementalTimes);
console.log(
  `edit -> decorations planned (50 KB), analysed in process: median ${ms(d.median)}, p95 ${ms(d.p95)} (of which the adapter's planDecorations: median ${ms(pl.median)})   [aim < 50 ms: ${(d.median / 50).toFixed(2)}x]`,
);
console.log(
  `  analysed in a worker, as the extension does: median ${ms(wk.median)}, p95 ${ms(wk.p95)} until the analysis is back; the host's share ≈ receiving it (structured clone: median ${ms(rc.median)}) + planDecorations (${ms(pl.median)})`,
);
console.log(
  `  the incremental analysis + plan (only the lines and statement units the edit touched made again, in process): median ${ms(pv.median)}, p95 ${ms(pv.p95)}`,
);
console.log(
  `  the index's update on the host per edit (slim copy, look-up, hash; events in the worker): median ${ms(ix.median)}, p95 ${ms(ix.p95)}`,
);
engine.dispose();
rmSync(tmp, { recursive: true, force: true });
