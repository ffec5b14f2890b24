// Property: the events do not depend on the order articles arrive in. Over random orders of events-dev and
// events-dev2 together, batch grouping (put all, cluster) gives one partition, and an index grown one
// article at a time (add, as the editor's index does, with related-coverage look-ups in between that fill
// its caches) gives that same partition once it is re-clustered: nothing of its history stays behind. The
// events' labels are the same too (the title and the event's own date do not follow the order of arrival).
// (`add` alone assigns greedily to the best-fitting existing event and is not batch-exact: see events.ts.)
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { unifyActorIds } from '../../src/core/corpus/corpus';
import { buildEventIndex, EventIndex, withActorFeatures } from '../../src/core/corpus/events';
import type { ArticleAnalysis, CoverageEvent } from '../../src/core/types';
import { random, shuffled } from './random';

/** The partition of the events: sorted member lists, sorted, each with its event's label (title, date, size). */
function partition(events: CoverageEvent[]): string[] {
  return events.map((e) => `${[...e.articles].sort().join(' + ')} :: ${e.label}`).sort();
}

describe('event grouping does not depend on the order articles arrive in', () => {
  const data = resolve(__dirname, '../../../../shared/eval/data');
  const sets = ['events-dev', 'events-dev2'].map((s) => join(data, s));
  if (!sets.every((d) => existsSync(d))) {
    it('on the development sets: skipped, ../shared/eval/data is not here (CI has no ../shared)', function () {
      this.skip();
    });
    return;
  }
  let articles: ArticleAnalysis[] = [];
  let reference: string[] = [];
  before(function () {
    this.timeout(120_000);
    for (const dir of sets)
      for (const f of readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort())
        articles.push(analyzeArticle(readFileSync(join(dir, f), 'utf8'), join(dir.split('/').pop()!, f)));
    unifyActorIds(articles);
    reference = partition(buildEventIndex(articles).events());
  });
  after(() => {
    articles = [];
  });

  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  it(`batch: the same events for ${seeds.length} random orders`, function () {
    this.timeout(120_000);
    for (const seed of seeds)
      assert.deepEqual(
        partition(buildEventIndex(shuffled(articles, random(seed))).events()),
        reference,
        `order seed ${seed}`,
      );
  });

  it(`incremental: an index grown one article at a time, re-clustered, gives the batch events (${seeds.length} orders)`, function () {
    this.timeout(120_000);
    for (const seed of seeds) {
      const index = new EventIndex();
      for (const a of shuffled(articles, random(seed))) {
        const fp = withActorFeatures(
          a.fingerprint!,
          a.actors.map((x) => ({ id: x.id, name: x.name, count: x.mentions.length })),
        );
        index.add(a.path, fp);
        index.related(a.path, 3);
      }
      index.cluster();
      assert.deepEqual(partition(index.events()), reference, `order seed ${seed}`);
    }
  });
});
