// Family names and well-known organisations (see resources/personNames.ts), built once when first required.
// Callers load this module lazily, like lexicon.ts; everything here is immutable after loading.
import { KNOWN_ORGANIZATIONS_TEXT, SURNAMES_TEXT } from '../resources/personNames';
import { WordTable } from '../resources/wordTable';

/** Family names of many languages as written ("Lindqvist", "Kowalczyk"); many are also common nouns ("Bauer"). */
export const SURNAMES: ReadonlySet<string> = WordTable.sorted(SURNAMES_TEXT, ' ');
/** Companies, bands, broadcasters and sports teams, lower case ("general motors"). */
const organizations = WordTable.split(KNOWN_ORGANIZATIONS_TEXT, '|');
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = organizations;
/** First words (lower case) of the multiword organisations: a cheap pre-test. */
export const KNOWN_ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = firstWords(organizations);

function firstWords(table: WordTable): Set<string> {
  const out = new Set<string>();
  for (const name of table) {
    const space = name.indexOf(' ');
    if (space >= 0) out.add(name.slice(0, space));
  }
  return out;
}
