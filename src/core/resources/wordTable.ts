// A read-only set of words kept compactly: every word's characters in one flat string, its start in an Int32Array
// and an open-addressing hash table of word numbers, instead of a JS Set of ~140k separate strings. Building
// one is a single pass over the list's text that allocates no string per word (no garbage to collect), so the
// big word lists load in milliseconds, and they take a few bytes per character instead of an object per word.
// Membership is exactly that of `new Set(text.split(sep))` (empty segments included); iteration yields the
// distinct words in first-occurrence order, as that Set's would. Immutable after construction.

import { fnv1a } from '../text/hash';
import { partitionPoint } from '../text/search';

/** Compares a[as, ae) with b[bs, be) by code units: negative, zero or positive. */
function compareRanges(a: Uint16Array, as: number, ae: number, b: Uint16Array, bs: number, be: number): number {
  const len = Math.min(ae - as, be - bs);
  for (let j = 0; j < len; j++) {
    const d = a[as + j]! - b[bs + j]!;
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

/**
 * An ascending table answers this many look-ups by binary search, then builds its hash table: a short run (one
 * article in a fresh process) never pays for the table, a long one (a corpus, an index) looks words up in O(1).
 */
const SEARCHES_BEFORE_HASHING = 50_000;

/** Compares s[as, ae) with s[bs, be) by code units: negative, zero or positive. */
function compareStringRanges(s: string, as: number, ae: number, bs: number, be: number): number {
  const len = Math.min(ae - as, be - bs);
  for (let j = 0; j < len; j++) {
    const d = s.charCodeAt(as + j) - s.charCodeAt(bs + j);
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

export class WordTable implements ReadonlySet<string> {
  /** The words' characters, one after another (separators kept where the source text had them). */
  private readonly chars: string;
  /** Start and end (exclusive) of the i-th distinct word in `chars`. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private hashes: Int32Array;
  /** Slot → distinct word number + 1 (0: empty); its length is a power of two, at least twice the words. */
  private slots: Int32Array;
  readonly size: number;
  /** Look-ups left before an ascending table builds its hash table (binary search until then). */
  private searchesLeft = SEARCHES_BEFORE_HASHING;

  /** The words of `text` separated by the one-character `sep` (as `text.split(sep)`). */
  static split(text: string, sep: string): WordTable {
    let n = 1;
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) n++;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let k = 0;
    let s = 0;
    // The separators found again by indexOf (native), not character by character.
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) {
      starts[k] = s;
      ends[k++] = i;
      s = i + 1;
    }
    starts[k] = s;
    ends[k] = text.length;
    // Ascending words (the generated lists are sorted): binary search, no hash table (see the constructor).
    let ascending = true;
    for (let j = 1; j < n && ascending; j++)
      ascending = compareStringRanges(text, starts[j - 1]!, ends[j - 1]!, starts[j]!, ends[j]!) < 0;
    return new WordTable(text, starts, ends, ascending);
  }

  /** The words of several texts, each split by `sep`, as one set (as `new Set([...a.split(sep), ...b.split(sep)])`). */
  static splitAll(texts: readonly string[], sep: string): WordTable {
    return WordTable.split(texts.join(sep), sep);
  }

  /**
   * A front-coded list (see resources/generate.mjs): lines separated by "\n", each one character (code 48 + the
   * length of the prefix shared with the previous word) and the rest of the word. Decoded into one buffer.
   */
  static frontCoded(coded: string): WordTable {
    const n = coded.length;
    let lines = 0;
    let total = 0;
    let prevLen = 0;
    for (let i = 0; i < n;) {
      let j = coded.indexOf('\n', i);
      if (j < 0) j = n;
      const len = Math.min(coded.charCodeAt(i) - 48, prevLen) + (j - i - 1);
      total += len;
      prevLen = len;
      lines++;
      i = j + 1;
    }
    const buf = new Uint16Array(total);
    const starts = new Int32Array(lines);
    const ends = new Int32Array(lines);
    let at = 0;
    let prev = 0;
    prevLen = 0;
    let k = 0;
    let i = 0;
    // Whether every word is greater than the one before (by UTF-16 code units, as Array.prototype.sort orders
    // strings; the generator sorts so): then the words are distinct and found by binary search, no hash table.
    let ascending = true;
    while (i < n) {
      const keep = Math.min(coded.charCodeAt(i) - 48, prevLen);
      const start = at;
      for (let c = 0; c < keep; c++) buf[at++] = buf[prev + c]!;
      let c = coded.charCodeAt(++i);
      while (c !== 10 && i < n) {
        buf[at++] = c;
        c = coded.charCodeAt(++i);
      }
      // The first `keep` units are the previous word's: the order is decided at `keep` (one comparison when the
      // words differ there, as they do when the shared prefix is the longest), else from there on.
      if (k > 0 && ascending) {
        const a = keep < prevLen ? buf[prev + keep]! : -1;
        const b = start + keep < at ? buf[start + keep]! : -1;
        ascending = a !== b ? a < b : compareRanges(buf, prev + keep, prev + prevLen, buf, start + keep, at) < 0;
      }
      starts[k] = start;
      ends[k++] = at;
      prev = start;
      prevLen = at - start;
      i++;
    }
    const chars = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf16le');
    return new WordTable(chars, starts, ends, ascending);
  }

  /**
   * `starts` and `ends` are the constructor's own: the distinct words are compacted into them in place.
   * `ascending`: each word is greater than the one before (so all distinct): kept as they are, looked up by
   * binary search, without a hash table (building one for the 140k noun forms was a tenth of a cold start).
   */
  private constructor(chars: string, starts: Int32Array, ends: Int32Array, ascending = false) {
    this.chars = chars;
    const n = starts.length;
    if (ascending) {
      this.starts = starts;
      this.ends = ends;
      this.hashes = new Int32Array(0);
      this.slots = new Int32Array(0);
      this.size = n;
      return;
    }
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const hashes = new Int32Array(n);
    const mask = cap - 1;
    let size = 0;
    for (let i = 0; i < n; i++) {
      // Read before the compaction below writes at `size` (≤ i).
      const s = starts[i]!;
      const e = ends[i]!;
      const h = fnv1a(chars, s, e);
      let slot = h & mask;
      let dup = false;
      for (let w = slots[slot]!; w !== 0; slot = (slot + 1) & mask, w = slots[slot]!) {
        if (hashes[w - 1] === h && this.equalRange(starts[w - 1]!, ends[w - 1]!, chars, s, e)) {
          dup = true;
          break;
        }
      }
      if (dup) continue;
      hashes[size] = h;
      starts[size] = s;
      ends[size] = e;
      slots[slot] = ++size;
    }
    // A list without repeated words (the generated ones) keeps its arrays as they are.
    const whole = size === n;
    this.starts = whole ? starts : starts.slice(0, size);
    this.ends = whole ? ends : ends.slice(0, size);
    this.hashes = whole ? hashes : hashes.slice(0, size);
    this.slots = slots;
    this.size = size;
  }

  private equalRange(s: number, e: number, other: string, os: number, oe: number): boolean {
    if (e - s !== oe - os) return false;
    const c = this.chars;
    for (let i = 0; i < e - s; i++) if (c.charCodeAt(s + i) !== other.charCodeAt(os + i)) return false;
    return true;
  }

  has(word: string): boolean {
    if (this.slots.length === 0) {
      if (--this.searchesLeft >= 0) return this.sortedHas(word);
      this.buildHashTable();
    }
    const h = fnv1a(word);
    const mask = this.slots.length - 1;
    const slots = this.slots;
    for (let slot = h & mask, w = slots[slot]!; w !== 0; slot = (slot + 1) & mask, w = slots[slot]!) {
      if (this.hashes[w - 1] === h && this.equalRange(this.starts[w - 1]!, this.ends[w - 1]!, word, 0, word.length))
        return true;
    }
    return false;
  }

  /** The hash table of an ascending table, once it is looked up often (the words are distinct). */
  private buildHashTable(): void {
    const { chars, starts, ends, size } = this;
    let cap = 16;
    while (cap < size * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const hashes = new Int32Array(size);
    const mask = cap - 1;
    for (let i = 0; i < size; i++) {
      const h = fnv1a(chars, starts[i]!, ends[i]!);
      hashes[i] = h;
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.hashes = hashes;
    this.slots = slots;
  }

  /** Binary search over words in ascending order. */
  private sortedHas(word: string): boolean {
    const { chars, starts, ends } = this;
    // Compares the i-th word, chars[s, e), with word: negative, zero or positive.
    const compare = (i: number): number => {
      const s = starts[i]!;
      const e = ends[i]!;
      const len = Math.min(e - s, word.length);
      let d = 0;
      for (let j = 0; j < len && d === 0; j++) d = chars.charCodeAt(s + j) - word.charCodeAt(j);
      return d === 0 ? e - s - word.length : d;
    };
    const i = partitionPoint(this.size, (k) => compare(k) >= 0);
    return i < this.size && compare(i) === 0;
  }

  /** The i-th distinct word (0 ≤ i < size), in first-occurrence order. */
  word(i: number): string {
    return this.chars.slice(this.starts[i]!, this.ends[i]!);
  }

  /** Calls `f(chars, start, end)` for each distinct word, without building its string. */
  forEachRange(f: (chars: string, start: number, end: number) => void): void {
    for (let i = 0; i < this.size; i++) f(this.chars, this.starts[i]!, this.ends[i]!);
  }

  *values(): SetIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.word(i);
  }
  keys(): SetIterator<string> {
    return this.values();
  }
  *entries(): SetIterator<[string, string]> {
    for (const w of this.values()) yield [w, w];
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
  forEach(f: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.values()) f.call(thisArg, w, w, this);
  }
}

/** A read-only set of 32-bit integers in one open-addressing Int32Array (for ~140k hashes: no Set to grow). */
export class IntSet implements ReadonlySet<number> {
  private readonly slots: Int32Array;
  private readonly values_: Int32Array;
  private hasZero = false;
  readonly size: number;

  constructor(values: Int32Array | readonly number[]) {
    let cap = 16;
    while (cap < values.length * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const kept = new Int32Array(values.length);
    const mask = cap - 1;
    let size = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]! | 0;
      if (v === 0) {
        if (!this.hasZero) kept[size++] = 0;
        this.hasZero = true;
        continue;
      }
      let slot = Math.imul(v, 0x9e3779b1) >>> 0;
      slot &= mask;
      let w = slots[slot]!;
      while (w !== 0 && w !== v) {
        slot = (slot + 1) & mask;
        w = slots[slot]!;
      }
      if (w === 0) {
        slots[slot] = v;
        kept[size++] = v;
      }
    }
    this.slots = slots;
    this.values_ = kept.slice(0, size);
    this.size = size;
  }

  has(value: number): boolean {
    const v = value | 0;
    if (v !== value) return false;
    if (v === 0) return this.hasZero;
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = (Math.imul(v, 0x9e3779b1) >>> 0) & mask;
    for (let w = slots[slot]!; w !== 0; slot = (slot + 1) & mask, w = slots[slot]!) if (w === v) return true;
    return false;
  }

  *values(): SetIterator<number> {
    for (let i = 0; i < this.size; i++) yield this.values_[i]!;
  }
  keys(): SetIterator<number> {
    return this.values();
  }
  *entries(): SetIterator<[number, number]> {
    for (const v of this.values()) yield [v, v];
  }
  [Symbol.iterator](): SetIterator<number> {
    return this.values();
  }
  forEach(f: (value: number, key: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const v of this.values()) f.call(thisArg, v, v, this);
  }
}
