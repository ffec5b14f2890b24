// The related-coverage picker's reasons are relative to the article the reader has open: what each other article
// of the event shares with that article (EventIndex.pairReasons), not what it shares with the whole event. Three
// invented reports of one fire, each naming two of its three people: a reader of the first must not read "also
// names <the mayor>" beside an article when the first never names her.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { EventIndex } from '../../src/core/corpus/eventIndex';
import { createCorpusLookup, putArticle, relatedArticles, setEvents } from '../../src/core/corpus/related';
import type { Reason } from '../../src/core/types';

const A = [
  'Großbrand in Orgelbauwerkstatt in Wessenfurt',
  '',
  'Wessenfurt – In der Nacht zum Donnerstag ist die Orgelbauwerkstatt Halvensleben in Wessenfurt fast vollständig abgebrannt. Die Inhaberin Ortrud Halvensleben sagte, in der Halle hätten drei fast fertige Instrumente gestanden.',
  '',
  'Kreisbrandmeister Jannik Morweg sagte, das Feuer sei gegen zwei Uhr im Holzlager ausgebrochen. 85 Feuerwehrleute waren im Einsatz. Verletzt wurde niemand.',
  '',
  'Den Schaden schätzt die Inhaberin auf rund 1,4 Millionen Euro. „Wir fangen wieder von vorne an“, sagte Halvensleben.',
].join('\n');
const B = [
  'Feuer zerstört Werkstatt für Kirchenorgeln',
  '',
  'Wessenfurt (dpa) – Ein Feuer hat in der Nacht zum Donnerstag eine Orgelbauwerkstatt in Wessenfurt zerstört. Nach Angaben von Kreisbrandmeister Jannik Morweg brach der Brand im Holzlager aus; 85 Einsatzkräfte löschten bis zum Morgen.',
  '',
  'Bürgermeisterin Bettina Quandler sprach von einem schweren Schlag für die Stadt. Die Werkstatt sei seit 1921 in Familienbesitz und einer der größten Arbeitgeber im Ort, sagte Quandler.',
].join('\n');
const C = [
  'Orgelbauerin will nach Brand weitermachen',
  '',
  'Wessenfurt – Nach dem Brand ihrer Werkstatt in der Nacht zum Donnerstag will Ortrud Halvensleben den Betrieb fortführen. Drei beinahe fertige Orgeln seien verbrannt, der Schaden liege bei 1,4 Millionen Euro, sagte die Orgelbauerin.',
  '',
  'Bürgermeisterin Bettina Quandler bot der Firma eine leerstehende Halle der Stadt als Übergangsquartier an. „Wir lassen Frau Halvensleben nicht allein“, sagte Quandler.',
].join('\n');

const namesIn = (rs: readonly Reason[]) => rs.flatMap((r) => (r.kind === 'names' ? r.names : []));
const figuresIn = (rs: readonly Reason[]) => rs.flatMap((r) => (r.kind === 'figures' ? r.figures : []));

function fire() {
  const corpus = analyzeCorpus([analyzeArticle(A, 'a.txt'), analyzeArticle(B, 'b.txt'), analyzeArticle(C, 'c.txt')]);
  const index = new EventIndex();
  for (const a of corpus.articles) index.putWithActors(a.path, a.fingerprint!, a.actors);
  index.cluster();
  const lookup = createCorpusLookup();
  for (const a of corpus.articles) putArticle(lookup, a);
  setEvents(lookup, corpus.events);
  return { corpus, index, lookup };
}

describe('related coverage reasons relative to the reader’s article', () => {
  const { corpus, index, lookup } = fire();

  it('the three reports are one event, whose reasons for an article name all it shares with the others', () => {
    const e = corpus.events.find((x) => x.articles.length === 3);
    assert.ok(e, corpus.events.map((x) => x.articles.join(' ')).join(' | '));
    // What the event says of b: the mayor too, whom only b and c name (true of the event, not of a).
    assert.ok(namesIn(e.reasons!['b.txt']!).includes('Bettina Quandler'), JSON.stringify(e.reasons!['b.txt']));
  });

  it('pairReasons: what each article shares with the reader’s article alone', () => {
    const fromA = index.pairReasons('a.txt', ['b.txt', 'c.txt']);
    const bNames = namesIn(fromA['b.txt']!);
    assert.ok(bNames.includes('Jannik Morweg'), bNames.join(', '));
    assert.ok(!bNames.includes('Bettina Quandler'), bNames.join(', '));
    assert.ok(!namesIn(fromA['c.txt']!).includes('Bettina Quandler'));
    const fromC = index.pairReasons('c.txt', ['a.txt', 'b.txt']);
    assert.ok(!namesIn(fromC['a.txt']!).includes('Jannik Morweg'), namesIn(fromC['a.txt']!).join(', '));
    assert.ok(!figuresIn(fromC['a.txt']!).includes('85'), figuresIn(fromC['a.txt']!).join(', '));
    assert.ok(!figuresIn(fromC['b.txt']!).includes('85'));
    assert.ok(namesIn(fromC['b.txt']!).includes('Bettina Quandler'));
    // Not indexed, or the reader's own article: left out.
    assert.deepEqual(Object.keys(index.pairReasons('a.txt', ['a.txt', 'x.txt'])), []);
    assert.deepEqual(index.pairReasons('x.txt', ['a.txt']), {});
  });

  it('relatedArticles shows the pair’s reasons when given them, the event’s otherwise', () => {
    const pairs = index.pairReasons('a.txt', ['b.txt', 'c.txt']);
    const withPairs = relatedArticles(lookup, 'a.txt', undefined, pairs);
    assert.equal(withPairs.length, 2);
    for (const r of withPairs) assert.ok(!namesIn(r.reasons).includes('Bettina Quandler'), JSON.stringify(r));
    const b = withPairs.find((r) => r.path === 'b.txt')!;
    assert.ok(namesIn(b.reasons).includes('Jannik Morweg'));
    const eventWide = relatedArticles(lookup, 'a.txt').find((r) => r.path === 'b.txt')!;
    assert.ok(namesIn(eventWide.reasons).includes('Bettina Quandler'));
  });
});
