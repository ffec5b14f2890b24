// Dates in the text, German and English: absolute ones ("am 15. August 2022", "12. Juni", "June 18, 2024",
// "15.08.2022", "2017", "im März", "Februar 2022") and relative ones ("am Mittwoch", "gestern", "im
// vergangenen Monat", "vor dreieinhalb Jahren", "last week", "two days ago"), resolved against the article's
// own date.
//
// The article's date (the anchor) is taken, in this order, from a date line (a short line at the top or the
// bottom that is mostly a date: "Stand: 12.06.2024, 14:30 Uhr", "June 18, 2024"), a dateline date at the
// start of the lead ("BERLIN, 12. Juni 2024 (dpa) –"), or the first complete date (day, month, year) in the
// first two sentences of the running text — news leads date the event they report, so that date is the
// most plausible anchor within a day or two. Without an anchor, relative expressions stay unresolved and
// are left out of `mentions`; yearless absolute dates then get the partial ISO form "--MM-DD" / "--MM".
//
// Precision is carried by the ISO string's length: "2024-06-12" (day), "2024-06" (month), "2024" (year).
// Offsets are UTF-16, end-exclusive. Pure functions; the word tables are read-only.
import type { DateMention, Language, Span } from '../types';
import { partitionPoint } from './search';

export interface DatesResult {
  /** The article's own date (ISO, possibly partial), or null when the text does not give one. */
  articleDate: string | null;
  mentions: DateMention[];
}

/** A time expression as written, before resolution: what the events module and the resolver work from. */
export interface TimeExpression extends Span {
  text: string;
  kind: 'date' | 'month' | 'year' | 'weekday' | 'offset' | 'named';
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, for weekdays. */
  weekday?: number;
  /** For offsets and named relative days: signed amount and unit ("vor 3 Tagen": -3 day). */
  amount?: number;
  unit?: 'day' | 'week' | 'month' | 'year';
  /**
   * Direction of a weekday reference: -1 past ("letzten Mittwoch"), +1 future ("nächsten Mittwoch"); unmarked,
   * the most recent such day (resolveExpression) unless its clause speaks of what is to come (findDates).
   */
  direction?: -1 | 1;
}

const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['januar', 1],
  ['jänner', 1],
  ['january', 1],
  ['jan', 1],
  ['februar', 2],
  ['feber', 2],
  ['february', 2],
  ['feb', 2],
  ['febr', 2],
  ['märz', 3],
  ['maerz', 3],
  ['march', 3],
  ['mär', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mai', 5],
  ['may', 5],
  ['juni', 6],
  ['june', 6],
  ['jun', 6],
  ['juli', 7],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['oktober', 10],
  ['october', 10],
  ['okt', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['dezember', 12],
  ['december', 12],
  ['dez', 12],
  ['dec', 12],
];
const MONTHS = new Map<string, number>(MONTH_WORDS);
// Full month names only may stand alone ("im März"); abbreviations need a day or a year next to them,
// and "Mai"/"May" alone is taken only after a preposition (the English modal "may" is common).
const MONTH_ALT = MONTH_WORDS.map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .map((w) =>
    w.length <= 4 && w !== 'mai' && w !== 'may' && w !== 'juni' && w !== 'juli' && w !== 'june' && w !== 'july'
      ? `${w}\\.?`
      : w,
  )
  .join('|');
const FULL_MONTH_ALT =
  'januar|jänner|january|februar|february|märz|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|dezember|december';

const WEEKDAYS = new Map<string, number>([
  ['sonntag', 0],
  ['sunday', 0],
  ['montag', 1],
  ['monday', 1],
  ['dienstag', 2],
  ['tuesday', 2],
  ['mittwoch', 3],
  ['wednesday', 3],
  ['donnerstag', 4],
  ['thursday', 4],
  ['freitag', 5],
  ['friday', 5],
  ['samstag', 6],
  ['sonnabend', 6],
  ['saturday', 6],
]);
const WEEKDAY_ALT = [...WEEKDAYS.keys()].join('|');
// "Dienstagmittag", "Samstagmorgen", "Sunday night": the weekday still dates the event.
const DAYPART = '(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)?';

/** The cardinal numbers two to twelve written as words, German and English. */
export const CARDINAL_WORDS: readonly (readonly [string, number])[] = [
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
];

const NUMBER_WORDS = new Map<string, number>([
  ['ein', 1],
  ['eine', 1],
  ['einem', 1],
  ['einen', 1],
  ['einer', 1],
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ...CARDINAL_WORDS,
  ['fünfzehn', 15],
  ['fifteen', 15],
  ['zwanzig', 20],
  ['twenty', 20],
  ['dreißig', 30],
  ['thirty', 30],
  ['anderthalb', 1.5],
  ['eineinhalb', 1.5],
  ['zweieinhalb', 2.5],
  ['dreieinhalb', 3.5],
  ['viereinhalb', 4.5],
  ['fünfeinhalb', 5.5],
  ['wenigen', 3],
  ['einigen', 3],
  ['mehreren', 3],
  ['few', 3],
  ['several', 3],
  ['couple', 2],
]);
const NUMBER_ALT = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

const UNIT_OF = (w: string): 'day' | 'week' | 'month' | 'year' | null => {
  const s = w.toLowerCase();
  if (/^(tag|tage|tagen|day|days)$/.test(s)) return 'day';
  if (/^(woche|wochen|week|weeks)$/.test(s)) return 'week';
  if (/^(monat|monate|monaten|month|months)$/.test(s)) return 'month';
  if (/^(jahr|jahre|jahren|year|years|jahrzehnt)$/.test(s)) return 'year';
  return null;
};

function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

function numberOf(word: string): number | undefined {
  const s = word.toLowerCase();
  if (/^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return NUMBER_WORDS.get(s);
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y === undefined) return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

function plausibleYear(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface Rule {
  re: RegExp;
  /**
   * Which words a match can start with (all rules start at a word start, by the lookbehind B): 'digit' for
   * a word starting with a digit, else lower-cased whole words, or `prefixes` the word may start with.
   */
  first: { digit?: boolean; words?: readonly string[]; prefixes?: readonly string[] };
  /**
   * For a rule that can start at a digit: a necessary condition on the run of ASCII digits there (its
   * length, and the character after it, -1 at the end), so that the pattern is tried only where it can match.
   */
  digits?: (run: number, next: number) => boolean;
  make(m: RegExpExecArray): Omit<TimeExpression, 'start' | 'end' | 'text'> | null;
}

const MONTH_KEYS = MONTH_WORDS.map(([w]) => w);
const NUMBER_KEYS = [...NUMBER_WORDS.keys()];

// Order matters: earlier rules claim their span first, so the most specific shapes come first.
const RULES: Rule[] = [
  // 2024-06-12
  {
    first: { digit: true },
    digits: (run, next) => run === 4 && next === 45,
    re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'),
    make: (m) => {
      const y = +m[1]!,
        mo = +m[2]!,
        d = +m[3]!;
      return plausibleYear(y) && validDay(y, mo, d) ? { kind: 'date', year: y, month: mo, day: d } : null;
    },
  },
  // 12.06.2024, 12.6.24
  {
    first: { digit: true },
    digits: (run, next) => run <= 2 && next === 46,
    re: new RegExp(`${B}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})${E}`, 'gu'),
    make: (m) => {
      let y = +m[3]!;
      if (m[3]!.length === 2) y += y > 50 ? 1900 : 2000;
      const mo = +m[2]!,
        d = +m[1]!;
      return plausibleYear(y) && validDay(y, mo, d) ? { kind: 'date', year: y, month: mo, day: d } : null;
    },
  },
  // "Am Freitag (14.03.)", "am 14.3.", "vom 7.3. bis": a German numeric day and month without a year, only
  // in date positions (after "am", "vom", "bis", "zum", "den", "ab", "seit", an opening parenthesis or a
  // comma), so that section numbers and other digit runs stay what they are.
  {
    first: { digit: true },
    digits: (run, next) => run <= 2 && next === 46,
    re: new RegExp(
      `(?<=(?:${B}(?:[Aa]m|[Vv]om|[Bb]is|[Zz]um|[Dd]en|[Aa]b|[Ss]eit)\\s+|\\(|,\\s))(\\d{1,2})\\.(\\d{1,2})\\.(?![\\p{L}\\p{N}]|\\s?\\d)`,
      'gu',
    ),
    make: (m) => {
      const mo = +m[2]!,
        d = +m[1]!;
      return validDay(undefined, mo, d) ? { kind: 'date', month: mo, day: d } : null;
    },
  },
  // 6/12/2024 (US order: month first)
  {
    first: { digit: true },
    digits: (run, next) => run <= 2 && next === 47,
    re: new RegExp(`${B}(\\d{1,2})/(\\d{1,2})/(\\d{4})${E}`, 'gu'),
    make: (m) => {
      const y = +m[3]!,
        mo = +m[1]!,
        d = +m[2]!;
      return plausibleYear(y) && validDay(y, mo, d) ? { kind: 'date', year: y, month: mo, day: d } : null;
    },
  },
  // 15. August 2022, 12. Juni, 18 June 2024, 6th of February
  {
    first: { digit: true },
    digits: (run) => run <= 2,
    re: new RegExp(`${B}(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_ALT})(?:,?\\s+(\\d{4}))?${E}`, 'giu'),
    make: (m) => {
      const d = +m[1]!,
        mo = monthOf(m[2]!)!,
        y = m[3] ? +m[3] : undefined;
      if (y !== undefined && !plausibleYear(y)) return null;
      return validDay(y, mo, d) ? { kind: 'date', year: y, month: mo, day: d } : null;
    },
  },
  // June 18, 2024; July 13; Feb. 6th
  {
    first: { words: MONTH_KEYS },
    // "May 18,2024": pages drop the space after the comma.
    re: new RegExp(`${B}(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)(\\d{4}))?${E}`, 'giu'),
    make: (m) => {
      const mo = monthOf(m[1]!)!,
        d = +m[2]!,
        y = m[3] ? +m[3] : undefined;
      if (y !== undefined && !plausibleYear(y)) return null;
      return validDay(y, mo, d) ? { kind: 'date', year: y, month: mo, day: d } : null;
    },
  },
  // Februar 2022, March 2019, Sept. 2023
  {
    first: { words: MONTH_KEYS },
    re: new RegExp(`${B}(${MONTH_ALT})\\s+(\\d{4})${E}`, 'giu'),
    make: (m) => {
      const y = +m[2]!;
      return plausibleYear(y) ? { kind: 'month', year: y, month: monthOf(m[1]!)! } : null;
    },
  },
  // im März, Ende Mai, in March, since September (no year)
  {
    first: {
      words: [
        'im',
        'in',
        'seit',
        'bis',
        'ab',
        'vom',
        'von',
        'zum',
        'since',
        'until',
        'by',
        'during',
        'early',
        'late',
        'mid',
        'anfang',
        'mitte',
        'ende',
        'des',
        'last',
        'next',
        'this',
        'diesen',
        'vergangenen',
        'letzten',
        'kommenden',
      ],
    },
    re: new RegExp(
      `${B}(?:im|in|seit|bis|ab|vom|von|zum|since|until|by|during|early|late|mid-?|anfang|mitte|ende|des|last|next|this|diesen|vergangenen|letzten|kommenden)\\s+(${FULL_MONTH_ALT})${E}`,
      'giu',
    ),
    make: (m) => ({ kind: 'month', month: monthOf(m[1]!)! }),
  },
  // am Mittwoch, Dienstagmittag, on Thursday, nächsten Montag, last Friday
  {
    first: {
      words: [
        'am',
        'on',
        'bis',
        'seit',
        'vom',
        'ab',
        'next',
        'last',
        'this',
        'coming',
        'kommenden',
        'nächsten',
        'vergangenen',
        'letzten',
        'diesen',
      ],
      prefixes: [...WEEKDAYS.keys()],
    },
    re: new RegExp(
      `${B}(?:(?:am|on|bis|seit|vom|ab|next|last|this|coming|kommenden|nächsten|vergangenen|letzten|diesen|am\\s+kommenden|am\\s+vergangenen|am\\s+letzten|am\\s+nächsten)\\s+)?(${WEEKDAY_ALT})${DAYPART}s?${E}`,
      'giu',
    ),
    make: (m) => {
      const head = m[0].toLowerCase();
      const future = /^(next|coming|kommenden|nächsten|am\s+kommenden|am\s+nächsten)\s/.test(head);
      const past = /^(last|seit|vergangenen|letzten|am\s+vergangenen|am\s+letzten)\s/.test(head);
      const weekday = WEEKDAYS.get(m[1]!.toLowerCase())!;
      // Unmarked ("am Mittwoch", "Wednesday"): the clause's tense decides (findDates).
      return future || past ? { kind: 'weekday', weekday, direction: future ? 1 : -1 } : { kind: 'weekday', weekday };
    },
  },
  // vor drei Tagen, vor dreieinhalb Jahren, two weeks ago, in zwei Wochen
  {
    first: { words: ['vor'] },
    re: new RegExp(
      `${B}vor\\s+(?:(?:gut|knapp|fast|rund|etwa|mehr\\s+als|über|genau)\\s+)?(\\d+(?:,\\d+)?|${NUMBER_ALT})\\s+(Tagen|Wochen|Monaten|Jahren|Jahrzehnten)${E}`,
      'giu',
    ),
    make: (m) => {
      const n = numberOf(m[1]!),
        unit = UNIT_OF(m[2]!.replace(/zehnten$/, ''));
      if (n === undefined) return null;
      if (/jahrzehnt/i.test(m[2]!)) return { kind: 'offset', amount: -10 * n, unit: 'year' };
      return unit ? { kind: 'offset', amount: -n, unit } : null;
    },
  },
  {
    first: { digit: true, words: NUMBER_KEYS },
    digits: (_run, next) => next === 46 || isSpace(next),
    re: new RegExp(
      `${B}(\\d+(?:\\.\\d+)?|${NUMBER_ALT})\\s+(days|weeks|months|years|day|week|month|year)\\s+ago${E}`,
      'giu',
    ),
    make: (m) => {
      const n = numberOf(m[1]!),
        unit = UNIT_OF(m[2]!);
      return n !== undefined && unit ? { kind: 'offset', amount: -n, unit } : null;
    },
  },
  {
    first: { words: ['in', 'within'] },
    re: new RegExp(`${B}(?:in|within)\\s+(\\d+|${NUMBER_ALT})\\s+(Tagen|Wochen|Monaten|days|weeks|months)${E}`, 'giu'),
    make: (m) => {
      const n = numberOf(m[1]!),
        unit = UNIT_OF(m[2]!);
      return n !== undefined && unit ? { kind: 'offset', amount: n, unit } : null;
    },
  },
  // last week, vergangene Woche, im vergangenen Monat, letztes Jahr, next week, this year, Anfang dieses Monats
  {
    first: {
      words: [
        'in',
        'im',
        'am',
        'vergangenen',
        'vergangene',
        'vergangenes',
        'letzten',
        'letzte',
        'letztes',
        'vorigen',
        'vorige',
        'voriges',
        'kommenden',
        'kommende',
        'kommendes',
        'nächsten',
        'nächste',
        'nächstes',
        'diesen',
        'diese',
        'dieses',
        'last',
        'next',
        'this',
        'previous',
        'past',
        'coming',
      ],
    },
    re: new RegExp(
      `${B}(?:(?:in\\s+der|im|in\\s+dem|am)\\s+)?(vergangenen|vergangene|vergangenes|letzten|letzte|letztes|vorigen|vorige|voriges|kommenden|kommende|kommendes|nächsten|nächste|nächstes|diesen|diese|dieses|last|next|this|previous|past|coming)\\s+(Woche|Monat|Monats|Jahr|Jahres|week|month|year)${E}`,
      'giu',
    ),
    make: (m) => {
      const mod = m[1]!.toLowerCase();
      const u = m[2]!.toLowerCase();
      const unit =
        u.startsWith('woche') || u === 'week' ? 'week' : u.startsWith('monat') || u === 'month' ? 'month' : 'year';
      const amount = /^(vergangen|letzt|vorig|last|previous|past)/.test(mod)
        ? -1
        : /^(kommend|nächst|next|coming)/.test(mod)
          ? 1
          : 0;
      return { kind: 'offset', amount, unit };
    },
  },
  // heute, gestern, vorgestern, morgen, today, yesterday, tomorrow
  {
    first: { words: ['heute', 'gestern', 'vorgestern', 'übermorgen', 'morgen', 'today', 'yesterday', 'tomorrow'] },
    re: new RegExp(
      `${B}([Hh]eute|[Gg]estern|[Vv]orgestern|übermorgen|morgen|[Tt]oday|[Yy]esterday|[Tt]omorrow)${E}`,
      'gu',
    ),
    make: (m) => {
      const w = m[1]!.toLowerCase();
      const amount =
        { heute: 0, today: 0, gestern: -1, yesterday: -1, vorgestern: -2, übermorgen: 2, morgen: 1, tomorrow: 1 }[w] ??
        0;
      return { kind: 'named', amount, unit: 'day' };
    },
  },
  // A bare year: 2017, im Jahr 2024, (1966)
  {
    first: { digit: true },
    digits: (run) => run === 4,
    re: new RegExp(
      `${B}(1[89]\\d\\d|20\\d\\d)${E}(?!\\s*(?:%|Prozent|percent|Euro|Dollar|Menschen|people|Meter|km|Kilometer|Tonnen|Mio|Millionen|million|[.,]\\d))`,
      'gu',
    ),
    make: (m) => ({ kind: 'year', year: +m[1]! }),
  },
];

// Scanning: every rule's match starts at a word start (the lookbehind B), so one pass over the words
// collects, per rule, the word starts where it can begin (a digit run of the right shape, a month name, a
// preposition …), and each rule is tried, sticky, only there, instead of fourteen regex scans over the text.
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', 'y')));
const DIGIT_RULES: number[] = [];
const WORD_RULES = new Map<string, number[]>();
/** Weekday prefixes ("dienstag" in "Dienstagmittag") by their first three letters: [prefix, rule]. */
const PREFIX_RULES = new Map<string, [string, number][]>();
RULES.forEach((r, i) => {
  if (r.first.digit) DIGIT_RULES.push(i);
  for (const w of r.first.words ?? []) {
    let l = WORD_RULES.get(w);
    if (!l) WORD_RULES.set(w, (l = []));
    if (!l.includes(i)) l.push(i);
  }
  for (const p of r.first.prefixes ?? []) {
    let l = PREFIX_RULES.get(p.slice(0, 3));
    if (!l) PREFIX_RULES.set(p.slice(0, 3), (l = []));
    l.push([p, i]);
  }
});
const MAX_WORD = Math.max(...[...WORD_RULES.keys()].map((w) => w.length));
const MIN_PREFIX = Math.min(...[...PREFIX_RULES.values()].flat().map(([p]) => p.length));
/** Characters (either case) that start a rule's word, and those that start a weekday prefix. */
const WORD_FIRST = new Uint8Array(65536);
const PREFIX_FIRST = new Uint8Array(65536);
for (const [table, words] of [
  [WORD_FIRST, [...WORD_RULES.keys()]],
  [PREFIX_FIRST, [...PREFIX_RULES.keys()]],
] as const) {
  for (const w of words) for (const c of [w.charAt(0), w.charAt(0).toUpperCase()]) table[c.charCodeAt(0)] = 1;
}
/** The lower case of each code unit below U+0250, or -1 where it is not one unit ("İ"). */
const LOWER_LATIN: Int16Array = (() => {
  const t = new Int16Array(0x250);
  for (let c = 0; c < 0x250; c++) {
    const l = String.fromCharCode(c).toLowerCase();
    t[c] = l.length === 1 ? l.charCodeAt(0) : -1;
  }
  return t;
})();

/**
 * A hash of text.slice(from, to).toLowerCase() computed from the code units, or -1 when a unit is not below
 * U+0250 or lower-cases to more than one: a pre-test that spares most words their lower-cased string.
 */
function lowerHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const l = c < 0x250 ? LOWER_LATIN[c]! : -1;
    if (l < 0) return -1;
    h = (Math.imul(h, 31) + l) & 0x3fffffff;
  }
  return h;
}
const WORD_HASHES: ReadonlySet<number> = new Set(
  [...WORD_RULES.keys()].map((w) => lowerHash(w, 0, w.length)).filter((h) => h >= 0),
);
const PREFIX_HASHES: ReadonlySet<number> = new Set(
  [...PREFIX_RULES.keys()].map((p) => lowerHash(p, 0, p.length)).filter((h) => h >= 0),
);

/** Latin-1 characters of words ([\p{L}\p{N}]); others are tested by WORD_CHAR_AT. */
const WORD_CHAR_LATIN1: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
/** Hoisted (the bundle rebuilds \p{…} literals per call); `match` with /g resets lastIndex. */
const LETTER_RUNS = /\p{L}+/gu;
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;
const SPACE_RE = /\s/;

/** The length (in code units) of the word character ([\p{L}\p{N}]) at i, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 256) return WORD_CHAR_LATIN1[c]!;
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - i : 0;
}

function isSpace(c: number): boolean {
  if (c < 0) return false;
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(String.fromCharCode(c));
}

/**
 * Where each rule may match within the lines [from, to) of `text` (both at a line's start or end): the starts of
 * the words its first word or prefix could begin, pushed onto `at` per rule in ascending order. A word never
 * crosses a line break, and a number reads only the character after it, so a line's candidates are a function of
 * its text and the character after it.
 */
function candidateStarts(text: string, from: number, to: number, at: number[][]): void {
  const n = text.length;
  for (let i = from; i < to;) {
    let w = wordCharAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    while (i < n && (w = wordCharAt(text, i))) i += w;
    const c = text.charCodeAt(start);
    if (c >= 48 && c <= 57) {
      let run = 1;
      while (start + run < n && text.charCodeAt(start + run) >= 48 && text.charCodeAt(start + run) <= 57) run++;
      const next = start + run < n ? text.charCodeAt(start + run) : -1;
      for (const r of DIGIT_RULES) if (RULES[r]!.digits?.(run, next) ?? true) at[r]!.push(start);
      continue;
    }
    const len = i - start;
    let word = len <= MAX_WORD && WORD_FIRST[c] === 1;
    let prefix = len >= MIN_PREFIX && PREFIX_FIRST[c] === 1;
    if (word) {
      const h = lowerHash(text, start, i);
      if (h >= 0 && !WORD_HASHES.has(h)) word = false;
    }
    if (prefix) {
      const h = lowerHash(text, start, Math.min(start + 3, i));
      if (h >= 0 && !PREFIX_HASHES.has(h)) prefix = false;
    }
    if (!word && !prefix) continue;
    const lower = text.slice(start, i).toLowerCase();
    let pushed = 0;
    const rules = word ? WORD_RULES.get(lower) : undefined;
    if (rules)
      for (const r of rules) {
        at[r]!.push(start);
        pushed |= 1 << r;
      }
    const ps = prefix ? PREFIX_RULES.get(lower.slice(0, 3)) : undefined;
    if (ps)
      for (const [p, r] of ps)
        if (!(pushed & (1 << r)) && lower.startsWith(p)) {
          at[r]!.push(start);
          pushed |= 1 << r;
        }
  }
}

/**
 * Candidate starts of single lines kept from an earlier version of the text (an incremental analysis:
 * incremental.ts): `kept` gives back those of a line whose text and following character are unchanged, `made` is
 * told those of a line scanned anew; both as pairs (rule, start relative to the line), by rule, then ascending.
 */
export interface TimeLines {
  kept(lineStart: number, lineEnd: number): readonly number[] | undefined;
  made(lineStart: number, lineEnd: number, starts: number[]): void;
}

/** Every time expression in `text`, in text order, not overlapping. Language-independent (de and en rules together). */
export function scanTimeExpressions(text: string, lines?: TimeLines): TimeExpression[] {
  // Candidate start positions per rule, ascending.
  const at: number[][] = RULES.map(() => []);
  const n = text.length;
  if (!lines) candidateStarts(text, 0, n, at);
  else
    for (let ls = 0; ls <= n;) {
      const nl = text.indexOf('\n', ls);
      const le = nl < 0 ? n : nl;
      const kept = lines.kept(ls, le);
      if (kept) {
        for (let k = 0; k < kept.length; k += 2) at[kept[k]!]!.push(ls + kept[k + 1]!);
      } else {
        const marks = at.map((a) => a.length);
        candidateStarts(text, ls, le, at);
        const made: number[] = [];
        for (let r = 0; r < at.length; r++)
          for (let k = marks[r]!; k < at[r]!.length; k++) made.push(r, at[r]![k]! - ls);
        lines.made(ls, le, made);
      }
      ls = le + 1;
    }
  const out: TimeExpression[] = [];
  // The spans earlier rules took, sorted and not overlapping: [start, end) may overlap only the last of them
  // that starts before `end`. A rule's own matches do not overlap one another (each scan resumes after the last).
  let takenStart: number[] = [],
    takenEnd: number[] = [];
  const overlaps = (start: number, end: number) => {
    const last = partitionPoint(takenStart.length, (i) => takenStart[i]! >= end) - 1;
    return last >= 0 && takenEnd[last]! > start;
  };
  for (let r = 0; r < RULES.length; r++) {
    const starts = at[r]!;
    if (!starts.length) continue;
    const rule = RULES[r]!,
      re = STICKY[r]!;
    const kept = out.length;
    let from = 0; // a global scan resumes after its last match, whether or not that match was kept
    for (const pos of starts) {
      if (pos < from) continue;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      const start = m.index,
        end = m.index + m[0].length;
      from = end;
      if (overlaps(start, end)) continue;
      const v = rule.make(m);
      if (!v) continue;
      // "morgen" is tomorrow, "Morgen"/"am Morgen" is the morning.
      if (
        v.kind === 'named' &&
        m[1] === 'morgen' &&
        /\b(am|jeden|heute|gestern|den|diesen)\s+$/i.test(text.slice(Math.max(0, start - 10), start))
      )
        continue;
      // English "may" as a month needs a preposition or a number next to it (handled by the rules' shapes).
      out.push({ start, end, text: m[0], ...v });
    }
    if (out.length > kept) {
      // Merge this rule's spans (ascending) into the taken ones.
      const ms: number[] = [],
        me: number[] = [];
      let i = 0,
        j = kept;
      while (i < takenStart.length || j < out.length) {
        if (j >= out.length || (i < takenStart.length && takenStart[i]! < out[j]!.start)) {
          ms.push(takenStart[i]!);
          me.push(takenEnd[i++]!);
        } else {
          ms.push(out[j]!.start);
          me.push(out[j++]!.end);
        }
      }
      takenStart = ms;
      takenEnd = me;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- ISO arithmetic on UTC dates --------------------------------------------------------------------

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoMonth(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** Parses a full ISO day ("2024-06-12") into a UTC date, or null for partial ones. */
export function parseIsoDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function addMonths(d: Date, n: number): Date {
  const r = new Date(d.getTime());
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + n);
  return r;
}

/** The ISO form of an expression, resolved against `anchor` (a full day) when it is relative or yearless. */
export function resolveExpression(x: TimeExpression, anchor: Date | null): { iso: string; relative: boolean } | null {
  switch (x.kind) {
    case 'date': {
      if (x.year !== undefined) return { iso: `${x.year}-${pad(x.month!)}-${pad(x.day!)}`, relative: false };
      if (!anchor) return { iso: `--${pad(x.month!)}-${pad(x.day!)}`, relative: false };
      // The year that puts the date nearest the anchor (a report in January about "28. Dezember").
      const y = nearestYear(anchor, x.month!, x.day!);
      return { iso: `${y}-${pad(x.month!)}-${pad(x.day!)}`, relative: true };
    }
    case 'month': {
      if (x.year !== undefined) return { iso: `${x.year}-${pad(x.month!)}`, relative: false };
      if (!anchor) return { iso: `--${pad(x.month!)}`, relative: false };
      return { iso: `${nearestYear(anchor, x.month!, 15)}-${pad(x.month!)}`, relative: true };
    }
    case 'year':
      return { iso: String(x.year), relative: false };
    case 'weekday': {
      if (!anchor) return null;
      const diff = (x.weekday! - anchor.getUTCDay() + 7) % 7;
      // Past by default: the most recent such day up to and including the anchor; future: the next one.
      const d = x.direction === 1 ? addDays(anchor, diff === 0 ? 7 : diff) : addDays(anchor, diff === 0 ? 0 : diff - 7);
      return { iso: isoDay(d), relative: true };
    }
    case 'named':
      return anchor ? { iso: isoDay(addDays(anchor, x.amount!)), relative: true } : null;
    case 'offset': {
      if (!anchor) return null;
      const n = x.amount!;
      if (x.unit === 'day') return { iso: isoDay(addDays(anchor, n)), relative: true };
      if (x.unit === 'week') return { iso: isoDay(addDays(anchor, Math.round(7 * n))), relative: true };
      if (x.unit === 'month') return { iso: isoMonth(addMonths(anchor, Math.round(n))), relative: true };
      if (Number.isInteger(n)) return { iso: String(anchor.getUTCFullYear() + n), relative: true };
      return { iso: isoMonth(addMonths(anchor, Math.round(12 * n))), relative: true };
    }
  }
}

function nearestYear(anchor: Date, month: number, day: number): number {
  const y = anchor.getUTCFullYear();
  let best = y,
    bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const dist = Math.abs(Date.UTC(cand, month - 1, Math.min(day, 28)) - anchor.getTime());
    if (dist < bestDist) {
      best = cand;
      bestDist = dist;
    }
  }
  return best;
}

// ---- the article's own date --------------------------------------------------------------------------

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}

function fullDateIn(xs: TimeExpression[], start: number, end: number): TimeExpression | undefined {
  return xs.find((x) => x.start >= start && x.end <= end && x.kind === 'date' && x.year !== undefined);
}

/** The article's date: a date line, a dateline date, or the first complete date of the lead. */
function findArticleDate(text: string, xs: TimeExpression[], sentences: Span[]): TimeExpression | null {
  const lines = lineSpans(text).filter((l) => text.slice(l.start, l.end).trim().length > 0);
  const edge = [...lines.slice(0, 3), ...lines.slice(-3)];
  for (const l of edge) {
    const s = text.slice(l.start, l.end).trim();
    if (s.length > 90) continue;
    const x = fullDateIn(xs, l.start, l.end);
    if (!x) continue;
    // Mostly a date: what is left after the date is a few label words, a time, a place or separators.
    const rest = (text.slice(l.start, x.start) + ' ' + text.slice(x.end, l.end)).replace(
      /\d{1,2}[:.]\d{2}\s*(Uhr|h|am|pm|a\.m\.|p\.m\.)?/gi,
      '',
    );
    if ((rest.match(LETTER_RUNS) ?? []).length <= 5) return x;
  }
  // "BERLIN, 12. Juni 2024 (dpa) –" / "Washington, June 12, 2024 (Reuters) -"
  const body =
    sentences.find(
      (s) =>
        !edge.some((l) => l.start === s.start && text.slice(l.start, l.end).trim().length < 90 && s.end - s.start < 90),
    ) ?? sentences[0];
  if (body) {
    const x = fullDateIn(xs, body.start, Math.min(body.end, body.start + 60));
    if (x) return x;
  }
  // The first complete date in the first two sentences of the running text.
  for (const s of sentences.slice(0, 3)) {
    const x = fullDateIn(xs, s.start, s.end);
    if (x) return x;
  }
  return null;
}

/**
 * The dates of `text`. `published` is the publication date when the caller knows it (a date line the layout
 * read, a date in the file name: ISO day); it then anchors relative dates instead of a date found in the text.
 */
export function findDates(
  text: string,
  _language: Language,
  sentences: Span[],
  published: string | null = null,
  lines?: TimeLines,
): DatesResult {
  const xs = scanTimeExpressions(text, lines);
  const anchorX = published && parseIsoDay(published) ? null : findArticleDate(text, xs, sentences);
  const articleDate =
    published && parseIsoDay(published)
      ? published
      : anchorX
        ? `${anchorX.year}-${pad(anchorX.month!)}-${pad(anchorX.day!)}`
        : null;
  const anchor = articleDate ? parseIsoDay(articleDate) : null;
  const mentions: DateMention[] = [];
  for (const x of xs) {
    const r =
      x.kind === 'weekday' && x.direction === undefined && anchor && futureClause(text, sentences, x.start)
        ? comingWeekday(x.weekday!, anchor)
        : resolveExpression(x, anchor);
    if (!r) continue;
    mentions.push({ start: x.start, end: x.end, text: x.text, iso: r.iso, ...(r.relative ? { relative: true } : {}) });
  }
  const result = { articleDate, mentions };
  SCANNED.set(result, { text, xs });
  return result;
}

/**
 * Future in the clause before a position: a future auxiliary ("will", "is set to", "wird", "sollen") or a verb
 * of a scheduled course in the present ("beginnt", "dauert … bis"), between the clause's start (the sentence's
 * start, a comma, a semicolon, a colon or a dash) and the position.
 */
const FUTURE_CUE =
  /\b(will|'ll|shall|(?:is|are)\s+(?:set|due|expected|scheduled|planned|going)\s+to|wird|werden|soll|sollen|beginnt|beginnen|startet|starten|dauert|dauern|endet|enden)\b/i;
/** Past after a cue of the future, to the clause's end, outweighs it ("soll am Mittwoch gesagt haben"). */
const PAST_CUE = /\b(haben|hatte|hatten|wurde|wurden|war|waren|was|were|had|said|sagte)\b/i;

export function futureClause(text: string, sentences: readonly Span[], pos: number): boolean {
  const i = partitionPoint(sentences.length, (k) => sentences[k]!.end > pos);
  const from = i < sentences.length && sentences[i]!.start <= pos ? sentences[i]!.start : Math.max(0, pos - 120);
  const before = text.slice(Math.max(from, pos - 120), pos);
  const clause = before.slice(before.search(/[^,;:–—]*$/));
  const cue = FUTURE_CUE.exec(clause);
  if (cue === null || PAST_CUE.test(clause.slice(cue.index))) return false;
  const after = text.slice(pos, Math.min(text.length, pos + 80));
  return !PAST_CUE.test(after.slice(0, after.search(/[,;:–—.!?\n]|$/)));
}

/**
 * A weekday spoken of as to come, resolved against the anchor: that day of the anchor's week or the next six
 * days, except the day before the anchor ("will strike from Tuesday" in a report dated Wednesday, the strike
 * under way).
 */
function comingWeekday(weekday: number, anchor: Date): { iso: string; relative: boolean } {
  const diff = (weekday - anchor.getUTCDay() + 7) % 7;
  return { iso: isoDay(addDays(anchor, diff === 6 ? -1 : diff)), relative: true };
}

const SCANNED = new WeakMap<DatesResult, { text: string; xs: TimeExpression[] }>();

/** The time expressions of `text`: those findDates scanned for `dates` when it was given the same text, else scanned anew. */
export function timeExpressionsOf(text: string, dates: DatesResult): TimeExpression[] {
  const s = SCANNED.get(dates);
  return s && s.text === text ? s.xs : scanTimeExpressions(text);
}

/**
 * The publication date a file name gives ("2024-06-19-macron-berlin.txt", "news_20240619_x.txt"), as an ISO
 * day, or null. Only the name's last path segment is read; an impossible date is no date.
 */
export function dateFromPath(path: string): string | null {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(base);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = parseIsoDay(iso);
  return d && d.getUTCDate() === +m[3]! ? iso : null;
}
