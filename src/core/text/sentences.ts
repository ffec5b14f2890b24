// Sentence splitting that survives German news prose.
// A line break always ends a sentence (articles are one paragraph a line). Inside a line a run of . ! ? …
// ends a sentence when what follows (after closing quotes and brackets and spaces) starts a new one: an
// upper-case letter, a digit, an opening quotation mark or a dash. It does not end one after an abbreviation
// ("Dr.", "z. B.", "Mio."), an initial ("J. R. R. Tolkien"), an ordinal ("am 15. August", "der 2. Weltkrieg"),
// or inside a number ("3.5"). A missing space ("besuchen.Die") still ends a sentence.
// Spans are trimmed of surrounding white space; offsets are UTF-16, end-exclusive.
import type { Span } from '../types';

// Abbreviations that never end a sentence. Words that are also ordinary sentence-final words ("ab", "an",
// "so", "mag", "Lkw", "art", "no") are deliberately absent: a false split costs less than a merged sentence.
const ABBREVIATIONS = new Set(
  (
    'dr prof mr mrs ms st str nr bzw ca etc usw vgl ggf evtl inkl exkl zzgl abs bd jh jhd jahrh mio mrd ' +
    'tsd mill bzgl sog dt engl franz ital span russ lat griech bsp geb gest verh ' +
    'hr fr frl dipl ing phil med jur rer nat habil lt col capt sgt gov sen rep rev jr sr inc ltd corp co ' +
    'jan feb febr mär apr jun jul aug sep sept okt oct nov dez dec tel fa ' +
    'ev ua uä usf insb allg ehem urspr lfd hl orig resp vs'
  )
    .split(/\s+/)
    .filter(Boolean),
);

const MONTHS = new Set(
  'januar jänner februar feber märz april mai juni juli august september oktober november dezember january february march may june july october december'.split(
    ' ',
  ),
);

/** Words after which "<number>." is an ordinal, not the end of a sentence. */
const ORDINAL_CONTEXT = new Set(
  'am im vom zum zur beim der die das den dem des ein eine einer einem einen seit bis ab ihr ihre ihrem ihren ihres sein seine seinem seinen seines dessen deren jede jeder jedes jeden jedem zu vor nach um und oder bzw bis zum'.split(
    ' ',
  ),
);

const CLOSERS = /[\s"'“”’‘»«›‹)\]}]/;
const OPENERS = /[„“"'‚‘»«‹›(\[–—-]/;

// Hoisted so that the bundle (which turns \p{…} literals into `new RegExp`) does not rebuild them per call.
const WORD_OR_DOT_CHAR = /[\p{L}\p{N}.]/u;
const LETTER_CHAR = /[\p{L}]/u;
const SINGLE_LETTER = /^\p{L}$/u;
const INITIALS = /^(\p{L}\.)+\p{L}$/u;
const HAS_LOWER = /\p{Ll}/u;
const UPPER_LOWER_START = /^\p{Lu}\p{Ll}/u;
const LETTERS_START = /^[\p{L}]+/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Letters, digits and dots: what the word before a period is made of. */
function isWordOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
  return WORD_OR_DOT_CHAR.test(text[i]!);
}

function previousToken(text: string, before: number, lineStart: number): string {
  let e = before;
  while (e > lineStart && text[e - 1] === ' ') e--;
  let s = e;
  while (s > lineStart && LETTER_CHAR.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

/** The longest abbreviation: a word with more letters and digits than this is none. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * The word before a period (the run of letters, digits and dots that ends there, within its line) and what
 * periodIsFinal asks of it, kept as the scan moves on along one line: a period is looked at once per run it
 * extends, so that a long run ("A.A.A.A…", "ab.Cd" repeated) is read once, not again at each period in it (that
 * was quadratic: 40 KB of "A." took 20 s). Queries come with non-decreasing ends within a line (reset() first).
 */
class WordBefore {
  private text = '';
  private lineStart = 0;
  /** The run [start, end) of the last query. */
  start = 0;
  end = 0;
  /** How many units from `start` follow the pattern of initials: a letter, a dot, a letter, … */
  private alternating = 0;
  /** Every unit of the run is an ASCII digit. */
  private digits = true;
  /** Units of the run that are not dots. */
  private nonDots = 0;

  reset(text: string, lineStart: number): void {
    this.text = text;
    this.lineStart = lineStart;
    this.start = this.end = lineStart;
    this.alternating = 0;
    this.digits = true;
    this.nonDots = 0;
  }

  /** Moves to the run that ends at `end` (≥ the last query's end, in the same line). */
  at(end: number): void {
    const { text } = this;
    const from = Math.max(this.end, this.lineStart);
    let s = end;
    while (s > from && isWordOrDot(text, s - 1)) s--;
    if (s > from || end < this.end) {
      // A new run (or a query out of order: read from scratch).
      s = end;
      while (s > this.lineStart && isWordOrDot(text, s - 1)) s--;
      this.start = s;
      this.end = s;
      this.alternating = 0;
      this.digits = true;
      this.nonDots = 0;
    }
    // The run goes on from this.end to end: extend its facts over the new units only.
    for (let i = this.end; i < end; i++) {
      const c = text.charCodeAt(i);
      if (this.alternating === i - this.start) {
        const k = i - this.start;
        if (k % 2 === 1 ? c === 46 : LETTER_CHAR.test(text[i]!)) this.alternating++;
      }
      if (c < 48 || c > 57) this.digits = false;
      if (c !== 46) this.nonDots++;
    }
    this.end = end;
  }

  get length(): number {
    return this.end - this.start;
  }

  /** INITIALS.test(word): letters and dots alternating, a letter first and last, at least three units. */
  initials(): boolean {
    const n = this.end - this.start;
    return n >= 3 && n % 2 === 1 && this.alternating === n;
  }

  /** /^\d+$/.test(word) */
  allDigits(): boolean {
    return this.end > this.start && this.digits;
  }

  /** The word without its dots, lower-cased, when it may be an abbreviation (else null). */
  bare(): string | null {
    if (this.nonDots > MAX_ABBREVIATION) return null;
    return this.text.slice(this.start, this.end).replace(/\./g, '').toLowerCase();
  }
}

/**
 * Whether a quotation of more than one word opens after the period: an opening mark in the gap [punctEnd, j) after
 * the stops, and white space before the next quotation mark or line break from j ("»Wir lernen daraus.«", not a
 * nickname "»Jim«").
 */
function quoteOpensAfter(text: string, punctEnd: number, j: number): boolean {
  return /\s["„“»«‹›]/u.test(text.slice(punctEnd, j)) && /^[^"„“”»«‹›\n]*\s/u.test(text.slice(j, j + 80));
}

/**
 * Whether the period at `dot` (text[dot] === '.') closes the sentence, judged by the word before it (`w`, at dot).
 * `quoteAt` is [punctEnd, j] of quoteOpensAfter, read only after a single letter; without it no quotation opens.
 */
function periodIsFinal(
  text: string,
  w: WordBefore,
  lineStart: number,
  next: string,
  nextWord: string,
  quoteFrom = -1,
  quoteTo = -1,
): boolean {
  const n = w.length;
  if (n === 0) return true;
  const first = text[w.start]!;
  const single = n === 1 && LETTER_CHAR.test(first);
  // Initials and single letters: "J. R.", "z. B.", "U.S."
  if (single || w.initials()) {
    // A lone capital at the end of a sentence is rare in news; an initial is common. But an initial is followed by
    // a name, never by an opening quotation mark: "kommentierte das Unternehmen auf X. »Der Erfolg …«" ends there.
    return single && quoteFrom >= 0 && quoteOpensAfter(text, quoteFrom, quoteTo);
  }
  const bare = w.bare();
  if (
    bare !== null &&
    ABBREVIATIONS.has(bare) &&
    !(bare.length > 3 && isUpper(next) && nextWord.length > 1 && !/^[A-ZÄÖÜ]/.test(first))
  ) {
    return false;
  }
  if (w.allDigits()) {
    if (MONTHS.has(nextWord.toLowerCase())) return false;
    if (n <= 3) {
      const prev = previousToken(text, w.start, lineStart);
      if (ORDINAL_CONTEXT.has(prev)) return false;
    }
    if (!isUpper(next)) return false;
  }
  return true;
}

/** Sentence-ending marks: . ! ? … */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Splits `ranges` of `text` (paragraphs or the whole text) into sentences.
 * Every returned span lies inside one of the ranges and contains no line break.
 */
/**
 * Sentences of single lines kept from an earlier version of the text (an incremental analysis: incremental.ts). Only
 * a line that ends at a line break or at the text's end is asked about: its sentences are then a function of its
 * own text and the character before it (the splitter reads nothing else), so `kept` may give back those of a line
 * whose text, with one character either side, is unchanged. Offsets are the text's.
 */
export interface SentenceLines {
  kept(lineStart: number, lineEnd: number): Span[] | undefined;
  made(lineStart: number, lineEnd: number, sentences: Span[]): void;
}

export function splitSentences(
  text: string,
  ranges: Span[] = [{ start: 0, end: text.length }],
  lines?: SentenceLines,
): Span[] {
  const out: Span[] = [];
  const word = new WordBefore();
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const range of ranges) {
    let lineStart = range.start;
    while (lineStart < range.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > range.end) lineEnd = range.end;
      const whole = lines !== undefined && (lineEnd === text.length || text.charCodeAt(lineEnd) === 10);
      const kept = whole ? lines.kept(lineStart, lineEnd) : undefined;
      if (kept) {
        for (const x of kept) out.push(x);
        lineStart = lineEnd + 1;
        continue;
      }
      const first = out.length;
      let sentStart = lineStart;
      word.reset(text, lineStart);
      // The runs of . ! ? … that start in the line (what /[.!?…]+/g finds there), found by a scan of the line
      // alone: a regex search from the line's start ran on to the next mark in the text, past the line's end, at
      // every line without one (quadratic in a text of lines without punctuation).
      for (let at = lineStart; at < lineEnd;) {
        if (!isStop(text.charCodeAt(at))) {
          at++;
          continue;
        }
        const index = at;
        let punctEnd = at + 1;
        while (punctEnd < text.length && isStop(text.charCodeAt(punctEnd))) punctEnd++;
        at = punctEnd;
        const oneDot = punctEnd === index + 1 && text.charCodeAt(index) === 46;
        let j = punctEnd;
        while (j < lineEnd && CLOSERS.test(text[j]!)) j++;
        if (j >= lineEnd) break; // the line's end closes the sentence anyway
        const next = text[j]!;
        const hadSpace = j > punctEnd || /\s/.test(text[punctEnd - 1] ?? '');
        const wm = LETTERS_START.exec(text.slice(j, j + 30));
        const nextWord = wm ? wm[0] : '';
        let final: boolean;
        if (isUpper(next) || /\d/.test(next) || OPENERS.test(next)) {
          final = true;
          // A quotation of more than one word opens after the period ("»Wir lernen daraus.«", not a nickname "»Jim«"):
          // periodIsFinal reads it only after a single letter, not at every sentence end. (No closure here: one that
          // captured this loop's variables made V8 allocate the loop body's scope at every character of the text.)
          if (oneDot) word.at(index);
          if (oneDot && !periodIsFinal(text, word, lineStart, next, nextWord, punctEnd, j)) final = false;
          if (!hadSpace) {
            // "besuchen.Die" ends a sentence; "U.S.A", "3.5", "web.de" do not.
            const before = text[index - 1] ?? '';
            final =
              oneDot &&
              HAS_LOWER.test(before) &&
              isUpper(next) &&
              UPPER_LOWER_START.test(text.slice(j, j + 2)) &&
              (word.at(index), word.length > 2);
          }
        } else {
          final = false;
        }
        if (final) {
          // Closing quotes/brackets belong to the sentence they close, spaces do not.
          let e = punctEnd;
          while (e < j && /["'“”’‘»«›‹)\]}]/.test(text[e]!)) e++;
          push(sentStart, e);
          sentStart = e;
        }
      }
      push(sentStart, lineEnd);
      if (whole) lines.made(lineStart, lineEnd, out.slice(first));
      lineStart = lineEnd + 1;
    }
  }
  return out;
}
