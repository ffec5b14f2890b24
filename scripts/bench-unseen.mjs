#!/usr/bin/env node
// (b) of `npm run bench` alone, for one build: warm on Wikinews train, then the unseen documents (Wikinews dev,
// GermEval dev, events-dev, events-dev2); prints CPU of the main thread and of V8's helper threads (/proc).
// Run it under `node --trace-deopt --trace-opt` to see which functions V8 recompiles on the unseen text.
// With two builds, both are loaded into this one process and warmed, then the unseen documents are analysed by
// each in alternation, document by document (each build's caches see each text once), summing each build's CPU
// time (user + system of the process, V8's helper threads included): a fair before/after on a loaded machine,
// where runs a minute apart differ by ±10 %. --rounds N repeats that in N fresh processes, builds in swapped order
// every other round, and prints each round, the least of each and the geometric mean of the rounds' ratios.
// Usage: node scripts/bench-unseen.mjs [path/to/dist/core.js] | BEFORE/dist/core.js AFTER/dist/core.js [--rounds N [--separate]]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpu, fmt, load, root, sets, sumWords, threadCpu } from './benchData.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 0;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds').map((f) => resolve(f));
const s = sets();
const unseen = [...s.dev, ...s.germeval, ...s.eventsDev, ...s.eventsDev2];
const words = sumWords(unseen);

const separate = args.includes('--separate');
if (files.length === 2 && rounds > 0) {
  // Fresh processes, the order of the builds swapped every other round; each prints one JSON line. With
  // --separate each build runs in a process of its own (one after the other, in the same order): in one process
  // the two builds share one heap, so the garbage one of them makes is collected on the other's time as well, and
  // a change that allocates less shows only in part. They also share V8's object layouts (every `{ start, end }`
  // literal of either bundle has one map): when one build writes a field of such a layout, V8 drops the optimised
  // code of both builds that relied on it, so a change that avoids such a write shows only with --separate.
  const least = [Infinity, Infinity];
  let logRatios = 0;
  let logMainRatios = 0;
  const run = (builds) =>
    JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...builds, '--json'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop(),
    );
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [files[1], files[0]] : files;
    // Separate processes also report their main thread's CPU: V8's helper threads (parallel scavenges, concurrent
    // compiles) spin longer on a loaded machine, the main thread's share varies less.
    const runs = separate ? order.map((f) => run([f])) : null;
    const t = runs ? runs.map((x) => x[0]) : run(order);
    const [a, b] = r % 2 ? [t[1], t[0]] : t;
    least[0] = Math.min(least[0], a);
    least[1] = Math.min(least[1], b);
    logRatios += Math.log(a / b);
    let mainNote = '';
    if (runs) {
      const [ma, mb] = r % 2 ? [runs[1][1], runs[0][1]] : [runs[0][1], runs[1][1]];
      logMainRatios += Math.log(ma / mb);
      mainNote = `; main thread ${ma.toFixed(2)} / ${mb.toFixed(2)} s (x${(ma / mb).toFixed(3)})`;
    }
    console.log(
      `round ${r + 1}: before ${a.toFixed(3)} s, after ${b.toFixed(3)} s CPU (x${(a / b).toFixed(3)})${mainNote}; ${load()}`,
    );
  }
  if (separate) console.log(`mean of the rounds' main-thread ratios: x${Math.exp(logMainRatios / rounds).toFixed(3)}`);
  console.log(
    `least: before ${least[0].toFixed(3)} s (${fmt(words / least[0])} w/s), after ${least[1].toFixed(3)} s (${fmt(words / least[1])} w/s), x${(least[0] / least[1]).toFixed(3)}`,
  );
  // The ratio of each round, averaged (geometric mean): under heavy load a round's ratio swings by +-5-9 % (an
  // A/A run of one build against a copy of itself gave x0.914 and x1.052 at load 18-22), and the least times of
  // the two builds may come from different rounds; an even number of rounds loads each build first equally often.
  console.log(
    `mean of the rounds' ratios: x${Math.exp(logRatios / rounds).toFixed(3)}${rounds % 2 ? ' (odd number of rounds: the build loaded first is not balanced)' : ''}`,
  );
} else if (files.length === 2) {
  const cores = files.map((f) => require(f));
  for (const core of cores) core.analyzeCorpus(s.train.map((t, i) => core.analyzeArticle(t, `w${i}.txt`)));
  const spent = [0, 0];
  for (const [i, t] of unseen.entries()) {
    for (let b = 0; b < 2; b++) {
      // Alternate which build goes first, so that neither always runs right after the other's compilations.
      const k = i % 2 ? 1 - b : b;
      const c0 = cpu();
      cores[k].analyzeArticle(t, `u${i}.txt`);
      spent[k] += cpu() - c0;
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify(spent));
  else
    console.log(
      `unseen ${unseen.length} docs, ${fmt(words)} words, in alternation: before ${spent[0].toFixed(2)} s CPU (${fmt(words / spent[0])} w/s), after ${spent[1].toFixed(2)} s (${fmt(words / spent[1])} w/s), x${(spent[0] / spent[1]).toFixed(3)}; ${load()}`,
    );
} else {
  const core = require(files[0] ?? join(root, 'dist/core.js'));
  core.analyzeCorpus(s.train.map((t, i) => core.analyzeArticle(t, `w${i}.txt`)));
  console.error('--- unseen phase ---');
  const th0 = threadCpu() ?? { main: NaN, others: NaN };
  const c0 = cpu();
  // Each set's share, read between the sets (the same order as `unseen`): the main thread and V8's helper threads
  // (mostly its optimising compiler: the warm-up is German Wikinews, so code that only other text reaches, English
  // above all, is compiled while the sets are measured; run under --no-concurrent-recompilation to see it on the
  // main thread instead).
  const perSet = [];
  let i = 0;
  for (const [name, docs] of [
    ['Wikinews dev', s.dev],
    ['GermEval dev', s.germeval],
    ['events-dev', s.eventsDev],
    ['events-dev2', s.eventsDev2],
  ]) {
    const a = threadCpu() ?? { main: NaN, others: NaN };
    for (const t of docs) core.analyzeArticle(t, `u${i++}.txt`);
    const b = threadCpu() ?? { main: NaN, others: NaN };
    perSet.push({ name, docs: docs.length, words: sumWords(docs), main: b.main - a.main, others: b.others - a.others });
  }
  const c = cpu() - c0;
  const th1 = threadCpu() ?? { main: NaN, others: NaN };
  const main = th1.main - th0.main;
  if (args.includes('--json')) console.log(JSON.stringify([c, main]));
  else {
    console.log(
      `unseen ${unseen.length} docs, ${fmt(words)} words: ${c.toFixed(2)} s CPU (${fmt(words / c)} w/s); main thread ${main.toFixed(2)} s (${fmt(words / main)} w/s), helper threads ${(th1.others - th0.others).toFixed(2)} s; ${load()}`,
    );
    for (const p of perSet)
      console.log(
        `  ${p.name.padEnd(12)} ${String(p.docs).padStart(4)} docs ${fmt(p.words).padStart(7)} words: main thread ${p.main.toFixed(2)} s (${fmt(p.words / p.main)} w/s), helper threads ${p.others.toFixed(2)} s`,
      );
  }
}
