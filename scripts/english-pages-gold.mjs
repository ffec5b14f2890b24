#!/usr/bin/env node
// Writes the gold (../shared/eval/data/events-dev2/gold.json shape) of the invented English saved pages in
// test/fixtures/english-pages/ from their compact expectations (expected.json): every actor with its forms as written
// (each occurrence in the text is a mention, the longest name winning where two overlap), and every attributed
// statement by the words that open and close it and its speaker as written. Then score with
//   node ../shared/eval/score.mjs --gold test/fixtures/english-pages/gold.json --articles test/fixtures/english-pages
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The folder is the first argument (default test/fixtures/english-pages; test/fixtures/english-pages2 is the fifth round).
const dir = new URL(`../test/fixtures/${process.argv[2] ?? 'english-pages'}/`, import.meta.url).pathname;
const folder = dir.split('/').filter(Boolean).pop();
const spec = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function occurrences(text, form) {
  const out = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1))
    if (!isWord(text[i - 1]) && !isWord(text[i + form.length])) out.push([i, i + form.length]);
  return out;
}

const articles = [];
const events = [];
for (const [file, page] of Object.entries(spec)) {
  const text = readFileSync(join(dir, file), 'utf8');
  // Every form of every actor (and every optional name), longest first; an occurrence inside a longer one is no mention.
  const forms = [];
  for (const [name, kind, written] of page.actors) for (const f of written ?? [name]) forms.push({ f, name, kind });
  for (const name of page.optional ?? []) forms.push({ f: name, name, kind: 'optional' });
  forms.sort((a, b) => b.f.length - a.f.length);
  const taken = [];
  const byActor = new Map();
  for (const { f, name, kind } of forms)
    for (const [s, e] of occurrences(text, f)) {
      if (taken.some(([a, b]) => a < e && s < b)) continue;
      taken.push([s, e]);
      const list = byActor.get(name) ?? byActor.set(name, { kind, mentions: [] }).get(name);
      list.mentions.push({ start: s, end: e, text: f, ...(kind === 'optional' ? { optional: true } : {}) });
    }
  const idOf = (name) => {
    const a = page.actors.find(([n]) => n === name);
    if (!a) throw new Error(`${file}: no actor ${name}`);
    return `${a[1]}:${slug(name)}`;
  };
  const actors = [];
  for (const [name, kind] of page.actors) {
    const m = byActor.get(name);
    if (!m) throw new Error(`${file}: ${name} not in the text`);
    m.mentions.sort((a, b) => a.start - b.start);
    actors.push({ id: idOf(name), name, kind, roles: [], descriptors: [], mentions: m.mentions });
  }
  for (const name of page.optional ?? []) {
    const m = byActor.get(name);
    if (!m) throw new Error(`${file}: optional ${name} not in the text`);
    actors.push({
      id: `organization:${slug(name)}`,
      name,
      kind: 'organization',
      roles: [],
      descriptors: [],
      mentions: m.mentions,
    });
  }
  const statements = page.statements.map(([from, to, speaker, actor, vague], i) => {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start) + to.length;
    if (start < 0 || end < to.length) throw new Error(`${file}: statement ${from} … ${to}`);
    const body = text.slice(start, end);
    let sp = null;
    if (speaker) {
      const at = occurrences(body, speaker)[0];
      if (!at) throw new Error(`${file}: speaker ${speaker} not in ${body}`);
      sp = {
        start: start + at[0],
        end: start + at[1],
        text: speaker,
        actorId: actor ? idOf(actor) : null,
        canonical: null,
        vague: Boolean(vague),
        type: 'named',
      };
    }
    return {
      id: `${file.slice(0, 2)}-s${i + 1}`,
      start,
      end,
      kind: /["“”]/.test(body) ? 'direct' : 'indirect',
      quote: null,
      cue: null,
      speaker: sp,
      via: [],
      hedged: false,
    };
  });
  const event = `E${file.slice(0, 2)}`;
  articles.push({ file, language: 'en', title: text.split('\n')[0], event, notes: [], actors, statements });
  events.push({ id: event, label: file, articles: [file] });
}
const gold = {
  version: 1,
  scheme: 'gold-v1: actors, statements and events (same conventions as seeds-gold.json and events-dev)',
  notes: [
    `Invented English saved pages (test/fixtures/${folder}), written from expected.json by scripts/english-pages-gold.mjs.`,
  ],
  articles,
  events,
};
writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(
  `${articles.length} pages, ${articles.reduce((n, a) => n + a.actors.reduce((k, x) => k + x.mentions.length, 0), 0)} mentions, ${articles.reduce((n, a) => n + a.statements.length, 0)} statements`,
);
