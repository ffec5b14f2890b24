// Tokens of one analysis unit (a sentence, or sentences joined by a quotation that spans them) and the clause
// segments between commas, colons, semicolons, dashes and brackets outside quotations.
import type { Span } from '../types';
import { partitionPoint } from '../text/search';
import type { Quote } from './quotes';

export interface Tok extends Span {
  text: string;
  lower: string;
  /** Punctuation token (, ; : ( ) – — . ! ?). */
  punct: boolean;
  /** Inside an outermost quotation. */
  quoted: boolean;
  /** Index of the clause segment. */
  seg: number;
  /** Part of a person's name (set by the caller from the actor mentions). */
  person?: boolean;
}

// A clock time ("15:36 Uhr") is one token, so its colon opens no clause segment. An English thousands separator
// ("30,000") stays inside its number, so its comma opens no segment either. TOKEN defines the tokens;
// tokenize() scans them by hand (a regex match per token costs more than the rest of the pass), and a unit test
// holds the two to the same tokens.
export const TOKEN =
  /\d{1,2}:\d{2}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d|,\d)|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[,;:()\u2013\u2014.!?]/gu;
const BREAK = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);

const LN = /[\p{L}\p{N}]/u;
/** Which code units below U+0250 are letters or digits (\p{L}, \p{N}); other units are tested with LN. */
const LATIN_LN: Uint8Array = (() => {
  const t = new Uint8Array(0x250);
  for (let c = 0; c < 0x250; c++) t[c] = LN.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** The width of the letter or digit at i (2 for an astral one) in text up to `end`, or 0. */
function lnAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x250) return LATIN_LN[c]!;
  if (c >= 0x2000 && c <= 0x206f) return 0; // general punctuation: quotation marks, dashes, spaces
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    return d >= 0xdc00 && d <= 0xdfff && LN.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LN.test(text[i]!) ? 1 : 0;
}

/** The letters and digits (\p{L}, \p{N}) in text[start, end), counted as code points (as a /[\p{L}\p{N}]/gu match does). */
export function countLettersAndDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end;) {
    const w = lnAt(text, i, end);
    if (w) {
      n++;
      i += w;
    } else i++;
  }
  return n;
}

/** The runs of letters and digits in text[start, end) (as many as /[\p{L}\p{N}]+/gu matches). */
export function countLetterRuns(text: string, start: number, end: number): number {
  let n = 0;
  let inRun = false;
  for (let i = start; i < end;) {
    const w = lnAt(text, i, end);
    if (w) {
      if (!inRun) n++;
      inRun = true;
      i += w;
    } else {
      inRun = false;
      i++;
    }
  }
  return n;
}

function isDigit(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** TOKEN's punctuation marks: , ; : ( ) – — . ! ? */
function isPunct(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 46 ||
    c === 33 ||
    c === 63
  );
}

/** The end of TOKEN's first or second alternative at i (text up to `end`), or -1 when neither matches there. */
function wordOrClockEnd(text: string, i: number, end: number): number {
  if (isDigit(text, i, end)) {
    // \d{1,2}:\d{2}(?!\d)
    const k = isDigit(text, i + 1, end) ? i + 2 : i + 1;
    if (
      k < end &&
      text.charCodeAt(k) === 58 &&
      isDigit(text, k + 1, end) &&
      isDigit(text, k + 2, end) &&
      !isDigit(text, k + 3, end)
    )
      return k + 3;
  }
  // \d{1,3}(?:,\d{3})+(?!\d|,\d): only the greedy match can pass the lookahead (a shorter one stops at ",\d").
  let d = 0;
  while (d < 4 && isDigit(text, i + d, end)) d++;
  if (d >= 1 && d <= 3 && i + d < end && text.charCodeAt(i + d) === 44) {
    let p = i + d;
    while (
      p < end &&
      text.charCodeAt(p) === 44 &&
      isDigit(text, p + 1, end) &&
      isDigit(text, p + 2, end) &&
      isDigit(text, p + 3, end)
    )
      p += 4;
    if (p > i + d && !isDigit(text, p, end) && !(p < end && text.charCodeAt(p) === 44 && isDigit(text, p + 1, end)))
      return p;
  }
  // [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*
  let w = lnAt(text, i, end);
  if (!w) return -1;
  let j = i;
  for (;;) {
    while (w) {
      j += w;
      w = lnAt(text, j, end);
    }
    if (j >= end) return j;
    const c = text.charCodeAt(j);
    if (c !== 45 && c !== 39 && c !== 0x2019 && c !== 46) return j;
    w = lnAt(text, j + 1, end);
    if (!w) return j;
    j++;
  }
}

export function tokenize(text: string, span: Span, quotes: Quote[]): Tok[] {
  const out: Tok[] = [];
  const stop = span.end;
  let seg = 0;
  let q = 0;
  for (let i = span.start; i < stop;) {
    let end = wordOrClockEnd(text, i, stop);
    const punct = end < 0 && isPunct(text.charCodeAt(i));
    if (punct) end = i + 1;
    else if (end < 0) {
      i++;
      continue;
    }
    const start = i;
    i = end;
    const word = text.slice(start, end);
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const quote = quotes[q];
    const quoted = quote !== undefined && quote.start < start && start < quote.end;
    // A dash between words is a break only when spaced (" – "), not inside "Nord-Korea".
    if (punct && BREAK.has(word) && !quoted) {
      out.push({ start, end, text: word, lower: word, punct, quoted, seg, person: false });
      seg++;
      continue;
    }
    // person is set on the tokens of a name later (markPersons): present from the start, every token has one shape.
    out.push({ start, end, text: word, lower: word.toLowerCase(), punct, quoted, seg, person: false });
  }
  return out;
}

/**
 * German: a short bracketed abbreviation or label ("die Mission (UNMISS) teilte mit", "Anna Beispiel (SPD)
 * sagte") taken out of the token list, so that it splits no clause segment between a subject and its verb. At
 * most three words, none lower-case; segment numbers after it are closed up. Offsets of the kept tokens are
 * unchanged, so spans over them still cover the bracket in the text.
 */
export function dropShortBrackets(tokens: Tok[]): Tok[] {
  // Most units have no bracket: their tokens are returned as they are, not copied (the caller keeps only the result).
  let open = 0;
  while (open < tokens.length && tokens[open]!.text !== '(') open++;
  if (open === tokens.length) return tokens;
  const out: Tok[] = [];
  let shift = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(' && !t.quoted && i > 0 && !tokens[i - 1]!.punct) {
      let j = i + 1;
      while (
        j < tokens.length &&
        j - i <= 4 &&
        tokens[j]!.text !== ')' &&
        !tokens[j]!.punct &&
        !tokens[j]!.quoted &&
        !LOWER_START.test(tokens[j]!.text)
      )
        j++;
      const next = tokens[j + 1];
      if (j > i + 1 && j - i <= 4 && tokens[j]?.text === ')' && next !== undefined && !next.punct) {
        // The bracket opened one segment and closed another; the words after it rejoin the segment before it.
        shift += 2;
        i = j;
        continue;
      }
    }
    out.push(shift ? { ...t, seg: t.seg - shift } : t);
  }
  return out;
}

/** Academic titles written abbreviated before a name ("Chefärztin Dr. Anna Beispiel", "Prof. Dr. Lindqvist"). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['Dr', 'Prof', 'Dipl', 'Ing', 'Dres']);

/**
 * German: the full stop of an abbreviated title before a capitalised word ("sagte Chefärztin Dr. Anna Beispiel")
 * taken out of the token list, so that the speaker's noun phrase runs on to the name. Offsets are unchanged;
 * the tokens are returned as they are when there is none.
 */
export function dropTitleStops(tokens: Tok[]): Tok[] {
  const titleStop = (i: number): boolean => {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return (
      t.text === '.' &&
      prev !== undefined &&
      prev.end === t.start &&
      TITLE_ABBREVIATIONS.has(prev.text) &&
      next !== undefined &&
      !next.punct &&
      /^\p{Lu}/u.test(next.text)
    );
  };
  let i = 1;
  while (i < tokens.length && !titleStop(i)) i++;
  if (i >= tokens.length) return tokens;
  return tokens.filter((_, k) => k === 0 || !titleStop(k));
}

/** Marks the tokens inside the given spans (sorted by start) as parts of a person's name. */
export function markPersons(tokens: Tok[], spans: Span[]): void {
  if (!tokens.length || !spans.length) return;
  const from = tokens[0]!.start;
  const lo = partitionPoint(spans.length, (i) => spans[i]!.end > from);
  let k = 0;
  for (let m = lo; m < spans.length && k < tokens.length; m++) {
    const sp = spans[m]!;
    if (sp.start >= tokens[tokens.length - 1]!.end) break;
    while (k < tokens.length && tokens[k]!.end <= sp.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < sp.end; j++) tokens[j]!.person = true;
  }
}

/** Module constants: a regex literal with a Unicode property may be rebuilt on every call once bundled. */
export const UPPER_START = /^\p{Lu}/u;
export const LOWER_START = /^\p{Ll}/u;

export function isCapitalised(word: string): boolean {
  return UPPER_START.test(word);
}
