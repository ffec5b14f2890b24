#!/usr/bin/env node
// Lists, per Wikinews document, matched statements with a wrong speaker (SPK), missed gold statements (FN, with
// the best-overlapping prediction) and unmatched predictions (FP), each with its text, for bucketing errors.
// Build first (npm run build); usage: node scripts/eval-errors.mjs ../shared/eval/data/wikinews-de-dev.jsonl . [spk|fn|fp]
// Matching is the scorer's lenient one (content Jaccard >= 0.5, one to one).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
const [dataset, proj, mode] = process.argv.slice(2);
const docs = readFileSync(dataset, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const tmp = mkdtempSync(join(tmpdir(), 'ana-'));
for (const d of docs) writeFileSync(join(tmp, `${d.id}.txt`), d.text);
const out = execFileSync(process.execPath, [resolve(proj, 'dist/cli.js'), 'analyze', tmp, '--json'], {
  maxBuffer: 1 << 30,
});
rmSync(tmp, { recursive: true, force: true });
const pred = JSON.parse(out.toString());
const byId = new Map(pred.articles.map((a) => [basename(a.path).replace(/\.txt$/, ''), a]));
const TRIM = /[\s„“”"»«‚‘’'‹›.,:;!?–—-]/;
function charSet(text, spans) {
  const set = new Set();
  for (const [s, e] of spans) {
    let a = s,
      b = e;
    while (a < b && TRIM.test(text[a])) a++;
    while (b > a && TRIM.test(text[b - 1])) b--;
    for (let i = a; i < b; i++) set.add(i);
  }
  return set;
}
const jaccard = (a, b) => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const u = a.size + b.size - inter;
  return u ? inter / u : 0;
};
const overlaps = (spans, s, e) => spans.some(([a, b]) => a < e && s < b);
const span = (x) => (x && Number.isInteger(x.start) ? [[x.start, x.end]] : []);
function match(gold, predicted, score, min) {
  const pairs = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const s = score(g, p);
      if (s >= min) pairs.push([s, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const gi = new Set(),
    pj = new Set(),
    out = [];
  for (const [s, i, j] of pairs)
    if (!gi.has(i) && !pj.has(j)) {
      gi.add(i);
      pj.add(j);
      out.push([gold[i], predicted[j], s]);
    }
  return out;
}
const sent = (t, s, e) => {
  let a = s,
    b = e;
  while (a > 0 && !/[.!?\n]/.test(t[a - 1])) a--;
  while (b < t.length && !/[\n]/.test(t[b]) && !(/[.!?]/.test(t[b - 1]) && t[b] === ' ' && b > e)) b++;
  return t.slice(Math.max(a, s - 250), Math.min(b, e + 150)).replace(/\n/g, ' ¶ ');
};
const mark = (t, spans, s0) => spans.map(([s, e]) => t.slice(s, e)).join(' | ');
for (const d of docs) {
  const a = byId.get(d.id);
  const gold = d.statements.map((g) => ({ ...g, chars: charSet(d.text, g.content) }));
  const preds = (a?.statements ?? []).map((p) => ({
    ...p,
    chars: charSet(d.text, p.content?.parts ? p.content.parts.flatMap(span) : span(p.content ?? p)),
  }));
  const m = match(gold, preds, (g, p) => jaccard(g.chars, p.chars), 0.5);
  for (const [g, p] of m) {
    const ps = span(p.speaker);
    const ok = g.speaker.length ? ps.length > 0 && overlaps(g.speaker, ps[0][0], ps[0][1]) : ps.length === 0;
    if (!ok && (!mode || mode === 'spk'))
      console.log(
        `SPK ${d.id} [${g.type}/${p.kind}] gold="${mark(d.text, g.speaker)}" pred="${p.speaker?.text ?? ''}" cue="${p.cue?.text ?? ''}"\n   ${sent(d.text, g.content[0][0], g.content.at(-1)[1])}`,
      );
  }
  if (!mode || mode === 'fn')
    for (const g of gold)
      if (!m.some(([x]) => x === g)) {
        const best = preds.map((p) => jaccard(g.chars, p.chars)).reduce((x, y) => Math.max(x, y), 0);
        const bp = preds.find((p) => jaccard(g.chars, p.chars) === best && best > 0);
        console.log(
          `FN ${d.id} [${g.type}] best=${best.toFixed(2)} spk="${mark(d.text, g.speaker)}" cue="${mark(d.text, g.cue)}"\n   content: ${mark(d.text, g.content).slice(0, 300)}\n   frame: ${mark(d.text, g.frame)}` +
            (bp ? `\n   PRED[${bp.kind}]: ${(bp.content?.text ?? '').slice(0, 300)}` : ''),
        );
      }
  if (!mode || mode === 'fp')
    for (const p of preds)
      if (!m.some(([, x]) => x === p)) {
        const best = gold.map((g) => jaccard(g.chars, p.chars)).reduce((x, y) => Math.max(x, y), 0);
        console.log(
          `FP ${d.id} [${p.kind}] best=${best.toFixed(2)} spk="${p.speaker?.text ?? ''}" cue="${p.cue?.text ?? ''}"\n   content: ${(p.content?.text ?? '').slice(0, 300)}`,
        );
      }
}
