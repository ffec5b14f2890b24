// Finding name spans in one text, with a first guess at their kind. One left-to-right pass over word tokens:
// a capitalised word starts a name when it is known (gazetteer, given name, agency, institution, acronym) or,
// in German, when it is neither a common noun (lexicon, compounds), an adjective nor a function word; names
// chain over single spaces ("Park Min-jae", "Atlantic Council", "Demokratische Volksrepublik Korea").
// The words before a name type it: "Herr"/"Mrs" (part of the mention), a role ("Kreml-Sprecher", "der russische
// Präsident"), a medium ("Nachrichtenagentur"), an organisation head ("Geheimdienst"). Sentence-initial words
// that are unknown stay "weak" until the rest of the document confirms them (index.ts).
// Offsets are UTF-16, end-exclusive. Linear in the text; one regex pass for tokens.
import type { ActorKind } from '../types';
import { ADDRESS_TITLES } from '../resources/roles';
import {
  CURRENCY_AFTER_NUMBER,
  CURRENCY_WORDS,
  DATE_LINE_WORDS,
  DE_SENTENCE_ADVERBS,
  EAST_ASIAN_GIVEN_NAME,
  EAST_ASIAN_SURNAMES,
  EN_STOPWORDS,
  GEO_HEADS,
  MONTH_ABBREVIATIONS,
  NAME_PARTICLES,
  NON_NAME_ACRONYMS,
  PLACE_PREPOSITIONS,
  THING_HEAD,
  THING_WORDS,
} from '../resources/nameParts';
import { MAJOR_OUTLETS, NEWS_AGENCIES } from '../resources/agencies';
import { FIRM_NAME_HEADS, PARTY_WORDS } from '../resources/organizations';
import { AMBIGUOUS_PLACES, CITY_SPELLINGS, COUNTRY_SPELLINGS } from '../resources/places';
import { type ShapeCtx, mayShape, shapedName, townAdjective } from './shapes';
import {
  type GermanLexicon,
  institutionOf,
  isGermanAdjective,
  isGermanNoun,
  isLegalForm,
  isLexiconNoun,
  isMediaName,
  mediaHead,
  ownCopy,
  orgAppositionHead,
  orgHead,
  placeAppositionHead,
  placeOf,
  roleHead as roleHeadOf,
  startsMultiword,
} from './words';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First word of a sentence, a line, a quotation or a bracket. */
  sentStart: boolean;
}

export interface Candidate {
  /** Token indices of the name, inclusive. */
  first: number;
  last: number;
  /** Mention span (includes an address title such as "Herr"). */
  start: number;
  end: number;
  /** The name without an address title. */
  nameStart: number;
  kind: ActorKind | null;
  /** false: only a guess that the rest of the document must confirm. */
  strong: boolean;
  /** A role stated before the name ("Kreml-Sprecher", "nordkoreanische Staatschef"). */
  role: { start: number; end: number } | null;
  /** Canonical gazetteer name when known ("Moskau" for "Moscow"). */
  canonical: string | null;
  /** The kind is a guess from a word list of towns: it does not teach the rest of the document. */
  guessed: boolean;
}

const OPENERS = new Set(['\n', '.', '!', '?', ':', '„', '“', '"', '«', '»', '(', '[', '–', '—', '‚', '‘', "'", ';']);
/** OPENERS by code unit: the tokenizer tests the character before every word. */
const OPENER_CODES: ReadonlySet<number> = new Set([...OPENERS].map((c) => c.charCodeAt(0)));
const EN_NATIONALITY =
  /^(American|Russian|Chinese|German|French|British|English|Korean|Japanese|Ukrainian|Israeli|Palestinian|Iranian|Iraqi|Syrian|Turkish|Indian|Pakistani|Afghan|European|African|Asian|Arab|Italian|Spanish|Polish|Dutch|Swiss|Austrian|Canadian|Mexican|Brazilian|Australian|Saudi|Egyptian|Western|Eastern|Northern|Southern|Soviet|Belarusian|Georgian|Hungarian|Greek|Swedish|Norwegian|Danish|Finnish|Czech|Romanian|Serbian|Croatian|Vietnamese|Thai|Taiwanese|Lebanese|Jordanian|Yemeni|Libyan|Sudanese|Nigerian|Kenyan|Christian|Muslim|Jewish|Catholic|Protestant|Democratic|Republican|Communist|Conservative|Labour|Liberal|Socialist)$/;

/** Capitalised words that open an English title ("Prime Minister", "Foreign Secretary"). */
const EN_ROLE_MODIFIERS = new Set(
  'prime foreign defence defense interior finance deputy vice chief general attorney home state secretary senior acting former'.split(
    ' ',
  ),
);

/** Abbreviations that end in a period and are no names ("Mrd.", "Chr.", "Dr."). */
const ABBREVIATIONS = new Set(
  'Mrd Mio Mill Dr Prof St Chr Nr Bd Jh Jhd Hr Fr Abs Art Str Tsd Bzw Vgl Ca Evtl Inkl Ggf Mag Dipl Ing Min Max Kap Tel Fa Gebr Co'.split(
    ' ',
  ),
);

/** Regnal and generation numbers after a name ("Elisabeth II.", "Magnus I."). */
const NOBILITY_TITLES = new Set(['Sir', 'Dame', 'Lord', 'Lady']);
const ISCH = /\p{Ll}isch(e|en|er|es|em)$/u;

/** Whether a word ends in "-isch" with an adjective ending ("russischen"); `bare` allows no ending. Tests only the tail. */
function isch(w: string, bare = false): boolean {
  const n = w.length;
  if (n < 5) return false;
  const c = w.charCodeAt(n - 1);
  // Cheap pre-test on the last letter: h (bare), e, n, r, s, m.
  if (c !== 101 && c !== 110 && c !== 114 && c !== 115 && c !== 109 && !(bare && c === 104)) return false;
  return (bare ? ISCH_BARE : ISCH).test(w.slice(-7));
}
const ISCH_BARE = /\p{Ll}isch(e|en|er|es|em)?$/u;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

const WORD_RE = /[\p{L}\p{N}]/u;
const AL_NAME = /^(?:al|el)-\p{Lu}/u;
/**
 * Which code units up to U+024F (Latin, with its accented letters) are letters or digits (\p{L}, \p{N}): a
 * table built once, because the scanner below is the tokenizer's inner loop and a Unicode regex per character
 * costs more than the rest of the pass. Other scripts are tested with the regex as they come.
 */
const LATIN_WORD_UNIT: Uint8Array = (() => {
  const t = new Uint8Array(0x250);
  for (let c = 0; c < 0x250; c++) t[c] = WORD_RE.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** Whether the UTF-16 unit c is a letter or digit (a surrogate half is not: see astralLetter). */
function wordUnit(c: number): boolean {
  if (c < 0x250) return LATIN_WORD_UNIT[c] === 1;
  return (c < 0xd800 || c > 0xdfff) && WORD_RE.test(String.fromCharCode(c));
}

const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/** A letter outside the Basic Multilingual Plane: a surrogate pair at i that is \p{L} or \p{N}. */
function astralLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && ASTRAL_WORD.test(text.slice(i, i + 2));
}

/** Whether the unit at i joins two word parts: a hyphen or an apostrophe with a letter or digit after it. */
function joiner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 45 || c === 39 || c === 8217) && wordUnit(text.charCodeAt(i + 1));
}

export function tokenize(text: string, language: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!wordUnit(text.charCodeAt(i)) && !astralLetter(text, i)) {
      i++;
      continue;
    }
    // A word: letters and digits, parts joined by "-" or an apostrophe ("Park Min-jae", "Lindqvist's").
    const start = i;
    for (;;) {
      if (i >= n) break;
      if (wordUnit(text.charCodeAt(i)) || (i > start && joiner(text, i))) i++;
      else if (astralLetter(text, i)) i += 2;
      else break;
    }
    let s = text.slice(start, i);
    // English possessive: "Lindqvist's" -> "Lindqvist".
    const q = s.charCodeAt(s.length - 2);
    if (language !== 'de' && s.length > 3 && (q === 39 || q === 8217) && s.charCodeAt(s.length - 1) === 115)
      s = s.slice(0, -2);
    let k = start - 1;
    let ch = k >= 0 ? text.charCodeAt(k) : -1;
    while (ch === 32 || ch === 9 || ch === 13) ch = --k >= 0 ? text.charCodeAt(k) : -1;
    let sentStart = k < 0 || OPENER_CODES.has(ch) || (ch === 45 && k > 0 && text.charCodeAt(k - 1) === 32);
    // An initial or an abbreviation does not end the sentence: "George W. Bush", "Dr. Meier".
    const prev = out[out.length - 1];
    if (
      sentStart &&
      ch === 46 &&
      prev &&
      prev.end === k &&
      ((prev.text.length === 1 && prev.cap) || ABBREVIATIONS.has(prev.text))
    )
      sentStart = false;
    const c = s.charCodeAt(0);
    let cap =
      c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : s[0] !== s[0]!.toLowerCase() && !(c >= 48 && c <= 57);
    // "Majed al-Ansari", "Ahmed el-Sayed": an Arabic article fused to a capitalised name; in German only right
    // after a capitalised word ("Ölminister Ali al-Omair"), as "al-Qaida" alone is no person's name part.
    if (
      !cap &&
      (c === 97 || c === 101) &&
      s.charCodeAt(1) === 108 &&
      s.charCodeAt(2) === 45 &&
      (language !== 'de' || (prev !== undefined && prev.cap && prev.end + 1 === start)) &&
      AL_NAME.test(s)
    )
      cap = true;
    out.push({ start, end: start + s.length, text: s, cap, sentStart });
  }
  return out;
}

/** What a single capitalised word looks like on its own. */
type Look = 'known' | 'given' | 'acronym' | 'adjective' | 'unknown' | 'weak' | null;

interface Ctx {
  known: (w: string) => boolean;
  towns: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** germanWordClass, memoised. */
  wordClass: (w: string) => number;
  /** Memoised word tests. */
  orgHead: (w: string) => string | null;
  orgAppositionHead: (w: string) => string | null;
  placeAppositionHead: (w: string) => string | null;
  mediaHead: (w: string) => string | null;
  media: (w: string) => boolean;
  /** Well-known companies, bands and teams, lower case. */
  orgs: ReadonlySet<string>;
  roleHead: (w: string) => string | null;
  noun: (w: string) => boolean;
  text: string;
  tokens: Token[];
  german: boolean;
  lex: GermanLexicon | null;
  looks: Look[];
  shape: ShapeCtx;
}

/**
 * The context-free word tests, memoised across articles (news vocabulary repeats): each is a function of the
 * word and of immutable tables only (lexicon, gazetteers, name lists), so a cache changes speed, never results.
 * One record per word holds every test's answer, filled as the tests are asked, so that a word costs one look-up
 * in the large shared table per document; a small per-document table in front keeps repeated words off it.
 * Bounded: the shared table is emptied when it reaches WORD_MEMO_MAX words. The answers of some tests depend on
 * the language (German or not): one table per side.
 */
const WORD_MEMO_MAX = 50_000;

/** A word's answers; undefined: not asked yet. */
interface WordFacts {
  roleHead: string | null | undefined;
  orgHead: string | null | undefined;
  mediaHead: string | null | undefined;
  media: boolean | undefined;
  multiStart: boolean | undefined;
  townAdj: boolean | undefined;
  known: boolean | undefined;
  noun: boolean | undefined;
  wordClass: number | undefined;
  mayShape: boolean | undefined;
  orgAppositionHead: string | null | undefined;
  placeAppositionHead: string | null | undefined;
}

const GERMAN_FACTS = new Map<string, WordFacts>();
const OTHER_FACTS = new Map<string, WordFacts>();

/** The facts of a word, through the document's table `local` and the shared table. */
function factsOf(local: Map<string, WordFacts>, shared: Map<string, WordFacts>, w: string): WordFacts {
  let f = local.get(w);
  if (f) return f;
  f = shared.get(w);
  if (!f) {
    f = {
      roleHead: undefined,
      orgHead: undefined,
      mediaHead: undefined,
      media: undefined,
      multiStart: undefined,
      townAdj: undefined,
      known: undefined,
      noun: undefined,
      wordClass: undefined,
      mayShape: undefined,
      orgAppositionHead: undefined,
      placeAppositionHead: undefined,
    };
    if (shared.size >= WORD_MEMO_MAX) shared.clear();
    shared.set(ownCopy(w), f);
  }
  local.set(w, f);
  return f;
}

function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 10) return false;
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (ch >= 'a' && ch <= 'z') return false;
    if (ch !== ch.toLowerCase()) upper++;
    else if (!/[0-9\-]/.test(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase()) return false;
  }
  return upper >= 2 && !/[äöüß]/.test(w);
}

function knownName(w: string, lex: GermanLexicon | null, orgs: ReadonlySet<string>): boolean {
  return (
    placeOf(w) !== undefined ||
    institutionOf(w) !== undefined ||
    orgs.has(w.toLowerCase()) ||
    (isMediaName(w) && !(lex && lex.DE_NOUNS.has(w)))
  );
}

const DETERMINERS = new Set(
  'der die das den dem des ein eine einer einem einen eines kein keine keinen keinem keiner sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere diese dieser diesen diesem dieses jede jeder jeden jedem jedes welche welcher am im vom zum zur beim'.split(
    ' ',
  ),
);

/** A German word right after an article (and its adjectives) is a common noun unless something else says it is a name. */
function afterDeterminer(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = ctx.tokens[k]!;
    if (t.end + 1 !== ctx.tokens[k + 1]!.start) return false;
    if (DETERMINERS.has(t.text.toLowerCase())) return true;
    if (t.cap || !/(e|en|em|er|es)$/.test(t.text)) return false;
  }
  return false;
}

/** A month's abbreviation before a day's number ("Jul 12", "Sept. 3"): part of a date line. */
function monthBeforeDay(ctx: Ctx, tok: Token): boolean {
  if (!MONTH_ABBREVIATIONS.has(tok.text)) return false;
  const { text } = ctx;
  let k = tok.end;
  if (text.charCodeAt(k) === 46) k++;
  if (text.charCodeAt(k) !== 32) return false;
  const d = text.charCodeAt(k + 1);
  return d >= 48 && d <= 57;
}

/** Whether token i follows a number or an amount abbreviation ("23 Franc", "23 Mio. Franc"). */
function afterAmount(ctx: Ctx, i: number): boolean {
  const p = ctx.tokens[i - 1];
  if (!p || ctx.tokens[i]!.start - p.end > 2) return false;
  const c = p.text.charCodeAt(p.text.length - 1);
  return (c >= 48 && c <= 57) || CURRENCY_WORDS.has(p.text) || p.text === 'Mill' || p.text === 'Mrd';
}

/** Verbs of saying in the third person singular, past and present: a subject before them is one speaker. */
const SINGULAR_SPEECH_VERBS = new Set(
  `sagte sagt erklärte erklärt meinte meint betonte betont kritisierte kritisiert forderte fordert warnte warnt schrieb
  schreibt berichtete berichtet erzählte erzählt ergänzte ergänzt antwortete antwortet bestätigte bestätigt räumte
  räumt wies weist glaubt glaubte hofft hoffte plädierte plädiert verwies verweist bekräftigte bekräftigt`.split(/\s+/),
);

/**
 * Whether a word that is a common noun only by the compound test ("Pinkwart": "Wart", "Röttgen": "Gen") stands
 * where only a name can: with no article, as the subject right before a verb of saying in the singular ("X
 * bestätigte …"), or alone right after a role ("seinem Vorgänger X", "Kapitän X"); a common noun there would need
 * its article.
 */
function compoundAsName(ctx: Ctx, i: number): boolean {
  const tok = ctx.tokens[i]!;
  if (afterDeterminer(ctx, i) || ABSTRACT_TAIL.test(tok.text) || tok.text.includes('-')) return false;
  const next = ctx.tokens[i + 1];
  const speech = !!next && adjacent(ctx, i, i + 1) && SINGULAR_SPEECH_VERBS.has(next.text);
  const prev = ctx.tokens[i - 1];
  const afterRole =
    !!prev &&
    prev.cap &&
    adjacent(ctx, i - 1, i) &&
    !!ctx.roleHead(prev.text) &&
    !(next?.cap && adjacent(ctx, i, i + 1));
  if (!speech && !afterRole) return false;
  return nameHeadedCompound(ctx, tok.text);
}

/**
 * Whether a word the compound test reads as a common noun ends like one only after letters that are no word
 * ("Pink|wart", "Kalder|sand"): a compound of common nouns ("Augenzeugen", "Landesuntersuchungsamt",
 * "Flug|gast|aufkommen"), an adjective, an adverb or a preposition before a noun is none.
 */
function nameHeadedCompound(ctx: Ctx, w: string): boolean {
  const lex = ctx.lex!;
  if (isGermanAdjective(w, lex) || DE_SENTENCE_ADVERBS.has(w.toLowerCase())) return false;
  for (let k = 3; k <= w.length - 3; k++) {
    if (!isLexiconNoun(w.charAt(k).toUpperCase() + w.slice(k + 1), lex)) continue;
    const head = w.slice(0, k);
    // A preposition before a noun makes an adverb or a noun ("Ins|besondere", "Über|stunden").
    if (ctx.noun(head) || isGermanAdjective(head, lex) || lex.DE_STOPWORDS.has(head.toLowerCase())) return false;
    for (const link of ['s', 'es', 'n', 'en', 'e', 'er'])
      if (head.length > link.length + 2 && head.endsWith(link) && isLexiconNoun(head.slice(0, -link.length), lex))
        return false;
  }
  return true;
}

function look(ctx: Ctx, i: number): Look {
  const tok = ctx.tokens[i]!;
  // Agencies written in lower case are names all the same: "(dpa)", "(epd)".
  if (!tok.cap) return LOWER_CASE_AGENCIES.has(tok.text) ? 'known' : null;
  const w = tok.text;
  if (ctx.text.charCodeAt(tok.end) === 46 && ABBREVIATIONS.has(w)) return null;
  if (ADDRESS_TITLES.has(w) || DATE_LINE_WORDS.has(w) || monthBeforeDay(ctx, tok)) return null;
  // A currency or an amount ("55 Euro", "7,4 Mio US-Dollar", "23 Mio. Franc") is no name.
  if (CURRENCY_WORDS.has(w) || (CURRENCY_AFTER_NUMBER.has(w) && afterAmount(ctx, i))) return null;
  // An initial: "A. Wiegemann", "George W. Bush", "Anna L.".
  if (
    w.length === 1 &&
    ctx.text.charCodeAt(tok.end) === 46 &&
    ((ctx.tokens[i + 1]?.cap && ctx.tokens[i + 1]!.start === tok.end + 2) ||
      (i > 0 && ctx.looks[i - 1] === 'given' && adjacent(ctx, i - 1, i)))
  )
    return 'given';
  if (isAcronym(w)) {
    if (NON_NAME_ACRONYMS.has(w)) return null;
    if (ctx.known(w)) return 'known';
    return technicalAcronym(ctx, i) ? null : 'acronym';
  }
  if (ctx.german) {
    // The first part of a compound whose head is written once ("Fern- und Regionalverkehr", "Weiler- und
    // Feriensiedlungen") is a piece of a common noun, unless it is a known name ("Nato- und EU-Staaten").
    if (ctx.text.charCodeAt(tok.end) === 45 && TRUNCATED_COMPOUND.test(ctx.text.slice(tok.end + 1, tok.end + 8)))
      return ctx.known(w) ? 'known' : null;
    const k = ctx.wordClass(w);
    switch (k & 15) {
      case WordClass.Known:
        return 'known';
      case WordClass.NoName:
        return null;
      case WordClass.Given:
        return 'given';
      case WordClass.Surname:
        return tok.sentStart || afterDeterminer(ctx, i) ? 'weak' : 'unknown';
    }
    // "-isch" adjectives are also nouns ("Evangelische"); before a capitalised word they are adjectives.
    if (k & WordClass.Isch && ctx.tokens[i + 1]?.cap && ctx.tokens[i + 1]!.start === tok.end + 1) return 'adjective';
    switch (k & 15) {
      case WordClass.Noun:
        return placeAfterPreposition(ctx, i) ? 'known' : null;
      case WordClass.Compound:
        return compoundAsName(ctx, i) ? 'weak' : townAfterPreposition(ctx, i) ? 'unknown' : null;
      case WordClass.Adjective:
        return 'adjective';
      case WordClass.GivenNoun:
        return 'given';
      case WordClass.Ambiguous:
        return placeAfterPreposition(ctx, i) ? 'known' : null;
    }
    if (w.length === 1 && ctx.text.charCodeAt(tok.end) === 46) return 'given'; // an initial: "A. Wiegemann", "George W. Bush"
    if ((k & 15) === WordClass.Town && !afterDeterminer(ctx, i)) return 'unknown';
    return tok.sentStart || afterDeterminer(ctx, i) || k & WordClass.English ? 'weak' : 'unknown';
  }
  const lower = w.toLowerCase();
  if (EN_STOPWORDS.has(lower)) return null;
  if (EN_NATIONALITY.test(w)) return 'adjective';
  if (ctx.roleHead(w) || EN_ROLE_MODIFIERS.has(lower)) return null;
  if (ctx.known(w) && !AMBIGUOUS_PLACES.has(w)) return 'known';
  return tok.sentStart ? 'weak' : 'unknown';
}

/** Compound tails of nouns for a body, a unit or a broadcaster, in any case: their short form names it ("Zollkriminalamt (ZKA)"). */
const BODY_TAIL =
  /(?:amt|amts|amtes|agentur|behörde|bank|bahn|werke|gesellschaft|verband|verbands|verein|vereins|partei|konzern|konzerns|ministerium|ministeriums|institut|instituts|kommission|organisation|gewerkschaft|unternehmen|unternehmens|betrieb|betriebs|stiftung|kammer|kommando|kommandos|rundfunk|rundfunks|funk|anstalt|gericht|gerichts|polizei|dienst|dienstes|rat|rats|rates|bund|bundes|fonds|zentrale|union|gruppe|staffel|einheit|truppe)$/;
/** A type or series number after an acronym: "KEL 1", "CO 2", "EW IV". */
const TYPE_NUMBER = /^(?:\d|I|II|III|IV|V|VI)$/;

/**
 * Whether the acronym at token i is a model's, a type's or a common noun's short form, not a name: three digits
 * in it ("B737-900ER"), a type number after it ("KEL 1", "EW IV"), or in brackets after the one German noun it
 * shortens ("Jagdgeschwadern (JG)", "Bruttoinlandsprodukt (BIP)"), a noun that names no kind of body.
 */
function technicalAcronym(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const tok = tokens[i]!;
  const w = tok.text;
  if (/\d\D*\d\D*\d/.test(w)) return true;
  const next = tokens[i + 1];
  if (
    next &&
    next.start === tok.end + 1 &&
    text.charCodeAt(tok.end) === 32 &&
    TYPE_NUMBER.test(next.text) &&
    !/^[.,:\d]/.test(text.slice(next.end, next.end + 1))
  )
    return true;
  if (!ctx.german || text.charCodeAt(tok.start - 1) !== 40 || text.charCodeAt(tok.end) !== 41) return false;
  const prev = tokens[i - 1];
  if (!prev || !prev.cap || prev.end + 2 !== tok.start || text.charCodeAt(prev.end) !== 32) return false;
  const noun = prev.text;
  if (noun[0] !== w[0] || noun.includes('-') || BODY_TAIL.test(noun) || ctx.orgHead(noun) || !ctx.noun(noun))
    return false;
  // Each letter of the short form in the noun, in order ("JG" in "Jagdgeschwadern").
  const lower = noun.toLowerCase();
  let at = 0;
  for (const ch of w.toLowerCase()) {
    at = lower.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Lower-case English nouns that name a place with "of" after them: "the town of X". */
const EN_PLACE_OF_HEADS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'county', 'port']);

/** Prepositions of place that take a bare place name: "in Amerika", "aus Franken", "im Harz". */
const BARE_PLACE_PREPOSITIONS = new Set(['in', 'im', 'nach', 'aus']);
/** Ambiguous places a preposition does not settle: compass points ("im Westen"), "Kanton", "US-". */
const NO_BARE_PLACES = new Set(['Westen', 'Osten', 'Norden', 'Süden', 'Kanton', 'US']);

/**
 * Whether a place name that is also a common word ("Amerika", "Franken", "Harz") stands as a place: right after a
 * preposition of place, with no capitalised word after it.
 */
function placeAfterPreposition(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const w = tokens[i]!.text;
  if (i === 0 || NO_BARE_PLACES.has(w) || !AMBIGUOUS_PLACES.has(w)) return false;
  const prev = tokens[i - 1]!;
  if (!adjacent(ctx, i - 1, i) || !BARE_PLACE_PREPOSITIONS.has(prev.text.toLowerCase())) return false;
  const next = tokens[i + 1];
  return !(next && next.cap && adjacent(ctx, i, i + 1));
}

/** What follows the hyphen of a compound's first part whose head comes later: "- und", "- oder", "-, ". */
const TRUNCATED_COMPOUND = /^(?:,? (?:und|oder|bzw\.?|sowie|bis) |, )/;

const LOWER_CASE_AGENCIES: ReadonlySet<string> = new Set(
  [...NEWS_AGENCIES, ...MAJOR_OUTLETS].filter((a) => /^\p{Ll}/u.test(a)),
);

/** What a capitalised German word is by itself (low 4 bits), with flags; look() adds the context. */
const enum WordClass {
  Other = 0,
  Known = 1,
  NoName = 2,
  Given = 3,
  Surname = 4,
  Noun = 5,
  Adjective = 6,
  GivenNoun = 7,
  Ambiguous = 8,
  Town = 9,
  /** A common noun only by the compound test: its last part is one ("Umweltausschuss"); a family name may look so. */
  Compound = 10,
  Isch = 16,
  English = 32,
}

/** The context-free part of look() for a German word: computed once per distinct word of a document. */
function germanWordClass(ctx: Ctx, w: string): number {
  const lex = ctx.lex!;
  // Most capitalised words are common nouns as they stand: no gazetteer, name list or compound test needed.
  const exact = lex.DE_NOUNS.has(w);
  if (exact && !lex.NAMED_NOUNS.has(w)) return isch(w) ? WordClass.Noun | WordClass.Isch : WordClass.Noun;
  if (knownName(w, lex, ctx.orgs) && !AMBIGUOUS_PLACES.has(w)) return WordClass.Known;
  const lower = w.toLowerCase();
  if (lex.DE_STOPWORDS.has(lower) || DE_SENTENCE_ADVERBS.has(lower)) return WordClass.NoName;
  const dash = w.indexOf('-');
  // A double given name ("Karl-Heinz", "Jan-Hendrik"): every part is a given name, even one the compound test
  // reads as a noun ("Hendrik").
  if (dash > 0 && w.split('-').every((p) => p.length > 1 && lex.GIVEN_NAMES.has(p))) return WordClass.Given;
  if (dash > 0) {
    // "US-Außenministerium", "Kreml-Sprecher": a compound whose last part is a common noun is no name by itself.
    const head = w.slice(w.lastIndexOf('-') + 1);
    if (head.length > 0 && head[0] !== head[0]!.toLowerCase() && (ctx.noun(head) || ctx.roleHead(head)))
      return WordClass.NoName;
  }
  if (!exact && lex.GIVEN_NAMES.has(w)) return WordClass.Given;
  // A family name that is no common noun as it stands ("Kesselbauer", "Lindqvistie") is a name whatever its shape.
  if (!exact && ctx.surnames.has(w) && !isGermanAdjective(w, lex)) return WordClass.Surname;
  const flags = (isch(w) ? WordClass.Isch : 0) | (lex.EN_WORDS.has(lower) ? WordClass.English : 0);
  if (ctx.noun(w)) return (isLexiconNoun(w, lex) ? WordClass.Noun : WordClass.Compound) | flags;
  if (isGermanAdjective(w, lex)) return WordClass.Adjective | flags;
  if (lex.GIVEN_NAMES.has(w)) return WordClass.GivenNoun | flags;
  if (AMBIGUOUS_PLACES.has(w)) return WordClass.Ambiguous | flags;
  // A compound whose last part is a role the compound test missed for a short first part ("Ölminister",
  // "Ex-Trainer" aside): a word for a role, no name, unless a list knows it as a town.
  if (!ctx.towns.has(w) && roleCompound(ctx, w)) return WordClass.Noun | flags;
  return (ctx.towns.has(w) ? WordClass.Town : WordClass.Other) | flags;
}

/** Whether w is a compound of a short first part and a role noun ("Ölminister", "Popsänger"): its role head ends it. */
function roleCompound(ctx: Ctx, w: string): boolean {
  const head = ctx.roleHead(w);
  return (
    head !== null &&
    head.length >= 4 &&
    w.length > head.length &&
    w.toLowerCase().includes(head, w.length - head.length - 3)
  );
}

/** Prepositions of place before a bare town's name ("bei Völklingen", "über Corbeil nach Paris"). */
const TOWN_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'über', 'zwischen']);

/**
 * Whether the word at token i, which the compound test reads as a common noun ("Völ|klingen", "Cor|beil"), is a
 * town of the long list right after a preposition of place, with no capitalised word after it.
 */
function townAfterPreposition(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[i - 1];
  if (!prev || !adjacent(ctx, i - 1, i)) return false;
  const p = prev.text.toLowerCase();
  const w = tokens[i]!.text;
  // A town of the long list; or, right after a preposition of place that takes no article here, a word with a
  // town's ending that ends like a noun only after letters that are no word ("vor Kalder|sand", "von
  // Hollers|dorf"): a bare common compound there has a word before its head ("in Handarbeit", "vor Sonnenaufgang"),
  // and most have no town's ending.
  const shaped = () => TOWN_TAIL.test(w) && nameHeadedCompound(ctx, w);
  if (TOWN_PREPOSITIONS.has(p) ? !ctx.towns.has(w) && !shaped() : !PLACE_ONLY_PREPOSITIONS.has(p) || !shaped())
    return false;
  const next = tokens[i + 1];
  return !(next && next.cap && adjacent(ctx, i, i + 1));
}
/** Endings of German town names that are also nouns, so that the compound test reads such a town as a noun. */
const TOWN_TAIL =
  /\p{Ll}{2}(?:burg|berg|dorf|stadt|hausen|heim|ingen|feld|felde|bach|furt|hagen|rode|stedt|leben|brück|kirchen|hofen|walde|sand|büttel|werder|horst|hain|heide|born|brunn|kamp|siel|koog|wisch)$/u;
/** Prepositions of place after which only a name-headed compound (not the long town list) is read as a town. */
const PLACE_ONLY_PREPOSITIONS = new Set(['vor', 'von']);

/**
 * Token j + 1 is a town or a region that can end a body's name before it (a school's, a court's, a club's: "TH
 * Kopparberg", "Juventus Turin"): no country, no institution, and no capitalised word right after it.
 */
function townOfBodyAfter(ctx: Ctx, j: number): boolean {
  const next = ctx.tokens[j + 1]!;
  const place = placeOf(next.text);
  return (
    place !== undefined &&
    !COUNTRY_SPELLINGS.has(place) &&
    institutionOf(next.text) === undefined &&
    !(ctx.tokens[j + 2]?.cap && adjacent(ctx, j + 1, j + 2))
  );
}

/** Only a single space between tokens a and b. */
function adjacent(ctx: Ctx, a: number, b: number): boolean {
  const ta = ctx.tokens[a];
  const tb = ctx.tokens[b];
  if (!ta || !tb) return false;
  if (tb.start === ta.end + 1 && ctx.text.charCodeAt(ta.end) === 32) return true;
  // An initial and its period: "W. Bush".
  return (
    ta.text.length === 1 &&
    ta.cap &&
    tb.start === ta.end + 2 &&
    ctx.text.charCodeAt(ta.end) === 46 &&
    ctx.text.charCodeAt(ta.end + 1) === 32
  );
}

/** The role phrase ending at token i (inclusive) when token i is a role noun: adjectives and a genitive name before it join. */
function rolePhraseBefore(ctx: Ctx, i: number): { start: number; end: number } | null {
  const tok = ctx.tokens[i];
  if (!tok || !ctx.roleHead(tok.text)) return null;
  if (ctx.german && !tok.cap) return null;
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = ctx.tokens[k]!;
    if (!adjacent(ctx, k, k + 1)) break;
    const lower = t.text.toLowerCase();
    const isAdj = ctx.german
      ? ctx.lex !== null &&
        (t.cap
          ? t.text.includes('-') && isGermanAdjective(t.text.slice(t.text.lastIndexOf('-') + 1), ctx.lex)
          : isGermanAdjective(t.text, ctx.lex))
      : EN_NATIONALITY.test(t.text) || EN_ROLE_MODIFIERS.has(lower) || /^(late|top|new|then)$/.test(lower);
    const genitiveName = ctx.german && t.cap && /s$/.test(t.text) && placeOf(t.text) !== undefined && k === i - 1;
    if (isAdj || genitiveName || (!ctx.german && t.cap && ctx.known(t.text))) first = k;
    else break;
  }
  return { start: ctx.tokens[first]!.start, end: tok.end };
}

/**
 * A given name that is also a common word ("Ernst", "Anders", "Frank") is a given name when a surname follows it
 * ("Ernst Lindqvist"); a capitalised function word mid-sentence can only be a name.
 */
function givenBeforeSurname(ctx: Ctx, i: number): boolean {
  const tok = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1]!;
  const lex = ctx.lex!;
  if (
    !tok.cap ||
    !next.cap ||
    !lex.GIVEN_NAMES.has(tok.text) ||
    !adjacent(ctx, i, i + 1) ||
    ADDRESS_TITLES.has(tok.text)
  )
    return false;
  if (lex.DE_STOPWORDS.has(tok.text.toLowerCase()) && tok.sentStart) return false;
  const nl = ctx.looks[i + 1];
  return (
    nl === 'unknown' ||
    nl === 'given' ||
    (nl === null && ctx.surnames.has(next.text) && !lex.DE_STOPWORDS.has(next.text.toLowerCase()))
  );
}

/** A surname that is also a common noun or a role ("Lindqvist Bauer", "Anna Richter") may follow a given name. */
function surnameAfterGiven(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k]!;
  if (!next.cap || NON_NAME_ACRONYMS.has(next.text)) return false;
  if (ctx.surnames.has(next.text)) return true;
  if (ctx.looks[k] === 'adjective') return false;
  if (ctx.german && ctx.lex!.DE_STOPWORDS.has(next.text.toLowerCase())) return false;
  // A role noun is no surname ("Anna Ministerin"), a compound that merely ends in one may be ("Kesselbauer").
  const role = ctx.roleHead(next.text);
  return !role || !next.text.toLowerCase().startsWith(role);
}

/** Heads of English organisation names ("… Council", "… Airways", "… School"). */
const EN_ORG_HEADS = new Set(
  `School College University Institute Institution Council Committee Commission Ministry Department Agency Office Bureau Foundation
  Association Federation Society Academy Centre Center Board Authority Service Fund Organization Organisation League Union Party Court
  Museum Library Laboratory Laboratories Corporation Company Bank Group Force Hotel Airways Airlines Systems Microsystems Records Studios
  Theatre United Rovers Wanderers Athletic Club Games Hospital Trust Partners Holdings Motors Industries Entertainment Network Institut
  Survey Surveys Defence Defense Guard Command Band Comics`.split(/\s+/),
);
const EN_LINKS = new Set(['of', 'and', 'for', 'on', 'the']);

/** The index of an English organisation head within four words after token j (capitalised words or "of", "and" between), or -1. */
function englishOrgEnd(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  for (let k = j + 1; k <= j + 4 && k < tokens.length && adjacent(ctx, k - 1, k); k++) {
    const t = tokens[k]!;
    if (!t.cap) {
      if (EN_LINKS.has(t.text) && tokens[k + 1]?.cap) continue;
      return -1;
    }
    if (EN_ORG_HEADS.has(t.text)) {
      // "… Institute of Technology", "… Museum of Natural History": an English head takes the capitalised words
      // after its "of" (up to three).
      let e = k;
      if (tokens[k + 1]?.text === 'of' && adjacent(ctx, k, k + 1))
        for (let m = k + 2; m <= k + 4 && m < tokens.length && adjacent(ctx, m - 1, m); m++) {
          const w = tokens[m]!;
          if (!w.cap || ctx.looks[m] === 'known' || ctx.lex!.DE_STOPWORDS.has(w.text.toLowerCase())) break;
          e = m;
        }
      return e;
    }
    if (ctx.lex!.DE_STOPWORDS.has(t.text.toLowerCase()) || ctx.looks[k] === 'known') return -1;
  }
  return -1;
}

/** Whether a word is a noun for a kind of organisation as a whole ("Label", "Band"), not a compound ending in one. */
function wholeDescriptor(ctx: Ctx, w: string): boolean {
  const head = ctx.orgAppositionHead(w);
  return !!head && w.toLowerCase().startsWith(head) && !ctx.roleHead(w);
}

/** Derivational endings of abstract common nouns: such a word after a descriptor is its object, no name. */
const ABSTRACT_TAIL = /\p{Ll}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|tion|tionen|ität|itäten)$/u;
/** Nouns for a company's trade that stand before its name, not in it ("der Suchmaschinen-Betreiber Acme Inc."). */
const COMPANY_NOUN_TAIL = /(?:betreiber|hersteller|anbieter|händler|tochter|zulieferer|dienstleister)$/;
/** Words among the legal forms that also follow a known name as a common noun ("Russland Gruppe"). */
const GROUP_WORDS = new Set(['Gruppe', 'Konzern', 'Group', 'Holding', 'Holdings']);
/** Legal forms written as an abbreviation whose period belongs to the name ("Acme Inc."). */
const ABBREVIATED_FORMS = new Set(['Inc', 'Corp', 'Ltd', 'Co']);

/**
 * The first token of a company's name that ends in the legal form at token `last`, going back from token `f` over
 * capitalised words, common nouns among them ("Lindvik Bau Projektentwicklung GmbH"), four words at most before the
 * form, not over a function word, a noun for the kind of body ("die Firma …"), a role or the first word of a sentence.
 */
function legalNameStart(ctx: Ctx, f: number, last: number): number {
  const { tokens } = ctx;
  while (f > 0 && last - f < 4 && adjacent(ctx, f - 1, f)) {
    const t = tokens[f - 1]!;
    // The first word of a sentence or a credit only when it looks like a name, not a common word ("Foto: Lindvik
    // Maschinenbau AG", not "Heute Lindvik AG").
    const opener =
      t.sentStart && ctx.looks[f - 1] !== 'weak' && ctx.looks[f - 1] !== 'unknown' && ctx.looks[f - 1] !== 'acronym';
    if (!t.cap || opener || ctx.roleHead(t.text) || wholeDescriptor(ctx, t.text)) break;
    if (ctx.orgAppositionHead(t.text) || COMPANY_NOUN_TAIL.test(t.text.toLowerCase())) break;
    if (ctx.german ? ctx.lex!.DE_STOPWORDS.has(t.text.toLowerCase()) : EN_STOPWORDS.has(t.text.toLowerCase())) break;
    f--;
  }
  return f;
}

/**
 * A company's name from token f to its legal form at token last: the period of an abbreviated form belongs to it
 * ("Acme Inc."); its key is the name without the form, adjectives in their -e form, so that "die Lindvik AG" and
 * "Lindvik" are one actor.
 */
function legalName(ctx: Ctx, f: number, last: number): Candidate {
  const { tokens, text } = ctx;
  const c = mk(ctx, f, last, 'organization', true);
  if (ABBREVIATED_FORMS.has(tokens[last]!.text) && text.charCodeAt(tokens[last]!.end) === 46) c.end++;
  if (last > f) {
    const words: string[] = [];
    for (let k = f; k < last; k++)
      words.push(
        ctx.german && isGermanAdjective(tokens[k]!.text, ctx.lex!)
          ? tokens[k]!.text.replace(/(?:en|er|es|em)$/, 'e')
          : tokens[k]!.text,
      );
    c.canonical = words.join(' ');
  }
  return c;
}

/** Descriptor heads with a weak declension, singular in "-en" ("dem Erstligisten X"). */
const WEAK_HEADS = /^ligist$/;
/** Descriptor heads of groups, bands and services, whose names may be compound nouns ("Rettungsorganisation Weißhelme"). */
const GROUP_HEADS =
  /^(?:organisation|vereinigung|band|ensemble|label|gruppe|rebellengruppe|terrorgruppe|miliz|terrormiliz|bündnis|netzwerk|verband|verein|partei|mannschaft|team|club|klub|erdbebenwarte|sternwarte|wetterwarte|katastrophendienst|rettungsdienst)$/;
const OPEN_QUOTE_GAP = /^ ?["„“»«‚] ?$/;
const CLOSE_QUOTE = /^ ?["“”»«‘’]/;

/**
 * The name of a body right after a noun for its kind (ORG_APPOSITION_HEADS: "Rettungsorganisation",
 * "Mobilfunkbetreiber", "Label"; a medium's head makes a medium), for a first word the detector reads as a common
 * noun or an adjective: "die Rettungsorganisation Weißhelme", "die Künstlervereinigung Lindviker Sezession",
 * "die Band „Kopparberg Nights“". A plain word of the lexicon ("der Konzern Gewinne …"), an abstract noun, a
 * function word or a role is no name; in quotation marks any capitalised run of up to five words is. Null when the
 * word before is no such noun or belongs to a name itself.
 */
function descriptorName(ctx: Ctx, i: number, found: readonly Candidate[]): Candidate | null {
  const { tokens, text, looks } = ctx;
  const lex = ctx.lex!;
  const d = tokens[i - 1]!;
  const tok = tokens[i]!;
  if (!d.cap || d.text.length < 4) return null;
  const prevCand = found[found.length - 1];
  if (prevCand && prevCand.last >= i - 1) return null;
  const gap = text.slice(d.end, tok.start);
  const quoted = OPEN_QUOTE_GAP.test(gap) && gap.trim().length === 1;
  if (gap !== ' ' && !quoted) return null;
  if (ctx.roleHead(d.text)) return null;
  // A noun for a trade ("Mobilfunkbetreiber") may also stand before a person: only a word that is no name of a
  // person's shape follows it here (the detector reads it as a common noun).
  const head =
    ctx.mediaHead(d.text) ?? ctx.orgAppositionHead(d.text) ?? COMPANY_NOUN_TAIL.exec(d.text.toLowerCase())?.[0];
  if (!head) return null;
  const media = !!ctx.mediaHead(d.text);
  // The noun in the singular, as an apposition has it ("der Organisation X"): a plural heads a list, and a compound
  // that only ends in a head's letters is another word ("Brandstiftungen").
  const lowerD = d.text.toLowerCase();
  const ending = lowerD.slice(lowerD.lastIndexOf(head) + head.length);
  if (ending && ending !== 's' && ending !== 'es' && !(WEAK_HEADS.test(head) && (ending === 'en' || ending === 'n')))
    return null;
  if ((!quoted && lex.DE_STOPWORDS.has(tok.text.toLowerCase())) || /^\d/.test(tok.text)) return null;
  let last = i;
  if (quoted) {
    // Up to the closing mark, five words at most, every word capitalised or a function word between them.
    for (let k = i + 1; k < i + 5 && k < tokens.length; k++) {
      if (CLOSE_QUOTE.test(text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 2))) break;
      if (!adjacent(ctx, k - 1, k)) return null;
      last = k;
    }
    if (!CLOSE_QUOTE.test(text.slice(tokens[last]!.end, tokens[last]!.end + 2))) return null;
  } else {
    if (ctx.roleHead(tok.text) || isLexiconNoun(tok.text, lex) || ABSTRACT_TAIL.test(tok.text)) return null;
    // After a bare "Konzern", "Band" a compound noun is as likely the object ("dass der Konzern Milliardenverluste
    // …"): only a compound noun for the kind ("Pop-Band", "Rettungsorganisation") vouches for one.
    // A ministry, a bank or a maker is never named by a compound noun.
    // A hyphenated name whose first part is no noun ("E-Lindvik", "HaBe-Film") is a name's shape, not a compound's.
    const dash = tok.text.indexOf('-');
    const first = tok.text.slice(0, dash);
    const nameShape =
      dash > 0 && (dash <= 3 || /\p{Ll}\p{Lu}/u.test(first) || (dash === 4 && !isLexiconNoun(first, lex)));
    if ((wholeDescriptor(ctx, d.text) || !GROUP_HEADS.test(head) || dash > 0) && ctx.noun(tok.text) && !nameShape)
      return null;
    if (DE_SENTENCE_ADVERBS.has(tok.text.toLowerCase())) return null;
    // A capitalised adjective opens the name with its noun ("Lindviker Sezession"); then words that are no common noun.
    const n1 = tokens[i + 1];
    if (
      looks[i] === 'adjective' ||
      (/(?:e|en|er|es|em)$/.test(tok.text) &&
        (isGermanAdjective(tok.text, lex) || (!!n1?.cap && adjacent(ctx, i, i + 1) && ctx.noun(n1.text))))
    ) {
      const n = tokens[i + 1];
      if (!n?.cap || !adjacent(ctx, i, i + 1) || lex.DE_STOPWORDS.has(n.text.toLowerCase())) return null;
      last = i + 1;
    }
    while (last - i < 3) {
      const n = tokens[last + 1];
      if (!n?.cap || !adjacent(ctx, last, last + 1) || lex.DE_STOPWORDS.has(n.text.toLowerCase())) break;
      if (isLexiconNoun(n.text, lex) || ctx.noun(n.text) || looks[last + 1] === 'known') break;
      last++;
    }
  }
  const c = mk(ctx, i, last, media ? 'media' : 'organization', true);
  return c;
}

/**
 * The name of a place right after a noun for its kind ("am Weltraumbahnhof Lindstarbase", "zum Ortsteil
 * Kopparberg-Lindvik"), for a word the detector reads as a compound noun: a word of the lexicon itself, an abstract
 * noun, a function word or a role is no name, and the noun must stand in the singular ("die Uranzonen X, Y" lists).
 */
function placeAfterHead(ctx: Ctx, i: number, found: readonly Candidate[]): Candidate | null {
  const { tokens, looks } = ctx;
  const lex = ctx.lex!;
  const d = tokens[i - 1]!;
  const tok = tokens[i]!;
  if (looks[i] !== null || !d.cap || !adjacent(ctx, i - 1, i) || ctx.roleHead(d.text)) return null;
  const prevCand = found[found.length - 1];
  if (prevCand && prevCand.last >= i - 1) return null;
  const head = ctx.placeAppositionHead(d.text);
  if (!head) return null;
  const lowerD = d.text.toLowerCase();
  const ending = lowerD.slice(lowerD.lastIndexOf(head) + head.length);
  if (ending && ending !== 's' && ending !== 'es') return null;
  const w = tok.text;
  // A town whose name is also a common noun is the town there ("die Stadt Halle", "die Stadt Essen").
  if (
    placeOf(w) !== undefined &&
    !COUNTRY_SPELLINGS.has(placeOf(w)!) &&
    !(tokens[i + 1]?.cap && adjacent(ctx, i, i + 1))
  )
    return Object.assign(mk(ctx, i, i, 'place', true), { canonical: placeOf(w)! });
  if (w.length < 4 || /\d/.test(w) || isLexiconNoun(w, lex) || lex.DE_STOPWORDS.has(w.toLowerCase())) return null;
  if (ABSTRACT_TAIL.test(w) || ctx.roleHead(w) || DE_SENTENCE_ADVERBS.has(w.toLowerCase())) return null;
  // A name of one word: a capitalised word after it would make a longer name we cannot bound.
  const next = tokens[i + 1];
  if (next?.cap && adjacent(ctx, i, i + 1)) return null;
  return mk(ctx, i, i, 'place', true);
}

/** Opening quotation marks, by code unit. */
const OPEN_QUOTE_CODES: ReadonlySet<number> = new Set([...'"„“»«‚'].map((c) => c.charCodeAt(0)));
/** Articles of a medium's title in the dative or genitive, and of a subject ("die „Lindviker Post“ berichtete"). */
const MEDIUM_ARTICLES = new Set(['dem', 'der', 'des', 'die', 'das']);
/** Verbs of saying or reporting before the addressee or after the subject, and nouns of a source ("Angaben des …"). */
const MEDIUM_CUES = new Set(
  `sagte sagt sagten erklärte erklärt bestätigte bestätigt betonte betont verriet verrät
  antwortete sprach zufolge berichtete berichtet berichten meldete meldet meldeten schrieb schreibt schreiben zitiert zitierte
  Angaben Berichten Bericht Informationen Berechnungen Recherchen Interview Gespräch Umfrage`.split(/\s+/),
);
/** Verbs after the closing mark that make the title the reporting subject, and "zufolge". */
const MEDIUM_AFTER =
  /^ ?[“”"«»‘’] ?(?:-\p{Lu}\p{Ll}+ )?(?:zufolge|berichtete|berichtet|meldete|meldet|schrieb|schreibt|zitiert|zitierte)\b/u;

/**
 * A run of capitalised words in quotation marks after an article, taken for a medium when a verb of saying or a
 * source noun stands before the article within the clause (at most eight words back: "sagte Söder der „…“", "nach
 * Angaben des „…“") or a reporting verb or "zufolge" after the closing mark. The title: up to five words, any of
 * them lower-case function words after the first ("Le Canard enchaîné" excepted: its last word is lower case).
 */
function quotedMedium(ctx: Ctx, i: number): Candidate | null {
  const { tokens, text } = ctx;
  const art = tokens[i - 1]!;
  if (!MEDIUM_ARTICLES.has(art.text.toLowerCase()) || !OPEN_QUOTE_GAP.test(text.slice(art.end, tokens[i]!.start)))
    return null;
  let last = i;
  for (let k = i + 1; k < i + 5 && k < tokens.length; k++) {
    if (CLOSE_QUOTE.test(text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 2))) break;
    if (!adjacent(ctx, k - 1, k) || !tokens[k]!.cap) return null;
    last = k;
  }
  const end = tokens[last]!.end;
  if (!CLOSE_QUOTE.test(text.slice(end, end + 2))) return null;
  // A medium's name in quotation marks is the medium, also where the name is a common noun ("des „Spiegel“").
  if (ctx.media(text.slice(tokens[i]!.start, end))) return mk(ctx, i, last, 'media', true);
  let cue = MEDIUM_AFTER.test(text.slice(end, end + 24));
  for (let k = i - 2; !cue && k >= 0 && k >= i - 9; k--) {
    const t = tokens[k]!;
    // Within the clause: no sentence or clause mark between.
    if (/[.,!?;:„“"»«()]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    cue = MEDIUM_CUES.has(t.text);
  }
  return cue ? mk(ctx, i, last, 'media', true) : null;
}

/** Particles that also are articles or prepositions ("der", "zu"): inside a name only after another particle ("von der"). */
const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'le', 'du', 'das', 'dos', 'del', 'della', 'zu', 'ter', 'ten']);
/** Of those, the ones that stand alone between a given name and a family name ("zu Lindberg", "della Rocca"). */
const LONE_PARTICLES = new Set(['zu', 'del', 'della']);

/**
 * How many particle tokens from j on bridge two parts of a personal name ("Franz von Papen", "Ursula von der
 * Leyen", "Osama bin Laden"), or 0: the name part after them must be capitalised and no place, acronym or
 * adjective ("Grand Prix von Kopparberg" is no one's name).
 */
function particleBridge(ctx: Ctx, j: number): number {
  const { tokens, looks } = ctx;
  let m = 0;
  while (m < 2 && tokens[j + m] && NAME_PARTICLES.has(tokens[j + m]!.text) && adjacent(ctx, j + m - 1, j + m)) m++;
  // A particle that is a second one alone ("zu", "della") bridges only right after a given name ("Karl-Theodor zu
  // Lindberg", "Giacomo della Rocca"); elsewhere it is a preposition or an article ("Müller zu Gast").
  const afterGiven = looks[j - 1] === 'given';
  if (!m || (m === 1 && SECOND_PARTICLES.has(tokens[j]!.text) && !(afterGiven && LONE_PARTICLES.has(tokens[j]!.text))))
    return 0;
  const k = j + m;
  const t = tokens[k];
  if (!t?.cap || !adjacent(ctx, k - 1, k)) return 0;
  const lk = looks[k];
  return lk === 'unknown' || lk === 'given' || (lk === null && ctx.surnames.has(t.text)) ? m : 0;
}

/** The towns and name lists, required lazily (they are large) and once: the bundler's require() builds a new
 * namespace object at every call, its getters defined one by one. */
let lazyListsMade: {
  towns: ReadonlySet<string>;
  names: {
    SURNAMES: ReadonlySet<string>;
    KNOWN_ORGANIZATIONS: ReadonlySet<string>;
    KNOWN_ORGANIZATION_FIRST_WORDS: ReadonlySet<string>;
  };
} | null = null;

function lazyLists(): NonNullable<typeof lazyListsMade> {
  if (lazyListsMade) return lazyListsMade;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const towns = (require('./towns') as { TOWNS: ReadonlySet<string> }).TOWNS;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nameModule = require('./names') as {
    SURNAMES: ReadonlySet<string>;
    KNOWN_ORGANIZATIONS: ReadonlySet<string>;
    KNOWN_ORGANIZATION_FIRST_WORDS: ReadonlySet<string>;
  };
  const names = {
    SURNAMES: nameModule.SURNAMES,
    KNOWN_ORGANIZATIONS: nameModule.KNOWN_ORGANIZATIONS,
    KNOWN_ORGANIZATION_FIRST_WORDS: nameModule.KNOWN_ORGANIZATION_FIRST_WORDS,
  };
  return (lazyListsMade = { towns, names });
}

/** Finds name candidates in text order. `lex` is required for German. */
export function findCandidates(
  text: string,
  language: string,
  lex: GermanLexicon | null,
): { tokens: Token[]; candidates: Candidate[]; roleHead: (w: string) => string | null } {
  const german = language === 'de';
  const tokens = tokenize(text, language);
  const { towns, names } = lazyLists();
  const surnames = names.SURNAMES;
  const shared = german ? GERMAN_FACTS : OTHER_FACTS;
  const local = new Map<string, WordFacts>();
  // The tests of one token are asked one after the other: the last word's record is kept at hand.
  let lastWord = '';
  let lastFacts: WordFacts | null = null;
  const facts = (w: string): WordFacts => {
    if (w !== lastWord || !lastFacts) {
      lastFacts = factsOf(local, shared, w);
      lastWord = w;
    }
    return lastFacts;
  };
  const ctx: Ctx = {
    text,
    tokens,
    german,
    lex: german ? lex : null,
    looks: [],
    towns,
    surnames,
    orgs: names.KNOWN_ORGANIZATIONS,
    roleHead: (w) => {
      const f = facts(w);
      return f.roleHead !== undefined ? f.roleHead : (f.roleHead = roleHeadOf(w));
    },
    known: (w) => {
      const f = facts(w);
      return f.known ?? (f.known = knownName(w, german ? lex : null, names.KNOWN_ORGANIZATIONS));
    },
    noun:
      lex && german
        ? (w) => {
            const f = facts(w);
            return f.noun ?? (f.noun = isGermanNoun(w, lex));
          }
        : () => false,
    shape: null as unknown as ShapeCtx,
    wordClass: () => 0,
    orgHead: (w) => {
      const f = facts(w);
      return f.orgHead !== undefined ? f.orgHead : (f.orgHead = orgHead(w));
    },
    mediaHead: (w) => {
      const f = facts(w);
      return f.mediaHead !== undefined ? f.mediaHead : (f.mediaHead = mediaHead(w));
    },
    media: (w) => {
      const f = facts(w);
      return f.media ?? (f.media = isMediaName(w));
    },
    orgAppositionHead: (w) => {
      const f = facts(w);
      return f.orgAppositionHead !== undefined ? f.orgAppositionHead : (f.orgAppositionHead = orgAppositionHead(w));
    },
    placeAppositionHead: (w) => {
      const f = facts(w);
      return f.placeAppositionHead !== undefined
        ? f.placeAppositionHead
        : (f.placeAppositionHead = placeAppositionHead(w));
    },
  };
  const multiStart = (w: string) => {
    const f = facts(w);
    return (
      f.multiStart ?? (f.multiStart = startsMultiword(w) || names.KNOWN_ORGANIZATION_FIRST_WORDS.has(w.toLowerCase()))
    );
  };
  ctx.wordClass = (w) => {
    const f = facts(w);
    return f.wordClass ?? (f.wordClass = germanWordClass(ctx, w));
  };
  ctx.shape = { text, tokens, german, lex: ctx.lex, towns, noun: ctx.noun, role: (w) => ctx.roleHead(w) !== null };
  const townAdj = (w: string) => {
    const f = facts(w);
    return f.townAdj ?? (f.townAdj = townAdjective(ctx.shape, w));
  };
  ctx.shape.townAdj = townAdj;
  const mayShapeWord = (w: string) => {
    const f = facts(w);
    return f.mayShape ?? (f.mayShape = mayShape(ctx.shape, w));
  };
  const looks: Look[] = new Array(tokens.length);
  ctx.looks = looks;
  for (let i = 0; i < tokens.length; i++) looks[i] = look(ctx, i);
  if (german)
    for (let i = 0; i + 1 < tokens.length; i++)
      if ((looks[i] === null || looks[i] === 'adjective') && givenBeforeSurname(ctx, i)) looks[i] = 'given';
  // A surname-first East Asian name: a family name that is also a word ("Xi", "Park") before a given name of
  // romanised syllables that is no word of the language ("Xi Jinping", "Park Min-jae").
  for (let i = 0; i + 1 < tokens.length; i++) {
    const lk = looks[i];
    const w = tokens[i]!.text;
    if (lk === 'given' || lk === 'known' || !EAST_ASIAN_SURNAMES.has(w) || !adjacent(ctx, i, i + 1)) continue;
    // Not a function word that is also a family name: "Im", "An", "So".
    if (german ? ctx.lex!.DE_STOPWORDS.has(w.toLowerCase()) : EN_STOPWORDS.has(w.toLowerCase())) continue;
    const next = tokens[i + 1]!;
    if ((looks[i + 1] === 'unknown' || looks[i + 1] === 'weak') && EAST_ASIAN_GIVEN_NAME.test(next.text))
      looks[i] = 'given';
  }
  const out: Candidate[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const had = out.length;
    const special = specialCandidateAt(ctx, i, out, multiStart, townAdj, mayShapeWord);
    i = special >= 0 ? special : chainCandidateAt(ctx, i, out);
    if (german && out.length > had)
      out[out.length - 1] = withOpeningAdjective(
        ctx,
        withFirmHead(ctx, out[out.length - 1]!, out[out.length - 2]),
        out[out.length - 2],
      );
  }
  return {
    tokens,
    candidates: withoutThingNames(
      ctx,
      seatsAsBuildings(ctx, joinSlashed(ctx, withCompassPoints(ctx, withNobleParticles(ctx, out)))),
    ),
    roleHead: ctx.roleHead,
  };
}

/**
 * A one-word name that follows a noun for an animal, a product, a craft or a weather system ("Elefantenkuh Tamu",
 * "das Medikament Neurelan", "Sturmtief „Gunhild“"; THING_HEAD) names a thing, not an actor: its candidates that no
 * list typed as an organisation, medium or place are dropped, here and wherever the word stands alone in the
 * article ("Neben Frieda zeigt das Haus …"). Not when the noun is itself in a name or a person's name ("Bär"). One pass over
 * the tokens and one over the candidates.
 */
function withoutThingNames(ctx: Ctx, found: Candidate[]): Candidate[] {
  if (!ctx.german) return found;
  const { tokens, text } = ctx;
  let things: Set<string> | null = null;
  let c = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    while (c < found.length && found[c]!.last < i) c++;
    const t = tokens[i]!;
    if (!t.cap || t.text.length < 3) continue;
    const next = tokens[i + 1]!;
    if (!next.cap || (c < found.length && found[c]!.first <= i)) continue;
    const gap = text.slice(t.end, next.start);
    if (gap !== ' ' && !OPEN_QUOTE_GAP.test(gap)) continue;
    const lower = t.text.toLowerCase();
    if (!THING_WORDS.has(lower) && !THING_HEAD.test(lower)) continue;
    if (ctx.roleHead(t.text) || ctx.looks[i] === 'given' || ctx.surnames.has(t.text)) continue;
    (things ??= new Set()).add(next.text);
  }
  if (!things) return found;
  const named = things;
  return found.filter(
    (x) => !(x.first === x.last && (x.kind === null || x.kind === 'person') && named.has(tokens[x.first]!.text)),
  );
}

/**
 * Given names and "von" ("von der") with a family name after it: one person ("Karl von Trelling", "Ursula von der
 * Lindt", "Amalie Zephyrine von Hohenzollern-Sigmaringen"). The family name is a word no list types (not a known
 * place or organisation, not a common noun, a function word or an adjective) with no capitalised word after it; a
 * candidate of that word alone is dropped.
 */
function withNobleParticles(ctx: Ctx, found: Candidate[]): Candidate[] {
  if (!ctx.german) return found;
  const { tokens, looks } = ctx;
  const out: Candidate[] = [];
  let skipTo = -1;
  for (const c of found) {
    if (c.first <= skipTo) continue;
    out.push(c);
    let given = true;
    for (let k = c.first; k <= c.last && given; k++) given = looks[k] === 'given';
    const v = c.last + 1;
    if (!given || tokens[v]?.text !== 'von' || !adjacent(ctx, c.last, v)) continue;
    let x = v + 1;
    if (tokens[x]?.text === 'der' && adjacent(ctx, v, x)) x++;
    const t = tokens[x];
    if (!t || !t.cap || !adjacent(ctx, x - 1, x) || (tokens[x + 1]?.cap && adjacent(ctx, x, x + 1))) continue;
    const name =
      looks[x] === 'unknown' ||
      looks[x] === 'weak' ||
      (looks[x] === null && (ctx.wordClass(t.text) & 15) === WordClass.Compound && !ABSTRACT_TAIL.test(t.text));
    if (!name) continue;
    const whole = Object.assign(copyCandidate(c), { last: x, end: t.end, kind: 'person' as const, strong: true });
    out[out.length - 1] = whole;
    skipTo = x;
  }
  return out;
}

/**
 * The candidates that special rules find at token i (gazetteer multiword names, shapes, legal forms, parties,
 * media in quotation marks, …), pushed to out; returns the token the scan goes on after, or -1 when none applies
 * and token i opens a chain of name-like words.
 */
function specialCandidateAt(
  ctx: Ctx,
  i: number,
  out: Candidate[],
  multiStart: (w: string) => boolean,
  townAdj: (w: string) => boolean,
  mayShapeWord: (w: string) => boolean,
): number {
  const named = namedAt(ctx, i, out);
  if (named >= 0) return named;
  const listed = listedOrShapedAt(ctx, i, out, multiStart, townAdj, mayShapeWord);
  if (listed >= 0) return listed;
  return institutionAt(ctx, i, out);
}

/** specialCandidateAt's rules for names that the words around them make (nationality adjective before a geographic head, dotted country abbreviations, parties, quoted media, names after a descriptor); -1 when none applies. */
function namedAt(ctx: Ctx, i: number, out: Candidate[]): number {
  const { tokens, looks, text, german } = ctx;
  const tok = tokens[i]!;
  const lk = looks[i];
  // A lower-case nationality adjective before a geographic head: "der koreanischen Halbinsel".
  if (
    german &&
    !tok.cap &&
    isch(tok.text, true) &&
    tokens[i + 1] &&
    GEO_HEADS.has(tokens[i + 1]!.text) &&
    adjacent(ctx, i, i + 1) &&
    tokens[i + 1]!.text === 'Halbinsel'
  ) {
    out.push(mk(ctx, i, i + 1, 'place', true));
    i++;
    return i;
  }
  // A dotted country abbreviation ("U.S.", "U.K."): a place, unless a name follows that it opens ("U.S. Geological
  // Survey", read in english.ts); a title after it ("U.S. President") leaves it a place.
  if (!german && tok.cap && tok.text.length === 1 && text.charCodeAt(tok.end) === 46) {
    const second = tokens[i + 1];
    if (
      second &&
      second.start === tok.end + 1 &&
      second.cap &&
      second.text.length === 1 &&
      text.charCodeAt(second.end) === 46
    ) {
      const place = placeOf(text.slice(tok.start, second.end + 1));
      const nx = tokens[i + 2];
      const opensName =
        !!nx &&
        nx.start === second.end + 2 &&
        nx.cap &&
        !ctx.roleHead(nx.text) &&
        !EN_ROLE_MODIFIERS.has(nx.text.toLowerCase()) &&
        !EN_STOPWORDS.has(nx.text.toLowerCase());
      if (place && !opensName) {
        out.push(Object.assign(mk(ctx, i, i + 1, 'place', true), { end: second.end + 1, canonical: place }));
        i++;
        return i;
      }
    }
  }
  // A party named by a common word, after an article: "die Grünen", "der Linken", "die Republikaner".
  if (german && tok.cap && !lk && i > 0 && PARTY_WORDS.has(tok.text)) {
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    // "Republikaner", "Demokraten" also name one member ("Der Republikaner hat …", "dem Demokraten"): as the
    // party only in the plural, after "die", "den" or a genitive "der" after a noun ("Parteitag der Republikaner").
    const member = /(?:er|en)$/.test(tok.text) && !/^(?:Grün|Link)/.test(tok.text);
    const before = tokens[i - 2];
    const article = member
      ? /^(?:die|den)$/i.test(prev.text) ||
        (prev.text === 'der' && !!before?.cap && !before.sentStart && adjacent(ctx, i - 2, i - 1))
      : /^(?:der|die|den|dem|des)$/i.test(prev.text);
    if (article && adjacent(ctx, i - 1, i) && !(next?.cap && adjacent(ctx, i, i + 1))) {
      out.push(Object.assign(mk(ctx, i, i, 'organization', true), { canonical: PARTY_WORDS.get(tok.text)! }));
      return i;
    }
  }
  // A title in quotation marks that a verb of saying or reporting makes a medium ("sagte er dem „Lindviker
  // Boten“", "der „Kopparberg Post“ zufolge", "nach Angaben des „Lindvik-Kuriers“").
  if (
    german &&
    tok.cap &&
    i > 1 &&
    OPEN_QUOTE_CODES.has(
      text.charCodeAt(tok.start - 1) === 32 ? text.charCodeAt(tok.start - 2) : text.charCodeAt(tok.start - 1),
    )
  ) {
    const medium = quotedMedium(ctx, i);
    if (medium) {
      while (out.length && out[out.length - 1]!.last >= medium.first) out.pop();
      out.push(medium);
      i = medium.last;
      return i;
    }
  }
  // The name after a noun that says what kind of body it is ("die Rettungsorganisation Weißhelme", "die Pop-Band
  // Lindvik", "des Arbeitgeberverbands Süd-Lindvik"), even where the name reads as a common word.
  if (german && tok.cap && i > 0 && (lk === null || lk === 'adjective')) {
    const named = descriptorName(ctx, i, out) ?? placeAfterHead(ctx, i, out);
    if (named) {
      out.push(named);
      i = named.last;
      return i;
    }
  }
  // Such a noun that is no word of the lexicon ("Label") is no name itself: the name after it is one of its own.
  if (
    german &&
    (lk === 'weak' || lk === 'unknown') &&
    tokens[i + 1]?.cap &&
    (adjacent(ctx, i, i + 1) || OPEN_QUOTE_GAP.test(text.slice(tok.end, tokens[i + 1]!.start))) &&
    wholeDescriptor(ctx, tok.text)
  )
    return i;
  return -1;
}

/** specialCandidateAt's multiword gazetteer names and names recognised by their shape; -1 when none applies. */
function listedOrShapedAt(
  ctx: Ctx,
  i: number,
  out: Candidate[],
  multiStart: (w: string) => boolean,
  townAdj: (w: string) => boolean,
  mayShapeWord: (w: string) => boolean,
): number {
  const { tokens, looks, text, german } = ctx;
  const n = tokens.length;
  const tok = tokens[i]!;
  // Multiword names from the gazetteers, longest first ("Demokratische Volksrepublik Korea", "Vereinigten Staaten").
  if (tok.cap && multiStart(tok.text)) {
    let hit: Candidate | null = null;
    for (let len = 4; len >= 2 && !hit; len--) {
      const j = i + len - 1;
      if (j >= n) continue;
      let ok = true;
      for (let k = i; k < j; k++)
        if (!adjacent(ctx, k, k + 1)) {
          ok = false;
          break;
        }
      if (!ok || !tokens[j]!.cap) continue;
      const whole = text.slice(tok.start, tokens[j]!.end);
      const inst = institutionOf(whole);
      const place = inst ? undefined : placeOf(whole);
      if (inst) hit = Object.assign(mk(ctx, i, j, 'organization', true), { canonical: inst });
      else if (place) hit = Object.assign(mk(ctx, i, j, 'place', true), { canonical: place });
      else if (isMediaName(whole)) hit = mk(ctx, i, j, 'media', true);
      else if (ctx.orgs.has(whole.toLowerCase())) hit = mk(ctx, i, j, 'organization', true);
    }
    if (hit) {
      out.push(hit);
      i = hit.last;
      return i;
    }
  }
  const amp = ampersandName(ctx, i);
  if (amp) {
    out.push(amp);
    return amp.last;
  }
  // Names recognised by their shape (clubs, "Universität X", "Bundesamt für X", "St. X", streets); a run of
  // capitalised adjectives may open them ("Technischen Universität Kopparberg").
  if (tok.cap) {
    let h = i;
    let shaped = shapedName(ctx.shape, i, mayShapeWord);
    while (
      !shaped &&
      h < i + 3 &&
      (looks[h] === 'adjective' || (german && townAdj(tokens[h]!.text))) &&
      adjacent(ctx, h, h + 1)
    )
      shaped = shapedName(ctx.shape, ++h, mayShapeWord);
    if (shaped && shaped.first <= i) {
      out.push(Object.assign(mk(ctx, shaped.first, shaped.last, shaped.kind, true), { end: shaped.end }));
      i = shaped.last;
      return i;
    }
  }
  return -1;
}

/**
 * One compound that names a federal or state body: "Bundes" or "Landes", what the body is for, and the head of a
 * body ("Bundeskriminalamt", "Landesärztekammer", "Bundesnetzagentur"), or a field before "bundes" and the head
 * ("Umweltbundesamt", "Landesrechnungshof", "Landeselternrat"). Without the middle part the word is the generic noun
 * ("das Landesamt", "der Landesverband").
 */
const FEDERAL_BODY =
  /^(?:(?:Bundes|Landes)\p{Ll}{3,}|\p{Lu}\p{Ll}{2,}(?:bundes|landes))(?:amt|amtes|amts|kammer|agentur|anstalt|behörde|gericht|gerichts|gerichtshof|gerichtshofs|gerichtshofes|rechnungshof|rechnungshofs|rechnungshofes|(?<!ver|vor|hei)(?:rat|rates|rats)|verband|verbandes|verbands|stiftung|institut|instituts|institutes|dienst|dienstes|ministerium|ministeriums)$/u;
/** The genitive ending of such a body's name ("des Bundeskriminalamtes", "des Landesverbands"). */
const FEDERAL_GENITIVE =
  /(?<=(?:amt|gericht|gerichtshof|rechnungshof|rat|verband|institut|dienst|ministerium))(?:es|s)$/;

/** Words after "&" that end a family firm's name ("Brenner & Söhne", "Lindqvist & Partner"). */
const FAMILY_FIRM_TAILS = new Set(['Sohn', 'Söhne', 'Söhnen', 'Töchter', 'Partner', 'Partnern', 'Erben']);
/** Lower-case particles of a family name after "&" ("Herzog & de Lindqvist"). */
const AMPERSAND_PARTICLES = new Set(['de', 'van', 'von', 'der', 'la', 'le', 'du', 'di', 'da']);

/** text.slice(from, to) === ' & ', without building the slice (asked at every capitalised word). */
function spacedAmpersand(text: string, from: number, to: number): boolean {
  return (
    to - from === 3 &&
    text.charCodeAt(from) === 32 &&
    text.charCodeAt(from + 1) === 38 &&
    text.charCodeAt(from + 2) === 32
  );
}

/** A stopword of the text's language, for ampersandName (a function, so that no closure there captures `ctx`). */
function ampersandStopword(ctx: Ctx, w: string): boolean {
  return ctx.german ? ctx.lex!.DE_STOPWORDS.has(w.toLowerCase()) : EN_STOPWORDS.has(w.toLowerCase());
}

/**
 * Capitalised words joined by " & " ("Lindqvist & Berg", "Halvor P & O Lines"), a firm's, a band's or an
 * event's name: one organisation. At most three words on either side; the words before the one right before "&"
 * must be able to be names, no side a function word, not both ends common nouns ("Rock & Pop").
 */
function ampersandName(ctx: Ctx, i: number): Candidate | null {
  const { tokens, text, looks } = ctx;
  const tok = tokens[i]!;
  if (!tok.cap) return null;
  let k = i;
  while (k < i + 2 && text.charCodeAt(tokens[k]!.end + 1) !== 38 && adjacent(ctx, k, k + 1) && tokens[k + 1]!.cap) k++;
  const b = tokens[k + 1];
  if (!b || !spacedAmpersand(text, tokens[k]!.end, b.start)) return null;
  for (let m = i; m < k; m++) if (looks[m] === null) return null;
  if (looks[k] === null && k > i) return null;
  if (ampersandStopword(ctx, tok.text) || ampersandStopword(ctx, tokens[k]!.text)) return null;
  let j = k + 1;
  if (!b.cap) {
    if (!AMPERSAND_PARTICLES.has(b.text) || !tokens[j + 1]?.cap || !adjacent(ctx, j, j + 1)) return null;
    j++;
  }
  if (ampersandStopword(ctx, tokens[j]!.text)) return null;
  while (j < k + 3 && adjacent(ctx, j, j + 1) && tokens[j + 1]!.cap && looks[j + 1] !== null) j++;
  // Both sides common nouns ("Rock & Pop", "Kunst & Kultur"): a pair of words, not a name; but a family firm's
  // tail after "&" makes one whatever the word before it is ("Brenner & Söhne", "Wagner & Partner").
  if (looks[i] === null && looks[j] === null && !(j === k + 1 && FAMILY_FIRM_TAILS.has(tokens[j]!.text))) return null;
  // Not two places ("Schwaben & Altbayern"), two people's full names ("Biden & Lin Wei"), the legal form of a
  // limited partnership ("… GmbH & Co KG": the company's name is before it), a person "& Co." (and company),
  // nor a title in quotation marks.
  for (let m = i; m <= j; m++) if (tokens[m]!.cap && placeOf(tokens[m]!.text) !== undefined) return null;
  if ((looks[i] === 'given' && k > i) || (looks[k + 1] === 'given' && j > k + 1)) return null;
  if (isLegalForm(tokens[k]!.text) || isLegalForm(tokens[i]!.text)) return null;
  if (j === k + 1 && tokens[j]!.text === 'Co' && text.charCodeAt(tokens[j]!.end) === 46) return null;
  if (/[„“"»«‚‘]\s?$/.test(text.slice(Math.max(0, tok.start - 2), tok.start))) return null;
  // "… & Cie.": the abbreviation's full stop belongs to the name, as in "Acme Inc.".
  const c = mk(ctx, i, j, 'organization', true);
  if (tokens[j]!.text === 'Cie' && text.charCodeAt(tokens[j]!.end) === 46) c.end++;
  return c;
}

/**
 * An organisation's name with the noun before it that belongs to a firm's own name ("Bankhaus Riedl & Kessler",
 * "Reederei Neuwarder Fährdienst"; FIRM_NAME_HEADS), when that noun is capitalised, right before it and in no
 * other candidate (`prev`, the candidate found before it); otherwise the candidate as it is.
 */
function withFirmHead(ctx: Ctx, c: Candidate, prev: Candidate | undefined): Candidate {
  const h = c.first - 1;
  if (c.kind !== 'organization' || h < 0) return c;
  const t = ctx.tokens[h]!;
  if (!t.cap || !FIRM_NAME_HEADS.has(t.text) || !adjacent(ctx, h, c.first)) return c;
  if (prev && prev.last >= h) return c;
  return Object.assign(copyCandidate(c), { first: h, start: t.start, nameStart: t.start });
}

/**
 * An organisation's name with the capitalised adjective right before it, mid-sentence ("die Deutsche Alzheimer
 * Gesellschaft", "der Europäischen Lindviker Stiftung"): a capitalised adjective there opens the name it stands
 * before. Only when the name ends in a head of an organisation's name (orgHead) and no other candidate holds the
 * adjective; otherwise the candidate as it is.
 */
function withOpeningAdjective(ctx: Ctx, c: Candidate, prev: Candidate | undefined): Candidate {
  const h = c.first - 1;
  if (c.kind !== 'organization' || h < 0) return c;
  const t = ctx.tokens[h]!;
  if (ctx.looks[h] !== 'adjective' && !(ctx.looks[h] === null && isGermanAdjective(t.text, ctx.lex!))) return c;
  if (!t.cap || t.sentStart || !adjacent(ctx, h, c.first) || (prev && prev.last >= h)) return c;
  if (ctx.lex!.DE_STOPWORDS.has(t.text.toLowerCase()) || !ctx.orgHead(ctx.tokens[c.last]!.text)) return c;
  return Object.assign(copyCandidate(c), { first: h, start: t.start, nameStart: t.start, canonical: null });
}

/** specialCandidateAt's ministries, legal forms, English institutions, "the West" and name-prefixed institution compounds; -1 when none applies. */
function institutionAt(ctx: Ctx, i: number, out: Candidate[]): number {
  const { tokens, looks, german } = ctx;
  const tok = tokens[i]!;
  const lk = looks[i];
  // "IG" (Industriegewerkschaft, Interessengemeinschaft) and the field after it are one name, the field a common
  // noun ("IG Metall", "IG Bau") as often as an abbreviation ("IG BCE"); an adjective takes its noun along ("IG
  // Historische Altstadt").
  if (german && tok.text === 'IG' && tokens[i + 1]?.cap && adjacent(ctx, i, i + 1)) {
    const field = tokens[i + 1]!.text;
    if (!ctx.lex!.DE_STOPWORDS.has(field.toLowerCase()) && !ctx.roleHead(field)) {
      const noun = tokens[i + 2];
      const last =
        looks[i + 1] === 'adjective' && noun?.cap && adjacent(ctx, i + 1, i + 2) && !ctx.roleHead(noun.text)
          ? i + 2
          : i + 1;
      while (out.length && out[out.length - 1]!.last >= i) out.pop();
      out.push(mk(ctx, i, last, 'organization', true));
      return last;
    }
  }
  // A federal or state body named by one compound: "Bundeskriminalamt", "Landesärztekammer", "Umweltbundesamt".
  if (german && tok.cap && lk === null && FEDERAL_BODY.test(tok.text)) {
    const c = mk(ctx, i, i, 'organization', true);
    const base = tok.text.replace(FEDERAL_GENITIVE, '');
    if (base !== tok.text) c.canonical = base;
    out.push(c);
    return i;
  }
  // An organisation named by a nationality adjective and a ministry: "des russischen Außenministeriums".
  if (
    german &&
    !tok.cap &&
    isch(tok.text) &&
    tokens[i + 1] &&
    adjacent(ctx, i, i + 1) &&
    ctx.orgHead(tokens[i + 1]!.text)?.endsWith('ministerium') &&
    !tokens[i + 1]!.text.includes('-')
  ) {
    out.push(mk(ctx, i, i + 1, 'organization', true));
    i++;
    return i;
  }
  // A legal form names the capitalised words before it a company, whatever they look like ("Brandlmeier AG").
  if (
    tok.cap &&
    isLegalForm(tok.text) &&
    i > 0 &&
    tokens[i - 1]!.cap &&
    adjacent(ctx, i - 1, i) &&
    !(out.length && out[out.length - 1]!.last === i - 1)
  ) {
    // Back over the capitalised words of the name, common nouns among them ("Lindvik Bau Projektentwicklung
    // GmbH", "Verkehrsbetriebe Kopparberg AG"), four at most, not over a function word, a noun for the kind of body
    // ("die Firma …") or the first word of a sentence.
    const f = legalNameStart(ctx, i - 1, i);
    if (
      !(german && ctx.lex!.DE_STOPWORDS.has(tokens[f]!.text.toLowerCase())) &&
      !wholeDescriptor(ctx, tokens[f]!.text)
    ) {
      // Names found inside the span give way to the company's name.
      while (out.length && out[out.length - 1]!.last >= f) out.pop();
      out.push(legalName(ctx, f, i));
      return i;
    }
  }
  // An English institution in German text whose first word reads as a German compound ("Princeton University":
  // "Prince" + "Ton").
  if (
    german &&
    !lk &&
    tok.cap &&
    !tok.sentStart &&
    tokens[i + 1] &&
    EN_ORG_HEADS.has(tokens[i + 1]!.text) &&
    adjacent(ctx, i, i + 1) &&
    !ctx.lex!.DE_NOUNS.has(tok.text) &&
    !ctx.lex!.DE_STOPWORDS.has(tok.text.toLowerCase())
  ) {
    out.push(mk(ctx, i, i + 1, 'organization', true));
    i++;
    return i;
  }
  if (!lk) {
    // The West as a political actor: "der Westen", "dem Westen" (not "im Westen des Landes").
    if (tok.text === 'Westen' || tok.text === 'the West') {
      const prev = tokens[i - 1]?.text.toLowerCase();
      const next = tokens[i + 1]?.text.toLowerCase();
      if (prev && /^(der|dem|den|vom|des)$/.test(prev) && !(next && /^(des|der|von|vom)$/.test(next)))
        out.push(mk(ctx, i, i, 'place', true));
    }
    // Name-prefixed institution compounds: "US-Außenministerium", "UN-Sicherheitsrat", "US-Geheimdienste".
    if (tok.cap && tok.text.includes('-')) {
      const prefix = tok.text.slice(0, tok.text.indexOf('-'));
      const inst = institutionOf(tok.text);
      if (inst) out.push(Object.assign(mk(ctx, i, i, 'organization', true), { canonical: inst }));
      else if (
        (isAcronym(prefix) || placeOf(prefix)) &&
        orgHead(tok.text.slice(tok.text.lastIndexOf('-') + 1)) &&
        !ctx.roleHead(tok.text)
      )
        out.push(mk(ctx, i, i, 'organization', true));
    }
    return i;
  }
  return -1;
}

/** The chain of adjacent name-like words that token i opens, classified and pushed to out; returns the token the scan goes on after. */
function chainCandidateAt(ctx: Ctx, i: number, out: Candidate[]): number {
  const { tokens, looks, text, german } = ctx;
  const n = tokens.length;
  const tok = tokens[i]!;
  const lk = looks[i];
  // Extend the chain over adjacent name-like words.
  let j = i;
  let orgEnd = false;
  let geoEnd = false;
  let legal = false;
  while (j + 1 < n && j - i + 1 < MAX_CHAIN_WORDS && adjacent(ctx, j, j + 1)) {
    const nl = looks[j + 1];
    const next = tokens[j + 1]!;
    const cur = tokens[j]!;
    // A legal form ends even a known name ("Lindvik AG" of a town's firm, "Acme Inc").
    if (next.cap && isLegalForm(next.text) && (looks[i] !== 'known' || !GROUP_WORDS.has(next.text))) {
      j++;
      legal = true;
      break;
    }
    // A company's name after a given name is a surname ("Anna Ford").
    if (
      nl === 'known' &&
      looks[j] === 'given' &&
      ctx.orgs.has(next.text.toLowerCase()) &&
      placeOf(next.text) === undefined
    ) {
      j++;
      continue;
    }
    // An English name inside German text ends in its head, even one the gazetteer knows as a town ("Kopparberg
    // University": "University" is also a town).
    if (german && looks[i] !== 'known' && next.cap && EN_ORG_HEADS.has(next.text)) {
      j++;
      orgEnd = true;
      continue;
    }
    // A single capital letter ends a name ("Lindvik X", "Malcolm X"), unless it is an initial ("Anna L.").
    if (
      next.text.length === 1 &&
      next.cap &&
      text.charCodeAt(next.end) !== 46 &&
      looks[j] !== 'adjective' &&
      !tokens[j + 2]?.cap
    ) {
      j++;
      break;
    }
    // A place's genitive before a name is the place, not part of the name ("Spaniens Lindqvist").
    if (german && j === i && looks[j] === 'known' && /s$/.test(cur.text)) {
      const place = placeOf(cur.text);
      if (place !== undefined && place !== cur.text && !institutionOf(cur.text)) break;
    }
    // An acronym no list knows before a town or a region is one body's name: a school's, a court's, a club's ("TH
    // Kopparberg", "VG Lindvik"); before a country it is as often a clause's subject and object ("… da die LRA
    // Norwegen verlassen habe"), and a known acronym before a place stays two names ("die EU Norwegen").
    if (
      german &&
      nl === 'known' &&
      j === i &&
      looks[i] === 'acronym' &&
      !/\d/.test(cur.text) &&
      townOfBodyAfter(ctx, j)
    ) {
      j++;
      orgEnd = true;
      break;
    }
    // A club's name of a word no list types and its town: "Juventus Turin", "Halvorsk Athen"; not a family name
    // before the town of a byline or a list ("Lindqvist Berlin"), a genitive ("auf Druck Napoleons Regensburg"),
    // a short given name the lists lack before a family name that is also a town's ("Uta Hagen").
    if (
      german &&
      nl === 'known' &&
      j === i &&
      looks[i] === 'unknown' &&
      !ctx.surnames.has(cur.text) &&
      !ctx.lex!.GIVEN_NAMES.has(cur.text) &&
      !ctx.lex!.EN_WORDS.has(cur.text.toLowerCase()) &&
      !cur.text.includes('-') &&
      !genitiveOfKnown(ctx, cur.text) &&
      cur.text.length > 3 &&
      townOfBodyAfter(ctx, j)
    ) {
      j++;
      orgEnd = true;
      break;
    }
    if (nl === 'known') break; // "Pjöngjang Moskau", "Herr Lindqvist Norwegen": two names (multiword ones were found above)
    if (looks[j] === 'known' && (nl === 'given' || nl === 'acronym') && !/\s/.test(cur.text)) break;
    if (nl && nl !== 'weak' && nl !== 'adjective') {
      j++;
      continue;
    }
    // After a given name a capitalised word is a surname even when it is also a noun ("Lars Müller", "Guido Westerwelle").
    if (looks[j] === 'given' && surnameAfterGiven(ctx, j + 1)) {
      j++;
      continue;
    }
    // So is a known surname after an unknown first word ("Maike Bauer").
    if (
      (looks[j] === 'unknown' || looks[j] === 'weak') &&
      j === i &&
      nl === null &&
      next.cap &&
      ctx.surnames.has(next.text) &&
      !/[^s]s$/.test(cur.text) &&
      surnameAfterGiven(ctx, j + 1) &&
      !tokens[j + 2]?.cap
    ) {
      j++;
      continue;
    }
    if (nl === 'adjective' && looks[j] === 'adjective') {
      j++;
      continue;
    }
    if (next.cap && ctx.orgHead(next.text) && looks[i] !== 'known') {
      j++;
      orgEnd = true;
      continue;
    }
    if (next.cap && GEO_HEADS.has(next.text) && looks[j] === 'adjective') {
      j++;
      geoEnd = true;
      continue;
    }
    if (next.cap && looks[j] === 'adjective' && ctx.mediaHead(next.text) && !ctx.roleHead(next.text)) {
      j++;
      orgEnd = true;
      continue;
    }
    const bridge = looks[i] !== 'known' && looks[i] !== 'acronym' ? particleBridge(ctx, j + 1) : 0;
    if (bridge) {
      j += bridge + 1;
      continue;
    }
    // An English name inside German text ends in its head: "Royal Air Force", "Lindvik Tennis Club".
    // So after a place's name: "Manchester United", "Kuwait National Airways".
    const en =
      german && (looks[i] !== 'known' || (j === i && placeOf(tok.text) !== undefined)) ? englishOrgEnd(ctx, j) : -1;
    if (en > j) {
      j = en;
      orgEnd = true;
      continue;
    }
    if (!german && next.cap && nl !== null && !EN_STOPWORDS.has(next.text.toLowerCase())) {
      j++;
      continue;
    }
    // An English head ends the name even when it also opens titles ("Civil Defence", "Coast Guard").
    if (!german && next.cap && EN_ORG_HEADS.has(next.text) && looks[i] !== 'known') {
      j++;
      orgEnd = true;
      continue;
    }
    if (!german && next.cap && ctx.orgHead(next.text) && looks[i] !== 'known') {
      j++;
      orgEnd = true;
      continue;
    }
    break;
  }
  // A club's founding year in two digits after its town's or its own name: "Hannover 96", "Mainz 05".
  if (german && j === i && clubYear(ctx, j)) {
    j++;
    orgEnd = true;
  }
  // Trim adjectives off the end of a chain ("Deutsche" alone is no name), but not a family name after a given name
  // ("Franz Josef Jung", "Anna Klein"): surnameAfterGiven took it as one.
  while (
    j >= i &&
    looks[j] === 'adjective' &&
    !geoEnd &&
    !orgEnd &&
    !(j > i && looks[j - 1] === 'given' && ctx.surnames.has(tokens[j]!.text))
  )
    j--;
  if (j < i) return i;
  // A regnal number ends a name: "Elisabeth II.", "Magnus I.".
  let regnal = false;
  if (
    looks[j] !== 'known' &&
    ROMAN.test(tokens[j + 1]?.text ?? '') &&
    adjacent(ctx, j, j + 1) &&
    text.charCodeAt(tokens[j + 1]!.end) === 46
  ) {
    j++;
    regnal = true;
  }
  // An unknown word before a given name and a surname is a description, not part of the name ("Biobauer Maike Lindqvist").
  let lead = -1;
  if (
    german &&
    j >= i + 2 &&
    (looks[i] === 'unknown' || looks[i] === 'weak') &&
    looks[i + 1] === 'given' &&
    !ctx.lex!.GIVEN_NAMES.has(tok.text)
  ) {
    lead = i;
    i++;
  }
  if (looks[i] === 'adjective') {
    // A capitalised adjective starts a name only mid-sentence and when the chain ends in a head or a known name.
    const whole = text.slice(tokens[i]!.start, tokens[j]!.end);
    if (tok.sentStart && !placeOf(whole) && !institutionOf(whole)) {
      // A given name after it opens a name of its own ("American John Lindqvist won …"); in English, where no
      // list says which word is a given name, two unknown words that end in no organisation's head.
      if (
        (j > i && looks[i + 1] === 'given') ||
        (!german && j >= i + 2 && looks[i + 1] === 'unknown' && !EN_ORG_HEADS.has(tokens[j]!.text))
      )
        return i;
      i = j;
      return i;
    }
    if (!geoEnd && !orgEnd && !placeOf(whole) && !institutionOf(whole) && !isMediaName(whole)) {
      // Skip the adjective, keep the rest as its own name.
      return i;
    }
  }
  if (legal) {
    // A company's name may open with common nouns ("Verkehrsbetriebe Kopparberg AG"): they belong to it.
    const f = legalNameStart(ctx, i, j);
    while (out.length && out[out.length - 1]!.last >= f) out.pop();
    out.push(legalName(ctx, f, j));
    i = j;
    return i;
  }
  const cand = classify(ctx, i, j, orgEnd, geoEnd);
  if (cand) {
    // The period of a final initial or regnal number belongs to the name ("Nico G.", "Elisabeth II.").
    const last = tokens[cand.last]!;
    if (
      (regnal || (last.text.length === 1 && last.cap && cand.last > cand.first)) &&
      text.charCodeAt(last.end) === 46 &&
      cand.end === last.end
    )
      cand.end++;
    if (lead >= 0 && !cand.role && cand.kind === 'person')
      cand.role = { start: tokens[lead]!.start, end: tokens[lead]!.end };
    out.push(cand);
  }
  return j;
}

/** Seats of government that name their government ("das Weiße Haus erklärte") and also the building. */
const SEATS = new Set(['Weißes Haus', 'Kreml', 'Kapitol', 'Pentagon', 'Élysée', 'Downing Street', 'Bundeskanzleramt']);
/** Prepositions of place and motion right before a seat ("ins Weiße Haus", "im Kreml"). */
const INTO_SEAT = /^(?:im|ins|in|into|to|at|inside|outside)$/i;
/** Parts of a building whose genitive a seat follows ("auf den Stufen des Kapitols", "the steps of the Capitol"). */
const BUILDING_PARTS =
  /^(?:Stufen|Treppe|Treppen|Dach|Tor|Tore|Eingang|Balkon|Garten|Rasen|Mauern|Flur|Fluren|steps|lawn|gates|roof)$/;

/**
 * A seat of government is the building, a place, where the words before it say so: a preposition of place or
 * motion ("der Einzug ins Weiße Haus", "returns to the White House") or a part of the building ("auf den Stufen des
 * Kapitols"); elsewhere it stays the body that speaks ("das Weiße Haus erklärte"). Linear in the candidates.
 */
function seatsAsBuildings(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.kind !== 'organization' || c.first < 1 || c.last - c.first > 1) continue;
    const seat = institutionOf(ctx.text.slice(c.start, c.end));
    if (!seat || !SEATS.has(seat)) continue;
    // The article in between: "ins Weiße Haus" has none, "in das Weiße Haus", "to the White House" one.
    let p = c.first - 1;
    if (/^(?:das|dem|den|des|the)$/i.test(tokens[p]!.text) && p > 0) p--;
    const before = tokens[p]!;
    const gap = ctx.text.slice(before.end, tokens[c.first]!.start);
    if (!/^(?: \S+ | )$/.test(gap) && gap !== ' ') continue;
    const of = before.text === 'of' && p > 0 ? tokens[p - 1]! : null;
    const part = BUILDING_PARTS.test(before.text) || (!!of && BUILDING_PARTS.test(of.text));
    if (INTO_SEAT.test(before.text) || part) cands[k] = Object.assign(copyCandidate(c), { kind: 'place' });
  }
  return cands;
}

/** English compass words that open a place's name: "Northern California", "West Palm Beach". */
const COMPASS_WORDS = new Set('North South East West Northern Southern Eastern Western Central Upper Lower'.split(' '));

/**
 * A place name with an English compass word right before it takes the word in ("Northern California", "in West
 * Palm Beach"), in English and German text alike, unless the word belongs to another name. Linear in the candidates.
 */
function withCompassPoints(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  let prevLast = -1;
  const out = cands;
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    const f = c.first - 1;
    if (
      c.kind === 'place' &&
      f > prevLast &&
      c.start === c.nameStart &&
      COMPASS_WORDS.has(tokens[f]!.text) &&
      adjacent(ctx, f, c.first) &&
      !(f > 0 && tokens[f - 1]!.cap && adjacent(ctx, f - 1, f) && !tokens[f]!.sentStart)
    ) {
      const s = tokens[f]!.start;
      out[k] = Object.assign(copyCandidate(c), { first: f, start: s, nameStart: s, canonical: null });
    }
    prevLast = out[k]!.last;
  }
  return out;
}

/**
 * Names joined by a slash are one name ("Kopparberg/Lindvik" as a dateline, "Kraftwerk Lindvik/Ås"): an
 * organisation takes the place after it, two places make one.
 */
function joinSlashed(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const a = out[out.length - 1];
    if (
      a &&
      c.start === a.end + 1 &&
      ctx.text.charCodeAt(a.end) === 47 &&
      c.first === c.last &&
      (a.kind === 'organization' || a.kind === 'place') &&
      (c.kind === 'place' || c.kind === null)
    ) {
      if (
        a.kind === 'organization' ||
        (c.kind === 'place' && !c.guessed) ||
        ctx.towns.has(ctx.text.slice(c.start, c.end))
      ) {
        // The joined name is a name of its own: "Münster" elsewhere is not "Münster/Osnabrück".
        out[out.length - 1] = Object.assign(copyCandidate(a), {
          last: c.last,
          end: c.end,
          strong: true,
          guessed: false,
          canonical: null,
        });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * A chain of name-like words ends after this many: no person's or organisation's name runs longer ("Maria Dolores
 * de Cospedal García" has five), and a run of capitalised words without end (a list of names without commas, broken
 * input) becomes several names instead of one actor whose name is the whole run.
 */
const MAX_CHAIN_WORDS = 6;

function mk(ctx: Ctx, first: number, last: number, kind: ActorKind | null, strong: boolean): Candidate {
  const s = ctx.tokens[first]!.start;
  return {
    first,
    last,
    start: s,
    end: ctx.tokens[last]!.end,
    nameStart: s,
    kind,
    strong,
    role: null,
    canonical: null,
    guessed: false,
  };
}

/**
 * A copy of a candidate, its fields in the order of mk's literal: a spread (`{ ...c, kind }`) gives the copy another
 * hidden class in V8, and the code that reads candidates, optimised on one layout, is thrown away when it meets the
 * other ("wrong map"). Change fields of the copy by assigning them (`Object.assign(copyCandidate(c), { kind })`).
 */
export function copyCandidate(c: Candidate): Candidate {
  return {
    first: c.first,
    last: c.last,
    start: c.start,
    end: c.end,
    nameStart: c.nameStart,
    kind: c.kind,
    strong: c.strong,
    role: c.role,
    canonical: c.canonical,
    guessed: c.guessed,
  };
}

/** After a head noun the name may go on over capitalised nouns ("die Zeitung Nowy Kurier"), up to three words. */
function extendOverCapitals(ctx: Ctx, c: Candidate): void {
  const { tokens } = ctx;
  while (c.last - c.first < 3) {
    const next = tokens[c.last + 1];
    if (!next || !next.cap || !adjacent(ctx, c.last, c.last + 1) || ctx.looks[c.last + 1] === 'known') break;
    if (ctx.german && ctx.lex!.DE_STOPWORDS.has(next.text.toLowerCase())) break;
    if (!ctx.german && EN_STOPWORDS.has(next.text.toLowerCase())) break;
    c.last++;
    c.end = next.end;
  }
}

/**
 * Whether a chain of capitalised words that nothing typed may be a person's name: not a quoted title ("„Lindvik
 * Nights“"), not a model number ("Kopparberg X5"), not mostly English words ("Keep It Together").
 */
function unknownChain(ctx: Ctx, c: Candidate): boolean {
  const { tokens, text } = ctx;
  let english = 0;
  for (let k = c.first; k <= c.last; k++) {
    const w = tokens[k]!.text;
    if (/\d/.test(w) || (isAcronym(w) && !ctx.surnames.has(w))) return false;
    if (ctx.german && ctx.lex!.EN_WORDS.has(w.toLowerCase()) && !ctx.lex!.GIVEN_NAMES.has(w) && !ctx.surnames.has(w))
      english++;
  }
  if (english * 2 >= c.last - c.first + 1) return false;
  const before = text.slice(Math.max(0, c.start - 2), c.start);
  const after = text.slice(c.end, c.end + 2);
  return !(/[„“"»«‚‘]\s?$/.test(before) && /^\s?[“”"«»‘’]/.test(after));
}

/**
 * Whether a German chain of two words is a company's or a body's name written with an acronym ("KPB Lindra",
 * "Halvor KTI", "BZ WBK"): an acronym no list knows and a word no list types, no English word, no camel case (a
 * product line's "GeForce GTX"), no hyphen, no common noun, no digit.
 */
function acronymChain(ctx: Ctx, i: number, j: number): boolean {
  const { tokens, looks } = ctx;
  if (j !== i + 1) return false;
  // A number after it makes it a model or a citation ("Lindra KX 45", "ABC NJW 1972").
  const after = tokens[j + 1];
  if (after && adjacent(ctx, j, j + 1) && /^\d/.test(after.text)) return false;
  let acronyms = 0;
  for (let k = i; k <= j; k++) {
    const w = tokens[k]!.text;
    const lk = looks[k];
    if (/\d/.test(w)) return false;
    if (lk === 'acronym') {
      // Words of five letters and more in capitals are shouting, not an acronym ("DER KLEINE GATTER").
      if (w.length > 4) return false;
      acronyms++;
    } else if (
      (lk !== 'unknown' && lk !== 'weak') ||
      w.length < 3 ||
      w.includes('-') ||
      /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) ||
      ctx.lex!.EN_WORDS.has(w.toLowerCase())
    )
      return false;
  }
  return acronyms > 0;
}

/** Whether a word is the genitive of a known given name, family name or place ("Napoleons", "Lindqvists"). */
function genitiveOfKnown(ctx: Ctx, w: string): boolean {
  if (!/[^s]s$/.test(w)) return false;
  const stem = w.slice(0, -1);
  return ctx.surnames.has(stem) || ctx.lex!.GIVEN_NAMES.has(stem) || placeOf(stem) !== undefined;
}

/** Two digits of a year from 1880 to 1919, as clubs carry their founding year ("04", "96"). */
const CLUB_YEAR = /^(?:[01]\d|[89]\d)$/;

/**
 * Whether the token after token j is a club's founding year in two digits ("Mainz 05", "Halvorsk 04"): the name a
 * city (not a country: "Frankreich 98" is a tournament; not a region: "in Illinois 12 Menschen") or a word no list
 * types before a year of the 1900s ("Halvorsk 04"; "Lindqvist 80" is an age); the number not an amount, a date
 * or a score ("Berlin 05.12.", "Halvorsk 04:2", "Kopparberg 12 %", "80 Jahre").
 */
function clubYear(ctx: Ctx, j: number): boolean {
  const { tokens, looks, text } = ctx;
  const num = tokens[j + 1];
  if (!num || !CLUB_YEAR.test(num.text) || num.start !== tokens[j]!.end + 1 || text.charCodeAt(tokens[j]!.end) !== 32)
    return false;
  const lk = looks[j];
  const w = tokens[j]!.text;
  if (lk === 'known') {
    if (!CITY_SPELLINGS.has(w)) return false;
  } else if (
    lk !== 'unknown' ||
    num.text.charCodeAt(0) !== 48 ||
    ctx.surnames.has(w) ||
    ctx.lex!.GIVEN_NAMES.has(w) ||
    genitiveOfKnown(ctx, w)
  )
    return false;
  const after = text.slice(num.end, num.end + 3);
  if (/^(?:[.,:/%\-–]\S|\s?%|\s?[-–:]\s?\d|\d)/.test(after) || /^\s+\d/.test(after)) return false;
  // A noun after the number makes it an amount ("Kopparberg 80 Jahre", "Lindvik 12 Menschen").
  const unit = tokens[j + 2];
  return !(unit && unit.cap && unit.start === num.end + 1);
}

/**
 * A place written in capitals, as in a dateline ("LIMA", "BOCHUM"): the gazetteer knows it in title case. Not for
 * institutions' acronyms, which the institution list answers first.
 */
function capitalsPlace(whole: string): string | undefined {
  if (whole.length < 3 || !/^[\p{Lu} -]+$/u.test(whole) || institutionOf(whole)) return undefined;
  return placeOf(whole.toLowerCase().replace(/(^|[ -])\p{Ll}/gu, (m) => m.toUpperCase()));
}

/** A result, a match or a lead before "über", "gegen", "auf" ("Sieg über X", "Rückstand auf X"), or a coach or player before "von". */
const SPORTS_BEFORE_OPPONENT = /(?:sieg|niederlage|remis|unentschieden|spiel|rückstand|vorsprung|finale|derby|duell)$/;
const SPORTS_BEFORE_VON = /(?:trainer|spieler|torwart|torhüter|stürmer|verteidiger|kapitän)$/;

/**
 * Whether a town stands where a sports team does: the opponent of a match or a result ("Sieg über X", "der
 * Rückstand auf X", "im Spiel gegen X"), or the team of a coach or player ("Trainer von X"). A country there is its
 * national team, which stays a place.
 */
function sportsOpponent(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  const p = tokens[i - 1];
  const h = tokens[i - 2];
  if (!p || !h || !h.cap || !adjacent(ctx, i - 1, i) || !adjacent(ctx, i - 2, i - 1)) return false;
  const head = h.text.toLowerCase();
  if (p.text === 'von') return SPORTS_BEFORE_VON.test(head);
  return (p.text === 'über' || p.text === 'gegen' || p.text === 'auf') && SPORTS_BEFORE_OPPONENT.test(head);
}

function classify(ctx: Ctx, i: number, j: number, orgEnd: boolean, geoEnd: boolean): Candidate | null {
  const { tokens, looks, text } = ctx;
  // A weak first word is confirmed by a second name word that is not sentence-initial ("Maike Halvorsen, …").
  const c = mk(ctx, i, j, null, looks[i] !== 'weak' || (j > i && looks[i + 1] !== 'weak' && looks[i + 1] !== null));
  const whole = text.slice(c.start, c.end);
  const single = i === j;
  const prev = tokens[i - 1];
  const prevAdj = i > 0 && adjacent(ctx, i - 1, i);
  // Quotes may stand between a head and the name ("Zeitung 'Rodong Sinmun'").
  const gap = prev ? text.slice(prev.end, c.start) : '';
  // Not across a line break: a title's last word ("… in capital") is no head of the body's first name.
  const prevNear = !!prev && /^[ \u00a0]?['‘’"„“»«]?$/.test(gap);

  // An address title is part of the mention and makes a person; after a possessive "Frau" is a wife ("seine
  // Frau Anna"), and nobility titles stay outside the name ("Sir Arvid Lindqvist").
  if (prev && prevAdj && ADDRESS_TITLES.has(prev.text)) {
    const before = tokens[i - 2];
    const possessive =
      !!before &&
      /^(sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|mein|meine|meiner|meinem|deren|dessen|his|my)$/i.test(
        before.text,
      );
    // A nobility title before one word that is no given name is part of the name it makes ("Lady Lindra", "Lord
    // Halvor"); before a full name it is a title ("Sir Arvid Lindqvist").
    if (!possessive && (!NOBILITY_TITLES.has(prev.text) || (single && looks[i] !== 'given'))) c.start = prev.start;
    c.kind = 'person';
    c.strong = true;
    return c;
  }
  const inst = institutionOf(whole);
  if (inst) return Object.assign(copyCandidate(c), { kind: 'organization', canonical: inst, strong: true });
  if (ctx.media(whole) && !(single && ctx.german && ctx.lex?.DE_NOUNS.has(whole)))
    return Object.assign(copyCandidate(c), { kind: 'media', strong: true });
  const place = placeOf(whole) ?? capitalsPlace(whole);
  if (place && single && ctx.german && sportsOpponent(ctx, i) && !COUNTRY_SPELLINGS.has(place))
    return Object.assign(copyCandidate(c), { kind: 'organization', strong: true });
  if (place && !(looks[i] === 'given' && !single))
    return Object.assign(copyCandidate(c), { kind: 'place', canonical: place, strong: true });
  if (ctx.orgs.has(whole.toLowerCase())) return Object.assign(copyCandidate(c), { kind: 'organization', strong: true });
  if (prev && prevNear && ctx.mediaHead(prev.text) && (!ctx.german || prev.cap)) {
    extendOverCapitals(ctx, c);
    c.kind = 'media';
    c.strong = true;
    c.role = rolePhraseBefore(ctx, i - 1) ?? { start: prev.start, end: prev.end };
    return c;
  }
  if (prev && prevNear && ctx.orgAppositionHead(prev.text) && (!ctx.german || prev.cap) && !ctx.roleHead(prev.text)) {
    extendOverCapitals(ctx, c);
    c.kind = 'organization';
    c.strong = true;
    return c;
  }
  // "Secretary of State Antony Blinken": a title, not "the state X".
  if (
    prev &&
    prevNear &&
    ctx.placeAppositionHead(prev.text) &&
    (!ctx.german || prev.cap) &&
    looks[i] !== 'given' &&
    !(!ctx.german && prev.text === 'State' && tokens[i - 2]?.text === 'of')
  ) {
    c.kind = 'place';
    c.strong = true;
    return c;
  }
  // "the town of Kopparberg", "the central city of Lindvik": an English place noun and "of" before the name.
  if (
    !ctx.german &&
    prev?.text === 'of' &&
    prevAdj &&
    i > 1 &&
    adjacent(ctx, i - 2, i - 1) &&
    EN_PLACE_OF_HEADS.has(tokens[i - 2]!.text) &&
    looks[i] !== 'given'
  ) {
    c.kind = 'place';
    c.strong = true;
    return c;
  }
  if (
    orgEnd ||
    isLegalForm(tokens[j]!.text) ||
    (!single && !ctx.german && (ctx.orgHead(tokens[j]!.text) || EN_ORG_HEADS.has(tokens[j]!.text)))
  )
    return Object.assign(copyCandidate(c), { kind: 'organization', strong: true });
  if (geoEnd) return Object.assign(copyCandidate(c), { kind: 'place', strong: true });
  // A role noun right before the name: "Kreml-Sprecher Juri Sorokow", "der russische Präsident Arvid Lindqvist".
  if (prev && prevAdj) {
    const role = rolePhraseBefore(ctx, i - 1);
    if (role && !(single && looks[i] === 'known'))
      return Object.assign(copyCandidate(c), { kind: 'person', strong: true, role });
  }
  const firstTok = tokens[i]!;
  if (!single && (looks[i] === 'given' || EAST_ASIAN_SURNAMES.has(firstTok.text))) {
    if (looks[j] !== 'known' || !single) return Object.assign(copyCandidate(c), { kind: 'person', strong: true });
  }
  if (looks[i] === 'acronym' && single) return Object.assign(copyCandidate(c), { kind: 'organization', strong: true });
  if (ctx.towns.has(whole) || (single && whole.endsWith('s') && ctx.towns.has(whole.slice(0, -1))))
    return Object.assign(copyCandidate(c), { kind: 'place', strong: c.strong, guessed: true });
  if (single && ctx.german && ctx.orgHead(firstTok.text)) return null;
  // Unknown: the words around decide later (index.ts); a preposition before a bare name suggests a place.
  // So at the start of a sentence ("In Garzow traf es …"), but not "Bei", which opens a person as often, nor
  // before a hyphenated word, a discipline's or a product's as often ("In Super-G, Abfahrt …").
  if (
    prev &&
    prevAdj &&
    single &&
    (PLACE_PREPOSITIONS.has(prev.text) || (prev.sentStart && /^(?:In|Aus)$/.test(prev.text) && !whole.includes('-')))
  )
    return Object.assign(copyCandidate(c), { kind: 'place', guessed: true });
  if (!single && ctx.german && acronymChain(ctx, i, j))
    return Object.assign(copyCandidate(c), { kind: 'organization' });
  if (!single) return unknownChain(ctx, c) ? Object.assign(copyCandidate(c), { kind: 'person' }) : null;
  return c;
}
