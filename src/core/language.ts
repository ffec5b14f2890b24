// Language identification by function words: news text is long enough that counting the commonest
// closed-class words of each candidate language is both fast and reliable. Returns an ISO 639-1 code;
// "de" and "en" get the full analysis, others only the language-neutral parts.
import type { Language } from './types';

const FUNCTION_WORDS: Record<string, string[]> = {
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'mit', 'sich', 'auf', 'für', 'von', 'zu', 'im', 'sie', 'auch', 'wird', 'hat', 'dass', 'nach', 'bei', 'aus', 'wie', 'sagte', 'über', 'wurde', 'werden', 'sei', 'noch', 'oder'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'it', 'by', 'at', 'from', 'he', 'said', 'has', 'have', 'be', 'are', 'were', 'this', 'which', 'an', 'not', 'but', 'its', 'their', 'would', 'will'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'pour', 'dans', 'qui', 'pas', 'sur', 'au', 'avec', 'il', 'elle', 'ont', 'été', 'a', 'dit', 'selon'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'por', 'con', 'para', 'una', 'es', 'del', 'se', 'no', 'al', 'su', 'dijo', 'según'],
  it: ['il', 'la', 'di', 'che', 'e', 'per', 'non', 'una', 'del', 'della', 'con', 'sono', 'gli', 'ha', 'anche', 'secondo'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'dat', 'op', 'met', 'voor', 'zijn', 'er', 'ook', 'volgens'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'em', 'um', 'uma', 'não', 'para', 'com', 'do', 'da', 'segundo'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) (LOOKUP.get(w) ?? LOOKUP.set(w, []).get(w)!).push(lang);
}

/** Detects the language of `text` from (at most) its first 4,000 characters; "de" when undecidable. */
export function detectLanguage(text: string): Language {
  const sample = (text.length > 4000 ? text.slice(0, 4000) : text).toLowerCase();
  const scores = new Map<string, number>();
  let bestScore = 0;
  for (const word of sample.split(/[^\p{L}]+/u)) {
    const langs = LOOKUP.get(word);
    if (!langs) continue;
    for (const l of langs) {
      const s = (scores.get(l) ?? 0) + 1 / langs.length;
      scores.set(l, s);
      if (s > bestScore) bestScore = s;
    }
  }
  let best: string = 'de';
  for (const [l, s] of scores) if (s === bestScore) { best = l; break; }
  // German umlauts and ß are a strong tie-breaker between de and en on very short texts.
  if (bestScore < 3 && /[äöüß]/.test(sample)) return 'de';
  return best;
}
