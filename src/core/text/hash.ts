// The one string hash of the code base: FNV-1a over UTF-16 code units. Word tables, the event fingerprint's word
// cache, the index's shards and its unchanged-text check, and the corpus look-up's quotation keys all use it.

/**
 * FNV-1a (32-bit) over the UTF-16 code units of s[start, end), as a signed 32-bit integer (`>>> 0` for the
 * unsigned value). Allocates nothing, so a hash table can look up a slice of a text without cutting it out.
 */
export function fnv1a(s: string, start = 0, end = s.length): number {
  // 0x811c9dc5 is the FNV offset basis, 16777619 (0x01000193) the FNV prime; literals, as in the loops this replaced.
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/**
 * A 52-bit hash of s (an exact integer in a double): FNV-1a in the high 32 bits, and the low 20 bits from a second
 * lane of the same shape with another start and multiplier, so that two strings colliding in one lane rarely
 * collide in the other.
 */
export function fnv1a52(s: string): number {
  let a = 0x811c9dc5,
    b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}
