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

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function wordBefore(text: string, end: number, lineStart: number): string {
  let s = end;
  while (s > lineStart && WORD_OR_DOT_CHAR.test(text[s - 1]!)) s--;
  return text.slice(s, end);
}

function previousToken(text: string, before: number, lineStart: number): string {
  let e = before;
  while (e > lineStart && text[e - 1] === ' ') e--;
  let s = e;
  while (s > lineStart && LETTER_CHAR.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

/** Whether the period at `dot` (text[dot] === '.') closes the sentence, judged by what precedes it. */
function periodIsFinal(
  text: string,
  dot: number,
  lineStart: number,
  next: string,
  nextWord: string,
  quoteOpens: () => boolean = () => false,
): boolean {
  const word = wordBefore(text, dot, lineStart);
  if (!word) return true;
  const bare = word.replace(/\./g, '').toLowerCase();
  // Initials and single letters: "J. R.", "z. B.", "U.S."
  if (SINGLE_LETTER.test(word) || INITIALS.test(word)) {
    // A lone capital at the end of a sentence is rare in news; an initial is common. But an initial is followed by
    // a name, never by an opening quotation mark: "kommentierte das Unternehmen auf X. »Der Erfolg …«" ends there.
    return SINGLE_LETTER.test(word) && quoteOpens();
  }
  if (
    ABBREVIATIONS.has(bare) &&
    !(bare.length > 3 && isUpper(next) && nextWord.length > 1 && !/^[A-ZÄÖÜ]/.test(word))
  ) {
    return false;
  }
  if (/^\d+$/.test(word)) {
    if (MONTHS.has(nextWord.toLowerCase())) return false;
    if (word.length <= 3) {
      const prev = previousToken(text, dot - word.length, lineStart);
      if (ORDINAL_CONTEXT.has(prev)) return false;
    }
    if (!isUpper(next)) return false;
  }
  return true;
}

/**
 * Splits `ranges` of `text` (paragraphs or the whole text) into sentences.
 * Every returned span lies inside one of the ranges and contains no line break.
 */
export function splitSentences(text: string, ranges: Span[] = [{ start: 0, end: text.length }]): Span[] {
  const out: Span[] = [];
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
      let sentStart = lineStart;
      const re = /[.!?…]+/g;
      re.lastIndex = lineStart;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < lineEnd) {
        const punctEnd = m.index + m[0].length;
        let j = punctEnd;
        while (j < lineEnd && CLOSERS.test(text[j]!)) j++;
        if (j >= lineEnd) break; // the line's end closes the sentence anyway
        const next = text[j]!;
        const hadSpace = j > punctEnd || /\s/.test(text[punctEnd - 1] ?? '');
        const wm = /^[\p{L}]+/u.exec(text.slice(j, j + 30));
        const nextWord = wm ? wm[0] : '';
        let final: boolean;
        if (isUpper(next) || /\d/.test(next) || OPENERS.test(next)) {
          final = true;
          // A quotation of more than one word opens after the period ("»Wir lernen daraus.«", not a nickname "»Jim«").
          // Read only after a single letter, not at every sentence end.
          const quoteOpens = () =>
            /\s["„“»«‹›]/u.test(text.slice(punctEnd, j)) && /^[^"„“”»«‹›\n]*\s/u.test(text.slice(j, j + 80));
          if (m[0] === '.' && !periodIsFinal(text, m.index, lineStart, next, nextWord, quoteOpens)) final = false;
          if (!hadSpace) {
            // "besuchen.Die" ends a sentence; "U.S.A", "3.5", "web.de" do not.
            const before = text[m.index - 1] ?? '';
            final =
              m[0] === '.' &&
              HAS_LOWER.test(before) &&
              isUpper(next) &&
              UPPER_LOWER_START.test(text.slice(j, j + 2)) &&
              wordBefore(text, m.index, lineStart).length > 2;
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
      lineStart = lineEnd + 1;
    }
  }
  return out;
}
