// German names made of a capitalised adjective and a common noun ("die Deutsche Bahn", "der Europäischen
// Zentralbank", "die Rote Armee", "die Schwäbische Alb"). German writes adjectives in lower case, so an
// inflected adjective with a capital letter in mid-sentence, right before a noun, is part of a name; the
// detector (detect.ts) drops such adjectives because "Deutsche" alone is none. index.ts calls this once, for
// German only, and adds the spans no other candidate touches. The head noun decides: a geographic head makes a
// place, an organisation head (orgHead, "Bahn", "Post") or a word that is no noun ("Deutsche Telekom") an organisation, any other noun nothing ("die
// Internationale Notruffrequenz" is a term), and heads of times, wars, prizes and laws never ("im Zweiten
// Weltkrieg"). Ordinals and "Neue"/"Alte" open too many titles to count. Linear in the tokens; no list of names.
import { type Candidate, type Token, copyCandidate } from './detect';
import { GEO_HEADS } from '../resources/nameParts';
import { type GermanLexicon, isGermanAdjective, isGermanNoun, orgHead } from './words';

/** Heads of place names besides GEO_HEADS ("Schwäbische Alb", "Sächsische Schweiz"). */
const PLACE_HEADS =
  /(?:alb|gebirge|heide|schweiz|riviera|platz|markt|ring|brücke|bucht|see|meer|land|wald|tal|berge?|höhe|ebene|senke|pforte)$/;

/** Nouns for public services and companies that orgHead lacks ("Deutsche Bahn", "Deutsche Post"). */
const ORG_NOUNS = /^(?:bahn|post|bundesbahn|bundespost|reichsbahn|welle|rundfunk)$/;

/**
 * Heads that make "Adjective Noun" a body only after a capitalised adjective: communities of states ("Europäische
 * Gemeinschaft", "Asiatisch-Pazifische Wirtschaftsgemeinschaft"); after a lower-case one they are common nouns.
 */
const BODY_HEADS = /gemeinschaft$/;

/** Heads of newspaper names ("Süddeutsche Zeitung", "Neue Presse", "Frankfurter Rundschau"): a medium. */
const PAPER_HEADS = /^(?:zeitung|presse|rundschau)$/;

/**
 * A hyphenated pair of adjectives in a name: "Asiatisch-Pazifischen", "Königlich-Schwedische",
 * "Deutsch-Französischen". Every part is a capitalised adjective, the last inflected; a noun head part
 * ("SPD-nahe", "Öl-reiche") or a lower-case part makes a compound, not a pair.
 */
function pairedAdjective(word: string, lex: GermanLexicon): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.length > 3) return false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(p) || !isGermanAdjective(p, lex)) return false;
    // The first parts are bare ("Asiatisch"), the last one inflected ("Pazifischen").
    if (k < parts.length - 1 ? /(?:e|en|er|es|em)$/.test(p) : !/(?:e|en|er|es|em)$/.test(p)) return false;
  }
  return true;
}

/** Heads that name no actor: times, events, wars, prizes, laws, currencies, languages, styles. */
const NO_ACTOR_HEADS =
  /(?:krieg|kriege|kriegs|jahrhundert|jahrhunderts|jahr|jahre|jahres|zeit|epoche|reich|reichs|revolution|wende|spiele|spielen|meisterschaft|preis|preises|gesetz|gesetzes|mark|sprache|stil|kirche|testament|buch|tag|tage|woche|nacht|front|linie|weg|art|arten|familie|küche|musik|literatur|recht|rechts)$/;

/** Adjectives that open titles and fixed phrases rather than names. */
const NO_NAME_ADJECTIVE =
  /^(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|letzt|nächst|neu|alt|groß|gross|klein|heilig|gut|schön|ganz)(?:e|en|er|es|em)$/i;

/** Past participles used as nouns: "Verbündeten", "Angeklagte", "Gewählten". */
const PARTICIPLE = /^(?:Ver|Be|Ge|Er|Ent|Zer|An|Ab|Aus|Ein)\p{Ll}+t(?:e|en|er|es|em)$/u;

/** An opening quotation mark between an article and the name's first word, with a space around it or not. */
const OPEN_QUOTE = /^ ?["„“»«‚] ?$/;

const OPENERS =
  /^(?:der|die|das|den|dem|des|im|am|zum|zur|vom|beim|von|bei|mit|für|gegen|durch|und|oder|bei|an|auf|aus|nach|über)$/;

/** Spans "Adjective Noun" (one or two adjectives) that are names, as typed candidates, in text order. */
export function adjectiveNounNames(
  tokens: readonly Token[],
  text: string,
  lex: GermanLexicon,
  taken: readonly Candidate[],
): Candidate[] {
  // 1: inside another candidate; 2: a lone word nothing typed ("Telekom" of "Deutsche Telekom"), which may head one.
  const covered = new Uint8Array(tokens.length);
  for (const c of taken)
    for (let k = Math.max(0, c.first); k <= c.last; k++) covered[k] = c.first === c.last && !c.kind ? 2 : 1;
  const adjacent = (a: number): boolean =>
    tokens[a + 1]!.start === tokens[a]!.end + 1 && text.charCodeAt(tokens[a]!.end) === 32;
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || covered[i] || !/(?:e|en|er|es|em)$/.test(t.text)) continue;
    if (t.text.includes('-') && !pairedAdjective(t.text, lex)) continue;
    const prev = tokens[i - 1]!;
    // A title in quotation marks after its article: "der „Mittelbayerischen Zeitung“".
    const quoted = OPEN_QUOTE.test(text.slice(prev.end, t.start));
    if (t.sentStart && !quoted) continue;
    if (
      (prev.cap && !prev.sentStart) ||
      !OPENERS.test(prev.text.toLowerCase()) ||
      (prev.end + 1 !== t.start && !quoted)
    )
      continue;
    if (NO_NAME_ADJECTIVE.test(t.text) || !isGermanAdjective(t.text, lex) || !adjacent(i)) continue;
    let j = i + 1;
    // A second adjective: "Kassenärztliche Bundesvereinigung", "Freie Demokratische Partei".
    if (
      tokens[j]!.cap &&
      j + 1 < tokens.length &&
      /(?:e|en|er|es|em)$/.test(tokens[j]!.text) &&
      isGermanAdjective(tokens[j]!.text, lex) &&
      !isGermanNoun(tokens[j]!.text, lex) &&
      adjacent(j)
    )
      j++;
    const head = tokens[j]!;
    if (!head.cap || covered[j] === 1 || head.text.includes('-')) continue;
    // An unknown head must not be a person's name, nor the adjective a nominalised participle ("die Verbündeten Kim").
    const unknown =
      covered[j] === 2 &&
      !isGermanNoun(head.text, lex) &&
      !isGermanAdjective(head.text, lex) &&
      !lex.GIVEN_NAMES.has(head.text) &&
      !PARTICIPLE.test(tokens[j - 1]!.text);
    if (!unknown && (covered[j] || !isGermanNoun(head.text, lex))) continue;
    // The name ends at the noun: another capitalised word after it would make a longer name we cannot bound.
    const after = tokens[j + 1];
    if (after && after.cap && adjacent(j)) continue;
    const lower = head.text.toLowerCase();
    if (NO_ACTOR_HEADS.test(lower)) continue;
    const place = GEO_HEADS.has(head.text) || PLACE_HEADS.test(lower);
    // Only a head that names a body by itself makes an organisation ("Zentralbank", "Bahn"); "die Internationale
    // Notruffrequenz" is a term.
    const paper = !place && PAPER_HEADS.test(lower);
    if (!place && !paper && !unknown && !orgHead(head.text) && !ORG_NOUNS.test(lower) && !BODY_HEADS.test(lower))
      continue;
    const kind = place ? 'place' : paper ? 'media' : 'organization';
    // One key for the inflected forms ("die Deutsche Bahn", "der Deutschen Bahn"): adjectives in their -e form.
    const key = [...tokens.slice(i, j).map((a) => a.text.replace(/(?:en|er|es|em)$/, 'e')), head.text].join(' ');
    out.push({
      first: i,
      last: j,
      start: t.start,
      end: head.end,
      nameStart: t.start,
      kind,
      strong: true,
      role: null,
      canonical: key,
      guessed: false,
    });
    i = j;
  }
  return out;
}

/**
 * A body named by its head and the members it unites, in the genitive plural: "Gewerkschaft Deutscher
 * Lokomotivführer", "Verband Norddeutscher Frauenvereine", "Bund Deutscher Architekten". The head is an
 * organisation noun standing alone (not itself part of a name), the adjective ends in -er ("Deutscher", the genitive
 * plural) and the members are a common noun with nothing capitalised after it. The span replaces the "Adjective
 * Noun" candidate it contains. Linear in the tokens.
 */
export function memberBodyNames(
  tokens: readonly Token[],
  text: string,
  lex: GermanLexicon,
  taken: readonly Candidate[],
): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let k = Math.max(0, c.first); k <= c.last; k++) covered[k] = 1;
  const adjacent = (a: number): boolean =>
    tokens[a + 1]!.start === tokens[a]!.end + 1 && text.charCodeAt(tokens[a]!.end) === 32;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    const adj = tokens[i + 1]!;
    const members = tokens[i + 2]!;
    // The head as a word of its own: a compound describes the body ("die Oppositionspartei Georgischer Traum").
    if (!head.cap || covered[i] || head.text.includes('-')) continue;
    const h = orgHead(head.text);
    if (!h || !head.text.toLowerCase().startsWith(h)) continue;
    if (!isGermanNoun(head.text, lex)) continue;
    if (!adj.cap || !adj.text.endsWith('er') || adj.text.includes('-') || NO_NAME_ADJECTIVE.test(adj.text)) continue;
    if (!isGermanAdjective(adj.text, lex) || isGermanNoun(adj.text, lex) || !adjacent(i) || !adjacent(i + 1)) continue;
    if (!members.cap || members.text.includes('-') || !isGermanNoun(members.text, lex)) continue;
    if (isGermanAdjective(members.text, lex) || NO_ACTOR_HEADS.test(members.text.toLowerCase())) continue;
    const after = tokens[i + 3];
    if (after && after.cap && adjacent(i + 2)) continue;
    out.push({
      first: i,
      last: i + 2,
      start: head.start,
      end: members.end,
      nameStart: head.start,
      kind: 'organization',
      strong: true,
      role: null,
      canonical: null,
      guessed: false,
    });
    i += 2;
  }
  return out;
}

/**
 * A name that opens with a hyphenated adjective whose second part is in lower case ("das FDP-geführte
 * Bundesjustizministerium", "die SPD-nahe Stiftung X") starts after it: the compound describes the body, it is no
 * part of its name. Returns the candidate itself when nothing is trimmed.
 */
export function trimCompoundAdjective(c: Candidate, tokens: readonly Token[], lex: GermanLexicon): Candidate {
  if (c.first < 0 || c.last <= c.first || c.start !== c.nameStart) return c;
  const t = tokens[c.first]!;
  const dash = t.text.lastIndexOf('-');
  if (dash <= 0 || !t.cap) return c;
  const tail = t.text.slice(dash + 1);
  if (!/^\p{Ll}/u.test(tail) || !/(?:e|en|er|es|em)$/.test(tail) || !isGermanAdjective(tail, lex)) return c;
  const next = tokens[c.first + 1]!;
  return Object.assign(copyCandidate(c), {
    first: c.first + 1,
    start: next.start,
    nameStart: next.start,
    canonical: null,
  });
}

/** Ends of German place names that also end common nouns ("Weinsberg", "Böckingen", "Pfaffenhofen"). */
const TOWN_END =
  /\p{Ll}(?:burg|berg|dorf|stadt|hausen|heim|ingen|ungen|feld|bach|furt|hagen|rode|stedt|leben|brück|kirchen|hofen|hof|winter|born|see|au|ow|itz|kamp|horst|wald|rath|roth|weiler|zell)$/u;
/** Nouns for a town before its name ("die Stadt Weinsberg", "der Gemeinde Böckingen"). */
const PLACE_NOUN = /^(?:Stadt|Gemeinde|Ortschaft|Ortsteil|Ort|Dorf|Kreisstadt|Kleinstadt|Hansestadt|Marktgemeinde)$/;
/** Prepositions of place that take a bare town name ("in Weinsberg", "aus Königswinter"). */
const PLACE_PREPOSITION = /^(?:in|aus|nach|bei|gen|nahe)$/;

/**
 * Towns whose names the lexicon reads as compounds of common nouns ("Weinsberg" = "Wein" + "Berg"): a capitalised
 * word after a preposition of place, with a town ending, that is no noun as it stands, is a place. The detector
 * drops such words as compound nouns; index.ts adds them for German. Linear in the tokens.
 */
export function compoundTowns(tokens: readonly Token[], lex: GermanLexicon, taken: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let k = Math.max(0, c.first); k <= c.last; k++) covered[k] = 1;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!t.cap || covered[i] || prev.end + 1 !== t.start) continue;
    // After a preposition of place, or after a noun for a town that is itself no name ("der Stadt Weinsberg").
    const after = prev.cap ? !covered[i - 1] && PLACE_NOUN.test(prev.text) : PLACE_PREPOSITION.test(prev.text);
    if (!after) continue;
    if (lex.DE_NOUNS.has(t.text) || !TOWN_END.test(t.text) || t.text.includes('-') || !isGermanNoun(t.text, lex))
      continue;
    // "in Weinsberg gegründet", "aus Königswinter.": no capitalised noun right after it ("in Weinberg Lagen").
    const next = tokens[i + 1];
    if (next && next.cap && next.start === t.end + 1) continue;
    out.push({
      first: i,
      last: i,
      start: t.start,
      end: t.end,
      nameStart: t.start,
      kind: 'place',
      strong: true,
      role: null,
      canonical: null,
      guessed: false,
    });
  }
  return out;
}
