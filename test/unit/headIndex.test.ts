import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { headIndexLookups } from '../../src/core/actors/words';
import { ORG_HEADS } from '../../src/core/resources/organizations';
import { MEDIA_HEAD_WORDS, ORG_APPOSITION_HEADS } from '../../src/core/resources/nameParts';
import { ROLE_HEADS_GERMAN } from '../../src/core/resources/roles';

/** The reference: the longest proper suffix of at least 4 units that is an inflected form of a head, by slicing. */
function reference(heads: readonly string[]): (last: string) => string | null {
  const forms = new Map<string, string>();
  for (const h of heads)
    for (const e of ['', 's', 'es', 'e', 'en', 'n', 'in', 'innen', 'n', 'ern', 'er'])
      if (!forms.has(h + e)) forms.set(h + e, h);
  return (last) => {
    for (let p = 1; last.length - p >= 4; p++) {
      const h = forms.get(last.slice(p));
      if (h) return h;
    }
    return null;
  };
}

describe('head index (the longest suffix that is a form of a head)', () => {
  const lists = [ROLE_HEADS_GERMAN, ORG_HEADS, MEDIA_HEAD_WORDS, ORG_APPOSITION_HEADS];
  const endings = ['', 's', 'es', 'e', 'en', 'n', 'in', 'innen', 'ern', 'er', 'x', 'ung'];

  it('finds the same head by the sorted reversed forms and by the trie as by slicing every suffix', () => {
    for (const heads of lists) {
      const { sorted, trie } = headIndexLookups(heads);
      const ref = reference(heads);
      fc.assert(
        fc.property(
          fc.constantFrom(...heads),
          fc.constantFrom(...heads),
          fc.constantFrom(...endings),
          fc.string({ unit: fc.constantFrom('a', 'e', 'n', 's', 'ä', 'ß', '-'), maxLength: 4 }),
          fc.nat(6),
          (a, b, e, junk, cut) => {
            for (const w of [a + b + e, junk + b + e, (b + e).slice(cut), junk + a.slice(cut) + e, junk, b + e]) {
              const want = ref(w);
              assert.equal(sorted(w), want, w);
              assert.equal(trie(w), want, w);
            }
          },
        ),
        { numRuns: 400 },
      );
    }
  });

  it('agrees on random heads and words, with characters outside Latin-1', () => {
    const unit = fc.constantFrom('a', 'b', 'e', 'n', 's', 'ä', 'Σ', '😀');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 30 }),
        (heads, words) => {
          const { sorted, trie } = headIndexLookups(heads);
          const ref = reference(heads);
          for (const w of [...words, ...heads.map((h) => `xy${h}en`), ...heads.map((h) => `q${h}`)]) {
            assert.equal(sorted(w), ref(w), w);
            assert.equal(trie(w), ref(w), w);
          }
        },
      ),
    );
  });
});
