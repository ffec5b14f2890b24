// Names recognised by their shape, whatever their words are: sports clubs ("1. FC Kopparberg", "Borussia
// Lindvik"), institutions named by their head and a town or a field ("Universität Kopparberg", "Bundesamt für
// Strahlenschutz", "Institute for Fiscal Studies"), places with a fixed prefix or head ("St. Lindvik", "Bad
// Kopparberg", "Lindqvistallee", "Kopparberger Straße", "Nordlindvik", "Lindvikertal"). detect.ts tries these
// before its word-by-word chains, so that the whole outer span is one name (GermEval's convention).
// Pure functions over the tokens; the German lexicon is passed in. Offsets are UTF-16, end-exclusive.
import type { ActorKind } from '../types';
import { CLUB_ABBREVIATIONS, CLUB_WORDS, FIRM_NAME_HEADS } from '../resources/organizations';
import type { GermanLexicon } from './words';
import { isGermanAdjective, isLegalForm, isLexiconNoun, orgHead, placeOf } from './words';

export interface ShapeToken {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  sentStart: boolean;
}

export interface ShapeCtx {
  text: string;
  tokens: ShapeToken[];
  german: boolean;
  lex: GermanLexicon | null;
  towns: ReadonlySet<string>;
  /** Whether a capitalised word is a German common noun (memoised by the caller). */
  noun: (w: string) => boolean;
  /** Whether a word is a role noun ("Trainer", "Sprecher"). */
  role: (w: string) => boolean;
  /** townAdjective, memoised by the caller. */
  townAdj?: (w: string) => boolean;
}

/** A name found by its shape: token indices (inclusive) and the end offset (which may take a final period). */
export interface Shaped {
  first: number;
  last: number;
  end: number;
  kind: ActorKind;
}

export { CLUB_ABBREVIATIONS, CLUB_WORDS };
/** Heads of institutions that a town completes as a name ("Universität X", "Klinikum X", "X Verlag"). */
const TOWN_INSTITUTION_HEADS =
  /(universität|hochschule|fachhochschule|gymnasium|realschule|hauptschule|gesamtschule|grundschule|klinikum|klinik|krankenhaus|kraftwerk|museum|theater|staatsoper|stadtwerke|gericht|landratsamt|verlag|sparkasse|volksbank|forschungszentrum|institut|verband|verbund|innung|bistum|landeskirche|kammer|genossenschaft|tierpark|wildpark|werft|brauerei|pfarrei|kirchengemeinde|pfarrgemeinde|modehaus|kaufhaus|autohaus|verbraucherzentrale|polizeiinspektion|polizeidirektion|polizeipräsidium|lebenshilfe)$/;
/**
 * Endings of German place names ("-feld", "-bach", "-rode", "-stedt"). A word that the lexicon does not list as it
 * stands but that ends in one ("Lindenfeld", "Hallbach", "Seedorf") is read as a compound noun by the compound
 * test; after an institution head or a club word it is the town that completes the name ("Universität Lindenfeld").
 */
const PLACE_ENDING =
  /\p{Ll}{2}(burg|berg|dorf|stadt|heim|hausen|feld|felde|bach|furt|hof|hofen|brück|brücke|kirchen|hagen|rode|wald|tal|stein|born|brunn|werder|horst|hain|heide|stedt|stede|büttel|leben|ingen|lingen|beck|bek|wedel|kamp)$/u;

/** A town a list knows, or a word shaped like one that the lexicon does not list: "Lindenfeld", "Westfalen-Süd". */
function townLike(ctx: ShapeCtx, w: string): boolean {
  if (isTown(ctx, w)) return true;
  if (!ctx.german) return false;
  const dash = w.indexOf('-');
  // "Westfalen-Süd", "Lindenfeld-Land": a town and a part of it.
  if (dash > 0) return UPPER_INITIAL.test(w.slice(dash + 1)) && townLike(ctx, w.slice(0, dash));
  return PLACE_ENDING.test(w) && !isLexiconNoun(w, ctx.lex!) && !isGermanAdjective(w, ctx.lex!);
}
const TOWN_INSTITUTION_EXACT = new Set(['TU', 'FH', 'Uni', 'Oper', 'Zoo', 'LMU', 'RWTH']);
/**
 * Public services and bodies that only a town (or a word shaped like one) right after completes as a name ("Polizei
 * Münster", "Berufsfeuerwehr Olpe", "Schulbehörde Lindenfeld", "Krankenkasse Lindvikertal", "Havariekommando
 * Nordsee"); any other word after them is the body's own name or a genitive ("Katastrophenschutzbehörde Afad",
 * "die Behörde Ugandas"), so a bare "Behörde" or "Kasse" never takes one.
 */
const TOWN_SERVICE_HEADS = /(polizei|feuerwehr|[a-zäöüß]{3}(?:behörde|kasse|kommando|schutzbund|wacht|rettung))$/;
/**
 * Whether a word heads a body that a town completes as its name ("Feuerwehr", "Stadtwerke", "Universität"): the
 * heads townInstitution and its services read, for findActors' article-level step (a town the article names as a
 * place elsewhere, though no list knows it).
 */
export function townBodyHead(w: string): boolean {
  return townInstitutionHead(w) || TOWN_SERVICE_HEADS.test(w.toLowerCase());
}
/** Whether a word heads an institution or a firm that a town or its own name completes ("Brauerei", "Stadtwerke"). */
export function townInstitutionHead(w: string): boolean {
  return TOWN_INSTITUTION_EXACT.has(w) || TOWN_INSTITUTION_HEADS.test(w.toLowerCase());
}
/** Heads that a "für …" phrase completes as a name ("Bundesamt für …", "Institut für …"). */
const FIELD_HEADS =
  /(?:(?:ministerium|amt|institut|zentrum|verband|stiftung|rat|bund|verein|gericht|büro|forum|komitee|ausschuss|bündnis)(?:e?s)?|zentrale|gesellschaft|akademie|hochschule|universität|kommission|agentur|behörde|anstalt|kammer|stelle|liga|vereinigung|partei)$/;
const EN_FIELD_HEADS = new Set(
  `Institute Institution Council Committee Commission Ministry Department Agency Office Bureau University College School Foundation
  Association Federation Society Academy Centre Center Board Authority Service Fund Organization Organisation League Union Party Court
  Museum Library Laboratory Corporation Company Bank`.split(/\s+/),
);
const EN_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the']);
/** Street-name heads; the part before them must not be a common noun ("Hauptstraße" is generic, "Lindqviststraße" a name). */
const STREET =
  /^(.{3,}?)(straße|strasse|gasse|allee|damm|chaussee|tal|tals|hütte|platz|platzes|markt|marktes|markts|kirche|stadion|stadions|(?<![aä])ufer|(?<![aä])ufers|brunnen|brunnens|denkmal|denkmals)$/;
/** Heads after a town adjective that make a place ("Kopparberger Straße", "Lindviker Hauptbahnhof"). */
const TOWN_ADJ_PLACE_HEADS = new Set(
  'Straße Strasse Allee Platz Landstraße Chaussee Damm Ufer Brücke Tor Hauptbahnhof Bahnhof Flughafen Hafen'.split(' '),
);
/** Words that make a newspaper's name after a town adjective ("Lindviker Rundschau", "Kopparberger Zeitung"). */
const PAPER_HEADS = new Set(
  'Zeitung Rundschau Anzeiger Kurier Tageblatt Tagblatt Nachrichten Allgemeine Allgemeinen Volksstimme Morgenpost Abendblatt Abendzeitung Stimme Bote Rundblick Echo Wochenblatt Generalanzeiger Neueste Presse Landeszeitung Kreiszeitung Stadtanzeiger Landbote Kreisbote Tagespost Kreisblatt Heimatzeitung'.split(
    ' ',
  ),
);
const COMPASS =
  /^(Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Mittel|Ober|Nieder|Unter|Zentral)(\p{Lu}?\p{Ll}{3,})$/u;
const COMPASS_WORD = /^(Nord|Süd|Ost|West|Mittel|Ober|Unter|Nieder|Haupt|Neben|Seiten|Quer)$/;
/** Heads of a palace or estate that take its name after them as part of a place's name ("Schloss Lindvik"). */
const ESTATE_HEADS = new Set(['Schloss', 'Schlosspark']);
const INDEFINITE = /^(ein|eine|einer|einem|einen|eines|kein|keine|keiner|keinem|keinen|jede|jeder|jedem|jeden|jedes)$/i;

function adjacent(ctx: ShapeCtx, a: number, b: number): boolean {
  const ta = ctx.tokens[a];
  const tb = ctx.tokens[b];
  return !!ta && !!tb && tb.start === ta.end + 1 && ctx.text.charCodeAt(ta.end) === 32;
}

function stop(ctx: ShapeCtx, w: string): boolean {
  return ctx.german ? ctx.lex!.DE_STOPWORDS.has(w.toLowerCase()) : EN_CONNECTORS.has(w.toLowerCase());
}

/** A known place or town ("Kopparberg"). */
function isTown(ctx: ShapeCtx, w: string): boolean {
  return placeOf(w) !== undefined || ctx.towns.has(w);
}

const UPPER_INITIAL = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}+$/u;

/** An adjective made of a town's name ("Kopparberger", "Münchner", "Bremer"). */
export function townAdjective(ctx: ShapeCtx, w: string): boolean {
  if (w.length < 5 || !w.endsWith('er') || !UPPER_INITIAL.test(w)) return false;
  const base = w.slice(0, -2);
  return (
    townLike(ctx, base) ||
    // "Wendelsroder" of a town shaped like one that ends in "-e" ("Wendelsrode", "Lindenfelde").
    (ctx.german && PLACE_ENDING.test(base + 'e') && townLike(ctx, base + 'e')) ||
    isTown(ctx, base + 'en') ||
    isTown(ctx, base + 'e') ||
    (base.endsWith('n') && isTown(ctx, base.slice(0, -1) + 'en'))
  );
}

/** Capitalised adjectives right before token i ("Technischen Universität"): the index of the first. */
function adjectivesBefore(ctx: ShapeCtx, i: number): number {
  let f = i;
  while (f > 0 && ctx.german && adjacent(ctx, f - 1, f)) {
    const t = ctx.tokens[f - 1]!;
    if (
      !t.cap ||
      !(isGermanAdjective(t.text, ctx.lex!) || (ctx.townAdj ?? ((x: string) => townAdjective(ctx, x)))(t.text)) ||
      stop(ctx, t.text)
    )
      break;
    f--;
  }
  return f;
}

function club(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens, text } = ctx;
  const tok = tokens[i]!;
  if (CLUB_ABBREVIATIONS.has(tok.text)) {
    let last = i;
    while (last - i < 3 && adjacent(ctx, last, last + 1)) {
      const t = tokens[last + 1]!;
      if (!(t.cap || /^\d+$/.test(t.text)) || stop(ctx, t.text) || ctx.role(t.text)) break;
      last++;
    }
    if (last === i) return null;
    // "1. FC Lindvik": the ordinal belongs to the name.
    const p = tokens[i - 1];
    const first = p && /^\d$/.test(p.text) && text.slice(p.end, tok.start) === '. ' ? i - 1 : i;
    return { first, last, end: tokens[last]!.end, kind: 'organization' };
  }
  // A club word and its town, or a word no list knows ("Eintracht Kopparberg", "Fortuna Lindvik"): not a common
  // noun, a function word, a given name ("Sturm Xaver"), an adjective or an acronym other than a club's ("Hertha BSC").
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (
    CLUB_WORDS.has(tok.text) &&
    next?.cap &&
    adjacent(ctx, i, i + 1) &&
    (isTown(ctx, next.text) ||
      (ctx.german &&
        // Not inside a longer name ("Hypo Real Estate"); a common noun before it describes the club
        // ("Oberligist Fortuna Lindvik").
        !(prev?.cap && !tok.sentStart && adjacent(ctx, i - 1, i) && !ctx.noun(prev.text)) &&
        (CLUB_ABBREVIATIONS.has(next.text) || !ALL_CAPS.test(next.text)) &&
        (!ctx.noun(next.text) || townLike(ctx, next.text)) &&
        !stop(ctx, next.text) &&
        !ctx.lex!.GIVEN_NAMES.has(next.text) &&
        !isGermanAdjective(next.text, ctx.lex!)))
  )
    return { first: i, last: i + 1, end: next.end, kind: 'organization' };
  return null;
}

/** "Universität Kopparberg", "Kopparberger Verlag": an institution head and a town. */
function townInstitution(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens } = ctx;
  const tok = tokens[i]!;
  const head = TOWN_INSTITUTION_EXACT.has(tok.text) || TOWN_INSTITUTION_HEADS.test(tok.text.toLowerCase());
  if (!head) {
    // Not "Polizei von Rio" (a town of several words), nor "Bundespolizei FBI" (the body's own name).
    const town = tokens[i + 1];
    if (
      ctx.german &&
      TOWN_SERVICE_HEADS.test(tok.text.toLowerCase()) &&
      town?.cap &&
      adjacent(ctx, i, i + 1) &&
      townLike(ctx, town.text) &&
      !(tokens[i + 2]?.cap && adjacent(ctx, i + 1, i + 2))
    )
      return { first: adjectivesBefore(ctx, i), last: i + 1, end: town.end, kind: 'organization' };
    return null;
  }
  // "Universität von Lindvik": the town after "von".
  const via = tokens[i + 1];
  if (
    ctx.german &&
    via?.text === 'von' &&
    adjacent(ctx, i, i + 1) &&
    adjacent(ctx, i + 1, i + 2) &&
    tokens[i + 2]!.cap &&
    isTown(ctx, tokens[i + 2]!.text)
  )
    return { first: adjectivesBefore(ctx, i), last: i + 2, end: tokens[i + 2]!.end, kind: 'organization' };
  const next = tokens[i + 1];
  // A saint's name: "Pfarrei St. Marien", "Krankenhaus St. Josef".
  if (
    ctx.german &&
    next?.text === 'St' &&
    adjacent(ctx, i, i + 1) &&
    ctx.text.charCodeAt(next.end) === 46 &&
    tokens[i + 2]?.start === next.end + 2 &&
    tokens[i + 2]!.cap &&
    !stop(ctx, tokens[i + 2]!.text)
  )
    return { first: adjectivesBefore(ctx, i), last: i + 2, end: tokens[i + 2]!.end, kind: 'organization' };
  // A spa town: "Kreiskrankenhaus Bad Lindvik" (not "Krankenhaus Bad Hersfelder Straße").
  const spa = tokens[i + 2];
  if (
    ctx.german &&
    next?.text === 'Bad' &&
    spa?.cap &&
    adjacent(ctx, i, i + 1) &&
    adjacent(ctx, i + 1, i + 2) &&
    !stop(ctx, spa.text) &&
    !ctx.noun(spa.text) &&
    !(ctx.townAdj ?? ((x: string) => townAdjective(ctx, x)))(spa.text)
  )
    return { first: adjectivesBefore(ctx, i), last: i + 2, end: spa.end, kind: 'organization' };
  // A town, or a word that is no common noun and no function word: "Kraftwerk Lindvik".
  if (
    next &&
    adjacent(ctx, i, i + 1) &&
    next.cap &&
    (townLike(ctx, next.text) ||
      (ctx.german &&
        // An acronym after the head is the body's own name ("der Weltverband FIFA").
        !ALL_CAPS.test(next.text) &&
        !ctx.noun(next.text) &&
        !stop(ctx, next.text) &&
        !ctx.lex!.GIVEN_NAMES.has(next.text) &&
        !isGermanAdjective(next.text, ctx.lex!)))
  ) {
    // A legal form ends the name ("Stadtwerke Lindenfeld GmbH").
    const last = adjacent(ctx, i + 1, i + 2) && isLegalForm(tokens[i + 2]!.text) ? i + 2 : i + 1;
    return { first: adjectivesBefore(ctx, i), last, end: tokens[last]!.end, kind: 'organization' };
  }
  return null;
}

/** Endings of abstract common nouns ("Insolvenz", "Übernahme", "Schließung"): no firm's own name after its head. */
const ABSTRACT_ENDING = /\p{Ll}(?:ung|heit|keit|schaft|enz|anz|ion|ität|ismus|nahme|gabe)$/u;
/** "&" or "und" and a capitalised word after a name: the name goes on ("Riedl & Kessler", "Brackhorst und Söhne"). */
const FIRM_JOIN = /^ (?:&|und \p{Lu})/u;
/**
 * "Reederei Möwenlinie", "Brauerei Kornblume": a firm's head (FIRM_NAME_HEADS) and one word the lexicon does not list
 * as it stands, as one name. A compound the lexicon does not list is the firm's own name there, though the compound
 * test reads it as a noun; a listed noun ("Brauerei Bier") is no name, nor a given name ("Stiftung Anna …"), a role,
 * an adjective, an acronym or a function word. Not after an indefinite article ("eine Brauerei …"), nor when a
 * further capitalised word follows (unless a legal form: "Spedition Möwenlinie GmbH").
 */
function firmName(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens } = ctx;
  if (!ctx.german || !FIRM_NAME_HEADS.has(tokens[i]!.text)) return null;
  const next = tokens[i + 1];
  if (!next?.cap || !adjacent(ctx, i, i + 1) || next.text.length < 4 || ALL_CAPS.test(next.text)) return null;
  const w = next.text;
  if (stop(ctx, w) || ctx.role(w) || ctx.lex!.GIVEN_NAMES.has(w) || isGermanAdjective(w, ctx.lex!)) return null;
  if (isLexiconNoun(w, ctx.lex!) || w.includes('-') || ABSTRACT_ENDING.test(w)) return null;
  // "Bankhaus Riedl & Kessler", "Molkerei Brackhorst & Söhne": the firm chain reads the whole name.
  if (FIRM_JOIN.test(ctx.text.slice(next.end, next.end + 6))) return null;
  const p = tokens[i - 1];
  if (p && INDEFINITE.test(p.text)) return null;
  let last = i + 1;
  const after = tokens[i + 2];
  if (after?.cap && adjacent(ctx, i + 1, i + 2)) {
    if (!isLegalForm(after.text)) return null;
    last = i + 2;
  }
  return { first: i, last, end: tokens[last]!.end, kind: 'organization' };
}

/**
 * Compound heads of associations and bodies whose name goes on with the task they serve ("Zweckverband",
 * "Förderverein", "Bäckerinnung"); after a bare "Verein" the noun is the body's own name ("Verein Lebenshilfe X").
 */
const ASSOCIATION_HEADS = /\p{Ll}{3}(?:verband|verein|innung|kammer|verbund|genossenschaft)$/u;
/** Adjectives that open the name of a region or a river's stretch ("Obere Lenne", "Hohe Geest", "Untere Lindau"). */
const REGION_ADJECTIVES =
  /^(?:Obere|Oberer|Oberes|Untere|Unterer|Unteres|Mittlere|Mittlerer|Mittleres|Hohe|Hoher|Hohes|Innere|Inneres|Äußere|Äußeres)$/;

/**
 * "Zweckverband Wasserversorgung Lindtal", "Förderverein Freibad Kopparberg", "Bauernverband Hohe Geest",
 * "Zweckverband Hochwasserschutz Obere Lenne": an association's head, a common noun for its task and/or a region's
 * adjective, and a town or a word that is no common noun (after a region's adjective any noun: "Hohe Geest"), as one
 * name. Not when a further capitalised word follows (the run may go on into another name), nor a role, an acronym or
 * (with no region's adjective) a given name as the last word.
 */
function associationOfRegion(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens } = ctx;
  if (!ctx.german || !ASSOCIATION_HEADS.test(tokens[i]!.text.toLowerCase())) return null;
  let k = i + 1;
  const task = tokens[k];
  if (!task?.cap || !adjacent(ctx, i, k) || stop(ctx, task.text)) return null;
  let named = false;
  if (
    !REGION_ADJECTIVES.test(task.text) &&
    !ALL_CAPS.test(task.text) &&
    // A club's word and its town are the club's name ("Traditionsverein Preußen Lindvik"): club() reads that.
    !CLUB_WORDS.has(task.text) &&
    placeOf(task.text) === undefined &&
    ctx.noun(task.text) &&
    !ctx.role(task.text) &&
    !townLike(ctx, task.text)
  ) {
    named = true;
    k++;
  }
  let region = false;
  const adjective = tokens[k];
  if (adjective && REGION_ADJECTIVES.test(adjective.text) && adjacent(ctx, k - 1, k)) {
    region = true;
    k++;
  }
  if (!named && !region) return null;
  const town = tokens[k];
  if (!town?.cap || !adjacent(ctx, k - 1, k) || stop(ctx, town.text) || ALL_CAPS.test(town.text)) return null;
  if (ctx.role(town.text) || isGermanAdjective(town.text, ctx.lex!)) return null;
  // "Obere Lenne": after a region's adjective even a word that is also a given name is the region's.
  if (!region && ctx.lex!.GIVEN_NAMES.has(town.text)) return null;
  if (!region && !townLike(ctx, town.text) && ctx.noun(town.text)) return null;
  if (tokens[k + 1]?.cap && adjacent(ctx, k, k + 1)) return null;
  return { first: adjectivesBefore(ctx, i), last: k, end: town.end, kind: 'organization' };
}

/**
 * "Radio Lindvik", "Radio Marschland": a broadcaster named by "Radio" and a town or a word that is no noun of the
 * lexicon, a medium (not the town or region it is named after). Not "Radio Sender", nor a role or a given name after it.
 */
function broadcaster(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!ctx.german || tokens[i]!.text !== 'Radio' || !next?.cap || !adjacent(ctx, i, i + 1)) return null;
  const w = next.text;
  if (stop(ctx, w) || ctx.role(w) || ctx.lex!.GIVEN_NAMES.has(w) || isGermanAdjective(w, ctx.lex!)) return null;
  // A noun the lexicon lists as it stands is the radio's programme or content ("Radio Musik"); a compound it does not
  // list names the station after its region ("Radio Marschland", "Radio Weserkante").
  if (!townLike(ctx, w) && isLexiconNoun(w, ctx.lex!)) return null;
  return { first: i, last: i + 1, end: next.end, kind: 'media' };
}

/** Compound heads of a level that name a body by themselves ("Bundesverband", "Reichsvereinigung", "Dachverband"). */
const BODY_COMPOUND =
  /^(?:Bundes|Landes|Reichs|Kreis|Bezirks|Zentral|Dach|Haupt|Gesamt|Welt)(?:verband|verbandes|vereinigung|gesellschaft|akademie|stiftung|institut|instituts|kammer|verein|vereins)$/;

/**
 * The genitive-complement case of fieldInstitution: "Königlich-Lindviker Akademie der Wissenschaften" (capitalised
 * adjectives before the head), "Bundesverband der Kopparberger Reeder", "Landesverband deutscher Imker" (a
 * compound head), with a plural noun after "der" or a genitive adjective. A bare head with it is a common phrase
 * ("die Gesellschaft der Zukunft").
 */
function genitiveInstitution(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens } = ctx;
  const first = adjectivesBefore(ctx, i);
  if (tokens[first]!.sentStart && first < i) return null;
  if (first === i && !BODY_COMPOUND.test(tokens[i]!.text)) return null;
  let k = i + 1;
  if (tokens[k]!.text === 'der') k++;
  // Genitive plural adjectives: "deutscher", "Norddeutscher".
  while (
    k < i + 4 &&
    tokens[k] &&
    adjacent(ctx, k - 1, k) &&
    /\p{Ll}er$/u.test(tokens[k]!.text) &&
    tokens[k + 1]?.cap
  ) {
    const t = tokens[k]!.text;
    if (!(isGermanAdjective(t, ctx.lex!) || (ctx.townAdj ?? ((x: string) => townAdjective(ctx, x)))(t))) break;
    k++;
  }
  const noun = tokens[k];
  if (k === i + 1 || !noun?.cap || !adjacent(ctx, k - 1, k) || stop(ctx, noun.text)) return null;
  if (!/(en|er|e|n)$/.test(noun.text) || !ctx.noun(noun.text)) return null;
  return { first, last: k, end: noun.end, kind: 'organization' };
}

/** "Bundesamt für Strahlenschutz und Umwelt", "Institute for Fiscal Studies", "Council on Foreign Relations". */
function fieldInstitution(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens } = ctx;
  const tok = tokens[i]!;
  const german = ctx.german && FIELD_HEADS.test(tok.text.toLowerCase()) && !ctx.role(tok.text);
  const english = EN_FIELD_HEADS.has(tok.text);
  if (!german && !english) return null;
  const link = tokens[i + 1];
  if (!link || !adjacent(ctx, i, i + 1)) return null;
  // A genitive complement names an institution that capitalised adjectives open ("Königlich-Lindviker Akademie
  // der Wissenschaften", "Europäische Gesellschaft der Kardiologen"); a bare head with it is a common phrase.
  if (german && (link.text === 'der' || /\p{Ll}er$/u.test(link.text))) return genitiveInstitution(ctx, i);
  if (german ? link.text !== 'für' : !/^(of|for|on)$/.test(link.text)) return null;
  const p = tokens[i - 1];
  if (p && INDEFINITE.test(p.text)) return null;
  let last = -1;
  let k = i + 2;
  while (k < tokens.length && (adjacent(ctx, k - 1, k) || elidedJoin(ctx, last, k))) {
    const t = tokens[k]!;
    if (t.cap && !stop(ctx, t.text)) {
      last = k;
      k++;
      continue;
    }
    // A lower-case adjective before a noun ("für wirtschaftliche Zusammenarbeit"), "und", "des", "the".
    const lower = t.text.toLowerCase();
    if (
      ctx.german &&
      !t.cap &&
      /(e|en|er|es|em)$/.test(t.text) &&
      tokens[k + 1]?.cap &&
      !stop(ctx, t.text) &&
      adjacent(ctx, k, k + 1)
    ) {
      k++;
      continue;
    }
    if (
      (lower === 'und' || lower === 'and' || lower === '&' || lower === 'the') &&
      last === k - 1 &&
      tokens[k + 1]?.cap
    ) {
      k++;
      continue;
    }
    if (
      (lower === 'des' || lower === 'der' || lower === 'of') &&
      last === k - 1 &&
      tokens[k + 1]?.cap &&
      isTown(ctx, tokens[k + 1]!.text)
    ) {
      k++;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  let first = german ? adjectivesBefore(ctx, i) : i;
  if (english)
    while (
      first > 0 &&
      adjacent(ctx, first - 1, first) &&
      tokens[first - 1]!.cap &&
      !tokens[first - 1]!.sentStart &&
      !stop(ctx, tokens[first - 1]!.text)
    )
      first--;
  return { first, last, end: tokens[last]!.end, kind: 'organization' };
}

/**
 * A compound's part whose shared end is left out before "und"/"oder" ("für Luft- und Raumfahrt", "Bau- oder
 * Wohnungswesen"): the hyphen right after the name's last word `last`, one space, the conjunction at token `k`, and a
 * capitalised word after it.
 */
function elidedJoin(ctx: ShapeCtx, last: number, k: number): boolean {
  if (last < 0 || last !== k - 1) return false;
  const a = ctx.tokens[last]!;
  const b = ctx.tokens[k]!;
  return (
    ctx.german &&
    b.start === a.end + 2 &&
    ctx.text.charCodeAt(a.end) === 45 &&
    ctx.text.charCodeAt(a.end + 1) === 32 &&
    (b.text === 'und' || b.text === 'oder') &&
    !!ctx.tokens[k + 1]?.cap &&
    adjacent(ctx, k, k + 1)
  );
}

/** Prefixes of generic street and square words ("Vorplatz", "Bahnhofsvorplatz", "Hinterhof"). */
const GENERIC_PREFIX = /(?:vor|haupt|neben|hinter|vorder|rück|seiten)$/i;

/** Whether the part before a street head is such a prefix, alone or after a common noun ("Bahnhofs|vor"). */
function genericPrefix(ctx: ShapeCtx, first: string): boolean {
  const m = GENERIC_PREFIX.exec(first);
  if (!m) return false;
  const rest = first.slice(0, m.index);
  if (rest.length === 0) return true;
  const word = rest[0]!.toUpperCase() + rest.slice(1);
  return ctx.noun(word) || ctx.noun(word.replace(/s$/, ''));
}

const HOUSE_NUMBER = /^\d{1,3}[a-z]?$/;
const MONTH_AFTER = /^\s*(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)/;

/** A street's house number belongs to its name ("Lindqviststraße 12", "Kopparberger Straße 90c"). */
function houseNumber(ctx: ShapeCtx, street: Shaped): Shaped {
  const num = ctx.tokens[street.last + 1];
  if (!num || !adjacent(ctx, street.last, street.last + 1) || !HOUSE_NUMBER.test(num.text)) return street;
  // Not a number that goes on ("Straße 12,5", "Straße 4/6"), nor a date's day ("Straße 3. Oktober").
  const after = ctx.text.charCodeAt(num.end);
  if (after === 44 || after === 45 || after === 47) return street;
  if (after === 46 && MONTH_AFTER.test(ctx.text.slice(num.end + 1, num.end + 12))) return street;
  return { ...street, last: street.last + 1, end: num.end };
}

/** Places by a prefix or a head: "St. Lindvik", "Bad Kopparberg", "Lindqviststraße", "Kopparberger Straße", "Nordlindvik". */
function shapedPlace(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens, text } = ctx;
  const tok = tokens[i]!;
  const w = tok.text;
  const next = tokens[i + 1];
  if (
    (w === 'St' || w === 'Sankt') &&
    next?.cap &&
    next.start === tok.end + (w === 'St' ? 2 : 1) &&
    (w !== 'St' || text.charCodeAt(tok.end) === 46)
  ) {
    let last = i + 1;
    if (
      adjacent(ctx, last, last + 1) &&
      tokens[last + 1]!.cap &&
      !stop(ctx, tokens[last + 1]!.text) &&
      !ctx.noun(tokens[last + 1]!.text)
    )
      last++;
    return { first: i, last, end: tokens[last]!.end, kind: 'place' };
  }
  if (w === 'Bad' && next?.cap && adjacent(ctx, i, i + 1) && !stop(ctx, next.text) && !ctx.noun(next.text))
    return { first: i, last: i + 1, end: next.end, kind: 'place' };
  // A palace and its park are named by the estate's name after the head ("Schloss Lindvik", "Schlosspark
  // Kopparberg"): the building, a place, with the head as part of its name.
  if (
    ESTATE_HEADS.has(w) &&
    next?.cap &&
    adjacent(ctx, i, i + 1) &&
    !stop(ctx, next.text) &&
    (isTown(ctx, next.text) || !ctx.noun(next.text))
  )
    return { first: i, last: i + 1, end: next.end, kind: 'place' };
  if (!ctx.german) return null;
  if (next && adjacent(ctx, i, i + 1) && (ctx.townAdj ?? ((x: string) => townAdjective(ctx, x)))(w)) {
    // "Lindviker Rundschau", "Kopparberger Anzeiger": a town's newspaper.
    if (PAPER_HEADS.has(next.text)) return { first: i, last: i + 1, end: next.end, kind: 'media' };
    if (TOWN_ADJ_PLACE_HEADS.has(next.text))
      return houseNumber(ctx, { first: i, last: i + 1, end: next.end, kind: 'place' });
    if ((orgHead(next.text) || TOWN_INSTITUTION_HEADS.test(next.text.toLowerCase())) && !ctx.role(next.text)) {
      // "Kopparberger Verlag", "Lindviker Mieterverein"; a town may follow ("Kopparberger Verlag Lindvik").
      const last = adjacent(ctx, i + 1, i + 2) && isTown(ctx, tokens[i + 2]!.text) ? i + 2 : i + 1;
      return { first: i, last, end: tokens[last]!.end, kind: 'organization' };
    }
  }
  const lex = ctx.lex!;
  if (lex.DE_NOUNS.has(w)) return null;
  const street = STREET.exec(w);
  if (
    street &&
    !COMPASS_WORD.test(street[1]!) &&
    !ctx.noun(street[1]!) &&
    !ctx.noun(street[1]!.replace(/s$/, '')) &&
    !lex.DE_ADJECTIVES.has(street[1]!.toLowerCase()) &&
    // A verb's stem ("Sammelplatz", "Sendeplatz") or a hyphenated compound ("Musik-Downloadmarkt") is generic.
    !lex.DE_NOUNS.has(street[1]! + 'n') &&
    !street[1]!.includes('-') &&
    !genericPrefix(ctx, street[1]!) &&
    // A company that bears the place's name ("… Stadion GmbH") is left to the legal form.
    !(next && adjacent(ctx, i, i + 1) && isLegalForm(next.text))
  )
    return houseNumber(ctx, { first: i, last: i, end: tok.end, kind: 'place' });
  const compass = COMPASS.exec(w);
  if (compass) {
    const rest = compass[2]!;
    const cap = rest[0]!.toUpperCase() + rest.slice(1);
    if (isTown(ctx, cap)) return { first: i, last: i, end: tok.end, kind: 'place' };
  }
  return null;
}

/** Words that name a road with its number after them ("Bundesstraße 216", "Interstate 95", "Route 66"). */
const ROAD_HEADS = new Set(
  'Autobahn Bundesautobahn Bundesstraße Landesstraße Staatsstraße Kreisstraße Interstate Highway Route'.split(' '),
);
/** Letters of a road class before its number ("A 7", "B 27"). */
const ROAD_LETTERS = new Set(['A', 'B']);
/** Words right before "A 7" that make it a road: an article, a preposition of place or motion, "und" after a road. */
const ROAD_BEFORE = new Set(
  'der die den dem zur zum auf über von an bis und oder sowie Autobahn Autobahnen Bundesautobahn the'.split(' '),
);
const ROAD_NUMBER = /^\d{1,3}$/;

/** A road: a road word or a class letter with its number ("Bundesstraße 216", "der A 7"), or null. */
function road(ctx: ShapeCtx, i: number): Shaped | null {
  const { tokens, text } = ctx;
  const tok = tokens[i]!;
  const num = tokens[i + 1];
  if (!num || !ROAD_NUMBER.test(num.text) || !adjacent(ctx, i, i + 1)) return null;
  // A number that goes on ("A 7.5", "Route 66/67", "A 1-Tunnel") is no road's.
  const after = text.charCodeAt(num.end);
  if (after === 45 || after === 47 || ((after === 44 || after === 46) && /\d/.test(text[num.end + 1] ?? '')))
    return null;
  if (ROAD_LETTERS.has(tok.text)) {
    const before = tokens[i - 1];
    if (!before || tok.sentStart || before.end + 1 !== tok.start || !ROAD_BEFORE.has(before.text)) return null;
  } else if (!ROAD_HEADS.has(tok.text)) return null;
  return { first: i, last: i + 1, end: num.end, kind: 'place' };
}

/** Whether a word can open or head a shaped name at all: a cheap test, memoised by the caller per word. */
export function mayShape(ctx: ShapeCtx, w: string): boolean {
  if (
    CLUB_ABBREVIATIONS.has(w) ||
    CLUB_WORDS.has(w) ||
    TOWN_INSTITUTION_EXACT.has(w) ||
    EN_FIELD_HEADS.has(w) ||
    w === 'St' ||
    w === 'Sankt' ||
    w === 'Bad' ||
    w === 'Radio' ||
    ESTATE_HEADS.has(w) ||
    FIRM_NAME_HEADS.has(w) ||
    ROAD_HEADS.has(w) ||
    ROAD_LETTERS.has(w)
  )
    return true;
  if (!ctx.german) return false;
  // The head patterns are anchored at the end: test only the tail.
  const tail = w.slice(-20).toLowerCase();
  return (
    TOWN_INSTITUTION_HEADS.test(tail) ||
    TOWN_SERVICE_HEADS.test(tail) ||
    ASSOCIATION_HEADS.test(tail) ||
    FIELD_HEADS.test(tail) ||
    STREET_END.test(tail) ||
    COMPASS.test(w) ||
    (ctx.townAdj ?? ((x: string) => townAdjective(ctx, x)))(w)
  );
}
const STREET_END =
  /(straße|strasse|gasse|allee|damm|chaussee|tal|tals|hütte|platz|platzes|markt|marktes|markts|kirche|stadion|stadions|(?<![aä])ufer|(?<![aä])ufers|brunnen|brunnens|denkmal|denkmals)$/;

/** A name at token i recognised by its shape, or null. `may` is mayShape, memoised. */
export function shapedName(ctx: ShapeCtx, i: number, may: (w: string) => boolean): Shaped | null {
  const tok = ctx.tokens[i]!;
  if (!tok.cap || !may(tok.text)) return null;
  return (
    club(ctx, i) ??
    broadcaster(ctx, i) ??
    associationOfRegion(ctx, i) ??
    townInstitution(ctx, i) ??
    firmName(ctx, i) ??
    fieldInstitution(ctx, i) ??
    shapedPlace(ctx, i) ??
    road(ctx, i)
  );
}
