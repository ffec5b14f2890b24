// Vague sources: attributions that name no one ("Experten", "ein hochrangiger Beamter", "Staatsmedien",
// "Kreise", "officials", "sources"). A speaker is vague when its head is one of these nouns or an indefinite
// role ("ein Sprecher"), and it names no person or organisation of its own (a place qualifier such as
// "Beamte aus Seoul" keeps it vague). The reason is one line of English for the hover.
import type { Language } from '../types';
import { UPPER_START } from './tokens';

const DE_VAGUE_HEADS = new RegExp(
  '^([\\p{L}-]*[Ee]xperte[n]?|[\\p{L}-]*[Ee]xpertinnen|Fachleute|[\\p{L}-]*[Aa]nalyst(?:en|innen)?|[\\p{L}-]*[Bb]eobachter(?:n|innen)?|Beamte|Beamten|Beamter|Beamtinnen|\\p{L}*beamte[nr]?|Offizielle[n]?|Kreise[n]?|\\p{L}*kreise[n]?|Quelle|Quellen|\\p{L}*quellen?|' +
    'Insider[n]?|Diplomat(?:en)?|Diplomatenkreise[n]?|Staatsmedien|Medien|\\p{L}*medien|Medienberichte[n]?|Berichte[n]?|' +
    'Vermutungen|Erkenntnisse[n]?|Informationen|Schätzungen|Spekulationen|Gerüchte[n]?|Kritiker[n]?|Gegner[n]?|Befürworter[n]?|Anwohner[n]?|' +
    'Augenzeuge[n]?|Zeuge[n]?|Mitarbeiter[n]?|Vertreter[n]?|Regierungsvertreter[n]?|Sicherheitskreise[n]?|Ermittler[n]?|Behörden|Forscher[n]?|' +
    'Wissenschaftler[n]?|Militärs|Politiker[n]?|Stimmen|Umfragen|Westen|Beteiligte[n]?|Teilnehmer[n]?|Angaben|Informanten?)$',
  'u',
);

const DE_INDEFINITE =
  /^(ein|eine|einer|einem|einen|eines|einige|einigen|mehrere|mehreren|viele|vielen|zahlreiche|zahlreichen|manche|manchen|andere|anderen)$/iu;

const EN_VAGUE_HEADS =
  /^(experts?|officials?|sources?|insiders?|observers?|analysts?|diplomats?|media|reports?|critics?|witnesses|witness|eyewitnesses|residents|people|person|persons|aides?|staff|authorities|researchers|scientists|someone|many|some|others|administration|spokesperson|spokesman|spokeswoman|investigators|lawmakers|legislators|negotiators|economists|traders|bankers|executives|activists|campaigners|protesters|opponents|supporters|members)$/iu;
const EN_INDEFINITE = /^(a|an|one|some|several|many|two|three|unnamed|anonymous)$/iu;

/** Role nouns that are vague with an indefinite article ("ein Sprecher", "a senior official"). */
const DE_ROLE =
  /(sprecher|sprecherin|beamter|beamte|beamten|funktionär|offizier|diplomat|mitarbeiter|vertreter|insider|mitglied|person|quelle)$/iu;

/** Nouns of saying that take their source in the genitive after them ("Angaben der Polizei"). */
const OWN_WORDS_OF = /^(?:Angaben|Informationen|Erkenntnissen?|Schätzungen|Darstellung|Aussagen?|Mitteilung)$/u;

export interface VagueVerdict {
  vague: boolean;
  reason: string | null;
}

/**
 * `words` are the speaker's words; `namesSomeone` is true when an actor mention other than a place lies in
 * the speaker span. Impersonal frames ("hieß es", "es wird vermutet") are vague by definition and are
 * judged by the caller.
 */
export function judgeVagueness(
  language: Language,
  speakerText: string,
  words: string[],
  namesSomeone: boolean,
): VagueVerdict {
  if (namesSomeone || words.length === 0) return { vague: false, reason: null };
  const en = language === 'en';
  // "Angaben der Polizei", "Informationen des Ministeriums": a noun of saying with a definite genitive is as vague as
  // that genitive ("Angaben der Ermittler" is, "Angaben der Feuerwehr" is not).
  // A plural after "der" is an unnamed group, as vague as the noun alone ("Angaben der Behörden", "der Archäologen").
  const genitive = en ? -1 : words.findIndex((w, k) => k > 0 && /^(?:der|des)$/u.test(w));
  const source = genitive > 0 ? words.slice(genitive + 1) : [];
  const sourceHead = source.find((w) => UPPER_START.test(w)) ?? '';
  if (
    source.length &&
    words.slice(0, genitive).every((w) => OWN_WORDS_OF.test(w)) &&
    !(words[genitive] === 'der' && /en$/u.test(sourceHead))
  )
    return judgeVagueness(language, speakerText, source, false);
  const first = words[0]!;
  const capitalised = words.filter((w) => UPPER_START.test(w));
  const head = en
    ? words[words.length - 1]!
    : (capitalised.find((w) => (en ? EN_VAGUE_HEADS : DE_VAGUE_HEADS).test(w)) ?? capitalised[0] ?? '');
  const heads = en ? EN_VAGUE_HEADS : DE_VAGUE_HEADS;
  const anyVague = en ? words.some((w) => heads.test(w)) : heads.test(head);
  if (anyVague) return { vague: true, reason: `'${speakerText}' names no one` };
  const indefinite = en ? EN_INDEFINITE.test(first) : DE_INDEFINITE.test(first);
  if (
    indefinite &&
    (en
      ? words.some((w) => /(official|spokes\w+|source|aide|diplomat|member|person|officer)s?$/i.test(w))
      : capitalised.some((w) => DE_ROLE.test(w)))
  ) {
    return { vague: true, reason: `'${speakerText}' is an unnamed source` };
  }
  return { vague: false, reason: null };
}
