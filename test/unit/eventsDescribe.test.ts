// The events worker's large groupings (a first indexing) send the events with their members and labels first and
// their reasons in the next job (a `describe` op, which the host sends at once): the look-up has the grouping
// sooner, and once described every event is what describing it at once gives. On the fixture families (in the
// repository: the test runs in CI).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { unifyActorIds } from '../../src/core/corpus/corpus';
import { withActorFeatures } from '../../src/core/corpus/events';
import type { CoverageEvent } from '../../src/core/types';
import { EventsState } from '../../src/vscode/indexJobs';
import type { EventsOp } from '../../src/vscode/indexProtocol';
import { FIXTURES, Held } from './eventFixtures';

describe('the events worker describes a large grouping in a job of its own', () => {
  let ops: EventsOp[] = [];
  before(function () {
    this.timeout(120_000);
    const articles = [];
    for (const fam of readdirSync(FIXTURES).sort())
      for (const f of readdirSync(join(FIXTURES, fam))
        .filter((f) => f.endsWith('.txt'))
        .sort())
        articles.push(analyzeArticle(readFileSync(join(FIXTURES, fam, f), 'utf8'), `${fam}/${f}`));
    unifyActorIds(articles);
    ops = articles.map((a) => ({
      op: 'upsert' as const,
      path: a.path,
      fingerprint: withActorFeatures(
        a.fingerprint!,
        a.actors.map((x) => ({ id: x.id, name: x.name, count: x.mentions.length })),
      ),
    }));
  });
  after(() => {
    ops = [];
  });

  const byId = (events: Iterable<CoverageEvent>) =>
    [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  it('groups and labels first, reasons next; then each event as described at once', function () {
    this.timeout(120_000);
    // At once: a `describe` in the cluster's own job describes every event in its delta (as before).
    const eager = new EventsState();
    eager.apply([{ op: 'reset' }, ...ops]);
    const all = eager.apply([{ op: 'cluster' }, { op: 'describe' }]);
    assert.equal(all.undescribed, undefined);
    assert.ok(all.changed.length > 64, `the families make many events (${all.changed.length})`);
    assert.ok(all.changed.every((e) => e.reasons !== undefined));

    const lazy = new EventsState();
    lazy.apply([{ op: 'reset' }, ...ops]);
    const grouped = lazy.apply([{ op: 'cluster' }]);
    // The grouping with its labels, no reasons yet.
    assert.equal(grouped.undescribed, grouped.changed.length);
    assert.ok(grouped.changed.every((e) => e.reasons === undefined));
    assert.deepEqual(
      byId(grouped.changed).map((e) => [e.id, e.label, e.articles]),
      byId(all.changed).map((e) => [e.id, e.label, e.articles]),
    );
    const described = lazy.apply([{ op: 'describe' }]);
    assert.equal(described.described, true);
    assert.equal(described.undescribed, undefined);
    assert.deepEqual(described.removed, []);
    assert.deepEqual(byId(described.changed), byId(all.changed));
    // Nothing left to describe: a second `describe` sends nothing.
    assert.deepEqual(lazy.apply([{ op: 'describe' }]).changed, []);
  });

  it('a change before the reasons come: the grouping and labels of the eager path, every event described', function () {
    this.timeout(120_000);
    const gone = (ops[0] as { path: string }).path;
    // Described at once, then the article goes (the events it changed described with the change).
    const eager = new EventsState();
    const eagerHeld = new Held();
    eagerHeld.apply(eager.apply([{ op: 'reset' }, ...ops]));
    eagerHeld.apply(eager.apply([{ op: 'cluster' }, { op: 'describe' }]));
    eagerHeld.apply(eager.apply([{ op: 'remove', path: gone }]));

    const state = new EventsState();
    const held = new Held();
    held.apply(state.apply([{ op: 'reset' }, ...ops]));
    held.apply(state.apply([{ op: 'cluster' }]));
    // The article goes before the host's `describe` comes (a small change: its events described at once).
    const d = state.apply([{ op: 'remove', path: gone }]);
    held.apply(d);
    assert.ok(d.undescribed !== undefined && d.undescribed > 0, 'the first grouping still waits for its reasons');
    for (const e of d.changed) assert.deepEqual(e, eagerHeld.events.get(e.id));
    held.apply(state.apply([{ op: 'describe' }]));
    assert.ok([...held.events.values()].every((e) => e.reasons !== undefined));
    assert.deepEqual(
      byId(held.events.values()).map((e) => [e.id, e.label, e.articles]),
      byId(eagerHeld.events.values()).map((e) => [e.id, e.label, e.articles]),
    );
  });
});
