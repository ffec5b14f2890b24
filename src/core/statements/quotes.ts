// Quotation marks: every style (German „…“ „…” ‚…‘, English “…” ‘…’, straight "…" '…', guillemets «…» »…«),
// nested, possibly spanning sentences, never spanning a paragraph. One left-to-right scan per paragraph with a
// stack, so linear in the text. An apostrophe inside a word ("Anna's", "geht's") is not a quotation mark.
import type { Span } from '../types';

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const MARKS = /[„“”"»«‚‘’'‹›]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** The closers that may end a quotation opened by `open`. */
function closes(open: string, ch: string): boolean {
  switch (open) {
    case '„':
      return ch === '“' || ch === '”' || ch === '"';
    case '“':
      return ch === '”' || ch === '“' || ch === '"';
    case '"':
      return ch === '"' || ch === '“' || ch === '”';
    case '»':
      return ch === '«';
    case '«':
      return ch === '»';
    case '‚':
      return ch === '‘' || ch === '’';
    case '‘':
      return ch === '’';
    case "'":
      return ch === "'" || ch === '’';
    case '‹':
      return ch === '›';
    case '›':
      return ch === '‹';
    default:
      return false;
  }
}

/** Finds quotations inside the given paragraphs, outermost and nested, sorted by start. */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const out: Quote[] = [];
  for (const para of paragraphs) {
    const stack: Array<{ ch: string; pos: number }> = [];
    const marks = new RegExp(MARKS.source, 'g');
    marks.lastIndex = para.start;
    for (let mm = marks.exec(text); mm && mm.index < para.end; mm = marks.exec(text)) {
      const i = mm.index;
      const ch = mm[0];
      const prev = text[i - 1];
      const next = text[i + 1];
      const top = stack[stack.length - 1];
      const apostrophe = (ch === "'" || ch === '’') && isLetter(prev) && isLetter(next);
      if (apostrophe) continue;
      if (top && closes(top.ch, ch)) {
        // A straight or single mark closes only at the end of a word.
        if ((ch === "'" || ch === '’' || ch === '‘') && isLetter(next)) continue;
        stack.pop();
        out.push({ start: top.pos, end: i + 1, depth: stack.length });
        continue;
      }
      const canOpen = !isLetter(prev) && next !== undefined && !/\s/.test(next);
      if (ch === '„' || ch === '‚' || ch === '»' || ch === '«' || ch === '‹' || ch === '›' || ch === '“') {
        if (ch === '“' || ch === '«' || ch === '»') {
          if (!canOpen) continue;
        }
        stack.push({ ch, pos: i });
      } else if ((ch === '"' || ch === "'" || ch === '‘') && canOpen) {
        stack.push({ ch, pos: i });
      } else if (ch === '”' || ch === '"') {
        // A stray closer: close the nearest compatible opener further down the stack.
        for (let k = stack.length - 1; k >= 0; k--) {
          if (closes(stack[k]!.ch, ch)) {
            const opener = stack[k]!;
            stack.length = k;
            out.push({ start: opener.pos, end: i + 1, depth: k });
            break;
          }
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
