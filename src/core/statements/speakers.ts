// Speakers: the noun phrase that a frame attributes the statement to, found by word order around the cue
// (German verb-second, verb-final subordinate clauses, inversion after a fronted quote; English SVO and
// "said X"). Resolving the phrase to an actor is resolve.ts.
import type { Span } from '../types';
import { englishNP } from './englishFrames';
import type { LangRules } from './lang';
import { isCapitalised, type Tok } from './tokens';

/** A lower-case word that can continue a noun phrase after an adjective (another adjective), so the adjective is no head. */
const LOWER_NOUN_FOLLOWER = /^\p{Ll}[\p{L}-]*(e|en|er|es|em)$/u;

interface NounLexicon {
  DE_NOUNS: ReadonlySet<string>;
}

/** Whether a capitalised word is a German common noun (the actor finder's lexicon, loaded on first use). */
let nounLexicon: NounLexicon | null = null;

function commonNoun(word: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nounLexicon ??= require('../actors/lexicon') as NounLexicon;
  return nounLexicon.DE_NOUNS.has(word) && !word.includes('-');
}

const DEMONSTRATIVE = /^(dieser|diese|letzterer|letztere|ersterer|erstere|jener|jene|derselbe|dieselbe)$/u;

/** A capitalised word with an adjective suffix and ending ("Chinesische", "Internationale", "Staatliche"). */
const CAPITAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(isch|lich|ig|al|iv|ell|är)(e|en|er|es|em)$/u;

/** A capitalised word with a weak adjective ending, or a town's "-er" ("Deutsche", "Vereinten", "Rote", "Berliner"). */
const ATTRIBUTE_FORM = /^\p{Lu}\p{Ll}+(e|en|er)$/u;

const ADJECTIVE = /^[\p{Ll}\d][\p{L}\d-]*(e|en|er|es|em)$|^\d+[.,]?\d*$/u;

/**
 * A noun phrase starting at token `i` and ending before `limit`: a pronoun, or determiners, adjectives and
 * at least one capitalised word, with genitive, "aus/in/von" place qualifiers and "und" coordination.
 */
export function grabNP(tokens: Tok[], i: number, limit: number, rules: LangRules): Span | null {
  if (rules.en) return englishNP(tokens, i, limit, rules);
  const t = tokens[i];
  if (!t || i >= limit || t.punct || t.quoted) return null;
  if (rules.pronouns.has(t.lower)) {
    // "Er und seine Kollegen sagten": a pronoun coordinated with a noun phrase right before the verb is one subject.
    const and = tokens[i + 1];
    if (
      /^(er|sie)$/u.test(t.lower) &&
      and?.lower === 'und' &&
      i + 2 < limit &&
      !rules.pronouns.has(tokens[i + 2]!.lower)
    ) {
      const rest = grabNP(tokens, i + 2, limit, rules);
      if (rest && rest.end === tokens[limit - 1]!.end) return { start: t.start, end: rest.end };
    }
    return { start: t.start, end: t.end };
  }
  // "sagte dieser", "so letztere": a demonstrative standing alone.
  if (!rules.en && DEMONSTRATIVE.test(t.lower)) {
    const next = tokens[i + 1];
    if (
      !next ||
      i + 1 >= limit ||
      next.punct ||
      next.quoted ||
      !(isCapitalised(next.text) || ADJECTIVE.test(next.text))
    )
      return { start: t.start, end: t.end };
  }
  // Before the verb (the phrase opens its clause) or in a genitive, a capitalised word with an adjective ending right
  // after a determiner is an attribute of the noun that follows ("Die Deutsche Welle berichtet", "Das Rote Kreuz",
  // "Angaben der Deutschen Bahn"); after the verb it may be the head before an object ("äußerten die Experten Zweifel").
  const opensClause = i === 0 || tokens[i - 1]!.punct || (tokens[i - 1]!.quoted && !t.quoted);
  const attributive = (w: number): boolean => {
    const det = tokens[w - 1];
    if (!det || det.quoted || !rules.determiners.has(det.lower)) return false;
    // "Angaben der Deutschen Bahn", "ein Vertreter der Vereinten Nationen": a genitive after a noun.
    const before = tokens[w - 2];
    const genitive =
      (det.lower === 'des' || det.lower === 'der') &&
      before !== undefined &&
      !before.punct &&
      !before.quoted &&
      isCapitalised(before.text);
    return (opensClause || genitive) && ATTRIBUTE_FORM.test(tokens[w]!.text);
  };
  let j = i;
  let lastHead = -1;
  const headRun = (k: number): number => {
    // Determiners, adjectives, then capitalised words; returns the index after the run, or -1 without a noun.
    let m = k;
    while (m < limit && !tokens[m]!.quoted && rules.determiners.has(tokens[m]!.lower) && !tokens[m]!.punct) m++;
    // "die in New York geborene Sängerin", "der sich als Gegner inszenierende Unternehmer": an extended attribute
    // between the determiner and the head.
    if (!rules.en && m > k) m = extendedAttribute(tokens, m, limit) ?? m;
    // "80 Prozent", "die 27 Mitgliedstaaten": a number before the head (never the head itself).
    while (
      !rules.en &&
      m < limit &&
      !tokens[m]!.quoted &&
      /^\d[\d.,]*$/u.test(tokens[m]!.text) &&
      tokens[m + 1] !== undefined &&
      isCapitalised(tokens[m + 1]!.text)
    )
      m++;
    while (
      !rules.en &&
      m < limit &&
      !tokens[m]!.quoted &&
      !tokens[m]!.punct &&
      ADJECTIVE.test(tokens[m]!.text) &&
      !rules.npStops.has(tokens[m]!.lower)
    )
      m++;
    let nouns = 0;
    // A person's name may start in lower case ("el-Beispiel", "de Muster").
    while (
      m < limit &&
      !tokens[m]!.punct &&
      !tokens[m]!.quoted &&
      (isCapitalised(tokens[m]!.text) ||
        (tokens[m]!.person === true &&
          (nouns > 0 || tokens[m + 1]?.person === true || tokens[m]!.text.includes('-')))) &&
      !(nouns > 0 && rules.npStops.has(tokens[m]!.lower))
    ) {
      if (nouns === 0 && rules.nonSubjectStarts.has(tokens[m]!.lower) && rules.en) break;
      // "die Stadträtin Bedenken": two common nouns in a row are a head and the next phrase, not a name.
      // "Chinesische Politiker", "Internationale Beobachter": a capitalised adjective opening the phrase is no noun.
      if (
        nouns > 0 &&
        !rules.en &&
        !tokens[m]!.person &&
        !tokens[m - 1]!.person &&
        commonNoun(tokens[m - 1]!.text) &&
        commonNoun(tokens[m]!.text) &&
        !(m - 1 === k && CAPITAL_ADJECTIVE.test(tokens[m - 1]!.text)) &&
        !(nouns === 1 && attributive(m - 1))
      )
        break;
      m++;
      nouns++;
    }
    if (rules.en && nouns === 0) {
      // English common nouns are lower case: "officials", "the minister", "a senior official".
      while (
        m < limit &&
        !tokens[m]!.punct &&
        !tokens[m]!.quoted &&
        /^[a-z][a-z-]*$/.test(tokens[m]!.text) &&
        !rules.npStops.has(tokens[m]!.lower) &&
        !rules.auxiliaries.has(tokens[m]!.lower) &&
        !rules.cue(tokens, m, limit) &&
        nouns < 4
      ) {
        m++;
        nouns++;
      }
    }
    // "Mannheims oberster Bürgermeister": a genitive name before the adjectives and the head of the phrase.
    const adj = tokens[m];
    const head = tokens[m + 1];
    if (
      !rules.en &&
      nouns === 1 &&
      m === k + 1 &&
      m + 1 < limit &&
      adj &&
      head &&
      /^\p{Lu}\p{Ll}+s$/u.test(tokens[k]!.text) &&
      !adj.punct &&
      !adj.quoted &&
      /^\p{Ll}+(e|en|er|es|em)$/u.test(adj.text) &&
      !rules.npStops.has(adj.lower) &&
      !rules.auxiliaries.has(adj.lower) &&
      !rules.isCueForm(adj.lower) &&
      !head.punct &&
      !head.quoted &&
      isCapitalised(head.text)
    ) {
      const rest = headRun(m);
      if (rest > m + 1) return rest;
    }
    // "der 60-Jährige", "die Verletzte": an adjective after a determiner is the head itself.
    if (
      nouns === 0 &&
      !rules.en &&
      m > k &&
      rules.determiners.has(tokens[k]!.lower) &&
      m - 1 > k &&
      (m >= limit ||
        tokens[m]!.punct ||
        !LOWER_NOUN_FOLLOWER.test(tokens[m]!.text) ||
        // "so der 52-Jährige weiter", "sagte die 60-Jährige außerdem": an adverb after the head, not its noun.
        rules.npStops.has(tokens[m]!.lower))
    )
      return m;
    return nouns > 0 ? m : -1;
  };
  const first = headRun(j);
  if (first < 0) return null;
  j = first;
  lastHead = first - 1;
  for (let guard = 0; guard < 4 && j < limit; guard++) {
    const w = tokens[j];
    if (!w || w.punct || w.quoted) break;
    // "laut Anna Beispiel der Sprecher …": no genitive after a person's name.
    if ((w.lower === 'des' || w.lower === 'der') && tokens[j - 1]?.person) break;
    if (
      (w.lower === 'des' ||
        w.lower === 'der' ||
        w.lower === 'von' ||
        w.lower === 'aus' ||
        w.lower === 'in' ||
        w.lower === 'und' ||
        w.lower === 'of' ||
        w.lower === 'and' ||
        w.lower === 'from') &&
      j + 1 < limit
    ) {
      let k = j + 1;
      if (
        tokens[k] &&
        (tokens[k]!.lower === 'den' ||
          tokens[k]!.lower === 'der' ||
          tokens[k]!.lower === 'dem' ||
          tokens[k]!.lower === 'the')
      )
        k++;
      const next = headRun(k);
      if (next < 0) break;
      j = next;
      lastHead = next - 1;
      continue;
    }
    break;
  }
  const a = tokens[i]!;
  const b = tokens[lastHead]!;
  return { start: a.start, end: b.end };
}

/** Words that open an extended attribute after a determiner: prepositions and the reflexive pronoun. */
const ATTRIBUTE_OPENERS =
  /^(in|im|aus|von|vom|bei|beim|mit|nach|seit|an|am|auf|für|über|unter|zum|zur|vor|gegen|durch|sich|seit)$/u;
/** A participle used as an adjective: "geborene", "lebenden", "vorgetragene", "gewählten", "inszenierende". */
const PARTICIPLE_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:end|t|en)(?:e|en|er|es|em)$/u;

/**
 * After a determiner, an extended attribute ("in New York geborene", "vom Verband vorgetragene"): a preposition
 * or "sich", at most eight more words without punctuation, then a participle and a capitalised head. Returns the
 * index of the participle (the phrase goes on as determiner, adjective, head), or null.
 */
function extendedAttribute(tokens: Tok[], m: number, limit: number): number | null {
  const open = tokens[m];
  if (!open || open.quoted || !ATTRIBUTE_OPENERS.test(open.lower)) return null;
  for (let p = m + 1; p < limit - 1 && p <= m + 9; p++) {
    const t = tokens[p]!;
    if (t.punct || t.quoted) return null;
    // A head in quotation marks (a title, "die in Linz erscheinende „Rundschau“") is left to the quotation's rules.
    const head = tokens[p + 1]!;
    if (PARTICIPLE_ADJECTIVE.test(t.text) && isCapitalised(head.text) && !head.punct && !head.quoted)
      return head.start > t.end + 1 ? null : p;
  }
  return null;
}

/**
 * A front field that is one noun phrase with an extended attribute and no article ("Im Exil lebende Uiguren",
 * "Am Montag vorgestellte Pläne"): a preposition, perhaps an article, nouns, names or numbers, a participle, then
 * the head noun phrase running up to the finite verb at `v` (or to a comparison with "wie"). Not "Im vergangenen
 * Jahr" (no noun before the participle) nor "In diesem im Osten gelegenen Land" (a prepositional phrase whose noun
 * carries the attribute). Returns the span from the preposition to the head, or null.
 */
export function frontedAttributeSubject(tokens: Tok[], first: number, v: number, rules: LangRules): Span | null {
  if (rules.en || !ATTRIBUTE_OPENERS.test(tokens[first]?.lower ?? '') || tokens[first]!.lower === 'sich') return null;
  let noun = false;
  let p0 = first + 1;
  if (rules.determiners.has(tokens[p0]?.lower ?? '')) p0++;
  for (let p = p0; p < v - 1 && p <= first + 6; p++) {
    const t = tokens[p]!;
    if (t.punct || t.quoted) return null;
    const head = tokens[p + 1]!;
    if (noun && PARTICIPLE_FORM.test(t.text) && isCapitalised(head.text) && !head.quoted && head.start === t.end + 1) {
      const np = grabNP(tokens, p, v, rules);
      if (!np) return null;
      let e = p;
      while (e < v && tokens[e]!.end <= np.end) e++;
      if (e !== v && tokens[e]!.lower !== 'wie') return null;
      return { start: tokens[first]!.start, end: np.end };
    }
    // The attribute's own phrase is a bare noun phrase: nouns, names and numbers ("Im Jahr 2004 gewählte").
    if (isCapitalised(t.text)) noun = true;
    else if (!/^\d/u.test(t.text)) return null;
  }
  return null;
}
/** A participle as an adjective, by its shape: "lebende", "vorgestellten", "gewählte", "kritisierte". */
const PARTICIPLE_FORM = /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|\p{Ll}+end|\p{Ll}+iert)(?:e|en|er|es|em)$/u;

/** A lower-case word with a strong adjective ending ("gesunkener", "neues", "diesem"): never a finite verb. */
const STRONG_ADJECTIVE_ENDING = /^\p{Ll}[\p{L}-]*(er|es|em)$/u;

/**
 * The finite verb of a German main clause whose front field is a prepositional or adverbial phrase ("Am 15. Mai
 * hat …", "Trotz gesunkener Zahlen gibt …", "Mit Kritik an der Überwachung hält …"): the first lower-case word of
 * the clause's first segment after `first` that is no determiner, preposition or adverb, no adjective inside a
 * noun phrase and no number; -1 when the segment ends first. One pass over the front field.
 */
export function frontFieldVerb(tokens: Tok[], first: number, limit: number, rules: LangRules): number {
  if (rules.en) return -1;
  for (let k = first + 1; k < limit && k - first <= 16; k++) {
    const t = tokens[k]!;
    // "Am 15. Mai": the full stop of an ordinal belongs to the front field.
    if (t.punct) {
      if (t.text === '.' && /^\d+$/u.test(tokens[k - 1]!.text)) continue;
      return -1;
    }
    if (t.quoted || !/^\p{Ll}/u.test(t.text)) continue;
    if (rules.determiners.has(t.lower) || rules.nonSubjectStarts.has(t.lower) || rules.relatives.has(t.lower)) continue;
    if (STRONG_ADJECTIVE_ENDING.test(t.text)) continue;
    // "Trotz gesunkener Zahlen", "in der vergangenen Woche": an adjective after a preposition, determiner or adjective.
    const prev = tokens[k - 1]!;
    if (
      ADJECTIVE.test(t.text) &&
      !rules.auxiliaries.has(t.lower) &&
      (rules.determiners.has(prev.lower) || rules.nonSubjectStarts.has(prev.lower) || ADJECTIVE.test(prev.text))
    )
      continue;
    return k;
  }
  return -1;
}

/**
 * The subject right after the finite verb of a clause with a fronted phrase ("Am 15. Mai hat die Kommission …",
 * "… nahm jetzt auch der Ministerpräsident Stellung"): adverbs between verb and subject are skipped.
 */
export function subjectAfterFrontField(tokens: Tok[], first: number, limit: number, rules: LangRules): Span | null {
  const v = frontFieldVerb(tokens, first, limit, rules);
  if (v < 0) return null;
  let k = v + 1;
  while (k < limit) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.punct || t.quoted) return null;
    if (rules.skippable.has(t.lower)) k++;
    else if (
      rules.nonSubjectStarts.has(t.lower) &&
      next !== undefined &&
      !isCapitalised(next.text) &&
      !rules.determiners.has(next.lower)
    )
      k++;
    else break;
  }
  return grabNP(tokens, k, limit, rules);
}
