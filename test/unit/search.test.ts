import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { partitionPoint } from '../../src/core/text/search';

/** The first index where pred holds, by looking at every index in turn. */
function linear(n: number, pred: (i: number) => boolean): number {
  for (let i = 0; i < n; i++) if (pred(i)) return i;
  return n;
}

describe('partitionPoint (the one binary search)', () => {
  it('finds what a linear scan finds, for every monotone predicate', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(201), (n, split) => {
        const t = Math.min(split, n);
        const calls: number[] = [];
        const pred = (i: number) => {
          calls.push(i);
          return i >= t;
        };
        assert.equal(partitionPoint(n, pred), t);
        assert.equal(
          linear(n, (i) => i >= t),
          t,
        );
        // Only indexes inside [0, n), and logarithmically many of them.
        assert.ok(calls.every((i) => Number.isInteger(i) && i >= 0 && i < n));
        assert.ok(calls.length <= Math.ceil(Math.log2(n + 1)));
      }),
    );
  });

  it('answers the sorted-array questions as a linear scan does (lower bound, upper bound, with duplicates)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }),
        fc.integer({ min: -25, max: 25 }),
        (raw, x) => {
          const xs = [...raw].sort((a, b) => a - b);
          const lower = (i: number) => xs[i]! >= x;
          const upper = (i: number) => xs[i]! > x;
          assert.equal(partitionPoint(xs.length, lower), linear(xs.length, lower));
          assert.equal(partitionPoint(xs.length, upper), linear(xs.length, upper));
        },
      ),
    );
  });

  it('gives 0 for an empty range and n when the predicate never holds', () => {
    assert.equal(
      partitionPoint(0, () => {
        throw new Error('no index to test');
      }),
      0,
    );
    assert.equal(
      partitionPoint(7, () => false),
      7,
    );
    assert.equal(
      partitionPoint(7, () => true),
      0,
    );
  });
});
