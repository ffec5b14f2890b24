// Language identification by function words: news text is long enough that counting the commonest
// closed-class words of each candidate language is both fast and reliable. Returns an ISO 639-1 code;
// "de" and "en" get the full analysis, others only the language-neutral parts.
import type { Language } from '../types';

const FUNCTION_WORDS: Record<string, string[]> = {
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'mit',
    'sich',
    'auf',
    'für',
    'von',
    'zu',
    'im',
    'sie',
    'auch',
    'wird',
    'hat',
    'dass',
    'nach',
    'bei',
    'aus',
    'wie',
    'sagte',
    'über',
    'wurde',
    'werden',
    'sei',
    'noch',
    'oder',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'with',
    'was',
    'as',
    'it',
    'by',
    'at',
    'from',
    'he',
    'said',
    'has',
    'have',
    'be',
    'are',
    'were',
    'this',
    'which',
    'an',
    'not',
    'but',
    'its',
    'their',
    'would',
    'will',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'du',
    'que',
    'pour',
    'dans',
    'qui',
    'pas',
    'sur',
    'au',
    'avec',
    'il',
    'elle',
    'ont',
    'été',
    'a',
    'dit',
    'selon',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'de',
    'que',
    'en',
    'por',
    'con',
    'para',
    'una',
    'es',
    'del',
    'se',
    'no',
    'al',
    'su',
    'dijo',
    'según',
  ],
  it: [
    'il',
    'la',
    'di',
    'che',
    'e',
    'per',
    'non',
    'una',
    'del',
    'della',
    'con',
    'sono',
    'gli',
    'ha',
    'anche',
    'secondo',
  ],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'dat', 'op', 'met', 'voor', 'zijn', 'er', 'ook', 'volgens'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'em', 'um', 'uma', 'não', 'para', 'com', 'do', 'da', 'segundo'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) (LOOKUP.get(w) ?? LOOKUP.set(w, []).get(w)!).push(lang);
}

/** The longest function word: longer letter runs need no look-up. */
const MAX_WORD = Math.max(...[...LOOKUP.keys()].map((w) => w.length));

/** A hash of a run of code units; the hashes of the function words pre-test a run before its string is built. */
function runHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) & 0x3fffffff;
  return h;
}
const WORD_HASHES: ReadonlySet<number> = new Set([...LOOKUP.keys()].map((w) => runHash(w, 0, w.length)));

const LETTER = /\p{L}/u;
/** Which code units below U+0250 are letters (\p{L}): the scan below tests other units with the regex. */
const LATIN_LETTER: Uint8Array = (() => {
  const t = new Uint8Array(0x250);
  for (let c = 0; c < 0x250; c++) t[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** The width in code units of the letter at i (2 for an astral letter), 0 when there is none. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x250) return LATIN_LETTER[c]!;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(s[i]!) ? 1 : 0;
}

/** Detects the language of `text` from (at most) its first 4,000 characters; "de" when undecidable. */
export function detectLanguage(text: string): Language {
  const sample = (text.length > 4000 ? text.slice(0, 4000) : text).toLowerCase();
  const scores = new Map<string, number>();
  let bestScore = 0;
  // The runs of letters in order (what splitting at /[^\p{L}]+/u gives), with no string built for a run too long
  // to be a function word.
  const n = sample.length;
  for (let i = 0; i < n;) {
    const w0 = letterAt(sample, i);
    if (!w0) {
      i++;
      continue;
    }
    const start = i;
    i += w0;
    for (let w = 0; i < n && (w = letterAt(sample, i));) i += w;
    if (i - start > MAX_WORD || !WORD_HASHES.has(runHash(sample, start, i))) continue;
    const langs = LOOKUP.get(sample.slice(start, i));
    if (!langs) continue;
    for (const l of langs) {
      const s = (scores.get(l) ?? 0) + 1 / langs.length;
      scores.set(l, s);
      if (s > bestScore) bestScore = s;
    }
  }
  let best: string = 'de';
  for (const [l, s] of scores)
    if (s === bestScore) {
      best = l;
      break;
    }
  // German umlauts and ß are a strong tie-breaker between de and en on very short texts.
  if (bestScore < 3 && /[äöüß]/.test(sample)) return 'de';
  return best;
}
