// The event fingerprint: one article reduced, once, at analysis time, to counts of namespaced features (see
// events.ts for the model). A Fingerprinter owns the per-word caches and scratch buffers it is built with;
// the fingerprint of a text does not depend on what a fingerprinter has seen before.
import { CARDINAL_WORDS, type DatesResult, futureClause, type TimeExpression, timeExpressionsOf } from '../text/dates';
import { fnv1a } from '../text/hash';
import { nameKey } from '../text/nameKey';
import {
  ACT_FAMILY,
  CONCEPT_TABLE,
  ORDINAL_WORDS,
  PLACED_ACTS,
  STOPWORDS,
  compoundPart,
  OFFICE_MEISTER,
} from '../resources/eventLexicon';
import { countryOfPlace, countryOfSite } from './leadPlaces';
import type { DocContext, EventFingerprint, Furniture, Span } from '../types';

/** Light suffix stripping shared by both languages (only ever compared with itself). */
function stem(s: string): string {
  if (s.length <= 4) return s;
  // A country or region's German "-ien" is English "-ia" ("Slowenien"/"Slovenia", "Kriterien"/"criteria"): both "-i".
  if (s.length >= 6 && s.endsWith('ia')) return s.slice(0, -1);
  for (const suf of ['ungen', 'ing', 'ed', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']) {
    if (s.endsWith(suf) && s.length - suf.length >= 4) return s.slice(0, -suf.length);
  }
  return s;
}

/**
 * The keys a capitalised word of the story can give, as wordFeatures makes them: its name key ("n:"), the word key it
 * gets instead at a sentence's start ("w:"), its concepts ("c:", a country's name). Reasons ask whether a story
 * names an actor: a word the layout keeps out of the story (a dateline's city) gives none of them.
 */
export function storyKeysOfWord(word: string): string[] {
  const lower = word.toLowerCase();
  const keys = [`n:${stem(nameKey(word))}`];
  if (lower.length >= 3) keys.push(`w:${stem(lower)}`);
  for (const c of computeConcepts(lower)) keys.push(`c:${c}`);
  return keys;
}

/** A date line's town: one to three capitalised words before a comma and a date ("Kestrode, 09.03.2026 | dpa"). */
const DATE_LINE_TOWN = /^([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){0,2}),\s*(?:\d|[\p{Lu}][\p{L}]+ \d)/u;
/** What opens a date line but names no town: weekdays, months, update words. */
const NO_TOWN =
  /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Stand|Aktualisiert|Updated|Published|Veröffentlicht|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December)$/;

/** Words before a place name that make it where something is or comes from ("in Kestrode", "near the town of X"). */
const TOWN_BEFORE = /(?:^|[\s(])(?:in|bei|aus|nahe|near|from|of)\s$/;

/**
 * Whether the place named at start..end is placed by its position: after "in", "bei", "aus", "near", "of" (a
 * building's name, "im Weißen Haus", "at the White House", is not), or opening a line before a colon
 * ("Brelingen: Bürger stehen vor verschlossenen Türen").
 */
function townAt(text: string, start: number, end: number): boolean {
  if (TOWN_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  return (start === 0 || text.charCodeAt(start - 1) === 10) && text.charCodeAt(end) === 58; /* : */
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
export const SHOWN_SEP = '\x1f';
/** In `shown`: the same shown form as the key before (the next shingle of one quotation). */
export const SAME_AS_BEFORE = '\x02';

/** Namespaces whose features get a lead twin ("l:n:oslo") for occurrences in the title and the first two sentences. */
export function hasLeadTwin(key: string): boolean {
  if (key.charCodeAt(1) !== 58 /* ':' */) return false;
  const k0 = key.charCodeAt(0);
  return k0 === 110 || k0 === 119 || k0 === 99 || k0 === 35; // n w c #
}

/**
 * What reasons show for a feature when the fingerprint stores no form of its own: the key after its namespace,
 * a name capitalised. (Forms equal to this are not stored.)
 */
export function derivedShown(key: string): string {
  const at = key.indexOf(':');
  const rest = key.slice(at + 1);
  return at === 1 && key.charCodeAt(0) === 110 /* n */ ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/** The stored form of `shown` for `key`: '' when it is the derived one. */
export function storedShown(key: string, shown: string): string {
  return shown === derivedShown(key) ? '' : shown.replace(CONTROL_RUNS, ' ');
}
/** Hoisted: a literal is a new RegExp per evaluation (replace() resets its lastIndex). */
const CONTROL_RUNS = /[\x00-\x1f]+/g;

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
  /**
   * Lead cue: 1 "erstmals", 2 "erneut"/"another", 3 "Tage"/"weeks" (before "nach"/"after"), 4 "nach"/"after", 5
   * "new"/"neue" (a repetition only right before an act that happens at one place), else 0.
   */
  cue: number;
  /** The fingerprint (build number) in which it was seen capitalised as a whole token, and capitalised not sentence-initially. */
  capStamp: number;
  elseStamp: number;
}

/**
 * The word's text, as a `shown` thunk for FeatureCounts.add: made here, not as a closure in the per-token code,
 * where capturing the word would make V8 allocate that function's scope at every token.
 */
function textOf(info: WordInfo): () => string {
  return () => info.text;
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
/**
 * The prefix stems by length, longest first (the table's order): stems of five or more letters match as a
 * prefix, shorter ones as the whole word or with an ending (-s, -e, -en, -n). Within one length at most one
 * stem can match, the first in table order; the longest length that matches wins.
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
/**
 * PREFIX_BY_LENGTH read with one lookup per word: the stems of five or more letters by their first five, longest
 * first (each length's one entry per stem), and the whole-word forms of the shorter ones, a form taking the
 * concept of its longest length.
 */
const LONG_PREFIX: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> = (() => {
  const m = new Map<string, (readonly [string, string])[]>();
  for (const [len, forms] of PREFIX_BY_LENGTH) {
    if (len < 5) continue;
    for (const [stem, c] of forms) {
      const k = stem.slice(0, 5);
      let l = m.get(k);
      if (!l) m.set(k, (l = []));
      l.push([stem, c]);
    }
  }
  return m;
})();
const SHORT_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [len, forms] of PREFIX_BY_LENGTH) {
    if (len >= 5) continue;
    for (const [form, c] of forms) if (!m.has(form)) m.set(form, c);
  }
  return m;
})();
/** The longest short form (a stem of four letters with "-en"): longer words are no short form. */
const SHORT_MAX = Math.max(0, ...[...SHORT_FORMS.keys()].map((f) => f.length));

/**
 * English words that name an act as a noun and something else as a verb with an object ("start a fire" is no
 * launch, "fire a shot" no fire, "strike a deal" no strike): before a determiner they name no concept.
 */
const NOUN_SENSE_ONLY: ReadonlySet<string> = new Set([
  'start',
  'starts',
  'started',
  'starting',
  'fire',
  'fires',
  'strike',
  'strikes',
  'striking',
]);
/** English determiners that open a verb's object. */
const OBJECT_STARTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'another',
]);
/** A compound whose head is "Krieg" (after a first part of four letters or more). */
const WAR_HEAD = /^.{4,}krieg(e|es|s|en)?$/;
/**
 * A compound whose head names a risk, a warning or a protection against something (after a first part of four
 * letters or more): its first part names what may happen, not an act that did ("Brandgefahr", "Sturmwarnung",
 * "Erdbebenschutz", "Streikdrohung").
 */
const RISK_HEAD = /^.{4,}(gefahr|risiko|risiken|warnung|schutz|drohung)(en|es|s)?$/;

/** After a stem that ends in "-e" (a noun's whole form, an English word): the endings of a noun ("Rakete-n"). */
const E_ENDINGS: ReadonlySet<string> = new Set(['s', 'n', 'r', 'rn', 'rs', 'm', 'd']);

/**
 * Whether a word that starts with a stem of five or more letters goes on as that stem's word. A stem that ends
 * in "-e" is a whole word: it takes a noun's ending, or is the first part of a compound after a linking "-n"/"-s"
 * ("Raketenstart", "Börsengang") or a hyphen ("Ukraine-Gipfel"), never any other continuation ("Plane-ten" is no
 * plane, "Maschine-lles" no machine, "Stärke-re" no magnitude). Other stems are stems of their words and go on as
 * they like ("explo-sion"). On Wikinews this takes "plane" from Planet(en) (26 words), "magnitude" from stärker
 * and Stärke- (starch, 12), "shooting" from Schüssel; it also takes a few right senses ("Chemiekonzern",
 * "SpaceX", "Übernahmepoker", "Gebäudeteil").
 */
function wordGoesOn(lower: string, stem: string): boolean {
  if (lower.length === stem.length || !stem.endsWith('e')) return true;
  const rest = lower.slice(stem.length);
  return E_ENDINGS.has(rest) || rest[0] === '-' || ((rest[0] === 'n' || rest[0] === 's') && rest.length >= 4);
}

export function computeConcepts(lower: string): readonly string[] {
  let first: string | undefined;
  if (lower.length >= 5) {
    const l = LONG_PREFIX.get(lower.slice(0, 5));
    if (l !== undefined)
      for (const [stem, c] of l)
        if (lower.startsWith(stem) && wordGoesOn(lower, stem)) {
          first = c;
          break;
        }
  }
  if (first === undefined && lower.length <= SHORT_MAX) first = SHORT_FORMS.get(lower);
  // A German compound names its head: "Angriffskrieg" is a war, not an attack (a war in a visit's background
  // made the visit's act an attack).
  if (first !== undefined && ACT_FAMILY.has(first) && WAR_HEAD.test(lower)) first = 'war';
  const risk = RISK_HEAD.test(lower);
  if (risk && first !== undefined && ACT_FAMILY.has(first)) first = undefined;
  let out: string[] | null = first === undefined ? null : [first];
  // A compound reads left to right: a part that starts inside another part, or lies inside a longer one from
  // the same start, is no part ("Benzinpreise" is "Benzin|preise", no "reise"; "Brandenburg" no "Brand").
  let parts: number[] | null = null;
  for (let k = 0; k < CONCEPT_TABLE.parts.length; k++) {
    const [s, c] = CONCEPT_TABLE.parts[k]!;
    // A stem inside a longer word; a shadow also as the whole word.
    if (lower.length < s.length || (lower.length === s.length && c !== '')) continue;
    const at = compoundPart(lower, s);
    if (at >= 0) (parts ??= []).push(at, at + s.length, k);
  }
  if (parts !== null)
    for (let i = 0; i < parts.length; i += 3) {
      let inside = false;
      for (let j = 0; j < parts.length; j += 3)
        if (
          parts[j]! <= parts[i]! &&
          parts[i]! < parts[j + 1]! &&
          (parts[j]! < parts[i]! || parts[j + 1]! > parts[i + 1]!)
        )
          inside = true;
      const c = CONCEPT_TABLE.parts[parts[i + 2]!]![1];
      if (inside || c === '' || (risk && ACT_FAMILY.has(c))) continue;
      if (c === 'champion' && OFFICE_MEISTER.test(lower)) continue;
      if (out === null) out = [c];
      else if (!out.includes(c)) out.push(c);
    }
  return out ?? NONE;
}
const NONE: readonly string[] = [];
const NO_FEATURES: readonly Feature[] = [];
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

/**
 * Whether pos lies inside one of the (sorted, non-overlapping) ranges: a binary search for the first range that
 * ends after pos (partitionPoint's, written out: no closure per call).
 */
function inRanges(xs: readonly { start: number; end: number }[], pos: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < xs.length && xs[lo]!.start <= pos;
}

/** Canonical number from a German or English numeral ("4,25" / "4.25" → "4.25"; "11.000" / "11,000" → "11000"). */
function canonicalNumber(raw: string, language: string): number | null {
  let s = raw;
  // Digits only (most numbers): none of the rewrites below applies.
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === s.length && k > 0) {
    const n = Number(s);
    return Number.isFinite(n) ? n : null;
  }
  const de = language !== 'en';
  if ((de ? GROUPED_DE : GROUPED_EN).test(s)) s = s.replace(de ? THOUSANDS_DE : THOUSANDS_EN, '$1');
  else if (GROUPED_APOSTROPHE.test(s)) s = s.replace(APOSTROPHES, '');
  s = de ? s.replace(',', '.') : s.replace(COMMAS, '');
  if (!DECIMAL.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
// Hoisted: a literal is a new RegExp object each time it is evaluated (replace() resets a /g one's lastIndex).
const THOUSANDS_DE = /\.(\d{3})(?!\d)/g;
const THOUSANDS_EN = /,(\d{3})(?!\d)/g;
const GROUPED_DE = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_EN = /^\d{1,3}(,\d{3})+$/;
const GROUPED_APOSTROPHE = /^\d{1,3}(['’]\d{3})+$/;
const APOSTROPHES = /['’]/g;
const COMMAS = /,/g;
const DECIMAL = /^\d+(\.\d+)?$/;
/** The class letters of road numbers ("A 47" Autobahn / A-road, "B 212" Bundesstraße, "M 25", "N 7", "E 40", "L 123"). */
const ROAD_LETTERS = 'ABEKLMN';
const ONE_TO_THREE_DIGITS = /^[0-9]{1,3}$/;
/** After a number: a compound or a decimal ("B 12-jährige", "A 4,5"), no road number. */
const NOT_ROAD_AFTER = /^[-‐.,:/][0-9A-Za-zÄÖÜäöüß]/;
/** A road with a hyphen between its class letter and number ("I-95", "A-7"). */
const ROAD_HYPHEN = /^[ABEIKLMN][-‐][0-9]{1,3}$/;
/** What follows a number (numberFeatures): a time of day, a match score, a percentage, basis points. */
const CLOCK_AFTER = /^\s*(Uhr|h\b|a\.?m\.|p\.?m\.)/i;
const SCORE_AFTER = /^[:\-–](\d{1,2})(?!\d|[.,]\d|\s*Uhr)/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const POINT_OR_COMMA = /[.,]/;
const PERCENT_AFTER = /^\s*(%|Prozent\b|percent\b|per cent\b)/i;
/** A duration after a number, in hours ("48-stündigen", "36 Stunden", "a 35-hour strike") or days ("zwei Tage", "3-day"). */
const HOURS_AFTER = /^[- ](?:stunden|stündig|hours?\b)/i;
const DAYS_AFTER = /^[- ](?:tage\b|tägig|days?\b)/i;
const BASIS_POINTS_AFTER = /^(basis points|bps|basispunkte)/i;
/** A number word's next word that makes it a feature, and the percentages among them. */
const COUNTED_NEXT = /^(prozent|percent|%|tote|toten|menschen|people|dead|verletzte)/;
const PERCENT_NEXT = /^(prozent|percent)/;
/**
 * An agreement the text says was not (yet) reached: "keine Einigung", "Eine Einigung gab es noch nicht", "noch nicht
 * unterzeichnet", "reached no deal", "without an agreement", "failed to reach".
 */
const NOT_AGREED =
  /\b(?:(?:keine|ohne)\s+(?:Einigung|Durchbruch|Abkommen|Vereinbarung)|Einigung\s+(?:gab|gibt)\s+es\s+(?:noch\s+)?(?:nicht|keine)|noch\s+nicht\s+(?:unterzeichnet|unterschrieben|geeinigt|einig)|reached\s+no\s+(?:deal|agreement|accord)|(?:without|no)\s+(?:a\s+|an\s+|any\s+)?(?:deal|agreement|accord|breakthrough)|failed\s+to\s+(?:reach|agree|strike|clinch))\b/i;
/**
 * An agreement signed or reached: "unterzeichnet", "unterschrieben", "signed", "Einigung erzielt", "reached a deal";
 * not after "nicht", "not" or "noch" ("noch nicht unterzeichnet" is NOT_AGREED's).
 */
const AGREED =
  /(?<!\b(?:nicht|not|noch|yet)\s)\b(?:unterzeichne(?:t|ten)|unterschrieben|signed|Einigung\s+erzielt|einigten\s+sich|reached\s+(?:a|an)\s+(?:deal|agreement|accord)|struck\s+(?:a|an)\s+(?:deal|agreement))\b/i;

/**
 * Opening again what was closed, in the head: "wieder frei", "öffnet wieder", "wieder für Autos freigegeben",
 * "Wiedereröffnung", "reopened" (the opposite act of a closure; `opening` 2).
 */
const REOPENED =
  /(?<!\p{L})(?:wieder(?:eröffn|geöffn|öffn|freigegeb|freigab|inbetriebnahme)\p{L}*|(?:öffnet|öffnen|öffnete|öffneten|eröffnet)\s+(?:\S+\s+){0,3}?wieder\b|wieder\s+(?:\S+\s+){0,3}?(?:geöffnet|eröffnet|freigegeben|frei|befahrbar|in\s+Betrieb)\b|re-?open(?:s|ed|ing)?)(?!\p{L})/iu;
/** A closure, in the head: "gesperrt", "Sperrung", "schließt", "Schließung", "closed", "shut" (`opening` 1). */
const CLOSED =
  /(?<!\p{L})(?:gesperrt|sperrt|Sperrung|schließt|schließen|Schließung|geschlossen|stillgelegt|closed|closes|closure|shut|shuts|shutdown)(?!\p{L})/iu;

/** A name in capitals ("PARIS", "THE HAGUE": three or more letters) as it is written otherwise ("Paris", "The Hague"). */
function capitalsWord(w: string): string {
  return w.length >= 3 && CAPITALS.test(w) ? w.toLowerCase().replace(WORD_START, (c) => c.toUpperCase()) : w;
}
const CAPITALS = /^\p{Lu}+(?: \p{Lu}+)*$/u;
const WORD_START = /(?:^| )\p{L}/gu;
const SPACES_ONLY = /^ +$/;
/** Words before a place that make it where something happens or goes (a site), in German and English. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in im ins nach bei beim vor nahe zu zum zur bis über durch um an am auf gen at to near of into outside across via toward towards around inside for für'.split(
    ' ',
  ),
);
/** Words before a place that make it where something came from. */
const FROM_WORDS: ReadonlySet<string> = new Set(['aus', 'from']);
const RETURN_WORDS: ReadonlySet<string> = new Set(['back', 'home', 'zurück', 'heim']);
const AND_WORDS: ReadonlySet<string> = new Set(['und', 'and', 'sowie']);
const CUE_AGAIN = /^(erneut|abermals|weiter(e|es|er|en)|another)$/;
/**
 * "new", "fresh", "neue": a repetition where the next word names an act that happens at one place ("New wildfire on
 * Chios", "neues Erdbeben", "fresh protests"); before anything else ("a new government", "ein neues Abkommen") it
 * counts nothing.
 */
const CUE_NEW = /^(new|fresh|neu(e|es|er|en|em)?)$/;
/** "last week's", "last month's", "last year's" (possessive stripped): what follows happened before the report's event. */
const LAST_SPANS = /^(week|month|year)$/;
const CUE_SPAN =
  /^(tage|tagen|wochen|monate|monaten|days|weeks|months|jahr|jahre|jahren|monat|woche|year|years|month|week)$/;

const WORD_NUMBERS = new Map<string, number>(CARDINAL_WORDS);

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

/** Units of time an ordinal can count ("der dritte Tag", "the second week"): what follows them is not counted. */
const TIME_UNITS =
  /^(tag|tage|tages|tagen|woche|wochen|monat|monats|monate|jahr|jahres|jahre|day|days|week|weeks|month|months|year|years)$/;

/** A negation right before an act word, at most one word between ("no cut", "not a further cut", "keine weitere Senkung"). */
const NEGATED_BEFORE =
  /(?:^|[^\p{L}])(?:not|no|never|nicht|kein|keine|keinen|keiner|keinem|nie)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * A negated or deferred predicate right after an act word ("a cut was not on the table", "is ruled out", "ist
 * ausgeschlossen", "eine Senkung stehe erst an, wenn ...": not before a condition is met).
 */
const NEGATED_AFTER =
  /^[\p{L}-]*[\s"“”„»«]+(?:(?:was|is|were|are|would be|will be|would come|ist|war|sei|wäre|stehe|steht|stand|komme|kommt|werde|wird)[\s"“”„»«]+(?:not|never|nicht|nie|kein\p{L}*|ausgeschlossen|erst|only)\b|(?:was |is |were |are |has been |had been )?ruled out\b)/iu;
/** Whether a concept feature belongs to an act family. */
const isAct = (f: Feature): boolean => f.family !== undefined;

/** Words that say the act happens again (read in the head; not after "immer": "immer wieder" is "repeatedly"). */
const REPEAT_WORDS: ReadonlySet<string> = new Set(['erneut', 'abermals', 'wieder', 'again']);

const WHEN_BLOCKERS =
  /\b(seit|since|bis|until|vor|nach|after|before|zuletzt|letztmals|previous|earlier|früher)\s+(dem\s+|the\s+)?$/i;
/** The features of one fingerprint as they are counted. */
class FeatureCounts {
  readonly keys: string[] = [];
  readonly counts: number[] = [];
  readonly leads: number[] = [];
  readonly shown: string[] = [];
  /** The indexes of the keys counted at least once inside a recognised actor's mention (ascending after sorting). */
  readonly named: number[] = [];
  /** Index by key of the features that are not word features (numbers, quotes, dates). */
  private readonly other = new Map<string, number>();
  /** Act family -> count of its concepts, lead mentions twice. */
  readonly families = new Map<string, number>();

  constructor(
    private readonly stamp: number,
    private readonly features: (key: string) => Feature | undefined,
  ) {}

  private push(key: string, shown: string, n: number): number {
    const at = this.keys.length;
    this.keys.push(key);
    this.counts.push(n);
    this.leads.push(0);
    this.shown.push(shown);
    return at;
  }

  /** Counts a word feature (shown: its stored form); a quoted one does not count for the dominant act. Returns its index. */
  word(f: Feature, shown: string, inHead: boolean, quoted = false): number {
    let at: number;
    if (f.stamp === this.stamp) {
      at = f.at;
      this.counts[at]!++;
    } else {
      f.stamp = this.stamp;
      at = f.at = this.push(f.key, shown, 1);
    }
    if (inHead && f.lead) this.leads[at]!++;
    if (f.family !== undefined && !quoted)
      this.families.set(f.family, (this.families.get(f.family) ?? 0) + (inHead ? 2 : 1));
    return at;
  }

  /** Marks the key at `at` as (a word of) a recognised actor's name. */
  markName(at: number): void {
    const named = this.named;
    if (named.length === 0 || named[named.length - 1] !== at) named.push(at);
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
    const f = this.features(key);
    return (f !== undefined && f.stamp === this.stamp) || this.other.has(key);
  }
}

/** The distinct numbers of xs (integers from 0 to 2^31 - 1), ascending. */
function uniqueAscending(xs: number[]): number[] {
  // Key indexes (small non-negative integers): a typed array sorts them natively, with no comparator call per
  // comparison (that sort was 1 % of the analysis of unseen text).
  const sorted = Int32Array.from(xs).sort();
  const out: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.push(sorted[k]!);
  return out;
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
export function fingerprintHas(
  fp: Pick<EventFingerprint, 'keys' | 'counts' | 'leads' | 'terms'>,
  key: string,
): boolean {
  if (fp.terms?.[key]) return true;
  if (!fp.keys) return false;
  if (key.startsWith('l:')) {
    const at = fp.keys.indexOf(key.slice(2));
    return at >= 0 && (fp.leads?.[at] ?? 0) > 0;
  }
  return fp.keys.includes(key);
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
  // Mentions in page furniture (a byline, a photo credit) are the outlet's, not the story's: they do not count.
  const off = fp.furniture;
  const count = (a: { count: number }, i: number) => a.count - (off?.[i] ?? 0);
  if (!actors.some((a, i) => count(a, i) > 0)) return fp;
  // `terms` and `display` are where features that join later go (types.ts EventFingerprint).
  const terms = { ...fp.terms };
  const display = { ...fp.display };
  actors.forEach((a, i) => {
    const n = count(a, i);
    if (!(n > 0)) return;
    terms[`a:${a.id}`] = n;
    display[`a:${a.id}`] = a.name;
  });
  return { ...fp, terms, display };
}

/**
 * Per actor, its mentions in page furniture (bylines, credit lines, date and update lines, the credit at a
 * caption's end, not the caption itself), or undefined when none is: what withActorFeatures leaves out.
 */
export function furnitureMentions(
  furniture: readonly Furniture[] | undefined,
  actors: readonly ActorMentions[],
): number[] | undefined {
  if (!furniture?.length) return undefined;
  // Furniture pieces are disjoint and sorted by start (layout.ts); a caption counts from its credit on.
  const spans = new Int32Array(furniture.length * 2);
  furniture.forEach((f, i) => {
    spans[2 * i] = f.kind === 'caption' ? (f.credit ?? f.end) : f.start;
    spans[2 * i + 1] = f.end;
  });
  let any = false;
  const out = actors.map((a) => {
    let n = 0;
    for (const m of a.mentions) if (m.end > m.start && inSpans(spans, m.start, m.end)) n++;
    if (n) any = true;
    return n;
  });
  return any ? out : undefined;
}

/** Builds fingerprints with caches of its own (interned features, word infos, token buffers). */
export interface Fingerprinter {
  fingerprint(doc: DocContext, dates: DatesResult, actors?: readonly ActorMentions[]): EventFingerprint;
}

/** What the fingerprint reads of the article's recognised actors: where they are named. */
export interface ActorMentions {
  mentions: readonly Span[];
  /** The actor's kind: a person's name gives no concepts. */
  kind?: string;
}

/** The actors' mentions as disjoint spans by start (overlapping ones merged): start, end pairs. */
function mentionSpans(actors: readonly ActorMentions[]): Int32Array {
  const all: Span[] = [];
  for (const a of actors) for (const m of a.mentions) if (m.end > m.start) all.push(m);
  all.sort((x, y) => x.start - y.start);
  const out: number[] = [];
  for (const m of all) {
    const n = out.length;
    if (n && m.start <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, m.end);
    else out.push(m.start, m.end);
  }
  return Int32Array.from(out);
}

/** Whether [from, to) overlaps one of the disjoint spans (mentionSpans). */
function inSpans(spans: Int32Array, from: number, to: number): boolean {
  const n = spans.length >> 1;
  // partitionPoint(n, (i) => spans[2 * i + 1] > from), written out: no closure per token.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[2 * mid + 1]! > from) hi = mid;
    else lo = mid + 1;
  }
  return lo < n && spans[2 * lo]! < to;
}

/**
 * When the article's event happened (an ISO day or "--MM-DD"), or null. A function of its own, not a block of
 * eventFingerprint: a branch that only unseen text reaches (a wire dateline's day, a caption's) deoptimises this
 * small function, not the whole fingerprint, whose recompilation cost more CPU than the branch.
 */
function eventWhen(
  text: string,
  sentences: DocContext['sentences'],
  layout: DocContext['layout'],
  dates: DatesResult,
): string | null {
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
      // A day to come is not when the reported event happened ("The winner will be announced at a ceremony on
      // June 14" in the report of the shortlist).
      if (futureClause(text, sentences, d.start)) continue;
      if (
        sent !== lead[0] &&
        /\b(after|nach|seit|since|previous|vorig\w*|letzt\w*|last|earlier|zuvor|damals)\b/i.test(before)
      )
        continue;
      when = d.iso;
      break;
    }
  }
  // Else the day a wire dateline gives after its city ("LJUBLJANA, Oct 26 (AP) —", "MUNICH, March 14 (Reuters) -"),
  // often without a year: the day of the report, as a date line's.
  if (!when && layout.dateline) {
    const dl = layout.dateline;
    const first = sentences[layout.title ? 1 : 0]?.start ?? text.length;
    for (const d of dates.mentions) {
      if (d.start < dl.end) continue;
      if (d.start > dl.end + 4 || d.end > first || d.relative) break;
      if (/^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/.test(d.iso)) when = d.iso;
      break;
    }
  }
  // Else a complete date in a photo caption: a caption dates the picture of the event ("… in Port Ellsby
  // on March 3, 2031. Photo: Agency"). Never a feature, but the time it gives is the event's.
  if (!when && layout.furniture?.length) {
    for (const d of dates.mentions) {
      if (d.relative || !/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) continue;
      if (!layout.furniture.some((f) => f.kind === 'caption' && d.start >= f.start && d.end <= f.end)) continue;
      when = d.iso;
      break;
    }
  }
  return when;
}

/**
 * The years the head (text before `headEnd`) states, back-references aside ("seit 2001", "nach der Wahl 2019"), with
 * the year of `when` (eventWhen): the event's year as far as the head tells. Its own function as eventWhen is.
 */
function headYears(
  text: string,
  sentences: DocContext['sentences'],
  dates: DatesResult,
  headEnd: number,
  when: string | null,
): Set<number> {
  const years = new Set<number>();
  if (when && /^\d{4}/.test(when)) years.add(+when.slice(0, 4));
  for (const d of dates.mentions) {
    if (d.start >= headEnd) break;
    if (d.relative || !/^\d{4}/.test(d.iso)) continue;
    const sent = sentences.find((x) => d.start >= x.start && d.end <= x.end);
    if (sent && WHEN_BLOCKERS.test(text.slice(Math.max(sent.start, d.start - 25), d.start))) continue;
    years.add(+d.iso.slice(0, 4));
  }
  return years;
}

/**
 * A new fingerprinter: one per analysis run or worker (two never share state). Its caches are bounded and
 * cleared only between two fingerprints.
 */
export function createFingerprinter(): Fingerprinter {
  /** Word features by key. Cleared together with the word cache, between two fingerprints only. */
  const FEATURES = new Map<string, Feature>();
  /** The "w:" and "n:" features by the key after their namespace (interned without building the key first). */
  const WORD_FEATURES = new Map<string, Feature>();
  const NAME_FEATURES = new Map<string, Feature>();

  /** The feature ns + k from `m` (one of the two above; "w:" and "n:" have lead twins and no act family). */
  function namespaced(m: Map<string, Feature>, ns: string, k: string): Feature {
    let f = m.get(k);
    if (!f) {
      f = { key: ns + k, lead: true, family: undefined, stamp: 0, at: 0 };
      m.set(k, f);
    }
    return f;
  }

  /** A word feature by key, if it exists. */
  function featureOf(key: string): Feature | undefined {
    if (key.charCodeAt(1) === 58 /* : */) {
      const k0 = key.charCodeAt(0);
      if (k0 === 119 /* w */) return WORD_FEATURES.get(key.slice(2));
      if (k0 === 110 /* n */) return NAME_FEATURES.get(key.slice(2));
    }
    return FEATURES.get(key);
  }

  function feature(key: string): Feature {
    let f = FEATURES.get(key);
    if (!f) {
      const family = key.startsWith('c:') ? ACT_FAMILY.get(key.slice(2)) : undefined;
      f = { key, lead: hasLeadTwin(key), family, stamp: 0, at: 0 };
      FEATURES.set(key, f);
    }
    return f;
  }

  // One allocation, not 262,144 pushes (those were a twentieth of a cold start).
  const tableInfos: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(TABLE_MASK + 1).fill(undefined);
  const tableHashes = new Int32Array(TABLE_MASK + 1);
  let tableCount = 0;

  function clearWordInfos(): void {
    tableInfos.fill(undefined);
    tableHashes.fill(0);
    tableCount = 0;
  }

  /** The info of the word s.slice(from, to). */
  function wordInfoAt(s: string, from: number, to: number): WordInfo {
    let h = fnv1a(s, from, to);
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
    const concepts = conceptsOf(lower);
    const nk = upper ? nameStem(p) : '';
    const ws = lower.length >= 3 ? wordStem(lower) : '';
    const word = lower.length >= 3 ? namespaced(WORD_FEATURES, 'w:', ws) : null;
    const name = nk.length >= 2 ? namespaced(NAME_FEATURES, 'n:', nk) : null;
    return {
      text: p,
      lower,
      ordinal: ord !== undefined ? feature(`o:${ord}`) : null,
      ordinalValue: ord,
      stop: STOPWORDS.has(lower) || lower.length < 2,
      concepts: concepts.length ? concepts.map((c) => feature(`c:${c}`)) : NO_FEATURES,
      upper,
      word,
      // storedShown, whose derived form of "w:stem" is the stem.
      wordShown: word === null || ws === lower ? '' : lower.replace(CONTROL_RUNS, ' '),
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
          : CUE_AGAIN.test(lower)
            ? 2
            : CUE_SPAN.test(lower)
              ? 3
              : lower === 'nach' || lower === 'after'
                ? 4
                : CUE_NEW.test(lower)
                  ? 5
                  : 0,
      capStamp: 0,
      elseStamp: 0,
    };
  }

  // Uncached: the word table holds these per word, a memo in front of them only missed on unseen text.
  /** The concepts of a lower-cased word (NONE shared: never mutate it). */
  const conceptsOf = computeConcepts;
  const nameStem = (w: string) => stem(nameKey(w));
  const wordStem = stem;
  /** The country of a place name (countryOfPlace), cached. */
  const placeCountry = cached(countryOfPlace);
  const siteCountry = cached(countryOfSite);

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
  /** The token starts inside a time expression (a date's number or word). */
  const TOK_DATE = 4;

  /** Tokenizes the spans; `xs` (sorted, disjoint) marks the tokens that start inside one (TOK_DATE). */
  function tokenize(text: string, spans: Span[], xs: readonly TimeExpression[]): number {
    let n = 0;
    // A cursor through xs: the first expression that ends after the last token's start (tokens come in text
    // order; should a span start before the last token, the cursor starts over).
    let x = 0;
    let last = -1;
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
        const pos = s.start + i;
        if (pos < last) x = 0;
        last = pos;
        while (x < xs.length && xs[x]!.end <= pos) x++;
        if (x < xs.length && xs[x]!.start <= pos) flags |= TOK_DATE;
        tokStart[n] = pos;
        tokEnd[n] = s.start + end;
        tokFlags[n] = flags;
        flags = 0;
        n++;
        i = end;
      }
    }
    return n;
  }

  /**
   * The towns the head names that the gazetteer does not know (townsDiffer), as name keys ("n:"): the town of a date
   * line at the top ("Kestrode, 09.03.2026 | 14:10 | dpa", read by its shape: capitalised words before a comma and a
   * date), and recognised places named before `headEnd` ("in Kestrode", "near the town of Kestrode") where the name's
   * last word ("Bad Kestrode") gives the name key the text's words give (fc.has). A place the gazetteer knows (a city,
   * a region, a country) is `places` and `sites`, not a town here.
   */
  function headTowns(
    text: string,
    headEnd: number,
    actors: readonly ActorMentions[],
    furniture: readonly Furniture[] | undefined,
    fc: FeatureCounts,
  ): string[] {
    const out: string[] = [];
    const add = (name: string, known: boolean) => {
      const last = /[\p{Lu}][\p{L}-]{2,}$/u.exec(name);
      if (!last || placeCountry(name) !== null || placeCountry(last[0]) !== null) return;
      // A genitive of a known place ("Frankreichs") is that place.
      if (last[0].endsWith('s') && placeCountry(last[0].slice(0, -1)) !== null) return;
      const key = `n:${nameStem(last[0])}`;
      if (key.length > 4 && (known || fc.has(key)) && !out.includes(key)) out.push(key);
    };
    for (const f of furniture ?? []) {
      if (f.kind !== 'date' || f.start > headEnd) continue;
      const m = DATE_LINE_TOWN.exec(text.slice(f.start, f.end));
      if (m && !NO_TOWN.test(m[1]!)) add(m[1]!, true);
    }
    for (const a of actors) {
      if (a.kind !== 'place') continue;
      for (const m of a.mentions)
        if (m.start < headEnd && m.end > m.start && townAt(text, m.start, m.end))
          add(text.slice(m.start, m.end), false);
    }
    return out.sort();
  }

  /** Fingerprints built so far (the stamp of the one being built). */
  let builds = 0;

  /**
   * The features of one article (see the module header). `dates` is findDates' result for the same text.
   * Actor ids join later (buildEventIndex), as they are corpus-wide only after unifyActorIds.
   */
  function eventFingerprint(doc: DocContext, dates: DatesResult, actors?: readonly ActorMentions[]): EventFingerprint {
    const { text, language, layout, sentences } = doc;
    // Where recognised actors are named: the name features counted there are marked (`names`), for reasons only.
    const nameSpans = actors ? mentionSpans(actors) : null;
    const personSpans = actors ? mentionSpans(actors.filter((a) => a.kind === 'person')) : null;
    const furniture = actors ? furnitureMentions(layout.furniture, actors) : undefined;
    // The word cache is bounded; it is cleared only between two fingerprints, with the features it refers to.
    if (tableCount >= WORD_INFO_MAX) {
      clearWordInfos();
      FEATURES.clear();
      WORD_FEATURES.clear();
      NAME_FEATURES.clear();
      for (const l of PHRASES_AT_SPACE.values()) for (const p of l) FEATURES.set(p.concept.key, p.concept);
    }
    const stamp = ++builds;
    const fc = new FeatureCounts(stamp, featureOf);
    /** The concepts of words of two senses ("prize?"), with inHead and quoted, read after all words. */
    const unsure: (Feature | boolean)[] = [];
    // Features of the title and the first two sentences count twice: once as themselves, once as their lead
    // twin (the lead states the event; the body adds background that other events share).
    const headEnd = (sentences[layout.title ? 2 : 1] ?? sentences[sentences.length - 1])?.end ?? 0;
    const xs = timeExpressionsOf(text, dates);
    const nTok = tokenize(text, sentences, xs);
    // What is inside quotation marks (sorted, disjoint): what someone said names acts that are not the
    // article's (a threat, a call to "pick up the phone"), so its act concepts do not count for the dominant act.
    const quotes: { start: number; end: number; inner: string }[] = [];
    for (const s of sentences) {
      const slice = text.slice(s.start, s.end);
      QUOTE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = QUOTE_RE.exec(slice)))
        quotes.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, inner: m[1]! });
    }
    const inQuote = (pos: number) => inRanges(quotes, pos);
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
    /** Whether the head says the act happens again. */
    let repeated = false;
    /**
     * The last token of what the head names as having come before ("drei Wochen nach <der Entgleisung>", "<Nach dem
     * Hurrikan> auf …"), -1: none.
     */
    let backRefEnd = -1;
    /** The act families a repeat word of the head refers to where it names what happens again ("after talks broke down again"). */
    const repeatedActs = new Set<string>();
    /** The act families of the concepts of the words at tokens from..to (inclusive, within the text). */
    const actsAt = (from: number, to: number, into: Set<string>): void => {
      for (let j = Math.max(0, from); j <= to && j < nTok; j++) {
        const info = infos[j];
        if (!info) continue;
        for (const c of conceptsOf(info.lower)) {
          const fam = ACT_FAMILY.get(c);
          if (fam !== undefined) into.add(fam);
        }
      }
    };
    /**
     * What a repeat word at token i says happens again: an English "again" the verb phrase before it in its clause
     * ("walked out again", "talks broke down again": the act families of its four words before); "erneut"/"wieder"
     * before an inflected attribute and its noun the noun ("nach erneut gescheiterten Tarifgesprächen"); else the
     * article's act (null).
     */
    const repeatTarget = (i: number): Set<string> | null => {
      const out = new Set<string>();
      if (infos[i]!.lower === 'again') {
        let from = i;
        while (from > i - 4 && from > 0 && !/[.!?;:,]/.test(text.slice(ends[from - 1]!, starts[from]!))) from--;
        actsAt(from, i - 1, out);
        return out;
      }
      const attr = i + 2 < nTok ? infos[i + 1] : null,
        noun = i + 2 < nTok ? infos[i + 2] : null;
      if (
        attr &&
        noun &&
        !attr.upper &&
        !attr.stop &&
        /(?:e|en|em|er|es)$/.test(attr.lower) &&
        noun.upper &&
        !/[.!?;:,()]/.test(text.slice(ends[i]!, starts[i + 2]!))
      ) {
        actsAt(i + 1, i + 2, out);
        return out;
      }
      return null;
    };
    const percents = new Set<number>();
    /** The durations the text gives, in hours. */
    const hours = new Set<number>();
    /** The countries of the places the head names. */
    const places = new Set<string>();
    /** The countries of the cities and regions the head names. */
    const sites = new Set<string>();
    /**
     * Marks the next one or two content words after an ordinal (or a span's "nach"/"after": `before`) with its count;
     * returns the last token it read.
     */
    const noteOrdinal = (i: number, value: number, before = false): number => {
      // The next one or two content words after the ordinal, within the same clause.
      let seen = 0,
        last = i;
      for (let j = i + 1; j < nTok && j <= i + 4 && seen < 2; j++) {
        const between = text.slice(ends[j - 1]!, starts[j]!);
        if (/[.!?;:,()]/.test(between)) break;
        last = j;
        const info = infos[j];
        if (!info || flags[j]! & TOK_DATE) {
          // A figure inside what happened before ("three weeks after a 6.9 quake") is passed over; else a number ends it.
          if (before && !info && !(flags[j]! & TOK_DATE)) continue;
          break;
        }
        const w = info.lower;
        // "am zweiten Tag des Besuchs", "the second day of the visit": the ordinal counts days, not the act.
        if (TIME_UNITS.test(w)) break;
        if (STOPWORDS.has(w) && !/^(mal|time|times)$/.test(w)) continue;
        seen++;
        const keys = /^(mal|male|time|times)$/.test(w)
          ? ['c:time']
          : [...conceptsOf(w).map((c) => `c:${c}`), info.upper ? `n:${nameStem(w)}` : `w:${wordStem(w)}`];
        // A repetition counts only at the act's first mention: "der zweite Testflug" opens a report on a
        // follow-up; "zwei Beben … das zweite Beben" enumerates parts of one event.
        for (const k of keys) if (!(k in ordinals) && (value === 1 || before || !fc.has(k))) ordinals[k] = value;
      }
      return last;
    };

    /**
     * The last token of what a sentence-opening "Nach"/"After" names ("Nach dem Hurrikan auf der Halbinsel …", "After
     * the quake, …"): its first one or two content words within the clause, as noteOrdinal reads them.
     */
    const referenceEnd = (i: number): number => {
      let seen = 0,
        last = i;
      for (let j = i + 1; j < nTok && j <= i + 4 && seen < 2; j++) {
        if (/[.!?;:,()]/.test(text.slice(ends[j - 1]!, starts[j]!))) break;
        const info = infos[j];
        if (!info || flags[j]! & TOK_DATE) break;
        last = j;
        if (!STOPWORDS.has(info.lower)) seen++;
      }
      return last;
    };

    /** Whether a lower-cased word names an act that happens at one place (PLACED_ACTS: "wildfire", "Erdbeben"). */
    const namesPlacedAct = (w: string): boolean => {
      for (const c of conceptsOf(w)) {
        const fam = ACT_FAMILY.get(c);
        if (fam !== undefined && PLACED_ACTS.has(fam)) return true;
      }
      return false;
    };
    /** Whether tokens i and j are next to each other in one clause (only spaces between). */
    const adjacent = (i: number, j: number): boolean => SPACES_ONLY.test(text.slice(ends[i]!, starts[j]!));
    /** The country of the place of one or two words ending at token j (j - 1, j), or null. */
    const placeEndingAt = (j: number): string | null => {
      const w = j >= 0 ? infos[j] : null;
      if (!w?.upper) return null;
      const one = placeCountry(w.text);
      if (one !== null) return one;
      const before = j > 0 ? infos[j - 1] : null;
      return before?.upper && adjacent(j - 1, j) ? placeCountry(`${before.text} ${w.text}`) : null;
    };
    /**
     * Whether the city of `n` words at token i stands for its country's government, not for where the act happened
     * (a site): not after a preposition of place, and either coordinated with a place of another country ("Berlin und
     * Paris einigten sich", "Madrid and Mexico City sealed") or followed by a verb ("Washington warned", "Paris lenkt
     * ein": a lower-case word that is no preposition); after "aus" / "from" it is where something came from.
     */
    const governmentAt = (i: number, n: number, country: string): boolean => {
      const prev = i > 0 && adjacent(i - 1, i) ? infos[i - 1] : null;
      if (prev && FROM_WORDS.has(prev.lower)) return true;
      // "flew back to Jakarta", "reiste zurück nach Jakarta": where a visitor returns, after the occasion.
      if (prev && (prev.lower === 'to' || prev.lower === 'nach') && i >= 2 && adjacent(i - 2, i - 1)) {
        const before = infos[i - 2];
        if (before && RETURN_WORDS.has(before.lower)) return true;
      }
      if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return false;
      const last = i + n - 1;
      const after = last + 1 < nTok && adjacent(last, last + 1) ? infos[last + 1] : null;
      if (after && AND_WORDS.has(after.lower) && last + 2 < nTok && adjacent(last + 1, last + 2)) {
        const w = infos[last + 2];
        if (w?.upper) {
          const other =
            placeCountry(w.text) ??
            (last + 3 < nTok && infos[last + 3]?.upper && adjacent(last + 2, last + 3)
              ? placeCountry(`${w.text} ${infos[last + 3]!.text}`)
              : null);
          if (other !== null && other !== country) return true;
        }
      }
      if (prev && AND_WORDS.has(prev.lower) && i >= 2 && adjacent(i - 2, i - 1)) {
        const other = placeEndingAt(i - 2);
        if (other !== null && other !== country) return true;
      }
      return (
        after != null &&
        !after.upper &&
        after.letter &&
        !PLACE_PREPOSITIONS.has(after.lower) &&
        !AND_WORDS.has(after.lower)
      );
    };

    /** The features of the number at token i (a score, a count, a percentage). */
    const numberFeatures = (i: number, inHead: boolean, next: WordInfo | null | undefined): void => {
      if (flags[i]! & TOK_DATE) return;
      const tt = numbers[i]!;
      const end = ends[i]!;
      const after = text.slice(end, end + 12);
      if (CLOCK_AFTER.test(after)) return;
      // Match scores "2:1" / "2-1".
      const score = tt.length <= 2 ? SCORE_AFTER.exec(after) : null;
      if (score && ONE_OR_TWO_DIGITS.test(tt)) {
        const s = `${tt}:${score[1]}`;
        fc.add(`#:${s}`, () => s, inHead);
        return;
      }
      // A road's number written apart from its class letter ("A 47", "B 212") is the road written together
      // ("A47", "B212"): one name for both forms, and no count.
      if (i > 0 && tt.length <= 3 && ONE_TO_THREE_DIGITS.test(tt)) {
        const prev = infos[i - 1];
        if (
          prev != null &&
          prev.text.length === 1 &&
          ROAD_LETTERS.includes(prev.text) &&
          !(language === 'en' && prev.text === 'A') &&
          ends[i - 1] === starts[i]! - 1 &&
          text.charCodeAt(starts[i]! - 1) === 32 &&
          !NOT_ROAD_AFTER.test(after)
        ) {
          const road = wordInfo(prev.text + tt);
          if (road.name) fc.word(road.name, road.nameShown, inHead);
          return;
        }
      }
      const n = canonicalNumber(tt, language);
      if (n === null) return;
      if (Number.isInteger(n) && n >= 1800 && n <= 2100 && !POINT_OR_COMMA.test(tt)) return; // a year: dates cover it
      fc.add(`#:${n}`, () => tt, inHead);
      if (PERCENT_AFTER.test(after)) percents.add(n);
      else if (HOURS_AFTER.test(after)) hours.add(n);
      else if (DAYS_AFTER.test(after)) hours.add(n * 24);
      if (BASIS_POINTS_AFTER.test(after.trim() + ' ') || next?.lower.startsWith('bps'))
        fc.add(`#:${+(n / 100).toFixed(4)}`, () => tt, inHead);
    };
    /**
     * Whether the act word at start..end is named as one that did not happen: negated right before it ("no cut",
     * "keine weitere Senkung") or right after it ("a cut was not on the table", "eine Senkung ist ausgeschlossen",
     * "a cut was ruled out"). Such a mention is not an act the article reports, so it does not count for the
     * dominant act (as a quoted one does not). Read on a few words either side, within the sentence.
     */
    const notReported = (start: number, end: number): boolean =>
      NEGATED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || NEGATED_AFTER.test(text.slice(end, end + 40));
    /** The features of the word at token i (names, concepts, numbers it spells, a place of the head). */
    const wordFeatures = (
      i: number,
      whole: WordInfo,
      start: number,
      inHead: boolean,
      next: WordInfo | null | undefined,
    ): void => {
      if (inHead && whole.upper) {
        // The lead's places, as countries: "Erdbeben in Norditalien", "Mexikos Süden", "New York".
        // A dateline's city in capitals ("PARIS (AP) —", "THE HAGUE") is the city.
        const word = capitalsWord(whole.text);
        let country = placeCountry(word);
        if (country === null && whole.bare !== null) country = placeCountry(whole.bare);
        if (country !== null) {
          places.add(country);
          const site = siteCountry(word) ?? (whole.bare !== null ? siteCountry(whole.bare) : null);
          if (site !== null && !governmentAt(i, 1, site)) sites.add(site);
        }
        if (next?.upper && ends[i] === starts[i + 1]! - 1 && text.charCodeAt(ends[i]!) === 32) {
          const pair = `${word} ${capitalsWord(next.text)}`;
          const two = placeCountry(pair);
          if (two !== null) places.add(two);
          const site = two !== null ? siteCountry(pair) : null;
          if (site !== null && !governmentAt(i, 2, site)) sites.add(site);
        }
      }
      const wn = whole.number;
      if (wn !== undefined && next) {
        const nl = next.lower;
        if (COUNTED_NEXT.test(nl)) {
          fc.add(`#:${wn}`, textOf(whole), inHead);
          if (PERCENT_NEXT.test(nl)) percents.add(wn);
        }
        const after = text.slice(ends[i]!, ends[i]! + 12);
        if (HOURS_AFTER.test(after)) hours.add(wn);
        else if (DAYS_AFTER.test(after)) hours.add(wn * 24);
      }
      // A road written with a hyphen ("I-95", "A-7") is the road written together ("I95", "A7").
      if (whole.parts !== null && whole.upper && ROAD_HYPHEN.test(whole.text)) {
        const road = wordInfo(whole.text.replace(/[-‐]/, ''));
        if (road.name) fc.word(road.name, road.nameShown, inHead);
        return;
      }
      const parts = whole.parts;
      const nParts = parts === null ? 1 : parts.length;
      // Whether the token is (in part) inside an actor's mention; then each part's place in it (partFrom).
      const named = nameSpans !== null && nameSpans.length > 0 && inSpans(nameSpans, start, ends[i]!);
      const inPerson = named && personSpans!.length > 0 && inSpans(personSpans!, start, ends[i]!);
      let partFrom = start;
      for (let k = 0; k < nParts; k++) {
        const info = parts === null ? whole : parts[k]!;
        let partAt = start,
          partEnd = ends[i]!;
        if (named && parts !== null) {
          const at = text.indexOf(info.text, partFrom);
          partAt = at >= 0 && at < partEnd ? at : partFrom;
          partEnd = Math.min(partEnd, partAt + info.text.length);
          partFrom = partEnd;
        }
        if (info.ordinal) {
          fc.word(info.ordinal, info.text, inHead);
          continue;
        }
        if (info.stop) continue;
        // A word of a person's name is no concept ("Kanzlerin Brandt" is no fire, "Herr Sturm" no storm).
        if (
          info.concepts.length &&
          !inPerson &&
          !(
            language === 'en' &&
            parts === null &&
            NOUN_SENSE_ONLY.has(info.lower) &&
            next &&
            OBJECT_STARTS.has(next.lower) &&
            adjacent(i, i + 1)
          )
        ) {
          // An act the head names as what came before ("drei Wochen nach der Entgleisung", "a month after a blaze",
          // "Nach dem Hurrikan auf der Halbinsel …") is the background of the act the article reports, not that act:
          // as a quoted one, it does not count for the dominant act.
          const said = inQuote(start) || i <= backRefEnd;
          const negated = info.concepts.some(isAct) && notReported(start, ends[i]!);
          for (const f of info.concepts)
            if (negated && f.family !== undefined) continue;
            else if (f.key.endsWith('?')) unsure.push(f, inHead, said);
            else fc.word(f, '', inHead, said);
        }
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
          if (bare.name) {
            const at = fc.word(bare.name, bare.nameShown, inHead);
            if (named && inSpans(nameSpans!, partAt, partEnd)) fc.markName(at);
          }
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
          if (joined.name) {
            const at = fc.word(joined.name, joined.nameShown, inHead);
            if (nameSpans !== null && inSpans(nameSpans, start, ends[i + 1]!)) fc.markName(at);
          }
        }
      }
    };

    /**
     * The cues of the lead at the word of token i (no possessive): a repetition, an ordinal, what came before. A
     * closure of its own, not a block of the token loop: a cue only unseen text reaches deoptimises less code.
     */
    const leadCue = (i: number, whole: WordInfo, next: WordInfo | null | undefined, inHead: boolean): void => {
      const cue = whole.cue;
      if (inHead && REPEAT_WORDS.has(whole.lower) && !(i > 0 && infos[i - 1]?.lower === 'immer')) {
        const target = repeatTarget(i);
        if (target === null) repeated = true;
        else for (const fam of target) repeatedActs.add(fam);
      }
      if (cue === 1) ordinals['c:time'] ??= 1;
      else if (inHead && cue === 2) noteOrdinal(i, 2);
      else if (inHead && cue === 3 && next?.cue === 4 && !(flags[i + 1]! & TOK_POSSESSIVE))
        backRefEnd = noteOrdinal(i + 1, 2, true);
      else if (
        inHead &&
        whole.lower === 'last' &&
        next &&
        flags[i + 1]! & TOK_POSSESSIVE &&
        LAST_SPANS.test(next.lower)
      )
        noteOrdinal(i + 1, 2, true);
      else if (inHead && cue === 5 && next && adjacent(i, i + 1) && namesPlacedAct(next.lower)) noteOrdinal(i, 2);
      else if (inHead && cue === 4 && flags[i]! & TOK_INITIAL) backRefEnd = referenceEnd(i);
      else if (whole.ordinalValue !== undefined) noteOrdinal(i, whole.ordinalValue);
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
        } else if (!(flags[i]! & TOK_POSSESSIVE)) leadCue(i, whole, next, inHead);
      }
      if (whole === null) numberFeatures(i, inHead, next);
      else if (!(flags[i]! & TOK_DATE)) wordFeatures(i, whole, start, inHead, next);
    }
    infos.fill(null, 0, nTok);
    numbers.fill(null, 0, nTok);

    // A word of two senses ("Preis") reads in the sense another word of the text names for certain: "Ölpreis"
    // in a report on markets is no prize, "Friedenspreis" next to "Preisträger" is one.
    for (let k = 0; k < unsure.length; k += 3) {
      const sure = feature((unsure[k] as Feature).key.slice(0, -1));
      if (sure.stamp === stamp) fc.word(sure, '', unsure[k + 1] as boolean, unsure[k + 2] as boolean);
    }
    unsure.length = 0;

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
          fc.word(p.concept, '', false, inQuote(from));
      }
    }

    // Quotations: 3-word shingles of what is inside quotation marks.
    for (const q of quotes) {
      const words = q.inner.toLowerCase().match(QUOTE_WORDS_RE) ?? [];
      if (words.length < 5) continue;
      let shown: string | null = null;
      for (let i = 0; i + 4 <= words.length; i++) {
        // The quotation's shown form is stored with its first new shingle; the next ones refer back to it.
        fc.add(
          `q:${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`,
          () => (shown === null ? (shown = shorten(q.inner, 60)) : SAME_AS_BEFORE),
          false,
        );
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

    const when = eventWhen(text, sentences, layout, dates);
    const years = headYears(text, sentences, dates, headEnd, when);
    let weekdays = 0;
    for (const x of xs) if (x.kind === 'weekday') weekdays |= 1 << x.weekday!;
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
    // "erneut", "wieder", "again" in the head: the article's act is a repetition (the union strikes again),
    // whatever words follow the cue.
    if ((repeated || (act !== null && repeatedActs.has(act))) && act !== null && ordinals['c:time'] !== 1)
      for (const [concept, fam] of ACT_FAMILY)
        if (fam === act && fc.has(`c:${concept}`)) ordinals[`c:${concept}`] ??= 2;
    // The dateline's city ("PARIS (AP) —", "Ottawa –"), which layout keeps out of the text's words, is a site.
    if (layout.dateline) {
      const city = capitalsWord(layout.dateline.text.trim());
      const site = siteCountry(city);
      if (site !== null) {
        places.add(site);
        sites.add(site);
      }
    }
    const towns = headTowns(text, headEnd, actors ?? [], layout.furniture, fc);
    let shownEnd = fc.shown.length;
    while (shownEnd > 0 && fc.shown[shownEnd - 1] === '') shownEnd--;
    const agreement = (NOT_AGREED.test(text) ? 1 : 0) | (AGREED.test(text) ? 2 : 0);
    const head = text.slice(0, headEnd);
    const opening = REOPENED.test(head) ? 2 : CLOSED.test(head) ? 1 : 0;
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
      ...(hours.size ? { hours: [...hours].sort((a, b) => a - b) } : {}),
      ...(places.size ? { places: [...places].sort() } : {}),
      ...(sites.size ? { sites: [...sites].sort() } : {}),
      ...(years.size ? { years: [...years].sort((a, b) => a - b) } : {}),
      ...(weekdays ? { weekdays } : {}),
      ...(agreement ? { agreement } : {}),
      ...(opening ? { opening } : {}),
      ...(towns.length ? { towns } : {}),
      ...(nameSpans ? { names: uniqueAscending(fc.named) } : {}),
      ...(furniture ? { furniture } : {}),
    };
  }

  return { fingerprint: eventFingerprint };
}

let defaultFingerprinter: Fingerprinter | undefined;

/**
 * The features of one article with the process's default fingerprinter (for callers without one of their
 * own; the result is the same whichever fingerprinter builds it). With the article's actors, the name features
 * counted inside their mentions are marked (`names`); the features and counts are the same with or without.
 */
export function eventFingerprint(
  doc: DocContext,
  dates: DatesResult,
  actors?: readonly ActorMentions[],
): EventFingerprint {
  return (defaultFingerprinter ??= createFingerprinter()).fingerprint(doc, dates, actors);
}
