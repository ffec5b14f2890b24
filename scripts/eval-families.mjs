#!/usr/bin/env node
// Pairwise same-event F1 of each invented near-miss family in test/fixtures/events (each folder's gold.json:
// { articles: [{ file, event }] }), alone and all of them in one folder, through the command line.
//
//   npm run build && node scripts/eval-families.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const families = join(root, 'test/fixtures/events');

function grouping(dir) {
  const out = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', dir, '--json'], {
    maxBuffer: 1 << 28,
  });
  const event = new Map();
  JSON.parse(out.toString()).events.forEach((e, i) => e.articles.forEach((a) => event.set(basename(a), i)));
  return event;
}

function pairwise(gold, predicted) {
  const files = [...gold.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < files.length; i++)
    for (let k = i + 1; k < files.length; k++) {
      const same = gold.get(files[i]) === gold.get(files[k]);
      const a = predicted.get(files[i]);
      const joined = a !== undefined && a === predicted.get(files[k]);
      if (same && joined) tp++;
      else if (joined) fp++;
      else if (same) fn++;
    }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
}

const together = mkdtempSync(join(tmpdir(), 'source-lens-families-'));
const allGold = new Map();
try {
  for (const family of readdirSync(families).sort()) {
    const dir = join(families, family);
    let gold;
    try {
      gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const a of gold.articles) {
      copyFileSync(join(dir, a.file), join(together, `${family}__${a.file}`));
      allGold.set(`${family}__${a.file}`, `${family}/${a.event}`);
    }
    const g = new Map(gold.articles.map((a) => [a.file, a.event]));
    console.log(`${family.padEnd(14)} ${pairwise(g, grouping(dir))}`);
  }
  console.log(`all ${allGold.size} files in one folder: ${pairwise(allGold, grouping(together))}`);
} finally {
  rmSync(together, { recursive: true, force: true });
}
