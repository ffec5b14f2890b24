// Finding name spans in one text, with a first guess at their kind. One left-to-right pass over word tokens:
// a capitalised word starts a name when it is known (gazetteer, given name, agency, institution, acronym) or,
// in German, when it is neither a common noun (lexicon, compounds), an adjective nor a function word; names
// chain over single spaces ("Kim Jong-un", "Atlantic Council", "Demokratische Volksrepublik Korea").
// The words before a name type it: "Herr"/"Mrs" (part of the mention), a role ("Kreml-Sprecher", "der russische
// Präsident"), a medium ("Nachrichtenagentur"), an organisation head ("Geheimdienst"). Sentence-initial words
// that are unknown stay "weak" until the rest of the document confirms them (index.ts).
// Offsets are UTF-16, end-exclusive. Linear in the text; one regex pass for tokens.
import type { ActorKind } from '../types';
import { ADDRESS_TITLES } from '../resources/roles';
import {
  EAST_ASIAN_SURNAMES,
  EN_STOPWORDS,
  GEO_HEADS,
  NAME_PARTICLES,
  NON_NAME_ACRONYMS,
  PLACE_PREPOSITIONS,
} from '../resources/nameParts';
import { NEWS_AGENCIES } from '../resources/agencies';
import { AMBIGUOUS_PLACES } from '../resources/places';
import {
  type GermanLexicon,
  institutionOf,
  isGermanAdjective,
  isGermanNoun,
  isLegalForm,
  isMediaName,
  mediaHead,
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
  guessed?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const OPENERS = new Set(['\n', '.', '!', '?', ':', '„', '“', '"', '«', '»', '(', '[', '–', '—', '‚', '‘', "'", ';']);
const EN_NATIONALITY = /^(American|Russian|Chinese|German|French|British|English|Korean|Japanese|Ukrainian|Israeli|Palestinian|Iranian|Iraqi|Syrian|Turkish|Indian|Pakistani|Afghan|European|African|Asian|Arab|Italian|Spanish|Polish|Dutch|Swiss|Austrian|Canadian|Mexican|Brazilian|Australian|Saudi|Egyptian|Western|Eastern|Northern|Southern|Soviet|Belarusian|Georgian|Hungarian|Greek|Swedish|Norwegian|Danish|Finnish|Czech|Romanian|Serbian|Croatian|Vietnamese|Thai|Taiwanese|Lebanese|Jordanian|Yemeni|Libyan|Sudanese|Nigerian|Kenyan|Christian|Muslim|Jewish|Catholic|Protestant|Democratic|Republican|Communist|Conservative|Labour|Liberal|Socialist)$/;

/** Capitalised words that open an English title ("Prime Minister", "Foreign Secretary"). */
const EN_ROLE_MODIFIERS = new Set('prime foreign defence defense interior finance deputy vice chief general attorney home state secretary senior acting former'.split(' '));

/** Abbreviations that end in a period and are no names ("Mrd.", "Chr.", "Dr."). */
const ABBREVIATIONS = new Set('Mrd Mio Mill Dr Prof St Chr Nr Bd Jh Jhd Hr Fr Abs Art Str Tsd Bzw Vgl Ca Evtl Inkl Ggf Mag Dipl Ing Min Max Kap Tel Fa Gebr Co'.split(' '));

/** Regnal and generation numbers after a name ("Elisabeth II.", "Magnus I."). */
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

export function tokenize(text: string, language: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let s = m[0];
    const start = m.index;
    // English possessive: "Putin's" -> "Putin".
    if (language !== 'de' && s.length > 3 && /['’]s$/.test(s)) s = s.slice(0, -2);
    let k = start - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
    let sentStart = k < 0 || OPENERS.has(text[k]!) || (text[k] === '-' && k > 0 && text[k - 1] === ' ');
    // An initial or an abbreviation does not end the sentence: "George W. Bush", "Dr. Meier".
    const prev = out[out.length - 1];
    if (sentStart && text[k] === '.' && prev && prev.end === k && ((prev.text.length === 1 && prev.cap) || ABBREVIATIONS.has(prev.text))) sentStart = false;
    const c = s.charCodeAt(0);
    const cap = s[0] !== s[0]!.toLowerCase() && !(c >= 48 && c <= 57);
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
  roleHead: (w: string) => string | null;
  noun: (w: string) => boolean;
  text: string;
  tokens: Token[];
  german: boolean;
  lex: GermanLexicon | null;
  looks: Look[];
}

/** Per-document memo of the word tests (words repeat; the tests slice strings). Local to one call: no shared state. */
function memo<T>(f: (w: string) => T): (w: string) => T {
  const cache = new Map<string, T>();
  return (w: string): T => {
    let v = cache.get(w);
    if (v === undefined && !cache.has(w)) {
      v = f(w);
      cache.set(w, v);
    }
    return v as T;
  };
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

function knownName(w: string, lex: GermanLexicon | null = null): boolean {
  return placeOf(w) !== undefined || institutionOf(w) !== undefined || (isMediaName(w) && !(lex && lex.DE_NOUNS.has(w)));
}

const DETERMINERS = new Set(
  'der die das den dem des ein eine einer einem einen eines kein keine keinen keinem keiner sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere diese dieser diesen diesem dieses jede jeder jeden jedem jedes welche welcher am im vom zum zur beim'.split(' '),
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


function look(ctx: Ctx, i: number): Look {
  const tok = ctx.tokens[i]!;
  // Agencies written in lower case are names all the same: "(dpa)", "(epd)".
  if (!tok.cap) return LOWER_CASE_AGENCIES.has(tok.text) ? 'known' : null;
  const w = tok.text;
  if (ctx.text.charCodeAt(tok.end) === 46 && ABBREVIATIONS.has(w)) return null;
  if (ADDRESS_TITLES.has(w)) return null;
  // An initial: "A. Wiegemann", "George W. Bush" (the next word is capitalised and not a sentence start).
  if (w.length === 1 && ctx.text.charCodeAt(tok.end) === 46 && ctx.tokens[i + 1]?.cap && ctx.tokens[i + 1]!.start === tok.end + 2) return 'given';
  if (isAcronym(w)) return NON_NAME_ACRONYMS.has(w) ? null : ctx.known(w) ? 'known' : 'acronym';
  const lower = w.toLowerCase();
  if (ctx.german) {
    const lex = ctx.lex!;
    if (ctx.known(w) && !AMBIGUOUS_PLACES.has(w)) return 'known';
    if (lex.DE_STOPWORDS.has(lower)) return null;
    const dash = w.indexOf('-');
    if (dash > 0) {
      // "US-Außenministerium", "Kreml-Sprecher": a compound whose last part is a common noun is no name by itself.
      const head = w.slice(w.lastIndexOf('-') + 1);
      if (/^\p{Lu}/u.test(head) && (ctx.noun(head) || ctx.roleHead(head))) return null;
    }
    if (lex.GIVEN_NAMES.has(w) && !lex.DE_NOUNS.has(w)) return 'given';
    if (ctx.noun(w)) return null;
    if (isGermanAdjective(w, lex)) return 'adjective';
    if (lex.GIVEN_NAMES.has(w)) return 'given';
    if (AMBIGUOUS_PLACES.has(w)) return null;
    if (w.length === 1 && ctx.text.charCodeAt(tok.end) === 46) return 'given'; // an initial: "A. Wiegemann", "George W. Bush"
    if (ctx.towns.has(w) && !afterDeterminer(ctx, i)) return 'unknown';
    return tok.sentStart || afterDeterminer(ctx, i) || lex.EN_WORDS.has(lower) ? 'weak' : 'unknown';
  }
  if (EN_STOPWORDS.has(lower)) return null;
  if (EN_NATIONALITY.test(w)) return 'adjective';
  if (ctx.roleHead(w) || EN_ROLE_MODIFIERS.has(lower)) return null;
  if (ctx.known(w) && !AMBIGUOUS_PLACES.has(w)) return 'known';
  return tok.sentStart ? 'weak' : 'unknown';
}

const LOWER_CASE_AGENCIES: ReadonlySet<string> = new Set(NEWS_AGENCIES.filter((a) => /^\p{Ll}/u.test(a)));

/** Only a single space between tokens a and b. */
function adjacent(ctx: Ctx, a: number, b: number): boolean {
  const ta = ctx.tokens[a];
  const tb = ctx.tokens[b];
  if (!ta || !tb) return false;
  if (tb.start === ta.end + 1 && ctx.text.charCodeAt(ta.end) === 32) return true;
  // An initial and its period: "W. Bush".
  return ta.text.length === 1 && ta.cap && tb.start === ta.end + 2 && ctx.text.charCodeAt(ta.end) === 46 && ctx.text.charCodeAt(ta.end + 1) === 32;
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
      ? ctx.lex !== null && (t.cap ? t.text.includes('-') && isGermanAdjective(t.text.slice(t.text.lastIndexOf('-') + 1), ctx.lex) : isGermanAdjective(t.text, ctx.lex))
      : EN_NATIONALITY.test(t.text) || EN_ROLE_MODIFIERS.has(lower) || /^(late|top|new|then)$/.test(lower);
    const genitiveName = ctx.german && t.cap && /s$/.test(t.text) && placeOf(t.text) !== undefined && k === i - 1;
    if (isAdj || genitiveName || (!ctx.german && t.cap && knownName(t.text))) first = k;
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
  if (!tok.cap || !next.cap || !lex.GIVEN_NAMES.has(tok.text) || !adjacent(ctx, i, i + 1) || ADDRESS_TITLES.has(tok.text)) return false;
  if (lex.DE_STOPWORDS.has(tok.text.toLowerCase()) && tok.sentStart) return false;
  const nl = ctx.looks[i + 1];
  return nl === 'unknown' || nl === 'given' || (nl === null && ctx.surnames.has(next.text) && !lex.DE_STOPWORDS.has(next.text.toLowerCase()));
}

/** A surname that is also a common noun or a role ("Lindqvist Bauer", "Anna Richter") may follow a given name. */
function surnameAfterGiven(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k]!;
  if (!next.cap || ctx.looks[k] === 'adjective' || NON_NAME_ACRONYMS.has(next.text)) return false;
  if (ctx.german && ctx.lex!.DE_STOPWORDS.has(next.text.toLowerCase())) return false;
  return !ctx.roleHead(next.text) || ctx.surnames.has(next.text);
}

function isParticleBridge(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && NAME_PARTICLES.has(t.text) && adjacent(ctx, j - 1, j) && adjacent(ctx, j, j + 1) && (ctx.tokens[j + 1]?.cap ?? false);
}

/** Finds name candidates in text order. `lex` is required for German. */
export function findCandidates(text: string, language: string, lex: GermanLexicon | null): { tokens: Token[]; candidates: Candidate[] } {
  const german = language === 'de';
  const tokens = tokenize(text, language);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const towns = (require('./towns') as { TOWNS: ReadonlySet<string> }).TOWNS;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const surnames = (require('./names') as { SURNAMES: ReadonlySet<string> }).SURNAMES;
  const ctx: Ctx = {
    text, tokens, german, lex: german ? lex : null, looks: [], towns, surnames,
    roleHead: memo(roleHeadOf),
    known: memo((w) => knownName(w, german ? lex : null)),
    noun: lex && german ? memo((w) => isGermanNoun(w, lex)) : () => false,
  };
  const looks: Look[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) looks[i] = look(ctx, i);
  ctx.looks = looks;
  if (german) for (let i = 0; i + 1 < tokens.length; i++) if (looks[i] === null && givenBeforeSurname(ctx, i)) looks[i] = 'given';
  const out: Candidate[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    const lk = looks[i];
    // A lower-case nationality adjective before a geographic head: "der koreanischen Halbinsel".
    if (german && !tok.cap && /isch(e|en|er|es|em)?$/.test(tok.text) && tokens[i + 1] && GEO_HEADS.has(tokens[i + 1]!.text) && adjacent(ctx, i, i + 1) && tokens[i + 1]!.text === 'Halbinsel') {
      out.push(mk(ctx, i, i + 1, 'place', true));
      i++;
      continue;
    }
    // Multiword names from the gazetteers, longest first ("Demokratische Volksrepublik Korea", "Vereinigten Staaten").
    if (tok.cap && startsMultiword(tok.text)) {
      let hit: Candidate | null = null;
      for (let len = 4; len >= 2 && !hit; len--) {
        const j = i + len - 1;
        if (j >= n) continue;
        let ok = true;
        for (let k = i; k < j; k++) if (!adjacent(ctx, k, k + 1)) { ok = false; break; }
        if (!ok || !tokens[j]!.cap) continue;
        const whole = text.slice(tok.start, tokens[j]!.end);
        const inst = institutionOf(whole);
        const place = inst ? undefined : placeOf(whole);
        if (inst) hit = { ...mk(ctx, i, j, 'organization', true), canonical: inst };
        else if (place) hit = { ...mk(ctx, i, j, 'place', true), canonical: place };
        else if (isMediaName(whole)) hit = mk(ctx, i, j, 'media', true);
      }
      if (hit) {
        out.push(hit);
        i = hit.last;
        continue;
      }
    }
    // An organisation named by a nationality adjective and a ministry: "des russischen Außenministeriums".
    if (german && !tok.cap && /isch(e|en|er|es|em)$/.test(tok.text) && tokens[i + 1] && adjacent(ctx, i, i + 1) && orgHead(tokens[i + 1]!.text)?.endsWith('ministerium') && !tokens[i + 1]!.text.includes('-')) {
      out.push(mk(ctx, i, i + 1, 'organization', true));
      i++;
      continue;
    }
    // A legal form names the capitalised words before it a company, whatever they look like ("Brandlmeier AG").
    if (tok.cap && isLegalForm(tok.text) && i > 0 && tokens[i - 1]!.cap && adjacent(ctx, i - 1, i) && out.length && out[out.length - 1]!.last !== i - 1) {
      let f = i - 1;
      while (f > 0 && tokens[f - 1]!.cap && adjacent(ctx, f - 1, f) && !tokens[f - 1]!.sentStart && looks[f - 1] !== null) f--;
      if (!(german && ctx.lex!.DE_STOPWORDS.has(tokens[f]!.text.toLowerCase()))) {
        out.push(mk(ctx, f, i, 'organization', true));
        continue;
      }
    }
    if (!lk) {
      // The West as a political actor: "der Westen", "dem Westen" (not "im Westen des Landes").
      if (tok.text === 'Westen' || tok.text === 'the West') {
        const prev = tokens[i - 1]?.text.toLowerCase();
        const next = tokens[i + 1]?.text.toLowerCase();
        if (prev && /^(der|dem|den|vom|des)$/.test(prev) && !(next && /^(des|der|von|vom)$/.test(next))) out.push(mk(ctx, i, i, 'place', true));
      }
      // Name-prefixed institution compounds: "US-Außenministerium", "UN-Sicherheitsrat", "US-Geheimdienste".
      if (tok.cap && tok.text.includes('-')) {
        const prefix = tok.text.slice(0, tok.text.indexOf('-'));
        const inst = institutionOf(tok.text);
        if (inst) out.push({ ...mk(ctx, i, i, 'organization', true), canonical: inst });
        else if ((isAcronym(prefix) || placeOf(prefix)) && orgHead(tok.text.slice(tok.text.lastIndexOf('-') + 1)) && !ctx.roleHead(tok.text)) out.push(mk(ctx, i, i, 'organization', true));
      }
      continue;
    }
    // Extend the chain over adjacent name-like words.
    let j = i;
    let orgEnd = false;
    let geoEnd = false;
    while (j + 1 < n && adjacent(ctx, j, j + 1)) {
      const nl = looks[j + 1];
      const next = tokens[j + 1]!;
      const cur = tokens[j]!;
      if (nl === 'known') break; // "Pjöngjang Moskau", "Herr Putin Nordkorea": two names (multiword ones were found above)
      if (looks[j] === 'known' && (nl === 'given' || nl === 'acronym') && !/\s/.test(cur.text)) break;
      if (nl && nl !== 'weak' && nl !== 'adjective') { j++; continue; }
      // After a given name a capitalised word is a surname even when it is also a noun ("Lars Müller", "Guido Westerwelle").
      if (looks[j] === 'given' && surnameAfterGiven(ctx, j + 1)) { j++; continue; }
      // So is a known surname after an unknown first word ("Maike Bauer").
      if ((looks[j] === 'unknown' || looks[j] === 'weak') && j === i && nl === null && next.cap && ctx.surnames.has(next.text) && surnameAfterGiven(ctx, j + 1)) { j++; continue; }
      if (nl === 'adjective' && looks[j] === 'adjective') { j++; continue; }
      if (next.cap && (isLegalForm(next.text) || orgHead(next.text)) && looks[i] !== 'known') { j++; orgEnd = true; continue; }
      if (next.cap && GEO_HEADS.has(next.text) && looks[j] === 'adjective') { j++; geoEnd = true; continue; }
      if (isParticleBridge(ctx, j + 1) && looks[j + 2] && looks[j + 2] !== 'adjective' && looks[i] !== 'known') { j += 2; continue; }
      if (!german && next.cap && nl !== null && !EN_STOPWORDS.has(next.text.toLowerCase())) { j++; continue; }
      if (!german && next.cap && orgHead(next.text) && looks[i] !== 'known') { j++; orgEnd = true; continue; }
      break;
    }
    // Trim adjectives off the end of a chain ("Deutsche" alone is no name).
    while (j >= i && looks[j] === 'adjective' && !geoEnd && !orgEnd) j--;
    if (j < i) continue;
    // A regnal number ends a name: "Elisabeth II.", "Magnus I.".
    let regnal = false;
    if (looks[j] !== 'known' && ROMAN.test(tokens[j + 1]?.text ?? '') && adjacent(ctx, j, j + 1) && text.charCodeAt(tokens[j + 1]!.end) === 46) { j++; regnal = true; }
    // An unknown word before a given name and a surname is a description, not part of the name ("Biobauer Maike Lindqvist").
    let lead = -1;
    if (german && j >= i + 2 && (looks[i] === 'unknown' || looks[i] === 'weak') && looks[i + 1] === 'given' && !ctx.lex!.GIVEN_NAMES.has(tok.text)) {
      lead = i;
      i++;
    }
    if (looks[i] === 'adjective') {
      // A capitalised adjective starts a name only mid-sentence and when the chain ends in a head or a known name.
      const whole = text.slice(tokens[i]!.start, tokens[j]!.end);
      if (tok.sentStart && !placeOf(whole) && !institutionOf(whole)) { i = j; continue; }
      if (!geoEnd && !orgEnd && !placeOf(whole) && !institutionOf(whole) && !isMediaName(whole)) {
        // Skip the adjective, keep the rest as its own name.
        continue;
      }
    }
    const cand = classify(ctx, i, j, orgEnd, geoEnd);
    if (cand) {
      // The period of a final initial or regnal number belongs to the name ("Nico G.", "Elisabeth II.").
      const last = tokens[cand.last]!;
      if ((regnal || (last.text.length === 1 && last.cap && cand.last > cand.first)) && text.charCodeAt(last.end) === 46 && cand.end === last.end) cand.end++;
      if (lead >= 0 && !cand.role && cand.kind === 'person') cand.role = { start: tokens[lead]!.start, end: tokens[lead]!.end };
      out.push(cand);
    }
    i = j;
  }
  return { tokens, candidates: out };
}

function mk(ctx: Ctx, first: number, last: number, kind: ActorKind | null, strong: boolean): Candidate {
  const s = ctx.tokens[first]!.start;
  return { first, last, start: s, end: ctx.tokens[last]!.end, nameStart: s, kind, strong, role: null, canonical: null };
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

function classify(ctx: Ctx, i: number, j: number, orgEnd: boolean, geoEnd: boolean): Candidate | null {
  const { tokens, looks, text } = ctx;
  // A weak first word is confirmed by a second name word that is not sentence-initial ("Avril Haines, …").
  const c = mk(ctx, i, j, null, looks[i] !== 'weak' || (j > i && looks[i + 1] !== 'weak' && looks[i + 1] !== null));
  const whole = text.slice(c.start, c.end);
  const single = i === j;
  const prev = tokens[i - 1];
  const prevAdj = i > 0 && adjacent(ctx, i - 1, i);
  // Quotes may stand between a head and the name ("Zeitung 'Rodong Sinmun'").
  const gap = prev ? text.slice(prev.end, c.start) : '';
  const prevNear = !!prev && /^\s?['‘’"„“»«]?$/.test(gap);

  // An address title is part of the mention and makes a person.
  if (prev && prevAdj && ADDRESS_TITLES.has(prev.text)) {
    c.start = prev.start;
    c.kind = 'person';
    c.strong = true;
    return c;
  }
  const inst = institutionOf(whole);
  if (inst) return { ...c, kind: 'organization', canonical: inst, strong: true };
  if (isMediaName(whole) && !(single && ctx.german && ctx.lex?.DE_NOUNS.has(whole))) return { ...c, kind: 'media', strong: true };
  const place = placeOf(whole);
  if (place && !(looks[i] === 'given' && !single)) return { ...c, kind: 'place', canonical: place, strong: true };
  if (prev && prevNear && mediaHead(prev.text) && (!ctx.german || prev.cap)) {
    extendOverCapitals(ctx, c);
    c.kind = 'media';
    c.strong = true;
    c.role = rolePhraseBefore(ctx, i - 1) ?? { start: prev.start, end: prev.end };
    return c;
  }
  if (prev && prevNear && orgAppositionHead(prev.text) && (!ctx.german || prev.cap) && !ctx.roleHead(prev.text)) {
    extendOverCapitals(ctx, c);
    c.kind = 'organization';
    c.strong = true;
    return c;
  }
  if (prev && prevNear && placeAppositionHead(prev.text) && (!ctx.german || prev.cap) && looks[i] !== 'given') {
    c.kind = 'place';
    c.strong = true;
    return c;
  }
  if (orgEnd || isLegalForm(tokens[j]!.text) || (!single && !ctx.german && orgHead(tokens[j]!.text))) return { ...c, kind: 'organization', strong: true };
  if (geoEnd) return { ...c, kind: 'place', strong: true };
  // A role noun right before the name: "Kreml-Sprecher Dmitri Peskow", "der russische Präsident Wladimir Putin".
  if (prev && prevAdj) {
    const role = rolePhraseBefore(ctx, i - 1);
    if (role && !(single && looks[i] === 'known')) return { ...c, kind: 'person', strong: true, role };
  }
  const firstTok = tokens[i]!;
  if (!single && (looks[i] === 'given' || EAST_ASIAN_SURNAMES.has(firstTok.text))) {
    if (looks[j] !== 'known' || !single) return { ...c, kind: 'person', strong: true };
  }
  if (looks[i] === 'acronym' && single) return { ...c, kind: 'organization', strong: true };
  if (ctx.towns.has(whole) || (single && whole.endsWith('s') && ctx.towns.has(whole.slice(0, -1)))) return { ...c, kind: 'place', strong: c.strong, guessed: true };
  if (single && orgHead(firstTok.text) && ctx.german) return null;
  // Unknown: the words around decide later (index.ts); a preposition before a bare name suggests a place.
  if (prev && prevAdj && PLACE_PREPOSITIONS.has(prev.text) && single) return { ...c, kind: 'place', guessed: true };
  if (!single) return { ...c, kind: 'person' };
  return c;
}
