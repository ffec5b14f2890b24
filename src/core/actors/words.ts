// Word tests the actor finder shares: gazetteer look-ups that tolerate inflection ("Moskaus", "Vereinigten
// Staaten", "UN-Sicherheitsrates"), role heads, German common-noun and adjective tests. Pure functions over
// immutable tables; the German lexicon is passed in (loaded lazily by the caller).
import { MAJOR_OUTLETS, NEWS_AGENCIES } from '../resources/agencies';
import { INSTITUTIONS_MAP, LEGAL_FORMS, ORG_HEADS } from '../resources/organizations';
import { MEDIA_HEAD_WORDS, NAME_LIKE_HEADS, ORG_APPOSITION_HEADS } from '../resources/nameParts';
import { PLACES } from '../resources/places';
import { ROLE_HEADS_ENGLISH, ROLE_HEADS_GERMAN } from '../resources/roles';

export interface GermanLexicon {
  DE_NOUNS: ReadonlySet<string>;
  /** Gazetteer and organisation names ("Union", "Kreml"): a form in DE_NOUNS but not here needs no gazetteer look-up. */
  NAMED_NOUNS: ReadonlySet<string>;
  /** nounHash of every form in DE_NOUNS, lower-cased, and maybe others: a pre-test for compound heads. */
  NOUN_HASHES: { has(hash: number): boolean };
  DE_ADJECTIVES: ReadonlySet<string>;
  DE_STOPWORDS: ReadonlySet<string>;
  GIVEN_NAMES: ReadonlySet<string>;
  EN_WORDS: ReadonlySet<string>;
}

/** White space (\s). */
const WHITE = /\s/;

/** Lower-cases and drops German adjective endings from every word but the last ("Vereinigten Staaten" -> "vereinigt staaten"). */
function multiwordKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) words[i] = words[i]!.replace(/(e|en|em|er|es)$/u, '');
  return words.join(' ');
}

function keyed(map: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of map) if (/\s/.test(k)) out.set(multiwordKey(k), v);
  return out;
}

const PLACES_MULTI = keyed(PLACES);
const INSTITUTIONS_MULTI = keyed(INSTITUTIONS_MAP);

/** First words (lower case, adjective ending dropped) of every multiword gazetteer name: a cheap pre-test. */
const MULTI_FIRST: ReadonlySet<string> = new Set(
  [...PLACES.keys(), ...INSTITUTIONS_MAP.keys(), ...NEWS_AGENCIES, ...MAJOR_OUTLETS]
    .filter((k) => /\s/.test(k))
    .map((k) =>
      k
        .split(/\s+/)[0]!
        .toLowerCase()
        .replace(/(e|en|em|er|es)$/u, ''),
    ),
);

/** Whether a word can start a multiword gazetteer name ("Vereinigten" of "Vereinigten Staaten"). */
export function startsMultiword(word: string): boolean {
  return MULTI_FIRST.has(word.toLowerCase().replace(/(e|en|em|er|es)$/u, ''));
}
const MEDIA_NAMES: ReadonlySet<string> = new Set([...NEWS_AGENCIES, ...MAJOR_OUTLETS]);
const MEDIA_NAMES_LOWER: ReadonlySet<string> = new Set([...NEWS_AGENCIES].map((s) => s.toLowerCase()));

/**
 * Every spelling of a gazetteer with the inflected forms lookup() accepts ("Russlands", "Sicherheitsrates",
 * "Kammern"), so that a single word is found with one look-up. The spelling itself wins over an inflected form.
 */
function inflectedTable(map: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  // The spellings without white space, found once (not once per suffix: this table is built at every start).
  const keys: string[] = [];
  const values: string[] = [];
  for (const [k, v] of map)
    if (!WHITE.test(k)) {
      keys.push(k);
      values.push(v);
    }
  // In lookup()'s order of preference: "-s", then "-es", then "-n"; the spelling itself first of all.
  for (const [suffix, min] of [
    ['s', 4],
    ['es', 5],
    ['n', 5],
  ] as const) {
    for (let i = 0; i < keys.length; i++) {
      const f = keys[i]! + suffix;
      if (f.length >= min && !out.has(f)) out.set(f, values[i]!);
    }
  }
  for (const [k, v] of map) out.set(k, v);
  return out;
}

const PLACES_SINGLE = inflectedTable(PLACES);
const INSTITUTIONS_SINGLE = inflectedTable(INSTITUTIONS_MAP);

/** Looks a name up in a gazetteer, trying the genitive forms ("Russlands", "Sicherheitsrates") and inflected adjectives. */
function lookup(
  map: ReadonlyMap<string, string>,
  multi: ReadonlyMap<string, string>,
  name: string,
  single: ReadonlyMap<string, string>,
): string | undefined {
  if (name.indexOf(' ') < 0) return single.get(name);
  const direct = map.get(name);
  if (direct) return direct;
  const stems: string[] = [];
  if (name.endsWith('s') && name.length > 3) stems.push(name.slice(0, -1));
  if (name.endsWith('es') && name.length > 4) stems.push(name.slice(0, -2));
  if (name.endsWith('n') && name.length > 4) stems.push(name.slice(0, -1));
  for (const s of stems) {
    const hit = map.get(s);
    if (hit) return hit;
  }
  if (/\s/.test(name)) {
    for (const s of [name, ...stems]) {
      const hit = multi.get(multiwordKey(s));
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * A copy of a string that shares no memory with the text it was sliced from: a key kept in a cache across
 * articles must not hold on to its article.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * A lower-cased word with the final sigma folded ("ς" -> "σ"): the one case mapping of toLowerCase that depends
 * on the letters around it, so that the fold of a text is the folds of its parts, joined.
 */
function fold(s: string): string {
  const l = s.toLowerCase();
  return l.indexOf('ς') < 0 ? l : l.replace(FINAL_SIGMA, 'σ');
}
const FINAL_SIGMA = /ς/g;

/** Where the last word of s starts: after its last white space (\s), else 0. */
function lastWordStart(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITE.test(s[i]!))) return i + 1;
  }
  return 0;
}

/**
 * The last words (folded) of a gazetteer's names with white space in them, read off their keys in `multi`
 * (keyed(): lower case, the last word as it stands).
 */
function multiLastWords(multi: ReadonlyMap<string, string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const k of multi.keys()) {
    const w = k.slice(lastWordStart(k));
    out.add(w.indexOf('ς') < 0 ? w : w.replace(FINAL_SIGMA, 'σ'));
  }
  return out;
}

/**
 * Whether lookup() may find a name with white space: every name it accepts (the name itself or without a final
 * "-s", "-es" or "-n", as it stands or with adjective endings dropped from all but its last word) ends in the last
 * word of one of the gazetteer's multiword names, so a name whose last word (folded, maybe without such an
 * ending) is none of those is not looked up at all: most runs of capitalised words on unseen text, each of which
 * cost a multiwordKey() for itself and each of its stems, and a slot in the memo.
 */
function mayEndMultiword(lastWords: ReadonlySet<string>, name: string): boolean {
  const f = fold(name);
  const w = f.slice(lastWordStart(f));
  if (lastWords.has(w)) return true;
  const n = w.length;
  const last = n ? w.charCodeAt(n - 1) : 0;
  if (last === 115 /* s */)
    return lastWords.has(w.slice(0, -1)) || (n >= 2 && w.charCodeAt(n - 2) === 101 && lastWords.has(w.slice(0, -2)));
  return last === 110 /* n */ && lastWords.has(w.slice(0, -1));
}

/**
 * A gazetteer look-up memoised across articles for names with white space (which are split and stemmed; single
 * words are one map look-up anyway): pure, so the cache changes speed only. Bounded: emptied at MULTI_MEMO_MAX.
 */
const MULTI_MEMO_MAX = 20_000;
function multiMemo(
  map: ReadonlyMap<string, string>,
  multi: ReadonlyMap<string, string>,
  single: ReadonlyMap<string, string>,
): (name: string) => string | undefined {
  const cache = new Map<string, string | null>();
  const lastWords = multiLastWords(multi);
  return (name) => {
    if (name.indexOf(' ') < 0) return single.get(name);
    if (!mayEndMultiword(lastWords, name)) return undefined;
    const hit = cache.get(name);
    if (hit !== undefined) return hit ?? undefined;
    const v = lookup(map, multi, name, single);
    if (cache.size >= MULTI_MEMO_MAX) cache.clear();
    cache.set(ownCopy(name), v ?? null);
    return v;
  };
}

const placeLookup = multiMemo(PLACES, PLACES_MULTI, PLACES_SINGLE);
const institutionLookup = multiMemo(INSTITUTIONS_MAP, INSTITUTIONS_MULTI, INSTITUTIONS_SINGLE);

/** Every single-word spelling the gazetteers (places, institutions) know, with its inflected forms. */
export function gazetteerWords(): Iterable<string> {
  return [...PLACES_SINGLE.keys(), ...INSTITUTIONS_SINGLE.keys()];
}

export function placeOf(name: string): string | undefined {
  const hit = placeLookup(name);
  // Swiss spelling writes "ss" for "ß" ("Grossbritannien", "Grosse Seen").
  if (hit === undefined && name.includes('ss')) return placeLookup(name.replace(SWISS_SS, 'ß'));
  return hit;
}
const SWISS_SS = /ss/g;

export function institutionOf(name: string): string | undefined {
  return institutionLookup(name);
}

export function isMediaName(name: string): boolean {
  if (MEDIA_NAMES.has(name)) return true;
  if (MEDIA_NAMES_LOWER.has(name.toLowerCase())) return true;
  // Agency credits glued to a medium's name ("dpa-AFX", "eulerpool-AFX").
  const dash = name.lastIndexOf('-');
  return dash > 0 && MEDIA_NAMES.has(name.slice(dash + 1)) && /^[A-Z]{2,}$/.test(name.slice(dash + 1));
}

export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word);
}

/** Inflected forms of a German or English head noun, enough to recognise "Präsidenten", "Ministerin", "Sprechers". */
function inflections(h: string): string[] {
  return [h, h + 's', h + 'es', h + 'e', h + 'en', h + 'n', h + 'in', h + 'innen', h + 'n', h + 'ern', h + 'er'];
}

/**
 * The lower-cased last part of a word after its last hyphen ("Kreml-Sprecher" -> "sprecher"), kept for the word
 * asked last: the head indexes below are asked about the same word one after the other (role, organisation,
 * medium, apposition heads), and the same string object is then looked up without being made and hashed again.
 * Holds one word (at most one article's text, until the next word is asked), not a growing cache.
 */
let lastPartOf = '';
let lastPart = '';
function lowerLastPart(word: string): string {
  if (word !== lastPartOf) {
    const w = word.toLowerCase();
    lastPart = w.slice(w.lastIndexOf('-') + 1);
    lastPartOf = word;
  }
  return lastPart;
}

/**
 * Compound queries a head index answers from its sorted reversed forms before it builds its trie: building the
 * five tries was 11-27 ms of a fresh process (a few thousand forms, character by character, in code not yet
 * optimised), which a command over a few articles never earns back (the five seeds ask about 950 such queries of
 * all five indexes together); a long run builds them early and then looks a word up in a few probes (a sorted
 * search is about 0.5-1 µs, a trie walk 0.1 µs).
 */
const HEAD_QUERIES_BEFORE_TRIE = 5_000;

/**
 * The forms reversed (by code units: split('') splits a string into them), in code-unit order (sort() without a
 * comparator: native), and the head of each.
 */
function reversedForms(forms: ReadonlyMap<string, string>): [string[], string[]] {
  const headOf = new Map<string, string>();
  for (const [f, h] of forms) headOf.set(f.split('').reverse().join(''), h);
  const reversed = [...headOf.keys()].sort();
  return [reversed, reversed.map((r) => headOf.get(r)!)];
}

function headIndex(
  compoundHeads: readonly string[],
  exactHeads: readonly string[] = [],
): (word: string) => string | null {
  // Every inflected form -> head; a word matches when its last compound part, or one of its suffixes, is a form
  // of a compound head; exact heads (English) only as whole words. The longest suffix is found in one walk from
  // the end of the word: first over the forms reversed and sorted (each step narrows the range of forms that
  // end in the letters read so far by two binary searches; built natively, no loop per character), and once the
  // index has been asked HEAD_QUERIES_BEFORE_TRIE times, over a trie of the reversed forms (one probe a step).
  const forms = new Map<string, string>();
  for (const h of compoundHeads) for (const f of inflections(h)) if (!forms.has(f)) forms.set(f, h);
  const exact = new Map<string, string>();
  for (const h of exactHeads) for (const f of [h, h + 's', h + 'es']) if (!exact.has(f)) exact.set(f, h);
  const [reversed, reversedHeads] = reversedForms(forms);
  let trie: ((last: string) => string | null) | null = null;
  let queriesLeft = HEAD_QUERIES_BEFORE_TRIE;
  return (word: string): string | null => {
    const last = lowerLastPart(word);
    const whole = forms.get(last) ?? exact.get(last);
    if (whole) return whole;
    // Compound: the longest suffix of at least 4 letters that is a form (the word itself excluded).
    if (trie !== null) return trie(last);
    if (--queriesLeft < 0) {
      trie = suffixTrie(forms);
      return trie(last);
    }
    return longestReversedPrefix(reversed, reversedHeads, last);
  };
}

/**
 * The head of the longest suffix of `last` (at least 4 units, the whole word excluded) among the forms whose
 * reversals `reversed` holds in code-unit order (`heads` beside them), or null: the range of forms that start
 * with the word's last d units reversed is narrowed one unit at a time; its first form, the shortest, is a
 * suffix of the word when it has exactly d units.
 */
function longestReversedPrefix(reversed: readonly string[], heads: readonly string[], last: string): string | null {
  let lo = 0;
  let hi = reversed.length;
  let best: string | null = null;
  for (let p = last.length - 1, d = 0; p >= 1; p--, d++) {
    const c = last.charCodeAt(p);
    // Within [lo, hi) every form starts with the same d units; those with exactly d come first, then by unit d.
    let a = lo;
    let b = hi;
    while (a < b) {
      const m = (a + b) >>> 1;
      const r = reversed[m]!;
      if (r.length <= d || r.charCodeAt(d) < c) a = m + 1;
      else b = m;
    }
    let e = a;
    b = hi;
    while (e < b) {
      const m = (e + b) >>> 1;
      if (reversed[m]!.charCodeAt(d) <= c) e = m + 1;
      else b = m;
    }
    if (a === e) break;
    lo = a;
    hi = e;
    const head = heads[lo]!;
    if (head && reversed[lo]!.length === d + 1 && d + 1 >= 4) best = head;
  }
  return best;
}

/**
 * The trie of the forms reversed, as a look-up of the longest suffix (see longestReversedPrefix, which answers the
 * same). A trie node is a number (0 the root); each node but the root is the child of one edge, its parent and
 * character kept in typed arrays, found through one open-addressing table of node numbers hashed by (parent,
 * character): no Map per node (tens of thousands of small Maps were a tenth of a cold start), and no Map keyed by
 * parent * 65536 + character either (past 2^30 such keys are heap numbers, boxed at every look-up).
 */
function suffixTrie(forms: ReadonlyMap<string, string>): (last: string) => string | null {
  let chars = 0;
  for (const f of forms.keys()) chars += f.length;
  let cap = 16;
  while (cap < chars * 2) cap *= 2;
  const mask = cap - 1;
  /** Slot -> node (0: empty; the root is never a child). */
  const slots = new Int32Array(cap);
  const parentOf = new Int32Array(chars + 1);
  const charOf = new Uint16Array(chars + 1);
  const heads: (string | null)[] = [null];
  const slotOf = (node: number, c: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
  for (const [f, h] of forms) {
    let node = 0;
    for (let p = f.length - 1; p >= 0; p--) {
      const c = f.charCodeAt(p);
      let slot = slotOf(node, c);
      let n = slots[slot]!;
      while (n !== 0 && !(parentOf[n] === node && charOf[n] === c)) {
        slot = (slot + 1) & mask;
        n = slots[slot]!;
      }
      if (n === 0) {
        n = heads.length;
        heads.push(null);
        parentOf[n] = node;
        charOf[n] = c;
        slots[slot] = n;
      }
      node = n;
    }
    if (!heads[node]) heads[node] = h;
  }
  return (last: string): string | null => {
    let node = 0;
    let best: string | null = null;
    for (let p = last.length - 1; p >= 1; p--) {
      const c = last.charCodeAt(p);
      let slot = slotOf(node, c);
      let n = slots[slot]!;
      while (n !== 0 && !(parentOf[n] === node && charOf[n] === c)) {
        slot = (slot + 1) & mask;
        n = slots[slot]!;
      }
      if (n === 0) break;
      node = n;
      const head = heads[node];
      if (head && last.length - p >= 4) best = head;
    }
    return best;
  };
}

/** For tests: the head index's two look-ups of the longest suffix, the sorted reversed forms and the trie. */
export function headIndexLookups(compoundHeads: readonly string[]): {
  sorted: (last: string) => string | null;
  trie: (last: string) => string | null;
} {
  const forms = new Map<string, string>();
  for (const h of compoundHeads) for (const f of inflections(h)) if (!forms.has(f)) forms.set(f, h);
  const [reversed, heads] = reversedForms(forms);
  return { sorted: (last) => longestReversedPrefix(reversed, heads, last), trie: suffixTrie(forms) };
}

/** The role head of a word ("Kreml-Sprecher" -> "sprecher", "Präsidenten" -> "präsident"), or null. */
export const roleHead = headIndex(ROLE_HEADS_GERMAN, ROLE_HEADS_ENGLISH);
/** The institution head of a word ("Außenministerium" -> "ministerium"), or null. */
export const orgHead = headIndex(ORG_HEADS);
/** The media head of a word ("Nachrichtenagentur" -> "nachrichtenagentur"), or null. */
export const mediaHead = headIndex(MEDIA_HEAD_WORDS);
/** Heads that type a following name as a place ("die Kreisstadt Torgau", "the town of X"). */
export const placeAppositionHead = headIndex(
  `stadt gemeinde dorf ort ortsteil ortschaft fluss insel region provinz bundesland kanton hauptstadt metropole landkreis bezirk stadtteil
  viertel gebirge bahnhof flughafen hafen platz marktgemeinde hansestadt kreisstadt großstadt kleinstadt`
    .split(/\s+/)
    .filter(Boolean),
  'city town village river county province state district island capital region'.split(' '),
);

/** Heads that type a following name as an organisation ("Geheimdienst", "Denkfabrik"). */
export const orgAppositionHead = headIndex(ORG_APPOSITION_HEADS);

const NAME_LIKE = new Set(NAME_LIKE_HEADS);

const NOUN_ENDINGS = ['es', 's', 'e', 'en', 'n', 'nen'];
/** Derivational endings that only common nouns have ("Erklärung", "Freiheit", "Nation", "Realismus"). */
const ABSTRACT_NOUN =
  /\p{Ll}(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|ismen|tion|tionen|ität|itäten|nisse|nissen|ment|ments|enz|enzen|anz|anzen|ologie|ologien|ografie|ographie|ik|iken|ie|ien|eur|eure|eurs|euren|ator|atoren|tum|tums|tümer|ling|linge|lingen|chen|lein|erin|erinnen|istin|istinnen|isten|ierender|ierenden|ierende|onat|onate|onats|ariat|ariats|ikat|ikate|ikats)$/u;
/** Nominalised participles ("Oberkommandierender", "Landesvorsitzende"). */
const PARTICIPLE_NOUN = /\p{Ll}{4}end(e|er|en|em)$/u;

function inflectedIn(word: string, nouns: ReadonlySet<string>): boolean {
  if (nouns.has(word)) return true;
  // The lexicon lists one genitive and dative form per noun ("Kriegs", not "Krieges"), and of two homonyms
  // sometimes only one's plural ("Tor": "Toren", not "Tore"); try the others.
  const n = word.length;
  if (n < 4) return false;
  const last = word.charCodeAt(n - 1);
  if (last === 101 /* e */) return nouns.has(word.slice(0, -1));
  if (n < 5) return false;
  if (last === 115 /* s */)
    return nouns.has(word.slice(0, -1)) || (word.charCodeAt(n - 2) === 101 && nouns.has(word.slice(0, -2)));
  if (last === 110 /* n */)
    return (
      nouns.has(word.slice(0, -1)) ||
      (word.endsWith('nen') && nouns.has(word.slice(0, -2))) ||
      (word.endsWith('en') && nouns.has(word.slice(0, -2)))
    );
  return false;
}

const UMLAUT_BASE: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };

const UMLAUT = /[äöüÄÖÜ]/;

/** Whether a word is a noun of the lexicon itself in any inflection (no compound or shape test): "Gewinne", "Bände". */
export function isLexiconNoun(word: string, lex: GermanLexicon): boolean {
  return inLexicon(word, lex);
}

function inLexicon(word: string, lex: GermanLexicon): boolean {
  const nouns = lex.DE_NOUNS;
  if (inflectedIn(word, nouns)) return true;
  // Umlaut plurals the lexicon lacks ("Bände", "Bögen", "Schäfte"): the singular is the word without the umlaut and ending.
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (n >= 5 && (last === 101 || (last === 110 && word.charCodeAt(n - 2) === 101)) && UMLAUT.test(word)) {
    const u = Math.max(
      word.lastIndexOf('ä'),
      word.lastIndexOf('ö'),
      word.lastIndexOf('ü'),
      word.lastIndexOf('Ä'),
      word.lastIndexOf('Ö'),
      word.lastIndexOf('Ü'),
    );
    if (u >= 1) {
      const base = word.slice(0, u) + UMLAUT_BASE[word[u]!] + word.slice(u + 1);
      for (const e of ['', 'e', 'n'])
        if ((!e || base.endsWith(e)) && nouns.has(e ? base.slice(0, -e.length) : base)) return true;
    }
  }
  // Swiss spelling: "Grösse", "Spass".
  if (word.includes('ss') && !word.endsWith('ssen') && nouns.has(word.replace(/ss/g, 'ß'))) return true;
  return false;
}

/** The multiplier of nounHash: H(s) = s[0] + B·s[1] + B²·s[2] + …, mod 2^30, so a tail grows to the left in one step. */
const HASH_B = 31;

/** The hash of a lower-cased word, as kept in GermanLexicon.NOUN_HASHES. */
export function nounHash(lower: string): number {
  let h = 0;
  for (let i = lower.length - 1; i >= 0; i--) h = (lower.charCodeAt(i) + Math.imul(HASH_B, h)) & 0x3fffffff;
  return h;
}

/**
 * For each start k of a tail of `word`, whether the tail (capitalised) may be a noun form as inflectedIn()
 * accepts it: the hash of the lower-cased tail, or of the tail without its last one or two letters (by the
 * same rules), is a noun's. May say yes wrongly (a hash collision), never no wrongly.
 */
function tailCandidates(word: string, hashes: { has(hash: number): boolean }): Uint8Array {
  const w = word.toLowerCase();
  const n = w.length;
  const out = new Uint8Array(n);
  const last = w.charCodeAt(n - 1);
  // Cuts of the tail's end that inflectedIn() tries, with the least tail length each needs.
  const cut1 = last === 101 ? 4 : last === 115 || last === 110 ? 5 : 0;
  const cut2 = (last === 115 && w.charCodeAt(n - 2) === 101) || (last === 110 && w.charCodeAt(n - 2) === 101) ? 5 : 0;
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  for (let k = n - 1; k >= 1; k--) {
    const c = w.charCodeAt(k);
    h0 = (c + Math.imul(HASH_B, h0)) & 0x3fffffff;
    if (k <= n - 2) h1 = (c + Math.imul(HASH_B, h1)) & 0x3fffffff;
    if (k <= n - 3) h2 = (c + Math.imul(HASH_B, h2)) & 0x3fffffff;
    const m = n - k;
    if (hashes.has(h0) || (cut1 && m >= cut1 && hashes.has(h1)) || (cut2 && m >= cut2 && hashes.has(h2))) out[k] = 1;
  }
  return out;
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** Whether a capitalised German word is a common noun: in the lexicon (any inflection), a compound whose last part is, or of a derivational shape. */
export function isGermanNoun(word: string, lex: GermanLexicon): boolean {
  if (inLexicon(word, lex)) return true;
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const last = word.slice(dash + 1);
    return last.length > 1 && UPPER_INITIAL.test(last) && isGermanNoun(last, lex);
  }
  if (word.length > 6) {
    // The patterns are anchored at the end: test only the tail, not every start position.
    const tail = word.slice(-11);
    if (ABSTRACT_NOUN.test(tail) || PARTICIPLE_NOUN.test(tail)) return true;
  }
  const n = word.length;
  if (n < 6) return false;
  // Which tails may be nouns, found with rolling hashes of the lower-cased tails (and of the tails without a
  // final "-e", "-s", "-n", "-es", "-en"), so that no tail string is built unless its hash is a noun's. Words
  // with an umlaut or "ss" before such an ending take the slow path (inLexicon's other fallbacks).
  const fast = !(UMLAUT.test(word) || word.includes('ss'));
  const maybe = fast ? tailCandidates(word, lex.NOUN_HASHES) : null;
  for (let k = 3; k <= n - 3; k++) {
    if (n - k === 3 && k < 4) continue;
    if (maybe && !maybe[k]) continue;
    const cand = word.charAt(k).toUpperCase() + word.slice(k + 1);
    if (inLexicon(cand, lex)) {
      const rest = word.slice(k);
      // "Rosenheim", "Bergmann": a place-name or surname ending is not proof of a common noun, unless what
      // comes before it is itself a common noun ("Nachbarland", "Heimatstadt").
      let lower = rest.toLowerCase();
      for (const e of ['en', 'n', 'es', 's', 'e'])
        if (!NAME_LIKE.has(lower) && lower.endsWith(e) && NAME_LIKE.has(lower.slice(0, -e.length)))
          lower = lower.slice(0, -e.length);
      if (!NAME_LIKE.has(lower)) return true;
      const head = word.slice(0, k);
      return (
        (head.length > 2 && inLexicon(head, lex)) ||
        (head.endsWith('s') && head.length > 3 && inLexicon(head.slice(0, -1), lex))
      );
    }
  }
  return false;
}

const ADJ_ENDINGS = [
  'e',
  'en',
  'em',
  'er',
  'es',
  'ere',
  'eren',
  'erem',
  'erer',
  'eres',
  'ste',
  'sten',
  'stem',
  'ster',
  'stes',
  'este',
  'esten',
];
/** The endings by their last letter's code, so that a word is tried only against endings it can have. */
const ADJ_ENDINGS_BY_LAST: Record<number, string[]> = {};
for (const e of ADJ_ENDINGS) (ADJ_ENDINGS_BY_LAST[e.charCodeAt(e.length - 1)] ??= []).push(e);

/** Whether a word (any case) is an inflected German adjective ("Russische", "Nordkoreanischen", "Frühere"). */
export function isGermanAdjective(word: string, lex: GermanLexicon): boolean {
  const w = word.toLowerCase();
  if (w.length > 5 && /isch(e|en|em|er|es)?$/u.test(w.slice(-7))) return true;
  if (lex.DE_ADJECTIVES.has(w)) return true;
  for (const e of ADJ_ENDINGS_BY_LAST[w.charCodeAt(w.length - 1)] ?? []) {
    if (!w.endsWith(e)) continue;
    const stem = e ? w.slice(0, -e.length) : w;
    if (stem.length >= 2 && lex.DE_ADJECTIVES.has(stem)) return true;
  }
  return false;
}
