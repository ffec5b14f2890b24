// The dictionary form of a role as the text states it: "seines russischen Amtskollegen" -> "russischer
// Amtskollege", "der nordkoreanische Staatschef" -> "nordkoreanischer Staatschef", "Präsidentin" stays. A role
// is read where it stands, in whatever case the sentence puts it; a hover card or an export lists it once, in the
// nominative singular without an article, as a dictionary or a caption would (the export spec's own example is
// "russischer Präsident").
//
// Rules, German only (English roles do not inflect; only a leading article is dropped):
// - leading determiners and possessives go ("des", "seines", "der");
// - the head is the first capitalised word whose last compound part is a role head; its case ending goes
//   ("Präsidenten" -> "Präsident", "Ministers" -> "Minister"), a feminine "-in"/"-innen" stays "-in";
// - lower-case adjectives before the head take the strong nominative ending of the head's gender (masculine
//   "-er", feminine "-e" for heads in "-in", neuter "-es" for the few neuter role nouns);
// - everything after the head (genitive and prepositional complements) is kept as written.
// A phrase without a recognisable head, or with anything else before it, is returned as written (trimmed).

import { DESCRIPTOR_DETERMINERS } from '../resources/roles';

/** Role nouns of neuter gender ("das Staatsoberhaupt", "das Mitglied"), whose adjectives end in "-es". */
const NEUTER_HEADS = /(?:oberhaupt|mitglied|opfer)$/;
/** A German adjective in an inflected or uninflected attributive form, lower case (hyphenated parts allowed). */
const ADJECTIVE = /^(?:[\p{Lu}\p{Ll}]+-)*\p{Ll}+(?:e|en|em|er|es)$/u;

/**
 * The nominative singular of a role phrase. `roleHead` maps a word to its role head (lower case,
 * uninflected), or null, as `actors/words.ts` does.
 */
export function roleBaseForm(text: string, language: string, roleHead: (word: string) => string | null): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && DESCRIPTOR_DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  if (language !== 'de') return words.join(' ');
  const h = words.findIndex((w) => /^\p{Lu}/u.test(w) && roleHead(w) !== null);
  if (h < 0 || !words.slice(0, h).every((w) => ADJECTIVE.test(w))) return words.join(' ');
  const headWord = words[h]!;
  const head = roleHead(headWord)!;
  const lower = headWord.toLowerCase();
  const at = lower.lastIndexOf(head);
  if (at < 0) return words.join(' ');
  const ending = lower.slice(at + head.length);
  const feminine = /^in(?:nen)?$/.test(ending) || (ending === '' && /in$/.test(head));
  const base = headWord.slice(0, at + head.length) + (/^in(?:nen)?$/.test(ending) ? 'in' : '');
  const strong = feminine ? 'e' : NEUTER_HEADS.test(head) ? 'es' : 'er';
  const adjectives = words.slice(0, h).map((w) => w.replace(/(?:en|em|er|es|e)$/u, '') + strong);
  return [...adjectives, base, ...words.slice(h + 1)].join(' ');
}
