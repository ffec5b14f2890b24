// Actors of one article: people, organisations, media and places, each with every mention, its roles and the
// descriptions that refer to it ("das nordkoreanische Staatsoberhaupt").
// Design: detect.ts proposes name spans with a first guess at their kind; this module confirms the weak ones
// against the rest of the document (a sentence-initial "Lindqvist" is a name because "Arvid Lindqvist" is one), types
// bare names by what the document already knows, then groups mentions into actors: full names by a spelling-
// tolerant key, a bare surname ("Lee", "Herrn Lindqvist", "Lindqvists") to the compatible person mentioned most recently
// before it (else the next one after it). Roles come from the words before a name and from appositions
// (", die Direktorin der US-Geheimdienste,"); descriptors are role phrases without a name, matched to the
// person whose role head or nationality adjective agrees. German loads its word lists lazily; no compromise.
import type { Actor, ActorKind, DocContext, Role, Span, TextSpan } from '../types';
import { nameKey } from '../text/nameKey';
import { partitionPoint } from '../text/search';
import { agencyCredit } from '../text/outlet';
import { DESCRIPTOR_DETERMINERS, LEADER_HEADS } from '../resources/roles';
import { FIRM_NAME_HEADS } from '../resources/organizations';
import { type Candidate, type Token, copyCandidate, findCandidates } from './detect';
import {
  afterPersonNoun,
  englishLoneEvidence,
  germanCompanyEvidence,
  germanOrgEvidence,
  germanPlaceEvidence,
  germanSubjectEvidence,
  isOrgEnd,
  orgShaped,
  placeShaped,
} from './evidence';
import { adjectiveNounNames, compoundTowns, memberBodyNames, trimCompoundAdjective } from './adjectiveNames';
import { widenGivenNames } from './fullNames';
import { type EnglishWordLists, englishRoleLength, englishRoleOk, refineEnglishMentions } from './english';
import {
  type GermanLexicon,
  institutionOf,
  isGermanAdjective,
  isGermanNoun,
  isLegalForm,
  isMediaName,
  orgHead,
  placeOf,
  roleHead as roleHeadOf,
} from './words';
import { roleBaseForm } from './roleForm';
import { CLUB_ABBREVIATIONS, CLUB_WORDS, townBodyHead, townInstitutionHead } from './shapes';
import { NON_NAME_ACRONYMS } from '../resources/nameParts';
import { abbreviationOf, abbreviationsSpelledOut } from './initials';

// Hoisted so that the bundle does not rebuild them per call.
const TOWN_SUFFIX =
  /\p{Ll}(burg|berg|dorf|stadt|hausen|heim|ingen|feld|bach|furt|hagen|rode|stedt|leben|brück|brücken|kirchen|itz|ow|see)$/u;
const UPPER_START = /^\p{Lu}/u;

/** germanLexicon's object, made once. */
let lexicon: GermanLexicon | null = null;

function germanLexicon(): GermanLexicon {
  // Lazy: the German lists are built on first use only (see lexicon.ts). Copied into a plain object: the
  // bundler's module namespace reads every export through a getter, and these are read per word. Made once: the
  // bundler's require() builds a new namespace object at every call, its getters defined one by one.
  if (lexicon) return lexicon;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const m = require('./lexicon') as GermanLexicon;
  return (lexicon = {
    DE_NOUNS: m.DE_NOUNS,
    NAMED_NOUNS: m.NAMED_NOUNS,
    NOUN_HASHES: m.NOUN_HASHES,
    DE_ADJECTIVES: m.DE_ADJECTIVES,
    DE_STOPWORDS: m.DE_STOPWORDS,
    GIVEN_NAMES: m.GIVEN_NAMES,
    EN_WORDS: m.EN_WORDS,
  });
}

/** The English word lists (commonWords.ts), required lazily, once. */
let englishWordListsMade: EnglishWordLists | null = null;

function englishWordLists(): EnglishWordLists {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (englishWordListsMade ??= require('./commonWords') as EnglishWordLists);
}

/** The name lists (names.ts), required lazily, once. */
let nameListsMade: NameLists | null = null;

function nameLists(): NameLists {
  if (nameListsMade) return nameListsMade;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const m = require('./names') as NameLists;
  return (nameListsMade = { SURNAMES: m.SURNAMES, KNOWN_ORGANIZATIONS: m.KNOWN_ORGANIZATIONS });
}

/** Combining marks; hoisted, as the bundle rebuilds a \p{M} literal per call (replace() resets lastIndex). */
const MARKS = /\p{M}+/gu;

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

interface Mention {
  cand: Candidate;
  kind: ActorKind;
  /** The name as written without an address title. */
  name: string;
  /** The name with a genitive -s removed where the document shows the base form. */
  base: string;
  /** Name words of the base form. */
  words: string[];
  /** The kind is only a default: a name it is coordinated with may change it ("Kopparberg, Lindvik und Ås"). */
  soft?: boolean;
  /** Nothing but its capital letter makes this a name: kept only when coordinated with a typed name. */
  fallback?: boolean;
}

/** A copy of a mention in makeMention's layout (see copyCandidate: a spread would give it another hidden class). */
function copyMention(m: Mention): Mention {
  return { cand: m.cand, kind: m.kind, name: m.name, base: m.base, words: m.words, soft: m.soft, fallback: m.fallback };
}

/**
 * The mentions in makeMention's and mk's layouts. refineEnglishMentions returns spread copies (`{ ...m, kind }`), each
 * spread a hidden class of its own in V8, made anew once the old one is collected: the steps after it, optimised on
 * these two layouts, were thrown away on every English article ("wrong map" in groupMentions, toActors, ...). A
 * candidate shared by several mentions stays shared.
 */
function inLayouts(mentions: Mention[]): Mention[] {
  const cands = new Map<Candidate, Candidate>();
  return mentions.map((m) => {
    let cand = cands.get(m.cand);
    if (!cand) cands.set(m.cand, (cand = copyCandidate(m.cand)));
    return { cand, kind: m.kind, name: m.name, base: m.base, words: m.words, soft: m.soft, fallback: m.fallback };
  });
}

interface Group {
  kind: ActorKind;
  key: string;
  mentions: Mention[];
  roles: Role[];
  descriptors: TextSpan[];
  words: Set<string>;
  multi: boolean;
}

const APPOSITION =
  /^,\s+(?:(?:der|die|das|ein|eine|the|a|an)\s+)?([^,;.!?„“"»«()\n]{3,140}?)(?=\s*(?:,|;|\.\s|\.$|\)|\n|$))/u;

function genitiveBase(word: string, known: ReadonlySet<string>): string {
  if (word.length > 3 && /s$/.test(word)) {
    const stem = word.slice(0, -1);
    if (known.has(stem)) return stem;
    if (/'s$|’s$/.test(word)) return word.slice(0, -2);
  }
  return word;
}

function nationalityStems(phrase: string): string[] {
  const out: string[] = [];
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
    const m = /^(.*isch)(e|en|em|er|es)?$/u.exec(w);
    if (m && m[1]!.length > 5) out.push(m[1]!);
    else if (/^(us|un|eu)$/.test(w)) out.push(w);
  }
  return out;
}

/** The first step of findActors: tokens and name candidates, each found from the words of its own line. */
export interface LocalCandidates {
  tokens: Token[];
  candidates: Candidate[];
  roleHead: (w: string) => string | null;
}

/**
 * The detector's candidates with German given names widened and adjective names merged in: the step of findActors
 * that reads only the words around each name. Exported so that an incremental analysis (../incremental.ts) can
 * make it line by line and keep it for the lines an edit did not touch.
 */
export function localCandidates(text: string, language: string): LocalCandidates {
  const lex = language === 'de' ? germanLexicon() : null;
  const found = findCandidates(text, language, lex);
  if (!lex) return found;
  const { SURNAMES } = nameLists();
  const { tokens, candidates } = found;
  return {
    ...found,
    candidates: withAdjectiveNames(tokens, text, lex, widenGivenNames(candidates, tokens, text, lex, SURNAMES)),
  };
}

/** What loneKind says of a word: its kind, or null (no name). */
export type LoneVerdict = { kind: ActorKind; soft: boolean; fallback?: boolean } | null;

/**
 * loneKind's verdicts kept between versions of one text by an incremental analysis (../incremental.ts), by the
 * whole of what loneKind reads (loneKey): `kept` from the last version; `used` gets those this analysis asks for.
 * `check` (tests) sees every kept verdict beside the one loneKind makes afresh.
 */
export interface LoneMemo {
  kept: ReadonlyMap<string, LoneVerdict>;
  used: Map<string, LoneVerdict>;
  check?: (got: LoneVerdict, fresh: LoneVerdict) => void;
}

/**
 * Finds the actors of one article. Pure: reads doc, returns new objects. `local` makes the first step; `lone` keeps
 * loneKind's verdicts across versions of the text (the result is the same without it).
 */
export function findActors(
  doc: DocContext,
  local: (text: string, language: string) => LocalCandidates = localCandidates,
  lone: LoneMemo | null = null,
): Actor[] {
  const { text } = doc;
  const language = doc.language === 'de' ? 'de' : doc.language === 'en' ? 'en' : doc.language;
  const lex = language === 'de' ? germanLexicon() : null;
  const names = nameLists();
  const { tokens, candidates, roleHead } = local(text, language);
  // Where the page's chrome is: no actor is looked for there (made once, used twice below).
  const inChrome = chromeTest(doc);
  const cands = withBracketedShortNames(
    tokens,
    text,
    lex,
    withSpelledOutNames(tokens, text, lex, addLayoutNames(doc, candidates, lex, inChrome)),
  );

  // English context cues for lone unknown words, per word (evidence.ts).
  const englishCues = language === 'en' ? englishLoneEvidence(tokens, text) : null;

  // Capitalised words of the text, made on first need (one pass).
  let capWords: Set<string> | null = null;
  const capitalised = (): Set<string> => (capWords ??= new Set(tokens.filter((t) => t.cap).map((t) => t.text)));
  // 1. What the document knows for sure: surfaces of strong, typed names, and the words of people's names.
  const knownKind = new Map<string, ActorKind>();
  const personWords = new Set<string>();
  for (const c of cands) noteKnown(c, text, tokens, lex, names, knownKind, personWords, capitalised);
  const knownNames = new Set<string>([...knownKind.keys(), ...personWords]);

  // 2. Confirm and type the rest.
  let mentions: Mention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const c of cands)
    confirmCandidate(
      c,
      text,
      tokens,
      lex,
      names,
      knownKind,
      personWords,
      knownNames,
      englishCues,
      covered,
      mentions,
      lone,
    );
  // 3. Further occurrences of single-word names the detector let pass (a surname that is also a noun).
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || !t.cap || !personWords.has(t.text) || lex?.GIVEN_NAMES.has(t.text)) continue;
    if (knownKind.get(t.text) !== undefined && knownKind.get(t.text) !== 'person') continue;
    const prevCovered = k > 0 && covered[k - 1] && tokens[k - 1]!.end + 1 === t.start;
    const nextCovered = covered[k + 1] && tokens[k + 1]!.start === t.end + 1;
    if (prevCovered || nextCovered) continue;
    const c: Candidate = {
      first: k,
      last: k,
      start: t.start,
      end: t.end,
      nameStart: t.start,
      kind: 'person',
      strong: true,
      role: null,
      canonical: null,
      guessed: false,
    };
    mentions.push(makeMention(c, 'person', t.text, t.text, knownNames));
  }
  mentions.sort((a, b) => a.cand.start - b.cand.start);
  // Nor in the page's chrome by another name's words.
  if (inChrome) mentions = mentions.filter((m) => !inChrome(m.cand.start, m.cand.end));
  if (lex)
    mentions = withBodyHeads(
      withCompanyOpeners(withCompanyEnds(mentions, tokens, text, knownNames), tokens, text, lex, knownNames),
      tokens,
      text,
      lex,
      names,
      knownNames,
    );
  mentions = withStartUpNames(mentions, tokens, text, knownNames);
  listHeadKinds(text, mentions);
  coordinateKinds(text, mentions);
  // A bare word the clause somewhere types an organisation or a place ("Kundendaten von X", "X beschäftigte …",
  // "südlich von X") is one wherever else only a weak subject cue made it a person ("bezeichnete X aufgrund …").
  const typedWords = new Map<string, ActorKind>();
  for (const m of mentions)
    if ((m.kind === 'organization' || m.kind === 'place') && !m.soft && !m.fallback && m.words.length === 1)
      if (!typedWords.has(m.base)) typedWords.set(m.base, m.kind);
  if (typedWords.size)
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const kind = m.soft && m.kind === 'person' && m.words.length === 1 ? typedWords.get(m.base) : undefined;
      if (kind) mentions[k] = Object.assign(copyMention(m), { kind, fallback: false });
    }
  // A club's second word standing alone that only a guess made a person ("Eintracht Lindvik …: Am Samstag hatte
  // Lindvik verloren") is the club.
  if (lex) {
    const clubs = new Map<string, Mention>();
    for (const m of mentions)
      if (
        m.kind === 'organization' &&
        m.words.length === 2 &&
        (CLUB_WORDS.has(m.words[0]!) || CLUB_ABBREVIATIONS.has(m.words[0]!))
      )
        if (!clubs.has(m.words[1]!)) clubs.set(m.words[1]!, m);
    if (clubs.size)
      for (let k = 0; k < mentions.length; k++) {
        const m = mentions[k]!;
        const club = m.kind === 'person' && m.words.length === 1 && !m.cand.role ? clubs.get(m.base) : undefined;
        if (!club) continue;
        const cand = Object.assign(copyCandidate(m.cand), { canonical: club.cand.canonical ?? club.base });
        mentions[k] = Object.assign(copyMention(m), { kind: 'organization', cand, fallback: false });
      }
  }
  // A word the text writes before a model number ("die Ariane 6", "Falke 9") names a product there and elsewhere
  // in the text: its bare mentions are no person ("Ariane startete …").
  const models = modelWords(tokens, text);
  if (models.size)
    mentions = mentions.filter((m) => !(m.kind === 'person' && m.words.length === 1 && models.has(m.base)));
  // A lone word inside a longer name of another kind, or its last word elsewhere, is that name's part, no person by
  // itself ("Die Reederei Solvik Shipping erklärte": no person "Shipping"). Elsewhere only a word nothing but its
  // context typed a person is dropped; a role, a given or a family name keeps it. Linear in the mentions.
  mentions = dropNameTails(mentions, lex, names);
  // A storm's name after the word for it ("Sturmtief „Nora“", "Zyklon Larry") is no actor there or elsewhere.
  const storms = lex ? stormNames(tokens, text) : null;
  if (storms?.size) mentions = mentions.filter((m) => !(m.words.length === 1 && storms.has(m.base)));
  if (mentions.some((m) => m.fallback)) {
    // A name only the default typed is kept where the same word stands elsewhere typed by its context
    // ("Lindqvist spielte …" … "neben Lindqvist"); the others are dropped.
    const typed = new Map<string, ActorKind>();
    for (const m of mentions)
      if (!m.fallback && m.cand.first === m.cand.last && !typed.has(m.name)) typed.set(m.name, m.kind);
    mentions = mentions.flatMap((m) => {
      if (!m.fallback) return [m];
      const kind = typed.get(m.name);
      return kind ? [Object.assign(copyMention(m), { kind, fallback: false })] : [];
    });
  }
  // A genitive of a bare name typed by its context ("sagte Lindqvist … Lindqvists Rede") is that name.
  const bare = new Set(mentions.filter((m) => m.kind === 'person' && m.words.length === 1).map((m) => m.base));
  for (const m of mentions) {
    if (m.kind !== 'person' || m.words.length !== 1 || !/[^s]s$/.test(m.base)) continue;
    const stem = m.base.slice(0, -1);
    if (bare.has(stem)) {
      m.base = stem;
      m.words = [stem];
    }
  }

  if (language === 'en') mentions = inLayouts(refineEnglishMentions(text, mentions, englishWordLists()));
  // 4. Group into actors.
  const groups = groupMentions(mentions, lex);
  // 5. Roles from appositions, then descriptors.
  for (const g of groups) {
    for (const m of g.mentions) {
      if (m.cand.role) g.roles.push(span(text, m.cand.role.start, m.cand.role.end));
      if (g.kind !== 'person' && g.kind !== 'media' && g.kind !== 'organization') continue;
      const ap = APPOSITION.exec(text.slice(m.cand.end, m.cand.end + 200));
      if (ap && ap[1] && (language !== 'en' || englishRoleOk(ap[1]))) {
        const words = ap[1].split(/\s+/).slice(0, 4);
        if (words.some((w) => roleHeadOf(w) && (language !== 'de' || UPPER_START.test(w)))) {
          const s = m.cand.end + ap[0].length - ap[1].length;
          g.roles.push(span(text, s, s + (language === 'en' ? englishRoleLength(ap[1]) : ap[1].trimEnd().length)));
        }
      }
    }
  }
  attachDescriptors(text, tokens, groups, language === 'de', roleHead);
  return toActors(text, groups, language, lex);
}

/** Step 1 of findActors for one candidate: a strong, typed name the document knows for sure, and its words if a person's. */
function noteKnown(
  c: Candidate,
  text: string,
  tokens: Token[],
  lex: GermanLexicon | null,
  names: NameLists,
  knownKind: Map<string, ActorKind>,
  personWords: Set<string>,
  capitalised: () => Set<string>,
): void {
  if (!c.strong || !c.kind || c.guessed) return;
  const name = text.slice(c.nameStart, c.end);
  // A run of words typed an organisation or medium by its context anywhere ("die Firma Lindvik X") is one
  // wherever else a bare guess took it for a person's name.
  const had = knownKind.get(name);
  if (had === undefined || (had === 'person' && (c.kind === 'organization' || c.kind === 'media') && c.last > c.first))
    knownKind.set(name, c.kind);
  // A company named with its legal form ("Lindqvist AG") is the same company without it.
  if (c.kind === 'organization' && c.canonical && name.startsWith(c.canonical + ' ') && !knownKind.has(c.canonical))
    knownKind.set(c.canonical, c.kind);
  if (c.kind === 'person' && c.first >= 0) for (let k = c.first; k <= c.last; k++) personWords.add(tokens[k]!.text);
  // A German genitive of a full name ("Anna Lindqvists"): the surname is the stem when the text or the surname
  // list has it bare; the name is then written without the "-s".
  if (lex && c.kind === 'person' && c.first >= 0 && c.last > c.first) {
    const last = tokens[c.last]!.text;
    const stem = last.slice(0, -1);
    if (/[^s]s$/.test(last) && !names.SURNAMES.has(last) && (names.SURNAMES.has(stem) || capitalised().has(stem)))
      personWords.add(stem);
  }
}

/**
 * Step 2 of findActors for one candidate: confirmed and typed by what the document knows for sure, by its
 * context or the name lists, pushed to mentions (and its tokens marked covered); else dropped.
 */
function confirmCandidate(
  c: Candidate,
  text: string,
  tokens: Token[],
  lex: GermanLexicon | null,
  names: NameLists,
  knownKind: Map<string, ActorKind>,
  personWords: Set<string>,
  knownNames: Set<string>,
  englishCues: Map<string, 'person' | 'organization'> | null,
  covered: Uint8Array,
  mentions: Mention[],
  memo: LoneMemo | null,
): void {
  const name = text.slice(c.nameStart, c.end);
  const single = c.first === c.last;
  // Mixed-case abbreviations the detector reads as words ("StGB", "MwSt", "TecDAX") are no names either.
  if (single && NON_NAME_ACRONYMS.has(name)) return;
  // A court's register letters inside a file number are no body ("Az. 5 AZR 112/24", "1 BvR 2345/19").
  if (single && FILE_NUMBER_AFTER.test(text.slice(c.end, c.end + 12)) && /\d $/.test(text.slice(c.start - 2, c.start)))
    return;
  const base = single ? genitiveBase(name, knownNames) : name;
  let kind = c.kind;
  const seen =
    knownKind.get(base) ??
    knownKind.get(name) ??
    (single && (personWords.has(base) || personWords.has(name)) ? 'person' : undefined);
  if (seen && (!c.strong || !c.kind || c.guessed)) kind = seen;
  else if (seen && seen !== 'person' && seen !== 'place' && c.kind === 'person' && !c.role && !single) kind = seen;
  else if (single && c.first >= 0 && (!c.kind || c.guessed)) {
    // A lone word nothing typed yet: the words around it and the name lists decide, or it is dropped.
    const lone =
      (englishCues?.has(base) ? { kind: englishCues.get(base)!, soft: false } : null) ??
      (memo ? keptLoneKind(c, base, tokens, text, lex, names, memo) : loneKind(c, base, tokens, text, lex, names));
    if (!lone) return;
    for (let k = c.first; k <= c.last; k++) covered[k] = 1;
    mentions.push({
      ...makeMention(c, lone.kind, name, base, knownNames),
      soft: lone.soft,
      fallback: lone.fallback ?? false,
    });
    return;
  } else {
    if (!c.strong && !seen) return;
    if (!kind) kind = guessKind(c, tokens, text, lex !== null);
  }
  if (kind === 'person' && lex && !single && c.kind === 'person' && !c.role) {
    const given = (w: string): boolean => lex.GIVEN_NAMES.has(w);
    if (placeShaped(name, given)) kind = 'place';
    else if (orgShaped(name, given)) kind = 'organization';
  }
  if (!kind) return;
  for (let k = Math.max(0, c.first); k <= c.last; k++) covered[k] = 1;
  mentions.push(makeMention(c, kind, name, base, knownNames));
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function makeMention(c: Candidate, kind: ActorKind, name: string, base: string, known: ReadonlySet<string>): Mention {
  let words = base.split(/\s+/);
  if (words.length > 1) {
    const last = words[words.length - 1]!;
    const b = genitiveBase(last, known);
    if (b !== last) {
      words = [...words.slice(0, -1), b];
      base = words.join(' ');
    }
  }
  // soft and fallback are set on every mention (false: as if absent), so that all mentions share one object layout.
  return { cand: c, kind, name, base, words, soft: false, fallback: false };
}

interface NameLists {
  SURNAMES: ReadonlySet<string>;
  KNOWN_ORGANIZATIONS: ReadonlySet<string>;
}

/**
 * A German text's company named by one word and English words that end a company's name after it is one name
 * ("Sony Music", "Sony Music Entertainment": the gazetteer knows "Sony" alone), the words after it dropped as
 * names of their own. Mentions in text order; linear.
 */
function withCompanyEnds(mentions: Mention[], tokens: Token[], text: string, known: ReadonlySet<string>): Mention[] {
  const adjacent = (a: number): boolean =>
    !!tokens[a + 1] && tokens[a + 1]!.start === tokens[a]!.end + 1 && text.charCodeAt(tokens[a]!.end) === 32;
  const out: Mention[] = [];
  let changed = false;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    out.push(m);
    if (m.kind !== 'organization' || m.cand.first < 0 || m.cand.first !== m.cand.last) continue;
    let last = m.cand.last;
    while (last - m.cand.last < 2 && adjacent(last) && isOrgEnd(tokens[last + 1]!.text)) last++;
    if (last === m.cand.last) continue;
    const end = tokens[last]!.end;
    // Another mention there is the tail itself ("Music Entertainment"); one that runs past it is left alone.
    let skip = 0;
    while (mentions[k + 1 + skip] && mentions[k + 1 + skip]!.cand.start < end) skip++;
    if (skip && mentions[k + skip]!.cand.end > end) continue;
    const c = Object.assign(copyCandidate(m.cand), { last, end, canonical: null });
    const name = text.slice(c.nameStart, c.end);
    out[out.length - 1] = makeMention(c, 'organization', name, name, known);
    changed = true;
    k += skip;
  }
  return changed ? out : mentions;
}

/**
 * Single-word person mentions that are the tail of a longer name of another kind: one inside that name's span
 * (a candidate the detector also took alone), or, where only context typed it, the same word as that name's last
 * word elsewhere. The mentions are sorted by start; names of other kinds are at most a few per article.
 */
function dropNameTails(mentions: Mention[], lex: GermanLexicon | null, names: NameLists): Mention[] {
  const tails = new Set<string>();
  const spans: Mention[] = [];
  for (const m of mentions)
    if (m.kind !== 'person' && m.words.length > 1) {
      tails.add(m.words[m.words.length - 1]!);
      spans.push(m);
    }
  if (!spans.length) return mentions;
  let s = 0;
  return mentions.filter((m) => {
    if (m.kind !== 'person' || m.words.length !== 1 || m.cand.role) return true;
    while (s < spans.length && spans[s]!.cand.end <= m.cand.start) s++;
    for (let k = s; k < spans.length && spans[k]!.cand.start <= m.cand.start; k++)
      if (spans[k]!.cand.end >= m.cand.end) return false;
    // Elsewhere: a family name may be a firm's and its founder's ("Kanzlei Brandt" … "Brandt sagte"); kept.
    if (!tails.has(m.base) || lex?.GIVEN_NAMES.has(m.base) || names.SURNAMES.has(m.base)) return true;
    return !!m.cand.strong && m.cand.kind === 'person' && !m.soft && !m.fallback;
  });
}

/**
 * The mention of `c` as an organisation named from token `first` to its end: a head taken in ("Reederei X") or a
 * word left out ("das Start-up X"); `noRole` drops a role the candidate carried.
 */
function organizationFrom(
  c: Candidate,
  first: number,
  tokens: Token[],
  text: string,
  known: ReadonlySet<string>,
  noRole: boolean,
): Mention {
  const cand = Object.assign(copyCandidate(c), {
    first,
    start: tokens[first]!.start,
    nameStart: tokens[first]!.start,
    kind: 'organization' as ActorKind,
    strong: true,
    ...(noRole ? { role: null } : {}),
    canonical: null,
  });
  const name = text.slice(cand.nameStart, cand.end);
  return makeMention(cand, 'organization', name, name, known);
}

/**
 * German text: a lone English company word ("Logistics", "Shipping") that the detector took without the word
 * before it, because that word is a German noun ("Nordlicht Logistics"), takes that capitalised word (no article,
 * role, given name or word of another mention, not a sentence's first) and a firm's own head noun before it
 * ("Reederei"): one organisation. Linear in the mentions.
 */
function withCompanyOpeners(
  mentions: Mention[],
  tokens: Token[],
  text: string,
  lex: GermanLexicon,
  known: ReadonlySet<string>,
): Mention[] {
  let out: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const c = m.cand;
    if (c.first < 1 || c.first !== c.last || c.role || c.start !== c.nameStart) continue;
    if (m.kind !== 'person' && m.kind !== 'organization') continue;
    // Not where a capitalised word follows: "die Norwegerin Line Jahr" is a person whose given name is "Line".
    const next = tokens[c.last + 1];
    if (!isOrgEnd(tokens[c.last]!.text) || (next?.cap && next.start === c.end + 1)) continue;
    const floor = k > 0 ? mentions[k - 1]!.cand.end : 0;
    const joined = (h: number): boolean =>
      tokens[h]!.start >= floor &&
      tokens[h]!.end + 1 === tokens[h + 1]!.start &&
      text.charCodeAt(tokens[h]!.end) === 32;
    let h = c.first - 1;
    if (h < 0 || !joined(h)) continue;
    const t = tokens[h]!;
    if (!t.cap || t.sentStart || lex.DE_STOPWORDS.has(t.text.toLowerCase()) || FIRM_NAME_HEADS.has(t.text)) continue;
    if (roleHeadOf(t.text) || lex.GIVEN_NAMES.has(t.text) || isOrgEnd(t.text)) continue;
    h--;
    if (h >= 0 && joined(h) && tokens[h]!.cap && FIRM_NAME_HEADS.has(tokens[h]!.text)) h--;
    out ??= mentions.slice();
    out[k] = organizationFrom(c, h + 1, tokens, text, known, false);
  }
  return out ?? mentions;
}

/**
 * Heads that name a body by its trade or its form, not by its name, or a government by its leader: the word after
 * them is the body's own name ("der Chemiekonzern Lindvik", "die Fluggesellschaft Solvik", "Regierung Lindqvist").
 */
const DESCRIPTOR_BODY_HEADS = new Set(
  'konzern gruppe holding gesellschaft airline airlines regierung bundesregierung kabinett koalition fraktion partei volkspartei arbeiterpartei union'.split(
    ' ',
  ),
);
/** Compound heads of bodies that orgHead lacks ("Kirchenkreis", "Bürgerinitiative", "Landessportbund"). */
const BODY_COMPOUND_TAILS = /^(?:Kirchenkreis|Kirchenkreises)$|\p{Ll}{3}(?:initiative|bund|bundes)$/u;

/** orgHead's heads of clubs and associations, which their seat names ("Ruderclub X", "Kanalverein X"). */
const CLUB_HEADS = new Set(['club', 'klub', 'verein']);

/** The towns list, required lazily (it is large) and once. */
let townList: ReadonlySet<string> | null = null;
function towns(): ReadonlySet<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (townList ??= (require('./towns') as { TOWNS: ReadonlySet<string> }).TOWNS);
}

/**
 * A German body named by a compound head of its kind and one word no list knows: "Ruderclub Norbrake",
 * "Feuerwehr Lohbergen", "Reederei Möwenlinie", "Kirchenkreis Hollerwiek". The word alone was typed a place (a town
 * the article names, though no list knows it), or an organisation or a person by nothing but its context; the head
 * before it is part of the name. Not after a bare head or one that names a trade ("der Verein Lindvik", "der
 * Chemiekonzern Solvik": GermEval's convention keeps the name alone), nor for a word a list knows (a town, a
 * surname, a known organisation, an acronym). Mentions in text order; linear.
 */
function withBodyHeads(
  mentions: Mention[],
  tokens: Token[],
  text: string,
  lex: GermanLexicon,
  names: NameLists,
  known: ReadonlySet<string>,
): Mention[] {
  let out: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const c = m.cand;
    if (c.first < 1 || c.first !== c.last || c.role || c.start !== c.nameStart) continue;
    if (m.kind !== 'place' && m.kind !== 'organization' && m.kind !== 'person') continue;
    const w = tokens[c.first]!.text;
    const h = c.first - 1;
    const t = tokens[h]!;
    if (!t.cap || t.end + 1 !== c.start || text.charCodeAt(t.end) !== 32) continue;
    if (k > 0 && mentions[k - 1]!.cand.end > t.start) continue;
    if (roleHeadOf(t.text) || lex.DE_STOPWORDS.has(t.text.toLowerCase())) continue;
    // After a firm's or an institution's head any such word is the name ("Reederei Möwenlinie"); after another
    // body's compound head only a town ("Feuerwehr Lohbergen", "Kirchenkreis Hollerwiek"): a word the text typed
    // otherwise there is the body's own name, the head a description ("Umweltorganisation Greenpeace"). A club's or
    // an association's compound head ("Ruderclub", "Kanalverein") takes a word typed an organisation too: such bodies
    // are named by their seat, a town or a water no list knows ("Ruderclub Hollen", "Regattaverein Talsee").
    if (!FIRM_NAME_HEADS.has(t.text) && !townInstitutionHead(t.text)) {
      const head = orgHead(t.text);
      const compound =
        head !== null && t.text.length >= head.length + 3 && !DESCRIPTOR_BODY_HEADS.has(head) && !t.text.includes('-');
      if (m.kind !== 'place' && !(m.kind === 'organization' && compound && CLUB_HEADS.has(head))) continue;
      if (!compound && !townBodyHead(t.text) && !BODY_COMPOUND_TAILS.test(t.text)) continue;
    }
    // The word: no town, country, surname, given name, acronym, medium or organisation a list knows.
    if (
      w.length < 4 ||
      !UPPER_START.test(w) ||
      w === w.toUpperCase() ||
      lex.DE_STOPWORDS.has(w.toLowerCase()) ||
      placeOf(w) !== undefined ||
      towns().has(w) ||
      names.SURNAMES.has(w) ||
      lex.GIVEN_NAMES.has(w) ||
      names.KNOWN_ORGANIZATIONS.has(w) ||
      isMediaName(w)
    )
      continue;
    out ??= mentions.slice();
    out[k] = organizationFrom(c, h, tokens, text, known, false);
  }
  return out ?? mentions;
}

const START_UP = /^(?:Start-?ups?|Startups?)$/i;
/**
 * "das Start-up Arenaflux", "Start-up Arenaflux sammelt …": the word for a young firm before a name says the name is
 * an organisation's, and is no part of it (it describes the firm, as "der Konzern X" does); the detector, seeing a
 * hyphenated capitalised word before an unknown one, took the two for a person's given and family name. Linear.
 */
function withStartUpNames(mentions: Mention[], tokens: Token[], text: string, known: ReadonlySet<string>): Mention[] {
  let out: (Mention | null)[] | null = null;
  let firms: Set<string> | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const c = m.cand;
    if (m.kind !== 'person' || c.first < 0 || c.start !== c.nameStart) continue;
    let first = c.first;
    if (START_UP.test(tokens[first]!.text)) first++;
    else {
      const p = tokens[first - 1];
      if (!p || !START_UP.test(p.text) || p.end + 1 !== c.start) continue;
    }
    out ??= mentions.slice();
    // "Das Start-up beschäftigt …": the word alone names no one.
    if (first > c.last) {
      out[k] = null;
      continue;
    }
    out[k] = organizationFrom(c, first, tokens, text, known, true);
    (firms ??= new Set()).add(text.slice(tokens[first]!.start, c.end));
  }
  if (!out) return mentions;
  // The same name elsewhere, alone and only a person's by a guess ("Foto: Arenaflux"), is the firm.
  if (firms)
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      if (m?.kind === 'person' && m.words.length === 1 && !m.cand.role && firms.has(m.name))
        out[k] = Object.assign(copyMention(m), { kind: 'organization' as ActorKind, fallback: false });
    }
  return out.filter((m): m is Mention => m !== null);
}

/** The rest of a German file number after its register letters: " 112/24", " 2345/19". */
const FILE_NUMBER_AFTER = /^ \d{1,5}\/\d{2,4}(?!\d)/;

/** Verbs of saying that stand right after or right before a speaker's name ("Lindqvist sagte", "sagte Lindqvist"). */
const SPEECH_VERBS = new Set(
  `sagte sagt sagten erklärte erklärt meinte meint betonte betont kritisierte kritisiert forderte fordert warnte warnt schrieb schreibt
  berichtete berichtet erzählte erzählt ergänzte ergänzt antwortete antwortet fragte fragt bestätigte bestätigt sprach spricht räumte
  räumt wies weist glaubt glaubte findet fand hofft hoffte plädierte plädiert verwies verweist bekräftigte bekräftigt
  said says told added asked stated wrote argued insisted noted warned`.split(/\s+/),
);

/** Prepositions that give a body's seat after its name ("der Polizei in X", "der Feuerwehr aus X"). */
const SEAT_PREPOSITIONS = new Set(['in', 'aus', 'bei']);
/** Articles before a body's noun ("des Havariekommandos", "die Stadtwerke"); "und" ends a pair of nouns. */
const SEAT_DETERMINERS = new Set(['der', 'des', 'die', 'dem', 'den', 'eines', 'einer', 'einem', 'und']);

/** Whether token i follows "article Noun in" (each word adjacent): "des Havariekommandos in X". */
function bodySeat(tokens: Token[], i: number): boolean {
  const prep = tokens[i - 1];
  const noun = tokens[i - 2];
  const det = tokens[i - 3];
  if (!prep || !noun || !det || !SEAT_PREPOSITIONS.has(prep.text)) return false;
  if (prep.end + 1 !== tokens[i]!.start || noun.end + 1 !== prep.start || det.end + 1 !== noun.start) return false;
  return noun.cap && !noun.sentStart && SEAT_DETERMINERS.has(det.text);
}

/** Whether a word ends like an inflected adjective: -e, -en, -em, -er, -es (what /(e|en|em|er|es)$/ tests, by hand). */
function adjEnding(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 0x65) return true;
  return n >= 2 && w.charCodeAt(n - 2) === 0x65 && (last === 0x6e || last === 0x6d || last === 0x72 || last === 0x73);
}
/** Function words that inflect like adjectives ("erste", "neuen", "beiden"). */
const ADJECTIVE_STOPWORDS =
  /^(erst|zweit|dritt|viert|fünft|letzt|nächst|neu|groß|gross|ganz|eigen|weiter|beid|einig|viel|wenig|ander|klein|gut|früher|später)(e|en|er|es|em)$/;
/**
 * Determiners and quantifiers after which a bare word is a common noun, not a person's name, even where the name
 * lists have it ("ein Server", "die beiden Tore", "drei weitere Tore"): a person named by a single word takes no
 * indefinite article or demonstrative, and a count or "beide" needs a plural noun. The definite article is left
 * out: it is also a relative pronoun ("in dem Brown …", "den Blair erreichen will").
 */
const NOUN_DETERMINERS =
  /^(?:ein|eine|einer|einem|einen|eines|kein|keine|keiner|keinem|keinen|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|beide|beiden|mehrere|mehreren|viele|vielen|einige|einigen|wenige|wenigen|weitere|weiteren|andere|anderen|zahlreiche|zahlreichen|sämtliche|sämtlichen|etliche|etlichen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)$/i;
/**
 * "Ein junger Luchs", "eine seltene Eule": an indefinite article right before the adjective before a word makes it a
 * common noun (a person's name takes no "ein junger"); the adjective is token i.
 */
function indefiniteBefore(tokens: Token[], i: number): boolean {
  const adj = tokens[i];
  const det = tokens[i - 1];
  return !!adj && !!det && det.end + 1 === adj.start && /^(?:ein|eine|einen|einem|einer|eines)$/i.test(det.text);
}
/** Words that open a noun phrase: articles, possessives, prepositions ("mit verzierten Bögen"). */
const NOUN_PHRASE_OPENERS = new Set(
  `der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen sein seine seinem seinen seiner seines ihr ihre
  ihrem ihren ihrer ihres unser unsere unserem unseren unserer dieser diese dieses diesem diesen jeder jede jedes jedem jeden alle allen
  mit von vom aus in im am an auf für zum zur bei beim nach vor über unter durch gegen ohne um als wie und oder zu`.split(
    /\s+/,
  ),
);

/**
 * The kind of a single word that neither the gazetteers nor the document typed ("Lindqvist", "Kopparberg",
 * "Brandlmeier"). Evidence, strongest first: a speaker's context (a verb of saying, an age in brackets, "Dr.");
 * the lists of organisations; a place guess (a town, "in X"), a regional adjective ("im schwedischen X") or a
 * place-name ending; a family or given name that is no common noun. Without evidence a word mid-sentence is a
 * person, one at the start of a sentence nothing (it may be any capitalised word).
 */
function loneKind(
  c: Candidate,
  word: string,
  tokens: Token[],
  text: string,
  lex: GermanLexicon | null,
  names: NameLists,
): LoneVerdict {
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const prevAdj = !!prev && prev.end + 1 === c.nameStart;
  const nextAdj = !!next && next.start === c.end + 1;
  const after = text.slice(c.end, c.end + 8);
  const before = prev ? text.slice(prev.end, c.nameStart) : '';
  const german = lex !== null;
  const sure = (kind: ActorKind) => ({ kind, soft: false });
  // A unit after a number: "30 Cent", "2 MHz"; a product or model before one: "Lindra 6", "Falke 9".
  if (prevAdj && /^\d/.test(prev.text)) return null;
  if (nextAdj && /^\d{1,3}$/.test(next.text) && text.charCodeAt(next.end) !== 46) return null;
  // A plural common noun opening an English sentence is no name, whatever verb follows ("Engineers said …",
  // "Residents said …"); a family name of that shape ("Jones", "Williams") is in the name lists.
  if (!german && !c.strong && englishPlural(word, names)) return null;
  // "Ein Sprecher des Havariekommandos in X sagte": a word after "in"/"aus"/"bei" that ends a body's name phrase
  // (article, noun, preposition) is its seat, whatever verb follows; the speaker is the phrase before.
  if (german && c.first === c.last && bodySeat(tokens, c.first)) return sure('place');
  if (nextAdj && (SPEECH_VERBS.has(next.text) || next.text === 'zufolge')) return sure('person');
  if (prev && SPEECH_VERBS.has(prev.text) && /^[ ,]+$/.test(before)) return sure('person');
  if (prev && /^(so|laut)$/.test(prev.text) && /^\s*[.,;)]/.test(after) && before === ' ') return sure('person');
  if (/^ ?\(\d{1,3}\)/.test(after)) return sure('person');
  if (prev && /^(Dr|Prof)$/.test(prev.text) && text.charCodeAt(prev.end) === 46) return sure('person');
  if (names.KNOWN_ORGANIZATIONS.has(word.toLowerCase())) return sure('organization');
  // A town only the long gazetteer knows, after a noun for a relative: "sein Onkel Gallus", "Der Sohn, David,".
  if (c.kind === 'place' && c.guessed && german && c.first === c.last && afterPersonNoun(tokens, text, c.first))
    return sure('person');
  if (c.kind === 'place') return { kind: 'place', soft: !c.strong };
  if (german && c.first === c.last && germanPlaceEvidence(tokens, text, c.first)) return sure('place');
  if (german && prevAdj && !prev.cap && /isch(e|en|em|er|es)$/.test(prev.text)) {
    const det = tokens[c.first - 2];
    if (det && /^(im|in|ins|aus|dem|das|der|des|nach|von|vom|zum|bei|beim)$/.test(det.text.toLowerCase()))
      return sure('place');
  }
  if (german && TOWN_SUFFIX.test(word)) return { kind: 'place', soft: true };
  // A genitive before a noun without an article: "Lindqvists Rede".
  if (german && /[^s]s$/.test(word) && genitiveOfName(c, tokens, text, lex)) return sure('person');
  const noun = lex ? lex.DE_NOUNS.has(word) : false;
  // A company by the clause around it ("Kunde von X", "X produzierte", "X gaben 2 Prozent nach"), before the name
  // lists: a family name is often a company's ("die Aktien von X"); a given name is not.
  if (german && c.first === c.last && !lex.GIVEN_NAMES.has(word) && germanCompanyEvidence(tokens, text, c.first))
    return sure('organization');
  if (
    !noun &&
    (names.SURNAMES.has(word) || lex?.GIVEN_NAMES.has(word)) &&
    !(german && prevAdj && (!prev.cap || prev.sentStart) && NOUN_DETERMINERS.test(prev.text)) &&
    !(german && prevAdj && !prev.cap && /^alle[n]?$/.test(prev.text)) &&
    !(german && prevAdj && !prev.cap && adjEnding(prev.text) && indefiniteBefore(tokens, c.first - 1))
  )
    return { kind: 'person', soft: !c.strong };
  if (german && c.first === c.last && germanOrgEvidence(tokens, text, c.first)) return sure('organization');
  // After a place's genitive a word that is no common noun, German or English, is a name ("Spaniens Lindqvist").
  if (german && !noun && prevAdj && prev.cap && /s$/.test(prev.text) && !lex.EN_WORDS.has(word.toLowerCase())) {
    const place = placeOf(prev.text);
    if (place !== undefined && place !== prev.text) return { kind: 'person', soft: true };
  }
  if (german && !noun && c.first === c.last && germanSubjectEvidence(tokens, text, c.first, (w) => lex.EN_WORDS.has(w)))
    return { kind: 'person', soft: true };
  if (!c.strong) return null;
  // After an inflected adjective a word the lexicon lacks is a common noun ("die erste Visite", "feinkörniger Quarzit").
  // A finite verb looks the same ("verfolgte"), so the word before the adjective must open a noun phrase.
  if (
    german &&
    prevAdj &&
    !prev.cap &&
    adjEnding(prev.text) &&
    prev.text.length > 3 &&
    (ADJECTIVE_STOPWORDS.test(prev.text) ||
      (!lex.DE_STOPWORDS.has(prev.text) && isGermanAdjective(prev.text, lex)) ||
      /(t|en|end)(e|en|er|es|em)$/.test(prev.text))
  ) {
    const p2 = tokens[c.first - 2];
    if (
      p2 &&
      p2.end + 1 === prev.start &&
      (NOUN_PHRASE_OPENERS.has(p2.text.toLowerCase()) ||
        /^\d{1,3}$/.test(p2.text) ||
        (!p2.cap && (adjEnding(p2.text) || /end$/.test(p2.text)) && !lex.DE_STOPWORDS.has(p2.text)) ||
        (p2.cap && /[^s]s$/.test(p2.text) && ADJECTIVE_STOPWORDS.test(prev.text)))
    )
      return null;
  }
  return { kind: 'person', soft: true, fallback: true };
}

/** Articles before a product's name and its model number ("die Ariane 6", "the Falcon 9"). */
const MODEL_ARTICLES = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'eine',
  'einer',
  'einem',
  'einen',
  'the',
  'a',
  'an',
]);

/**
 * Capitalised words after an article and right before a number of one to three digits that ends there ("die
 * Ariane 6", not "Mai 12.", "Bayern 2:1" or "gab Romney 22 Stimmen").
 */
/** German words for a storm, which a storm's name follows ("Sturmtief „Nora“", "Orkan Kyra", "Zyklon Larry"). */
const STORM_NOUNS = new Set(
  'Sturmtief Orkantief Tiefdruckgebiet Orkan Hurrikan Taifun Zyklon Wirbelsturm Tropensturm Wintersturm Sturm'.split(
    ' ',
  ),
);

/** The names the text gives storms: the capitalised word right after a storm noun, in quotation marks or not. */
function stormNames(tokens: readonly Token[], text: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!STORM_NOUNS.has(t.text)) continue;
    const n = tokens[k + 1]!;
    const gap = text.slice(t.end, n.start);
    if (!n.cap || !(gap === ' ' || /^ ["„“»«]$/.test(gap))) continue;
    // "Sturm Graz" is a club, "Sturm Xaver" a storm: the word after must not open a longer name.
    const after = tokens[k + 2];
    if (after?.cap && after.start <= n.end + 2) continue;
    out.add(n.text);
  }
  return out;
}

function modelWords(tokens: readonly Token[], text: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const n = tokens[k + 1]!;
    if (!t.cap || n.start !== t.end + 1 || text.charCodeAt(t.end) !== 32 || !/^\d{1,3}$/.test(n.text)) continue;
    const p = tokens[k - 1];
    if (!p || p.end + 1 !== t.start || !MODEL_ARTICLES.has(p.text.toLowerCase())) continue;
    const c = text.charCodeAt(n.end);
    if (c === 46 || c === 58 || c === 44 || c === 47 || c === 45) continue;
    out.add(t.text);
  }
  return out;
}

/** Whether a capitalised word is the plural of a common English noun and no name ("Engineers", "Witnesses"). */
function englishPlural(word: string, names: NameLists): boolean {
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 || names.SURNAMES.has(word)) return false;
  const en = englishWordLists();
  if (en.GIVEN_NAMES.has(word)) return false;
  const lower = word.toLowerCase();
  return (
    en.EN_WORDS.has(lower) &&
    (en.EN_WORDS.has(lower.slice(0, -1)) || (/es$/.test(lower) && en.EN_WORDS.has(lower.slice(0, -2))))
  );
}

/**
 * Everything loneKind reads for candidate c and word: the word, whether the text is German, c's fields, the tokens
 * c.first - 2 … c.last + 2 that exist and the text from the first of them (or c) to 8 characters past c and one past
 * the last of them, offsets relative to that stretch. Equal keys, equal verdicts (the lists it asks are constants).
 */
function loneKey(c: Candidate, word: string, tokens: readonly Token[], text: string, german: boolean): string {
  const lo = Math.max(0, c.first - 2);
  const hi = Math.min(tokens.length - 1, c.last + 2);
  const ws = Math.min(tokens[lo]!.start, c.start);
  const we = Math.max(tokens[hi]!.end + 1, c.end + 8);
  let key = `${german ? 'de' : ''}\u0000${word}\u0000${c.first - lo},${c.last - c.first},${hi - c.last},${c.start - ws},${c.nameStart - ws},${c.end - ws},${c.kind},${c.strong},${c.guessed}\u0000`;
  for (let k = lo; k <= hi; k++) {
    const t = tokens[k]!;
    key += `${t.start - ws},${t.end - ws},${t.cap ? 1 : 0}${t.sentStart ? 1 : 0}${t.text}\u0000`;
  }
  return key + text.slice(ws, we);
}

/** loneKind, its verdict kept from the last version of the text when all it reads is the same (LoneMemo). */
function keptLoneKind(
  c: Candidate,
  word: string,
  tokens: Token[],
  text: string,
  lex: GermanLexicon | null,
  names: NameLists,
  memo: LoneMemo,
): LoneVerdict {
  const key = loneKey(c, word, tokens, text, lex !== null);
  let v = memo.used.get(key);
  if (v !== undefined) return v;
  v = memo.kept.get(key);
  if (v === undefined) v = loneKind(c, word, tokens, text, lex, names);
  else memo.check?.(v, loneKind(c, word, tokens, text, lex, names));
  memo.used.set(key, v);
  return v;
}

/**
 * A word ending in -s as a genitive name: before a noun without an article ("Lindqvists Rede", "Lindqvists
 * erste Rede") or after a noun at the end of a phrase ("die Rede Lindqvists.").
 */
function genitiveOfName(c: Candidate, tokens: Token[], text: string, lex: GermanLexicon): boolean {
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const nextAdj = !!next && next.start === c.end + 1;
  if (prev && /^(der|die|das|des|dem|den|ein|eine|eines|einer)$/i.test(prev.text) && prev.end + 1 === c.start)
    return false;
  if (nextAdj && next.cap && (lex.DE_NOUNS.has(next.text) || isGermanNoun(next.text, lex))) return true;
  const after = tokens[c.last + 2];
  if (
    nextAdj &&
    !next.cap &&
    adjEnding(next.text) &&
    isGermanAdjective(next.text, lex) &&
    after?.cap &&
    after.start === next.end + 1 &&
    isGermanNoun(after.text, lex)
  )
    return true;
  return (
    !!prev &&
    prev.cap &&
    prev.end + 1 === c.start &&
    !prev.sentStart &&
    lex.DE_NOUNS.has(prev.text) &&
    /^\s*[.,;:)]/.test(text.slice(c.end, c.end + 3))
  );
}

/** What may stand between two coordinated names: "Kopparberg, Lindvik und Ås", "Lindvik/Ås". */
const COORDINATION = /^(?:, ?| und | oder | sowie | bzw\. |\/| and | or )$/;

/**
 * A name typed only by default takes the kind of a name it is coordinated with ("die Dörfer Lindvik, Ås und
 * Kopparberg"; "zwischen Uppsala und Lindvik"), passed along the list in both directions.
 */
function coordinateKinds(text: string, mentions: Mention[]): void {
  const linked = (a: Mention, b: Mention): boolean =>
    a.cand.end < b.cand.start && COORDINATION.test(text.slice(a.cand.end, b.cand.start));
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (b.soft && !a.soft && linked(a, b))
      mentions[k] = Object.assign(copyMention(b), { kind: a.kind, fallback: false });
  }
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k]!;
    const b = mentions[k + 1]!;
    if (a.soft && !b.soft && linked(a, b))
      mentions[k] = Object.assign(copyMention(a), { kind: b.kind, soft: false, fallback: false });
  }
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (b.soft && !a.soft && linked(a, b))
      mentions[k] = Object.assign(copyMention(b), { kind: a.kind, fallback: false });
  }
}

/** Plural nouns that introduce a list of names and give its kind ("die Dörfer A, B und C", "die Firmen A und B"). */
const LIST_HEADS: readonly [RegExp, ActorKind][] = [
  [
    /(?:Dörfer|Dörfern|Orte|Orten|Ortschaften|Ortsteile|Ortsteilen|Stadtteile|Stadtteilen|Gemeinden|Städte|Städten|Inseln|Flüsse|Flüssen|Regionen|Provinzen|Bezirke|Bezirken|Kantone|Kantonen|Stationen|Bahnhöfe|Weiler|Zonen|Berge|Bergen|Gipfel|Täler|Tälern|Länder|Ländern|Staaten)$/u,
    'place',
  ],
  [
    /(?:Firmen|Unternehmen|Konzerne|Konzernen|Parteien|Vereine|Vereinen|Banken|Clubs|Klubs|Bands|Verlage|Verlagen|Organisationen|Gewerkschaften|Verbände|Verbänden|Sender|Sendern|Mannschaften|Teams)$/u,
    'organization',
  ],
  [
    /(?:Spieler|Spielern|Musiker|Musikern|Autoren|Künstler|Künstlern|Brüder|Brüdern|Schwestern|Söhne|Söhnen|Töchter|Töchtern|Politiker|Politikern|Sänger|Sängerinnen|Schauspieler|Schauspielern|Kollegen)$/u,
    'person',
  ],
];

/**
 * Names that only a default typed take the kind of a plural noun that introduces their list: "die Dörfer
 * Hokkala, Kumpula und Oikari", "zwischen den Stationen A und B". The list is the run of mentions joined by
 * commas and "und"/"oder"; the noun stands right before its first name. Linear in the mentions.
 */
function listHeadKinds(text: string, mentions: Mention[]): void {
  let first = 0;
  for (let k = 0; k < mentions.length; k++) {
    if (
      k > 0 &&
      !(
        mentions[k - 1]!.cand.end < mentions[k]!.cand.start &&
        COORDINATION.test(text.slice(mentions[k - 1]!.cand.end, mentions[k]!.cand.start))
      )
    )
      first = k;
    const m = mentions[k]!;
    if (!m.soft && !m.fallback) continue;
    const head = /(\p{Lu}\p{Ll}+) $/u.exec(
      text.slice(Math.max(0, mentions[first]!.cand.start - 30), mentions[first]!.cand.start),
    );
    if (!head) continue;
    const hit = LIST_HEADS.find(([re]) => re.test(head[1]!));
    if (hit) mentions[k] = Object.assign(copyMention(m), { kind: hit[1], soft: false, fallback: false });
  }
}

/** The kind of a name nothing else typed: from the word before it and its shape. */
function guessKind(c: Candidate, tokens: Token[], text: string, german: boolean): ActorKind | null {
  const prev = tokens[c.first - 1];
  const word = text.slice(c.nameStart, c.end);
  if (prev && prev.end + 1 === c.start) {
    const p = prev.text.toLowerCase();
    if (/^(in|nach|aus|bei|gen|from|near)$/.test(p)) return 'place';
    if (/^(der|die|das|des|dem|den)$/.test(p) && german) return 'organization';
  }
  if (
    german &&
    /(burg|berg|dorf|stadt|hausen|heim|ingen|feld|bach|furt|hagen|rode|stedt|leben|brück|brücken|kirchen|au|itz|ow|see)$/.test(
      word,
    )
  )
    return 'place';
  return 'person';
}

/** German "Adjective Noun" names ("die Deutsche Bahn") merged into the detector's candidates in text order, after
 * compound adjectives are trimmed off the front of names ("FDP-geführte"), and towns the lexicon reads as
 * compounds ("in Weinsberg"). */
function withAdjectiveNames(tokens: Token[], text: string, lex: GermanLexicon, found: Candidate[]): Candidate[] {
  found = found.map((c) => trimCompoundAdjective(c, tokens, lex));
  const bodies = memberBodyNames(tokens, text, lex, found);
  const taken = bodies.length ? [...found, ...bodies] : found;
  const extra = [...bodies, ...adjectiveNounNames(tokens, text, lex, taken), ...compoundTowns(tokens, lex, taken)];
  if (!extra.length) return found;
  // An extra span may swallow the lone word it ends in ("Telekom"): the longer name replaces it.
  const kept = found.filter((c) => !extra.some((e) => c.start < e.end && e.start < c.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

/** A short form in brackets: capitals, or a capital and lower-case letters ("(Apec)"), or an agency's lower case ("(dpa)"). */
const SPELLED_SHORT_FORM = /^\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,4}|\p{Ll}{2,4})\)/u;
/** Function words inside a long name that the short form skips ("Bundesagentur für Arbeit", "Front de Libération"). */
const LONG_NAME_LINKS = new Set(
  'für und der des von zur zum auf im in de la le les des du del della di of the and for on et y'.split(' '),
);
/** Heads of spelled-out names of things, not bodies ("Large Lindvik Collider (LLC)"). */
const TECHNICAL_HEADS = new Set(
  'System Collider Array Telescope Satellite Protocol Standard Index Interface Format Reactor Vehicle'.split(' '),
);
/** Heads that make a long name a place ("Flughafen Lindvik (LVK)"). */
const PLACE_LONG_HEADS = new Set(['Flughafen', 'Airport', 'Hafen', 'Bahnhof', 'Hauptbahnhof']);

/**
 * The long name a short form in brackets spells out ("der Deutschen Presse-Agentur (dpa)", "Flughafen
 * Kopparberg/Lindvik (FKL)", "Front de Libération de la Côte (FLC)"): the capitalised words right before the
 * bracket whose initials (and those of the parts after a hyphen or slash; function words and a final legal form
 * skipped) are the short form's letters, read from the bracket back over eight tokens at most. The span is one
 * name, typed by the short form when it is a known medium, by a head of place, else an organisation; names found
 * inside it give way, and the short form is a name of the same kind. Linear in the tokens.
 */
function withSpelledOutNames(
  tokens: readonly Token[],
  text: string,
  lex: GermanLexicon | null,
  found: Candidate[],
): Candidate[] {
  let extra: Candidate[] | null = null;
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (text.charCodeAt(tok.start - 1) !== 40 || text.charCodeAt(tok.end) !== 41) continue; // "(" … ")"
    const m = SPELLED_SHORT_FORM.exec(text.slice(tok.start - 1, tok.end + 1));
    if (!m || NON_NAME_ACRONYMS.has(tok.text) || (lex && lex.DE_NOUNS.has(tok.text))) continue;
    if (tok.text === tok.text.toLowerCase() && !isMediaName(tok.text)) continue;
    const want = tok.text.toUpperCase();
    // Back from the bracket: the initials read so far, right to left.
    let got = '';
    let first = -1;
    for (let k = t - 1; k >= 0 && k >= t - 8 && got.length < want.length; k--) {
      const w = tokens[k]!;
      const gap = text.slice(w.end, tokens[k + 1]!.start);
      if (k === t - 1 ? gap !== ' (' : !/^(?: |\/|-)$/.test(gap)) break;
      if (!w.cap) {
        if (LONG_NAME_LINKS.has(w.text) && k < t - 1) continue;
        break;
      }
      // A final legal form is not spelled ("Lindvik-Werke AG (LW)", "Saar-Elektrizitäts-AG (SE)").
      if (k === t - 1 && isLegalForm(w.text)) continue;
      // Initials of the parts after a hyphen: "Presse-Agentur" gives "PA".
      const parts = w.text.split('-').filter(Boolean);
      if (k === t - 1 && parts.length > 1 && isLegalForm(parts[parts.length - 1]!)) parts.pop();
      let initials = '';
      for (const part of parts) initials += part[0]!.toUpperCase();
      got = initials + got;
      first = k;
    }
    const opener = tokens[first]?.text.toLowerCase() ?? '';
    // Not from an article at the start of a sentence ("Die Schutzvereinigung … (DSW)" spells no "D").
    if (first < 0 || got !== want || LONG_NAME_LINKS.has(opener) || lex?.DE_STOPWORDS.has(opener)) continue;
    if (/^(?:the|a|an)$/.test(opener) || TECHNICAL_HEADS.has(tokens[t - 1]!.text)) continue;
    // At least two words: one word and its own initial is no spelled-out name.
    if (first === t - 1 && !tokens[first]!.text.includes('-')) continue;
    const kind: ActorKind = isMediaName(tok.text)
      ? 'media'
      : PLACE_LONG_HEADS.has(tokens[first]!.text)
        ? 'place'
        : 'organization';
    const long = text.slice(tokens[first]!.start, tokens[t - 1]!.end);
    (extra ??= []).push(
      {
        first,
        last: t - 1,
        start: tokens[first]!.start,
        end: tokens[t - 1]!.end,
        nameStart: tokens[first]!.start,
        kind,
        strong: true,
        role: null,
        canonical: null,
        guessed: false,
      },
      {
        first: t,
        last: t,
        start: tok.start,
        end: tok.end,
        nameStart: tok.start,
        kind,
        strong: true,
        role: null,
        canonical: long,
        guessed: false,
      },
    );
  }
  if (!extra) return found;
  // Names inside a long name or on its short form give way (both lists are in text order); the short form
  // standing alone elsewhere is the same name ("Der FKL ist klein": a place, not an acronym's organisation).
  const shortForms = new Map<string, Candidate>();
  for (const x of extra) if (x.canonical) shortForms.set(text.slice(x.start, x.end), x);
  const kept: Candidate[] = [];
  let e = 0;
  for (const c of found) {
    while (e < extra.length && extra[e]!.end <= c.start) e++;
    if (e < extra.length && extra[e]!.start < c.end) continue;
    const x = c.first === c.last ? shortForms.get(text.slice(c.start, c.end)) : undefined;
    if (x && !c.canonical && (!c.kind || c.guessed || c.kind === 'organization'))
      kept.push(
        Object.assign(copyCandidate(c), { kind: x.kind, strong: true, guessed: false, canonical: x.canonical }),
      );
    else kept.push(c);
  }
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

/** A short name in brackets right after a name: "Wirtschaftsgemeinschaft (Apec)", "Bundesverband (BdV)". */
const BRACKETED_SHORT_NAME = /^ ?\((\p{Lu}[\p{L}\p{N}]{1,7})\)/u;

/**
 * The short form an organisation gives itself in brackets after its name ("der Asiatisch-Pazifischen
 * Wirtschaftsgemeinschaft (Apec)") is a name of the same body, whatever its case: the long name is its key, so the
 * two make one actor, also where the short form stands alone later. It opens with the long name's first letter; not
 * a common noun ("(Archiv)"), a place, nor a word any other candidate has. Linear in the candidates.
 */
function withBracketedShortNames(
  tokens: readonly Token[],
  text: string,
  lex: GermanLexicon | null,
  found: Candidate[],
): Candidate[] {
  let extra: Candidate[] | null = null;
  let dropped: Set<Candidate> | null = null;
  let t = 0;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.kind !== 'organization' && c.kind !== 'media') continue;
    // After a town the brackets tell the town apart ("Verlag Halle (Saale)", "Frankfurt (Oder)").
    if (c.last >= 0 && placeOf(tokens[c.last]!.text) !== undefined) continue;
    const m = BRACKETED_SHORT_NAME.exec(text.slice(c.end, c.end + 12));
    if (!m) continue;
    const start = c.end + m[0].indexOf('(') + 1;
    const end = start + m[1]!.length;
    const next = found[k + 1];
    // An untyped candidate of the same word is replaced, and so is one typed like the long name without a canonical
    // name of its own ("Die Nordische Zentralbank (NZB)": an unknown acronym the detector made an organisation);
    // any other name there is left alone.
    const same =
      !!next &&
      next.start === start &&
      next.end === end &&
      (!next.kind || next.guessed || (next.kind === c.kind && next.canonical === null));
    if (next && next.start < end + 1 && !same) continue;
    const w = m[1]!;
    // A short form opens with the long name's first letter ("Bundesanstalt …" (BaFin)); "(Wümme)" after a firm is a river.
    if (w[0]!.toLowerCase() !== text[c.nameStart]!.toLowerCase()) continue;
    if (lex && (lex.DE_NOUNS.has(w) || lex.DE_STOPWORDS.has(w.toLowerCase()))) continue;
    if (NON_NAME_ACRONYMS.has(w) || placeOf(w) !== undefined) continue;
    while (t < tokens.length && tokens[t]!.start < start) t++;
    if (t >= tokens.length || tokens[t]!.start !== start || tokens[t]!.end !== end) continue;
    if (same) (dropped ??= new Set()).add(next);
    (extra ??= []).push({
      first: t,
      last: t,
      start,
      end,
      nameStart: start,
      kind: c.kind,
      strong: true,
      role: null,
      canonical: c.canonical ?? text.slice(c.nameStart, c.end),
      guessed: false,
    });
  }
  if (!extra) return found;
  // The short form standing alone later names the same body ("Die Apec will …").
  const longName = new Map(extra.map((e) => [text.slice(e.start, e.end), e] as const));
  const kept: Candidate[] = [];
  for (const c of found) {
    if (dropped?.has(c)) continue;
    const e = c.first === c.last ? longName.get(text.slice(c.nameStart, c.end)) : undefined;
    kept.push(
      e && c.start === c.nameStart && (!c.kind || c.guessed || c.kind === e.kind)
        ? Object.assign(copyCandidate(c), { kind: e.kind, strong: true, guessed: false, canonical: e.canonical })
        : c,
    );
  }
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

/** What joins outlets in one credit: a comma, "und"/"and"/"&", a slash. */
const OUTLET_JOINER = /\s*(?:,|\/|\s(?:und|and|&)\s)\s*/gu;

/** The spans of the outlets a credit names, in order: the whole credit when it names one. */
function outletParts(credit: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of credit.matchAll(OUTLET_JOINER)) {
    if (m.index > from) out.push([offset + from, offset + m.index]);
    from = m.index + m[0].length;
  }
  if (credit.length > from) out.push([offset + from, offset + credit.length]);
  return out;
}

/** The outlet of a credit line and the dateline are names whatever they look like ("observador", "(Seoul)"). */
/** A capitalised word and the one after it, in a byline or a photo credit ("Von Anna Beispiel"): the second by lookahead. */
const FURNITURE_PERSON =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?= (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}]))/gu;

/** A name the page's layout gives (a credit's source, a byline's person, the dateline's place): sure of its kind. */
function layoutCandidate(start: number, end: number, kind: ActorKind): Candidate {
  return {
    first: -1,
    last: -1,
    start,
    end,
    nameStart: start,
    kind,
    strong: true,
    role: null,
    canonical: null,
    guessed: false,
  };
}

/**
 * The people a German byline or photo credit names: there a given name before a capitalised word is a person, also
 * where the word is a common noun elsewhere ("Von Anna Beispiel und Lukas Ferber", "Foto: dpa/Mads Kjeldsen"): the
 * lines name authors and photographers, never a given name's homonym.
 */
function furniturePeople(doc: DocContext, lex: GermanLexicon): [number, number][] {
  const out: [number, number][] = [];
  for (const f of doc.layout.furniture ?? []) {
    if (f.kind !== 'byline' && f.kind !== 'credit' && !(f.kind === 'caption' && f.credit !== undefined)) continue;
    const from = f.kind === 'caption' ? f.credit! : f.start;
    const line = doc.text.slice(from, f.end);
    for (const m of line.matchAll(FURNITURE_PERSON))
      if (lex.GIVEN_NAMES.has(m[1]!) && !lex.GIVEN_NAMES.has(m[2]!))
        out.push([from + m.index, from + m.index + m[1]!.length + 1 + m[2]!.length]);
  }
  return out;
}

/** An agency's photo credit at a caption's end ("AP Photo/", "(REUTERS/"): the bracket, then the agency. */
const AGENCY_PHOTO_START = /^(\(?)(\p{L}{2,12})(?: Photo)?\s*\//u;
/** The label before a photo credit's sources ("Foto: ", "Bild: ", "Quelle: "). */
const CREDIT_LABEL = /^\s*\(?\s*[\p{L} ]{2,20}: */u;
/** A whole credit of capitalised words ending in an agency's or a picture desk's head ("PA Media", "X Images"). */
const SOURCE_WITH_MEDIA_HEAD =
  /^(?:\p{Lu}[\p{L}.&'’-]* ){1,3}(?:Media|Images|Pictures|Photos|Photography|Press|Agency|Wire)(?=\s*$)/u;
/** A source of a photo credit written as words ("picture alliance", "Imago"); not a figure or a sentence. */
const CREDIT_SOURCE = /^[\p{L}][\p{L}.-]*(?: [\p{L}][\p{L}.-]*){0,2}$/u;
/** Words a credit uses for sources it does not name ("red, ORF.at/Agenturen", "Foto: dpa/Archiv"). */
const GENERIC_SOURCE =
  /^(?:Agenturen|Agentur|agencies|agency|Archiv|Archive|privat|private|Redaktion|Handout|Symbolbild|Montage)$/iu;

/**
 * The sources of a German photo credit, split at "/" and "|" ("Foto: Esa/CNES/Arianespace", "Foto: Imago/Lars
 * Hartmann"): a name found across a slash is cut there, each part keeping its kind, and a part no name covers is
 * a medium (the photo agency) where another part of the same credit is a person or a medium. A credit of one part
 * ("Foto: Velora") is left to the words themselves: a firm may credit its own picture.
 */
function creditSources(doc: DocContext, cands: Candidate[], people: [number, number][]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of doc.layout.furniture ?? []) {
    if (f.kind !== 'credit' && !(f.kind === 'caption' && f.credit !== undefined)) continue;
    const from = f.kind === 'caption' ? f.credit! : f.start;
    let line = doc.text.slice(from, f.end);
    const label = CREDIT_LABEL.exec(line);
    const base = from + (label ? label[0].length : 0);
    line = doc.text.slice(base, f.end);
    const parts: [number, number][] = [];
    for (const m of line.matchAll(/[^/|]+/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = base + m.index + lead;
      const end = start + m[0].trim().length;
      if (end > start) parts.push([start, end]);
    }
    if (parts.length < 2) continue;
    const covering = (s: number, e: number) => cands.find((c) => c.start < e && s < c.end);
    const named = parts.map(([s, e]) => {
      const c = covering(s, e);
      return people.some(([ps, pe]) => ps === s && pe === e)
        ? 'person'
        : c && c.start >= s && c.end <= e
          ? c.kind
          : c
            ? 'cut'
            : null;
    });
    parts.forEach(([start, end], k) => {
      const c = covering(start, end);
      let kind: ActorKind | null = null;
      if (c && named[k] === 'cut' && c.kind) kind = c.kind;
      else if (
        !c &&
        CREDIT_SOURCE.test(doc.text.slice(start, end)) &&
        !GENERIC_SOURCE.test(doc.text.slice(start, end)) &&
        named.some((n, j) => j !== k && (n === 'person' || n === 'media'))
      )
        kind = 'media';
      if (kind) out.push(layoutCandidate(start, end, kind));
    });
  }
  return out;
}

/**
 * Whether a span lies in the page's chrome (a breadcrumb's "HOME", a share bar's "Facebook", a label
 * "EILMELDUNG") or in a section label of a date line ("Wildlife" in "November 4, 2026 | Wildlife"), where no actor
 * is looked for; null when the page has none.
 */
function chromeTest(doc: DocContext): ((start: number, end: number) => boolean) | null {
  const chrome: Span[] = (doc.layout.furniture ?? []).filter((f) => f.kind === 'chrome');
  // Section labels lie within date lines, never within chrome: merged in order, the pieces stay disjoint.
  if (doc.layout.labels?.length) chrome.push(...doc.layout.labels);
  if (!chrome.length) return null;
  chrome.sort((a, b) => a.start - b.start);
  // One binary search per span.
  return (start, end) => {
    let lo = 0;
    let hi = chrome.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chrome[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    const f = chrome[lo - 1];
    return f !== undefined && end <= f.end;
  };
}

function addLayoutNames(
  doc: DocContext,
  found: Candidate[],
  lex: GermanLexicon | null,
  inChrome: ((start: number, end: number) => boolean) | null,
): Candidate[] {
  let cands = inChrome ? found.filter((c) => !inChrome(c.start, c.end)) : found;
  const extra: Candidate[] = [];
  const people = lex ? furniturePeople(doc, lex) : [];
  if (lex) extra.push(...creditSources(doc, cands, people));
  const { outlet, dateline } = doc.layout;
  // "… AP Photo/Jane Roe", "(REUTERS/Jane Roe)": the agency that opens a caption's photo credit is a medium.
  for (const f of doc.layout.furniture ?? []) {
    if (f.kind !== 'caption' || f.credit === undefined) continue;
    const a = AGENCY_PHOTO_START.exec(doc.text.slice(f.credit, f.end));
    if (a && agencyCredit(a[2]!)) {
      const s = f.credit + a[1]!.length;
      if (!cands.some((c) => c.start === s)) extra.push(layoutCandidate(s, s + a[2]!.length, 'media'));
    }
  }
  for (const [start, end] of people)
    if (!cands.some((c) => c.start === start && c.end === end && c.kind === 'person'))
      extra.push(layoutCandidate(start, end, 'person'));
  // "Photo : PA Media", "Image: Northfield Pictures": a credit of one source after its label, in capitalised words
  // that end as an agency's or a picture desk's name, is that medium though no other word names it.
  for (const f of doc.layout.furniture ?? []) {
    if (f.kind !== 'credit' && !(f.kind === 'caption' && f.credit !== undefined)) continue;
    const from = f.kind === 'caption' ? f.credit! : f.start;
    const line = doc.text.slice(from, f.end);
    const label = CREDIT_LABEL.exec(line);
    const source = label ? SOURCE_WITH_MEDIA_HEAD.exec(line.slice(label[0].length)) : null;
    if (!source) continue;
    const s = from + label![0].length;
    const e = s + source[0].length;
    if (!cands.some((c) => c.start < e && s < c.end) && !extra.some((c) => c.start < e && s < c.end))
      extra.push(layoutCandidate(s, e, 'media'));
  }
  // A credit may name several outlets ("Quelle: Reuters, dpa", "AP and AFP"): each is a medium of its own.
  if (outlet)
    for (const [start, end] of outletParts(outlet.text, outlet.start))
      if (
        !cands.some((c) => c.start === start && c.end === end) &&
        // "Sächsische Zeitung, Dresden": the place after an outlet is its seat.
        (end - start === outlet.end - outlet.start || placeOf(doc.text.slice(start, end)) === undefined)
      )
        extra.push(layoutCandidate(start, end, 'media'));
  // The dateline's place ("WASHINGTON", the "ANKARA" of "ANKARA, Turkey") is a place, even when a name matched it.
  const placeEnd = dateline
    ? dateline.start + (dateline.text.includes(',') ? dateline.text.indexOf(',') : dateline.text.length)
    : -1;
  const same = dateline ? cands.findIndex((c) => c.start === dateline.start && c.end === placeEnd) : -1;
  if (same >= 0 && cands[same]!.kind !== 'place')
    cands = cands.map((c, k) =>
      k === same ? Object.assign(copyCandidate(c), { kind: 'place', strong: true, guessed: false }) : c,
    );
  if (dateline && same < 0) {
    extra.push(layoutCandidate(dateline.start, placeEnd, 'place'));
  }
  if (!extra.length) return cands;
  const kept = cands.filter((c) => !extra.some((e) => c.start < e.end && e.start < c.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

/** A capitalised word before a German name's head, in an adjective's form ("Nordischen", "Deutscher", "Deutsche"). */
const ADJECTIVE_BEFORE_HEAD = /^(\p{Lu}\p{Ll}[\p{L}-]*?)(e|en|er|es|em)$/u;

/**
 * A German organisation's name with the adjectives that open it in their -e form ("der Nordischen Zentralbank" ->
 * "Nordische Zentralbank"), so that its inflected forms in one article make one actor; the rest is kept as written.
 * Also how many adjectives open it: the word after them is the body's noun.
 */
function foldedOrg(name: string, lex: GermanLexicon): { words: string[]; adjectives: number } {
  const words = name.split(' ');
  let k = 0;
  if (words.length < 2) return { words, adjectives: 0 };
  for (; k < words.length - 1; k++) {
    const m = ADJECTIVE_BEFORE_HEAD.exec(words[k]!);
    if (!m || !isGermanAdjective(words[k]!, lex)) break;
    words[k] = m[1] + 'e';
  }
  return { words, adjectives: k };
}

function foldedOrgName(name: string, lex: GermanLexicon): string {
  return foldedOrg(name, lex).words.join(' ');
}

/**
 * The key of a German body named by adjectives and a noun with the noun's case ending (-s, -es, -n) dropped when
 * the article also writes the noun without it ("des Deutschen Wetterdienstes" meets "der Deutsche Wetterdienst").
 */
function nounFoldedKey(name: string, lex: GermanLexicon, keys: ReadonlySet<string>): string {
  const { adjectives } = foldedOrg(name, lex);
  const key = foldedOrgName(name, lex).toLowerCase();
  const words = key.split(' ');
  const noun = words[adjectives];
  if (!adjectives || noun === undefined) return key;
  for (const cut of noun.endsWith('es') ? [2, 1] : /[sn]$/.test(noun) ? [1] : []) {
    words[adjectives] = noun.slice(0, -cut);
    const stem = words.join(' ');
    if (stem.length > 3 && keys.has(stem)) return stem;
  }
  return key;
}

/** Words before a German name that make it not bare: its form then is not the name's own. */
const DETERMINERS_BEFORE_NAME = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen vom zum zur im beim am ins ans ' +
    'dieser diese dieses diesem diesen jener jene jenes jenem jenen'
  ).split(' '),
);

/**
 * The article-less nominative of a German body named by adjectives and a noun, from its mentions: a form written
 * without an article as it stands, else the adjectives' strong form after the nominative article the text uses
 * ("der Deutsche Wetterdienst" -> "Deutscher Wetterdienst", "das Deutsche Rote Kreuz" -> "Deutsches Rotes Kreuz",
 * "die Deutsche Bahn" -> "Deutsche Bahn"); null when no mention shows it.
 */
function germanNominative(text: string, g: Group, lex: GermanLexicon): string | null {
  let fromArticle: string | null = null;
  for (const m of g.mentions) {
    const folded = foldedOrg(m.base, lex);
    const { adjectives } = folded;
    if (!adjectives || folded.words.join(' ').toLowerCase() !== g.key) continue;
    const words = m.base.split(' ');
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.cand.start - 12), m.cand.start));
    const article = before && text[m.cand.start - before[0].length - 1] !== '-' ? before[1]!.toLowerCase() : '';
    if (!DETERMINERS_BEFORE_NAME.has(article) && !(before && isGermanAdjective(before[1]!, lex))) {
      if (words.slice(0, adjectives).every((w) => /(?:e|er|es)$/.test(w))) return m.base;
      continue;
    }
    if (fromArticle !== null || !words.slice(0, adjectives).every((w) => w.endsWith('e'))) continue;
    const ending = article === 'der' ? 'r' : article === 'das' ? 's' : article === 'die' ? '' : null;
    if (ending === null) continue;
    fromArticle = words.map((w, k) => (k < adjectives ? w + ending : w)).join(' ');
  }
  return fromArticle;
}

function groupMentions(mentions: Mention[], lex: GermanLexicon | null): Group[] {
  // A person's name and words recur through the article: each is keyed once (nameKey is pure, uncached).
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = nameKey(name)));
    return k;
  };
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const get = (kind: ActorKind, key: string, multi: boolean): Group => {
    const k = `${kind}:${key}`;
    let g = byKey.get(k);
    if (!g) {
      g = { kind, key, mentions: [], roles: [], descriptors: [], words: new Set(), multi };
      byKey.set(k, g);
      groups.push(g);
    }
    return g;
  };
  // An abbreviation and the long name it spells in the same article are one body ("FBI", "Federal Bureau of
  // Investigation"), as a bracketed short form is (withBracketedShortNames).
  const spelledOut = abbreviationsSpelledOut(
    mentions
      .filter((m) => m.kind === 'organization' || m.kind === 'media')
      .map((m) => [m.base, m.cand.canonical ?? m.base] as const),
  );
  // A short form's canonical long name goes through the institution gazetteer as the long name itself does
  // ("WHO" given "World Health Organization" in brackets meets the long name's own key).
  // Made once per mention: a name recurs, and each is asked for up to three times below.
  const canonicals = new Map<Mention, string>();
  const canonicalOf = (m: Mention): string => {
    let c = canonicals.get(m);
    if (c !== undefined) return c;
    const given = m.cand.canonical;
    c =
      (given !== null && m.kind !== 'place' ? (institutionOf(given) ?? given) : given) ??
      (m.kind === 'place' ? placeOf(m.base) : institutionOf(m.base)) ??
      (m.kind === 'organization' || m.kind === 'media' ? spelledOut.get(m.base) : undefined) ??
      m.base;
    canonicals.set(m, c);
    return c;
  };
  const kindOf = (m: Mention): ActorKind => (m.kind === 'organization' && isMediaName(m.base) ? 'media' : m.kind);
  // An abbreviation and its long name are one body whatever the type of either ("BBC" an outlet, "British
  // Broadcasting Corporation" an organisation): the key an abbreviation reaches keeps the medium's type when either
  // of the two is an outlet.
  const abbreviated = new Set<string>();
  const mediaKeys = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'organization' && m.kind !== 'media') continue;
    const key = canonicalOf(m).toLowerCase();
    if (key !== m.base.toLowerCase() && (m.cand.canonical !== null || abbreviationOf(m.base) !== null))
      abbreviated.add(key);
    if (kindOf(m) === 'media') mediaKeys.add(key);
  }
  // German inflection folded ("der Nordischen Zentralbank", "die Nordische Zentralbank (NZB)"), the noun's case
  // ending too where the article writes the noun without it ("des Deutschen Wetterdienstes").
  // Both folds are functions of the canonical name (the second also of the first's keys, fixed by then): each is
  // made once per name, not per mention.
  const folded = new Map<Mention, string>();
  const orgFolds = new Map<string, string>();
  for (const m of mentions)
    if (m.kind !== 'person') {
      const canonical = canonicalOf(m);
      let f = lex && m.kind !== 'place' ? orgFolds.get(canonical) : undefined;
      if (f === undefined) {
        f = (lex && m.kind !== 'place' ? foldedOrgName(canonical, lex) : canonical).toLowerCase();
        if (lex && m.kind !== 'place') orgFolds.set(canonical, f);
      }
      folded.set(m, f);
    }
  if (lex) {
    const keys = new Set(folded.values());
    const nounFolds = new Map<string, string>();
    for (const m of folded.keys())
      if (m.kind !== 'place') {
        const canonical = canonicalOf(m);
        let f = nounFolds.get(canonical);
        if (f === undefined) nounFolds.set(canonical, (f = nounFoldedKey(canonical, lex, keys)));
        folded.set(m, f);
      }
  }
  // Full person names and every other kind first.
  for (const m of mentions) {
    if (m.kind === 'person') {
      if (m.words.length < 2) continue;
      const g = get('person', keyOf(m.base), true);
      g.mentions.push(m);
      for (const w of m.words) g.words.add(keyOf(w));
      continue;
    }
    const key = folded.get(m)!;
    const own = kindOf(m);
    const kind = own === 'organization' && abbreviated.has(key) && mediaKeys.has(key) ? 'media' : own;
    get(kind, key, false).mentions.push(Object.assign(copyMention(m), { kind }));
  }
  // Bare names: the compatible full name mentioned last before, else first after; else a group of their own.
  // One sweep in text order keeps each person's latest mention, so this stays linear in the mentions.
  const byWord = new Map<string, Group[]>();
  const firstAt = new Map<Group, number>();
  const lastAt = new Map<Group, number>();
  for (const g of groups) {
    if (g.kind !== 'person' || !g.multi) continue;
    firstAt.set(g, g.mentions[0]?.cand.start ?? Infinity);
    for (const w of g.words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(g);
  }
  const people: Mention[] = mentions.filter((m) => m.kind === 'person');
  const groupOf = new Map<Mention, Group>();
  for (const g of groups) if (g.kind === 'person') for (const m of g.mentions) groupOf.set(m, g);
  for (const m of people) {
    const full = groupOf.get(m);
    if (full) {
      lastAt.set(full, m.cand.start);
      continue;
    }
    const key = keyOf(m.base);
    let best: Group | null = null;
    let bestBefore = -1;
    let bestAfter = Infinity;
    for (const g of byWord.get(key) ?? []) {
      const before = lastAt.get(g) ?? -1;
      const after = firstAt.get(g) ?? Infinity;
      if (before > bestBefore || (bestBefore < 0 && before < 0 && after < bestAfter)) {
        best = g;
        bestBefore = before;
        bestAfter = after;
      }
    }
    const g = best ?? get('person', key, false);
    g.mentions.push(m);
    if (best) lastAt.set(best, m.cand.start);
    else g.words.add(key);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.cand.start - b.cand.start);
  return groups;
}

/** Role phrases without a name ("der russische Präsident", "das nordkoreanische Staatsoberhaupt") as descriptors. */
function attachDescriptors(
  text: string,
  tokens: Token[],
  groups: Group[],
  german: boolean,
  roleHead: (w: string) => string | null,
): void {
  const people = groups.filter((g) => g.kind === 'person');
  if (!people.length) return;
  // A role repeats (one per apposition): the heads and nationalities of each role text are read once.
  const roleFacts = new Map<string, { heads: string[]; nats: string[] }>();
  const factsOfRole = (role: string): { heads: string[]; nats: string[] } => {
    let f = roleFacts.get(role);
    if (!f) {
      const heads: string[] = [];
      for (const w of role.split(/\s+/)) {
        const h = roleHead(w);
        if (h) heads.push(h);
      }
      roleFacts.set(role, (f = { heads, nats: nationalityStems(role) }));
    }
    return f;
  };
  const profile = people.map((g) => {
    const heads = new Set<string>();
    const nats = new Set<string>();
    for (const r of g.roles) {
      const f = factsOfRole(r.text);
      for (const h of f.heads) heads.add(h);
      for (const n of f.nats) nats.add(n);
    }
    const leader = [...heads].some((h) => LEADER_HEADS.has(h));
    return { g, heads, nats, leader, starts: g.mentions.map((m) => m.cand.start).sort((a, b) => a - b) };
  });
  /** The latest mention start before pos, or -1 (binary search over sorted starts). */
  const lastBefore = (starts: number[], pos: number): number => {
    const lo = partitionPoint(starts.length, (i) => starts[i]! >= pos);
    return lo > 0 ? starts[lo - 1]! : -1;
  };
  // The profiles that can score at all for a head: those with the head among their roles, the leaders for a
  // leader head, those of a nationality the descriptor names; a look-up per descriptor, not a pass over people.
  const byHead = new Map<string, number[]>();
  const byNat = new Map<string, number[]>();
  const leaders: number[] = [];
  const push = (m: Map<string, number[]>, key: string, k: number): void => {
    const list = m.get(key);
    if (list) list.push(k);
    else m.set(key, [k]);
  };
  profile.forEach((p, k) => {
    for (const h of p.heads) push(byHead, h, k);
    for (const n of p.nats) push(byNat, n, k);
    if (p.leader) leaders.push(k);
  });
  /** Indices of the profiles that may score 2 or more for the head and nationalities, ascending. */
  const scorable = (head: string, nats: string[]): readonly number[] => {
    const lists: (readonly number[])[] = [];
    const h = byHead.get(head);
    if (h) lists.push(h);
    if (leaders.length && LEADER_HEADS.has(head)) lists.push(leaders);
    for (const n of nats) {
      const l = byNat.get(n);
      if (l) lists.push(l);
    }
    if (lists.length <= 1) return lists[0] ?? [];
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  };
  const nameStarts = new Set<number>();
  for (const g of groups) for (const m of g.mentions) nameStarts.add(m.cand.start);
  const roleEnds = new Set<number>();
  for (const g of groups) for (const r of g.roles) roleEnds.add(r.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (german && !t.cap) continue;
    // A descriptor opens with a determiner or an adjective right before its head: test that before the head.
    const p = tokens[i - 1];
    if (!p || p.end + 1 !== t.start || (!adjEnding(p.text) && !DESCRIPTOR_DETERMINERS.has(p.text.toLowerCase())))
      continue;
    const head = roleHead(t.text);
    if (!head || roleEnds.has(t.end)) continue;
    const next = tokens[i + 1];
    if (next && nameStarts.has(next.start) && next.start === t.end + 1) continue;
    // Walk back over adjectives to a determiner (or the sentence start).
    let k = i - 1;
    const adjs: string[] = [];
    while (
      k >= 0 &&
      i - k <= 4 &&
      tokens[k]!.end + 1 === tokens[k + 1]!.start &&
      adjEnding(tokens[k]!.text) &&
      !DESCRIPTOR_DETERMINERS.has(tokens[k]!.text.toLowerCase()) &&
      !nameStarts.has(tokens[k]!.start)
    ) {
      adjs.push(tokens[k]!.text);
      k--;
    }
    const det = tokens[k];
    let start: number;
    if (det && DESCRIPTOR_DETERMINERS.has(det.text.toLowerCase()) && det.end + 1 === (tokens[k + 1]?.start ?? -1))
      start = det.start;
    else if (adjs.length && tokens[k + 1]!.sentStart) start = tokens[k + 1]!.start;
    else continue;
    const nats = nationalityStems(adjs.join(' '));
    let best: Group | null = null;
    let bestScore = 0;
    let bestPos = -1;
    for (const k of scorable(head, nats)) {
      const p = profile[k]!;
      let score = 0;
      if (p.heads.has(head)) score += 2;
      else if (p.leader && LEADER_HEADS.has(head)) score += 1;
      const natMatch = nats.some((n) => p.nats.has(n));
      if (nats.length && p.nats.size && !natMatch) continue;
      if (natMatch) score += 2;
      if (score < 2) continue;
      const pos = lastBefore(p.starts, t.start);
      if (score > bestScore || (score === bestScore && pos > bestPos)) {
        best = p.g;
        bestScore = score;
        bestPos = pos;
      }
    }
    if (best) best.descriptors.push(span(text, start, t.end));
  }
}

function toActors(text: string, groups: Group[], language: string, lex: GermanLexicon | null): Actor[] {
  const used = new Set<string>();
  const actors: Actor[] = [];
  for (const g of groups) {
    if (!g.mentions.length) continue;
    let name = g.mentions[0]!.base;
    for (const m of g.mentions) if (m.base.length > name.length) name = m.base;
    // A mention written as its own key names the actor ("Deutsche Bahn", not the longer "Deutschen Bahn"); the
    // gazetteers' canonical names keep the longest spelling.
    // A German body named by adjectives and a noun: its article-less nominative where the text shows it ("der
    // Deutsche Wetterdienst", "des Deutschen Wetterdienstes" -> "Deutscher Wetterdienst").
    const nominative = lex && g.kind !== 'person' && g.kind !== 'place' ? germanNominative(text, g, lex) : null;
    const nominal = g.mentions.find(
      (m) =>
        m.cand.canonical !== null &&
        m.name === m.cand.canonical &&
        placeOf(m.base) === undefined &&
        institutionOf(m.base) === undefined,
    );
    if (nominative !== null) name = nominative;
    else if (nominal) name = nominal.base;
    // A German body's uninflected form names it ("Nordische Zentralbank", not the longer "Nordischen Zentralbank").
    else if (lex && g.kind !== 'person' && g.kind !== 'place') {
      const folded = foldedOrgName(name, lex);
      const plain =
        folded !== name
          ? (g.mentions.find((m) => m.base === folded) ?? g.mentions.find((m) => m.base.toLowerCase() === g.key))
          : undefined;
      if (plain) name = plain.base;
    }
    const base = `${g.kind}:${slug(name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const mentions = g.mentions.map((m) => span(text, m.cand.start, m.cand.end));
    const roleSpans: Role[] = [];
    const seenRole = new Set<string>();
    for (const r of g.roles.sort((a, b) => a.start - b.start)) {
      const k = `${r.start}:${r.end}`;
      if (seenRole.has(k)) continue;
      seenRole.add(k);
      roleSpans.push(r);
    }
    actors.push({
      id,
      name,
      kind: g.kind,
      roles: [...new Set(roleSpans.map((r) => roleBaseForm(r.text, language, roleHeadOf)))],
      roleSpans,
      aliases: [...new Set(mentions.map((m) => m.text))],
      mentions,
      descriptors: g.descriptors.sort((a, b) => a.start - b.start),
    });
  }
  return actors.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
