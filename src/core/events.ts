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
import { type DatesResult, parseIsoDay, scanTimeExpressions } from './dates';
import { nameKey } from './identity';
import { ACT_FAMILY, CONCEPT_TABLE, ORDINALS, STOPWORDS } from './resources/eventLexicon';
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

function conceptsOf(lower: string): string[] {
  const out: string[] = [];
  for (const [s, c] of CONCEPT_TABLE.prefix) {
    if (s.length >= 5 ? lower.startsWith(s) : lower === s || lower === s + 's' || lower === s + 'e' || lower === s + 'en' || lower === s + 'n') {
      out.push(c);
      break;
    }
  }
  for (const [s, c] of CONCEPT_TABLE.infix) if (lower.length > s.length && lower.includes(s) && !out.includes(c)) out.push(c);
  return out;
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
  const add = (key: string, shown: string, n = 1) => {
    terms[key] = (terms[key] ?? 0) + n;
    if (!(key in display)) display[key] = shown;
    if (inHead && /^[nwc#]:/.test(key)) add(`l:${key}`, shown, n);
  };
  const xs = scanTimeExpressions(text);
  const inDate = (pos: number) => xs.some((d) => pos >= d.start && pos < d.end);
  const toks = tokens(text, sentences);

  // English sentence-initial capitals are names only if the word is capitalised elsewhere too.
  const capsElsewhere = new Set<string>();
  for (const t of toks) if (!t.initial && /^\p{Lu}/u.test(t.text)) capsElsewhere.add(t.text.replace(/['’]s$/, ''));
  const capSet = new Set(toks.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text));

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
      const w = toks[j]!.text.replace(/['’]s$/, '').toLowerCase();
      if (/^\d/.test(w) || inDate(toks[j]!.start)) break;
      if (STOPWORDS.has(w) && !/^(mal|time|times)$/.test(w)) continue;
      seen++;
      const cap = /^\p{Lu}/u.test(toks[j]!.text);
      const keys = /^(mal|male|time|times)$/.test(w)
        ? ['c:time']
        : [...conceptsOf(w).map((c) => `c:${c}`), cap ? `n:${stem(nameKey(w))}` : `w:${stem(w)}`];
      // A repetition counts only at the act's first mention: "der zweite Testflug" opens a report on a
      // follow-up; "zwei Beben … das zweite Beben" enumerates parts of one event.
      for (const k of keys) if (!(k in ordinals) && (value === 1 || !(k in terms))) ordinals[k] = value;
    }
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    inHead = t.start < headEnd;
    if (t.start < leadEnd) {
      const lw = t.text.toLowerCase();
      if (lw === 'erstmals' || lw === 'erstmalig') ordinals['c:time'] ??= 1;
      else if (inHead && /^(erneut|abermals|weiter(e|es|er|en)|another)$/.test(lw)) noteOrdinal(i, 2);
      else if (inHead && /^(tage|tagen|wochen|monate|monaten|days|weeks|months)$/.test(lw) && /^(nach|after)$/i.test(next)) noteOrdinal(i + 1, 2);
      else {
        const o = ORDINALS.find(([re]) => re.test(lw));
        if (o) noteOrdinal(i, o[1]);
        else if (/^\d{1,2}$/.test(t.text) && text[t.start + t.text.length] === '.' && /^\s+Mal\b/.test(text.slice(t.start + t.text.length + 1))) ordinals['c:time'] ??= +t.text;
      }
    }
    if (/^\d/.test(t.text)) {
      if (inDate(t.start)) continue;
      const after = text.slice(t.start + t.text.length, t.start + t.text.length + 12);
      if (/^\s*(Uhr|h\b|a\.?m\.|p\.?m\.)/i.test(after)) continue;
      // Match scores "2:1" / "2-1".
      const score = /^[:\-–](\d{1,2})(?!\d|[.,]\d|\s*Uhr)/.exec(after);
      if (score && /^\d{1,2}$/.test(t.text)) {
        add(`#:${t.text}:${score[1]}`, `${t.text}:${score[1]}`);
        continue;
      }
      const n = canonicalNumber(t.text, language);
      if (n === null) continue;
      if (Number.isInteger(n) && n >= 1800 && n <= 2100 && !/[.,]/.test(t.text)) continue; // a year: dates cover it
      add(`#:${n}`, t.text);
      if (/^\s*(%|Prozent\b|percent\b|per cent\b)/i.test(after)) percents.add(n);
      if (/^(basis points|bps|basispunkte)/i.test(after.trim() + ' ') || /^bps/i.test(next)) add(`#:${+(n / 100).toFixed(4)}`, t.text);
      continue;
    }
    if (inDate(t.start)) continue; // month and weekday names are dates, not names
    const raw = t.text.replace(/['’]s$/, '');
    const lowerWhole = raw.toLowerCase();
    const wn = WORD_NUMBERS.get(lowerWhole);
    if (wn !== undefined && /^(prozent|percent|%|tote|toten|menschen|people|dead|verletzte)/.test(next)) {
      add(`#:${wn}`, raw);
      if (/^(prozent|percent)/.test(next)) percents.add(wn);
    }
    const parts = raw.includes('-') || raw.includes('‐') ? raw.split(/[-‐]/).filter((p) => p.length >= 2) : [raw];
    for (const p of parts) {
      const lower = p.toLowerCase();
      const ord = ORDINALS.find(([re]) => re.test(lower));
      if (ord) {
        add(`o:${ord[1]}`, p);
        continue;
      }
      if (STOPWORDS.has(lower) || lower.length < 2) continue;
      for (const c of conceptsOf(lower)) add(`c:${c}`, c);
      const isCap = /^\p{Lu}/u.test(p);
      if (isCap) {
        if (language === 'en' && t.initial && parts.length === 1 && !capsElsewhere.has(p)) {
          if (lower.length >= 3) add(`w:${stem(lower)}`, lower);
          continue;
        }
        // German genitive: "Merkels" is "Merkel" when the bare form occurs too.
        const base = p.length > 3 && /s$/.test(p) && capSet.has(p.slice(0, -1)) ? p.slice(0, -1) : p;
        const k = stem(nameKey(base));
        if (k.length >= 2) add(`n:${k}`, base);
      } else if (lower.length >= 3 && /\p{L}/u.test(lower)) {
        add(`w:${stem(lower)}`, lower);
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
  for (const [k, c] of Object.entries(terms)) {
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
}

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

function parseWhen(w: string | null): { y?: number; m: number; d?: number } | null {
  if (!w) return null;
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(w);
  if (m) return { y: +m[1]!, m: +m[2]!, ...(m[3] ? { d: +m[3] } : {}) };
  m = /^--(\d{2})-(\d{2})$/.exec(w);
  if (m) return { m: +m[1]!, d: +m[2]! };
  return null;
}

/** Whether two event-time estimates can describe one event (true when either is unknown). */
export function datesCompatible(a: string | null, b: string | null, dayTolerance = 10): boolean {
  const x = parseWhen(a), y = parseWhen(b);
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
  /** feature -> (path -> count) */
  private readonly postings = new Map<string, Map<string, number>>();
  /** feature -> (language -> document frequency), for cross-language attestation */
  private readonly langDf = new Map<string, Map<string, number>>();
  /** event number -> member paths */
  private readonly groups = new Map<number, Set<string>>();
  private nextEvent = 1;
  private nextOrder = 0;
  private readonly threshold: number;
  private readonly floor: number;
  private readonly dayTolerance: number;

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

  private idf(feature: string): number {
    const df = this.postings.get(feature)?.size ?? 0;
    const ns = nsInfo(feature);
    return Math.log((this.docs.size + BACKGROUND) / (df + BACKGROUND * ns.prior + 0.5));
  }

  private weight(feature: string, count: number): number {
    const ns = nsInfo(feature);
    return (1 + Math.log(count)) * ns.weight * Math.max(0, this.idf(feature));
  }

  private attested(feature: string, language: string): boolean {
    return NEUTRAL.has(nsInfo(feature).ns) || (this.langDf.get(feature)?.get(language) ?? 0) > 0;
  }

  /** The norm of e's vector as compared with an article in `language`. */
  private normOf(e: Entry, language: string): number {
    const n = this.docs.size;
    const cached = e.norms.get(language);
    if (cached && Math.abs(n - cached.n) <= Math.max(2, cached.n * 0.1)) return cached.norm;
    const cross = language !== e.fp.language;
    let s = 0;
    for (const [f, c] of Object.entries(e.fp.terms)) {
      const w2 = this.weight(f, c) ** 2;
      s += !cross || this.attested(f, language) ? w2 : UNATTESTED_SHARE * w2;
    }
    const norm = Math.sqrt(s) || 1;
    e.norms.set(language, { norm, n });
    return norm;
  }

  /** Cosine from a dot product, with the date gate and the ordinal penalty. */
  private score(a: Entry, b: Entry, dot: number): number {
    if (!datesCompatible(a.fp.when, b.fp.when, this.dayTolerance)) return 0;
    let s = dot / (this.normOf(a, b.fp.language) * this.normOf(b, a.fp.language));
    if (a.fp.act && b.fp.act && a.fp.act !== b.fp.act) s *= ACT_PENALTY;
    if (figuresConflict(a.fp.percents, b.fp.percents)) s *= FIGURES_PENALTY;
    const rel = ordinalRelation(a.fp, b.fp);
    if (rel === 'conflict') s *= ORDINAL_PENALTY;
    else if (rel === 'follow-up') s *= FOLLOW_UP_PENALTY;
    return s;
  }

  /** Indexes an article without assigning it to an event (batch building: put all, then cluster()). */
  put(path: string, fp: EventFingerprint): void {
    this.putEntry(path, fp);
  }

  private putEntry(path: string, fp: EventFingerprint): Entry {
    if (this.docs.has(path)) this.remove(path);
    const e: Entry = { path, fp, order: this.nextOrder++, norms: new Map(), event: 0 };
    this.docs.set(path, e);
    for (const [f, c] of Object.entries(fp.terms)) {
      let p = this.postings.get(f);
      if (!p) this.postings.set(f, (p = new Map()));
      p.set(path, c);
      let l = this.langDf.get(f);
      if (!l) this.langDf.set(f, (l = new Map()));
      l.set(fp.language, (l.get(fp.language) ?? 0) + 1);
    }
    return e;
  }

  /** Adds one article and assigns it to the best-fitting event (or a new one). Returns its event id. */
  add(path: string, fp: EventFingerprint): string {
    const e = this.putEntry(path, fp);
    const sims = this.similarities(path);
    const byEvent = new Map<number, number>();
    for (const [other, s] of sims) {
      const ev = this.docs.get(other)!.event;
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
    for (const f of Object.keys(e.fp.terms)) {
      const p = this.postings.get(f);
      if (!p) continue;
      p.delete(path);
      if (!p.size) this.postings.delete(f);
      const l = this.langDf.get(f);
      if (l) {
        const c = (l.get(e.fp.language) ?? 1) - 1;
        if (c > 0) l.set(e.fp.language, c);
        else l.delete(e.fp.language);
        if (!l.size) this.langDf.delete(f);
      }
    }
    if (e.event) {
      const g = this.groups.get(e.event);
      g?.delete(path);
      if (g && !g.size) this.groups.delete(e.event);
    }
    this.docs.delete(path);
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
    return datesCompatible(this.docs.get(a)!.fp.when, this.docs.get(b)!.fp.when, this.dayTolerance);
  }

  /** Similarity of two indexed articles (0..1), 0 when their event times are incompatible. */
  similarity(a: string, b: string): number {
    const ea = this.docs.get(a), eb = this.docs.get(b);
    if (!ea || !eb || a === b) return 0;
    let dot = 0;
    const tb = eb.fp.terms;
    for (const [f, c] of Object.entries(ea.fp.terms)) {
      const cb = tb[f];
      if (cb) dot += this.weight(f, c) * this.weight(f, cb);
    }
    return this.score(ea, eb, dot);
  }

  /** Similarities of one indexed article to every article sharing a distinctive feature with it (score ≥ floor). */
  private similarities(path: string): Map<string, number> {
    const e = this.docs.get(path);
    const out = new Map<string, number>();
    if (!e) return out;
    const n = this.docs.size;
    const maxDf = Math.max(30, n * 0.2);
    const acc = new Map<string, number>();
    for (const [f, c] of Object.entries(e.fp.terms)) {
      const p = this.postings.get(f);
      if (!p || p.size <= 1 || p.size > maxDf) continue;
      const w = this.weight(f, c);
      if (w <= 0) continue;
      for (const [other, oc] of p) {
        if (other === path) continue;
        acc.set(other, (acc.get(other) ?? 0) + w * this.weight(f, oc));
      }
    }
    for (const [other, dot] of acc) {
      const s = this.score(e, this.docs.get(other)!, dot);
      if (s >= this.floor) out.set(other, s);
    }
    return out;
  }

  /** The articles most similar to `path` (related coverage), best first, with reasons. */
  related(path: string, limit = 10): Related[] {
    return [...this.similarities(path)]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([p, score]) => ({ path: p, score, reasons: this.reasons(path, [p]) }));
  }

  /** What `path` shares with `others`, strongest first, grouped by kind: ["shared names: Brenmark, Ellsby", …]. */
  reasons(path: string, others: string[]): string[] {
    const e = this.docs.get(path);
    if (!e) return [];
    const contrib = new Map<string, number>();
    for (const o of others) {
      const eo = this.docs.get(o);
      if (!eo || o === path) continue;
      for (const [f, c] of Object.entries(e.fp.terms)) {
        const co = eo.fp.terms[f];
        if (co) contrib.set(f, (contrib.get(f) ?? 0) + this.weight(f, c) * this.weight(f, co));
      }
    }
    const out: string[] = [];
    for (const [nss, title] of REASON_NS) {
      const shown: string[] = [];
      const seen = new Set<string>();
      for (const [f] of [...contrib].filter(([f]) => nss.includes(nsOf(f))).sort((a, b) => b[1] - a[1])) {
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
    const paths = [...this.docs.keys()].sort((a, b) => this.docs.get(a)!.order - this.docs.get(b)!.order);
    // Average-link agglomerative clustering over the sparse candidate graph: clusters are numbered by
    // their first member; adj holds, per pair of clusters, the sum of their members' similarities. A heap
    // (lazy: stale entries are skipped by version) yields the best-linked pair next.
    const id = new Map(paths.map((p, i) => [p, i]));
    const members: (string[] | null)[] = paths.map((p) => [p]);
    const adj: Map<number, number>[] = paths.map(() => new Map());
    const version: number[] = paths.map(() => 0);
    for (const p of paths) {
      const i = id.get(p)!;
      for (const [q, v] of this.similarities(p)) {
        const j = id.get(q)!;
        if (j > i) { adj[i]!.set(j, v); adj[j]!.set(i, v); }
      }
    }
    const heap = new MaxHeap();
    const push = (i: number, j: number) => {
      const sum = adj[i]!.get(j) ?? 0;
      const mean = sum / (members[i]!.length * members[j]!.length);
      if (mean >= this.threshold) heap.push(mean, i, j, version[i]!, version[j]!);
    };
    for (let i = 0; i < paths.length; i++) for (const j of adj[i]!.keys()) if (j > i) push(i, j);
    for (let top = heap.pop(); top; top = heap.pop()) {
      const [, a, b, va, vb] = top;
      if (!members[a] || !members[b] || version[a] !== va || version[b] !== vb) continue;
      // Complete-link date gate: no pair across the two clusters may be date-incompatible.
      if (!members[a]!.every((x) => members[b]!.every((y) => this.compatible(x, y)))) continue;
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
      for (const p of m) this.assign(this.docs.get(p)!, ev);
    }
  }

  /** The current events, members in insertion order, events by their first member. */
  events(): CoverageEvent[] {
    const out: CoverageEvent[] = [];
    const evs = [...this.groups].map(([ev, members]) => ({
      ev,
      members: [...members].sort((a, b) => this.docs.get(a)!.order - this.docs.get(b)!.order),
    }));
    evs.sort((a, b) => this.docs.get(a.members[0]!)!.order - this.docs.get(b.members[0]!)!.order);
    for (const { ev, members } of evs) {
      const reasons: Record<string, string[]> = {};
      for (const m of members) {
        const others = members.filter((x) => x !== m);
        reasons[m] = others.length ? this.reasons(m, others) : ['no other article shares its distinctive names, figures and dates'];
      }
      out.push({ id: `e${ev}`, label: this.label(members), articles: members, reasons });
    }
    return out;
  }

  /** The event of one article, or null when it is not indexed. */
  eventOf(path: string): CoverageEvent | null {
    const e = this.docs.get(path);
    if (!e || !e.event) return null;
    return this.events().find((x) => x.id === `e${e.event}`) ?? null;
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
