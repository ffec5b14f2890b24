// A spelling-tolerant key for a name or word, so that "Lee Jae Myung"/"Lee Jae-myung", "Selenskyj"/"Zelensky"
// and "Pjöngjang"/"Pyongyang" meet: it folds case, diacritics, hyphens, apostrophes and spaces and the usual
// German/English transliteration pairs (w/v, j/y, sch/sh, tsch/ch, z/s, ph/f, ck/k), then collapses doubled
// letters. Plain text in, plain text out: actors group an article's mentions by it, the corpus its actors
// across articles (corpus/identity.ts), the event fingerprint its names.

/** Combining marks. */
const MARKS = /\p{M}+/gu;

/**
 * The key of a name. Pure and uncached: what keys many names across articles memoises them in an object of
 * its own (corpus/identity.ts ActorIdentity), one per index or run, so that no state is shared by module.
 */
export function nameKey(name: string): string {
  let s = name.toLowerCase();
  // NFD leaves ASCII as it is and ASCII holds no combining mark: only other text takes the slow path.
  if (NON_ASCII.test(s)) s = s.replace(SHARP_S, 'ss').normalize('NFD').replace(MARKS, '');
  s = s.replace(SEPARATORS, '');
  // Each rewrite only where its letters occur (a test is cheaper than a replace that finds nothing).
  if (s.includes('sch')) s = s.replace(TSCH, 'ch').replace(SCH, 'sh');
  if (s.includes('w')) s = s.replace(W, 'v');
  if (s.includes('j')) s = s.replace(J, 'y');
  if (s.includes('z')) s = s.replace(Z, 's');
  if (s.includes('ph')) s = s.replace(PH, 'f');
  if (s.includes('ck')) s = s.replace(CK, 'k');
  if (s.includes('y') || s.includes('ij')) s = s.replace(Y_PAIRS, 'y');
  return collapseDoubled(s);
}

/** Each run of one code unit as one ("ss" -> "s"), as `replace(/(.)\1+/g, '$1')` would (no line breaks are left). */
function collapseDoubled(s: string): string {
  let i = 1;
  while (i < s.length && s.charCodeAt(i) !== s.charCodeAt(i - 1)) i++;
  if (i >= s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(i - 1)) out += s[i];
  return out;
}

// Hoisted, as the bundle would rebuild a literal with the u flag per call (replace() resets lastIndex).
const NON_ASCII = /[^\x00-\x7f]/;
const SHARP_S = /ß/g;
const SEPARATORS = /['’`.\-‐–\s]+/g;
const TSCH = /tsch/g;
const SCH = /sch/g;
const W = /w/g;
const J = /j/g;
const Z = /z/g;
const PH = /ph/g;
const CK = /ck/g;
const Y_PAIRS = /(iy|yi|yy|ij)/g;
