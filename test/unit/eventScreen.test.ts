// Property: cluster()'s screen (an upper bound of each candidate pair's dot product, pairs below the floor
// skipped) changes no result. On random corpora with stories (articles sharing rare names and figures), a Zipf
// background vocabulary (common words in most pairs), two languages, dates and acts, an index that screens with
// several thresholds gives the events (members, labels, reasons) and the links of one that screens nothing, and
// the screen does skip pairs.
import * as assert from 'node:assert/strict';
import { EventIndex } from '../../src/core/corpus/events';
import type { EventFingerprint } from '../../src/core/types';
import { random } from './random';

const ACTS = ['visit', 'summit', 'strike', 'election', null];

function corpus(seed: number, n: number): { path: string; fp: EventFingerprint }[] {
  const r = random(seed);
  const pick = (k: number) => Math.floor(r() * k);
  // Zipf-like: word k with weight 1/(k+1).
  const zipf = (size: number) => Math.floor(Math.exp(r() * Math.log(size + 1))) - 1;
  const stories = Array.from({ length: Math.ceil(n / 4) }, (_, s) => ({
    names: Array.from({ length: 3 + pick(4) }, () => `n:name${s}x${pick(50)}`),
    figures: Array.from({ length: 1 + pick(3) }, () => `#:${pick(400)}`),
    day: 1 + pick(27),
    month: 1 + pick(12),
    act: ACTS[pick(ACTS.length)]!,
  }));
  return Array.from({ length: n }, (_, i) => {
    const st = stories[pick(stories.length)]!;
    const terms: Record<string, number> = {};
    for (const f of [...st.names, ...st.figures]) if (r() < 0.7) terms[f] = 1 + pick(3);
    for (let k = 0; k < 30 + pick(40); k++) {
      const w = zipf(800);
      terms[`${w % 3 === 0 ? 'w' : w % 3 === 1 ? 'n' : 'c'}:word${w}`] = 1 + pick(2);
    }
    if (st.act && r() < 0.8) terms[`c:${st.act}`] = 1 + pick(3);
    const when = r() < 0.5 ? `2024-${String(st.month).padStart(2, '0')}-${String(st.day).padStart(2, '0')}` : null;
    return {
      path: `a${i}.txt`,
      fp: {
        terms,
        display: {},
        when,
        headline: `Article ${i}`,
        language: r() < 0.75 ? 'de' : 'en',
        ordinals: r() < 0.1 ? { [`c:${st.act ?? 'visit'}`]: 1 + pick(3) } : {},
        act: r() < 0.5 ? st.act : null,
        percents: [],
      },
    };
  });
}

function build(items: { path: string; fp: EventFingerprint }[], options: ConstructorParameters<typeof EventIndex>[0]) {
  const index = new EventIndex(options);
  for (const a of items) index.put(a.path, structuredClone(a.fp));
  index.cluster();
  return index;
}

describe('the event index screen changes no grouping', () => {
  for (const [seed, n, floor] of [
    [1, 400, undefined],
    [2, 600, undefined],
    [3, 500, 0.03],
    [4, 300, 0.12],
  ] as const) {
    it(`random corpus ${seed}: ${n} articles, floor ${floor ?? 'default'}`, function () {
      this.timeout(60_000);
      const items = corpus(seed, n);
      const plain = build(items, { pruneDf: 0, candidateFloor: floor });
      const want = JSON.stringify(plain.events());
      assert.equal(plain.clusterStats.pruned, 0);
      let prunedSome = false;
      for (const pruneDf of [3, 10, 40, 1000]) {
        const screened = build(items, { pruneDf, candidateFloor: floor });
        const stats = screened.clusterStats;
        assert.equal(stats.pairs, plain.clusterStats.pairs, `pruneDf ${pruneDf}: the same candidate pairs`);
        assert.equal(stats.links, plain.clusterStats.links, `pruneDf ${pruneDf}: the same links`);
        assert.equal(JSON.stringify(screened.events()), want, `pruneDf ${pruneDf}: the same events`);
        prunedSome ||= stats.pruned > 0;
      }
      assert.ok(prunedSome, 'the screen skipped pairs');
      assert.ok(plain.clusterStats.links > 0 && plain.events().some((e) => e.articles.length > 1), 'some events join');
    });
  }
});

// The entries' arrays live in shared slabs, copied into fresh ones when the bytes of removed entries exceed those
// in use (an editor's updates): an index whose articles were removed and put again many times (several repacks,
// each moving every entry's arrays) must answer as a fresh index of the same articles, in events, similarities
// and related coverage.
describe('the event index after many updates (slabs repacked)', () => {
  it('groups and answers as a fresh index of the same articles', function () {
    this.timeout(60_000);
    const items = corpus(7, 300);
    const fresh = build(items, {});
    const index = build(items, {});
    const r = random(11);
    // About 12 MB of entries removed and put back: far past the repack bound (four slabs, or the bytes in use).
    for (let round = 0; round < 40; round++)
      for (const a of items)
        if (r() < 0.5) {
          index.remove(a.path);
          index.put(a.path, structuredClone(a.fp));
        } else if (r() < 0.1) index.update(a.path, structuredClone(a.fp));
    index.cluster();
    assert.equal(JSON.stringify(index.events()), JSON.stringify(fresh.events()));
    for (const a of items.slice(0, 60)) {
      assert.deepEqual(index.related(a.path), fresh.related(a.path), a.path);
      assert.equal(index.similarity(a.path, items[0]!.path), fresh.similarity(a.path, items[0]!.path));
    }
  });
});
