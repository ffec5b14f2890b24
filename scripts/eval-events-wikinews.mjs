#!/usr/bin/env node
// Event grouping on the German Wikinews articles (train + dev) as one corpus: almost every article there is
// its own event, so every pair of articles put into one event is counted as wrongly joined (a few may in
// truth be the same story: the pairs are listed for checking). Builds the CLI into a private folder (like
// dev-eval.sh), writes the texts (title line + text) to a temporary folder and runs `analyze --json` on it.
// Usage: node scripts/eval-events-wikinews.mjs [--show N] [--no-title]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const here = resolve(new URL('..', import.meta.url).pathname);
const data = resolve(here, '../shared/eval/data');
const args = process.argv.slice(2);
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 15;
const withTitle = !args.includes('--no-title');

// one build folder per checkout, so that two worktrees can measure at once
const build = join('/tmp/source-lens-dev', 'wikinews-events-' + basename(here));
mkdirSync(build, { recursive: true });
execFileSync(join(here, 'node_modules/.bin/esbuild'), [
  join(here, 'src/cli/main.ts'),
  '--bundle',
  '--platform=node',
  '--target=node20',
  '--log-level=warning',
  `--outfile=${build}/cli.js`,
]);

const rows = ['train', 'dev'].flatMap((s) =>
  readFileSync(join(data, `wikinews-de-${s}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l)),
);
const dir = mkdtempSync(join(tmpdir(), 'wikinews-events-'));
const byFile = new Map();
for (const r of rows) {
  const file = `${r.id}.txt`;
  writeFileSync(join(dir, file), withTitle ? `${r.title}\n\n${r.text}` : r.text);
  byFile.set(file, r);
}
const t0 = Date.now();
let out;
try {
  out = execFileSync('node', [`${build}/cli.js`, 'analyze', dir, '--json'], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (e) {
  out = e.stdout; // exit code 1 when some file could not be analysed; the export is still complete
}
const secs = (Date.now() - t0) / 1000;
const result = JSON.parse(out.toString());
rmSync(dir, { recursive: true, force: true });

const n = rows.length;
const totalPairs = (n * (n - 1)) / 2;
let joined = 0;
const examples = [];
const sizes = new Map();
for (const e of result.events) {
  const k = e.articles.length;
  sizes.set(k, (sizes.get(k) ?? 0) + 1);
  joined += (k * (k - 1)) / 2;
  if (k > 1) examples.push(e);
}
const errors = result.articles.filter((a) => a.error).length;
console.log(`articles ${n} (${errors} with errors), events ${result.events.length}, analysed in ${secs.toFixed(1)} s`);
console.log(
  `event sizes: ${[...sizes]
    .sort((a, b) => a[0] - b[0])
    .map(([k, c]) => `${k}×${c}`)
    .join(' ')}`,
);
console.log(
  `wrongly joined pairs: ${joined} of ${totalPairs} (${((100 * joined) / totalPairs).toFixed(3)} %); ` +
    `pairwise precision over joined pairs: 0 of ${joined} correct unless a listed pair is truly one story`,
);
examples.sort((a, b) => b.articles.length - a.articles.length);
for (const e of examples.slice(0, show)) {
  console.log(`— ${e.articles.length} articles: ${e.label}`);
  for (const p of e.articles) {
    const r = byFile.get(basename(p));
    console.log(`    ${r.date} ${r.title}`);
  }
  const first = e.reasons?.[e.articles[0]];
  if (first) console.log(`    reasons: ${first.join(' ; ')}`);
}
