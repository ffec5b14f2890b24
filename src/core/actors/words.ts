// Word tests the actor finder shares: gazetteer look-ups that tolerate inflection ("Moskaus", "Vereinigten
// Staaten", "UN-Sicherheitsrates"), role heads, German common-noun and adjective tests. Pure functions over
// immutable tables; the German lexicon is passed in (loaded lazily by the caller).
import { MAJOR_OUTLETS, NEWS_AGENCIES } from '../resources/agencies';
import { INSTITUTIONS_MAP, LEGAL_FORMS, ORG_HEADS } from '../resources/organizations';
import { MEDIA_HEAD_WORDS, NAME_LIKE_HEADS, ORG_APPOSITION_HEADS } from '../resources/nameParts';
import { PLACES } from '../resources/places';
import { ROLE_HEADS_ENGLISH, ROLE_HEADS_GERMAN } from '../resources/roles';

export interface GermanLexicon {
  DE_NOUNS: ReadonlySet<string>;
  DE_ADJECTIVES: ReadonlySet<string>;
  DE_STOPWORDS: ReadonlySet<string>;
  GIVEN_NAMES: ReadonlySet<string>;
  EN_WORDS: ReadonlySet<string>;
}

/** Lower-cases and drops German adjective endings from every word but the last ("Vereinigten Staaten" -> "vereinigt staaten"). */
function multiwordKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) words[i] = words[i]!.replace(/(e|en|em|er|es)$/u, '');
  return words.join(' ');
}

function keyed(map: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of map) if (/\s/.test(k)) out.set(multiwordKey(k), v);
  return out;
}

const PLACES_MULTI = keyed(PLACES);
const INSTITUTIONS_MULTI = keyed(INSTITUTIONS_MAP);

/** First words (lower case, adjective ending dropped) of every multiword gazetteer name: a cheap pre-test. */
const MULTI_FIRST: ReadonlySet<string> = new Set(
  [...PLACES.keys(), ...INSTITUTIONS_MAP.keys(), ...NEWS_AGENCIES, ...MAJOR_OUTLETS]
    .filter((k) => /\s/.test(k))
    .map((k) => k.split(/\s+/)[0]!.toLowerCase().replace(/(e|en|em|er|es)$/u, '')),
);

/** Whether a word can start a multiword gazetteer name ("Vereinigten" of "Vereinigten Staaten"). */
export function startsMultiword(word: string): boolean {
  return MULTI_FIRST.has(word.toLowerCase().replace(/(e|en|em|er|es)$/u, ''));
}
const MEDIA_NAMES: ReadonlySet<string> = new Set([...NEWS_AGENCIES, ...MAJOR_OUTLETS]);
const MEDIA_NAMES_LOWER: ReadonlySet<string> = new Set([...NEWS_AGENCIES].map((s) => s.toLowerCase()));

/** Looks a name up in a gazetteer, trying the genitive forms ("Russlands", "Sicherheitsrates") and inflected adjectives. */
function lookup(map: ReadonlyMap<string, string>, multi: ReadonlyMap<string, string>, name: string): string | undefined {
  const direct = map.get(name);
  if (direct) return direct;
  const stems: string[] = [];
  if (name.endsWith('s') && name.length > 3) stems.push(name.slice(0, -1));
  if (name.endsWith('es') && name.length > 4) stems.push(name.slice(0, -2));
  if (name.endsWith('n') && name.length > 4) stems.push(name.slice(0, -1));
  for (const s of stems) {
    const hit = map.get(s);
    if (hit) return hit;
  }
  if (/\s/.test(name)) {
    for (const s of [name, ...stems]) {
      const hit = multi.get(multiwordKey(s));
      if (hit) return hit;
    }
  }
  return undefined;
}

export function placeOf(name: string): string | undefined {
  return lookup(PLACES, PLACES_MULTI, name);
}

export function institutionOf(name: string): string | undefined {
  return lookup(INSTITUTIONS_MAP, INSTITUTIONS_MULTI, name);
}

export function isMediaName(name: string): boolean {
  if (MEDIA_NAMES.has(name)) return true;
  if (MEDIA_NAMES_LOWER.has(name.toLowerCase())) return true;
  // Agency credits glued to a medium's name ("dpa-AFX", "eulerpool-AFX").
  const dash = name.lastIndexOf('-');
  return dash > 0 && MEDIA_NAMES.has(name.slice(dash + 1)) && /^[A-Z]{2,}$/.test(name.slice(dash + 1));
}

export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word);
}

/** Inflected forms of a German or English head noun, enough to recognise "Präsidenten", "Ministerin", "Sprechers". */
function inflections(h: string): string[] {
  return [h, h + 's', h + 'es', h + 'e', h + 'en', h + 'n', h + 'in', h + 'innen', h + 'n', h + 'ern', h + 'er'];
}

function headIndex(compoundHeads: readonly string[], exactHeads: readonly string[] = []): (word: string) => string | null {
  // Every inflected form -> head; a word matches when its last compound part, or one of its suffixes, is a form
  // of a compound head; exact heads (English) only as whole words.
  const forms = new Map<string, string>();
  for (const h of compoundHeads) for (const f of inflections(h)) if (!forms.has(f)) forms.set(f, h);
  const exact = new Map<string, string>();
  for (const h of exactHeads) for (const f of [h, h + 's', h + 'es']) if (!exact.has(f)) exact.set(f, h);
  let longest = 0;
  for (const f of forms.keys()) longest = Math.max(longest, f.length);
  return (word: string): string | null => {
    const w = word.toLowerCase();
    const last = w.slice(w.lastIndexOf('-') + 1);
    const whole = forms.get(last) ?? exact.get(last);
    if (whole) return whole;
    // Compound: try suffixes of at least 4 letters, longest first.
    for (let k = Math.max(1, last.length - longest); k <= last.length - 4; k++) {
      const hit = forms.get(last.slice(k));
      if (hit) return hit;
    }
    return null;
  };
}

/** The role head of a word ("Kreml-Sprecher" -> "sprecher", "Präsidenten" -> "präsident"), or null. */
export const roleHead = headIndex(ROLE_HEADS_GERMAN, ROLE_HEADS_ENGLISH);
/** The institution head of a word ("Außenministerium" -> "ministerium"), or null. */
export const orgHead = headIndex(ORG_HEADS);
/** The media head of a word ("Nachrichtenagentur" -> "nachrichtenagentur"), or null. */
export const mediaHead = headIndex(MEDIA_HEAD_WORDS);
/** Heads that type a following name as a place ("die Kreisstadt Torgau", "the town of X"). */
export const placeAppositionHead = headIndex(
  `stadt gemeinde dorf ort ortsteil ortschaft fluss insel region provinz bundesland kanton hauptstadt metropole landkreis bezirk stadtteil
  viertel gebirge bahnhof flughafen hafen platz marktgemeinde hansestadt kreisstadt großstadt kleinstadt`.split(/\s+/).filter(Boolean),
  'city town village river county province state district island capital region'.split(' '),
);

/** Heads that type a following name as an organisation ("Geheimdienst", "Denkfabrik"). */
export const orgAppositionHead = headIndex(ORG_APPOSITION_HEADS);

const NAME_LIKE = new Set(NAME_LIKE_HEADS);

const NOUN_ENDINGS = ['es', 's', 'e', 'en', 'n', 'nen'];
/** Derivational endings that only common nouns have ("Erklärung", "Freiheit", "Nation", "Realismus"). */
const ABSTRACT_NOUN = /\p{Ll}(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|ismen|tion|tionen|ität|itäten|nisse|nissen|ment|ments|enz|enzen|anz|anzen|ologie|ologien|ografie|ographie|ik|iken|ie|ien|eur|eure|eurs|euren|ator|atoren|tum|tums|tümer|ling|linge|lingen|chen|lein)$/u;

function inLexicon(word: string, lex: GermanLexicon): boolean {
  const nouns = lex.DE_NOUNS;
  if (nouns.has(word)) return true;
  // The lexicon lists one genitive and dative form per noun ("Kriegs", not "Krieges"); try the others.
  const n = word.length;
  if (n < 5) return false;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */) return nouns.has(word.slice(0, -1)) || (word.charCodeAt(n - 2) === 101 && nouns.has(word.slice(0, -2)));
  if (last === 101 /* e */) return nouns.has(word.slice(0, -1));
  if (last === 110 /* n */) return nouns.has(word.slice(0, -1)) || (word.endsWith('nen') && nouns.has(word.slice(0, -2)));
  return false;
}

/** Whether a capitalised German word is a common noun: in the lexicon (any inflection), a compound whose last part is, or of a derivational shape. */
export function isGermanNoun(word: string, lex: GermanLexicon): boolean {
  if (inLexicon(word, lex)) return true;
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const last = word.slice(dash + 1);
    return last.length > 1 && /^\p{Lu}/u.test(last) && isGermanNoun(last, lex);
  }
  if (ABSTRACT_NOUN.test(word) && word.length > 6) return true;
  const n = word.length;
  for (let k = 3; k <= n - 3; k++) {
    if (n - k === 3 && k < 4) continue;
    const cand = word.charAt(k).toUpperCase() + word.slice(k + 1);
    if (inLexicon(cand, lex)) {
      const rest = word.slice(k);
      // "Rosenheim", "Bergmann": a place-name or surname ending is not proof of a common noun, unless what
      // comes before it is itself a common noun ("Nachbarland", "Heimatstadt").
      let lower = rest.toLowerCase();
      for (const e of ['en', 'n', 'es', 's', 'e']) if (!NAME_LIKE.has(lower) && lower.endsWith(e) && NAME_LIKE.has(lower.slice(0, -e.length))) lower = lower.slice(0, -e.length);
      if (!NAME_LIKE.has(lower)) return true;
      const head = word.slice(0, k);
      return (head.length > 2 && inLexicon(head, lex)) || (head.endsWith('s') && head.length > 3 && inLexicon(head.slice(0, -1), lex));
    }
  }
  return false;
}

const ADJ_ENDINGS = ['', 'e', 'en', 'em', 'er', 'es', 'ere', 'eren', 'erem', 'erer', 'eres', 'ste', 'sten', 'stem', 'ster', 'stes', 'este', 'esten'];

/** Whether a word (any case) is an inflected German adjective ("Russische", "Nordkoreanischen", "Frühere"). */
export function isGermanAdjective(word: string, lex: GermanLexicon): boolean {
  const w = word.toLowerCase();
  if (/isch(e|en|em|er|es)?$/u.test(w) && w.length > 5) return true;
  for (const e of ADJ_ENDINGS) {
    if (e && !w.endsWith(e)) continue;
    const stem = e ? w.slice(0, -e.length) : w;
    if (stem.length >= 2 && lex.DE_ADJECTIVES.has(stem)) return true;
  }
  return false;
}
