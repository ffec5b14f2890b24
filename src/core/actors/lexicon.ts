// The word lists the actor finder consults, built once when this module is first required. Callers load it
// lazily (`require('./lexicon')` inside a function), so a process that never reads German never pays for the
// German lists. The big lists are WordTables (resources/wordTable.ts): the generated front-coded text, searched
// block by block until it is looked up often, then decoded into one flat string and typed arrays (~140k noun
// forms, not a Set of strings). Everything here is immutable after loading.
import { DE_ADJECTIVES_FRONT_CODED, DE_STOPWORDS_TEXT } from '../resources/deAdjectives';
import { DE_NOUN_FORMS_FRONT_CODED, DE_NOUN_HASH_BITS } from '../resources/deNouns';
import { EN_WORDS, GIVEN_NAMES } from './commonWords';
import { KNOWN_ORGANIZATIONS } from './names';
import { HashBits, WordTable } from '../resources/wordTable';
import { gazetteerWords } from './words';

/** German common nouns, every inflected form, capitalised as written ("Haus", "Häusern"). */
export const DE_NOUNS: ReadonlySet<string> = WordTable.frontCoded(DE_NOUN_FORMS_FRONT_CODED);
/** German adjective lemmas, lower case ("russisch", "groß"). */
export const DE_ADJECTIVES: ReadonlySet<string> = WordTable.frontCoded(DE_ADJECTIVES_FRONT_CODED);
/** German function words and frequent adverbs, lower case. */
export const DE_STOPWORDS: ReadonlySet<string> = new Set(DE_STOPWORDS_TEXT.split(' '));
/** Given names of many languages, as written ("Wolfgang", "Avril"). */
export { GIVEN_NAMES };
/** English common words, lower case: inside German text they are no names by themselves. */
export { EN_WORDS };
/**
 * The hash of every noun form, lower-cased (see words.ts nounHash), as a filter of 2^22 bits generated with the
 * list: a cheap pre-test for compound heads (a yes is checked in DE_NOUNS; a test checks that no form is missing).
 */
export const NOUN_HASHES: { has(hash: number): boolean } = HashBits.fromBase64(DE_NOUN_HASH_BITS);

/**
 * Gazetteer names and well-known organisations ("Union", "Kreml", "Allianz"): a common noun among them is also a
 * name. Only asked about forms in DE_NOUNS, so it need not be cut down to them (which cost 4,700 look-ups at load).
 */
export const NAMED_NOUNS: ReadonlySet<string> = new Set([
  ...gazetteerWords(),
  ...[...KNOWN_ORGANIZATIONS].map((o) => o.charAt(0).toUpperCase() + o.slice(1)),
]);
