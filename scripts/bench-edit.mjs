#!/usr/bin/env node
// Edit -> decorations on a 50 KB article, in plain Node over the code the extension runs (src/core, the incremental
// analysis src/core/incremental.ts, and the editor-free half of the decorations, src/vscode/decorationPlan.ts),
// bundled here with esbuild into a private folder.
// Each round is a fresh process with an article of ≥ 50 KB made of news it has not seen (consecutive Wikinews dev
// documents, a different run of them per round: the first document's title, then the bodies as paragraphs;
// the seeds when ../shared/eval/data is missing, and the run says so). The process opens the article (one whole
// analysis, cold: the "open" figure), then makes random edits one after another (seeded: a letter typed, a letter
// deleted, a word typed, a sentence of the article pasted elsewhere, a line split, two lines joined) and times,
// per edit:
//   - whole: analyzeArticle of the whole new text + planDecorations (what the extension computed after an edit
//     before the incremental analysis);
//   - incremental: the document's IncrementalAnalysis on the new text + planDecorations, with the fingerprint
//     (what the editor computed at every edit before) and, in a second session, without it (what the extension
//     computes now at every edit, in the index's worker), followed by the same text again with the fingerprint in
//     that session (what the editor makes once the typing pauses, for the index);
// and checks that the incremental results equal the whole one (JSON). Whole and incremental without the
// fingerprint also through a worker thread running the same bundle with the index workers' young generation, as
// the extension analyses (a message each way, the worker keeping one session per document, the host planning; no
// queue of other jobs). Wall and CPU time (process CPU: GC threads included) per edit, p50 / p95 over all rounds;
// for the editor's per-edit path also the main thread's CPU, its GC pauses and the other threads' CPU; the load
// average before and after. Nothing is asserted.
// With --against DIR (another checkout, e.g. main's, its node_modules beside it or none needed): an A/B in one
// process instead, which a loaded machine disturbs far less than runs one after the other: each fresh process
// bundles nothing itself but loads both bundles (DIR's src and this one's), keeps one session of each on the same
// article, and after every edit times the editor's path (incremental analysis without the fingerprint + plan) in
// both, in alternating order; prints p50 / p95 of process CPU and of the main thread's CPU for each, their ratios,
// and whether the two results are equal (JSON).
// After opening, each session makes the warm-up the index worker makes after a document's first analysis
// (IncrementalAnalysis.warm, src/vscode/indexJobs.ts warmLater; a checkout without it makes none), then the process
// pauses --pause ms (300) before the first edit, as a user's first keystroke comes after the document is shown.
// Usage: node scripts/bench-edit.mjs [--rounds 3] [--edits 60] [--kb 50] [--pause 300] [--against DIR]   (npm run bench:edit)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { cpu, haveEvalData, load, rng, root, seeds, sets } from './benchData.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const rounds = Number(opt('--rounds', '3'));
const edits = Number(opt('--edits', '60'));
const kb = Number(opt('--kb', '50'));
const against = opt('--against', null);
/** Milliseconds between opening the article (and the worker's warm-up) and the first edit. */
const PAUSE_MS = Number(opt('--pause', '300'));

/** Round r's article: ≥ kb KB of consecutive documents it has not seen. */
function article(r) {
  const docs = haveEvalData ? sets().dev : seeds();
  let i = (r * 37) % docs.length;
  let text = docs[i].split('\n')[0];
  while (text.length < kb * 1024) {
    text += `\n${docs[i % docs.length].split('\n').slice(1).join('\n')}`;
    i++;
  }
  return text;
}

/** One random edit of `text` (a VS Code content change: offsets in the text before it). */
function randomEdit(text, r) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const line = 1 + Math.floor(r() * (lineStarts.length - 1));
  const ls = lineStarts[line];
  const le = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
  const at = ls + Math.floor(r() * (le - ls + 1));
  const kind = Math.floor(r() * 6);
  if (kind === 0) return { kind: 'type a letter', rangeOffset: at, rangeLength: 0, text: 'e' };
  if (kind === 1 && at < le) return { kind: 'delete a letter', rangeOffset: at, rangeLength: 1, text: '' };
  if (kind === 2) return { kind: 'type a word', rangeOffset: at, rangeLength: 0, text: ' sagte er' };
  if (kind === 3) {
    const from = lineStarts[Math.floor(r() * lineStarts.length)];
    const end = text.indexOf('. ', from);
    const sentence = text.slice(from, end < 0 ? from + 80 : Math.min(end + 2, from + 300));
    return { kind: 'paste a sentence', rangeOffset: at, rangeLength: 0, text: sentence };
  }
  if (kind === 4) return { kind: 'split a line', rangeOffset: at, rangeLength: 0, text: '\n' };
  if (le < text.length) return { kind: 'join two lines', rangeOffset: le, rangeLength: 1, text: ' ' };
  return { kind: 'type a letter', rangeOffset: at, rangeLength: 0, text: 'e' };
}

/** The offset where a line of `text` ends (before its line break), for the plan's notes. */
const lineEndIn = (text) => (o) => {
  const nl = text.indexOf('\n', o);
  return nl < 0 ? text.length : nl;
};

/** CPU ms of this process's main thread (Linux: /proc schedstat, in ns); null elsewhere. */
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const mainCpu = existsSync(schedstat) ? () => Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : () => null;

if (args[0] === '--ab-child') {
  // The same-process A/B (--against): args[1] this checkout's bundle, args[2] the other's.
  const require = createRequire(import.meta.url);
  const libs = { new: require(args[1]), base: require(args[2]) };
  const round = Number(args[3]);
  let text = article(round);
  const path = 'artikel.txt';
  const r = rng(1000 + round);
  const sessions = { new: new libs.new.IncrementalAnalysis(), base: new libs.base.IncrementalAnalysis() };
  for (const k of ['base', 'new']) sessions[k].analyze(text, path, { fingerprint: false });
  // The warm-up the index worker makes after a document's first analysis, where the checkout has one
  // (IncrementalAnalysis.warm), then a pause before the first keystroke (the worker's compiler threads finish).
  const warmed = {};
  for (const k of ['base', 'new']) warmed[k] = sessions[k].warm ? sessions[k].warm() : 0;
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  const out = { base: [], new: [], same: 0, warmed };
  for (let e = 0; e < edits; e++) {
    const change = randomEdit(text, r);
    text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    const json = {};
    for (const k of e % 2 ? ['base', 'new'] : ['new', 'base']) {
      const c = cpu();
      const m = mainCpu();
      const a = sessions[k].analyze(text, path, { fingerprint: false });
      libs[k].planDecorations(a, lineEndIn(text), true);
      out[k].push({ cpu: (cpu() - c) * 1000, main: m === null ? null : mainCpu() - m, e });
      json[k] = JSON.stringify(a);
    }
    if (json.base === json.new) out.same++;
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

if (args[0] === '--child') {
  const require = createRequire(import.meta.url);
  // GC pauses of the main thread, attributed afterwards to the edit whose timing window they started in.
  const gcs = [];
  new PerformanceObserver((list) => {
    for (const g of list.getEntries()) gcs.push({ start: g.startTime, duration: g.duration });
  }).observe({ entryTypes: ['gc'] });
  const lib = require(args[1]);
  // A worker thread with the same bundle, as the extension's index worker: whole analyses on request, made by the
  // document's incremental analysis (without the fingerprint, as at an edit) when asked so.
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads'); const lib = require(${JSON.stringify(args[1])});
const session = new lib.IncrementalAnalysis();
parentPort.on('message', ({ id, text, path, incremental, warm }) =>
  parentPort.postMessage({ id, a: warm ? (session.warm ? session.warm() : 0) : incremental ? session.analyze(text, path, { fingerprint: false }) : lib.analyzeArticle(text, path) }));`,
    // The editor's index workers' young generation (src/vscode/indexEngine.ts WORKER_YOUNG_GENERATION_MB).
    { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 16 } },
  );
  let nextId = 0;
  const waiting = new Map();
  worker.on('message', ({ id, a }) => {
    waiting.get(id)(a);
    waiting.delete(id);
  });
  const inWorker = (text, path, incremental, warm = false) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ id, text, path, incremental, warm });
    });
  const round = Number(args[2]);
  let text = article(round);
  const path = 'artikel.txt';
  const r = rng(1000 + round);
  let t = performance.now();
  let c = cpu();
  const a0 = lib.analyzeArticle(text, path);
  lib.planDecorations(a0, lineEndIn(text), true);
  const open = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
  t = performance.now();
  await inWorker(text, path, false);
  const openWorker = performance.now() - t;
  await inWorker(text, path, true);
  // One session per document, as the editor keeps; one with the fingerprint (what the editor's analysis carries)
  // and one without (what the decorations need).
  const session = new lib.IncrementalAnalysis();
  const sessionNoFp = new lib.IncrementalAnalysis();
  session.analyze(text, path);
  sessionNoFp.analyze(text, path, { fingerprint: false });
  // What the index worker does after a document's first analysis (src/vscode/indexJobs.ts warmLater): the
  // process's few synthetic warm-up edits, here at once; then a pause before the first keystroke.
  c = cpu();
  const warmed = sessionNoFp.warm ? sessionNoFp.warm() : 0;
  const warmCpu = (cpu() - c) * 1000;
  await inWorker(text, path, true, true);
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  const out = {
    warmed,
    warmCpu,
    open,
    openWorker,
    chars: text.length,
    actors: a0.actors.length,
    statements: a0.statements.length,
    edits: [],
  };
  // What the editor shows per decoration type, as Decorations.apply keeps it (all types; notes with their text).
  const appliedOf = (plan) => {
    const out = new Map();
    for (const k of ['person', 'organization', 'media', 'place', 'statement', 'vague', 'hedged', 'furniture'])
      out.set(k, { spans: plan.spans.get(k) ?? [] });
    out.set('speakerNote', {
      spans: plan.notes.map((n) => ({ start: n.offset, end: n.offset })),
      texts: plan.notes.map((n) => n.text),
    });
    return out;
  };
  const changeOf = (c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, textLength: c.text.length });
  // The opening's plan (the whole analysis equals the session's).
  let lastShown = lib.typesToSet ? appliedOf(lib.planDecorations(a0, lineEndIn(text), true)) : null;
  for (let e = 0; e < edits; e++) {
    const change = randomEdit(text, r);
    const next = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    t = performance.now();
    c = cpu();
    const a = lib.analyzeArticle(next, path);
    lib.planDecorations(a, lineEndIn(next), true);
    const whole = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    t = performance.now();
    c = cpu();
    const ia = session.analyze(next, path);
    lib.planDecorations(ia, lineEndIn(next), true);
    const incremental = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    const reused = session.stats;
    // The editor's path: the edit's analysis without the fingerprint, and (once the typing pauses) the same text
    // again with it, for the index.
    t = performance.now();
    c = cpu();
    const m = mainCpu();
    const ib = sessionNoFp.analyze(next, path, { fingerprint: false });
    const plan = lib.planDecorations(ib, lineEndIn(next), true);
    const t1 = performance.now();
    const incrementalNoFp = {
      wall: t1 - t,
      cpu: (cpu() - c) * 1000,
      main: m === null ? null : mainCpu() - m,
      from: t,
      to: t1,
    };
    // The decoration types the editor sets again after this edit (typesToSet, where the checkout has it; outside
    // the timing: the editor's share of an update), and the ranges it converts and sends.
    let typesSet = null;
    if (lib.typesToSet) {
      const shown = appliedOf(plan);
      const set = lib.typesToSet(lastShown, shown, lastShown ? [changeOf(change)] : null);
      typesSet = { types: set.length, of: shown.size, ranges: 0, all: 0 };
      for (const [k, v] of shown) {
        typesSet.all += v.spans.length;
        if (set.includes(k)) typesSet.ranges += v.spans.length;
      }
      lastShown = shown;
    }
    t = performance.now();
    c = cpu();
    const ic = sessionNoFp.analyze(next, path);
    const settled = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    const { fingerprint, ...rest } = a;
    const same =
      JSON.stringify(ia) === JSON.stringify(a) &&
      JSON.stringify(ib) === JSON.stringify(rest) &&
      JSON.stringify(ic) === JSON.stringify(a) &&
      !!fingerprint;
    // The same two through the worker (the analysis there, the plan in the host).
    t = performance.now();
    const wa = await inWorker(next, path, false);
    lib.planDecorations(wa, lineEndIn(next), true);
    const wholeWorker = performance.now() - t;
    t = performance.now();
    const wi = await inWorker(next, path, true);
    lib.planDecorations(wi, lineEndIn(next), true);
    const incrementalWorker = performance.now() - t;
    out.edits.push({
      kind: change.kind,
      whole,
      incremental,
      incrementalNoFp,
      settled,
      wholeWorker,
      incrementalWorker,
      same,
      linesMade: reused.linesMade / reused.lines,
      unitsMade: reused.unitsMade / reused.units,
      typesSet,
    });
    text = next;
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const e of out.edits) {
    const { from, to } = e.incrementalNoFp;
    e.incrementalNoFp.gc = gcs.filter((g) => g.start >= from && g.start < to).reduce((n, g) => n + g.duration, 0);
  }
  console.log(JSON.stringify(out));
  await worker.terminate();
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'source-lens-bench-edit-'));
/** The code a checkout's editor runs at an edit, bundled into tmp as `name`. */
async function bundleOf(checkout, name) {
  const entry = join(tmp, `${name}.ts`);
  writeFileSync(
    entry,
    `export { analyzeArticle, IncrementalAnalysis } from ${JSON.stringify(join(checkout, 'src/core/index.ts'))};
export * from ${JSON.stringify(join(checkout, 'src/vscode/decorationPlan.ts'))};
`,
  );
  const outfile = join(tmp, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
const bundle = await bundleOf(root, 'bench-edit');

if (against) {
  const other = await bundleOf(resolve(against), 'bench-edit-base');
  console.log(
    `Edit -> decorations, ${kb} KB article, ${edits} edits x ${rounds} fresh processes, A/B in one process: this checkout against ${against} (node ${process.version})`,
  );
  if (!haveEvalData)
    console.log('NOTE: ../shared/eval/data is missing: the article is made of the seeds, not of unseen news.');
  console.log(`before: ${load()}`);
  const all = { base: [], new: [] };
  const warmedAll = { base: 0, new: 0 };
  let same = 0;
  for (let round = 0; round < rounds; round++) {
    const res = spawnSync(
      process.execPath,
      [import.meta.filename, '--ab-child', bundle, other, String(round), ...args],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    if (res.status !== 0) throw new Error(res.stderr);
    const o = JSON.parse(res.stdout.trim().split('\n').pop());
    all.base.push(...o.base);
    all.new.push(...o.new);
    for (const k of ['base', 'new']) warmedAll[k] += o.warmed[k];
    same += o.same;
  }
  console.log(`after: ${load()}`);
  console.log(
    `warm-up analyses after opening (IncrementalAnalysis.warm, as the index worker makes them), then a ${PAUSE_MS} ms pause: ${against} ${warmedAll.base}, this checkout ${warmedAll.new}`,
  );
  const pctOf = (xs, p) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const fig = (k, f, p) => pctOf(all[k].map(f), p);
  for (const k of ['base', 'new'])
    console.log(
      `${k === 'base' ? against : 'this checkout'}: process CPU p50 ${fig(k, (x) => x.cpu, 50).toFixed(1)} ms, p95 ${fig(k, (x) => x.cpu, 95).toFixed(1)} ms` +
        (all[k][0].main === null
          ? ''
          : ` | main thread p50 ${fig(k, (x) => x.main, 50).toFixed(1)} ms, p95 ${fig(k, (x) => x.main, 95).toFixed(1)} ms`),
    );
  // The first ten edits of each process (V8 still compiling what an edit runs) and the rest.
  for (const k of ['base', 'new']) {
    const part = (first) => all[k].filter((x) => x.e < 10 === first);
    const q = (xs, f) =>
      `mean ${(xs.reduce((n, x) => n + f(x), 0) / (xs.length || 1)).toFixed(1)} p95 ${pctOf(xs.map(f), 95).toFixed(1)}`;
    console.log(
      `  ${k === 'base' ? against : 'this checkout'}: edits 1-10 process CPU ${q(part(true), (x) => x.cpu)}` +
        (all[k][0].main === null ? '' : `, main ${q(part(true), (x) => x.main)}`) +
        ` ms | edits 11+ process CPU ${q(part(false), (x) => x.cpu)}` +
        (all[k][0].main === null ? '' : `, main ${q(part(false), (x) => x.main)}`) +
        ' ms',
    );
  }
  const ratio = (f, p) => (fig('new', f, p) / fig('base', f, p)).toFixed(2);
  console.log(
    `this / ${against}: process CPU p50 x${ratio((x) => x.cpu, 50)}, p95 x${ratio((x) => x.cpu, 95)}` +
      (all.new[0].main === null
        ? ''
        : `; main thread p50 x${ratio((x) => x.main, 50)}, p95 x${ratio((x) => x.main, 95)}`) +
      `; equal results (JSON) after ${same} of ${all.new.length} edits`,
  );
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

console.log(
  `Edit -> decorations, ${kb} KB article, ${edits} edits x ${rounds} fresh processes (node ${process.version})`,
);
if (!haveEvalData)
  console.log('NOTE: ../shared/eval/data is missing: the article is made of the seeds, not of unseen news.');
console.log(`before: ${load()}`);
const results = [];
for (let round = 0; round < rounds; round++) {
  const res = spawnSync(process.execPath, [import.meta.filename, '--child', bundle, String(round), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (res.status !== 0) throw new Error(res.stderr);
  const o = JSON.parse(res.stdout.trim().split('\n').pop());
  results.push(o);
  console.log(
    `  round ${round + 1}: ${(o.chars / 1024).toFixed(0)} KB, ${o.actors} actors, ${o.statements} statements; open (first whole analysis, cold) ${o.open.wall.toFixed(0)} ms wall, ${o.open.cpu.toFixed(0)} ms CPU; in the worker ${o.openWorker.toFixed(0)} ms; warm-up after it ${o.warmed} analyses, ${o.warmCpu.toFixed(0)} ms CPU (then ${PAUSE_MS} ms pause)`,
  );
}
console.log(`after: ${load()}`);
const pct = (xs, p) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const all = results.flatMap((o) => o.edits);
{
  const sets = all.map((e) => e.typesSet).filter((x) => x);
  if (sets.length)
    console.log(
      `decoration types set again per edit (typesToSet): mean ${(sets.reduce((n, x) => n + x.types, 0) / sets.length).toFixed(2)} of ${sets[0].of}, none in ${sets.filter((x) => !x.types).length} of ${sets.length} edits; ranges converted and sent ${(sets.reduce((n, x) => n + x.ranges, 0) / sets.length).toFixed(0)} of ${(sets.reduce((n, x) => n + x.all, 0) / sets.length).toFixed(0)} per edit`,
    );
}
const line = (label, pick) =>
  console.log(
    `${label.padEnd(52)} wall p50 ${pct(
      all.map((e) => pick(e).wall),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      all.map((e) => pick(e).wall),
      95,
    ).toFixed(1)} ms | CPU p50 ${pct(
      all.map((e) => pick(e).cpu),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      all.map((e) => pick(e).cpu),
      95,
    ).toFixed(1)} ms`,
  );
line(`whole analysis + plan (${all.length} edits)`, (e) => e.whole);
line('incremental analysis + plan, with the fingerprint', (e) => e.incremental);
line('  without it (the editor, at every edit)', (e) => e.incrementalNoFp);
line('  with it, the same text again (after the pause)', (e) => e.settled);
const wline = (label, key) =>
  console.log(
    `${label.padEnd(52)} wall p50 ${pct(
      all.map((e) => e[key]),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      all.map((e) => e[key]),
      95,
    ).toFixed(1)} ms`,
  );
wline('  through a worker thread: whole', 'wholeWorker');
wline('  through a worker thread: incremental, no fingerprint', 'incrementalWorker');
// Where the editor's per-edit time goes (the incremental analysis without the fingerprint + plan): the analysis thread's own CPU (GC pauses included), its GC pauses, and
// the other threads' (process CPU minus the main thread's: V8's optimising compiler and GC helpers), for the first
// ten edits of each fresh process (warm-up) and the rest; means in ms.
if (all[0].incremental.main !== null) {
  const split = (label, of) => {
    const n = of.length || 1;
    const sum = (f) => of.reduce((s, e) => s + f(e.incrementalNoFp), 0) / n;
    console.log(
      `  ${label.padEnd(20)} ${String(of.length).padStart(3)} edits: mean process CPU ${sum((x) => x.cpu).toFixed(1)} ms = main thread ${sum((x) => x.main).toFixed(1)} (GC pauses, wall, ${sum((x) => x.gc).toFixed(1)}) + other threads ${sum((x) => x.cpu - x.main).toFixed(1)}`,
    );
  };
  const p95 = pct(
    all.map((e) => e.incrementalNoFp.cpu),
    95,
  );
  console.log(
    `without the fingerprint, split: main thread CPU p50 ${pct(
      all.map((e) => e.incrementalNoFp.main),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      all.map((e) => e.incrementalNoFp.main),
      95,
    ).toFixed(1)} ms; GC pauses p95 ${pct(
      all.map((e) => e.incrementalNoFp.gc),
      95,
    ).toFixed(1)} ms`,
  );
  const perRound = results.map((o) => o.edits);
  // After the first ten edits of each fresh process, V8 has compiled what an edit runs: the rest is what a
  // window that has already analysed (the index's worker, a document edited for a while) pays per edit.
  const warm = perRound.flatMap((es) => es.slice(10)).map((e) => e.incrementalNoFp);
  console.log(
    `  after the first 10 edits of each process (${warm.length} edits): CPU p50 ${pct(
      warm.map((x) => x.cpu),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      warm.map((x) => x.cpu),
      95,
    ).toFixed(1)} ms; main thread p50 ${pct(
      warm.map((x) => x.main),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      warm.map((x) => x.main),
      95,
    ).toFixed(1)} ms`,
  );
  split(
    'edits 1-10',
    perRound.flatMap((es) => es.slice(0, 10)),
  );
  split(
    'edits 11+',
    perRound.flatMap((es) => es.slice(10)),
  );
  split(
    'top 5 % by CPU',
    all.filter((e) => e.incrementalNoFp.cpu >= p95),
  );
}
const share = (f) => `${((100 * all.filter(f).length) / all.length).toFixed(0)} %`;
const mean = (f) => `${((100 * all.reduce((n, e) => n + f(e), 0)) / all.length).toFixed(1)} %`;
console.log(
  `incremental analysis = whole analysis (JSON): ${share((e) => e.same)} of edits; made again per edit: ${mean((e) => e.linesMade)} of lines, ${mean((e) => e.unitsMade)} of statement units`,
);
for (const kind of [...new Set(all.map((e) => e.kind))].sort()) {
  const of = all.filter((e) => e.kind === kind);
  console.log(
    `  ${kind.padEnd(18)} ${String(of.length).padStart(3)} edits: whole p95 ${pct(
      of.map((e) => e.whole.wall),
      95,
    ).toFixed(1)} ms, the editor's (no fingerprint) p95 ${pct(
      of.map((e) => e.incrementalNoFp.wall),
      95,
    ).toFixed(1)} ms`,
  );
}
rmSync(tmp, { recursive: true, force: true });
