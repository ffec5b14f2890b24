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
const TOKEN = /\d{1,2}:\d{2}(?!\d)|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[,;:()\u2013\u2014.!?]/gu;
const BREAK = new Set([',', ';', ':', '(', ')', '\u2013', '\u2014']);
/** TOKEN's punctuation marks. */
const PUNCT = new Set([...BREAK, '.', '!', '?']);

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
    // Only TOKEN's last alternative, one punctuation mark, has no letter or digit.
    const punct = m[0].length === 1 && PUNCT.has(m[0]);
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
