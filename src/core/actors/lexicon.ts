// The word lists the actor finder consults, built once when this module is first required. Callers load it
// lazily (`require('./lexicon')` inside a function), so a process that never reads German never pays for the
// German lists. The big lists are WordTables (resources/wordTable.ts): the generated front-coded text, searched
// block by block until it is looked up often, then decoded into one flat string and typed arrays (~140k noun
// forms, not a Set of strings). Everything here is immutable after loading.
import { DE_ADJECTIVES_FRONT_CODED, DE_STOPWORDS_TEXT } from '../resources/deAdjectives';
import { DE_NOUN_FORMS_FRONT_CODED, DE_NOUN_HASH_BITS } from '../resources/deNouns';
import { EN_WORDS, GIVEN_NAMES } from './commonWords';
import { KNOWN_ORGANIZATIONS } from './names';
import { FilterThenExact, HashBits, IntSet, WordTable } from '../resources/wordTable';
import { gazetteerWords, nounHash } from './words';

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
 * The hash of every noun form, lower-cased (see words.ts nounHash): a cheap pre-test for compound heads (a yes is
 * checked in DE_NOUNS). First a filter of 2^22 bits generated with the list (no hashing at load; a test checks that
 * no form is missing), then, in a long run, the exact hashes.
 */
export const NOUN_HASHES: { has(hash: number): boolean } = new FilterThenExact(
  HashBits.fromBase64(DE_NOUN_HASH_BITS),
  () => nounHashes(DE_NOUNS as WordTable),
);

/**
 * Gazetteer names and well-known organisations ("Union", "Kreml", "Allianz"): a common noun among them is also a
 * name. Only asked about forms in DE_NOUNS, so it need not be cut down to them (which cost 4,700 look-ups at load).
 */
export const NAMED_NOUNS: ReadonlySet<string> = new Set([
  ...gazetteerWords(),
  ...[...KNOWN_ORGANIZATIONS].map((o) => o.charAt(0).toUpperCase() + o.slice(1)),
]);

/** nounHash(form.toLowerCase()) of every form, computed over the table's characters (no string per form). */
function nounHashes(nouns: WordTable): IntSet {
  const out = new Int32Array(nouns.size);
  let k = 0;
  nouns.forEachRange((chars, start, end) => {
    // Lower-case per character where that equals String.prototype.toLowerCase (ASCII and Latin-1 capitals);
    // any other character outside Latin-1 takes the string's own toLowerCase (context rules such as final sigma).
    let h = 0;
    for (let i = end - 1; i >= start; i--) {
      let c = chars[i]!;
      if (c > 0xff) {
        out[k] = nounHash(nouns.word(k).toLowerCase());
        k++;
        return;
      }
      if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
      h = (c + Math.imul(31, h)) & 0x3fffffff;
    }
    out[k++] = h;
  });
  return new IntSet(out);
}
