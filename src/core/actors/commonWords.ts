// Given names and English common words, built once when this module is first required. Both languages read
// them: the German lexicon (lexicon.ts re-exports them) and the English refinement of mentions, which must not
// pay for the German noun lists. Immutable after loading.
import { EN_WORDS_TEXT } from '../resources/enWords';
import { GIVEN_NAMES_TEXT } from '../resources/givenNames';
import { EXTRA_GIVEN_NAMES } from '../resources/nameParts';
import { GERMAN_GIVEN_NAMES_TEXT } from '../resources/personNames';
import { SetUnion, WordTable } from '../resources/wordTable';

/**
 * Given names of many languages, as written ("Wolfgang", "Avril"). The two generated lists are sorted and searched
 * as they are; a hash table of all three was a twentieth of a cold start.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new SetUnion([
  WordTable.sorted(GIVEN_NAMES_TEXT, ' '),
  WordTable.sorted(GERMAN_GIVEN_NAMES_TEXT, ' '),
  WordTable.splitAll(EXTRA_GIVEN_NAMES, ' '),
]);
/** English common words, lower case. */
export const EN_WORDS: ReadonlySet<string> = WordTable.sorted(EN_WORDS_TEXT, ' ');
