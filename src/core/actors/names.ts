// Family names and well-known organisations (see resources/personNames.ts), built once when first required.
// Callers load this module lazily, like lexicon.ts; everything here is immutable after loading.
import { KNOWN_ORGANIZATIONS_TEXT, SURNAMES_TEXT } from '../resources/personNames';

/** Family names of many languages as written ("Lindqvist", "Kowalczyk"); many are also common nouns ("Bauer"). */
export const SURNAMES: ReadonlySet<string> = new Set(SURNAMES_TEXT.split(' '));
/** Companies, bands, broadcasters and sports teams, lower case ("general motors"). */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS_TEXT.split('|'));
/** First words (lower case) of the multiword organisations: a cheap pre-test. */
export const KNOWN_ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...KNOWN_ORGANIZATIONS].filter((o) => o.includes(' ')).map((o) => o.slice(0, o.indexOf(' '))),
);
