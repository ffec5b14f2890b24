// An analysis that follows one document through its edits: the result of every `analyze` equals analyzeArticle on
// the same text (a property test holds the two to deep equality after random edits), but the steps that read only
// a line or a statement unit are kept from the last version and made again only where the text changed.
//
// What is kept (the "local steps", analyze.ts LocalSteps):
// - per line (the text between two line breaks): the actor detector's tokens and name candidates
//   (actors/index.ts localCandidates), keyed by the language, the line's text and `context` characters of text
//   on either side of it (what the detector's rules may read across the line break);
// - per statement unit: its tokens and frames (statements/index.ts unitFrames), keyed by the language rules, the
//   unit's text with `context` characters either side, the quotations it is tokenised with and the stretches of
//   person names marked in it (both relative to the unit).
// - per lone capitalised word the actors' step asks about: loneKind's verdict, keyed by all it reads (the word, the
//   candidate, two tokens either side and the text around them; actors/index.ts LoneMemo), wherever it stands.
// - per line that ends at a line break: its sentences (text/sentences.ts SentenceLines), keyed by the line's text
//   and one character either side (all the splitter reads), as offsets relative to the line.
// - per line: where the time expressions' rules may start in it (text/dates.ts TimeLines), keyed by the line's text
//   and the character after it; the rules themselves run over the whole text.
// Everything else (language, layout, dates, confirming and grouping names, the statements' passes
// across units, speaker resolution, the fingerprint) runs over the whole text every time: it reads the article as a
// whole, and it is the smaller share of the work (see README, Speed).
// A piece holds the objects the step made, with the offsets (and token indices) of the last version that used it;
// reused at another place they are moved there in place (placeLine), so an edit allocates nothing for what it did
// not touch and the later steps see the objects, and object layouts, a whole analysis makes. Frames are copied for
// each analysis (the statements' pass replaces a frame's speaker); tokens and candidates are read only. An analysis
// that throws (cancelled) keeps no piece: some may have moved already.
// Lines the last version did not have are made in runs: consecutive missing lines with their context form one
// window, analysed once (a first analysis is one window, the whole text). Memory stays bounded by the current
// version: after each analysis only the pieces it used are kept.
import { analyzeWith } from './analyze';
import { localCandidates, type LocalCandidates, type LoneMemo, type LoneVerdict } from './actors';
import type { Candidate, Token } from './actors/detect';
import { unitFrames } from './statements';
import type { LangRules } from './statements/lang';
import type { Frame } from './statements/model';
import type { Quote } from './statements/quotes';
import type { Tok } from './statements/tokens';
import { scanTimeExpressions, type TimeLines } from './text/dates';
import { partitionPoint } from './text/search';
import { splitSentences, type SentenceLines } from './text/sentences';
import type { AnalyzeOptions, ArticleAnalysis, Span } from './types';

/** Characters of text either side of a line or unit that its key holds (the rules read a few words across). */
export const DEFAULT_CONTEXT = 64;

interface LinePiece {
  /** The detector's tokens, with offsets in the text where the line starts at `start`. */
  tokens: Token[];
  /** The detector's candidates, offsets as the tokens', token indices as if the line's first token had `tokBase`. */
  candidates: Candidate[];
  start: number;
  tokBase: number;
  /** The rest of its key: the line's length and the language. */
  length: number;
  language: string;
}

interface UnitPiece {
  /** The unit's tokens, offsets in the text where the unit starts at `at`. */
  tokens: Tok[];
  /** Its frames, likewise (copied for every analysis: copyFrame). */
  frames: Frame[];
  at: number;
  /** The rest of its key: the unit's length, the language rules, its quotations and person names relative to it. */
  length: number;
  en: boolean;
  /** start, end and depth of each quotation. */
  quotes: number[];
  /** start and end of each stretch of person names (cut to the unit). */
  persons: number[];
}

/** A line's sentences: the line's length, and each sentence's start and end relative to the line's start. */
interface SentencePiece {
  length: number;
  spans: number[];
}

/** Characters either side of a line that its sentences read (text/sentences.ts: the one before it, its break). */
const SENTENCE_CONTEXT = 1;

/** Shared by the lines without a candidate (most): never written to. */
const NO_STARTS: number[] = [];

/** A line's candidate starts of time expressions (text/dates.ts TimeLines): its length and the pairs. */
interface TimePiece {
  length: number;
  starts: number[];
}

/** For the property test only: leave a dependency out of a key, to show that the test then fails. */
export type OmittedDependency = 'language' | 'quotes' | 'persons';

/** Longer texts are analysed whole and nothing is kept (pieces take about 85 bytes per character of text). */
export const INCREMENTAL_MAX_CHARS = 200_000;

export interface IncrementalOptions {
  /** Characters of context in the keys (DEFAULT_CONTEXT). */
  context?: number;
  /** Texts longer than this are analysed whole, keeping nothing (INCREMENTAL_MAX_CHARS). */
  maxChars?: number;
  /** Test only (see OmittedDependency). */
  omit?: OmittedDependency;
  /**
   * Test only: called with every step's result as assembled from kept pieces and as the step makes it afresh on
   * the same input, so that a test sees a wrong piece even where the article's result happens not to show it.
   */
  check?: (
    step: 'candidates' | 'unitFrames' | 'loneKind' | 'sentences' | 'timeLines',
    got: unknown,
    fresh: unknown,
  ) => void;
}

/**
 * Synthetic edits a process makes at most to warm up (IncrementalAnalysis.warm): V8 compiles the incremental
 * paths (pieces found again, moved, windows of changed lines) only after some edits, so the first edits a user
 * makes in a fresh worker cost ~1.5-2x the later ones even when whole analyses warmed the rest (edit4, session 27).
 */
export const WARM_EDITS = 4;
/** Texts shorter than this do not warm up (too little to exercise the kept pieces). */
export const WARM_MIN_CHARS = 2_000;
let warmEditsDone = 0;

/** Synthetic edits made so far in this process (tests). */
export function warmEditsMade(): number {
  return warmEditsDone;
}

/** Tests only: the process's warm-up budget as new. */
export function resetWarmUp(): void {
  warmEditsDone = 0;
}

/** How much of the last analysis was reused (for benchmarks and tests). */
export interface IncrementalStats {
  lines: number;
  linesMade: number;
  units: number;
  unitsMade: number;
}

/**
 * Moves a line's kept objects to where the line is now (its start, its first token's index), in place: the
 * analysis sees the objects the detector made, with the layout it gave them (one object shape in a whole and an
 * incremental analysis), and an edit allocates nothing for the lines it did not touch. A role span is replaced,
 * not moved (two candidates may share one).
 */
function placeLine(p: LinePiece, start: number, tokBase: number): void {
  const d = start - p.start;
  const dk = tokBase - p.tokBase;
  if (d !== 0) {
    for (const t of p.tokens) {
      t.start += d;
      t.end += d;
    }
  }
  if (d !== 0 || dk !== 0) {
    for (const c of p.candidates) {
      c.first += dk;
      c.last += dk;
      if (d === 0) continue;
      c.start += d;
      c.end += d;
      c.nameStart += d;
      if (c.role) c.role = { start: c.role.start + d, end: c.role.end + d };
    }
  }
  p.start = start;
  p.tokBase = tokBase;
}

function shiftSpan<S extends Span>(s: S, d: number): S {
  return { ...s, start: s.start + d, end: s.end + d };
}

function shiftFrame(f: Frame, d: number): Frame {
  return {
    ...f,
    cue: shiftSpan(f.cue, d),
    speaker: f.speaker ? shiftSpan(f.speaker, d) : null,
    via: f.via.map((v) => shiftSpan(v, d)),
  };
}

/**
 * A frame for one analysis: the statements' pass replaces a frame's speaker (statements/index.ts verbRegion), and
 * changes no span or list inside one, so a shallow copy keeps the kept frame as it was.
 */
function copyFrame(f: Frame): Frame {
  return { ...f };
}

/** The lines of `text`: the spans between line breaks (breaks excluded), in order. */
function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ start, end: text.length });
      return out;
    }
    out.push({ start, end: nl });
    start = nl + 1;
  }
}

/** Where the text of an analysis equals the last one: a common prefix and suffix (not overlapping). */
interface Diff {
  prefix: number;
  suffix: number;
  /** New length minus old length. */
  delta: number;
  newLength: number;
}

/** Characters compared at once while the texts agree (a native string comparison, not a loop per character). */
const DIFF_CHUNK = 256;

function diffOf(old: string, text: string): Diff {
  const n = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix + DIFF_CHUNK <= n && old.slice(prefix, prefix + DIFF_CHUNK) === text.slice(prefix, prefix + DIFF_CHUNK))
    prefix += DIFF_CHUNK;
  while (prefix < n && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  // The suffix, at most what the prefix left of the shorter text, counted from the ends.
  const m = n - prefix;
  const ol = old.length;
  const tl = text.length;
  let suffix = 0;
  while (
    suffix + DIFF_CHUNK <= m &&
    old.slice(ol - suffix - DIFF_CHUNK, ol - suffix) === text.slice(tl - suffix - DIFF_CHUNK, tl - suffix)
  )
    suffix += DIFF_CHUNK;
  while (suffix < m && old.charCodeAt(ol - 1 - suffix) === text.charCodeAt(tl - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: tl - ol, newLength: tl };
}

/**
 * One document's analyses as it is edited. `analyze(text)` returns exactly analyzeArticle(text, path, options);
 * it makes again only the line- and unit-local steps whose text (with its context) changed since the last call.
 * Holds the pieces of the last analysed version only.
 *
 * A piece is found again by where its text lies: the new text and the last one share a prefix and a suffix, and
 * a line or unit whose text with `context` characters either side lies wholly in the one or the other is the
 * same text as in the last version, at the same offset or shifted by the edit's length. The rest of a piece's key
 * (its length, the language; a unit's quotations and person names, relative to it) is kept in the piece, found by
 * that offset, and compared field by field (no key strings to build and hash for every line and unit).
 */
export class IncrementalAnalysis {
  /** The text the kept pieces were made from. */
  private text: string | null = null;
  /** Pieces by where they start in `text` (a line's start is its own; several units may share one). */
  private lines = new Map<number, LinePiece>();
  private units = new Map<number, UnitPiece[]>();
  /** Sentences of lines, by where the line starts in `text`. */
  private sentenceLines = new Map<number, SentencePiece>();
  /** Candidate starts of time expressions in lines, by where the line starts in `text`. */
  private timeLines = new Map<number, TimePiece>();
  private roleHeads = new Map<string, (w: string) => string | null>();
  /** The lone words' verdicts the last analysis used (actors/index.ts LoneMemo). */
  private lone = new Map<string, LoneVerdict>();
  private readonly context: number;
  private readonly maxChars: number;
  private readonly omit: OmittedDependency | undefined;
  private readonly check: IncrementalOptions['check'];
  /** The last analysed text as given (before any cut), its path and whether it had its fingerprint. */
  private last: { text: string; path: string } | null = null;
  /** A warm-up under way (warmStep): the text it returns to, the next edit, the text it analysed last. */
  private warming: { text: string; path: string; k: number; expect: string; back: boolean } | null = null;
  /** What the last analysis reused. */
  stats: IncrementalStats = { lines: 0, linesMade: 0, units: 0, unitsMade: 0 };

  constructor(options: IncrementalOptions = {}) {
    this.context = options.context ?? DEFAULT_CONTEXT;
    this.maxChars = options.maxChars ?? INCREMENTAL_MAX_CHARS;
    this.omit = options.omit;
    this.check = options.check;
  }

  analyze(text: string, path: string, options: AnalyzeOptions = {}): ArticleAnalysis {
    if (text.length > this.maxChars) {
      this.clear();
      this.stats = { lines: 0, linesMade: 0, units: 0, unitsMade: 0 };
      return analyzeWith(text, path, options);
    }
    const run: Run = {
      text: null,
      diff: null,
      lines: new Map(),
      units: new Map(),
      sentenceLines: new Map(),
      timeLines: new Map(),
      stats: { lines: 0, linesMade: 0, units: 0, unitsMade: 0 },
    };
    const check = this.check;
    const lone: LoneMemo = { kept: this.lone, used: new Map() };
    if (check) lone.check = (got, fresh) => check('loneKind', got, fresh);
    let result: ArticleAnalysis;
    try {
      result = analyzeWith(text, path, options, {
        candidates: (t, language) => this.candidates(t, language, run),
        unitFrames: (t, unit, quotes, personSpans, rules) => this.unitFrames(t, unit, quotes, personSpans, rules, run),
        lone,
        sentences: (t) => this.sentences(t, run),
        timeLines: (t) => this.times(t, run),
      });
    } catch (e) {
      // Kept pieces may have been moved to this version's offsets already: none is kept.
      this.clear();
      this.stats = run.stats;
      throw e;
    }
    // Only the pieces of this version are kept.
    if (run.text !== null) {
      this.text = run.text;
      this.lines = run.lines;
      this.units = run.units;
      this.sentenceLines = run.sentenceLines;
      this.timeLines = run.timeLines;
    }
    this.lone = lone.used;
    this.stats = run.stats;
    this.last = { text, path };
    return result;
  }

  /**
   * Warms the incremental paths up, once per process (WARM_EDITS synthetic edits in all), on the last analysed
   * text: a letter typed, a line split, a letter deleted, at places spread over it, each followed by the text
   * itself again. Every analysis equals the whole one whatever came before, so the next real one is the same as
   * without it. Meant for idle time right after a document's first analysis (the index worker makes one step at a
   * time, jobs in between), so that V8 has compiled what an edit runs before the user types. One analysis per call,
   * true when it made one; false when no step is left (warm already, the text short or missing, or a real analysis
   * came in between: that one warms up as well).
   */
  warmStep(): boolean {
    let w = this.warming;
    const last = this.last;
    if (w && (last?.text !== w.expect || (!w.back && warmEditsDone >= WARM_EDITS))) {
      this.warming = null;
      return false;
    }
    if (!w) {
      if (warmEditsDone >= WARM_EDITS || !last) return false;
      if (last.text.length < WARM_MIN_CHARS || last.text.length > this.maxChars) return false;
      w = this.warming = { text: last.text, path: last.path, k: 0, expect: last.text, back: false };
    }
    let next: string;
    if (w.back) {
      next = w.text;
      w.back = false;
      w.k++;
    } else {
      const { text, k } = w;
      // Spread over the text, at a line's middle (a letter in a word, mostly).
      let at = Math.floor((text.length * (k + 1)) / (WARM_EDITS + 2));
      const nl = text.indexOf('\n', at);
      if (nl > at + 1) at += Math.floor((nl - at) / 2);
      const kind = k % 3;
      next =
        kind === 0
          ? text.slice(0, at) + 'e' + text.slice(at)
          : kind === 1
            ? text.slice(0, at) + '\n' + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1);
      warmEditsDone++;
      w.back = true;
    }
    w.expect = next;
    try {
      this.analyze(next, w.path, { fingerprint: false });
    } catch {
      // analyze kept nothing (cleared): the next analysis is a whole one.
      this.warming = null;
    }
    return true;
  }

  /** All warm-up steps at once (warmStep); the number of analyses made. */
  warm(): number {
    let n = 0;
    while (this.warmStep()) n++;
    return n;
  }

  /** Forgets every piece (the document closed, or its analyses are no longer wanted). */
  clear(): void {
    this.text = null;
    this.lines = new Map();
    this.units = new Map();
    this.sentenceLines = new Map();
    this.timeLines = new Map();
    this.lone = new Map();
    this.roleHeads.clear();
    this.last = null;
    this.warming = null;
  }

  private roleHead(language: string): (w: string) => string | null {
    let r = this.roleHeads.get(language);
    if (!r) this.roleHeads.set(language, (r = localCandidates('', language).roleHead));
    return r;
  }

  /** The run's diff against the kept pieces' text (the text the local steps see: analyzeArticle may cut it). */
  private diff(text: string, run: Run): Diff | null {
    if (run.text === null) {
      run.text = text;
      run.diff = this.text === null ? null : diffOf(this.text, text);
    }
    return run.diff;
  }

  /**
   * Where the span [start, end) of the new text, with c characters of context either side, lies in the kept
   * pieces' text with the same text around it; -1 where the edit touches it.
   */
  private oldStart(d: Diff | null, start: number, end: number, c: number): number {
    if (!d) return -1;
    if (end + c <= d.prefix || (d.delta === 0 && d.prefix === d.newLength)) return start;
    if (start - c >= d.newLength - d.suffix) return start - d.delta;
    return -1;
  }

  /** The sentence splitter's kept lines for this run (see SentenceLines). */
  private sentences(text: string, run: Run): SentenceLines {
    const d = this.diff(text, run);
    const kept = this.sentenceLines;
    const used = run.sentenceLines;
    const lines: SentenceLines = {
      kept: (lineStart, lineEnd) => {
        const old = this.oldStart(d, lineStart, lineEnd, SENTENCE_CONTEXT);
        const p = old < 0 ? undefined : kept.get(old);
        if (!p || p.length !== lineEnd - lineStart) return undefined;
        used.set(lineStart, p);
        const out: Span[] = [];
        for (let k = 0; k < p.spans.length; k += 2)
          out.push({ start: lineStart + p.spans[k]!, end: lineStart + p.spans[k + 1]! });
        return out;
      },
      made: (lineStart, lineEnd, sentences) => {
        const spans: number[] = [];
        for (const x of sentences) spans.push(x.start - lineStart, x.end - lineStart);
        used.set(lineStart, { length: lineEnd - lineStart, spans });
      },
    };
    if (!this.check) return lines;
    const check = this.check;
    return {
      kept: (lineStart, lineEnd) => {
        const got = lines.kept(lineStart, lineEnd);
        if (got) check('sentences', got, splitSentences(text, [{ start: lineStart, end: lineEnd }]));
        return got;
      },
      made: lines.made,
    };
  }

  /** The time expressions' kept candidate starts for this run (see TimeLines). */
  private times(text: string, run: Run): TimeLines {
    const d = this.diff(text, run);
    const kept = this.timeLines;
    const used = run.timeLines;
    const check = this.check;
    return {
      kept: (lineStart, lineEnd) => {
        // The line and the character after it (its break, or the text's end) as in the last version.
        const old = this.oldStart(d, lineStart, lineEnd, 1);
        const p = old < 0 ? undefined : kept.get(old);
        if (!p || p.length !== lineEnd - lineStart) return undefined;
        used.set(lineStart, p);
        if (check) {
          const fresh: number[] = [];
          const line = text.slice(lineStart, lineEnd + 1);
          scanTimeExpressions(line, {
            kept: () => undefined,
            made: (s, e, starts) => {
              if (s === 0) fresh.push(...starts);
            },
          });
          check('timeLines', p.starts, fresh);
        }
        return p.starts;
      },
      made: (lineStart, lineEnd, starts) => {
        used.set(lineStart, { length: lineEnd - lineStart, starts: starts.length ? starts : NO_STARTS });
      },
    };
  }

  private candidates(text: string, language: string, run: Run): LocalCandidates {
    const d = this.diff(text, run);
    const c = this.context;
    const lang = this.omit === 'language' ? '' : language;
    const lines = lineSpans(text);
    const pieces: (LinePiece | undefined)[] = lines.map((l) => {
      const old = this.oldStart(d, l.start, l.end, c);
      const p = old < 0 ? undefined : this.lines.get(old);
      return p && p.length === l.end - l.start && p.language === lang ? p : undefined;
    });
    run.stats.lines += lines.length;
    // Runs of lines without a piece: each run is analysed as one window with its context.
    for (let i = 0; i < lines.length;) {
      if (pieces[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < lines.length && !pieces[j + 1]) j++;
      this.makeLines(text, language, lang, c, lines, pieces, i, j);
      run.stats.linesMade += j - i + 1;
      i = j + 1;
    }
    const tokens: Token[] = [];
    const candidates: Candidate[] = [];
    for (let i = 0; i < lines.length; i++) {
      const piece = pieces[i]!;
      const line = lines[i]!;
      run.lines.set(line.start, piece);
      placeLine(piece, line.start, tokens.length);
      for (const t of piece.tokens) tokens.push(t);
      for (const cd of piece.candidates) candidates.push(cd);
    }
    if (this.check) {
      const fresh = localCandidates(text, language);
      this.check('candidates', { tokens, candidates }, { tokens: fresh.tokens, candidates: fresh.candidates });
    }
    return { tokens, candidates, roleHead: this.roleHead(language) };
  }

  /** Lines i..j analysed in one window (with c characters of context either side). */
  private makeLines(
    text: string,
    language: string,
    lang: string,
    c: number,
    lines: Span[],
    pieces: (LinePiece | undefined)[],
    i: number,
    j: number,
  ): void {
    const from = Math.max(0, lines[i]!.start - c);
    const to = Math.min(text.length, lines[j]!.end + c);
    const found = localCandidates(from === 0 && to === text.length ? text : text.slice(from, to), language);
    // A pure function of the word: the first window's is kept (a first analysis is the whole text, so its memo in
    // front of the shared word table holds the document's words; a later window's would hold those of a line).
    if (!this.roleHeads.has(language)) this.roleHeads.set(language, found.roleHead);
    // Each token and candidate goes to the line it starts in; what starts in the context belongs to other lines.
    // Their offsets are made the text's (token indices stay the window's: placeLine moves them).
    let t = 0;
    let cd = 0;
    const { tokens, candidates } = found;
    for (let l = i; l <= j; l++) {
      const line = lines[l]!;
      const s = line.start - from;
      const e = line.end - from;
      while (t < tokens.length && tokens[t]!.start < s) t++;
      const base = t;
      const lineTokens: Token[] = [];
      for (; t < tokens.length && tokens[t]!.start < e; t++) lineTokens.push(tokens[t]!);
      while (cd < candidates.length && candidates[cd]!.start < s) cd++;
      const lineCands: Candidate[] = [];
      for (; cd < candidates.length && candidates[cd]!.start < e; cd++) lineCands.push(candidates[cd]!);
      const piece: LinePiece = {
        tokens: lineTokens,
        candidates: lineCands,
        start: s,
        tokBase: base,
        length: line.end - line.start,
        language: lang,
      };
      placeLine(piece, line.start, base);
      pieces[l] = piece;
    }
  }

  private unitFrames(
    text: string,
    unit: Span,
    quotes: Quote[],
    personSpans: Span[],
    rules: LangRules,
    run: Run,
  ): { tokens: Tok[]; frames: Frame[] } {
    const d = this.diff(text, run);
    const c = this.context;
    const u = unit.start;
    // The person names in the unit: personSpans[lo] on.
    const lo = partitionPoint(personSpans.length, (i) => personSpans[i]!.end > u);
    run.stats.units++;
    let piece = this.unitPiece(run.units.get(u), u, unit, quotes, personSpans, lo, rules.en);
    if (!piece) {
      const old = this.oldStart(d, u, unit.end, c);
      if (old >= 0) piece = this.unitPiece(this.units.get(old), old, unit, quotes, personSpans, lo, rules.en);
      if (piece) addPiece(run.units, u, piece);
    }
    if (piece) {
      if (piece.at !== u) {
        const d = u - piece.at;
        for (const t of piece.tokens) {
          t.start += d;
          t.end += d;
        }
        piece.frames = piece.frames.map((f) => shiftFrame(f, d));
        piece.at = u;
      }
      const got = { tokens: piece.tokens, frames: piece.frames.map(copyFrame) };
      this.check?.('unitFrames', got, unitFrames(text, unit, quotes, personSpans, rules));
      return got;
    }
    run.stats.unitsMade++;
    const made = unitFrames(text, unit, quotes, personSpans, rules);
    const q: number[] = [];
    for (const x of quotes) q.push(x.start - u, x.end - u, x.depth);
    const p: number[] = [];
    for (let m = lo; m < personSpans.length && personSpans[m]!.start < unit.end; m++)
      p.push(Math.max(personSpans[m]!.start, u) - u, Math.min(personSpans[m]!.end, unit.end) - u);
    addPiece(run.units, u, {
      tokens: made.tokens,
      frames: made.frames.map(copyFrame),
      at: u,
      length: unit.end - u,
      en: rules.en,
      quotes: q,
      persons: p,
    });
    return made;
  }

  /**
   * The piece among `pieces` (those that start at `at`) whose key is the unit's: the same length and rules, the
   * same quotations and person names relative to it (personSpans from `lo` on are those that may touch it).
   */
  private unitPiece(
    pieces: UnitPiece[] | undefined,
    at: number,
    unit: Span,
    quotes: Quote[],
    personSpans: Span[],
    lo: number,
    en: boolean,
  ): UnitPiece | undefined {
    if (!pieces) return undefined;
    const u = unit.start;
    const length = unit.end - u;
    search: for (const p of pieces) {
      if (p.at !== at || p.length !== length || p.en !== en) continue;
      if (this.omit !== 'quotes') {
        if (p.quotes.length !== 3 * quotes.length) continue;
        for (let k = 0; k < quotes.length; k++) {
          const x = quotes[k]!;
          if (p.quotes[3 * k] !== x.start - u || p.quotes[3 * k + 1] !== x.end - u || p.quotes[3 * k + 2] !== x.depth)
            continue search;
        }
      }
      if (this.omit !== 'persons') {
        let k = 0;
        for (let m = lo; m < personSpans.length && personSpans[m]!.start < unit.end; m++, k += 2) {
          const s = personSpans[m]!;
          if (p.persons[k] !== Math.max(s.start, u) - u || p.persons[k + 1] !== Math.min(s.end, unit.end) - u)
            continue search;
        }
        if (k !== p.persons.length) continue;
      }
      return p;
    }
    return undefined;
  }
}

function addPiece(units: Map<number, UnitPiece[]>, at: number, piece: UnitPiece): void {
  const list = units.get(at);
  if (list) list.push(piece);
  else units.set(at, [piece]);
}

/** One analysis's state: its text and diff (set by the first local step), the pieces it used, its counts. */
interface Run {
  text: string | null;
  diff: Diff | null;
  lines: Map<number, LinePiece>;
  units: Map<number, UnitPiece[]>;
  sentenceLines: Map<number, SentencePiece>;
  timeLines: Map<number, TimePiece>;
  stats: IncrementalStats;
}
