#!/usr/bin/env node
// Speed of the analysis core as users get it, on text the process has never seen:
//   (a) a fresh process over a corpus: `source-lens analyze <folder> --json` on Wikinews dev written out as files,
//       whole-process CPU time (loading the word lists included), against compromise's bare `nlp(text)` over the
//       same files in a fresh process of its own; and `source-lens analyze seeds` whole process;
//   (b) warm throughput on unseen text: warmed up on Wikinews train, then measured on Wikinews dev + GermEval dev +
//       events-dev + events-dev2 (disjoint from the warm-up), compromise warmed and measured the same way;
//   (c) growth at 1× / 2× / 4× of distinct text (articles built from the eval data, scripts/benchData.mjs), each
//       size in a fresh process, articles and corpus step.
// Repeated text (the same articles again) is printed last, marked as such: the per-word caches answer most of it.
// CPU time (user + system) is the headline on this shared machine; wall time and the load average beside it.
// Needs ../shared/eval/data for (a)–(c); without it, says so and runs on the seeds. Prints figures, asserts none.
// Usage: npm run bench [-- --rounds N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cpu,
  distinctArticles,
  fmt,
  haveEvalData,
  load,
  root,
  seeds,
  sets,
  sumWords,
  threadCpu,
} from './benchData.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const rounds = Number(opt('--rounds', '3'));
const hook = join(root, 'scripts/benchCpuHook.cjs');
const cli = join(root, 'dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));

// Growth child: analyse the first N distinct articles in this fresh process (after a JIT warm-up on the seeds).
if (args[0] === '--growth-child') {
  const core = require(join(root, 'dist/core.js'));
  const texts = distinctArticles(Number(args[1]));
  for (const t of seeds()) core.analyzeArticle(t, 'warm.txt');
  const c0 = cpu();
  const articles = texts.map((t, i) => core.analyzeArticle(t, `g${i}.txt`));
  const c1 = cpu();
  core.analyzeCorpus(articles);
  console.log(JSON.stringify({ articles: c1 - c0, corpus: cpu() - c1, words: sumWords(texts) }));
  process.exit(0);
}

/** Runs a child under the CPU hook; returns { cpu, rss, wall } (CPU and RSS as the child measured them). */
function child(argv, env = {}) {
  const out = join(tmp, `cpu-${Math.random().toString(36).slice(2)}.jsonl`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', hook, ...argv], {
    env: { ...process.env, ...env, SOURCE_LENS_BENCH_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}`);
  const m = JSON.parse(readFileSync(out, 'utf8').trim().split('\n').pop());
  return { ...m, wall };
}
const least = (runs, key) => Math.min(...runs.map((r) => r[key]));

const s = sets();
console.log(`Source Lens speed benchmark (node ${process.version}); ${load()}`);
if (!haveEvalData)
  console.log(
    'NOTE: ../shared/eval/data is missing: every figure below is on the five seeds, not on unseen news; (b) and (c) are not meaningful.',
  );

// (a) Fresh processes over a corpus.
const aTexts = haveEvalData ? s.dev : seeds();
const aDir = join(tmp, 'dev');
require('node:fs').mkdirSync(aDir);
aTexts.forEach((t, i) => writeFileSync(join(aDir, `${String(i).padStart(4, '0')}.txt`), t));
const compromiseChild = join(tmp, 'compromise-child.cjs');
writeFileSync(
  compromiseChild,
  `const fs = require('node:fs'); const path = require('node:path');
const nlp = require(${JSON.stringify(require.resolve('compromise'))});
const dir = process.argv[2];
for (const f of fs.readdirSync(dir).sort()) nlp(fs.readFileSync(path.join(dir, f), 'utf8'));\n`,
);
const aWords = sumWords(aTexts);
const ours = [];
const theirs = [];
const seedRuns = [];
for (let r = 0; r < rounds; r++) {
  ours.push(child([cli, 'analyze', aDir, '--json']));
  theirs.push(child([compromiseChild, aDir]));
  seedRuns.push(child([cli, 'analyze', join(root, 'seeds'), '--json']));
}
const oursCpu = least(ours, 'cpu');
const theirsCpu = least(theirs, 'cpu');
console.log(
  `\n(a) fresh process over ${aTexts.length} ${haveEvalData ? 'Wikinews dev' : 'seed'} files (${fmt(aWords)} words), least of ${rounds}:`,
);
console.log(
  `    source-lens analyze --json: ${oursCpu.toFixed(2)} s CPU (${fmt(aWords / oursCpu)} words per CPU second), wall ${least(ours, 'wall').toFixed(2)} s, max RSS ${fmt(least(ours, 'rss'))} MB`,
);
console.log(
  `    compromise nlp(text), fresh process: ${theirsCpu.toFixed(2)} s CPU, wall ${least(theirs, 'wall').toFixed(2)} s   ratio: Source Lens is ×${(theirsCpu / oursCpu).toFixed(2)} compromise's speed (CPU)`,
);
console.log(
  `    source-lens analyze seeds --json (whole process): ${least(seedRuns, 'cpu').toFixed(2)} s CPU, wall ${least(seedRuns, 'wall').toFixed(2)} s   [aim ≤ 0.5 s]`,
);
console.log(`    ${load()}`);

// (b) Warm throughput on unseen text, in this process.
const core = require(join(root, 'dist/core.js'));
const nlp = require('compromise');
const warm = haveEvalData ? s.train : seeds();
const unseen = haveEvalData ? [...s.dev, ...s.germeval, ...s.eventsDev, ...s.eventsDev2] : seeds();
const unseenWords = sumWords(unseen);
const w0 = cpu();
core.analyzeCorpus(warm.map((t, i) => core.analyzeArticle(t, `w${i}.txt`)));
const warmCpu = cpu() - w0;
const th0 = threadCpu();
const b0 = cpu();
const bt0 = performance.now();
const unseenArticles = unseen.map((t, i) => core.analyzeArticle(t, `u${i}.txt`));
const bCpu = cpu() - b0;
const th1 = threadCpu();
const bWall = (performance.now() - bt0) / 1000;
const bc0 = cpu();
core.analyzeCorpus(unseenArticles);
const bCorpus = cpu() - bc0;
for (const t of warm) nlp(t);
const n0 = cpu();
for (const t of unseen) nlp(t);
const nCpu = cpu() - n0;
console.log(
  `\n(b) warm (${warm.length} ${haveEvalData ? 'Wikinews train' : 'seed'} articles first, ${warmCpu.toFixed(2)} s CPU incl. loading), then unseen text: ${unseen.length} documents (${haveEvalData ? 'Wikinews dev + GermEval dev + events-dev + events-dev2, ' : ''}${fmt(unseenWords)} words):`,
);
console.log(
  `    per-article analysis: ${bCpu.toFixed(3)} s CPU = ${fmt(unseenWords / bCpu)} words/s on one core (wall ${bWall.toFixed(3)} s, ${fmt(unseenWords / bWall)} words/s)   [aim ≥ 250,000]; corpus step ${bCorpus.toFixed(3)} s CPU`,
);
if (th0 && th1) {
  const main = th1.main - th0.main;
  console.log(
    `    of which this thread (the analysis itself): ${main.toFixed(2)} s = ${fmt(unseenWords / main)} words/s; V8's helper threads (optimising compiler, GC): ${(th1.others - th0.others).toFixed(2)} s`,
  );
}
console.log(
  `    compromise nlp(text), warmed on the same: ${nCpu.toFixed(3)} s CPU = ${fmt(unseenWords / nCpu)} words/s   ratio: ×${(nCpu / bCpu).toFixed(2)} (CPU)`,
);
console.log(`    ${load()}`);

// (c) Growth at 1× / 2× / 4× distinct text, each in a fresh process.
const unit = 350;
const growth = [1, 2, 4].map((k) => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench.mjs'), '--growth-child', String(unit * k)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { k, ...JSON.parse(r.stdout.trim().split('\n').pop()) };
});
console.log(
  `\n(c) growth on distinct text (${unit} / ${unit * 2} / ${unit * 4} distinct articles, each in a fresh process):`,
);
for (const g of growth)
  console.log(
    `    ${g.k}×: ${fmt(g.words)} words: articles ${g.articles.toFixed(2)} s CPU (${fmt(g.words / g.articles)} words/s), corpus step ${g.corpus.toFixed(2)} s; time ×${((g.articles + g.corpus) / (growth[0].articles + growth[0].corpus)).toFixed(2)} for ×${(g.words / growth[0].words).toFixed(2)} the words`,
  );
console.log(`    ${load()}`);

// Repeated text, not the headline: the unseen set analysed a second time (the per-word caches now hold it).
const r0 = cpu();
for (const [i, t] of unseen.entries()) core.analyzeArticle(t, `u${i}.txt`);
const rCpu = cpu() - r0;
console.log(
  `\n(repeated text, not the headline) the same ${unseen.length} documents a second time: ${fmt(unseenWords / rCpu)} words per CPU second`,
);
console.log(`peak memory of this process (max RSS): ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
rmSync(tmp, { recursive: true, force: true });
