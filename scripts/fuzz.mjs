#!/usr/bin/env node
// Fuzzing the analysis for as long as you give it: random seeds (printed), three kinds of input, and the checks of
// test/unit/properties.test.ts (nothing throws; every span is the slice of the text at its offsets; every article in
// exactly one event). The unit test runs a fixed seed so CI is repeatable; this finds what other seeds would.
//
//   npm run fuzz -- [--minutes 10] [--runs 1000] [--seed N]
//
// Inputs: words of news and of saved pages joined by random separators; pieces of real articles (seeds, the
// events sets, the fixture pages) cut at random offsets with words put in at random places, as a truncated or
// hand-edited file would be. A failure prints its seed, the shrunk counterexample and the first stack lines, and the
// process exits 1.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { analyzeArticle, analyzeCorpus } = createRequire(import.meta.url)(join(root, 'dist/core.js'));

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const minutes = arg('minutes', 10);
const runs = arg('runs', 1000);
const fixedSeed = arg('seed', NaN);

// prettier-ignore
const WORDS = [
  'Der', 'die', 'der', 'Präsident', 'Anna', 'Berg', 'Herr', 'Herrn', 'Bergs', 'sagte', 'erklärte', 'laut', 'zufolge',
  'so', 'fügte', 'hinzu', 'teilte', 'mit', 'Experten', 'Beamte', 'soll', 'könnte', 'angeblich', 'er', 'sie', 'dass',
  'habe', 'sei', 'werde', 'am', 'Mittwoch', '15.', 'August', '2024', 'Moskau', 'Berlin', 'dpa', 'AFP', 'Reuters',
  'The', 'the', 'a', 'said', 'told', 'according', 'to', 'officials', 'reportedly', 'he', 'Ministerium', 'GmbH', 'AG',
  'Inc.', 'Nachrichtenagentur', 'Mehr', 'zum', 'Thema', '–', '—', '-', 'unter', 'Berufung', 'auf', 'hieß', 'es',
  'Sprecher', 'spokesperson', 'Kreml-Sprecher', 'Universität', 'St.', 'FC', 'e.V.', 'Stadt', 'city', 'of', 'County',
  'Department', 'for', 'Union', "Tenants'", 'Port', 'Club', 'IG', 'Metall', 'Citing', 'gegenüber', 'Interview',
  'filing', 'study', 'found', 'Jahrestag', '70.', 'erneut', 'again', 'second', 'achten', 'Mal',
  // page furniture
  'Quelle:', 'Quellen:', 'Von:', 'Von', 'By', 'Foto:', 'Photo', ':', '|', '/', '&', 'and', 'und', 'Stand:', 'Update',
  'Published', 'on', 'May', '18,2024', '12.08.2025', '14:03', 'Uhr', '17:36', '15.11.24', 'Wednesday,', 'November',
  'with', 'AP', 'Copyright', '©', '(c)', 'Reporting', 'Source:', 'Material', 'Agenturen:', '(Reuters)', '(dpa)',
  'WASHINGTON,', 'msh/ab', 'Updated', 'ago', 'hours', 'Last', 'updated', 'erschien', 'zuerst', 'bei', '::',
  // punctuation and odd characters
  '„', '“', '”', '"', "'", '‚', '‘', '«', '»', '(', ')', ',', '.', '?', '!', '…', 'z. B.', 'Dr.', '😀', '\u0301',
  '\u00ad', '\u200b', '\t',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '', ' : '];
const joined = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 160 })
  .map((ws) => ws.map(([w, s]) => w + s).join(''));

const realTexts = [];
const walk = (dir) => {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.txt')) realTexts.push(readFileSync(p, 'utf8'));
  }
};
for (const d of ['seeds', 'test/fixtures']) walk(join(root, d));
for (const d of ['events-dev', 'events-dev2']) walk(join(root, '../shared/eval/data', d));
const piece = fc
  .tuple(
    fc.nat(realTexts.length - 1),
    fc.nat(),
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS, ...SEPARATORS)), { maxLength: 6 }),
  )
  .map(([i, a, b, put]) => {
    let t = realTexts[i];
    const x = a % (t.length + 1);
    const y = b % (t.length + 1);
    t = t.slice(Math.min(x, y), Math.max(x, y) + 1);
    for (const [p, w] of put) {
      const q = p % (t.length + 1);
      t = t.slice(0, q) + w + t.slice(q);
    }
    return t;
  });
const anyText = realTexts.length ? fc.oneof(joined, piece, piece) : joined;

function check(text, a) {
  const spans = [...a.sentences, ...a.layout.body, ...a.layout.boilerplate, ...a.dates];
  for (const x of [a.layout.title, a.layout.dateline, a.layout.outlet]) if (x) spans.push(x);
  for (const f of a.layout.furniture ?? []) spans.push(f);
  for (const actor of a.actors) spans.push(...actor.mentions, ...actor.roleSpans, ...actor.descriptors);
  for (const s of a.statements) {
    spans.push({ start: s.start, end: s.end }, s.content, ...s.content.parts, ...s.via);
    for (const x of [s.cue, s.speaker, s.hedge]) if (x) spans.push(x);
  }
  for (const s of spans) {
    if (!(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.start <= s.end &&
      s.end <= text.length
    ))
      throw new Error(`span ${s.start}-${s.end} outside 0-${text.length}`);
    if (s.text !== undefined && s.text !== text.slice(s.start, s.end))
      throw new Error(
        `span ${s.start}-${s.end} says ${JSON.stringify(s.text)}, the text ${JSON.stringify(text.slice(s.start, s.end))}`,
      );
  }
}

const property = fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (texts) => {
  const articles = texts.map((t, i) => analyzeArticle(t, `a${i}.txt`));
  const corpus = analyzeCorpus(articles);
  texts.forEach((t, i) => check(t, corpus.articles[i]));
  const inEvents = corpus.events.flatMap((e) => e.articles).sort();
  if (
    inEvents.join('\n') !==
    articles
      .map((a) => a.path)
      .sort()
      .join('\n')
  )
    throw new Error('an article is not in exactly one event');
});

const until = Date.now() + minutes * 60_000;
let total = 0;
for (let round = 0; Date.now() < until; round++) {
  const seed = Number.isFinite(fixedSeed) ? fixedSeed : (Math.random() * 2 ** 31) | 0;
  const r = fc.check(property, { seed, numRuns: runs });
  total += r.numRuns;
  if (r.failed) {
    const stack = String(r.errorInstance?.stack ?? r.errorInstance)
      .split('\n')
      .slice(0, 6)
      .join('\n  ');
    console.log(`FAIL seed ${seed} after ${total} inputs\n  ${JSON.stringify(r.counterexample)}\n  ${stack}`);
    process.exit(1);
  }
  console.log(`seed ${seed}: ${r.numRuns} inputs ok (${total} in all)`);
  if (Number.isFinite(fixedSeed)) break;
}
