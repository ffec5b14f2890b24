// Time per KB of the analysis on adversarial texts, 10 KB → 1 MB (issue 11: linear by construction).
// `npm run bench:hostile` (builds first). Prints, per pattern, CPU ms per KB at each size (median of repeats),
// the ratio of the largest to the smallest, and the JSON output per input KB.
// Options: --sizes 10,100,1000 (KB)  --repeats 3  --only <substring of a pattern name>
import { createRequire } from 'node:module';
import { PATTERNS } from './hostilePatterns.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('sizes', '10,100,1000').split(',').map(Number);
const repeats = Number(arg('repeats', '3'));
const only = arg('only', '');

function cpuMs(fn) {
  const c = process.cpuUsage();
  const r = fn();
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000, r];
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

core.analyzeArticle('Anna Beispiel sagte, es regne.', 'warm.txt'); // loads the word lists outside the timings
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(['pattern', ...sizes.map((s) => `${s} KB ms/KB`), 'ratio', 'JSON KB per KB'].join(' | '));
for (const [name, gen] of Object.entries(PATTERNS)) {
  if (only && !name.includes(only)) continue;
  const perKb = [];
  let outRatio = 0;
  for (const kb of sizes) {
    const text = gen(kb * 1024);
    const times = [];
    for (let k = 0; k < repeats; k++) {
      const [ms, a] = cpuMs(() => core.analyzeArticle(text, 'hostile.txt'));
      times.push(ms);
      if (k === 0 && kb === sizes[sizes.length - 1])
        outRatio =
          JSON.stringify(core.toExport({ version: 1, articles: [a], events: [] }).articles[0]).length / text.length;
    }
    perKb.push(median(times) / kb);
  }
  const ratio = perKb[perKb.length - 1] / perKb[0];
  console.log([name, ...perKb.map((x) => x.toFixed(2)), `×${ratio.toFixed(2)}`, outRatio.toFixed(1)].join(' | '));
}
