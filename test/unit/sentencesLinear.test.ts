// splitSentences against the implementation it replaced (kept here as the reference): the same spans on random
// text over an alphabet of the characters its rules look at, and time linear in the length on inputs that were
// quadratic (a long run of initials, lines without punctuation).
import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/core';
import type { Span } from '../../src/core/types';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const PIECES = [
  'A',
  'B',
  'a',
  'b',
  'z',
  'Ä',
  'é',
  '1',
  '2',
  '15',
  '.',
  '.',
  '.',
  '. ',
  '! ',
  '? ',
  '…',
  ' ',
  ' ',
  '\n',
  '„',
  '“',
  '»',
  '«',
  '(',
  ')',
  '"',
  "'",
  '-',
  '–',
  'Dr',
  'bzw',
  'Jan',
  'am',
  'März',
  'U.S.',
  'z. B.',
  'Mio',
  'ß',
  '𝐀',
  '\t',
];

describe('splitSentences equals the implementation it replaced', () => {
  it('on 3,000 random texts over the characters its rules read', () => {
    const r = rng(12);
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = 1 + Math.floor(r() * 60);
      for (let k = 0; k < len; k++) t += PIECES[Math.floor(r() * PIECES.length)];
      const ranges: Span[] = [{ start: 0, end: t.length }];
      if (n % 3 === 0 && t.length > 4) {
        const cut = 1 + Math.floor(r() * (t.length - 2));
        ranges.splice(0, 1, { start: 0, end: cut }, { start: cut, end: t.length });
      }
      assert.deepEqual(splitSentences(t, ranges), referenceSplit(t, ranges), JSON.stringify(t));
    }
  });

  it('reads a long run of initials and lines without punctuation in linear time', () => {
    for (const unit of ['A.', 'ab.Cd', 'Wort und Wort\n']) {
      // CPU time, the least of three runs (this machine is shared: wall time waits for a core).
      const time = (n: number) => {
        const text = unit.repeat(n);
        let least = Infinity;
        for (let k = 0; k < 3; k++) {
          const c0 = process.cpuUsage();
          splitSentences(text);
          const c = process.cpuUsage(c0);
          least = Math.min(least, (c.user + c.system) / 1e3);
        }
        return least;
      };
      time(4000);
      // 20,000 units of "A." took 20 s before (quadratic; 4x the text, 16x the time); now tens of milliseconds.
      const small = Math.max(time(32000), 5);
      const large = time(128000);
      assert.ok(large < small * 12, `${JSON.stringify(unit)}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms at 4x`);
    }
  });
});

// The implementation before (src/core/text/sentences.ts at c175b9c), unchanged but for its name.
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
function referenceSplit(text: string, ranges: Span[] = [{ start: 0, end: text.length }]): Span[] {
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
