// Reasons true to the texts (issue 9, evreason2): a name is shown only when the story names it (not a dateline's city
// alone), a day is said once, a country is not "written of" because an adjective stands for it; and the related
// look-up's choice of the strongest word stems equals a full sort. Invented texts and names.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { strongest } from '../../src/core/corpus/eventIndex';
import { REASON_GROUP } from '../../src/core/corpus/eventSimilarity';
import { reasonsFrom, reasonTexts, type SharedFeature } from '../../src/core/corpus/reasons';
import type { Reason } from '../../src/core/types';

/** The reasons of each article of the one event of two the texts make. */
function reasonsOf(a: string, b: string): Record<string, Reason[]> {
  const corpus = analyzeCorpus([analyzeArticle(a, 'a.txt'), analyzeArticle(b, 'b.txt')]);
  const e = corpus.events.find((x) => x.articles.length === 2);
  assert.ok(e, 'one event');
  return e.reasons!;
}
const namesIn = (rs: readonly Reason[]) => rs.flatMap((r) => (r.kind === 'names' ? r.names : []));

describe('reasons true to the texts', () => {
  const EN = [
    'Orrisby voters approve new cable car to the old town',
    '',
    'BREMEN (AP) - Voters in the town of Orrisby approved a new cable car to the old town in a referendum on Sunday, with 61.7 percent in favour.',
    '',
    'Mayor Tjark Wendeborn said the result was "a clear mandate". The 2.4-kilometre line is expected to cost 84 million euros.',
  ].join('\n');
  const DE = [
    'Orrisby stimmt für Seilbahn',
    '',
    'BREMEN (dpa) - Die Bürger von Orrisby haben sich am Sonntag in einem Bürgerentscheid für eine Seilbahn zur Altstadt ausgesprochen. 61,7 Prozent stimmten mit Ja.',
    '',
    'Bürgermeister Tjark Wendeborn sprach von einem „klaren Auftrag“. Die 2,4 Kilometer lange Strecke soll 84 Millionen Euro kosten.',
  ].join('\n');

  it('does not name a city that both texts name only in their datelines ("BREMEN (dpa) -")', () => {
    const r = reasonsOf(EN, DE);
    for (const p of ['a.txt', 'b.txt']) {
      const names = namesIn(r[p]!);
      assert.ok(names.includes('Tjark Wendeborn'), `${p}: ${names.join(', ')}`);
      assert.ok(!names.some((n) => /bremen/i.test(n)), `${p}: ${names.join(', ')}`);
    }
  });

  it('names that city when the stories name it too', () => {
    const inText = (t: string) =>
      t
        .replace('Orrisby approved', 'Orrisby near Bremen approved')
        .replace('Orrisby haben', 'Orrisby bei Bremen haben');
    const r = reasonsOf(inText(EN), inText(DE));
    for (const p of ['a.txt', 'b.txt'])
      assert.ok(namesIn(r[p]!).includes('Bremen'), `${p}: ${namesIn(r[p]!).join(', ')}`);
  });

  /** The evidence of an article that shares these features, has this date, and one other article with its date. */
  const evidence = (shared: SharedFeature[], whenIso: string | null, peerWhen: string | null) => ({
    ranked: shared,
    shown: (f: SharedFeature) => f.key.slice(f.key.indexOf(':') + 1),
    actorNames: [],
    act: null,
    whenIso,
    peers: [{ act: null, whenIso: peerWhen }],
  });

  it('says a day once: not "gives the same date: D" beside "dated D" or "same event date: D"', () => {
    const both = ranked('d', ['2026-05-04', '2026-05-06']);
    // The article's own reading of the day both give: the shared date says it.
    assert.deepEqual(reasonTexts(reasonsFrom(evidence(both, '2026-05-04', '2026-05-07'))), [
      'gives the same dates: 4 May 2026 and 6 May 2026',
    ]);
    // The event's date (another article gives the same): said as that, not again among the dates.
    assert.deepEqual(reasonTexts(reasonsFrom(evidence(both, '2026-05-04', '2026-05-04'))), [
      'gives the same date: 6 May 2026',
      'same event date: 4 May 2026',
    ]);
    // A day not among those both give is still the article's date.
    assert.deepEqual(reasonTexts(reasonsFrom(evidence(ranked('d', ['2026-05-06']), '2026-05-09', '2026-05-07'))), [
      'gives the same date: 6 May 2026',
      'dated 9 May 2026',
    ]);
  });

  it('does not write of a country that only an adjective stands for ("German", "deutsche")', () => {
    const rs = reasonsFrom(evidence(ranked('c', ['germany', 'airport']), null, null));
    assert.deepEqual(reasonTexts(rs), ['also writes of airport']);
  });

  it('picks the strongest few as a full sort orders them', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(rnd() * 40);
      const w = Array.from({ length: n }, () => Math.floor(rnd() * 6));
      const xs = Array.from({ length: n }, (_, i) => i).sort(() => rnd() - 0.5);
      const cmp = (a: number, b: number) => w[b]! - w[a]! || a - b;
      for (const k of [0, 1, 3, 8]) assert.deepEqual(strongest(xs, k, cmp), [...xs].sort(cmp).slice(0, k));
    }
  });
});

/** Shared features of a reason group (REASON_NS: 'd' dates, 'c' acts and things), in this order. */
function ranked(ns: string, keys: string[]): SharedFeature[] {
  const group = REASON_GROUP.get(ns)!;
  return keys.map((k, at) => ({ key: `${ns}:${k}`, group, marked: false, at }));
}
