// Events: articles that report the same occurrence (not merely the same topic), across outlets and across
// German and English.
//
// Design. Each article is reduced once, at analysis time, to a fingerprint (plain data, cacheable, compact):
// counts of namespaced features — names and nouns under identity.ts `nameKey` (so "Tschaikowski" meets
// "Tchaikovsky"), content-word stems, bilingual concept keys (resources/eventLexicon.ts: "Erdbeben" =
// "earthquake"), numbers in one canonical form ("4,25" = "4.25", "25 basis points" = "0.25"), ordinals, quoted
// 3-word shingles, resolved dates and weekdays, actor ids — plus when the reported event happened, as far as
// the text says. Names, numbers, dates and concepts carry across languages; content words do not.
//
// Two articles are compared by the cosine of their TF-IDF vectors, with per-namespace weights and a
// smoothed IDF that assumes a small background corpus, so that a folder of three articles does not
// discount what they share. A date gate then vetoes pairs whose event times are incompatible (June 2024
// and August 2025 are two meetings, whatever the overlap in actors and topic), within a tolerance so that
// a report written the day before a visit and one written during it stay together.
//
// EventIndex numbers the features and keeps an inverted index (feature -> articles), so that finding the
// related coverage of one article touches only articles that share one of its most distinctive features
// (the top CANDIDATE_FEATURES by weight × IDF), and adding, removing or updating one article re-indexes
// only that article; the similarity of a candidate pair then uses all shared features. Batch grouping
// (groupEvents) is greedy average-link clustering over the candidate pairs with complete-link gates: two
// groups merge when their mean similarity clears the threshold and no pair across them is date-incompatible,
// reports a different kind of act (actsDiffer: a visit and a phone call), or disagrees on whether the act is a first occurrence or a repetition ("erstmals" / "der zweite
// Testflug"). A repetition the other article does not mark lowers the similarity (a follow-up); one both mark
// with the same count ("der zweite Testflug" / "bei einem zweiten Test") is agreement and lowers nothing
// (ordinalRelation). Incremental `add` assigns the new article to the best-fitting existing event by the same rule.
//
// Trade-offs: IDF changes as the corpus grows; cached vector norms are recomputed when the corpus size has
// drifted by more than a tenth since they were computed. Very common features (in more than a fifth of a
// large corpus) do not generate candidates, though they still count in the similarity.
import { type DatesResult, type TimeExpression, timeExpressionsOf } from '../text/dates';
import { nameKey } from '../text/nameKey';
import { ACT_FAMILY, CONCEPT_TABLE, ORDINAL_WORDS, STOPWORDS } from '../resources/eventLexicon';
import type { Actor, ArticleAnalysis, CoverageEvent, DocContext, EventFingerprint, Span } from '../types';

// ---- fingerprints -------------------------------------------------------------------------------------

/** Light suffix stripping shared by both languages (only ever compared with itself). */
function stem(s: string): string {
  if (s.length <= 4) return s;
  for (const suf of ['ungen', 'ing', 'ed', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']) {
    if (s.endsWith(suf) && s.length - suf.length >= 4) return s.slice(0, -suf.length);
  }
  return s;
}

/** Pure per-word functions are cached across articles (bounded): news vocabulary repeats. */
function cached<T>(f: (s: string) => T, max = 100_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = f(s);
      if (memo.size >= max) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

/** Separates the shown forms of a fingerprint's features (`shown`). */
const SHOWN_SEP = '\x1f';
/** In `shown`: the same shown form as the key before (the next shingle of one quotation). */
const SAME_AS_BEFORE = '\x02';

/** Namespaces whose features get a lead twin ("l:n:oslo") for occurrences in the title and the first two sentences. */
function hasLeadTwin(key: string): boolean {
  if (key.charCodeAt(1) !== 58 /* ':' */) return false;
  const k0 = key.charCodeAt(0);
  return k0 === 110 || k0 === 119 || k0 === 99 || k0 === 35; // n w c #
}

/**
 * What reasons show for a feature when the fingerprint stores no form of its own: the key after its namespace,
 * a name capitalised. (Forms equal to this are not stored.)
 */
function derivedShown(key: string): string {
  const at = key.indexOf(':');
  const rest = key.slice(at + 1);
  return at === 1 && key.charCodeAt(0) === 110 /* n */ ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/** The stored form of `shown` for `key`: '' when it is the derived one. */
function storedShown(key: string, shown: string): string {
  return shown === derivedShown(key) ? '' : shown.replace(/[\x00-\x1f]+/g, ' ');
}

/**
 * A word feature, one object per key (interned), with the counting state of the fingerprint being built:
 * counting a word's feature is then a field check, not a hash lookup.
 */
interface Feature {
  readonly key: string;
  readonly lead: boolean;
  /** The act family of a concept ("visit", "quake"), for the article's dominant act. */
  readonly family: string | undefined;
  /** The fingerprint (build number) that last counted it, and its index there. */
  stamp: number;
  at: number;
}

/** Word features by key. Cleared together with the word cache, between two fingerprints only. */
const FEATURES = new Map<string, Feature>();

function feature(key: string): Feature {
  let f = FEATURES.get(key);
  if (!f) {
    const family = key.startsWith('c:') ? ACT_FAMILY.get(key.slice(2)) : undefined;
    f = { key, lead: hasLeadTwin(key), family, stamp: 0, at: 0 };
    FEATURES.set(key, f);
  }
  return f;
}

/** What the fingerprint needs of one word (as written, possessive stripped), cached across articles. */
interface WordInfo {
  text: string;
  lower: string;
  /** "o:N" for an ordinal word, shown as the word. */
  ordinal: Feature | null;
  /** ORDINAL_WORDS' value of the lower-cased word. */
  ordinalValue: number | undefined;
  /** A function word, or shorter than two letters. */
  stop: boolean;
  /** "c:…" features (shown as the concept: nothing stored). */
  concepts: readonly Feature[];
  upper: boolean;
  /** "w:stem" when the word has three or more characters, and its stored shown form (the lower-cased word). */
  word: Feature | null;
  wordShown: string;
  /** Whether the lower-cased word has a letter. */
  letter: boolean;
  /** "n:key" when the name key (stemmed) has two or more characters, and its stored shown form (the word). */
  name: Feature | null;
  nameShown: string;
  /** The word without a final "s" (a German genitive candidate: longer than three characters, ending in "s"). */
  bare: string | null;
  bareInfo: WordInfo | null | undefined;
  /** A number word's value ("zwei" → 2). */
  number: number | undefined;
  /** The parts of a hyphenated word that have two or more characters; null without a hyphen. */
  parts: readonly WordInfo[] | null;
  /** Lead cue: 1 "erstmals", 2 "erneut"/"another", 3 "Tage"/"weeks" (before "nach"/"after"), 4 "nach"/"after", else 0. */
  cue: number;
  /** The fingerprint (build number) in which it was seen capitalised as a whole token, and capitalised not sentence-initially. */
  capStamp: number;
  elseStamp: number;
}

/**
 * Word infos by word (as written, possessive stripped): an open-addressing table with FNV-1a hashes, looked
 * up from a token's characters in the text, so that a known word costs no string of its own. A slot's hash is
 * never 0 (0 marks an empty slot), so that a probe reads the compact hash array and touches an entry only when
 * the hashes match; an entry's key is its `text`. Bounded: cleared between two fingerprints once it holds
 * WORD_INFO_MAX words.
 */
const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const WORD_INFO_MAX = 100_000;
const tableInfos: (WordInfo | undefined)[] = [];
for (let k = 0; k <= TABLE_MASK; k++) tableInfos.push(undefined);
const tableHashes = new Int32Array(TABLE_MASK + 1);
let tableCount = 0;

function clearWordInfos(): void {
  tableInfos.fill(undefined);
  tableHashes.fill(0);
  tableCount = 0;
}

/** The info of the word s.slice(from, to). */
function wordInfoAt(s: string, from: number, to: number): WordInfo {
  let h = 0x811c9dc5 | 0;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  if (h === 0) h = 1;
  const len = to - from;
  for (let at = h & TABLE_MASK; ; at = (at + 1) & TABLE_MASK) {
    const hh = tableHashes[at]!;
    if (hh === 0) break;
    if (hh === h) {
      const info = tableInfos[at]!;
      const key = info.text;
      if (key.length === len) {
        let k = 0;
        while (k < len && key.charCodeAt(k) === s.charCodeAt(from + k)) k++;
        if (k === len) return info;
      }
    }
  }
  const word = len === s.length ? s : s.slice(from, to);
  const info = makeWordInfo(word); // may add the word's parts
  let at = h & TABLE_MASK;
  while (tableHashes[at] !== 0) at = (at + 1) & TABLE_MASK;
  tableInfos[at] = info;
  tableHashes[at] = h;
  tableCount++;
  return info;
}

function wordInfo(p: string): WordInfo {
  return wordInfoAt(p, 0, p.length);
}

function makeWordInfo(p: string): WordInfo {
  const lower = p.toLowerCase();
  const ord = ORDINAL_WORDS.get(lower);
  const upper = upperInitial(p);
  const nk = upper ? nameStem(p) : '';
  const word = lower.length >= 3 ? feature(`w:${wordStem(lower)}`) : null;
  const name = nk.length >= 2 ? feature(`n:${nk}`) : null;
  return {
    text: p,
    lower,
    ordinal: ord !== undefined ? feature(`o:${ord}`) : null,
    ordinalValue: ord,
    stop: STOPWORDS.has(lower) || lower.length < 2,
    concepts: conceptsOf(lower).map((c) => feature(`c:${c}`)),
    upper,
    word,
    wordShown: word ? storedShown(word.key, lower) : '',
    letter: hasLetter(lower),
    name,
    nameShown: name ? storedShown(name.key, p) : '',
    bare: p.length > 3 && p.charCodeAt(p.length - 1) === 115 ? p.slice(0, -1) : null,
    bareInfo: undefined,
    number: WORD_NUMBERS.get(lower),
    parts:
      p.includes('-') || p.includes('‐')
        ? p
            .split(/[-‐]/)
            .filter((x) => x.length >= 2)
            .map((x) => wordInfo(x))
        : null,
    cue:
      lower === 'erstmals' || lower === 'erstmalig'
        ? 1
        : /^(erneut|abermals|weiter(e|es|er|en)|another)$/.test(lower)
          ? 2
          : /^(tage|tagen|wochen|monate|monaten|days|weeks|months)$/.test(lower)
            ? 3
            : lower === 'nach' || lower === 'after'
              ? 4
              : 0,
    capStamp: 0,
    elseStamp: 0,
  };
}

/** The concepts of a lower-cased word (cached; the array is shared, never mutate it). */
const conceptsOf = cached(computeConcepts);
/** stem(nameKey(word)), cached. */
const nameStem = cached((w: string) => stem(nameKey(w)));
const wordStem = cached(stem);

/**
 * The prefix stems by length, longest first (the table's order): stems of five or more letters match as a
 * prefix, shorter ones as the whole word or with an ending (-s, -e, -en, -n). Within one length at most one
 * stem can match, the first in table order.
 */
const PREFIX_BY_LENGTH: ReadonlyArray<readonly [number, ReadonlyMap<string, string>]> = (() => {
  const byLen = new Map<number, Map<string, string>>();
  for (const [s, c] of CONCEPT_TABLE.prefix) {
    let m = byLen.get(s.length);
    if (!m) byLen.set(s.length, (m = new Map()));
    for (const form of s.length >= 5 ? [s] : [s, s + 's', s + 'e', s + 'en', s + 'n']) if (!m.has(form)) m.set(form, c);
  }
  return [...byLen].sort((a, b) => b[0] - a[0]);
})();

function computeConcepts(lower: string): readonly string[] {
  const out: string[] = [];
  for (const [len, m] of PREFIX_BY_LENGTH) {
    const c = len >= 5 ? (lower.length >= len ? m.get(lower.slice(0, len)) : undefined) : m.get(lower);
    if (c !== undefined) {
      out.push(c);
      break;
    }
  }
  for (const [s, c] of CONCEPT_TABLE.infix)
    if (lower.length > s.length && lower.includes(s) && !out.includes(c)) out.push(c);
  return out.length ? out : NONE;
}
const NONE: readonly string[] = [];

/**
 * Phrase concepts ("central bank", "north korea") by the two characters around their first space: a phrase
 * can only start one word before a space in the text whose neighbours match.
 */
const PHRASES_AT_SPACE: ReadonlyMap<
  string,
  ReadonlyArray<{ phrase: string; concept: Feature; before: number }>
> = (() => {
  const m = new Map<string, { phrase: string; concept: Feature; before: number }[]>();
  for (const [phrase, c] of CONCEPT_TABLE.phrases) {
    const sp = phrase.indexOf(' ');
    const k = phrase.slice(sp - 1, sp + 2);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push({ phrase, concept: feature(`c:${c}`), before: sp });
  }
  return m;
})();

/** The characters around the first space of a phrase (ASCII letters, lower-cased: before × 128 + after). */
const PHRASE_AROUND: Uint8Array = (() => {
  const t = new Uint8Array(128 * 128);
  for (const [phrase] of CONCEPT_TABLE.phrases) {
    const sp = phrase.indexOf(' ');
    t[phrase.charCodeAt(sp - 1) * 128 + phrase.charCodeAt(sp + 1)] = 1;
  }
  return t;
})();

/** An ASCII letter lower-cased, another character as -1 (no phrase has one next to its first space). */
function asciiLower(c: number): number {
  return c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : -1;
}

const LETTER_RE = /\p{L}/u;
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    } else return LETTER_RE.test(s);
  }
  return false;
}

/** Whether a string starts with an upper-case letter (\p{Lu}), ASCII fast. */
function upperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(s);
}
const UPPER_RE = /^\p{Lu}/u;

/** Whether pos lies inside one of the (sorted, non-overlapping) expressions. */
function inExpressions(xs: readonly TimeExpression[], pos: number): boolean {
  let lo = 0,
    hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = xs[mid]!;
    if (pos < x.start) hi = mid - 1;
    else if (pos >= x.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Canonical number from a German or English numeral ("4,25" / "4.25" → "4.25"; "11.000" / "11,000" → "11000"). */
function canonicalNumber(raw: string, language: string): number | null {
  let s = raw;
  const de = language !== 'en';
  const thousands = de ? /\.(\d{3})(?!\d)/g : /,(\d{3})(?!\d)/g;
  if ((de ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/).test(s)) s = s.replace(thousands, '$1');
  else if (/^\d{1,3}(['’]\d{3})+$/.test(s)) s = s.replace(/['’]/g, '');
  s = de ? s.replace(',', '.') : s.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const WORD_NUMBERS = new Map<string, number>([
  ['zwei', 2],
  ['two', 2],
  ['drei', 3],
  ['three', 3],
  ['vier', 4],
  ['four', 4],
  ['fünf', 5],
  ['five', 5],
  ['sechs', 6],
  ['six', 6],
  ['sieben', 7],
  ['seven', 7],
  ['acht', 8],
  ['eight', 8],
  ['neun', 9],
  ['nine', 9],
  ['zehn', 10],
  ['ten', 10],
  ['elf', 11],
  ['eleven', 11],
  ['zwölf', 12],
  ['twelve', 12],
]);

const QUOTE_RE = /[„“”"«»‚‘’']([^„“”"«»\n]{12,600}?)[“”"«»‘’']/gu;
// A token starts at a digit or a letter (every alternative does), so the start is found by a character test
// and the extent by the sticky pattern (no match objects).
/** Hoisted (the bundle rebuilds \p{…} literals per call); `match` with /g resets lastIndex. */
const QUOTE_WORDS_RE = /\p{L}+|\d+/gu;
const TOKEN_RE =
  /\d{1,3}(?:[.,'’]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{N}]+)*(?:['’]s)?/uy;
const LETTER_AT = /\p{L}/uy;
/** Latin-1 characters that start a token: digits and letters. */
const TOKEN_START_LATIN1: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = /[0-9]|\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** Which code units below U+0250 are \p{L} or \p{N} (none there is \p{M}): for wordEnd's scan. */
const LATIN_LN: Uint8Array = (() => {
  const t = new Uint8Array(0x250);
  for (let c = 0; c < 0x250; c++) t[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/**
 * TOKEN_RE's word alternative (\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{N}]+)*(?:['’]s)?) matched by hand at i, where a
 * letter starts: its end, or -1 when it meets a code unit from U+0250 on that is not a hyphen, an apostrophe or
 * a quotation mark (the caller then runs the regex). Most German and English words are Latin through and through.
 */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  if (s.charCodeAt(i) >= 0x250) return -1;
  let c = 0;
  while (j < n && (c = s.charCodeAt(j)) < 0x250 && LATIN_LN[c] === 1) j++;
  for (;;) {
    if (j >= n) return j;
    c = s.charCodeAt(j);
    if (c === 45 || c === 0x2010) {
      let k = j + 1;
      let d = 0;
      while (k < n && (d = s.charCodeAt(k)) < 0x250 && LATIN_LN[d] === 1) k++;
      if (k < n && d >= 0x250 && !plainPunctuation(d)) return -1;
      if (k === j + 1) break;
      j = k;
      continue;
    }
    if (c >= 0x250 && !plainPunctuation(c)) return -1;
    break;
  }
  c = s.charCodeAt(j);
  if ((c === 39 || c === 0x2019) && s.charCodeAt(j + 1) === 115) j += 2;
  return j;
}

/** Code units from U+0250 on that are neither letters, marks nor digits and common in news text: dashes, quotation marks. */
function plainPunctuation(c: number): boolean {
  return c >= 0x2010 && c <= 0x201f;
}

/**
 * The tokens of the sentences (scratch, reused across calls): start, end, flags (TOK_INITIAL: first in its
 * sentence; TOK_POSSESSIVE: ends in "'s"), and a word's info (possessive stripped) or a number's text.
 */
let tokStart = new Int32Array(1024);
let tokEnd = new Int32Array(1024);
let tokFlags = new Uint8Array(1024);
const tokInfo: (WordInfo | null)[] = [];
const tokNumber: (string | null)[] = [];
const TOK_INITIAL = 1;
const TOK_POSSESSIVE = 2;

function tokenize(text: string, spans: Span[]): number {
  let n = 0;
  for (const s of spans) {
    const slice = text.slice(s.start, s.end);
    const len = slice.length;
    let flags = TOK_INITIAL;
    let i = 0;
    while (i < len) {
      const c = slice.charCodeAt(i);
      if (c < 256 ? !TOKEN_START_LATIN1[c] : ((LETTER_AT.lastIndex = i), !LETTER_AT.test(slice))) {
        i++;
        continue;
      }
      let end = c >= 48 && c <= 57 ? -1 : wordEnd(slice, i);
      if (end < 0) {
        TOKEN_RE.lastIndex = i;
        TOKEN_RE.test(slice);
        end = TOKEN_RE.lastIndex;
      }
      if (n === tokStart.length) {
        const start = new Int32Array(n * 2),
          stop = new Int32Array(n * 2),
          f = new Uint8Array(n * 2);
        start.set(tokStart);
        stop.set(tokEnd);
        f.set(tokFlags);
        tokStart = start;
        tokEnd = stop;
        tokFlags = f;
      }
      if (c >= 48 && c <= 57) {
        tokInfo[n] = null;
        tokNumber[n] = slice.slice(i, end);
      } else {
        // "Merkel's" is the word "Merkel".
        const e1 = slice.charCodeAt(end - 2);
        const possessive = end - i >= 2 && slice.charCodeAt(end - 1) === 115 && (e1 === 39 || e1 === 0x2019);
        if (possessive) flags |= TOK_POSSESSIVE;
        tokInfo[n] = wordInfoAt(slice, i, possessive ? end - 2 : end);
        tokNumber[n] = null;
      }
      tokStart[n] = s.start + i;
      tokEnd[n] = s.start + end;
      tokFlags[n] = flags;
      flags = 0;
      n++;
      i = end;
    }
  }
  return n;
}

function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[,;:–-]\s*$/, '') + '…';
}

const MAL_RE = /\s+Mal\b/y;
function followedByMal(text: string, pos: number): boolean {
  MAL_RE.lastIndex = pos;
  return MAL_RE.test(text);
}

const WHEN_BLOCKERS =
  /\b(seit|since|bis|until|vor|nach|after|before|zuletzt|letztmals|previous|earlier|früher)\s+(dem\s+|the\s+)?$/i;

/** Fingerprints built so far (the stamp of the one being built). */
let builds = 0;

/** The features of one fingerprint as they are counted. */
class FeatureCounts {
  readonly keys: string[] = [];
  readonly counts: number[] = [];
  readonly leads: number[] = [];
  readonly shown: string[] = [];
  /** Index by key of the features that are not word features (numbers, quotes, dates). */
  private readonly other = new Map<string, number>();
  /** Act family -> count of its concepts, lead mentions twice. */
  readonly families = new Map<string, number>();

  constructor(private readonly stamp: number) {}

  private push(key: string, shown: string, n: number): number {
    const at = this.keys.length;
    this.keys.push(key);
    this.counts.push(n);
    this.leads.push(0);
    this.shown.push(shown);
    return at;
  }

  /** Counts a word feature (shown: its stored form). */
  word(f: Feature, shown: string, inHead: boolean): void {
    let at: number;
    if (f.stamp === this.stamp) {
      at = f.at;
      this.counts[at]!++;
    } else {
      f.stamp = this.stamp;
      at = f.at = this.push(f.key, shown, 1);
    }
    if (inHead && f.lead) this.leads[at]!++;
    if (f.family !== undefined) this.families.set(f.family, (this.families.get(f.family) ?? 0) + (inHead ? 2 : 1));
  }

  /** Counts a feature that is not a word feature; `shown` is computed on its first count only. */
  add(key: string, shown: () => string, inHead: boolean, n = 1): void {
    let at = this.other.get(key);
    if (at === undefined) {
      const s = shown();
      at = this.push(key, s === SAME_AS_BEFORE ? s : storedShown(key, s), n);
      this.other.set(key, at);
    } else this.counts[at]! += n;
    if (inHead && hasLeadTwin(key)) this.leads[at]! += n;
  }

  /** Whether a feature has been counted. */
  has(key: string): boolean {
    const f = FEATURES.get(key);
    return (f !== undefined && f.stamp === this.stamp) || this.other.has(key);
  }
}

/**
 * The features of one article (see the module header). `dates` is findDates' result for the same text.
 * Actor ids join later (buildEventIndex), as they are corpus-wide only after unifyActorIds.
 */
export function eventFingerprint(doc: DocContext, dates: DatesResult): EventFingerprint {
  const { text, language, layout, sentences } = doc;
  // The word cache is bounded; it is cleared only between two fingerprints, with the features it refers to.
  if (tableCount >= WORD_INFO_MAX) {
    clearWordInfos();
    FEATURES.clear();
    for (const l of PHRASES_AT_SPACE.values()) for (const p of l) FEATURES.set(p.concept.key, p.concept);
  }
  const stamp = ++builds;
  const fc = new FeatureCounts(stamp);
  // Features of the title and the first two sentences count twice: once as themselves, once as their lead
  // twin (the lead states the event; the body adds background that other events share).
  const headEnd = (sentences[layout.title ? 2 : 1] ?? sentences[sentences.length - 1])?.end ?? 0;
  const xs = timeExpressionsOf(text, dates);
  const inDate = (pos: number) => inExpressions(xs, pos);
  const nTok = tokenize(text, sentences);
  const starts = tokStart,
    ends = tokEnd,
    flags = tokFlags,
    infos = tokInfo,
    numbers = tokNumber;

  // English sentence-initial capitals are names only if the word is capitalised elsewhere too; a German
  // genitive ("Merkels") is a name's when the bare form occurs capitalised.
  for (let i = 0; i < nTok; i++) {
    const info = infos[i];
    if (info?.upper) {
      if (!(flags[i]! & TOK_POSSESSIVE)) info.capStamp = stamp;
      if (!(flags[i]! & TOK_INITIAL)) info.elseStamp = stamp;
    }
  }

  // The lead: the title and the first three sentences; the main event's ordinals are stated there.
  const leadEnd = (sentences[layout.title ? 3 : 2] ?? sentences[sentences.length - 1])?.end ?? 0;
  const ordinals: Record<string, number> = {};
  const percents = new Set<number>();
  const noteOrdinal = (i: number, value: number) => {
    // The next one or two content words after the ordinal, within the same clause.
    let seen = 0;
    for (let j = i + 1; j < nTok && j <= i + 4 && seen < 2; j++) {
      const between = text.slice(ends[j - 1]!, starts[j]!);
      if (/[.!?;:,()]/.test(between)) break;
      const info = infos[j];
      if (!info || inDate(starts[j]!)) break; // a number
      const w = info.lower;
      if (STOPWORDS.has(w) && !/^(mal|time|times)$/.test(w)) continue;
      seen++;
      const keys = /^(mal|male|time|times)$/.test(w)
        ? ['c:time']
        : [...conceptsOf(w).map((c) => `c:${c}`), info.upper ? `n:${nameStem(w)}` : `w:${wordStem(w)}`];
      // A repetition counts only at the act's first mention: "der zweite Testflug" opens a report on a
      // follow-up; "zwei Beben … das zweite Beben" enumerates parts of one event.
      for (const k of keys) if (!(k in ordinals) && (value === 1 || !fc.has(k))) ordinals[k] = value;
    }
  };

  for (let i = 0; i < nTok; i++) {
    const start = starts[i]!;
    const inHead = start < headEnd;
    const whole = infos[i]!;
    const next = i + 1 < nTok ? infos[i + 1] : null; // the next word (null for a number)
    if (start < leadEnd) {
      if (whole === null) {
        const tt = numbers[i]!;
        if (
          tt.length <= 2 &&
          text.charCodeAt(start + tt.length) === 46 /* . */ &&
          followedByMal(text, start + tt.length + 1)
        )
          ordinals['c:time'] ??= +tt;
      } else if (!(flags[i]! & TOK_POSSESSIVE)) {
        const cue = whole.cue;
        if (cue === 1) ordinals['c:time'] ??= 1;
        else if (inHead && cue === 2) noteOrdinal(i, 2);
        else if (inHead && cue === 3 && next?.cue === 4 && !(flags[i + 1]! & TOK_POSSESSIVE)) noteOrdinal(i + 1, 2);
        else if (whole.ordinalValue !== undefined) noteOrdinal(i, whole.ordinalValue);
      }
    }
    if (whole === null) {
      if (inDate(start)) continue;
      const tt = numbers[i]!;
      const end = ends[i]!;
      const after = text.slice(end, end + 12);
      if (/^\s*(Uhr|h\b|a\.?m\.|p\.?m\.)/i.test(after)) continue;
      // Match scores "2:1" / "2-1".
      const score = tt.length <= 2 ? /^[:\-–](\d{1,2})(?!\d|[.,]\d|\s*Uhr)/.exec(after) : null;
      if (score && /^\d{1,2}$/.test(tt)) {
        const s = `${tt}:${score[1]}`;
        fc.add(`#:${s}`, () => s, inHead);
        continue;
      }
      const n = canonicalNumber(tt, language);
      if (n === null) continue;
      if (Number.isInteger(n) && n >= 1800 && n <= 2100 && !/[.,]/.test(tt)) continue; // a year: dates cover it
      fc.add(`#:${n}`, () => tt, inHead);
      if (/^\s*(%|Prozent\b|percent\b|per cent\b)/i.test(after)) percents.add(n);
      if (/^(basis points|bps|basispunkte)/i.test(after.trim() + ' ') || next?.lower.startsWith('bps'))
        fc.add(`#:${+(n / 100).toFixed(4)}`, () => tt, inHead);
      continue;
    }
    if (inDate(start)) continue; // month and weekday names are dates, not names
    const wn = whole.number;
    if (wn !== undefined && next) {
      const nl = next.lower;
      if (/^(prozent|percent|%|tote|toten|menschen|people|dead|verletzte)/.test(nl)) {
        fc.add(`#:${wn}`, () => whole.text, inHead);
        if (/^(prozent|percent)/.test(nl)) percents.add(wn);
      }
    }
    const parts = whole.parts;
    const nParts = parts === null ? 1 : parts.length;
    for (let k = 0; k < nParts; k++) {
      const info = parts === null ? whole : parts[k]!;
      if (info.ordinal) {
        fc.word(info.ordinal, info.text, inHead);
        continue;
      }
      if (info.stop) continue;
      for (const f of info.concepts) fc.word(f, '', inHead);
      if (info.upper) {
        if (language === 'en' && flags[i]! & TOK_INITIAL && nParts === 1 && info.elseStamp !== stamp) {
          if (info.word) fc.word(info.word, info.wordShown, inHead);
          continue;
        }
        // German genitive: "Merkels" is "Merkel" when the bare form occurs too.
        let bare = info;
        if (info.bare !== null) {
          const b = info.bareInfo === undefined ? (info.bareInfo = wordInfo(info.bare)) : info.bareInfo;
          if (b !== null && b.capStamp === stamp) bare = b;
        }
        if (bare.name) fc.word(bare.name, bare.nameShown, inHead);
      } else if (info.word && info.letter) {
        fc.word(info.word, info.wordShown, inHead);
      }
    }
    // A name written apart from its one-letter tail ("Space X", "Space X-Bahnhof") meets the name written
    // together ("SpaceX"): the single capital is too short for a feature of its own.
    if (
      whole.upper &&
      !whole.stop &&
      parts === null &&
      next &&
      i + 1 < nTok &&
      ends[i] === starts[i + 1]! - 1 &&
      text.charCodeAt(ends[i]!) === 32
    ) {
      const nt = next.text;
      if (
        (nt.length === 1 || nt.charCodeAt(1) === 45) /* - */ &&
        next.upper &&
        !(language === 'en' && (nt === 'I' || nt === 'A'))
      ) {
        const joined = wordInfo(whole.text + nt.charAt(0));
        if (joined.name) fc.word(joined.name, joined.nameShown, inHead);
      }
    }
  }
  infos.fill(null, 0, nTok);
  numbers.fill(null, 0, nTok);

  // Phrase concepts ("central bank", "North Korea"), over the whole text.
  for (let sp = text.indexOf(' '); sp >= 0; sp = text.indexOf(' ', sp + 1)) {
    if (sp === 0 || sp + 1 >= text.length) continue;
    const b = asciiLower(text.charCodeAt(sp - 1)),
      a = asciiLower(text.charCodeAt(sp + 1));
    if (b < 0 || a < 0 || !PHRASE_AROUND[b * 128 + a]) continue;
    const l = PHRASES_AT_SPACE.get(text.slice(sp - 1, sp + 2).toLowerCase());
    if (!l) continue;
    for (const p of l) {
      const from = sp - p.before;
      if (from >= 0 && text.slice(from, from + p.phrase.length).toLowerCase() === p.phrase)
        fc.word(p.concept, '', false);
    }
  }

  // Quotations: 3-word shingles of what is inside quotation marks.
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    QUOTE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE_RE.exec(slice))) {
      const words = m[1]!.toLowerCase().match(QUOTE_WORDS_RE) ?? [];
      if (words.length < 5) continue;
      let shown: string | null = null;
      for (let i = 0; i + 4 <= words.length; i++) {
        // The quotation's shown form is stored with its first new shingle; the next ones refer back to it.
        fc.add(
          `q:${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`,
          () => (shown === null ? (shown = shorten(m![1]!, 60)) : SAME_AS_BEFORE),
          false,
        );
      }
    }
  }

  // Dates.
  for (const d of dates.mentions) {
    const iso = d.iso;
    if (iso.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
      fc.add(`d:${iso}`, () => iso, false);
      fc.add(`m:${iso.slice(0, 7)}`, () => iso.slice(0, 7), false);
      fc.add(`md:${iso.slice(5)}`, () => iso, false);
    } else if (/^\d{4}-\d{2}$/.test(iso)) fc.add(`m:${iso}`, () => iso, false);
    else if (/^\d{4}$/.test(iso)) fc.add(`y:${iso}`, () => iso, false);
    else if (/^--\d{2}-\d{2}$/.test(iso)) fc.add(`md:${iso.slice(2)}`, () => d.text, false);
  }
  if (!dates.articleDate)
    for (const x of xs)
      if (x.kind === 'weekday') fc.add(`wd:${x.weekday}`, () => x.text.replace(/^\S+\s+(?=\S)/, ''), false);

  // When: the article's date, else the first complete day in the title or the first two sentences that
  // is not a back-reference ("nach dem Anschlag am 13. Juli", "since June 2024").
  let when: string | null = dates.articleDate;
  if (!when) {
    const lead = sentences.slice(0, layout.title ? 3 : 2);
    for (const d of dates.mentions) {
      const sent = lead.find((x) => d.start >= x.start && d.end <= x.end);
      if (!sent) continue;
      if (d.relative || !/^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/.test(d.iso)) continue;
      const before = text.slice(sent.start, d.start);
      if (WHEN_BLOCKERS.test(before.slice(-25))) continue;
      if (
        sent !== lead[0] &&
        /\b(after|nach|seit|since|previous|vorig\w*|letzt\w*|last|earlier|zuvor|damals)\b/i.test(before)
      )
        continue;
      when = d.iso;
      break;
    }
  }
  const first = layout.title ?? sentences.find((s) => s.end - s.start > 20) ?? sentences[0];
  const headline = first
    ? shorten(text.slice(first.start, first.end).replace(/^\(?[\p{Lu}][\p{L} ]{1,30}\)\s*/u, ''), 100)
    : '';
  // The dominant act: concept counts by family, lead mentions counting twice; a clear winner only.
  let act: string | null = null,
    top = 0,
    second = 0;
  for (const [fam, c] of fc.families) {
    if (c > top) {
      second = top;
      top = c;
      act = fam;
    } else if (c > second) second = c;
  }
  if (!(top >= 2 && second < top)) act = null;
  let shownEnd = fc.shown.length;
  while (shownEnd > 0 && fc.shown[shownEnd - 1] === '') shownEnd--;
  return {
    keys: fc.keys,
    counts: toUint16(fc.counts),
    leads: toUint16(fc.leads),
    shown: fc.shown.slice(0, shownEnd).join(SHOWN_SEP),
    when,
    headline,
    ...(layout.title ? { titled: true } : {}),
    language,
    ordinals,
    act,
    percents: [...percents].sort((a, b) => a - b),
  };
}

/** Counts as a Uint16Array (clamped). */
function toUint16(xs: readonly number[]): Uint16Array {
  const out = new Uint16Array(xs.length);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    out[k] = x > 65535 ? 65535 : x;
  }
  return out;
}

/** The features of a fingerprint with their counts, lead twins ("l:…") as features of their own (for tools and tests). */
export function fingerprintTerms(
  fp: Pick<EventFingerprint, 'keys' | 'counts' | 'leads' | 'terms'>,
): Map<string, number> {
  const out = new Map<string, number>();
  const keys = fp.keys ?? [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    out.set(key, fp.counts?.[k] ?? 1);
    const l = fp.leads?.[k] ?? 0;
    if (l > 0) out.set(`l:${key}`, l);
  }
  for (const [k, c] of Object.entries(fp.terms ?? {})) out.set(k, c);
  return out;
}

/** Whether a fingerprint has a feature (compact keys or the terms record). */
function fingerprintHas(fp: Pick<EventFingerprint, 'keys' | 'counts' | 'leads' | 'terms'>, key: string): boolean {
  if (fp.terms?.[key]) return true;
  if (!fp.keys) return false;
  if (key.startsWith('l:')) {
    const at = fp.keys.indexOf(key.slice(2));
    return at >= 0 && (fp.leads?.[at] ?? 0) > 0;
  }
  return fp.keys.includes(key);
}

// ---- similarity ---------------------------------------------------------------------------------------

/** Per-namespace weight and the assumed background rate of a feature (smoothed IDF). */
const NAMESPACES: Record<string, { weight: number; prior: number }> = {
  n: { weight: 1.0, prior: 0.02 },
  a: { weight: 0.3, prior: 0.02 },
  w: { weight: 0.55, prior: 0.04 },
  c: { weight: 0.8, prior: 0.05 },
  '#': { weight: 1.3, prior: 0.02 },
  o: { weight: 0.4, prior: 0.1 },
  q: { weight: 1.4, prior: 0.005 },
  d: { weight: 1.4, prior: 0.01 },
  m: { weight: 0.7, prior: 0.03 },
  md: { weight: 1.0, prior: 0.01 },
  y: { weight: 0.5, prior: 0.06 },
  wd: { weight: 0.5, prior: 0.15 },
};
const DEFAULT_NS = { weight: 0.5, prior: 0.05 };
/** Size of the imagined background corpus the IDF is smoothed with. */
const BACKGROUND = 5;

function nsOf(feature: string): string {
  return feature.slice(0, feature.indexOf(':'));
}

/** Lead features ("l:n:oslo") weigh LEAD_WEIGHT times their inner namespace. */
const LEAD_WEIGHT = 1.2;

function nsInfo(feature: string): { weight: number; prior: number; ns: string; lead: boolean } {
  let ns = nsOf(feature);
  let factor = 1;
  const lead = ns === 'l';
  if (lead) {
    ns = nsOf(feature.slice(2));
    factor = LEAD_WEIGHT;
  }
  const info = NAMESPACES[ns] ?? DEFAULT_NS;
  return { weight: info.weight * factor, prior: info.prior, ns, lead };
}

export interface EventIndexOptions {
  /** Mean similarity two groups need to be one event (0..1). */
  threshold?: number;
  /** Pair similarity below which a pair is not even a candidate link. */
  candidateFloor?: number;
  /** Days two exact event dates may lie apart and still be one event. */
  dayTolerance?: number;
  /** How many of an article's most distinctive features find its candidate pairs (default CANDIDATE_FEATURES). */
  candidateFeatures?: number;
}

interface Entry {
  path: string;
  order: number;
  event: number;
  slot: number;
  language: string;
  headline: string;
  /** Whether the headline is the article's title line. */
  titled: boolean;
  /** The fingerprint's `when` (for labels and reasons), parsed, and as a day number when it is a full date. */
  whenIso: string | null;
  when: When | null;
  whenDay: number;
  act: string | null;
  /** The act families the article mentions, with their mention weight (lead mentions twice), as for `act`; null when none. */
  acts: Map<string, number> | null;
  percents: number[];
  /** Ordinals by feature id; ordActs: whether the feature is an act concept; time1: "for the first time". */
  ordFids: Int32Array;
  ordVals: Float64Array;
  ordActs: Uint8Array;
  time1: boolean;
  /** Feature ids, ascending, with per feature 1 + log(count) and its place in the article's key order (NO_POS for lead twins). */
  fids: Int32Array;
  tfs: Float64Array;
  pos: Uint16Array | Uint32Array;
  /** Stored shown forms by key order (SHOWN_SEP-joined; '' = derived from the key): the fingerprint's, for its nBase keys, then those of the added terms. */
  shown: string;
  nBase: number;
  extraShown: string[] | null;
  /** Vector norm as seen from articles in the same language, with the corpus size it was computed at (-1: not yet). */
  norm: number;
  normN: number;
  /** The same as seen from articles in other languages (cross-language: attested features only). */
  cross: Map<string, { norm: number; n: number }> | null;
}

/** Features in more articles than this do not generate candidate pairs (they still add to the dot products of candidates while in at most a fifth of the corpus). */
const CANDIDATE_DF = 200;
/**
 * Candidates of an article are the articles that share one of its CANDIDATE_FEATURES most distinctive
 * features (by tf × weight × IDF, lead twins aside): a pair is compared when either article's top features
 * meet the other. The similarity of a candidate pair uses every shared feature.
 */
const CANDIDATE_FEATURES = 16;

/** Namespaces whose features mean the same in every language; the others (names and nouns, words, quotes) count across languages only where the other language attests them. */
const NEUTRAL = new Set(['a', '#', 'c', 'd', 'm', 'md', 'y', 'wd', 'o']);
/** Factor on the similarity of two articles that disagree on whether the act is a first or a follow-up ("erstmals" vs "zum achten Mal"). */
const ORDINAL_PENALTY = 0.35;
/** Factor when one article calls the act a repetition ("der zweite Testflug") and the other names the act without an ordinal. */
const FOLLOW_UP_PENALTY = 0.4;
/** Factor when both articles give several percentages and none agree (rates at 4.25 % and at 2 %). */
const FIGURES_PENALTY = 0.5;

/**
 * Whether two articles are mainly about different kinds of act (a veto, like the date gate): both have a dominant act and they differ, or
 * one has a dominant act the other never mentions while the other reports acts of its own (mentioned at
 * least twice, with no clear winner: "Telefongespräch" and "Gipfeltreffen" against a visit). Shared names and
 * topic alone say nothing about the occasion, and how much they weigh depends on the rest of the corpus (IDF);
 * the kind of act does not.
 */
function actsDiffer(a: Pick<Entry, 'act' | 'acts'>, b: Pick<Entry, 'act' | 'acts'>): boolean {
  if (a.act && b.act) return a.act !== b.act;
  const [x, y] = a.act ? [a, b] : [b, a];
  if (!x.act || !y.acts || y.acts.has(x.act)) return false;
  let total = 0;
  for (const c of y.acts.values()) total += c;
  return total >= 2;
}

/** The act families a fingerprint mentions, weighted as for its dominant act (a lead mention twice). */
function actFamiliesOf(fp: EventFingerprint): Map<string, number> | null {
  let m: Map<string, number> | null = null;
  const add = (key: string, c: number) => {
    const fam = key.startsWith('c:') ? ACT_FAMILY.get(key.slice(2)) : undefined;
    if (fam === undefined || !(c > 0)) return;
    (m ??= new Map()).set(fam, (m.get(fam) ?? 0) + c);
  };
  const keys = fp.keys ?? [];
  for (let k = 0; k < keys.length; k++) add(keys[k]!, (fp.counts?.[k] ?? 1) + (fp.leads?.[k] ?? 0));
  if (fp.terms)
    for (const [k, c] of Object.entries(fp.terms)) if (!k.startsWith('l:')) add(k, c + (fp.terms[`l:${k}`] ?? 0));
  return m;
}

export function figuresConflict(a: readonly number[], b: readonly number[]): boolean {
  return a.length >= 2 && b.length >= 2 && !a.some((x) => b.includes(x));
}

/** How much of a feature the other language does not attest still counts in a cross-language norm. */
const UNATTESTED_SHARE = 0.3;

/**
 * How two articles' ordinals agree: 'conflict' when one reports a first occurrence of an act the other
 * reports as a repetition, or the two give one act different repetition counts ("der zweite" / "der dritte
 * Testflug"); 'agree' when each reports a repetition of the same count (≥ 2) of something the other mentions
 * ("der zweite Testflug" / "bei einem zweiten Test explodiert", "ein weiteres Beben" / "erneut ein Erdbeben"): the
 * shared marker is evidence for one follow-up event, not against it; 'follow-up' when one reports a repetition
 * of an act the other names without any repetition of that count; else 'none'. A conflict wins over agreement,
 * agreement over a follow-up.
 */
export type OrdinalRelation = 'conflict' | 'agree' | 'follow-up' | 'none';

export function ordinalRelation(
  a: Pick<EventFingerprint, 'ordinals' | 'terms' | 'keys' | 'leads'>,
  b: Pick<EventFingerprint, 'ordinals' | 'terms' | 'keys' | 'leads'>,
): OrdinalRelation {
  let followUp = false,
    agree = false;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    // The counts y gives a repetition of something x mentions too.
    const yVals = Object.entries(y.ordinals)
      .filter(([k2, v2]) => v2 >= 2 && fingerprintHas(x, k2))
      .map(([, v2]) => v2);
    for (const [k, v] of Object.entries(x.ordinals)) {
      const w = y.ordinals[k];
      const isAct = k.startsWith('c:') && ACT_FAMILY.has(k.slice(2));
      if (w !== undefined) {
        if ((v === 1) !== (w === 1)) return 'conflict';
        if (v >= 2 && v === w) agree = true;
        else if (v >= 2 && isAct) return 'conflict';
      } else if (v >= 2 && fingerprintHas(y, k)) {
        // "for the first time" in one, "the second test flight" in the other.
        if (y.ordinals['c:time'] === 1 && isAct) return 'conflict';
        if (yVals.includes(v)) agree = true;
        else followUp = true;
      }
    }
  }
  return agree ? 'agree' : followUp ? 'follow-up' : 'none';
}

export interface Related {
  path: string;
  score: number;
  /** Short reasons: what the two articles share. */
  reasons: string[];
}

interface When {
  y?: number;
  m: number;
  d?: number;
}

function parseWhen(w: string | null): When | null {
  if (!w) return null;
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(w);
  if (m) return { y: +m[1]!, m: +m[2]!, ...(m[3] ? { d: +m[3] } : {}) };
  m = /^--(\d{2})-(\d{2})$/.exec(w);
  if (m) return { m: +m[1]!, d: +m[2]! };
  return null;
}

/** Whether two event-time estimates can describe one event (true when either is unknown). */
export function datesCompatible(a: string | null, b: string | null, dayTolerance = 10): boolean {
  return whenCompatible(parseWhen(a), parseWhen(b), dayTolerance);
}

function whenCompatible(x: When | null, y: When | null, dayTolerance: number): boolean {
  if (!x || !y) return true;
  const yearA = x.y ?? y.y ?? 2000,
    yearB = y.y ?? x.y ?? 2000;
  if (x.d !== undefined && y.d !== undefined) {
    const da = Date.UTC(yearA, x.m - 1, x.d),
      db = Date.UTC(yearB, y.m - 1, y.d);
    return Math.abs(da - db) <= dayTolerance * 86_400_000;
  }
  // Month precision on one side: the months must be the same or adjacent (end-of-month reports).
  const ma = yearA * 12 + x.m,
    mb = yearB * 12 + y.m;
  return Math.abs(ma - mb) <= 1;
}

/** Reason groups, in the order reasons list them; a feature's group is its namespace's. */
const REASON_NS: ReadonlyArray<readonly [string[], string]> = [
  [['q'], 'same quote'],
  [['a', 'n'], 'shared names'],
  [['#'], 'same figures'],
  [['d', 'md', 'm'], 'dates'],
  [['c', 'w', 'o'], 'same act/topic'],
  [['wd', 'y'], 'time'],
];
const REASON_GROUP = new Map(REASON_NS.flatMap(([nss], g) => nss.map((ns) => [ns, g] as const)));
const QUOTE_GROUP = 0;

/** Feature kinds (namespace, lead twin or not), numbered: per kind its weight, prior, flags and reason group. */
const F_NEUTRAL = 1;
const F_LEAD = 2;
const KIND_IDS = new Map<string, number>();
const KIND_WEIGHT: number[] = [];
const KIND_PRIOR: number[] = [];
const KIND_FLAGS: number[] = [];
const KIND_GROUP: number[] = [];
/** Kinds beyond this many (keys of unknown namespaces) share the last one. */
const MAX_KINDS = 250;

/** The kind of a feature key (see nsInfo), from its first characters where the namespace is a known one. */
function kindOf(key: string): number {
  const c0 = key.charCodeAt(0),
    c1 = key.charCodeAt(1);
  if (c1 === 58 /* : */) {
    if (c0 === 108 /* l */) return leadKindOf(kindOf(key.slice(2)));
    if (c0 < 128) {
      const k = SHORT_KINDS[c0]!;
      if (k >= 0) return k;
    }
  }
  const colon = key.indexOf(':');
  return kindNamed(colon < 0 ? ':' : key.slice(0, colon + 1));
}

/** The kind of a namespace prefix ("n:", "l:n:"). */
function kindNamed(name: string): number {
  let id = KIND_IDS.get(name);
  if (id === undefined) {
    if (KIND_WEIGHT.length >= MAX_KINDS) return MAX_KINDS - 1;
    const ns = nsInfo(name);
    id = KIND_WEIGHT.length;
    KIND_IDS.set(name, id);
    KIND_WEIGHT.push(ns.weight);
    KIND_PRIOR.push(ns.prior);
    KIND_FLAGS.push((NEUTRAL.has(ns.ns) ? F_NEUTRAL : 0) | (ns.lead ? F_LEAD : 0));
    KIND_GROUP.push(ns.lead ? -1 : (REASON_GROUP.get(ns.ns) ?? -1));
    KIND_NAME.push(name);
  }
  return id;
}

const KIND_NAME: string[] = [];
const LEAD_KIND: number[] = [];
/** The kind of the lead twin of a feature of kind k. */
function leadKindOf(k: number): number {
  return (LEAD_KIND[k] ??= kindNamed(`l:${KIND_NAME[k]!}`));
}
/** Kinds of the one-letter namespaces by their letter (-1: none). */
const SHORT_KINDS: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  for (const ns of Object.keys(NAMESPACES)) if (ns.length === 1) t[ns.charCodeAt(0)] = kindNamed(`${ns}:`);
  return t;
})();

const NO_FIDS = new Int32Array(0);
const NO_VALS = new Float64Array(0);
const NO_FLAGS = new Uint8Array(0);

const NO_POS16 = 0xffff;
const NO_POS32 = 0xffffffff;

export class EventIndex {
  private readonly docs = new Map<string, Entry>();
  /** Entries by slot (slots of removed articles are reused). */
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /**
   * Interned features: id by key; per id its key ('' for a lead twin), kind, lead twin, document frequency
   * and postings (the slots of the articles that have it: `postOne` while there is one article and no list
   * yet, else `postDocs`).
   */
  private readonly featureIds = new Map<string, number>();
  private readonly fKey: string[] = [];
  private fKind = new Uint8Array(1024);
  private fLeadTwin = new Int32Array(1024).fill(-1);
  private fDf = new Int32Array(1024);
  private postOne = new Int32Array(1024);
  private readonly postDocs: (number[] | undefined)[] = [];
  /** Weight × IDF per feature, valid while `iwVersion` equals `version` (bumped by every put and remove). */
  private iwValue = new Float64Array(1024);
  private iwVersion = new Int32Array(1024);
  private version = 1;
  /** Scratch by feature id: one article's dot-product weights (scatter, gather, clear). */
  private dense = new Float64Array(1024);
  /** language -> (feature id -> document frequency), for cross-language attestation */
  private readonly langDf = new Map<string, Int32Array>();
  /** event number -> member paths */
  private readonly groups = new Map<number, Set<string>>();
  private nextEvent = 1;
  private nextOrder = 0;
  private readonly threshold: number;
  private readonly floor: number;
  private readonly dayTolerance: number;
  private readonly candidateFeatures: number;
  /** Scratch: candidate marks by slot; candidate features of one article; an article's features while it is put. */
  private mark = new Uint8Array(0);
  private scratchK = new Int32Array(256);
  private scratchW = new Float64Array(256);
  private putFid = new Int32Array(256);
  private putCount = new Float64Array(256);
  private putPos = new Int32Array(256);
  private putOrder = new Float64Array(256);

  constructor(options: EventIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.11;
    this.floor = options.candidateFloor ?? 0.06;
    this.dayTolerance = options.dayTolerance ?? 10;
    this.candidateFeatures = options.candidateFeatures ?? CANDIDATE_FEATURES;
  }

  get size(): number {
    return this.docs.size;
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  private featureId(key: string): number {
    let id = this.featureIds.get(key);
    if (id === undefined) {
      // A lead twin ("l:n:oslo", in the record form) is its feature's twin; twins have no key of their own.
      if (key.charCodeAt(0) === 108 /* l */ && key.charCodeAt(1) === 58)
        return this.leadTwin(this.featureId(key.slice(2)));
      id = this.newFeature(key, kindOf(key));
      this.featureIds.set(key, id);
    }
    return id;
  }

  private newFeature(key: string, kind: number): number {
    const id = this.fKey.length;
    if (id === this.fKind.length) this.growFeatures();
    this.fKey.push(key);
    this.fKind[id] = kind;
    this.postDocs.push(undefined);
    return id;
  }

  private growFeatures(): void {
    const n = this.fKind.length * 2;
    const kind = new Uint8Array(n),
      twin = new Int32Array(n).fill(-1),
      df = new Int32Array(n),
      one = new Int32Array(n);
    const iw = new Float64Array(n),
      iwv = new Int32Array(n),
      dense = new Float64Array(n);
    kind.set(this.fKind);
    twin.set(this.fLeadTwin);
    df.set(this.fDf);
    one.set(this.postOne);
    iw.set(this.iwValue);
    iwv.set(this.iwVersion);
    dense.set(this.dense);
    this.fKind = kind;
    this.fLeadTwin = twin;
    this.fDf = df;
    this.postOne = one;
    this.iwValue = iw;
    this.iwVersion = iwv;
    this.dense = dense;
  }

  /** The lead twin ("l:" + key) of a feature (its key is not kept: reasons never show a lead twin). */
  private leadTwin(fid: number): number {
    let t = this.fLeadTwin[fid]!;
    if (t < 0) {
      t = this.newFeature('', leadKindOf(this.fKind[fid]!));
      this.fLeadTwin[fid] = t;
    }
    return t;
  }

  private idf(fid: number): number {
    return Math.log(
      (this.docs.size + BACKGROUND) / (this.fDf[fid]! + BACKGROUND * KIND_PRIOR[this.fKind[fid]!]! + 0.5),
    );
  }

  /** Namespace weight × IDF of a feature (≥ 0) at the current corpus: weight(f, count) = tf(count) × this. */
  private idfWeight(fid: number): number {
    if (this.iwVersion[fid] === this.version) return this.iwValue[fid]!;
    const idf = this.idf(fid);
    const w = idf > 0 ? KIND_WEIGHT[this.fKind[fid]!]! * idf : 0;
    this.iwValue[fid] = w;
    this.iwVersion[fid] = this.version;
    return w;
  }

  /** The norm of e's vector as compared with an article in `language`. */
  private normOf(e: Entry, language: string): number {
    const n = this.docs.size;
    const same = language === e.language;
    if (same) {
      if (e.normN >= 0 && Math.abs(n - e.normN) <= Math.max(2, e.normN * 0.1)) return e.norm;
    } else {
      const cached = e.cross?.get(language);
      if (cached && Math.abs(n - cached.n) <= Math.max(2, cached.n * 0.1)) return cached.norm;
    }
    // Across languages, what the other language does not attest counts in part.
    const df = same ? null : this.langDf.get(language);
    let s = 0;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const w = e.tfs[k]! * this.idfWeight(fid);
      const w2 = w * w;
      s +=
        same || (KIND_FLAGS[this.fKind[fid]!]! & F_NEUTRAL) !== 0 || (df?.[fid] ?? 0) > 0 ? w2 : UNATTESTED_SHARE * w2;
    }
    const norm = Math.sqrt(s) || 1;
    if (same) {
      e.norm = norm;
      e.normN = n;
    } else (e.cross ??= new Map()).set(language, { norm, n });
    return norm;
  }

  /**
   * Cosine from a dot product, with the date and act gates (0) and the figures and ordinal penalties. Below `floor`
   * before the penalties (which only lower it), the cosine is returned as it is.
   */
  private score(a: Entry, b: Entry, dot: number, floor = -Infinity): number {
    if (!this.datesFit(a, b)) return 0;
    let s = dot / (this.normOf(a, b.language) * this.normOf(b, a.language));
    if (s < floor) return s;
    if (actsDiffer(a, b)) return 0;
    if (figuresConflict(a.percents, b.percents)) s *= FIGURES_PENALTY;
    if (a.ordFids.length || b.ordFids.length) {
      const rel = this.ordinalRelation(a, b);
      if (rel === 'conflict') s *= ORDINAL_PENALTY;
      else if (rel === 'follow-up') s *= FOLLOW_UP_PENALTY;
    }
    return s;
  }

  /** The date gate: whether the two articles' event times are compatible. */
  private datesFit(a: Entry, b: Entry): boolean {
    return a.whenDay === a.whenDay && b.whenDay === b.whenDay
      ? Math.abs(a.whenDay - b.whenDay) <= this.dayTolerance
      : whenCompatible(a.when, b.when, this.dayTolerance);
  }

  /** Whether one article reports a first occurrence of an act the other reports as a repetition (a veto, like the date gate). */
  private ordinalsConflict(a: Entry, b: Entry): boolean {
    return (a.ordFids.length > 0 || b.ordFids.length > 0) && this.ordinalRelation(a, b) === 'conflict';
  }

  /** Whether y calls something x mentions too a repetition of count v (v ≥ 2). */
  private repeats(y: Entry, x: Entry, v: number): boolean {
    for (let j = 0; j < y.ordFids.length; j++)
      if (y.ordVals[j] === v && sortedIndexOf(x.fids, y.ordFids[j]!) >= 0) return true;
    return false;
  }

  /** ordinalRelation over indexed articles. */
  private ordinalRelation(a: Entry, b: Entry): OrdinalRelation {
    let followUp = false,
      agree = false;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let k = 0; k < x.ordFids.length; k++) {
        const fid = x.ordFids[k]!,
          v = x.ordVals[k]!;
        const at = y.ordFids.indexOf(fid);
        if (at >= 0) {
          const w = y.ordVals[at]!;
          if ((v === 1) !== (w === 1)) return 'conflict';
          if (v >= 2 && v === w) agree = true;
          else if (v >= 2 && x.ordActs[k]) return 'conflict';
        } else if (v >= 2 && sortedIndexOf(y.fids, fid) >= 0) {
          if (y.time1 && x.ordActs[k]) return 'conflict';
          if (this.repeats(y, x, v)) agree = true;
          else followUp = true;
        }
      }
    }
    return agree ? 'agree' : followUp ? 'follow-up' : 'none';
  }

  /** Indexes an article without assigning it to an event (batch building: put all, then cluster()). */
  put(path: string, fp: EventFingerprint): void {
    this.putEntry(path, fp);
  }

  /** put() with the article's actors as "a:" features (counted by their mentions), as buildEventIndex joins them. */
  putWithActors(path: string, fp: EventFingerprint, actors: readonly Pick<Actor, 'id' | 'name' | 'mentions'>[]): void {
    this.putEntry(path, fp, actors);
  }

  private putEntry(
    path: string,
    fp: EventFingerprint,
    actors: readonly Pick<Actor, 'id' | 'name' | 'mentions'>[] = [],
  ): Entry {
    if (this.docs.has(path)) this.remove(path);
    this.version++;
    // The features: the compact keys (with lead twins), then the terms record (added features, such as
    // actor ids, or a fingerprint in the record form), which replaces a key of the same name.
    const keys = fp.keys ?? [];
    const nBase = keys.length;
    if (actors.length)
      fp = withActorFeatures(
        fp,
        actors.map((a) => ({ id: a.id, name: a.name, count: a.mentions.length })),
      );
    const extra = fp.terms ? Object.keys(fp.terms) : [];
    const extraCount = extra.map((k) => fp.terms![k]!);
    const extraDisplay = extra.map((k) => fp.display?.[k]);
    const nKeys = nBase + extra.length;
    const max = 2 * nBase + extra.length;
    if (this.putFid.length < max) {
      const n = max * 2;
      this.putFid = new Int32Array(n);
      this.putCount = new Float64Array(n);
      this.putPos = new Int32Array(n);
      this.putOrder = new Float64Array(n);
    }
    const fidOf = this.putFid,
      countOf = this.putCount,
      posOf = this.putPos;
    let m = 0;
    const counts = fp.counts,
      leads = fp.leads;
    for (let k = 0; k < nBase; k++) {
      const fid = this.featureId(keys[k]!);
      fidOf[m] = fid;
      countOf[m] = counts?.[k] ?? 1;
      posOf[m++] = k;
      const l = leads?.[k] ?? 0;
      if (l > 0) {
        fidOf[m] = this.leadTwin(fid);
        countOf[m] = l;
        posOf[m++] = -1;
      }
    }
    for (let x = 0; x < extra.length; x++) {
      const c = extraCount[x]!;
      if (!(c > 0)) continue;
      fidOf[m] = this.featureId(extra[x]!);
      countOf[m] = c;
      posOf[m++] = nBase + x;
    }
    // Sorted by feature id (a later duplicate replaces an earlier one).
    const SHIFT = 2 ** 21;
    const order = this.putOrder.subarray(0, m);
    for (let k = 0; k < m; k++) order[k] = fidOf[k]! * SHIFT + k;
    order.sort();
    let u = 0;
    for (let k = 0; k < m; k++) {
      const at = order[k]! % SHIFT;
      if (u > 0 && fidOf[order[u - 1]! % SHIFT] === fidOf[at]) order[u - 1] = order[k]!;
      else order[u++] = order[k]!;
    }
    // One buffer for the article's three arrays.
    const wide = nKeys >= NO_POS16;
    const buf = new ArrayBuffer(u * (wide ? 16 : 14));
    const tfs = new Float64Array(buf, 0, u),
      fids = new Int32Array(buf, 8 * u, u);
    const pos = wide ? new Uint32Array(buf, 12 * u, u) : new Uint16Array(buf, 12 * u, u);
    for (let k = 0; k < u; k++) {
      const at = order[k]! % SHIFT;
      fids[k] = fidOf[at]!;
      tfs[k] = 1 + Math.log(countOf[at]!);
      pos[k] = posOf[at]! < 0 ? (wide ? NO_POS32 : NO_POS16) : posOf[at]!;
    }
    let extraShown: string[] | null = null;
    if (extra.length) {
      extraShown = [];
      for (let x = 0; x < extra.length; x++) {
        const key = extra[x]!;
        let d = extraDisplay[x];
        if (d !== undefined && key.startsWith('q:')) d = d.replace(/^„|“$/g, '');
        extraShown.push(d === undefined ? '' : storedShown(key, d));
      }
    }
    const ords = Object.entries(fp.ordinals ?? {});
    const when = parseWhen(fp.when);
    const slot = this.freeSlots.length ? this.freeSlots.pop()! : this.slots.length;
    const e: Entry = {
      path,
      order: this.nextOrder++,
      event: 0,
      slot,
      language: fp.language,
      headline: fp.headline,
      titled: fp.titled === true,
      whenIso: fp.when,
      when,
      whenDay:
        when && when.y !== undefined && when.d !== undefined ? Date.UTC(when.y, when.m - 1, when.d) / 86_400_000 : NaN,
      act: fp.act,
      acts: actFamiliesOf(fp),
      percents: fp.percents ?? [],
      ordFids: ords.length ? Int32Array.from(ords, ([k]) => this.featureId(k)) : NO_FIDS,
      ordVals: ords.length ? Float64Array.from(ords, ([, v]) => v) : NO_VALS,
      ordActs: ords.length
        ? Uint8Array.from(ords, ([k]) => (k.startsWith('c:') && ACT_FAMILY.has(k.slice(2)) ? 1 : 0))
        : NO_FLAGS,
      time1: fp.ordinals?.['c:time'] === 1,
      fids,
      tfs,
      pos,
      shown: fp.shown ?? '',
      nBase,
      extraShown,
      norm: 0,
      normN: -1,
      cross: null,
    };
    this.slots[slot] = e;
    this.docs.set(path, e);
    let l = this.langDf.get(fp.language);
    if (!l || l.length < this.fKind.length) {
      const grown = new Int32Array(this.fKind.length);
      if (l) grown.set(l);
      this.langDf.set(fp.language, (l = grown));
    }
    const df = this.fDf;
    for (let k = 0; k < u; k++) {
      const fid = fids[k]!;
      const docs = this.postDocs[fid];
      if (docs !== undefined) docs.push(slot);
      else if (df[fid] === 0) this.postOne[fid] = slot;
      else this.postDocs[fid] = [this.postOne[fid]!, slot];
      df[fid]!++;
      l[fid]!++;
    }
    return e;
  }

  /** Adds one article and assigns it to the best-fitting event (or a new one). Returns its event id. */
  add(path: string, fp: EventFingerprint): string {
    const e = this.putEntry(path, fp);
    const sims = this.similaritiesOf(e);
    const byEvent = new Map<number, number>();
    for (const [other, s] of sims) {
      const ev = other.event;
      if (ev) byEvent.set(ev, (byEvent.get(ev) ?? 0) + s);
    }
    let best = 0,
      bestScore = this.threshold;
    for (const [ev, sum] of byEvent) {
      const members = this.groups.get(ev)!;
      const mean = sum / members.size;
      if (mean < bestScore) continue;
      if (![...members].every((m) => this.compatible(path, m))) continue;
      best = ev;
      bestScore = mean;
    }
    if (!best) best = this.nextEvent++;
    this.assign(e, best);
    return `e${best}`;
  }

  /** Removes an article; its event keeps the other members. */
  remove(path: string): void {
    const e = this.docs.get(path);
    if (!e) return;
    this.version++;
    const l = this.langDf.get(e.language);
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const docs = this.postDocs[fid];
      if (docs === undefined) this.postOne[fid] = -1;
      else {
        const at = docs.lastIndexOf(e.slot);
        if (at >= 0) {
          docs[at] = docs[docs.length - 1]!;
          docs.pop();
        }
      }
      this.fDf[fid]!--;
      if (l && l[fid]) l[fid]!--;
    }
    if (e.event) {
      const g = this.groups.get(e.event);
      g?.delete(path);
      if (g && !g.size) this.groups.delete(e.event);
    }
    this.docs.delete(path);
    this.slots[e.slot] = undefined;
    this.freeSlots.push(e.slot);
  }

  /** Re-indexes a changed article (remove + add). */
  update(path: string, fp: EventFingerprint): string {
    this.remove(path);
    return this.add(path, fp);
  }

  private assign(e: Entry, ev: number): void {
    if (e.event) this.groups.get(e.event)?.delete(e.path);
    e.event = ev;
    let g = this.groups.get(ev);
    if (!g) this.groups.set(ev, (g = new Set()));
    g.add(e.path);
  }

  private compatible(a: string, b: string): boolean {
    const ea = this.docs.get(a)!,
      eb = this.docs.get(b)!;
    return whenCompatible(ea.when, eb.when, this.dayTolerance) && !this.ordinalsConflict(ea, eb) && !actsDiffer(ea, eb);
  }

  /** Features in more articles than this do not count in dot products (a fifth of the corpus, at least 30). */
  private maxDf(): number {
    return Math.max(30, this.docs.size * 0.2);
  }

  /**
   * Dot products with one article: `scatter` writes its weights (tf × IW², features in at most maxDf
   * articles) into the dense scratch by feature id, `gather` sums another article's tf against them, `clear`
   * zeroes the scratch again.
   */
  private scatter(e: Entry, maxDf: number): void {
    const d = this.dense,
      df = this.fDf;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      if (df[fid]! <= maxDf) {
        const w = this.idfWeight(fid);
        d[fid] = e.tfs[k]! * w * w;
      }
    }
  }

  private gather(o: Entry): number {
    const d = this.dense,
      f = o.fids,
      t = o.tfs;
    let s = 0;
    for (let k = 0; k < f.length; k++) s += d[f[k]!]! * t[k]!;
    return s;
  }

  private clear(e: Entry): void {
    const d = this.dense;
    for (let k = 0; k < e.fids.length; k++) d[e.fids[k]!] = 0;
  }

  /** Similarity of two indexed articles (0..1), 0 when their event times are incompatible. */
  similarity(a: string, b: string): number {
    const ea = this.docs.get(a),
      eb = this.docs.get(b);
    if (!ea || !eb || a === b) return 0;
    this.scatter(ea, Infinity);
    const dot = this.gather(eb);
    this.clear(ea);
    return this.score(ea, eb, dot);
  }

  /**
   * The slots of the articles that share one of e's most distinctive features: its top `candidateFeatures`
   * by tf × weight × IDF among the features in 2 to CANDIDATE_DF articles (or a fifth of a small corpus),
   * lead twins aside (an article with a lead twin has its feature too).
   */
  private candidateSlots(e: Entry): number[] {
    const maxDf = this.maxDf();
    const candDf = Math.max(30, Math.min(maxDf, CANDIDATE_DF));
    if (this.mark.length < this.slots.length) this.mark = new Uint8Array(this.slots.length * 2);
    if (this.scratchK.length < e.fids.length) {
      this.scratchK = new Int32Array(e.fids.length * 2);
      this.scratchW = new Float64Array(e.fids.length * 2);
    }
    const ks = this.scratchK,
      ws = this.scratchW,
      dfs = this.fDf;
    let cnt = 0;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const df = dfs[fid]!;
      if (df <= 1 || df > candDf || KIND_FLAGS[this.fKind[fid]!]! & F_LEAD) continue;
      const iw = this.idfWeight(fid);
      if (iw <= 0) continue;
      ks[cnt] = k;
      ws[cnt++] = e.tfs[k]! * iw;
    }
    const limit = this.candidateFeatures;
    let threshold = -Infinity;
    if (cnt > limit) {
      const sorted = ws.slice(0, cnt).sort();
      threshold = sorted[cnt - limit]!;
    }
    const mark = this.mark;
    const touched: number[] = [];
    let taken = 0;
    // Features above the threshold, then those at it (in key order) up to the limit.
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < cnt; c++) {
        const w = ws[c]!;
        if (pass === 0 ? w <= threshold : w !== threshold || taken >= limit) continue;
        taken++;
        const docs = this.postDocs[e.fids[ks[c]!]!]!;
        for (let p = 0; p < docs.length; p++) {
          const o = docs[p]!;
          if (o === e.slot || mark[o]) continue;
          mark[o] = 1;
          touched.push(o);
        }
      }
      if (threshold === -Infinity) break;
    }
    for (const o of touched) mark[o] = 0;
    return touched;
  }

  /** Similarities of one indexed article to its candidates, those at or above the floor. */
  private similaritiesOf(e: Entry): [Entry, number][] {
    const out: [Entry, number][] = [];
    const cands = this.candidateSlots(e);
    this.scatter(e, this.maxDf());
    for (const o of cands) {
      const other = this.slots[o]!;
      if (!this.datesFit(e, other)) continue;
      const s = this.score(e, other, this.gather(other), this.floor);
      if (s >= this.floor) out.push([other, s]);
    }
    this.clear(e);
    return out;
  }

  /** The articles most similar to `path` (related coverage), best first, with reasons. */
  related(path: string, limit = 10): Related[] {
    const e = this.docs.get(path);
    if (!e) return [];
    return this.similaritiesOf(e)
      .sort((a, b) => b[1] - a[1] || a[0].order - b[0].order)
      .slice(0, limit)
      .map(([o, score]) => ({ path: o.path, score, reasons: this.reasons(path, [o.path]) }));
  }

  /** The shown forms of an entry's features, by key order (resolved: no back-references, '' = derived). */
  private shownOf(e: Entry): string[] {
    const s = e.shown ? e.shown.split(SHOWN_SEP) : [];
    for (let k = 0; k < s.length; k++) if (s[k] === SAME_AS_BEFORE) s[k] = k > 0 ? s[k - 1]! : '';
    if (e.extraShown) {
      for (let k = s.length; k < e.nBase; k++) s.push('');
      s.length = e.nBase;
      s.push(...e.extraShown);
    }
    return s;
  }

  /** What `path` shares with `others`, strongest first, grouped by kind: ["shared names: Brenmark, Ellsby", …]. */
  reasons(path: string, others: string[]): string[] {
    const e = this.docs.get(path);
    if (!e) return [];
    // Per feature of e: weight(f, count) × weight(f, other count), summed over the others; ties in e's key order.
    const nf = e.fids.length;
    const contrib = new Float64Array(nf);
    const shared = new Uint8Array(nf);
    for (const o of others) {
      const eo = this.docs.get(o);
      if (!eo || o === path) continue;
      const fa = e.fids,
        fb = eo.fids;
      let i = 0,
        j = 0;
      while (i < fa.length && j < fb.length) {
        const x = fa[i]!,
          y = fb[j]!;
        if (x < y) i++;
        else if (x > y) j++;
        else {
          const kind = this.fKind[x]!;
          if (KIND_GROUP[kind]! >= 0) {
            const fw = KIND_WEIGHT[kind]!,
              idf = Math.max(0, this.idf(x));
            contrib[i] = contrib[i]! + e.tfs[i]! * fw * idf * (eo.tfs[j]! * fw * idf);
            shared[i] = 1;
          }
          i++;
          j++;
        }
      }
    }
    const ranked: number[] = [];
    for (let k = 0; k < nf; k++) if (shared[k]) ranked.push(k);
    ranked.sort((a, b) => contrib[b]! - contrib[a]! || e.pos[a]! - e.pos[b]!);
    const stored = ranked.length ? this.shownOf(e) : [];
    const out: string[] = [];
    for (let g = 0; g < REASON_NS.length; g++) {
      const shown: string[] = [];
      const seen = new Set<string>();
      const max = g === QUOTE_GROUP ? 1 : 4;
      for (const k of ranked) {
        const fid = e.fids[k]!;
        if (KIND_GROUP[this.fKind[fid]!] !== g) continue;
        let d = stored[e.pos[k]!] || derivedShown(this.fKey[fid]!);
        if (g === QUOTE_GROUP) d = `„${d}“`;
        if (seen.has(d.toLowerCase())) continue;
        seen.add(d.toLowerCase());
        shown.push(d);
        if (shown.length >= max) break;
      }
      if (shown.length) out.push(`${REASON_NS[g]![1]}: ${shown.join(', ')}`);
    }
    if (e.whenIso) out.push(`event date ${e.whenIso}`);
    return out;
  }

  /**
   * Re-groups every indexed article from scratch: greedy average-link clustering over the candidate
   * pairs, strongest first, with the date and ordinal gates applied to every pair across two groups.
   */
  cluster(): void {
    const entries = [...this.docs.values()].sort((a, b) => a.order - b.order);
    // Average-link agglomerative clustering over the sparse candidate graph: clusters are numbered by
    // their first member; adj holds, per pair of clusters, the sum of their members' similarities. A heap
    // (lazy: stale entries are skipped by version) yields the best-linked pair next.
    const idOfSlot = new Int32Array(this.slots.length);
    entries.forEach((e, i) => {
      idOfSlot[e.slot] = i;
    });
    const members: (Entry[] | null)[] = entries.map((e) => [e]);
    const adj: Map<number, number>[] = entries.map(() => new Map());
    const version: number[] = entries.map(() => 0);
    // A pair is scored once: by the earlier article when either article's candidates hold the other.
    const cands: Int32Array[] = [];
    const maxDf = this.maxDf();
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const ids = Int32Array.from(this.candidateSlots(e), (o) => idOfSlot[o]!).sort();
      cands.push(ids);
      this.scatter(e, maxDf);
      for (let c = 0; c < ids.length; c++) {
        const j = ids[c]!;
        if (j < i && sortedIndexOf(cands[j]!, i) >= 0) continue;
        const o = entries[j]!;
        if (!this.datesFit(e, o)) continue;
        const s = this.score(e, o, this.gather(o), this.floor);
        if (s >= this.floor) {
          adj[i]!.set(j, s);
          adj[j]!.set(i, s);
        }
      }
      this.clear(e);
    }
    cands.length = 0;
    const heap = new MaxHeap();
    const push = (i: number, j: number) => {
      const sum = adj[i]!.get(j) ?? 0;
      const mean = sum / (members[i]!.length * members[j]!.length);
      if (mean >= this.threshold) heap.push(mean, i, j, version[i]!, version[j]!);
    };
    for (let i = 0; i < entries.length; i++) for (const j of adj[i]!.keys()) if (j > i) push(i, j);
    const tol = this.dayTolerance;
    for (let top = heap.pop(); top; top = heap.pop()) {
      const [, a, b, va, vb] = top;
      if (!members[a] || !members[b] || version[a] !== va || version[b] !== vb) continue;
      // Complete-link gates: no pair across the two clusters may be date-incompatible, or disagree on
      // whether the act is a first occurrence or a repetition.
      if (
        !members[a]!.every((x) =>
          members[b]!.every(
            (y) => whenCompatible(x.when, y.when, tol) && !this.ordinalsConflict(x, y) && !actsDiffer(x, y),
          ),
        )
      )
        continue;
      const [keep, drop] = a < b ? [a, b] : [b, a];
      members[keep]!.push(...members[drop]!);
      members[drop] = null;
      version[keep]!++;
      for (const [k, v] of adj[drop]!) {
        adj[k]!.delete(drop);
        if (k === keep) continue;
        const sum = (adj[keep]!.get(k) ?? 0) + v;
        adj[keep]!.set(k, sum);
        adj[k]!.set(keep, sum);
      }
      adj[drop]!.clear();
      adj[keep]!.delete(drop);
      for (const k of adj[keep]!.keys()) push(keep, k);
    }
    this.groups.clear();
    this.nextEvent = 1;
    for (const m of members) {
      if (!m) continue;
      const ev = this.nextEvent++;
      for (const e of m) this.assign(e, ev);
    }
  }

  private eventFor(ev: number, memberSet: Set<string>): CoverageEvent {
    const members = [...memberSet].sort((a, b) => this.docs.get(a)!.order - this.docs.get(b)!.order);
    const reasons: Record<string, string[]> = {};
    for (const m of members) {
      const others = members.filter((x) => x !== m);
      reasons[m] = others.length
        ? this.reasons(m, others)
        : ['no other article shares its distinctive names, figures and dates'];
    }
    return { id: `e${ev}`, label: this.label(members), articles: members, reasons };
  }

  /** The current events, members in insertion order, events by their first member. */
  events(): CoverageEvent[] {
    const first = (g: Set<string>) => {
      let o = Infinity;
      for (const p of g) o = Math.min(o, this.docs.get(p)!.order);
      return o;
    };
    return [...this.groups]
      .map(([ev, g]) => ({ ev, g, o: first(g) }))
      .sort((a, b) => a.o - b.o)
      .map(({ ev, g }) => this.eventFor(ev, g));
  }

  /** The event of one article, or null when it is not indexed. */
  eventOf(path: string): CoverageEvent | null {
    const e = this.docs.get(path);
    if (!e || !e.event) return null;
    const g = this.groups.get(e.event);
    return g ? this.eventFor(e.event, g) : null;
  }

  /** The headline of the most central member (the highest sum of similarities to the others), with the event's date and size. */
  private label(members: string[]): string {
    // The most central member among those with a title (a page's own headline says what happened; a lead's
    // first sentence is a fallback), centrality by summed similarity to the other members.
    const all = members.map((m) => this.docs.get(m)!);
    const titled = all.filter((e) => e.titled);
    const pool = titled.length ? titled : all;
    let best = pool[0]!,
      bestScore = -1;
    if (members.length > 2 && pool.length > 1) {
      const es = all;
      for (const m of pool) {
        this.scatter(m, Infinity);
        let s = 0;
        for (const o of es) if (o !== m) s += this.score(m, o, this.gather(o));
        this.clear(m);
        if (s > bestScore) {
          best = m;
          bestScore = s;
        }
      }
    }
    const when = members.map((m) => this.docs.get(m)!.whenIso).find((w) => w && /^\d{4}/.test(w)) ?? null;
    const head = best.headline || best.path;
    const extra = [when, members.length > 1 ? `${members.length} articles` : null].filter(Boolean).join(', ');
    return extra ? `${head} (${extra})` : head;
  }
}

/** The index of x in an ascending array, or -1. */
function sortedIndexOf(a: Int32Array, x: number): number {
  let lo = 0,
    hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid]!;
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A binary max-heap of candidate merges: [score, a, b, version of a, version of b]. */
class MaxHeap {
  private readonly items: [number, number, number, number, number][] = [];

  push(score: number, a: number, b: number, va: number, vb: number): void {
    const h = this.items;
    h.push([score, a, b, va, vb]);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]![0] >= h[i]![0]) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  pop(): [number, number, number, number, number] | undefined {
    const h = this.items;
    if (!h.length) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && h[l]![0] > h[m]![0]) m = l;
        if (r < h.length && h[r]![0] > h[m]![0]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** A fingerprint with no features (an article without one). */
function emptyFingerprint(a: ArticleAnalysis): EventFingerprint {
  return {
    keys: [],
    when: a.date,
    headline: a.title ?? a.path,
    language: a.language,
    ordinals: {},
    act: null,
    percents: [],
  };
}

/**
 * Actor ids join a fingerprint as "a:" features (count: the actor's mentions in the article) once they are
 * corpus-wide (after unifyActorIds): the one place that rule lives, for buildEventIndex and the editor's index.
 * An actor without mentions adds nothing; an id already among the terms takes the new count.
 */
export function withActorFeatures(
  fp: EventFingerprint,
  actors: readonly { id: string; name: string; count: number }[],
): EventFingerprint {
  if (!actors.some((a) => a.count > 0)) return fp;
  // `terms` and `display` are where features that join later go (types.ts EventFingerprint).
  const terms = { ...fp.terms };
  const display = { ...fp.display };
  for (const a of actors) {
    if (!(a.count > 0)) continue;
    terms[`a:${a.id}`] = a.count;
    display[`a:${a.id}`] = a.name;
  }
  return { ...fp, terms, display };
}

/** Builds an index over analysed articles (those without a fingerprint get an empty one). */
export function buildEventIndex(articles: ArticleAnalysis[], options: EventIndexOptions = {}): EventIndex {
  const index = new EventIndex(options);
  // Actor ids are corpus-wide only after unifyActorIds, so they join the fingerprint at grouping time.
  for (const a of articles) index.putWithActors(a.path, a.fingerprint ?? emptyFingerprint(a), a.actors);
  index.cluster();
  return index;
}

/** Groups articles into events: every article in exactly one event, each with a label and reasons. */
export function groupEvents(articles: ArticleAnalysis[]): CoverageEvent[] {
  return buildEventIndex(articles).events();
}
