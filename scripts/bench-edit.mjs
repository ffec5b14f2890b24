#!/usr/bin/env node
// Edit -> decorations on a 50 KB article, in plain Node over the code the extension runs (src/core and the
// editor-free halves of the decorations: src/vscode/decorationPlan.ts, src/vscode/decorationEdit.ts), bundled
// here with esbuild into a private folder.
// Each round is a fresh process with an article of ≥ 50 KB made of news it has not seen (consecutive Wikinews dev
// documents, a different run of them per round: the first document's title, then the bodies as paragraphs;
// the seeds when ../shared/eval/data is missing, and the run says so). The process opens the article (one whole
// analysis, cold: the "open" figure), then makes random edits one after another (seeded: a letter typed, a letter
// deleted, a word typed, a sentence of the article pasted elsewhere, a line split, two lines joined) and times,
// per edit:
//   - whole: analyzeArticle of the whole new text + planDecorations (what the extension computes after the typing
//     pauses, today in a worker thread: the worker's structured clone and the debounce, decorations.debounceMs,
//     300 ms by default, are not included);
//   - provisional: decorationEdit.provisionalPlan (the last plan moved by the edit, the touched lines analysed
//     alone after the article's first line, their actors named as the last whole analysis names them, planned,
//     merged), what the editor shows right after the edit (the
//     extension makes that analysis in its worker: add a message each way, and any job the worker is finishing);
// and how often the provisional plan equals the whole one (all decorations, and in the touched lines).
// Both also through a worker thread running the same bundle (as the extension analyses: a message each way, the
// host planning and merging; no queue of other jobs). Wall and CPU time (process CPU: GC threads included) per
// edit, p50 / p95 over all rounds; the load average before and after. Nothing is asserted.
// Usage: node scripts/bench-edit.mjs [--rounds 3] [--edits 60] [--kb 50]   (npm run bench:edit)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const key = (plan, inLines) => {
  const out = [];
  for (const [name, list] of plan.spans)
    for (const s of list)
      if (!inLines || (s.end > inLines.start && s.start < inLines.end)) out.push(`${name}:${s.start}:${s.end}`);
  for (const n of plan.notes)
    if (!inLines || (n.offset >= inLines.start && n.offset <= inLines.end)) out.push(`note:${n.offset}:${n.text}`);
  return out.sort().join('|');
};

if (args[0] === '--child') {
  const require = createRequire(import.meta.url);
  const lib = require(args[1]);
  // A worker thread with the same bundle, as the extension's index worker: analyses on request.
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads'); const lib = require(${JSON.stringify(args[1])});
parentPort.on('message', ({ id, text, path, options }) => parentPort.postMessage({ id, a: lib.analyzeArticle(text, path, options) }));`,
    { eval: true },
  );
  let nextId = 0;
  const waiting = new Map();
  worker.on('message', ({ id, a }) => {
    waiting.get(id)(a);
    waiting.delete(id);
  });
  const inWorker = (text, path, options) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ id, text, path, options });
    });
  const round = Number(args[2]);
  let text = article(round);
  const path = 'artikel.txt';
  const r = rng(1000 + round);
  let t = performance.now();
  let c = cpu();
  let a = lib.analyzeArticle(text, path);
  let plan = lib.planDecorations(a, lib.lineEndIn(text), true);
  // The exact analysis made incrementally (src/core/incremental.ts): one session per document, as the editor keeps;
  // one with the fingerprint (what the editor's analysis carries) and one without (what the decorations need).
  const session = new lib.IncrementalAnalysis();
  const sessionNoFp = new lib.IncrementalAnalysis();
  session.analyze(text, path);
  sessionNoFp.analyze(text, path, { fingerprint: false });
  let names = lib.articleNames(a);
  const open = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
  t = performance.now();
  await inWorker(text, path);
  const openWorker = performance.now() - t;
  const out = {
    open,
    openWorker,
    chars: text.length,
    actors: a.actors.length,
    statements: a.statements.length,
    edits: [],
  };
  for (let e = 0; e < edits; e++) {
    const change = randomEdit(text, r);
    const next = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    t = performance.now();
    c = cpu();
    const prov = lib.provisionalPlan(plan, [change], next, { path, language: a.language, speakerNote: true, names });
    const provisional = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    t = performance.now();
    c = cpu();
    a = lib.analyzeArticle(next, path);
    const whole = lib.planDecorations(a, lib.lineEndIn(next), true);
    names = lib.articleNames(a); // the extension keeps them with the whole analysis's plan
    const exact = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    t = performance.now();
    c = cpu();
    const ia = session.analyze(next, path);
    lib.planDecorations(ia, lib.lineEndIn(next), true);
    const incremental = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    const reused = session.stats;
    t = performance.now();
    c = cpu();
    const ib = sessionNoFp.analyze(next, path, { fingerprint: false });
    lib.planDecorations(ib, lib.lineEndIn(next), true);
    const incrementalNoFp = { wall: performance.now() - t, cpu: (cpu() - c) * 1000 };
    const { fingerprint, ...rest } = a;
    const sameIncremental =
      JSON.stringify(ia) === JSON.stringify(a) && JSON.stringify(ib) === JSON.stringify(rest) && !!fingerprint;
    // The same two through the worker (the host's share: shift, local text, merge, plan; the analyses there).
    t = performance.now();
    const moved = lib.shiftPlan(plan, [change]);
    const local = lib.localText(next, [change]);
    const la = await inWorker(local.text, path, { language: a.language, fingerprint: false });
    lib.mergeLocal(moved, local, la, true, names);
    const provisionalWorker = performance.now() - t;
    t = performance.now();
    const wa = await inWorker(next, path);
    lib.planDecorations(wa, lib.lineEndIn(next), true);
    const wholeWorker = performance.now() - t;
    out.edits.push({
      kind: change.kind,
      provisional,
      whole: exact,
      incremental,
      incrementalNoFp,
      sameIncremental,
      linesMade: reused.linesMade / reused.lines,
      unitsMade: reused.unitsMade / reused.units,
      provisionalWorker,
      wholeWorker,
      same: key(prov.plan) === key(whole),
      sameLines: key(prov.plan, prov.lines) === key(whole, prov.lines),
    });
    text = next;
    plan = whole;
  }
  console.log(JSON.stringify(out));
  await worker.terminate();
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'source-lens-bench-edit-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `export { analyzeArticle, IncrementalAnalysis } from ${JSON.stringify(join(root, 'src/core/index.ts'))};
export { planDecorations } from ${JSON.stringify(join(root, 'src/vscode/decorationPlan.ts'))};
export { articleNames, provisionalPlan, lineEndIn, localText, mergeLocal, shiftPlan } from ${JSON.stringify(join(root, 'src/vscode/decorationEdit.ts'))};
`,
);
const bundle = join(tmp, 'bench-edit.cjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: bundle,
  logLevel: 'error',
});

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
    `  round ${round + 1}: ${(o.chars / 1024).toFixed(0)} KB, ${o.actors} actors, ${o.statements} statements; open (first whole analysis, cold) ${o.open.wall.toFixed(0)} ms wall, ${o.open.cpu.toFixed(0)} ms CPU; in the worker ${o.openWorker.toFixed(0)} ms`,
  );
}
console.log(`after: ${load()}`);
const pct = (xs, p) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const all = results.flatMap((o) => o.edits);
const line = (label, pick) =>
  console.log(
    `${label.padEnd(48)} wall p50 ${pct(
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
line('incremental exact analysis + plan', (e) => e.incremental);
line('  the same without the fingerprint', (e) => e.incrementalNoFp);
line('provisional plan (moved + touched lines)', (e) => e.provisional);
const wline = (label, key) =>
  console.log(
    `${label.padEnd(48)} wall p50 ${pct(
      all.map((e) => e[key]),
      50,
    ).toFixed(1)} ms, p95 ${pct(
      all.map((e) => e[key]),
      95,
    ).toFixed(1)} ms`,
  );
wline('  through a worker thread: whole', 'wholeWorker');
wline('  through a worker thread: provisional', 'provisionalWorker');
const share = (f) => `${((100 * all.filter(f).length) / all.length).toFixed(0)} %`;
const mean = (f) => `${((100 * all.reduce((n, e) => n + f(e), 0)) / all.length).toFixed(1)} %`;
console.log(
  `incremental analysis = whole analysis (JSON): ${share((e) => e.sameIncremental)} of edits; made again per edit: ${mean((e) => e.linesMade)} of lines, ${mean((e) => e.unitsMade)} of statement units`,
);
console.log(
  `provisional plan = whole plan: ${share((e) => e.same)} of edits; in the touched lines: ${share((e) => e.sameLines)}`,
);
for (const kind of [...new Set(all.map((e) => e.kind))].sort()) {
  const of = all.filter((e) => e.kind === kind);
  console.log(
    `  ${kind.padEnd(18)} ${String(of.length).padStart(3)} edits: provisional p95 ${pct(
      of.map((e) => e.provisional.wall),
      95,
    ).toFixed(1)} ms, whole p95 ${pct(
      of.map((e) => e.whole.wall),
      95,
    ).toFixed(1)} ms, incremental p95 ${pct(
      of.map((e) => e.incremental.wall),
      95,
    ).toFixed(1)} ms, equal ${((100 * of.filter((e) => e.same).length) / of.length).toFixed(0)} %`,
  );
}
rmSync(tmp, { recursive: true, force: true });
