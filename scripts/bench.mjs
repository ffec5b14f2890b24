#!/usr/bin/env node
// Speed of the analysis core on real German news: the 700 Wikinews training articles (1.1 MB), analysed
// one by one and then as a corpus, at 1×, 2× and 4× the corpus to show growth, with peak memory, and the
// same text through compromise's bare `nlp(text)` for a ratio in the same run. Prints figures, asserts none.
// Usage: npm run bench [-- --data FILE.jsonl] [-- --repeat N]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(join(root, 'dist/core.js'));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const file = resolve(root, opt('--data', '../shared/eval/data/wikinews-de-train.jsonl'));
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const texts = docs.map((d) => (d.title ? `${d.title}\n${d.text}` : d.text));
const words = (t) => (t.match(/\S+/g) ?? []).length;
const totalWords = texts.reduce((n, t) => n + words(t), 0);
const totalChars = texts.reduce((n, t) => n + t.length, 0);

// Wall time, and the process's CPU time (user + system, all threads: V8's parallel garbage collection too, so it
// can exceed the wall time), which counts the work done rather than the waiting on a shared machine.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
function run(times) {
  const t0 = process.hrtime.bigint();
  const c0 = cpu();
  const articles = [];
  for (let k = 0; k < times; k++) texts.forEach((t, i) => articles.push(core.analyzeArticle(t, `a${k}-${i}.txt`)));
  const t1 = process.hrtime.bigint();
  const c1 = cpu();
  core.analyzeCorpus(articles);
  const t2 = process.hrtime.bigint();
  return {
    articles: Number(t1 - t0) / 1e9,
    corpus: Number(t2 - t1) / 1e9,
    articlesCpu: c1 - c0,
    corpusCpu: cpu() - c1,
  };
}

console.log(
  `data: ${docs.length} articles, ${totalWords.toLocaleString('en')} words, ${(totalChars / 1048576).toFixed(2)} M chars (${file})`,
);
const cold = run(1); // the first run also loads the word lists and fills the per-word caches
console.log(
  `first (cold) run: ${cold.articles.toFixed(3)} s (${Math.round(totalWords / cold.articles).toLocaleString('en')} words/s), includes loading the word lists`,
);
run(1); // second warm-up: JIT
const results = [];
for (const times of [1, 2, 4]) {
  const r = run(times);
  results.push({ times, ...r });
  const wps = (totalWords * times) / r.articles;
  const cps = (totalWords * times) / r.articlesCpu;
  console.log(
    `${times}×: per-article analysis ${r.articles.toFixed(3)} s wall (${Math.round(wps).toLocaleString('en')} words/s), ${r.articlesCpu.toFixed(3)} s CPU (${Math.round(cps).toLocaleString('en')} words per CPU second); corpus (ids + events) ${r.corpus.toFixed(3)} s wall, ${r.corpusCpu.toFixed(3)} s CPU`,
  );
}
const base = results[0];
for (const r of results.slice(1)) {
  const growth = (r.articles + r.corpus) / (base.articles + base.corpus);
  const growthCpu = (r.articlesCpu + r.corpusCpu) / (base.articlesCpu + base.corpusCpu);
  console.log(
    `growth ${r.times}× corpus: time ×${growth.toFixed(2)} wall, ×${growthCpu.toFixed(2)} CPU (linear would be ×${r.times}.00)`,
  );
}
const nlp = require('compromise');
nlp(texts[0]); // warm-up
const c0 = process.hrtime.bigint();
const cc0 = cpu();
for (const t of texts) nlp(t);
const cs = Number(process.hrtime.bigint() - c0) / 1e9;
const ccs = cpu() - cc0;
console.log(
  `compromise nlp(text) on the same text: ${cs.toFixed(3)} s wall (${Math.round(totalWords / cs).toLocaleString('en')} words/s), ${ccs.toFixed(3)} s CPU`,
);
console.log(
  `ratio: Source Lens full analysis is ×${(cs / base.articles).toFixed(1)} (wall) / ×${(ccs / base.articlesCpu).toFixed(1)} (CPU) the speed of compromise's bare tagging`,
);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
