// Property: on the event fixture families (test/fixtures/events: near misses, compound occasions, page furniture, in
// one folder, as famscore reads them), the editor's events worker (EventsState) gives the batch grouping whatever
// order articles arrive in: a random part in the first batch (its `actors` ops taken while batching, as the host
// sends them when a later article gives an earlier one's actors other ids), the rest one article per apply, a few
// removed and put back. And EventIndex.add, the greedy incremental assignment, joins an article to its occasion by
// the occasion bridge as cluster() does (a short report of a state visit's arrival whose words alone stay below the
// threshold). These families are in the repository: the test runs in CI, unlike those over ../shared/eval/data.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { unifyActorIds } from '../../src/core/corpus/corpus';
import { buildEventIndex, EventIndex, withActorFeatures } from '../../src/core/corpus/events';
import type { ArticleAnalysis, CoverageEvent, EventFingerprint } from '../../src/core/types';
import { EventsState } from '../../src/vscode/indexJobs';
import type { EventsDelta } from '../../src/vscode/indexProtocol';
import { random, shuffled } from './random';
import { FIXTURES, Held } from './eventFixtures';

/** The partition of the events: sorted member lists, sorted. */
function partition(events: Iterable<CoverageEvent>): string[] {
  return [...events].map((e) => [...e.articles].sort().join(' + ')).sort();
}

/** Every family's articles, analysed, by "family/file" (one folder, as famscore's ALL reads them). */
function families(): ArticleAnalysis[] {
  const out: ArticleAnalysis[] = [];
  for (const fam of readdirSync(FIXTURES).sort())
    for (const f of readdirSync(join(FIXTURES, fam))
      .filter((f) => f.endsWith('.txt'))
      .sort())
      out.push(analyzeArticle(readFileSync(join(FIXTURES, fam, f), 'utf8'), `${fam}/${f}`));
  return out;
}

/** The fingerprint the events worker is given for an article: its actors (corpus ids) as features. */
function withActors(a: ArticleAnalysis): EventFingerprint {
  return withActorFeatures(
    a.fingerprint!,
    a.actors.map((x) => ({ id: x.id, name: x.name, count: x.mentions.length })),
  );
}

describe('event grouping on the fixture families does not depend on the order articles arrive in', () => {
  let articles: ArticleAnalysis[] = [];
  let reference: string[] = [];
  before(function () {
    this.timeout(120_000);
    articles = families();
    unifyActorIds(articles);
    reference = partition(buildEventIndex(articles).events());
  });
  after(() => {
    articles = [];
  });

  const seeds = [31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42];
  it(`the events worker: a first batch, then one article at a time, a few removed and back (${seeds.length} orders)`, function () {
    this.timeout(300_000);
    assert.ok(reference.length < articles.length, 'the families have events of two or more');
    for (const seed of seeds) {
      const r = random(seed);
      const order = shuffled(articles, r);
      const first = Math.floor(r() * order.length * 0.5);
      const state = new EventsState();
      const held = new Held(state);
      // The first batch: each article with no actor features at first, given its actors by an `actors` op later in the
      // batch (as the host sends them once another article moves their ids), or at once.
      const late = order.slice(0, first).filter(() => r() < 0.3);
      const early = order.slice(0, first).filter((a) => !late.includes(a));
      held.apply(
        state.apply([
          { op: 'reset' },
          ...early.map((a) => ({ op: 'upsert' as const, path: a.path, fingerprint: withActors(a) })),
          ...late.map((a) => ({ op: 'upsert' as const, path: a.path, fingerprint: a.fingerprint! })),
        ]),
      );
      for (const a of late) held.apply(state.apply([{ op: 'upsert', path: a.path, fingerprint: withActors(a) }]));
      held.apply(state.apply([{ op: 'cluster' }]));
      for (const a of order.slice(first))
        held.apply(state.apply([{ op: 'upsert', path: a.path, fingerprint: withActors(a) }]));
      assert.deepEqual(partition(held.events.values()), reference, `order seed ${seed}: all added`);
      const gone = shuffled(order, r).slice(0, 5);
      for (const a of gone) held.apply(state.apply([{ op: 'remove', path: a.path }]));
      for (const a of shuffled(gone, r))
        held.apply(state.apply([{ op: 'upsert', path: a.path, fingerprint: withActors(a) }]));
      assert.deepEqual(partition(held.events.values()), reference, `order seed ${seed}: 5 removed and back`);
    }
  });

  it('EventIndex.add joins a short report to its occasion by the bridge, as cluster() does', () => {
    const visits = articles.filter((a) => a.path.startsWith('visits/'));
    const arrival = visits.find((a) => a.path === 'visits/h1-de-arrival.txt')!;
    const batch = new EventIndex();
    for (const a of visits) batch.put(a.path, withActors(a));
    batch.cluster();
    const occasion = batch.eventOf(arrival.path)!.articles;
    assert.ok(occasion.length > 1, 'the batch joins the arrival to its visit');
    // Its words alone do not: the bridge does.
    const others = occasion.filter((p) => p !== arrival.path);
    assert.ok(batch.similaritySum(arrival.path, others) / others.length < 0.115, 'below the join threshold');
    // Grown one article at a time, the arrival last: add() assigns it to the visit's event.
    const grown = new EventIndex();
    for (const a of visits) if (a !== arrival) grown.put(a.path, withActors(a));
    grown.cluster();
    grown.add(arrival.path, withActors(arrival));
    assert.deepEqual([...grown.eventOf(arrival.path)!.articles].sort(), [...occasion].sort());
  });
});
