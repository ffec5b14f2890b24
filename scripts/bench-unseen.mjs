#!/usr/bin/env node
// (b) of `npm run bench` alone, for one build: warm on Wikinews train, then the unseen documents (Wikinews dev,
// GermEval dev, events-dev, events-dev2); prints CPU of the main thread and of V8's helper threads (/proc).
// Run it under `node --trace-deopt --trace-opt` to see which functions V8 recompiles on the unseen text.
// Usage: node scripts/bench-unseen.mjs [path/to/dist/core.js]
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cpu, fmt, load, root, sets, sumWords, threadCpu } from './benchData.mjs';

const require = createRequire(import.meta.url);
const core = require(resolve(process.argv[2] ?? join(root, 'dist/core.js')));
const s = sets();
const unseen = [...s.dev, ...s.germeval, ...s.eventsDev, ...s.eventsDev2];
const words = sumWords(unseen);
core.analyzeCorpus(s.train.map((t, i) => core.analyzeArticle(t, `w${i}.txt`)));
console.error('--- unseen phase ---');
const th0 = threadCpu() ?? { main: NaN, others: NaN };
const c0 = cpu();
for (const [i, t] of unseen.entries()) core.analyzeArticle(t, `u${i}.txt`);
const c = cpu() - c0;
const th1 = threadCpu() ?? { main: NaN, others: NaN };
const main = th1.main - th0.main;
console.log(
  `unseen ${unseen.length} docs, ${fmt(words)} words: ${c.toFixed(2)} s CPU (${fmt(words / c)} w/s); main thread ${main.toFixed(2)} s (${fmt(words / main)} w/s), helper threads ${(th1.others - th0.others).toFixed(2)} s; ${load()}`,
);
