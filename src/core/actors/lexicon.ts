// The word lists the actor finder consults, built once when this module is first required. Callers load it
// lazily (`require('./lexicon')` inside a function), so a process that never reads German never pays for the
// German lists (~140k noun forms, about 40 ms to build). Everything here is immutable after loading.
import { DE_ADJECTIVES_FRONT_CODED, DE_STOPWORDS_TEXT } from '../resources/deAdjectives';
import { DE_NOUN_FORMS_FRONT_CODED } from '../resources/deNouns';
import { EN_WORDS, GIVEN_NAMES } from './commonWords';
import { KNOWN_ORGANIZATIONS } from './names';
import { gazetteerWords, nounHash } from './words';

function frontDecoded(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  const n = coded.length;
  while (i < n) {
    let j = coded.indexOf('\n', i);
    if (j < 0) j = n;
    const keep = coded.charCodeAt(i) - 48;
    const word = prev.slice(0, keep) + coded.slice(i + 1, j);
    out.add(word);
    prev = word;
    i = j + 1;
  }
  return out;
}

/** German common nouns, every inflected form, capitalised as written ("Haus", "Häusern"). */
export const DE_NOUNS: ReadonlySet<string> = frontDecoded(DE_NOUN_FORMS_FRONT_CODED);
/** German adjective lemmas, lower case ("russisch", "groß"). */
export const DE_ADJECTIVES: ReadonlySet<string> = frontDecoded(DE_ADJECTIVES_FRONT_CODED);
/** German function words and frequent adverbs, lower case. */
export const DE_STOPWORDS: ReadonlySet<string> = new Set(DE_STOPWORDS_TEXT.split(' '));
/** Given names of many languages, as written ("Wolfgang", "Avril"). */
export { GIVEN_NAMES };
/** English common words, lower case: inside German text they are no names by themselves. */
export { EN_WORDS };
/** The hash of every noun form, lower-cased (see words.ts nounHash): a cheap pre-test for compound heads. */
export const NOUN_HASHES: ReadonlySet<number> = new Set([...DE_NOUNS].map((f) => nounHash(f.toLowerCase())));
/** Common nouns that are also gazetteer names or well-known organisations ("Union", "Kreml", "Allianz"). */
export const NAMED_NOUNS: ReadonlySet<string> = new Set(
  [...gazetteerWords(), ...[...KNOWN_ORGANIZATIONS].map((o) => o.charAt(0).toUpperCase() + o.slice(1))].filter((w) =>
    DE_NOUNS.has(w),
  ),
);
