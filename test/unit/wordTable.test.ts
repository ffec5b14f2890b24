import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { IntSet, WordTable } from '../../src/core/resources/wordTable';

/** Front coding as resources/generate.mjs writes it. */
function frontCode(words: readonly string[]): string {
  let prev = '';
  return words
    .map((x) => {
      let i = 0;
      while (i < prev.length && i < x.length && i < 40 && prev[i] === x[i]) i++;
      prev = x;
      return String.fromCharCode(48 + i) + x.slice(i);
    })
    .join('\n');
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'Z', 'İ', 'Σ', '😀'), maxLength: 6 });

describe('WordTable (the compact word lists)', () => {
  it('has exactly the members of new Set(text.split(sep)), empty segments included, in first-occurrence order', () => {
    fc.assert(
      // Sorted lists (the generated ones) are looked up by binary search, others through a hash table.
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(word, { maxLength: 10 }),
        fc.boolean(),
        (w, probes, sort) => {
          const words = sort ? [...new Set(w.flatMap((x) => x.split(' ')))].sort() : w;
          const text = words.join(' ');
          const set = new Set(text.split(' '));
          const table = WordTable.split(text, ' ');
          assert.deepEqual([...table], [...set]);
          assert.equal(table.size, set.size);
          for (const p of [...probes, ...words, '']) assert.equal(table.has(p), set.has(p), p);
        },
      ),
    );
  });

  it('reads a front-coded list as the words it codes', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const sorted = [...new Set(words.filter((w) => !w.includes('\n')))].sort();
        const table = WordTable.frontCoded(frontCode(sorted));
        assert.deepEqual([...table], sorted);
        for (const w of [...words, '']) assert.equal(table.has(w), sorted.includes(w));
      }),
    );
  });

  it('reads a front-coded list in any order, repeated words included, as the set of its words', () => {
    // Sorted lists are looked up by binary search, others through a hash table: the same members either way.
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.boolean(), (words, sort) => {
        const list = words.filter((w) => !w.includes('\n'));
        if (sort) list.sort();
        const table = WordTable.frontCoded(frontCode(list));
        assert.deepEqual([...table], [...new Set(list)]);
        for (const w of [...words, '', ...list.map((x) => `${x}x`)]) assert.equal(table.has(w), list.includes(w));
      }),
    );
  });

  it('answers the same after a sorted list switches from binary search to its hash table', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${(i * 7919) % 1000}`);
    const sorted = [...new Set(words)].sort();
    const probes = [...sorted, ...sorted.map((w) => `${w}x`), '', 'w', 'zz'];
    for (const table of [WordTable.split(sorted.join(' '), ' '), WordTable.frontCoded(frontCode(sorted))]) {
      const before = probes.map((p) => table.has(p));
      const slots = (): number => (table as unknown as { slots: Int32Array }).slots.length;
      assert.equal(slots(), 0, 'no hash table at first');
      for (let i = 0; i < 50_100; i++) table.has(probes[i % probes.length]!);
      assert.ok(slots() > 0, 'a hash table once looked up often');
      assert.deepEqual(
        probes.map((p) => table.has(p)),
        before,
      );
      assert.deepEqual(
        before,
        probes.map((p) => sorted.includes(p)),
      );
      assert.deepEqual([...table], sorted);
    }
  });

  it('joins several lists as one set', () => {
    const table = WordTable.splitAll(['Anna Ben', 'Ben Cem', 'Dora'], ' ');
    assert.deepEqual([...table], ['Anna', 'Ben', 'Cem', 'Dora']);
    assert.ok(table.has('Cem') && !table.has('Anna Ben') && !table.has(''));
  });
});

describe('IntSet', () => {
  it('has exactly the members of a Set of the same numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (values, probes) => {
        const set = new Set(values);
        const ints = new IntSet(values);
        assert.equal(ints.size, set.size);
        assert.deepEqual([...ints], [...set]);
        for (const p of [...values, ...probes, 0, 0.5, 2 ** 40]) assert.equal(ints.has(p), set.has(p), String(p));
      }),
    );
  });
});
