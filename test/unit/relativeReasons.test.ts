// What the editor shows beside another article of the reader's event (the related-coverage picker and the
// Coverage view's headlines) is relative to the article the reader has open: seen in code-server on invented
// pages, the Coverage view opened from one article listed under another article "also names" what only a third
// member gives, and the picker fell back to the same event-wide reasons when the events worker answered late.
// Three invented reports of one fire, each naming two of its three people (test/fixtures/pair-reasons).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { EventIndex } from '../../src/core/corpus/eventIndex';
import { createCorpusLookup, putArticle, relatedArticles, setEvents } from '../../src/core/corpus/related';
import type { CoverageEvent, Reason } from '../../src/core/types';
import { coverageModel } from '../../src/vscode/coverageHtml';
import { reasonsRelativeTo } from '../../src/vscode/relativeReasons';
import { plainTranslate as t } from '../../src/vscode/text';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'pair-reasons');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const namesIn = (rs: readonly Reason[]) => rs.flatMap((r) => (r.kind === 'names' ? r.names : []));

function fire() {
  const corpus = analyzeCorpus(['fire-a.txt', 'fire-b.txt', 'fire-c.txt'].map((f) => analyzeArticle(read(f), f)));
  const index = new EventIndex();
  for (const a of corpus.articles) index.putWithActors(a.path, a.fingerprint!, a.actors);
  index.cluster();
  const lookup = createCorpusLookup();
  for (const a of corpus.articles) putArticle(lookup, a);
  setEvents(lookup, corpus.events);
  const event = corpus.events.find((e) => e.articles.length === 3);
  assert.ok(event, corpus.events.map((e) => e.articles.join(' ')).join(' | '));
  return { corpus, index, lookup, event };
}

describe('reasons relative to the reader’s article (picker and Coverage view)', () => {
  const { corpus, index, lookup, event } = fire();
  const pairs = index.pairReasons('fire-a.txt', ['fire-b.txt', 'fire-c.txt']);

  it('takes the events worker’s pair reasons when they came', () => {
    const r = reasonsRelativeTo(event, 'fire-a.txt', pairs);
    assert.deepEqual(Object.keys(r).sort(), ['fire-b.txt', 'fire-c.txt']);
    assert.deepEqual(r['fire-b.txt'], pairs['fire-b.txt']);
  });

  it('without them, never the event’s reasons of an event of three (they name what a third member gives)', () => {
    // The event's reasons for b name the mayor, whom a never names: true of the event, untrue beside a.
    assert.ok(namesIn(event.reasons!['fire-b.txt']!).includes('Bettina Quandler'));
    const r = reasonsRelativeTo(event, 'fire-a.txt', undefined);
    assert.deepEqual(r, { 'fire-b.txt': [], 'fire-c.txt': [] });
    // The picker then words what the look-up finds the two articles share, relative to a by construction.
    const shown = relatedArticles(lookup, 'fire-a.txt', undefined, r);
    assert.equal(shown.length, 2);
    for (const x of shown) assert.ok(!namesIn(x.reasons).includes('Bettina Quandler'), JSON.stringify(x));
    const b = shown.find((x) => x.path === 'fire-b.txt')!;
    assert.ok(namesIn(b.reasons).includes('Jannik Morweg'), JSON.stringify(b));
  });

  it('in an event of two the event’s reasons are the pair’s, and are kept', () => {
    const two: CoverageEvent = {
      id: 'e2',
      label: 'x',
      articles: ['x.txt', 'y.txt'],
      reasons: { 'y.txt': [{ kind: 'names', names: ['Ada Quell'] }] },
    };
    assert.deepEqual(reasonsRelativeTo(two, 'x.txt', undefined), {
      'y.txt': [{ kind: 'names', names: ['Ada Quell'] }],
    });
    // Odd input: the reader's article outside the event, an event without reasons.
    assert.deepEqual(reasonsRelativeTo({ articles: ['y.txt'] }, 'x.txt', undefined), { 'y.txt': [] });
    assert.deepEqual(reasonsRelativeTo({ articles: [] }, 'x.txt', {}), {});
  });

  it('the Coverage view’s rows under "this article" give what each shares with it', () => {
    const m = coverageModel({
      event,
      articles: corpus.articles,
      claims: [],
      here: 'fire-a.txt',
      reasons: reasonsRelativeTo(event, 'fire-a.txt', pairs),
      nameOf: () => undefined,
      t,
    });
    const b = m.articles.find((a) => a.path === 'fire-b.txt')!;
    assert.ok(namesIn(b.reasons).includes('Jannik Morweg'), JSON.stringify(b.reasons));
    for (const a of m.articles) assert.ok(!namesIn(a.reasons).includes('Bettina Quandler'), JSON.stringify(a));
    // Without relative reasons the row would say it (the event's, the view's old behaviour).
    const old = coverageModel({
      event,
      articles: corpus.articles,
      claims: [],
      here: 'fire-a.txt',
      nameOf: () => undefined,
      t,
    });
    assert.ok(namesIn(old.articles.find((a) => a.path === 'fire-b.txt')!.reasons).includes('Bettina Quandler'));
  });
});
