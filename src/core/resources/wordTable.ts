// A read-only set of words kept compactly: every word's characters in one flat array of code units (a view of the
// bundle's lists file as it was read, or a copy of a string: see Units), its start in an Int32Array and an
// open-addressing hash table of word numbers, instead of a JS Set of ~140k separate strings. Building one is a
// single pass over the list's text that allocates no string per word (no garbage to collect), so the big word
// lists load in milliseconds, and they take a byte or two per character instead of an object per word.
// Membership is exactly that of `new Set(text.split(sep))` (empty segments included); iteration yields the
// distinct words in first-occurrence order, as that Set's would. Immutable after construction (a front-coded
// list in blocks is decoded on demand, which changes speed, never answers).

import { fnv1a } from '../text/hash';
import { partitionPoint } from '../text/search';

/**
 * A list's text as UTF-16 code units: one byte per character for a text without characters above U+00FF, else two.
 * The bundles' big lists arrive so, as views of dist/lists.bin (listFile.ts); a string is copied into one once.
 */
export type Units = Uint8Array | Uint16Array;

/** The code units of `text` (a string is copied, one byte per character where it can be; units are kept as they are). */
export function unitsOf(text: string | Units): Units {
  if (typeof text !== 'string') return text;
  const n = text.length;
  let wide = false;
  for (let i = 0; i < n && !wide; i++) wide = text.charCodeAt(i) > 0xff;
  const out = wide ? new Uint16Array(n) : new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** The string of u[start, end) (a word: short). */
function stringOf(u: Units, start: number, end: number): string {
  let s = '';
  // In chunks: String.fromCharCode takes its units as arguments, which are bounded.
  for (let i = start; i < end; i += 4096)
    s += String.fromCharCode.apply(null, u.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  return s;
}

/** FNV-1a of u[start, end), equal to text/hash.ts fnv1a of the same characters as a string. */
function fnv1aUnits(u: Units, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ u[i]!, 16777619);
  return h;
}

/** Compares a[as, ae) with b[bs, be) by code units: negative, zero or positive. */
function compareRanges(a: Units, as: number, ae: number, b: Units, bs: number, be: number): number {
  const len = Math.min(ae - as, be - bs);
  for (let j = 0; j < len; j++) {
    const d = a[as + j]! - b[bs + j]!;
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

/**
 * An ascending table answers at most this many look-ups by binary search, then builds its hash table: a short run
 * (one article in a fresh process) never pays for the table, a long one (a corpus, an index) looks words up in O(1).
 */
const SEARCHES_BEFORE_HASHING = 50_000;

/**
 * Binary searches an ascending table of n words answers before it builds its hash table, at most
 * SEARCHES_BEFORE_HASHING: about what building costs (hashing a word and placing it, n times, against some fifteen
 * comparisons per search), so that a search-heavy run stops bisecting early and a short one still never builds.
 * (A table of towns kept bisecting through 40,000 look-ups before: 2 % of the analysis of unseen text.)
 */
function searchesBeforeHashing(n: number): number {
  return Math.min(SEARCHES_BEFORE_HASHING, n >> 2);
}

/**
 * A front-coded list in blocks answers this many look-ups block by block (a microsecond or two each), then is
 * decoded (tens of milliseconds for the 140k noun forms): a fresh process analysing a few articles looks up about
 * a thousand nouns and never decodes them.
 */
const BLOCK_SEARCHES_BEFORE_DECODING = 10_000;

/** The first line separator ("\n", or "\t" before a block of a front-coded list) at or after i, else s.length. */
function lineEnd(s: Units, i: number): number {
  const n = s.length;
  for (; i < n; i++) {
    const c = s[i]!;
    if (c === 10 || c === 9) return i;
  }
  return n;
}

/** Compares s[as, ae) with the whole of w by code units: negative, zero or positive. */
function compareWithRange(s: Units, as: number, ae: number, w: string): number {
  const len = Math.min(ae - as, w.length);
  for (let j = 0; j < len; j++) {
    const d = s[as + j]! - w.charCodeAt(j);
    if (d !== 0) return d;
  }
  return ae - as - w.length;
}

/** Compares the line of s that starts at i (up to "\n", "\t" or the end) with the whole of w: sign only. */
function compareLine(s: Units, i: number, w: string): number {
  const n = s.length;
  for (let j = 0; ; j++, i++) {
    const c = i < n ? s[i]! : 10;
    const end = c === 10 || c === 9;
    if (j === w.length) return end ? 0 : 1;
    if (end) return -1;
    const d = c - w.charCodeAt(j);
    if (d !== 0) return d;
  }
}

const NO_INTS = new Int32Array(0);
const NO_UNITS = new Uint8Array(0);
/** WordTable.blockHas's buffer for the word it decodes (grown when a word is longer). */
let scratch = new Uint16Array(64);

export class WordTable implements ReadonlySet<string> {
  /** The words' characters, one after another (separators kept where the source text had them). */
  private chars: Units;
  /** Start and end (exclusive) of the i-th distinct word in `chars`. */
  private starts: Int32Array;
  private ends: Int32Array;
  /**
   * Two numbers a slot: the distinct word number + 1 (0: empty), then that word's hash, side by side so that a
   * probe reads one place in memory (a miss, the usual answer on unseen text, reads nothing else); the number of
   * slots is a power of two, at least twice the words.
   */
  private slots: Int32Array;
  private count: number;
  /**
   * Look-ups left before an ascending table builds its hash table (binary search until then); a table not decoded
   * yet counts its block or text searches here too (SEARCHES_BEFORE_HASHING - BLOCK_SEARCHES_BEFORE_DECODING).
   */
  private searchesLeft = SEARCHES_BEFORE_HASHING;
  /** A front-coded list in blocks, not decoded yet (see frontCoded); null once decoded. */
  private coded: Units | null = null;
  /** A sorted list not indexed yet (see sorted) and its separator's code; null once indexed. */
  private sortedText: Units | null = null;
  private sep = 0;
  /** Where each block of `coded` starts (the prefix character of its first line), once looked up in. */
  private blocks: Int32Array | null = null;

  /** The words of `text` separated by the one-character `sep` (as `text.split(sep)`). */
  static split(text: string | Units, sep: string): WordTable {
    return WordTable.splitUnits(unitsOf(text), sep.charCodeAt(0));
  }

  private static splitUnits(text: Units, sep: number): WordTable {
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
      ascending = compareRanges(text, starts[j - 1]!, ends[j - 1]!, text, starts[j]!, ends[j]!) < 0;
    return new WordTable(text, starts, ends, ascending);
  }

  /**
   * The words of `text` separated by the one-character `sep`, which the caller guarantees ascending (by code
   * units), distinct and not empty, as the generated lists are (a test checks each one passed here). Looked up by
   * bisecting the text itself with native indexOf/lastIndexOf, no index built, until it is looked up
   * BLOCK_SEARCHES_BEFORE_DECODING times or iterated; then indexed as split() does.
   */
  static sorted(text: string | Units, sep: string): WordTable {
    const table = new WordTable(NO_UNITS, NO_INTS, NO_INTS, true);
    table.sortedText = unitsOf(text);
    table.sep = sep.charCodeAt(0);
    table.searchesLeft = SEARCHES_BEFORE_HASHING;
    return table;
  }

  /** The words of several texts, each split by `sep`, as one set (as `new Set([...a.split(sep), ...b.split(sep)])`). */
  static splitAll(texts: readonly string[], sep: string): WordTable {
    return WordTable.split(texts.join(sep), sep);
  }

  /**
   * A front-coded list (see resources/generate.mjs): lines separated by "\n", each one character (code 48 + the
   * length of the prefix shared with the previous word) and the rest of the word. A list in blocks (a "\t"
   * instead of the "\n" before each block's first line, which shares no prefix) must be ascending, as the
   * generator writes it: it is searched block by block without decoding (a fresh process that looks up a few
   * thousand words pays nothing to load 140k), and decoded into one buffer once it is iterated or looked up
   * BLOCK_SEARCHES_BEFORE_DECODING times. A list without blocks is decoded at once.
   */
  static frontCoded(text: string | Units): WordTable {
    const coded = unitsOf(text);
    if (coded.indexOf(9) < 0) return WordTable.decodeFrontCoded(coded);
    const table = new WordTable(NO_UNITS, NO_INTS, NO_INTS, true);
    table.coded = coded;
    table.searchesLeft = SEARCHES_BEFORE_HASHING;
    return table;
  }

  private static decodeFrontCoded(coded: Units): WordTable {
    const n = coded.length;
    let lines = 0;
    let total = 0;
    let prevLen = 0;
    for (let i = 0; i < n;) {
      const j = lineEnd(coded, i + 1);
      const len = Math.min(coded[i]! - 48, prevLen) + (j - i - 1);
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
      const keep = Math.min(coded[i]! - 48, prevLen);
      const start = at;
      for (let c = 0; c < keep; c++) buf[at++] = buf[prev + c]!;
      let c = ++i < n ? coded[i]! : 10;
      while (c !== 10 && c !== 9) {
        buf[at++] = c;
        c = ++i < n ? coded[i]! : 10;
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
    return new WordTable(buf, starts, ends, ascending);
  }

  /**
   * `starts` and `ends` are the constructor's own: the distinct words are compacted into them in place.
   * `ascending`: each word is greater than the one before (so all distinct): kept as they are, looked up by
   * binary search, without a hash table (building one for the 140k noun forms was a tenth of a cold start).
   */
  private constructor(chars: Units, starts: Int32Array, ends: Int32Array, ascending = false) {
    this.chars = chars;
    const n = starts.length;
    if (ascending) {
      this.starts = starts;
      this.ends = ends;
      this.slots = new Int32Array(0);
      this.count = n;
      this.searchesLeft = searchesBeforeHashing(n);
      return;
    }
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    const slots = new Int32Array(cap * 2);
    const mask = cap - 1;
    let size = 0;
    for (let i = 0; i < n; i++) {
      // Read before the compaction below writes at `size` (≤ i).
      const s = starts[i]!;
      const e = ends[i]!;
      const h = fnv1aUnits(chars, s, e);
      let slot = h & mask;
      let dup = false;
      for (let w = slots[2 * slot]!; w !== 0; slot = (slot + 1) & mask, w = slots[2 * slot]!) {
        if (slots[2 * slot + 1] === h && compareRanges(chars, starts[w - 1]!, ends[w - 1]!, chars, s, e) === 0) {
          dup = true;
          break;
        }
      }
      if (dup) continue;
      starts[size] = s;
      ends[size] = e;
      slots[2 * slot] = ++size;
      slots[2 * slot + 1] = h;
    }
    // A list without repeated words (the generated ones) keeps its arrays as they are.
    const whole = size === n;
    this.starts = whole ? starts : starts.slice(0, size);
    this.ends = whole ? ends : ends.slice(0, size);
    this.slots = slots;
    this.count = size;
  }

  get size(): number {
    this.decode();
    return this.count;
  }

  /** Decodes a front-coded list in blocks (see frontCoded) or indexes a sorted one (see sorted); else nothing. */
  private decode(): void {
    if (this.coded === null && this.sortedText === null) return;
    const t =
      this.coded !== null ? WordTable.decodeFrontCoded(this.coded) : WordTable.splitUnits(this.sortedText!, this.sep);
    this.chars = t.chars;
    this.starts = t.starts;
    this.ends = t.ends;
    this.slots = t.slots;
    this.count = t.count;
    this.searchesLeft = Math.min(this.searchesLeft, searchesBeforeHashing(t.count));
    this.coded = null;
    this.blocks = null;
    this.sortedText = null;
  }

  /** Membership in a sorted list by bisecting its text: each step compares the word around the middle. */
  private bisectHas(text: Units, sep: number, word: string): boolean {
    // [lo, hi) holds whole words: lo starts one, hi ends one (at a separator or the text's end).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = mid === 0 ? 0 : text.lastIndexOf(sep, mid - 1) + 1;
      let e = text.indexOf(sep, mid);
      if (e < 0) e = text.length;
      const d = compareWithRange(text, s, e, word);
      if (d === 0) return true;
      if (d < 0) lo = e + 1;
      else hi = s - 1;
    }
    return false;
  }

  /** Where each block starts; null (and the list decoded) if a block's first line claims a shared prefix. */
  private blockStarts(coded: Units): Int32Array | null {
    let n = 1;
    for (let i = coded.indexOf(9); i >= 0; i = coded.indexOf(9, i + 1)) n++;
    const blocks = new Int32Array(n);
    let k = 1;
    for (let i = coded.indexOf(9); i >= 0; i = coded.indexOf(9, i + 1)) {
      if (coded[i + 1] !== 48) {
        this.decode();
        return null;
      }
      blocks[k++] = i + 1;
    }
    return blocks;
  }

  /** Membership in a front-coded list in blocks: binary search over the blocks' first words, then one block. */
  private blockHas(coded: Units, blocks: Int32Array, word: string): boolean {
    // The last block whose first word (whole, after its "0") is at most `word`.
    const b = partitionPoint(blocks.length, (k) => compareLine(coded, blocks[k]! + 1, word) > 0) - 1;
    if (b < 0) return false;
    const end = b + 1 < blocks.length ? blocks[b + 1]! - 1 : coded.length;
    // The block's words decoded one after another into one scratch buffer (no string per word), each compared
    // with `word`: found, or passed (the block is ascending).
    let buf = scratch;
    let len = 0;
    for (let i = blocks[b]!; i < end; i++) {
      let at = Math.min(coded[i]! - 48, len);
      for (let c = coded[++i]!; i < end && c !== 10 && c !== 9; c = coded[++i]!) {
        if (at === buf.length) {
          const grown = new Uint16Array(buf.length * 2);
          grown.set(buf);
          buf = scratch = grown;
        }
        buf[at++] = c;
      }
      len = at;
      const common = Math.min(len, word.length);
      let d = 0;
      for (let j = 0; j < common && d === 0; j++) d = buf[j]! - word.charCodeAt(j);
      if (d === 0) d = len - word.length;
      if (d === 0) return true;
      if (d > 0) return false;
    }
    return false;
  }

  /** Whether the word at chars[s, e) is `word`. */
  private equalsWord(s: number, e: number, word: string): boolean {
    if (e - s !== word.length) return false;
    const c = this.chars;
    for (let i = 0; i < e - s; i++) if (c[s + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  has(word: string): boolean {
    if (this.sortedText !== null) {
      if (--this.searchesLeft >= SEARCHES_BEFORE_HASHING - BLOCK_SEARCHES_BEFORE_DECODING)
        return this.bisectHas(this.sortedText, this.sep, word);
      this.decode();
    }
    if (this.coded !== null) {
      if (--this.searchesLeft >= SEARCHES_BEFORE_HASHING - BLOCK_SEARCHES_BEFORE_DECODING) {
        const blocks = (this.blocks ??= this.blockStarts(this.coded));
        if (blocks && this.coded !== null) return this.blockHas(this.coded, blocks, word);
      } else this.decode();
    }
    if (this.slots.length === 0) {
      if (--this.searchesLeft >= 0) return this.sortedHas(word);
      this.buildHashTable();
    }
    const h = fnv1a(word);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = h & mask, w = slots[2 * slot]!; w !== 0; slot = (slot + 1) & mask, w = slots[2 * slot]!) {
      if (slots[2 * slot + 1] === h && this.equalsWord(this.starts[w - 1]!, this.ends[w - 1]!, word)) return true;
    }
    return false;
  }

  /** The hash table of an ascending table, once it is looked up often (the words are distinct). */
  private buildHashTable(): void {
    const { chars, starts, ends, count: size } = this;
    let cap = 16;
    while (cap < size * 2) cap *= 2;
    const slots = new Int32Array(cap * 2);
    const mask = cap - 1;
    for (let i = 0; i < size; i++) {
      const h = fnv1aUnits(chars, starts[i]!, ends[i]!);
      let slot = h & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = i + 1;
      slots[2 * slot + 1] = h;
    }
    this.slots = slots;
  }

  /** Binary search over words in ascending order. */
  private sortedHas(word: string): boolean {
    const { chars, starts, ends, count } = this;
    // partitionPoint(count, (k) => compare(k) >= 0) written out, stopping at an equal word: no closure per call.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = compareWithRange(chars, starts[mid]!, ends[mid]!, word);
      if (d === 0) return true;
      if (d > 0) hi = mid;
      else lo = mid + 1;
    }
    return false;
  }

  /** The i-th distinct word (0 ≤ i < size), in first-occurrence order. */
  word(i: number): string {
    this.decode();
    return stringOf(this.chars, this.starts[i]!, this.ends[i]!);
  }

  /** Calls `f(chars, start, end)` for each distinct word, without building its string. */
  forEachRange(f: (chars: Units, start: number, end: number) => void): void {
    this.decode();
    for (let i = 0; i < this.count; i++) f(this.chars, this.starts[i]!, this.ends[i]!);
  }

  *values(): SetIterator<string> {
    this.decode();
    for (let i = 0; i < this.count; i++) yield this.word(i);
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

/**
 * The union of several sets (as `new Set([...a, ...b])` answers, iterating in the same first-occurrence order):
 * looked up in each in turn until asked BLOCK_SEARCHES_BEFORE_DECODING times, so that sorted word lists are
 * searched as they are, with no hash table of their union to build at load; then in one Set of the union.
 */
export class SetUnion<T> implements ReadonlySet<T> {
  private readonly parts: readonly ReadonlySet<T>[];
  private union: Set<T> | null = null;
  private asksLeft = BLOCK_SEARCHES_BEFORE_DECODING;

  constructor(parts: readonly ReadonlySet<T>[]) {
    this.parts = parts;
  }

  has(value: T): boolean {
    if (this.union || --this.asksLeft < 0) return this.all().has(value);
    for (const p of this.parts) if (p.has(value)) return true;
    return false;
  }

  private all(): Set<T> {
    if (!this.union) {
      const union = new Set<T>();
      for (const p of this.parts) for (const v of p) union.add(v);
      this.union = union;
    }
    return this.union;
  }

  get size(): number {
    return this.all().size;
  }
  values(): SetIterator<T> {
    return this.all().values();
  }
  keys(): SetIterator<T> {
    return this.all().values();
  }
  entries(): SetIterator<[T, T]> {
    return this.all().entries();
  }
  [Symbol.iterator](): SetIterator<T> {
    return this.all().values();
  }
  forEach(f: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const v of this.all()) f.call(thisArg, v, v, this);
  }
}

/** node:zlib, loaded when first needed (the bundles never need it: a bundle that imports it loads it at start). */
function zlib(): typeof import('node:zlib') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:zlib') as typeof import('node:zlib');
}

/**
 * A filter of hashes kept as one bit per hash modulo 2^k (stored deflated in the generated lists): has(h) is true
 * for every hash put in and for a few others (those with the same low k bits), so it serves pre-tests whose yes
 * is checked afterwards. Loads with one native inflate, no loop over the hashes.
 */
export class HashBits {
  private readonly bits: Uint8Array;
  private readonly mask: number;

  private constructor(bits: Uint8Array) {
    if (bits.length < 1 || (bits.length & (bits.length - 1)) !== 0)
      throw new Error('HashBits: size is not a power of two');
    this.bits = bits;
    this.mask = bits.length * 8 - 1;
  }

  /** The filter of `hashes` with 2^log2 bits. */
  static of(hashes: Iterable<number>, log2: number): HashBits {
    const bits = new Uint8Array(Math.max(1, 2 ** log2 / 8));
    const filter = new HashBits(bits);
    for (const h of hashes) {
      const i = h & filter.mask;
      bits[i >>> 3]! |= 1 << (i & 7);
    }
    return filter;
  }

  /**
   * A filter as toBase64() (and resources/generate.mjs) writes it: the bits, deflated (raw), in base64; or the bits
   * themselves, as the bundles carry the generated filter (esbuild.mjs inflates it into dist/lists.bin at build
   * time: no base64 to decode, nothing to inflate and no zlib to load at run time), kept as they are.
   */
  static fromBase64(b64: string | Uint8Array): HashBits {
    if (typeof b64 !== 'string') return new HashBits(b64);
    const raw = zlib().inflateRawSync(Buffer.from(b64, 'base64'));
    return new HashBits(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  }

  toBase64(): string {
    return zlib().deflateRawSync(this.bits, { level: 9 }).toString('base64');
  }

  has(h: number): boolean {
    const i = h & this.mask;
    return ((this.bits[i >>> 3]! >>> (i & 7)) & 1) === 1;
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

/**
 * A membership test answered by a filter (which may say yes wrongly, never no wrongly) until it has been asked
 * `asks` times, then by the exact set that `exact()` builds at that moment: a short run (one article in a fresh
 * process) pays nothing to build the exact set, a long one asks it without the filter's wrong yeses, each of
 * which costs the caller a check.
 */
export class FilterThenExact {
  private readonly filter: { has(value: number): boolean };
  private build: (() => { has(value: number): boolean }) | null;
  private exact: { has(value: number): boolean } | null = null;
  private asksLeft: number;

  constructor(filter: { has(value: number): boolean }, exact: () => { has(value: number): boolean }, asks = 50_000) {
    this.filter = filter;
    this.build = exact;
    this.asksLeft = asks;
  }

  has(value: number): boolean {
    if (this.exact) return this.exact.has(value);
    if (--this.asksLeft >= 0) return this.filter.has(value);
    this.exact = this.build!();
    this.build = null;
    return this.exact.has(value);
  }
}
