#!/usr/bin/env node
// Two builds of the core in one process, timed in alternation: the fair way to compare before and after on a
// machine whose load varies (a separate run a minute later can differ by ±30%). Each round runs, for each
// build in turn, the per-article analysis of the 700 Wikinews training articles, analyzeCorpus over them, and
// a 50 KB article (the seeds and Wikinews articles one after another) five times; the figure kept is the
// least CPU time (user + system) over the rounds. Prints figures and ratios, asserts none.
// Usage: node scripts/bench-compare.mjs BEFORE/dist/core.js [AFTER/dist/core.js] [--rounds N] [--data FILE.jsonl]
// (a baseline build: `git worktree add ../base <rev> && cd ../base && ln -s ../<this>/node_modules && npm run build`)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!files.length) {
  console.error('usage: node scripts/bench-compare.mjs BEFORE/dist/core.js [AFTER/dist/core.js] [--rounds N]');
  process.exit(2);
}
const paths = [resolve(files[0]), resolve(files[1] ?? join(root, 'dist/core.js'))];
const builds = paths.map((p) => require(p));
const rounds = Number(opt('--rounds', '5'));
const file = resolve(root, opt('--data', '../shared/eval/data/wikinews-de-train.jsonl'));
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const texts = docs.map((d) => (d.title ? `${d.title}\n${d.text}` : d.text));
const totalWords = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0);
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
let big = '';
for (const t of [...seeds, ...texts]) {
  if (big.length >= 50_000) break;
  big += t + '\n\n';
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const best = builds.map(() => ({}));
const keep = (b, key, ms) => {
  best[b][key] = Math.min(best[b][key] ?? Infinity, ms);
};
for (const core of builds) for (let k = 0; k < 2; k++) texts.forEach((t, i) => core.analyzeArticle(t, `a${i}.txt`)); // word lists, caches, JIT
for (let r = 0; r < rounds; r++) {
  builds.forEach((core, b) => {
    let t = cpu();
    const articles = texts.map((x, i) => core.analyzeArticle(x, `a${i}.txt`));
    keep(b, 'per-article analysis, 700 articles (ms)', cpu() - t);
    t = cpu();
    core.analyzeCorpus(articles);
    keep(b, 'corpus step: ids + events (ms)', cpu() - t);
    for (let k = 0; k < 5; k++) {
      t = cpu();
      core.analyzeArticle(big, 'big.txt');
      keep(b, `one ${(big.length / 1000).toFixed(0)} KB article (ms)`, cpu() - t);
    }
  });
}
console.log(
  `data: ${texts.length} articles, ${totalWords.toLocaleString('en')} words; ${rounds} rounds, least CPU time of each`,
);
console.log(`before: ${paths[0]}\nafter:  ${paths[1]}`);
for (const key of Object.keys(best[0])) {
  const [a, b] = [best[0][key], best[1][key]];
  console.log(`${key.padEnd(44)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)}   ×${(a / b).toFixed(2)}`);
}
const wps = (ms) => Math.round((totalWords / ms) * 1000).toLocaleString('en');
const key = 'per-article analysis, 700 articles (ms)';
console.log(
  `${'words/s (per-article analysis)'.padEnd(44)} ${wps(best[0][key]).padStart(9)} ${wps(best[1][key]).padStart(9)}`,
);
