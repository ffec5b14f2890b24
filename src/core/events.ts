// Events: articles that report the same occurrence (not merely the same topic), across outlets and across
// German and English.
//
// Design. Each article is reduced once, at analysis time, to a fingerprint (plain data, cacheable): counts
// of namespaced features — names and nouns under identity.ts `nameKey` (so "Tschaikowski" meets "Tchaikovsky"),
// content-word stems, bilingual concept keys (resources/eventLexicon.ts: "Erdbeben" = "earthquake"),
// numbers in one canonical form ("4,25" = "4.25", "25 basis points" = "0.25"), ordinals, quoted 3-word
// shingles, resolved dates and weekdays, actor ids — plus when the reported event happened, as far as the
// text says. Names, numbers, dates and concepts carry across languages; content words do not.
//
// Two articles are compared by the cosine of their TF-IDF vectors, with per-namespace weights and a
// smoothed IDF that assumes a small background corpus, so that a folder of three articles does not
// discount what they share. A date gate then vetoes pairs whose event times are incompatible (June 2024
// and August 2025 are two meetings, whatever the overlap in actors and topic), within a tolerance so that
// a report written the day before a visit and one written during it stay together.
//
// EventIndex keeps an inverted index (feature -> articles) over the fingerprints, so that finding the
// related coverage of one article touches only articles that share a distinctive feature with it, and
// adding, removing or updating one article re-indexes only that article. Batch grouping (groupEvents)
// is greedy average-link clustering over the candidate pairs with a complete-link date gate: two groups
// merge when their mean similarity clears the threshold and no pair across them is date-incompatible.
// Incremental `add` assigns the new article to the best-fitting existing event by the same rule.
//
// Trade-offs: IDF changes as the corpus grows; cached vector norms are recomputed when the corpus size has
// drifted by more than a tenth since they were computed. Very common features (in more than a fifth of a
// large corpus) do not generate candidates, though they still count in the similarity.
import { type DatesResult, parseIsoDay, type TimeExpression, timeExpressionsOf } from './dates';
import { nameKey } from './identity';
import { ACT_FAMILY, CONCEPT_TABLE, ORDINAL_WORDS, STOPWORDS } from './resources/eventLexicon';
import type { Actor, ArticleAnalysis, CoverageEvent, DocContext, EventFingerprint, Span } from './types';

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

/** A feature key with its lead ("l:") twin, made once per distinct word (V8 then hashes and interns them once). */
interface Feature {
  key: string;
  lead: string | null;
}

function feature(key: string): Feature {
  const k0 = key.charCodeAt(0);
  const leads = key.charCodeAt(1) === 58 && (k0 === 110 || k0 === 119 || k0 === 99 || k0 === 35);
  return { key, lead: leads ? `l:${key}` : null };
}

/** What the fingerprint needs of one word (as written, possessive stripped), cached across articles. */
interface WordInfo {
  text: string;
  lower: string;
  /** "o:N" for an ordinal word. */
  ordinal: Feature | null;
  /** A function word, or shorter than two letters. */
  stop: boolean;
  /** [feature "c:…", concept] pairs. */
  concepts: ReadonlyArray<readonly [Feature, string]>;
  upper: boolean;
  /** "w:stem" when the word has three or more characters. */
  word: Feature | null;
  /** Whether the lower-cased word has a letter. */
  letter: boolean;
  /** "n:key" when the name key (stemmed) has two or more characters. */
  name: Feature | null;
  /** The word without a final "s" (a German genitive candidate: longer than three characters, ending in "s"). */
  bare: string | null;
  /** A number word's value ("zwei" → 2). */
  number: number | undefined;
  /** The parts of a hyphenated word that have two or more characters; null without a hyphen. */
  parts: readonly WordInfo[] | null;
}

const wordInfo = cached((p: string): WordInfo => {
  const lower = p.toLowerCase();
  const ord = ORDINAL_WORDS.get(lower);
  const upper = upperInitial(p);
  const nk = upper ? nameStem(p) : '';
  return {
    text: p,
    lower,
    ordinal: ord !== undefined ? feature(`o:${ord}`) : null,
    stop: STOPWORDS.has(lower) || lower.length < 2,
    concepts: conceptsOf(lower).map((c) => [feature(`c:${c}`), c] as const),
    upper,
    word: lower.length >= 3 ? feature(`w:${wordStem(lower)}`) : null,
    letter: hasLetter(lower),
    name: nk.length >= 2 ? feature(`n:${nk}`) : null,
    bare: p.length > 3 && p.charCodeAt(p.length - 1) === 115 ? p.slice(0, -1) : null,
    number: WORD_NUMBERS.get(lower),
    parts: p.includes('-') || p.includes('‐') ? p.split(/[-‐]/).filter((x) => x.length >= 2).map((x) => wordInfo(x)) : null,
  };
});

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
  for (const [s, c] of CONCEPT_TABLE.infix) if (lower.length > s.length && lower.includes(s) && !out.includes(c)) out.push(c);
  return out.length ? out : NONE;
}
const NONE: readonly string[] = [];

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

/** Strips a trailing possessive "'s" / "’s". */
function unpossessive(s: string): string {
  const n = s.length;
  return n >= 2 && s.charCodeAt(n - 1) === 115 && (s[n - 2] === "'" || s[n - 2] === '’') ? s.slice(0, -2) : s;
}

/** Whether pos lies inside one of the (sorted, non-overlapping) expressions. */
function inExpressions(xs: readonly TimeExpression[], pos: number): boolean {
  let lo = 0, hi = xs.length - 1;
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
  ['zwei', 2], ['two', 2], ['drei', 3], ['three', 3], ['vier', 4], ['four', 4], ['fünf', 5], ['five', 5],
  ['sechs', 6], ['six', 6], ['sieben', 7], ['seven', 7], ['acht', 8], ['eight', 8], ['neun', 9], ['nine', 9],
  ['zehn', 10], ['ten', 10], ['elf', 11], ['eleven', 11], ['zwölf', 12], ['twelve', 12],
]);

const QUOTE_RE = /[„“”"«»‚‘’']([^„“”"«»\n]{12,600}?)[“”"«»‘’']/gu;
const TOKEN_RE = /\d{1,3}(?:[.,'’]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{N}]+)*(?:['’]s)?/gu;

interface Tok {
  text: string;
  start: number;
  initial: boolean;
}

function tokens(text: string, spans: Span[]): Tok[] {
  const out: Tok[] = [];
  for (const s of spans) {
    const slice = text.slice(s.start, s.end);
    let first = true;
    TOKEN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(slice))) {
      out.push({ text: m[0], start: s.start + m.index, initial: first });
      first = false;
    }
  }
  return out;
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

const WHEN_BLOCKERS = /\b(seit|since|bis|until|vor|nach|after|before|zuletzt|letztmals|previous|earlier|früher)\s+(dem\s+|the\s+)?$/i;

/**
 * The features of one article (see the module header). `dates` is findDates' result for the same text.
 * Actor ids join later (buildEventIndex), as they are corpus-wide only after unifyActorIds.
 */
export function eventFingerprint(doc: DocContext, dates: DatesResult): EventFingerprint {
  const { text, language, layout, sentences } = doc;
  const terms: Record<string, number> = {};
  const display: Record<string, string> = {};
  // Features of the title and the first two sentences count twice: once as themselves, once under "l:"
  // (the lead states the event; the body adds background that other events share).
  const headEnd = (sentences[layout.title ? 2 : 1] ?? sentences[sentences.length - 1])?.end ?? 0;
  let inHead = false;
  const put = (key: string, shown: string, n: number) => {
    const c = terms[key];
    if (c === undefined) {
      terms[key] = n;
      display[key] = shown;
    } else terms[key] = c + n;
  };
  const add = (key: string, shown: string, n = 1) => {
    put(key, shown, n);
    if (inHead && key.charCodeAt(1) === 58 /* ':' */) {
      const k0 = key.charCodeAt(0); // n w c #
      if (k0 === 110 || k0 === 119 || k0 === 99 || k0 === 35) put(`l:${key}`, shown, n);
    }
  };
  const has = (key: string) => key in terms;
  const addF = (f: Feature, shown: string) => {
    put(f.key, shown, 1);
    if (inHead && f.lead) put(f.lead, shown, 1);
  };
  const xs = timeExpressionsOf(text, dates);
  const inDate = (pos: number) => inExpressions(xs, pos);
  const toks = tokens(text, sentences);

  // English sentence-initial capitals are names only if the word is capitalised elsewhere too.
  const capsElsewhere = new Set<string>();
  const capSet = new Set<string>();
  for (const t of toks) {
    if (!upperInitial(t.text)) continue;
    capSet.add(t.text);
    if (!t.initial) capsElsewhere.add(unpossessive(t.text));
  }

  // The lead: the title and the first three sentences; the main event's ordinals are stated there.
  const leadEnd = (sentences[layout.title ? 3 : 2] ?? sentences[sentences.length - 1])?.end ?? 0;
  const ordinals: Record<string, number> = {};
  const percents = new Set<number>();
  const noteOrdinal = (i: number, value: number) => {
    // The next one or two content words after the ordinal, within the same clause.
    let seen = 0;
    for (let j = i + 1; j < toks.length && j <= i + 4 && seen < 2; j++) {
      const between = text.slice(toks[j - 1]!.start + toks[j - 1]!.text.length, toks[j]!.start);
      if (/[.!?;:,()]/.test(between)) break;
      const w = unpossessive(toks[j]!.text).toLowerCase();
      if (/^\d/.test(w) || inDate(toks[j]!.start)) break;
      if (STOPWORDS.has(w) && !/^(mal|time|times)$/.test(w)) continue;
      seen++;
      const cap = upperInitial(toks[j]!.text);
      const keys = /^(mal|male|time|times)$/.test(w)
        ? ['c:time']
        : [...conceptsOf(w).map((c) => `c:${c}`), cap ? `n:${nameStem(w)}` : `w:${wordStem(w)}`];
      // A repetition counts only at the act's first mention: "der zweite Testflug" opens a report on a
      // follow-up; "zwei Beben … das zweite Beben" enumerates parts of one event.
      for (const k of keys) if (!(k in ordinals) && (value === 1 || !has(k))) ordinals[k] = value;
    }
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const tt = t.text;
    inHead = t.start < headEnd;
    const c0 = tt.charCodeAt(0);
    const isDigit = c0 >= 48 && c0 <= 57;
    if (t.start < leadEnd) {
      const lw = tt.toLowerCase();
      if (lw === 'erstmals' || lw === 'erstmalig') ordinals['c:time'] ??= 1;
      else if (inHead && /^(erneut|abermals|weiter(e|es|er|en)|another)$/.test(lw)) noteOrdinal(i, 2);
      else if (inHead && /^(tage|tagen|wochen|monate|monaten|days|weeks|months)$/.test(lw) && /^(nach|after)$/i.test(toks[i + 1]?.text ?? '')) noteOrdinal(i + 1, 2);
      else {
        const o = ORDINAL_WORDS.get(lw);
        if (o !== undefined) noteOrdinal(i, o);
        else if (isDigit && /^\d{1,2}$/.test(tt) && text[t.start + tt.length] === '.' && followedByMal(text, t.start + tt.length + 1)) ordinals['c:time'] ??= +tt;
      }
    }
    if (isDigit) {
      if (inDate(t.start)) continue;
      const after = text.slice(t.start + tt.length, t.start + tt.length + 12);
      if (/^\s*(Uhr|h\b|a\.?m\.|p\.?m\.)/i.test(after)) continue;
      // Match scores "2:1" / "2-1".
      const score = /^[:\-–](\d{1,2})(?!\d|[.,]\d|\s*Uhr)/.exec(after);
      if (score && /^\d{1,2}$/.test(tt)) {
        add(`#:${tt}:${score[1]}`, `${tt}:${score[1]}`);
        continue;
      }
      const n = canonicalNumber(tt, language);
      if (n === null) continue;
      if (Number.isInteger(n) && n >= 1800 && n <= 2100 && !/[.,]/.test(tt)) continue; // a year: dates cover it
      add(`#:${n}`, tt);
      if (/^\s*(%|Prozent\b|percent\b|per cent\b)/i.test(after)) percents.add(n);
      if (/^(basis points|bps|basispunkte)/i.test(after.trim() + ' ') || /^bps/i.test(toks[i + 1]?.text ?? '')) add(`#:${+(n / 100).toFixed(4)}`, tt);
      continue;
    }
    if (inDate(t.start)) continue; // month and weekday names are dates, not names
    const raw = unpossessive(tt);
    const whole = wordInfo(raw);
    const wn = whole.number;
    if (wn !== undefined) {
      const next = toks[i + 1]?.text.toLowerCase() ?? '';
      if (/^(prozent|percent|%|tote|toten|menschen|people|dead|verletzte)/.test(next)) {
        add(`#:${wn}`, raw);
        if (/^(prozent|percent)/.test(next)) percents.add(wn);
      }
    }
    const parts = whole.parts ?? [whole];
    for (const info of parts) {
      const p = info.text;
      if (info.ordinal) {
        addF(info.ordinal, p);
        continue;
      }
      if (info.stop) continue;
      for (const [f, c] of info.concepts) addF(f, c);
      if (info.upper) {
        if (language === 'en' && t.initial && parts.length === 1 && !capsElsewhere.has(p)) {
          if (info.word) addF(info.word, info.lower);
          continue;
        }
        // German genitive: "Merkels" is "Merkel" when the bare form occurs too.
        const bare = info.bare !== null && capSet.has(info.bare) ? wordInfo(info.bare) : info;
        if (bare.name) addF(bare.name, bare.text);
      } else if (info.word && info.letter) {
        addF(info.word, info.lower);
      }
    }
  }

  inHead = false;
  // Phrase concepts ("central bank", "North Korea"), over the whole running text.
  const lowerText = text.toLowerCase();
  for (const [phrase, c] of CONCEPT_TABLE.phrases) {
    let from = 0, n = 0;
    while ((from = lowerText.indexOf(phrase, from)) >= 0) { n++; from += phrase.length; }
    if (n) add(`c:${c}`, c, n);
  }

  // Quotations: 3-word shingles of what is inside quotation marks.
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    QUOTE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE_RE.exec(slice))) {
      const words = (m[1]!.toLowerCase().match(/\p{L}+|\d+/gu) ?? []);
      if (words.length < 5) continue;
      for (let i = 0; i + 4 <= words.length; i++) {
        const sh = words.slice(i, i + 4).join(' ');
        add(`q:${sh}`, `„${shorten(m[1]!, 60)}“`);
      }
    }
  }

  // Dates.
  for (const d of dates.mentions) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) {
      add(`d:${d.iso}`, d.iso);
      add(`m:${d.iso.slice(0, 7)}`, d.iso.slice(0, 7));
      add(`md:${d.iso.slice(5)}`, d.iso);
    } else if (/^\d{4}-\d{2}$/.test(d.iso)) add(`m:${d.iso}`, d.iso);
    else if (/^\d{4}$/.test(d.iso)) add(`y:${d.iso}`, d.iso);
    else if (/^--\d{2}-\d{2}$/.test(d.iso)) add(`md:${d.iso.slice(2)}`, d.text);
  }
  for (const x of xs) if (x.kind === 'weekday' && !dates.articleDate) add(`wd:${x.weekday}`, x.text.replace(/^\S+\s+(?=\S)/, ''));

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
      if (sent !== lead[0] && /\b(after|nach|seit|since|previous|vorig\w*|letzt\w*|last|earlier|zuvor|damals)\b/i.test(before)) continue;
      when = d.iso;
      break;
    }
  }
  const first = layout.title ?? sentences.find((s) => s.end - s.start > 20) ?? sentences[0];
  const headline = first ? shorten(text.slice(first.start, first.end).replace(/^\(?[\p{Lu}][\p{L} ]{1,30}\)\s*/u, ''), 100) : '';
  // The dominant act: concept counts by family, lead mentions counting twice; a clear winner only.
  const acts = new Map<string, number>();
  for (const k in terms) {
    const c = terms[k]!;
    const fam = k.startsWith('c:') ? ACT_FAMILY.get(k.slice(2)) : k.startsWith('l:c:') ? ACT_FAMILY.get(k.slice(4)) : undefined;
    if (fam) acts.set(fam, (acts.get(fam) ?? 0) + c);
  }
  const ranked = [...acts].sort((a, b) => b[1] - a[1]);
  const act = ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
  return { terms, display, when, headline, language, ordinals, act, percents: [...percents].sort((a, b) => a - b) };
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

function nsInfo(feature: string): { weight: number; prior: number; ns: string } {
  let ns = nsOf(feature);
  let factor = 1;
  if (ns === 'l') {
    ns = nsOf(feature.slice(2));
    factor = LEAD_WEIGHT;
  }
  const info = NAMESPACES[ns] ?? DEFAULT_NS;
  return { weight: info.weight * factor, prior: info.prior, ns };
}

export interface EventIndexOptions {
  /** Mean similarity two groups need to be one event (0..1). */
  threshold?: number;
  /** Pair similarity below which a pair is not even a candidate link. */
  candidateFloor?: number;
  /** Days two exact event dates may lie apart and still be one event. */
  dayTolerance?: number;
}

interface Entry {
  path: string;
  fp: EventFingerprint;
  order: number;
  /** Vector norm as seen from articles in a given language (cross-language: attested features only), with the corpus size it was computed at. */
  norms: Map<string, { norm: number; n: number }>;
  event: number;
  slot: number;
  /** Interned feature ids, ascending, and per feature 1 + log(count). */
  fids: Int32Array;
  tfs: Float64Array;
  when: When | null;
  hasOrdinals: boolean;
}

/** Features in more articles than this do not generate candidate pairs (they still add to the dot products of candidates while in at most a fifth of the corpus). */
const CANDIDATE_DF = 200;

/** Namespaces whose features mean the same in every language; the others (names and nouns, words, quotes) count across languages only where the other language attests them. */
const NEUTRAL = new Set(['a', '#', 'c', 'd', 'm', 'md', 'y', 'wd', 'o']);
/** Factor on the similarity of two articles that disagree on whether the act is a first or a follow-up ("erstmals" vs "zum achten Mal"). */
const ORDINAL_PENALTY = 0.35;
/** Factor when one article calls the act a repetition ("der zweite Testflug") and the other names the act without an ordinal. */
const FOLLOW_UP_PENALTY = 0.4;
/** Factor when the two articles are mainly about different kinds of act (a visit and a phone call). */
const ACT_PENALTY = 0.5;
/** Factor when both articles give several percentages and none agree (rates at 4.25 % and at 2 %). */
const FIGURES_PENALTY = 0.5;

export function figuresConflict(a: number[], b: number[]): boolean {
  return a.length >= 2 && b.length >= 2 && !a.some((x) => b.includes(x));
}

/** How much of a feature the other language does not attest still counts in a cross-language norm. */
const UNATTESTED_SHARE = 0.3;

/**
 * How two articles' ordinals agree: 'conflict' when one reports a first occurrence of an act the other
 * reports as a repetition, 'follow-up' when one reports a repetition of an act the other names without an
 * ordinal, else 'none'.
 */
export function ordinalRelation(
  a: Pick<EventFingerprint, 'ordinals' | 'terms'>,
  b: Pick<EventFingerprint, 'ordinals' | 'terms'>,
): 'conflict' | 'follow-up' | 'none' {
  let followUp = false;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const [k, v] of Object.entries(x.ordinals)) {
      const w = y.ordinals[k];
      if (w !== undefined) {
        if ((v === 1) !== (w === 1)) return 'conflict';
      } else if (v >= 2 && y.terms[k]) {
        // "for the first time" in one, "the second test flight" in the other.
        if (y.ordinals['c:time'] === 1 && k.startsWith('c:') && ACT_FAMILY.has(k.slice(2))) return 'conflict';
        followUp = true;
      }
    }
  }
  return followUp ? 'follow-up' : 'none';
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
  const yearA = x.y ?? y.y ?? 2000, yearB = y.y ?? x.y ?? 2000;
  if (x.d !== undefined && y.d !== undefined) {
    const da = Date.UTC(yearA, x.m - 1, x.d), db = Date.UTC(yearB, y.m - 1, y.d);
    return Math.abs(da - db) <= dayTolerance * 86_400_000;
  }
  // Month precision on one side: the months must be the same or adjacent (end-of-month reports).
  const ma = yearA * 12 + x.m, mb = yearB * 12 + y.m;
  return Math.abs(ma - mb) <= 1;
}

const REASON_NS: ReadonlyArray<readonly [string[], string]> = [
  [['q'], 'same quote'],
  [['a', 'n'], 'shared names'],
  [['#'], 'same figures'],
  [['d', 'md', 'm'], 'dates'],
  [['c', 'w', 'o'], 'same act/topic'],
  [['wd', 'y'], 'time'],
];

export class EventIndex {
  private readonly docs = new Map<string, Entry>();
  /** Entries by slot (slots of removed articles are reused). */
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Interned features: id by key, and per id its namespace data and its posting list. */
  private readonly featureIds = new Map<string, number>();
  private readonly fKey: string[] = [];
  private readonly fWeight: number[] = [];
  private readonly fPrior: number[] = [];
  private readonly fNeutral: boolean[] = [];
  /** feature id -> slots of the articles that have it, and their tf factors (1 + log count), in parallel. */
  private readonly postDocs: number[][] = [];
  private readonly postTf: number[][] = [];
  /** language -> (feature id -> document frequency), for cross-language attestation */
  private readonly langDf = new Map<string, number[]>();
  /** event number -> member paths */
  private readonly groups = new Map<number, Set<string>>();
  private nextEvent = 1;
  private nextOrder = 0;
  private readonly threshold: number;
  private readonly floor: number;
  private readonly dayTolerance: number;
  /** Scratch accumulators for similarities(), by slot. */
  private acc = new Float64Array(0);
  private mark = new Uint8Array(0);

  constructor(options: EventIndexOptions = {}) {
    this.threshold = options.threshold ?? 0.11;
    this.floor = options.candidateFloor ?? 0.06;
    this.dayTolerance = options.dayTolerance ?? 10;
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
      id = this.fKey.length;
      this.featureIds.set(key, id);
      const ns = nsInfo(key);
      this.fKey.push(key);
      this.fWeight.push(ns.weight);
      this.fPrior.push(ns.prior);
      this.fNeutral.push(NEUTRAL.has(ns.ns));
      this.postDocs.push([]);
      this.postTf.push([]);
    }
    return id;
  }

  private idf(fid: number): number {
    const df = this.postDocs[fid]!.length;
    return Math.log((this.docs.size + BACKGROUND) / (df + BACKGROUND * this.fPrior[fid]! + 0.5));
  }

  /** Namespace weight × IDF of a feature (≥ 0) at the current corpus size: weight(f, count) = tf(count) × this. */
  private idfWeight(fid: number): number {
    const df = this.postDocs[fid]!.length;
    const idf = Math.log((this.docs.size + BACKGROUND) / (df + BACKGROUND * this.fPrior[fid]! + 0.5));
    return idf > 0 ? this.fWeight[fid]! * idf : 0;
  }

  private attested(fid: number, language: string): boolean {
    return this.fNeutral[fid]! || (this.langDf.get(language)?.[fid] ?? 0) > 0;
  }

  /** The norm of e's vector as compared with an article in `language`. */
  private normOf(e: Entry, language: string): number {
    const n = this.docs.size;
    const cached = e.norms.get(language);
    if (cached && Math.abs(n - cached.n) <= Math.max(2, cached.n * 0.1)) return cached.norm;
    const cross = language !== e.fp.language;
    let s = 0;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const w = e.tfs[k]! * this.idfWeight(fid);
      const w2 = w * w;
      s += !cross || this.attested(fid, language) ? w2 : UNATTESTED_SHARE * w2;
    }
    const norm = Math.sqrt(s) || 1;
    e.norms.set(language, { norm, n });
    return norm;
  }

  /** Cosine from a dot product, with the date gate and the ordinal penalty. */
  private score(a: Entry, b: Entry, dot: number): number {
    if (!whenCompatible(a.when, b.when, this.dayTolerance)) return 0;
    let s = dot / (this.normOf(a, b.fp.language) * this.normOf(b, a.fp.language));
    if (a.fp.act && b.fp.act && a.fp.act !== b.fp.act) s *= ACT_PENALTY;
    if (figuresConflict(a.fp.percents, b.fp.percents)) s *= FIGURES_PENALTY;
    if (a.hasOrdinals || b.hasOrdinals) {
      const rel = ordinalRelation(a.fp, b.fp);
      if (rel === 'conflict') s *= ORDINAL_PENALTY;
      else if (rel === 'follow-up') s *= FOLLOW_UP_PENALTY;
    }
    return s;
  }

  /** Indexes an article without assigning it to an event (batch building: put all, then cluster()). */
  put(path: string, fp: EventFingerprint): void {
    this.putEntry(path, fp);
  }

  private putEntry(path: string, fp: EventFingerprint): Entry {
    if (this.docs.has(path)) this.remove(path);
    const keys = Object.keys(fp.terms);
    const fids = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) fids[k] = this.featureId(keys[k]!);
    fids.sort();
    const tfs = new Float64Array(keys.length);
    for (let k = 0; k < fids.length; k++) tfs[k] = 1 + Math.log(fp.terms[this.fKey[fids[k]!]!]!);
    const slot = this.freeSlots.length ? this.freeSlots.pop()! : this.slots.length;
    const e: Entry = {
      path, fp, order: this.nextOrder++, norms: new Map(), event: 0, slot, fids, tfs,
      when: parseWhen(fp.when), hasOrdinals: Object.keys(fp.ordinals).length > 0,
    };
    this.slots[slot] = e;
    this.docs.set(path, e);
    let l = this.langDf.get(fp.language);
    if (!l) this.langDf.set(fp.language, (l = []));
    for (let k = 0; k < fids.length; k++) {
      const fid = fids[k]!;
      this.postDocs[fid]!.push(slot);
      this.postTf[fid]!.push(tfs[k]!);
      l[fid] = (l[fid] ?? 0) + 1;
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
    let best = 0, bestScore = this.threshold;
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
    const l = this.langDf.get(e.fp.language);
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const docs = this.postDocs[fid]!, tf = this.postTf[fid]!;
      const at = docs.lastIndexOf(e.slot);
      if (at >= 0) {
        const last = docs.length - 1;
        docs[at] = docs[last]!;
        tf[at] = tf[last]!;
        docs.pop();
        tf.pop();
      }
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
    return whenCompatible(this.docs.get(a)!.when, this.docs.get(b)!.when, this.dayTolerance);
  }

  /** The dot product of two entries over their shared features (sorted feature ids, merged). */
  private dot(a: Entry, b: Entry, maxDf = Infinity): number {
    let i = 0, j = 0, dot = 0;
    const fa = a.fids, fb = b.fids;
    while (i < fa.length && j < fb.length) {
      const x = fa[i]!, y = fb[j]!;
      if (x < y) i++;
      else if (x > y) j++;
      else {
        if (this.postDocs[x]!.length <= maxDf) {
          const w = this.idfWeight(x);
          dot += a.tfs[i]! * w * b.tfs[j]! * w;
        }
        i++;
        j++;
      }
    }
    return dot;
  }

  /** Similarity of two indexed articles (0..1), 0 when their event times are incompatible. */
  similarity(a: string, b: string): number {
    const ea = this.docs.get(a), eb = this.docs.get(b);
    if (!ea || !eb || a === b) return 0;
    return this.score(ea, eb, this.dot(ea, eb));
  }

  /**
   * Similarities of one indexed article to every article sharing a distinctive feature with it (score ≥
   * floor). Candidates come only through rare features (in at most CANDIDATE_DF articles, or a fifth of a
   * small corpus); features in up to a fifth of the corpus then add to those candidates' dot products;
   * commoner ones count in the norms only. With minOrder ≥ 0, only articles added after that one are scored.
   */
  private similaritiesOf(e: Entry, minOrder = -1): [Entry, number][] {
    const n = this.docs.size;
    const maxDf = Math.max(30, n * 0.2);
    const candDf = Math.max(30, Math.min(maxDf, CANDIDATE_DF));
    if (this.acc.length < this.slots.length) {
      this.acc = new Float64Array(this.slots.length * 2);
      this.mark = new Uint8Array(this.slots.length * 2);
    }
    const acc = this.acc, mark = this.mark;
    const touched: number[] = [];
    const common: number[] = [];
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const docs = this.postDocs[fid]!;
      const df = docs.length;
      if (df <= 1 || df > maxDf) continue;
      const iw = this.idfWeight(fid);
      if (iw <= 0) continue;
      if (df > candDf) {
        common.push(k);
        continue;
      }
      const w = e.tfs[k]! * iw * iw;
      const tf = this.postTf[fid]!;
      for (let p = 0; p < df; p++) {
        const o = docs[p]!;
        if (o === e.slot) continue;
        if (!mark[o]) {
          mark[o] = 1;
          acc[o] = 0;
          touched.push(o);
        }
        acc[o] = acc[o]! + w * tf[p]!;
      }
    }
    // Common features add to the candidates' dot products: through the posting list when it is short
    // next to the candidates, else by looking the feature up in each candidate's sorted ids.
    const later = (o: number) => this.slots[o]!.order > minOrder;
    const live = minOrder >= 0 ? touched.filter(later) : touched;
    for (const k of common) {
      const fid = e.fids[k]!;
      const iw = this.idfWeight(fid);
      const w = e.tfs[k]! * iw * iw;
      const docs = this.postDocs[fid]!, tf = this.postTf[fid]!;
      if (docs.length <= live.length * 8) {
        for (let p = 0; p < docs.length; p++) {
          const o = docs[p]!;
          if (mark[o] && o !== e.slot) acc[o] = acc[o]! + w * tf[p]!;
        }
      } else {
        for (const o of live) {
          const x = this.slots[o]!;
          const at = sortedIndexOf(x.fids, fid);
          if (at >= 0) acc[o] = acc[o]! + w * x.tfs[at]!;
        }
      }
    }
    const out: [Entry, number][] = [];
    for (const o of touched) mark[o] = 0;
    for (const o of live) {
      const other = this.slots[o]!;
      const s = this.score(e, other, acc[o]!);
      if (s >= this.floor) out.push([other, s]);
    }
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

  /** What `path` shares with `others`, strongest first, grouped by kind: ["shared names: Brenmark, Ellsby", …]. */
  reasons(path: string, others: string[]): string[] {
    const e = this.docs.get(path);
    if (!e) return [];
    // In the order of e's features (ties keep it), weights as weight(f, count) × weight(f, other count).
    const contrib = new Map<string, number>();
    const keys = Object.keys(e.fp.terms);
    for (const o of others) {
      const eo = this.docs.get(o);
      if (!eo || o === path) continue;
      for (const f of keys) {
        const co = eo.fp.terms[f];
        if (!co) continue;
        const fid = this.featureIds.get(f)!;
        const fw = this.fWeight[fid]!, idf = Math.max(0, this.idf(fid));
        const w = (1 + Math.log(e.fp.terms[f]!)) * fw * idf * ((1 + Math.log(co)) * fw * idf);
        contrib.set(f, (contrib.get(f) ?? 0) + w);
      }
    }
    const ranked = [...contrib].sort((a, b) => b[1] - a[1]);
    const out: string[] = [];
    for (const [nss, title] of REASON_NS) {
      const shown: string[] = [];
      const seen = new Set<string>();
      for (const [f] of ranked) {
        if (!nss.includes(nsOf(f))) continue;
        const d = e.fp.display[f] ?? f.slice(f.indexOf(':') + 1);
        if (seen.has(d.toLowerCase())) continue;
        seen.add(d.toLowerCase());
        shown.push(d);
        if (shown.length >= (nsOf(f) === 'q' ? 1 : 4)) break;
      }
      if (shown.length) out.push(`${title}: ${shown.join(', ')}`);
    }
    if (e.fp.when) out.push(`event date ${e.fp.when}`);
    return out;
  }

  /**
   * Re-groups every indexed article from scratch: greedy average-link clustering over the candidate
   * pairs, strongest first, with the date gate applied to every pair across two groups.
   */
  cluster(): void {
    const entries = [...this.docs.values()].sort((a, b) => a.order - b.order);
    // Average-link agglomerative clustering over the sparse candidate graph: clusters are numbered by
    // their first member; adj holds, per pair of clusters, the sum of their members' similarities. A heap
    // (lazy: stale entries are skipped by version) yields the best-linked pair next.
    const idOfSlot = new Int32Array(this.slots.length);
    entries.forEach((e, i) => { idOfSlot[e.slot] = i; });
    const members: (Entry[] | null)[] = entries.map((e) => [e]);
    const adj: Map<number, number>[] = entries.map(() => new Map());
    const version: number[] = entries.map(() => 0);
    for (let i = 0; i < entries.length; i++) {
      for (const [o, v] of this.similaritiesOf(entries[i]!, entries[i]!.order)) {
        const j = idOfSlot[o.slot]!;
        if (j > i) { adj[i]!.set(j, v); adj[j]!.set(i, v); }
      }
    }
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
      // Complete-link date gate: no pair across the two clusters may be date-incompatible.
      if (!members[a]!.every((x) => members[b]!.every((y) => whenCompatible(x.when, y.when, tol)))) continue;
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
      reasons[m] = others.length ? this.reasons(m, others) : ['no other article shares its distinctive names, figures and dates'];
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

  /** The headline of the most central member, with the event's date and size. */
  private label(members: string[]): string {
    let best = members[0]!, bestScore = -1;
    if (members.length > 2) {
      for (const m of members) {
        let s = 0;
        for (const o of members) if (o !== m) s += this.similarity(m, o);
        if (s > bestScore) { best = m; bestScore = s; }
      }
    }
    const fp = this.docs.get(best)!.fp;
    const when = members.map((m) => this.docs.get(m)!.fp.when).find((w) => w && /^\d{4}/.test(w)) ?? null;
    const head = fp.headline || best;
    const extra = [when, members.length > 1 ? `${members.length} articles` : null].filter(Boolean).join(', ');
    return extra ? `${head} (${extra})` : head;
  }
}

/** The index of x in an ascending array, or -1. */
function sortedIndexOf(a: Int32Array, x: number): number {
  let lo = 0, hi = a.length - 1;
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
        const l = 2 * i + 1, r = l + 1;
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

/** Builds an index over analysed articles (those without a fingerprint get an empty one). */
export function buildEventIndex(articles: ArticleAnalysis[], options: EventIndexOptions = {}): EventIndex {
  const index = new EventIndex(options);
  for (const a of articles) {
    const fp = withActors(a.fingerprint ?? { terms: {}, display: {}, when: a.date, headline: a.title ?? a.path, language: a.language, ordinals: {}, act: null, percents: [] }, a.actors);
    index.put(a.path, fp);
  }
  index.cluster();
  return index;
}

/** Actor ids are corpus-wide only after unifyActorIds, so they join the fingerprint at grouping time. */
function withActors(fp: EventFingerprint, actors: Actor[]): EventFingerprint {
  if (!actors.length) return fp;
  const terms = { ...fp.terms };
  const display = { ...fp.display };
  for (const a of actors) {
    if (!a.mentions.length) continue;
    const k = `a:${a.id}`;
    terms[k] = a.mentions.length;
    display[k] = a.name;
  }
  return { ...fp, terms, display };
}

/** Groups articles into events: every article in exactly one event, each with a label and reasons. */
export function groupEvents(articles: ArticleAnalysis[]): CoverageEvent[] {
  return buildEventIndex(articles).events();
}

/** Parses an event-time estimate into a UTC date when it is a full day (for callers sorting events). */
export function eventDay(fp: EventFingerprint): Date | null {
  return fp.when ? parseIsoDay(fp.when) : null;
}
