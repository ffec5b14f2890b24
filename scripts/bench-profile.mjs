#!/usr/bin/env node
// Where (b) of `npm run bench` spends its time: warms on Wikinews train as scripts/bench-unseen.mjs does, then
// profiles only the unseen phase (Wikinews dev, GermEval dev, events-dev, events-dev2) with V8's sampling CPU
// profiler and, with --alloc, its sampling heap profiler (every allocation, collected or not). Prints self time by
// function and by source file (through dist/core.js.map), the garbage collector's share, and GC pauses by kind.
// Usage: node scripts/bench-profile.mjs [--cli-flags] [--alloc] [--top N] [--lines FUNCTION] [--save FILE.cpuprofile]
//   [dist/core.js]
//   --seen       profile a second pass over the same documents (the cost of text already seen), for a diff
//   --cli-flags  the V8 settings the CLI sets for its own process (src/cli/startup.ts) before loading the core
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire, SourceMap } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { join, relative, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { cpu, fmt, load, root, sets, sumWords, threadCpu } from './benchData.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const top = Number(opt('--top', '40'));
const save = opt('--save', null);
if (args.includes('--cli-flags')) {
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString(`--interrupt-budget=${16 * 66 * 1024}`);
}
const valued = ['--top', '--save', '--lines', '--tree'];
const file = resolve(
  args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1])) ?? join(root, 'dist/core.js'),
);
const core = createRequire(import.meta.url)(file);
const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const s = sets();
const unseen = [...s.dev, ...s.germeval, ...s.eventsDev, ...s.eventsDev2];
const words = sumWords(unseen);
core.analyzeCorpus(s.train.map((t, i) => core.analyzeArticle(t, `w${i}.txt`)));
// --seen: profile a second pass over the unseen documents instead (what the same text costs once cached).
if (args.includes('--seen')) for (const [i, t] of unseen.entries()) core.analyzeArticle(t, `u${i}.txt`);

const gc = new Map();
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind =
      { 1: 'minor (scavenge)', 2: 'major (mark-compact)', 4: 'incremental marking', 8: 'weak callbacks' }[
        e.detail?.kind ?? e.kind
      ] ?? 'other';
    const g = gc.get(kind) ?? { n: 0, ms: 0 };
    g.n++;
    g.ms += e.duration;
    gc.set(kind, g);
  }
});
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
if (args.includes('--alloc'))
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
await session.post('Profiler.start');
obs.observe({ entryTypes: ['gc'] });
const th0 = threadCpu();
const c0 = cpu();
for (const [i, t] of unseen.entries()) core.analyzeArticle(t, `u${i}.txt`);
const c = cpu() - c0;
const main = th0 ? threadCpu().main - th0.main : c;
await new Promise((r) => setTimeout(r, 50)); // the observer's entries arrive asynchronously
obs.disconnect();
const { profile } = await session.post('Profiler.stop');
const heap = args.includes('--alloc') ? (await session.post('HeapProfiler.stopSampling')).profile : null;
if (save) writeFileSync(save, JSON.stringify(profile));
if (save && heap) writeFileSync(save.replace(/\.cpuprofile$/, '') + '.heapprofile', JSON.stringify(heap));
// --lines NAME[,NAME...]: self time by source line inside the functions called NAME.
const linesOf = opt('--lines', null);

// Self time per node: its share of the samples times the phase's CPU time. (The samples' time deltas are wall
// time: on a loaded machine a thread waiting for a core would charge the wait to whatever it ran last.)
const self = new Map();
const perSample = (main * 1e6) / profile.samples.length;
for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + perSample);
const where = (cf) => {
  if (!cf.url.endsWith(file.split('/').pop()) || cf.lineNumber < 0)
    return { src: cf.url ? relative(root, cf.url.replace('file://', '')) || cf.url : cf.functionName, line: 0 };
  const e = map.findEntry(cf.lineNumber, cf.columnNumber);
  return {
    src: e?.originalSource ? relative(root, e.originalSource.replace('file://', '')) : '?',
    line: (e?.originalLine ?? -1) + 1,
  };
};
const byFn = new Map();
const byFile = new Map();
let total = 0;
for (const n of profile.nodes) {
  const us = self.get(n.id) ?? 0;
  if (!us) continue;
  total += us;
  const w = where(n.callFrame);
  const name =
    n.callFrame.url.startsWith('node:inspector') || n.callFrame.functionName === 'dispatch'
      ? '(profiler)'
      : n.callFrame.functionName || '(anonymous)';
  const key =
    w.src.startsWith('(') || !n.callFrame.url ? name : `${name}  ${w.src.replace(/^src\/core\//, '')}:${w.line}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  const mod = !n.callFrame.url || name === '(profiler)' ? name : w.src.replace(/^src\/core\//, '');
  byFile.set(mod, (byFile.get(mod) ?? 0) + us);
}
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5) + ' %';
const ms = (us) => (us / 1000).toFixed(0).padStart(6) + ' ms';
console.log(
  `unseen ${unseen.length} docs, ${fmt(words)} words: ${c.toFixed(2)} s CPU (${fmt(words / c)} w/s) under the profiler; ${load()}`,
);
console.log(
  `\nself time by source file (${profile.samples.length} samples over ${(total / 1e6).toFixed(2)} s CPU of the main thread):`,
);
for (const [k, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
console.log(`\nself time by function, top ${top}:`);
for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
console.log('\nGC pauses on the main thread during the unseen phase:');
for (const [k, g] of gc) console.log(`  ${k}: ${g.n} × , ${g.ms.toFixed(0)} ms`);
if (heap) {
  const allocFn = new Map();
  let bytes = 0;
  const walk = (n) => {
    const b = n.selfSize;
    if (b) {
      bytes += b;
      const w = where(n.callFrame);
      const key = `${n.callFrame.functionName || '(anonymous)'}  ${w.src.replace(/^src\/core\//, '')}:${w.line}`;
      allocFn.set(key, (allocFn.get(key) ?? 0) + b);
    }
    for (const ch of n.children) walk(ch);
  };
  walk(heap.head);
  console.log(
    `\nallocated (sampled, collected objects included): ${(bytes / 1e6).toFixed(0)} MB, ${(bytes / words).toFixed(0)} bytes per word; top ${top}:`,
  );
  for (const [k, b] of [...allocFn].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(b / 1e6).toFixed(1).padStart(7)} MB ${((100 * b) / bytes).toFixed(1).padStart(5)} %  ${k}`);
}
if (linesOf) {
  const byLine = new Map();
  for (const n of profile.nodes) {
    if (!linesOf.split(',').includes(n.callFrame.functionName) || !n.positionTicks) continue;
    for (const t of n.positionTicks) {
      const e = map.findEntry(t.line - 1, 0);
      const key = `${n.callFrame.functionName} ${e?.originalSource?.split('/').pop()}:${(e?.originalLine ?? -2) + 1}`;
      byLine.set(key, (byLine.get(key) ?? 0) + t.ticks);
    }
  }
  console.log(`\nsamples by line in ${linesOf}:`);
  for (const [k, n] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${String(n).padStart(6)}  ${k}`);
}
// Inclusive time of each step analyzeArticle (or --tree NAME) calls (actors, statements, dates, fingerprint, ...).
{
  const root = opt('--tree', 'analyzeArticle');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const incl = (n) => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((t, c) => t + incl(byId.get(c)), 0);
  const steps = new Map();
  let all = 0;
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== root) continue;
    all += incl(n);
    steps.set(`(${root} itself)`, (steps.get(`(${root} itself)`) ?? 0) + (self.get(n.id) ?? 0));
    for (const c of n.children ?? []) {
      const ch = byId.get(c);
      const k = ch.callFrame.functionName || '(anonymous)';
      steps.set(k, (steps.get(k) ?? 0) + incl(ch));
    }
  }
  console.log(`\ninclusive time of ${root}'s steps (${(all / 1e6).toFixed(2)} s in all):`);
  for (const [k, us] of [...steps].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
}
