// Unit tests of the editor-free parts of corroboration and the coverage view (src/vscode/corroboration.ts,
// src/vscode/coverageHtml.ts) over small aligned claims built here: what a statement's hover and tree item say,
// and the webview's HTML — escaping, links, table headers, the Content-Security-Policy.
import * as assert from 'node:assert/strict';
import type { AlignedClaim, ArticleAnalysis, ClaimRef, CoverageEvent } from '../../src/core/types';
import { articleInfo, corroborationLines, corroborationOf, wordDiffText } from '../../src/vscode/corroboration';
import { coverageHtml, coverageModel, MAX_COLUMNS } from '../../src/vscode/coverageHtml';
import { plainTranslate as t } from '../../src/vscode/text';

const A = 'file:///ws/articles/a.txt';
const B = 'file:///ws/articles/b.txt';
const C = 'file:///ws/articles/c%20en.txt';

function article(path: string, extra: Partial<ArticleAnalysis>): ArticleAnalysis {
  return {
    path,
    language: 'de',
    title: null,
    outlet: null,
    dateline: null,
    error: null,
    warnings: [],
    actors: [],
    statements: [],
    sentences: [],
    layout: { title: null, dateline: null, outlet: null, boilerplate: [], body: [] },
    date: null,
    dates: [],
    length: 100,
    ...extra,
  };
}

function ref(path: string, statement: number, start: number, text: string, extra: Partial<ClaimRef> = {}): ClaimRef {
  return {
    path,
    statement,
    span: { start, end: start + text.length },
    text,
    kind: 'direct',
    speakerId: 'person:anna-berg',
    speakerText: 'Sprecherin Anna Berg',
    vague: false,
    via: [],
    ...extra,
  };
}

const QUOTE_A = '„Die Brücke bleibt bis Ende Mai gesperrt“';
const QUOTE_B = '„Die Brücke bleibt wohl bis Ende Mai komplett gesperrt“';
const QUOTE_C = '"The bridge stays closed until the end of May"';

function claims(): AlignedClaim[] {
  const quote: AlignedClaim = {
    id: 'c1',
    label: QUOTE_A,
    articles: 3,
    quote: true,
    members: [
      ref(A, 0, 40, QUOTE_A),
      ref(B, 0, 55, QUOTE_B, { via: ['media:dpa'] }),
      ref(C, 0, 30, QUOTE_C, { speakerText: 'Anna Berg' }),
    ],
    quoteDrift: [
      { a: 0, b: 1, diff: { removed: [], added: ['wohl', 'komplett'] } },
      { a: 0, b: 2, diff: { removed: ['die'], added: ['the'] } },
    ],
    attributionDrift: [],
  };
  const injured: AlignedClaim = {
    id: 'c2',
    label: 'zwei Menschen wurden verletzt',
    articles: 2,
    quote: false,
    members: [
      ref(A, 1, 120, 'zwei Menschen wurden verletzt', {
        kind: 'according-to',
        speakerId: null,
        speakerText: 'Polizei',
      }),
      ref(B, -1, 140, 'Zwei Menschen wurden verletzt.', { kind: 'fact', speakerId: null, speakerText: null }),
    ],
    quoteDrift: [],
    attributionDrift: [{ a: 0, b: 1, reason: 'a.txt attributes it to Polizei; b.txt states it as fact' }],
  };
  return [quote, injured];
}

const articles = [
  article(A, { outlet: 'Nordkurier', title: 'Brücke bleibt gesperrt', date: '2025-03-03' }),
  article(B, { outlet: 'Saale-Bote', title: 'Sperrung bis Mai', date: '2025-03-04' }),
  article(C, { outlet: null, title: 'Bridge stays closed', language: 'en', date: null }),
];
const byPath = new Map(articles.map((a) => [a.path, a]));
const info = (p: string) => articleInfo(p, byPath.get(p));
const nameOf = (id: string) =>
  (({ 'person:anna-berg': 'Anna Berg', 'media:dpa': 'dpa' }) as Record<string, string>)[id];
const event: CoverageEvent = {
  id: 'e7',
  label: 'Brücke bleibt gesperrt (2025-03-03, 3 articles)',
  articles: [C, B, A],
  reasons: { [A]: [{ kind: 'names', names: ['Lindenau'] }], [B]: [{ kind: 'names', names: ['Saalfeld'] }] },
};

describe('corroboration', () => {
  it('says how many articles carry a quote, through which relays, and how its wording drifts in each', () => {
    const c = corroborationOf(claims(), A, { span: { start: 40, end: 40 + QUOTE_A.length } }, info, nameOf, t)!;
    assert.equal(c.articles, 3);
    assert.deepEqual(
      c.others.map((o) => o.path),
      [B, C],
    );
    assert.deepEqual(c.via, ['dpa']);
    assert.deepEqual(
      c.quoteDrift.map((d) => [info(d.other.path).label, d.removed, d.added, d.translated]),
      [
        ['Saale-Bote', [], ['wohl', 'komplett'], false],
        ['Bridge stays closed', ['die'], ['the'], true],
      ],
    );
    // Seen from the other side, the difference turns round.
    const fromB = corroborationOf(claims(), B, { text: QUOTE_B }, info, nameOf, t)!;
    assert.deepEqual([fromB.quoteDrift[0]!.removed, fromB.quoteDrift[0]!.added], [['wohl', 'komplett'], []]);
    assert.equal(wordDiffText(['a'], ['b', 'c']), '−a +b +c');
    assert.equal(corroborationOf(claims(), A, { span: { start: 0, end: 3 } }, info, nameOf, t), null);
  });

  it('names attribution drift in words: who attributes it to whom, who states it as fact', () => {
    const c = corroborationOf(claims(), A, { offset: 125 }, info, nameOf, t)!;
    assert.equal(c.articles, 2);
    assert.deepEqual(
      c.attributionDrift.map((d) => d.text),
      ['Nordkurier attributes it to Polizei; Saale-Bote states it as fact'],
    );
    const lines = corroborationLines(c, info, t);
    assert.match(lines[0]!, /^Carried by 2 articles: Saale-Bote$/);
    assert.match(lines[1]!, /^Attribution drift: Nordkurier attributes it to Polizei/);
  });
});

describe('coverage view HTML', () => {
  const model = coverageModel({ event, articles, claims: claims(), here: A, nameOf, t });

  it('puts the articles on a timeline by date, undated last, and counts outlets', () => {
    assert.deepEqual(
      model.articles.map((a) => a.path),
      [A, B, C],
    );
    assert.deepEqual(
      model.columns.map((a) => a.label),
      ['Nordkurier', 'Saale-Bote', 'Bridge stays closed'],
    );
    assert.ok(model.articles[0]!.here);
    // Reasons are said of the other articles: the reader's own row gives none about itself.
    assert.deepEqual(
      model.articles.map((a) => a.reasons.length),
      [0, 1, 0],
    );
    const html = coverageHtml(model, { cspSource: 'vscode-resource:', nonce: 'n', t });
    assert.ok(!html.includes('also names Lindenau'), 'no reason on the own row');
    assert.ok(html.includes('also names Saalfeld'), 'the other rows keep theirs');
    assert.deepEqual(
      model.outlets.find((o) => o.name === 'Nordkurier'),
      { name: 'Nordkurier', articles: 1, claims: 2 },
    );
    assert.deepEqual(
      model.rows[1]!.cells.map((c) => c && [c.who, c.fact]),
      [['Polizei', false], ['as fact', true], null],
    );
    assert.equal(model.rows[0]!.cells[1]!.who, 'Anna Berg via dpa');
  });

  it('counts only the outlets the texts name, the others as "source not stated"; no count exceeds the header', () => {
    const D = 'file:///ws/articles/d.txt';
    const more = [...articles, article(D, { outlet: 'nordkurier', title: 'Brücke zu' })];
    const both = claims();
    both[0]!.members.push(ref(D, 0, 10, QUOTE_A));
    const m = coverageModel({
      event: { ...event, articles: [...event.articles, D] },
      articles: more,
      claims: both,
      here: A,
      nameOf,
      t,
    });
    assert.deepEqual(
      m.outlets.map((o) => [o.name, o.articles, o.claims]),
      [
        ['Nordkurier', 2, 2],
        ['Saale-Bote', 1, 2],
      ],
    );
    assert.deepEqual(m.unstated, { articles: 1, claims: 1 });
    assert.ok(m.outlets.every((o) => o.claims <= m.claimCount));
    const html = coverageHtml(m, { nonce: 'n', cspSource: 's', t });
    assert.match(html, /4 articles · 2 outlets named · 1 article without a stated source · 2 shared claims/);
    assert.match(html, /source not stated/);
    assert.doesNotMatch(html, /unknown outlet/);
    assert.match(
      html,
      /<th scope="col" class="here"><a href="#" class="article" data-path="[^"]+" data-start="0" data-end="0" title="Nordkurier · Brücke bleibt gesperrt · 2025-03-03 · a\.txt">Nordkurier<\/a>/,
    );
    assert.match(html, />#3<\/a>/, 'an article naming no outlet has a short numbered head');
  });

  it('has a strict Content-Security-Policy: nothing runs or styles without the nonce', () => {
    const html = coverageHtml(model, { nonce: 'abc123', cspSource: 'https://webview.example', t });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="abc123">/);
    assert.match(html, /<style nonce="abc123">/);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  });

  it('makes every cell, column head and timeline entry a real link to its passage', () => {
    const html = coverageHtml(model, { nonce: 'n', cspSource: 's', t });
    const links = [
      ...html.matchAll(/<a href="#" class="(\w+)" data-path="([^"]+)" data-start="(\d+)" data-end="(\d+)"/g),
    ];
    const at = (path: string, start: number) => links.some((m) => m[2] === path && Number(m[3]) === start);
    assert.ok(at(B, 55), 'the quote in b.txt');
    assert.ok(at(B, 140), 'the stated-as-fact sentence in b.txt');
    assert.ok(at(C, 0), 'c.txt from the timeline');
    assert.ok(links.every((m) => Number(m[4]) >= Number(m[3])));
    assert.match(html, /<del>die<\/del> <ins>the<\/ins>|translation/);
    assert.match(html, /<ins>wohl<\/ins> <ins>komplett<\/ins>/);
    assert.match(html, /attribution drift<\/span>.*Nordkurier attributes it to Polizei; Saale-Bote states it as fact/);
  });

  it('has a caption, column headers and row headers', () => {
    const html = coverageHtml(model, { nonce: 'n', cspSource: 's', t });
    assert.match(html, /<table><caption>[^<]+<\/caption><thead><tr><th scope="col">Claim<\/th>/);
    assert.equal((html.match(/<th scope="col"/g) ?? []).length, 1 + model.columns.length);
    assert.equal((html.match(/<th scope="row">/g) ?? []).length, model.rows.length);
    assert.match(html, /<div class="table-wrap" tabindex="0" role="region"/);
    assert.match(html, /<time datetime="2025-03-03">2025-03-03<\/time>/);
  });

  it('escapes everything taken from an article, attributes included', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const path = 'file:///ws/articles/x"><script>alert(1)</script>.txt';
    const bad = [
      article(path, { outlet: evil, title: `<script>alert(2)</script>` }),
      article(A, { outlet: 'Nordkurier' }),
    ];
    const c: AlignedClaim = {
      id: 'c1',
      label: `<b>${evil}</b>`,
      articles: 2,
      quote: true,
      members: [ref(path, 0, 0, `„${evil}“`, { speakerText: evil, speakerId: null }), ref(A, 0, 0, '„x“')],
      quoteDrift: [{ a: 0, b: 1, diff: { removed: ['<i>'], added: ['&amp;'] } }],
      attributionDrift: [],
    };
    const html = coverageHtml(
      coverageModel({
        event: { id: 'e1', label: `<h1>${evil}</h1>`, articles: [path, A] },
        articles: bad,
        claims: [c],
        here: A,
        nameOf: () => undefined,
        t,
      }),
      { nonce: 'n', cspSource: 's', t },
    );
    const body = html.slice(html.indexOf('<body>'), html.indexOf('<script nonce'));
    assert.doesNotMatch(body, /<script|<img|<b>|<i>|<h1><|onerror=alert\(1\)>/);
    assert.match(body, /&lt;img src=x onerror=alert\(1\)&gt;&quot;&#39;&amp;/);
    assert.match(body, /data-path="file:\/\/\/ws\/articles\/x&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;.txt"/);
    assert.match(body, /<del>&lt;i&gt;<\/del> <ins>&amp;amp;<\/ins>/);
  });

  it('says so when there is nothing to compare, and caps the columns', () => {
    const alone = coverageHtml(
      coverageModel({
        event: { id: 'e1', label: 'x', articles: [A] },
        articles: [articles[0]!],
        claims: [],
        here: A,
        nameOf,
        t,
      }),
      { nonce: 'n', cspSource: 's', t },
    );
    assert.match(alone, /No other article in the workspace covers this event yet/);
    assert.doesNotMatch(alone, /<table/);
    const none = coverageHtml(coverageModel({ event, articles, claims: [], here: A, nameOf, t }), {
      nonce: 'n',
      cspSource: 's',
      t,
    });
    assert.match(none, /No claim is carried by two or more of these articles/);
    const many = Array.from({ length: MAX_COLUMNS + 5 }, (_, i) => `file:///ws/${String(i).padStart(2, '0')}.txt`);
    const last = many[many.length - 1]!;
    const m = coverageModel({
      event: { id: 'e2', label: 'many', articles: many },
      articles: many.map((p) => article(p, {})),
      claims: claims(),
      here: last,
      nameOf,
      t,
    });
    assert.equal(m.columns.length, MAX_COLUMNS);
    assert.ok(
      m.columns.some((c) => c.path === last),
      'the current article is always a column',
    );
  });
});
