// A spelling-tolerant key for a name or word, so that "Lee Jae Myung"/"Lee Jae-myung", "Selenskyj"/"Zelensky"
// and "Pjöngjang"/"Pyongyang" meet: it folds case, diacritics, hyphens, apostrophes and spaces and the usual
// German/English transliteration pairs (w/v, j/y, sch/sh, tsch/ch, z/s, ph/f, ck/k), then collapses doubled
// letters. Plain text in, plain text out: actors group an article's mentions by it, the corpus its actors
// across articles (corpus/identity.ts), the event fingerprint its names.

/** nameKey is pure and called for the same few thousand words over and over: results are cached (bounded). */
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_MAX = 100_000;

export function nameKey(name: string): string {
  let k = NAME_KEYS.get(name);
  if (k === undefined) {
    k = computeNameKey(name);
    if (NAME_KEYS.size >= NAME_KEYS_MAX) NAME_KEYS.clear();
    NAME_KEYS.set(name, k);
  }
  return k;
}

/** Combining marks; hoisted, as the bundle rebuilds a \p{M} literal per call (replace() resets lastIndex). */
const MARKS = /\p{M}+/gu;

function computeNameKey(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/['’`.\-‐–\s]+/g, '');
  s = s
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/z/g, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/(iy|yi|yy|ij)/g, 'y')
    .replace(/(.)\1+/g, '$1');
  return s;
}
