#!/usr/bin/env node
// Runs ../shared/eval/score.mjs on every gold set and prints the figures the project is held to, with the
// target of each and whether it is met. `npm run eval` builds first. Options: --show N (the scorer's error
// examples, per dataset), --eval DIR (where the shared eval folder is; default ../shared/eval).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const evalDir = resolve(root, opt('--eval', '../shared/eval'));
const show = opt('--show', '0');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`eval: no scorer at ${evalDir}/score.mjs (pass --eval DIR)`);
  process.exit(2);
}
const data = (f) => join(evalDir, 'data', f);

const RUNS = [
  {
    name: 'wikinews-de-dev',
    args: [data('wikinews-de-dev.jsonl')],
    targets: [
      ['lenient statements F1', 0.75],
      ['lenient attributed statements F1 (content and speaker right)', 0.75],
      [/^lenient recall Direct/, 0.9],
      ['lenient speaker accuracy on matched', null],
      ['strict statements F1', null],
    ],
  },
  {
    name: 'germeval2014-dev',
    args: [data('germeval2014-dev.jsonl')],
    targets: [
      ['headline PER/ORG/LOC micro F1 (exact span and type)', 0.76],
      [/^PER F1/, 0.7],
      [/^ORG F1/, 0.68],
      [/^LOC F1/, null],
    ],
  },
  {
    name: 'seeds-gold',
    args: ['--gold', data('seeds-gold.json'), '--articles', join(root, 'seeds')],
    targets: [
      ['mentions micro F1', 0.85],
      ['aliases within an article, pairwise F1', null],
      ['same actor across articles, pairwise F1', null],
      [/^statements F1/, 0.9],
      ['speaker accuracy on matched', 0.9],
      ['speaker resolved to the right actor', 0.8],
      [/^vague sources recall/, 0.8],
      ['vague sources precision', 0.8],
      ['events pairwise F1', 1.0],
    ],
  },
  {
    name: 'events-dev',
    args: ['--gold', data('events-dev/gold.json'), '--articles', data('events-dev')],
    targets: [
      ['mentions micro F1', 0.93],
      ['org mentions R', 0.85],
      [/^statements F1/, null],
      ['speaker resolved to the right actor', 0.85],
      ['headline attributed statements F1 (statement and speaker right)', 0.88],
      ['events pairwise P', null],
      ['events pairwise R', null],
      ['events pairwise F1', 0.95],
    ],
  },
  {
    name: 'events-dev2',
    args: ['--gold', data('events-dev2/gold.json'), '--articles', data('events-dev2')],
    targets: [
      ['mentions micro F1', 0.92],
      ['org mentions R', null],
      [/^statements F1/, null],
      ['speaker resolved to the right actor', null],
      ['headline attributed statements F1 (statement and speaker right)', 0.85],
      ['events pairwise P', null],
      ['events pairwise R', null],
      ['events pairwise F1', 0.95],
    ],
  },
];

// The spec lists a quotation inside an indirect statement twice (the second listing has `nestedIn`); the seeds gold
// lists it once. This extra figure scores the seeds with those second listings left out, to show what that costs.
{
  const cli = join(root, 'dist/cli.js');
  const out = execFileSync(process.execPath, [cli, 'analyze', join(root, 'seeds'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const exp = JSON.parse(out);
  for (const a of exp.articles) a.statements = a.statements.filter((s) => s.nestedIn === undefined);
  const tmp = join(tmpdir(), `source-lens-eval-${process.pid}.json`);
  writeFileSync(tmp, JSON.stringify(exp));
  RUNS.splice(3, 0, {
    name: 'seeds-gold*',
    args: ['--gold', data('seeds-gold.json'), '--articles', join(root, 'seeds'), '--pred', tmp],
    targets: [
      [/^statements F1/, null],
      ['speaker accuracy on matched', null],
    ],
  });
  process.on('exit', () => rmSync(tmp, { force: true }));
}

// Both events sets in one folder, as a reader may keep them: grouping weighs a feature by how many of the folder's
// articles share it, so a rule that holds on each set alone can still join across them. Files are prefixed with
// their set's tag (names may collide), and the two golds are merged the same way.
{
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-eval-both-'));
  const merged = { articles: [], events: [] };
  for (const [set, tag] of [
    ['events-dev', 'a'],
    ['events-dev2', 'b'],
  ]) {
    const gold = JSON.parse(readFileSync(data(`${set}/gold.json`), 'utf8'));
    for (const a of gold.articles) {
      copyFileSync(data(`${set}/${a.file}`), join(dir, tag + a.file));
      merged.articles.push({ ...a, file: tag + a.file, ...(a.event ? { event: tag + a.event } : {}) });
    }
    for (const e of gold.events) merged.events.push({ ...e, id: tag + e.id, articles: e.articles.map((f) => tag + f) });
  }
  const gold = join(dir, 'gold.json');
  writeFileSync(gold, JSON.stringify(merged));
  RUNS.push({
    name: 'events-both',
    args: ['--gold', gold, '--articles', dir],
    targets: [
      ['headline attributed statements F1 (statement and speaker right)', null],
      ['events pairwise P', null],
      ['events pairwise R', null],
      ['events pairwise F1', null],
    ],
  });
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}

const rows = [];
let failed = 0;
for (const run of RUNS) {
  let out;
  try {
    out = execFileSync(process.execPath, [join(evalDir, 'score.mjs'), ...run.args, '--project', root, '--show', show], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    console.error(`eval: ${run.name} failed: ${e.message}`);
    failed++;
    continue;
  }
  const values = new Map();
  for (const line of out.split('\n')) {
    const m = /^([^ ].*?): (-?[\d.]+)$/.exec(line);
    if (m) values.set(m[1], Number(m[2]) / 100);
  }
  if (Number(show) > 0)
    console.log(
      `--- ${run.name}\n${out
        .split('\n')
        .filter((l) => l.startsWith('  '))
        .join('\n')}`,
    );
  for (const [key, target] of run.targets) {
    const k = typeof key === 'string' ? key : [...values.keys()].find((x) => key.test(x));
    const v = k ? values.get(k) : undefined;
    const ok = target === null || (v !== undefined && v >= target - 1e-9);
    if (!ok) failed++;
    rows.push([
      run.name,
      k ?? String(key),
      v === undefined ? '—' : v.toFixed(3),
      target === null ? '' : `≥ ${target.toFixed(2)}`,
      target === null ? '' : ok ? 'ok' : 'BELOW',
    ]);
  }
}
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
console.log('seeds-gold* = the seeds with the second listing of nested quotations (nestedIn) left out');
console.log('events-both = events-dev and events-dev2 in one folder, scored against both golds');
console.log(failed ? `${failed} figure(s) below target` : 'all targets met');
