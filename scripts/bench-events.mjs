#!/usr/bin/env node
// Speed of the dates and events modules, alone: (1) findDates + eventFingerprint over the 700 Wikinews
// training articles (words/s; the rest of the pipeline is run once beforehand and not timed), (2)
// groupEvents over those 700 analysed articles, (3) an EventIndex over 10,000 articles made by varying the
// real ones (names, numbers and dates perturbed, so that the variants are distinct stories): build time,
// related() of one article (median), update() of one changed article (median) and the heap the index holds.
// Builds its own bundle (never dist/). Prints figures, asserts none.
// Usage: node --expose-gc scripts/bench-events.mjs [--src DIR] [--n 10000] [--repeat 3]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const src = resolve(opt('--src', join(root, 'src')));
const big = Number(opt('--n', '10000'));
const repeat = Number(opt('--repeat', '3'));

const out = `/tmp/bench-events-${process.pid}`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'entry.ts'), [
  `export { analyzeArticle, analyzeCorpus } from ${JSON.stringify(join(src, 'core/index'))};`,
  `export { eventFingerprint, EventIndex, buildEventIndex, groupEvents } from ${JSON.stringify(join(src, 'core/events'))};`,
  `export { findDates } from ${JSON.stringify(join(src, 'core/dates'))};`,
].join('\n'));
execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(out, 'entry.ts'), '--bundle', '--platform=node', '--target=node20',
  '--log-level=warning', `--outfile=${out}/core.js`], { env: { ...process.env, NODE_PATH: join(root, 'node_modules') } });
const core = createRequire(import.meta.url)(`${out}/core.js`);

const data = resolve(root, '../shared/eval/data/wikinews-de-train.jsonl');
const docs = readFileSync(data, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const texts = docs.map((d) => (d.title ? `${d.title}\n\n${d.text}` : d.text));
const totalWords = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0);
const secs = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const gc = () => globalThis.gc?.();

// ---- 1. dates + fingerprint per article ----
const analysed = texts.map((t, i) => core.analyzeArticle(t, `a${i}.txt`));
const ctx = analysed.map((a, i) => ({ text: texts[i], language: a.language, layout: a.layout, sentences: a.sentences, date: a.date }));
const fpRun = () => {
  for (const c of ctx) {
    const d = core.findDates(c.text, c.language, c.sentences);
    core.eventFingerprint({ ...c, date: d.articleDate }, d);
  }
};
fpRun(); // warm-up
const fpTimes = [];
for (let r = 0; r < repeat; r++) { const t0 = process.hrtime.bigint(); fpRun(); fpTimes.push(secs(t0)); }
const fpBest = Math.min(...fpTimes);
console.log(`data: ${docs.length} articles, ${totalWords.toLocaleString('en')} words`);
console.log(`dates + fingerprint: ${fpBest.toFixed(3)} s (${Math.round(totalWords / fpBest).toLocaleString('en')} words/s; runs ${fpTimes.map((t) => t.toFixed(3)).join(', ')})`);

// ---- 2. groupEvents on the 700 ----
core.groupEvents(analysed); // warm-up
const geTimes = [];
for (let r = 0; r < repeat; r++) { const t0 = process.hrtime.bigint(); core.groupEvents(analysed); geTimes.push(secs(t0)); }
console.log(`groupEvents on ${analysed.length}: ${Math.min(...geTimes).toFixed(3)} s (runs ${geTimes.map((t) => t.toFixed(3)).join(', ')})`);

// ---- 3. EventIndex at scale ----
// Variants of the real articles' fingerprints: in variant k, two thirds of the names, figures, quotes and
// dates get a per-variant suffix (other people, other numbers, other days) and the event date moves by k
// months, so that variant k of an article is a different story about the same kind of thing.
const SYL = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'ni', 'bra', 'sto', 'fe', 'gar', 'li', 'mo', 'zu'];
const tag = (k) => { let s = ''; do { s += SYL[k % 16]; k = Math.floor(k / 16); } while (k > 0); return s; };
const hash = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h >>> 0; };
const VARIED = /^(l:)?(n|#|q|d|md|m|y|wd):/;
function shiftWhen(w, k) {
  const m = w && /^(\d{4})-(\d{2})(-\d{2})?$/.exec(w);
  if (!m) return w;
  const mm = +m[1] * 12 + (+m[2] - 1) + k;
  return `${Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}${m[3] ?? ''}`;
}
function vary(fp, k) {
  if (k === 0) return fp;
  const t = tag(k);
  const terms = {}, display = {};
  for (const [f, c] of Object.entries(fp.terms)) {
    const g = VARIED.test(f) && (hash(f) + k) % 3 !== 0 ? `${f}~${t}` : f;
    terms[g] = c;
    display[g] = fp.display[f] ?? g;
  }
  return { ...fp, terms, display, when: shiftWhen(fp.when, k) };
}
const nBase = Math.min(docs.length, big);
const tA0 = process.hrtime.bigint();
const fps = [];
for (let i = 0; i < big; i++) {
  const base = i % nBase, k = Math.floor(i / nBase);
  fps.push({ path: `v${k}-${base}.txt`, fp: vary(analysed[base].fingerprint, k) });
}
console.log(`(generated ${big} article fingerprints in ${secs(tA0).toFixed(1)} s, not counted)`);
gc();
const heap0 = process.memoryUsage().heapUsed;
const t1 = process.hrtime.bigint();
const index = new core.EventIndex();
for (const f of fps) index.put(f.path, f.fp);
const tPut = secs(t1);
index.cluster();
const tBuild = secs(t1);
gc();
const heap1 = process.memoryUsage().heapUsed;
console.log(`EventIndex ${big}: build ${tBuild.toFixed(2)} s (put ${tPut.toFixed(2)} s, cluster ${(tBuild - tPut).toFixed(2)} s), events ${index.events().length}, memory ${((heap1 - heap0) / 1048576).toFixed(0)} MB (heapUsed delta${globalThis.gc ? '' : ', run with --expose-gc for a clean figure'})`);
const rel = [];
for (let r = 0; r < 101; r++) {
  const p = fps[(r * 97) % fps.length].path;
  const t0 = process.hrtime.bigint();
  index.related(p);
  rel.push(secs(t0) * 1000);
}
console.log(`related(one article): median ${median(rel).toFixed(2)} ms, max ${Math.max(...rel).toFixed(2)} ms`);
const upd = [];
for (let r = 0; r < 51; r++) {
  const f = fps[(r * 131) % fps.length];
  const changed = { ...f.fp, terms: { ...f.fp.terms, [`#:${9000 + r}`]: 1 } };
  const t0 = process.hrtime.bigint();
  index.update(f.path, changed);
  upd.push(secs(t0) * 1000);
}
console.log(`update(one changed article): median ${median(upd).toFixed(2)} ms, max ${Math.max(...upd).toFixed(2)} ms`);
