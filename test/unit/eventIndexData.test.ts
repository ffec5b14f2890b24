// The event index's compact data against simple reference implementations on random input: the shown form of a
// feature read in place from the fingerprint's packed `shown` (EventIndex.shownAt, what reasons show) equals the
// form the whole string split and resolved gives (EventIndex.shownOf), for stored forms, back-references, empty
// (derived) forms, fewer or more forms than keys, and added terms with their own forms; and the IDF kept by kind and
// document frequency (EventIndex.idf) is rarity() of the feature at the current corpus after any puts and removes.
import * as assert from 'node:assert/strict';
import { EventIndex } from '../../src/core/corpus/events';
import { rarity } from '../../src/core/corpus/eventSimilarity';
import { SAME_AS_BEFORE, SHOWN_SEP } from '../../src/core/corpus/fingerprint';
import type { EventFingerprint } from '../../src/core/types';
import { random } from './random';

/** The index's private parts this test reads (the entry, the reference and the packed reading). */
interface Internals {
  docs: Map<string, { pos: ArrayLike<number>; nBase: number; extraShown: string[] | null }>;
  shownOf(e: unknown): string[];
  indexShown(e: unknown): void;
  shownAt(e: unknown, p: number): string | undefined;
  idf(fid: number): number;
  fKey: string[];
  fDf: Int32Array;
  fKind: Uint8Array;
  kinds: { prior: number[] };
}

function fingerprint(r: () => number, i: number): EventFingerprint {
  const pick = (k: number) => Math.floor(r() * k);
  const nKeys = pick(12);
  const keys = Array.from({ length: nKeys }, (_, k) => `${['n', 'w', 'q', '#'][pick(4)]}:k${i}x${k}`);
  // Up to two forms more or fewer than keys; a back-reference anywhere, also first and in a row.
  const forms = Array.from({ length: Math.max(0, nKeys + pick(5) - 2) }, () => {
    const x = r();
    return x < 0.3 ? SAME_AS_BEFORE : x < 0.5 ? '' : `Form ${pick(100)}`;
  });
  const fp: EventFingerprint = {
    keys,
    when: null,
    headline: `h${i}`,
    language: 'de',
    ordinals: {},
    act: null,
    percents: [],
  };
  if (forms.length || r() < 0.5) fp.shown = forms.join(SHOWN_SEP);
  if (r() < 0.5) {
    fp.terms = {};
    fp.display = {};
    for (let t = pick(4); t >= 0; t--) {
      const key = `a:${i}x${t}`;
      fp.terms[key] = 1 + pick(3);
      if (r() < 0.7) fp.display[key] = `Actor ${pick(50)}`;
    }
  }
  return fp;
}

describe('event index data', () => {
  it('reads each shown form in place as the split and resolved string gives it (random fingerprints)', () => {
    const r = random(20261207);
    const index = new EventIndex();
    for (let i = 0; i < 400; i++) index.put(`p${i}`, fingerprint(r, i));
    const x = index as unknown as Internals;
    let stored = 0,
      checked = 0;
    for (const e of x.docs.values()) {
      const reference = x.shownOf(e);
      x.indexShown(e);
      const places = e.nBase + (e.extraShown?.length ?? 0);
      for (let p = 0; p < places + 3; p++) {
        assert.equal(x.shownAt(e, p), reference[p], `place ${p}`);
        checked++;
        if (reference[p]) stored++;
      }
      // Lead twins have no place (NO_POS).
      assert.equal(x.shownAt(e, 0xffff), reference[0xffff]);
    }
    assert.ok(stored > 500 && checked > 3000, `${stored} stored forms of ${checked}`);
  });

  it('keeps the IDF by kind and document frequency as rarity() gives it, after puts and removes', () => {
    const r = random(7);
    const index = new EventIndex();
    const x = index as unknown as Internals;
    const check = () => {
      for (let fid = 0; fid < x.fKey.length; fid++)
        assert.equal(x.idf(fid), rarity(index.size, x.fDf[fid]!, x.kinds.prior[x.fKind[fid]!]!), `feature ${fid}`);
    };
    for (let i = 0; i < 300; i++) {
      const fp = fingerprint(r, i % 40);
      // One word in most articles: document frequencies past the kept ones.
      if (i % 3) fp.keys = [...fp.keys!, 'w:everywhere'];
      index.put(`p${i}`, fp);
      if (i % 7 === 0) index.remove(`p${Math.floor(r() * i)}`);
      if (i % 50 === 0) check();
    }
    check();
    assert.ok(x.fDf[x.fKey.indexOf('w:everywhere')]! >= 128);
  });
});
