// Reasons in the display language (src/vscode/reasonWords.ts): German through the real l10n bundle (what
// vscode.l10n.t gives a German window), acts and concepts in German ("Streik"), dates as a German reader writes
// them ("19. Juni 2024"); with no bundle, word for word what the core's English renderer says; every concept of
// the event lexicon and every act family in the tables; the related-coverage picker's detail and the Coverage
// view's small print in German.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusLookup, relatedArticles } from '../../src/core/corpus/related';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { ACT_OBJECTS, reasonText } from '../../src/core/corpus/reasons';
import { ACT_FAMILY, CONCEPT_TABLE } from '../../src/core/resources/eventLexicon';
import type { CoverageEvent, Reason } from '../../src/core/types';
import { coverageHtml, coverageModel } from '../../src/vscode/coverageHtml';
import { dateWords, reasonInWords, reasonsInWords } from '../../src/vscode/reasonWords';
import { plainTranslate, type Translate } from '../../src/vscode/text';

const bundle = JSON.parse(readFileSync(join(process.cwd(), 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<
  string,
  string
>;
/** vscode.l10n.t in a German window: the bundle's message (else the English one), placeholders filled. */
const german: Translate = (m, ...args) => plainTranslate(bundle[m] ?? m, ...args);

const SAMPLES: Reason[] = [
  { kind: 'occasion', act: 'strike', when: '2024-01-10' },
  { kind: 'occasion', act: 'phone', when: '2024-01' },
  { kind: 'occasion', act: 'election', when: null },
  { kind: 'occasion', act: 'somenewact', when: null },
  { kind: 'occasion', act: 'treaty', when: '2024-06-19', place: 'Pjöngjang' },
  { kind: 'occasion', act: 'treaty', when: null, place: 'Vilnius' },
  { kind: 'occasion', act: 'treaty', when: '2024-06' },
  { kind: 'occasion', act: 'cut', when: '2024-09', object: 'rate' },
  { kind: 'occasion', act: 'strike', when: '2026-06-09', object: 'train', place: 'Salzburg' },
  { kind: 'occasion', act: 'match', when: '2024-07', object: 'final', place: 'Berlin' },
  { kind: 'occasion', act: 'somenewact', when: '2024-07-14', place: 'Lyon' },
  { kind: 'occasion', act: 'meeting', when: '2023-11-15', place: 'San Francisco', with: ['Xi Jinping', 'Joe Biden'] },
  { kind: 'occasion', act: 'phone', when: null, with: ['Ana Rivas', 'Tomas Berg'] },
  { kind: 'occasion', act: 'visit', when: '2024-05', with: ['Ana Rivas'] },
  { kind: 'quote', text: 'Wir streiken' },
  { kind: 'names', names: ['GDL'] },
  { kind: 'names', names: ['Xi Jinping', 'Joe Biden', 'Taiwan'] },
  { kind: 'figures', figures: ['35 Stunden'] },
  { kind: 'figures', figures: ['35', '12 Prozent'] },
  { kind: 'dates', dates: ['2024-06-19'] },
  { kind: 'dates', dates: ['2024-06-19', '--06-20', '2024-07'] },
  { kind: 'topics', concepts: ['train', 'northkorea', 'somenewconcept'], ordinals: [2, 12] },
  { kind: 'weekdays', days: [3] },
  { kind: 'weekdays', days: [1, 4] },
  { kind: 'years', years: [2023] },
  { kind: 'years', years: [2023, 2024] },
  { kind: 'date', date: '2031-03-03', shared: true },
  { kind: 'date', date: '2031-03', shared: false },
  { kind: 'compound', acts: ['visit', 'prize'], weekday: -1 },
  { kind: 'compound', acts: ['meeting', 'phone'], weekday: 1 },
  { kind: 'alone' },
  { kind: 'words', words: ['Warentest', 'Stiftung', 'getestet'] },
  { kind: 'claims', count: 1 },
  { kind: 'claims', count: 3 },
  { kind: 'quotes', count: 1 },
  { kind: 'quotes', count: 2 },
];

describe('reasons in the display language', () => {
  it('says in German what decided the join', () => {
    const de = SAMPLES.map((r) => reasonInWords(r, german));
    assert.deepEqual(de, [
      'berichtet von demselben Streik am 10. Januar 2024',
      'berichtet von demselben Telefonat im Januar 2024',
      'berichtet von derselben Wahl',
      'berichtet von demselben Ereignis (somenewact)',
      'berichtet von demselben in Pjöngjang am 19. Juni 2024 unterzeichneten Vertrag',
      'berichtet von demselben in Vilnius unterzeichneten Vertrag',
      'berichtet von demselben im Juni 2024 unterzeichneten Vertrag',
      'berichtet von derselben Zinssenkung im September 2024',
      'berichtet von demselben Bahnstreik in Salzburg am 9. Juni 2026',
      'berichtet von demselben Finale in Berlin im Juli 2024',
      'berichtet von demselben Ereignis (somenewact) in Lyon am 14. Juli 2024',
      'berichtet von demselben Treffen von Xi Jinping und Joe Biden in San Francisco am 15. November 2023',
      'berichtet von demselben Telefonat zwischen Ana Rivas und Tomas Berg',
      'berichtet von demselben Besuch mit Ana Rivas im Mai 2024',
      'zitiert dieselben Worte: „Wir streiken“',
      'nennt ebenfalls GDL',
      'nennt ebenfalls Xi Jinping, Joe Biden und Taiwan',
      'nennt dieselbe Zahl: 35 Stunden',
      'nennt dieselben Zahlen: 35 und 12 Prozent',
      'nennt dasselbe Datum: 19. Juni 2024',
      'nennt dieselben Daten: 19. Juni 2024, 20. Juni und Juli 2024',
      'schreibt ebenfalls über Bahn, Nordkorea und somenewconcept; nennt dieselben Ordnungszahlen: zweite und 12.',
      'nennt denselben Wochentag: Mittwoch',
      'nennt dieselben Wochentage: Montag und Donnerstag',
      'nennt dasselbe Jahr: 2023',
      'nennt dieselben Jahre: 2023 und 2024',
      'dasselbe Ereignisdatum: 3. März 2031',
      'Datum: März 2031',
      'Besuch und Preisverleihung: ein Anlass, an Daten, die zusammenpassen',
      'Treffen und Telefonat: ein Anlass, am selben Montag',
      'kein anderer Artikel teilt seine kennzeichnenden Namen, Zahlen und Daten',
      'verwendet dieselben Wörter: Warentest, Stiftung, getestet',
      '1 gemeinsame Aussage',
      '3 gemeinsame Aussagen',
      'dasselbe Zitat',
      '2 gleiche Zitate',
    ]);
  });

  it('says, without a bundle, word for word what the core says in English', () => {
    for (const r of SAMPLES) assert.equal(reasonInWords(r, plainTranslate), reasonText(r), JSON.stringify(r));
    const concepts = new Set(
      [...CONCEPT_TABLE.prefix, ...CONCEPT_TABLE.infix, ...CONCEPT_TABLE.phrases].map(([, c]) => c),
    );
    for (const c of concepts) {
      const r: Reason = { kind: 'topics', concepts: [c], ordinals: [] };
      assert.equal(reasonInWords(r, plainTranslate), reasonText(r), c);
    }
    for (const act of new Set(ACT_FAMILY.values())) {
      for (const r of [
        { kind: 'occasion', act, when: null },
        { kind: 'occasion', act, when: '2024-06-19', place: 'Vilnius' },
        { kind: 'occasion', act, when: '2024-06' },
        { kind: 'compound', acts: [act], weekday: 0 },
      ] as Reason[])
        assert.equal(reasonInWords(r, plainTranslate), reasonText(r), act);
    }
    for (const [act, objects] of Object.entries(ACT_OBJECTS))
      for (const object of objects)
        for (const r of [
          { kind: 'occasion', act, object, when: null },
          { kind: 'occasion', act, object, when: '2024-06', place: 'Vilnius' },
        ] as Reason[])
          assert.equal(reasonInWords(r, plainTranslate), reasonText(r), `${act}:${object}`);
  });

  it('has German words for every concept of the event lexicon and every act family', () => {
    // A Translate that marks what it translated: a word that does not pass through it stays unmarked.
    const marked: Translate = (m, ...args) => `«${plainTranslate(m, ...args)}»`;
    const concepts = new Set(
      [...CONCEPT_TABLE.prefix, ...CONCEPT_TABLE.infix, ...CONCEPT_TABLE.phrases].map(([, c]) => c),
    );
    assert.ok(concepts.size > 100);
    for (const c of concepts)
      assert.match(reasonInWords({ kind: 'topics', concepts: [c], ordinals: [] }, marked), / of «[^«»]+»»$/, c);
    for (const act of new Set(ACT_FAMILY.values())) {
      assert.match(reasonInWords({ kind: 'occasion', act, when: null }, marked), /^«reports «the same [^«»]+»»$/, act);
      assert.match(
        reasonInWords({ kind: 'occasion', act, when: '2024-06-19', place: 'Vilnius' }, marked),
        /^«reports «the same [^«»]+ «in Vilnius on «19 «June» 2024»»»»$/,
        act,
      );
      assert.match(
        reasonInWords({ kind: 'compound', acts: [act], weekday: -1 }, marked),
        /^««[^«»]+»: one occasion/,
        act,
      );
    }
  });

  it('writes dates as a German reader does', () => {
    assert.equal(dateWords('2024-06-19', german), '19. Juni 2024');
    assert.equal(dateWords('2024-03', german), 'März 2024');
    assert.equal(dateWords('--02-06', german), '6. Februar');
    assert.equal(dateWords('2024-06-19', plainTranslate), '19 June 2024');
    assert.equal(dateWords('2024', german), '2024');
    assert.equal(dateWords('gestern', german), 'gestern');
  });

  const A = 'a.txt',
    B = 'b.txt';
  const articles = [
    analyzeArticle(
      'Streik bei der Bahn\n\nDie GDL um Claus Weselsky streikt ab Mittwoch, dem 10. Januar 2024, 35 Stunden lang. „Wir streiken bis Freitag“, sagte Weselsky.',
      A,
    ),
    analyzeArticle(
      'GDL-Streik ab Mittwoch\n\nClaus Weselsky und die GDL rufen für Mittwoch, den 10. Januar 2024, zu einem 35-stündigen Streik auf. „Wir streiken bis Freitag“, sagte Weselsky.',
      B,
    ),
  ];
  const corpus = analyzeCorpus(articles);
  const event = corpus.events.find((e) => e.articles.includes(A)) as CoverageEvent;

  it("gives the related-coverage picker's detail in German", () => {
    assert.deepEqual(event.articles, [A, B]);
    const related = relatedArticles(buildCorpusLookup(corpus), A);
    assert.equal(related[0]?.path, B);
    // As relatedCoverage.ts makes the detail line.
    const detail = reasonsInWords(related[0]!.reasons, german).join(' · ');
    assert.match(detail, /berichtet von demselben Streik am 10\. Januar 2024/);
    assert.match(detail, /nennt ebenfalls .*Weselsky/);
    assert.doesNotMatch(detail, /\b(same|names|strike|January|Wednesday|dated|writes)\b/, detail);
  });

  it("gives the Coverage view's reasons in German", () => {
    const model = coverageModel({ event, articles, claims: [], here: A, nameOf: () => undefined, t: german });
    const html = coverageHtml(model, { nonce: 'n', cspSource: 'c', t: german, lang: 'de' });
    const why = [...html.matchAll(/<div class="why muted">([^<]*)<\/div>/g)].map((m) => m[1]!);
    // The other article's row only: the reader's own article gives no reasons about itself.
    assert.equal(why.length, 1);
    for (const w of why) {
      assert.match(w, /berichtet von demselben Streik/);
      assert.doesNotMatch(w, /\b(same|names|strike|January|dated)\b/, w);
    }
  });
});
