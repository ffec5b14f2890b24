// Tokens of one analysis unit (a sentence, or sentences joined by a quotation that spans them) and the clause
// segments between commas, colons, semicolons, dashes and brackets outside quotations.
import type { Span } from '../types';
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

// A clock time ("15:36 Uhr") is one token, so its colon opens no clause segment.
// An English thousands separator ("30,000") stays inside its number, so its comma opens no segment either.
const TOKEN = /\d{1,2}:\d{2}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d|,\d)|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[,;:()\u2013\u2014.!?]/gu;
const BREAK = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);

export function tokenize(text: string, span: Span, quotes: Quote[]): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(span.start, span.end);
  let seg = 0;
  let q = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const quote = quotes[q];
    const quoted = quote !== undefined && quote.start < start && start < quote.end;
    const punct = !/[\p{L}\p{N}]/u.test(m[0]);
    // A dash between words is a break only when spaced (" – "), not inside "Nord-Korea".
    if (punct && BREAK.has(m[0]) && !quoted) {
      out.push({ start, end, text: m[0], lower: m[0], punct, quoted, seg });
      seg++;
      continue;
    }
    out.push({ start, end, text: m[0], lower: m[0].toLowerCase(), punct, quoted, seg });
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
  const out: Tok[] = [];
  let shift = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(' && !t.quoted && i > 0 && !tokens[i - 1]!.punct) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 4 && tokens[j]!.text !== ')' && !tokens[j]!.punct && !tokens[j]!.quoted && !LOWER_START.test(tokens[j]!.text)) j++;
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

/** Marks the tokens inside the given spans (sorted by start) as parts of a person's name. */
export function markPersons(tokens: Tok[], spans: Span[]): void {
  if (!tokens.length || !spans.length) return;
  let lo = 0;
  let hi = spans.length;
  const from = tokens[0]!.start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
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
