import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a, fnv1a52 } from '../../src/core/text/hash';

describe('fnv1a (the one string hash)', () => {
  it('gives the published FNV-1a 32-bit values on ASCII (one code unit per byte)', () => {
    // Test vectors of the FNV reference (Noll, fnv/test_fnv.c, FNV1a_32).
    assert.equal(fnv1a('') >>> 0, 0x811c9dc5);
    assert.equal(fnv1a('a') >>> 0, 0xe40c292c);
    assert.equal(fnv1a('foobar') >>> 0, 0xbf9cf968);
    assert.equal(fnv1a('chongo was here!\n') >>> 0, 0xd49930d5);
  });

  it('hashes UTF-16 code units, not UTF-8 bytes', () => {
    // ((0x811c9dc5 ^ 0xe4) * 16777619 ^ 0x20ac) * 16777619, mod 2^32.
    assert.equal(fnv1a('ä€') >>> 0, 0x2411a38d);
  });

  it('is a signed 32-bit integer', () => {
    assert.equal(fnv1a('foobar'), 0xbf9cf968 | 0);
  });

  it('hashes s[start, end) exactly as the cut-out slice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(), fc.nat(), (s, x, y) => {
        const a = x % (s.length + 1);
        const b = y % (s.length + 1);
        const [start, end] = a <= b ? [a, b] : [b, a];
        assert.equal(fnv1a(s, start, end), fnv1a(s.slice(start, end)));
        assert.equal(fnv1a(s, start), fnv1a(s.slice(start)));
      }),
    );
  });
});

describe('fnv1a52 (the two-lane 52-bit variant)', () => {
  it('holds fnv1a in its high 32 bits and is an exact integer below 2^52', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const h = fnv1a52(s);
        assert.ok(Number.isSafeInteger(h) && h >= 0 && h < 2 ** 52);
        assert.equal(Math.floor(h / 0x100000), fnv1a(s) >>> 0);
      }),
    );
  });

  it('keeps its values (the corpus look-up indexes quotations by them)', () => {
    assert.equal(fnv1a52(''), 0x811c9dc5 * 0x100000 + (0x01000193 & 0xfffff));
    assert.equal(fnv1a52('der kanzler sagte'), 2453359979743805);
  });
});
