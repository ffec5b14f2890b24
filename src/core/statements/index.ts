// Attributed statements: who said what, according to whom. Rule-based and linear in the text.
//
// 1. Quotations are found per paragraph (quotes.ts); a quotation that spans sentences joins them into one
//    analysis unit. Long quotations are speech; short ones only when the unit has an attribution frame and they
//    do not read as a name or title ("die Zeitung „Rodong Sinmun“").
// 2. Each unit is tokenised into clause segments and its frames are found (frames.ts): speech verbs with their
//    subject, according-to phrases, impersonal frames.
// 3. Each frame claims a content region: the clause after "sagte, …" / "said that …", the clause before
//    "…, sagte X" / ", so X", the rest of the sentence around "laut X" or "wie X mitteilte", or, without a
//    content clause, the whole sentence as a reported speech act. Quotations inside an indirect content are
//    listed again as direct statements (spec: export.md); a quotation that is the whole content is one direct
//    statement.
// 4. A following sentence in reported speech (Konjunktiv) without a frame continues the previous source.
// 5. Speakers are resolved to actors (speakers.ts), judged for vagueness (vagueness.ts) and hedging (hedging.ts).
import type { Actor, DocContext, Span, Statement, Speaker, Via } from '../types';
import { partitionPoint } from '../text/search';
import { CUE_FORMS, REPORTING_LEMMAS } from './cues';
import {
  EN_REPORTING_LEMMAS,
  englishApposition,
  englishContentEnd,
  englishContentStart,
  englishEvidentialReports,
  englishRelativeReports,
  englishResolution,
  englishShortClause,
} from './englishFrames';
import { findFrames, textSpan } from './frames';
import { findHedge } from './hedging';
import { DE_RULES, EN_RULES, type LangRules } from './lang';
import type { ActorIndex, Frame, Resolution } from './model';
import { findQuotes, type Quote } from './quotes';
import { indexActors, mentionIn, nameCoverage, namesSomeone, resolveSpeaker, type PreviousSource } from './resolve';
import { grabNP, subjectAfterFrontField } from './speakers';
import {
  countLetterRuns,
  countLettersAndDigits,
  dropShortBrackets,
  dropTitleStops,
  LOWER_START,
  markPersons,
  tokenize,
  UPPER_START,
  type Tok,
} from './tokens';

const LOWER_N_WORD = /^\p{Ll}.*n$/u;
import { judgeVagueness } from './vagueness';

export { findQuotes } from './quotes';

/** Nouns before a quotation that make it a name or title, not speech. */
const TITLE_NOUNS =
  /(Titel|Motto|Film|Buch|Roman|Zeitung|Zeitschrift|Magazin|Blatt|Sendung|Serie|Lied|Song|Album|Typ|Typs|Namen|Name|Projekt|Operation|Programm|Kampagne|Slogan|Schlagzeile|Stück|Oper|Gruppe|Partei|Bewegung|Organisation|Verein|Firma|Unternehmen|Schiff|Flugzeug|Rubrik|Kategorie|Aktion|Initiative|Bündnis|Band|Show|Marke|Modell|Begriff|Wort|Ausdruck|Stichwort|title|newspaper|magazine|film|book|show|series|song|album|operation|campaign|slogan|headline|called|named|dubbed|term|word|phrase|group|party)\s*$/iu;

/**
 * "„…“, schreibt die „Zeitung“", "berichtete der „Kurier“": a short capitalised quotation after a speech verb and an
 * article is the verb's subject, a name, not speech.
 */
function quotedSubject(text: string, q: Quote, rules: LangRules): boolean {
  const inner = text.slice(q.start + 1, q.end - 1);
  if (!/^[\p{Lu}\p{N}]/u.test(inner) || /[.!?…,]\s*$/u.test(inner) || inner.split(/\s+/).length > 4) return false;
  const m = /(\p{Ll}+)\s+(der|die|das|dem|den|the)\s*$/u.exec(text.slice(Math.max(0, q.start - 30), q.start));
  return m !== null && rules.isCueForm(m[1]!);
}

/** A quotation right after "laut"/"gemäß" is the source's name ("laut „Tageblatt“"), not speech. */
const SOURCE_BEFORE = /(^|[\s(])(laut|Laut|gemäß|Gemäß|according to)\s*$/u;

/** A zu-infinitive of a separable verb written as one word ("einzutreten", "zurückzukehren"). */
const ZU_INFINITIVE =
  /^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|hinzu|mit|nach|nieder|vor|vorbei|weg|weiter|wieder|zu|zurück|zusammen|dar|durch|um|über|unter|voran|herbei|heraus|hervor|offen|frei|bekannt|fern|statt|teil|stand|los|kennen)zu\p{Ll}{2,}n$/u;

type Unit = Span;

const MERGE_CONTINUATIONS = true;

function wordCount(text: string, s: Span): number {
  return countLetterRuns(text, s.start, s.end);
}

/** Longer "quotations" are unbalanced marks, not speech; they would join whole paragraphs into one unit. */
const MAX_QUOTE_CHARS = 3000;

function isLongQuote(text: string, q: Quote): boolean {
  if (q.end - q.start > MAX_QUOTE_CHARS) return false;
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const n = wordCount(text, q);
  if (TITLE_NOUNS.test(text.slice(Math.max(0, q.start - 40), q.start))) return n >= 8 && /[.!?]$/.test(inner);
  if (n >= 5) return !isNameLike(inner) || n >= 9;
  return n >= 3 && /[.!?…]$/.test(inner);
}

/**
 * 'The vote was 7-2: "We had no choice," Doe said.': narration before a colon that opens a quotation is not what the
 * frame after the quotation attributes; its content starts after the colon. `unitStart` when there is no such colon.
 */
function quoteAfterColon(tokens: Tok[], unitStart: number, frameFirst: number): number {
  let k = frameFirst - 1;
  while (k >= 0 && tokens[k]!.quoted) k--;
  const colon = tokens[k];
  return k < frameFirst - 1 && colon && colon.text === ':' && colon.start >= unitStart ? colon.end : unitStart;
}

/** A quotation that is a whole sentence ("Thank you.", "But soon."). */
const QUOTED_SENTENCE = /^\p{Lu}[^]*[.!?…]$/u;
/** A sentence's end between two quotations of one paragraph ('…," Doe said. "…'). */
const SENTENCE_BETWEEN = /[.!?]\s+$/u;

/**
 * '"Not yet," said Jane Doe. "But soon."': an English quotation of one or two words that is a sentence of its own,
 * right after another quotation of the same paragraph, goes on with that speaker as a longer one would.
 */
function shortSentenceAfterQuote(text: string, q: Quote, prev: Quote | undefined): boolean {
  if (!prev || q.start - prev.end > 160) return false;
  const between = text.slice(prev.end, q.start);
  if (between.includes('\n') || !SENTENCE_BETWEEN.test(between)) return false;
  return QUOTED_SENTENCE.test(text.slice(q.start + 1, q.end - 1).trim());
}

/** A short quotation that is mostly an actor's name ("die „Kampagne für X“", "dem „Tagblatt“"): no speech. */
function quotesName(text: string, index: ActorIndex, q: Quote): boolean {
  const inner = text.slice(q.start + 1, q.end - 1);
  if (/[.!?…]\s*$/u.test(inner) || wordCount(text, q) > 6) return false;
  return nameCoverage(index, { start: q.start + 1, end: q.end - 1 }) >= 0.5;
}

/** An article or a contracted preposition right before a quotation ("die „…“", "beim „…“"). */
const NAME_ARTICLE = /(^|[\s(])(der|die|das|des|dem|den|vom|im|zum|zur|beim|ins)\s*$/iu;

/**
 * A quotation of three words or more that names something ("der „Preis der Stadt für Zivilcourage“", "die
 * „Kampagne für ein Freies Land“"): after an article, capitalised first and for the most part (German nouns are
 * capitalised, so a phrase of nouns and names). Such a quotation is never long speech by itself; speech after an
 * article starts in lower case ("die „unerschütterlichen“ Beziehungen"). Short scare quotes ("der „Normalfall“")
 * stay speech when a frame attributes them.
 */
function namedAfterArticle(text: string, q: Quote, inner: string): boolean {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  if (!NAME_ARTICLE.test(before) || /[,;:]\s*$/u.test(inner)) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length < 3 || words.length > 12 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / words.length >= 0.5;
}

function isNameLike(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0) return true;
  const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps === words.length && words.length >= 2;
}

/**
 * The spans of `items` that overlap none of `spans` (in any order), in their order: `spans` sorted by start
 * with running maxima of their ends, so that an item costs a binary search, not a pass over `spans`
 * (a long file has boilerplate lines by the hundred).
 */
function overlappingNone(items: Span[], spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const b of sorted) maxEnd.push((m = Math.max(m, b.end)));
  return items.filter((s) => {
    // The spans that start before s ends are sorted[0, lo); s overlaps one of them if one ends after s starts.
    const lo = partitionPoint(sorted.length, (i) => sorted[i]!.start >= s.end);
    return lo === 0 || maxEnd[lo - 1]! <= s.start;
  });
}

/** Lower-case words a German title may hold: articles, prepositions, conjunctions (and a few French ones). */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'der die das des dem den ein eine einer eines einem einen für zur zum zu im in am an auf aus bei mit ohne von vom und oder über unter gegen nach um bis de la le les du pour et'.split(
    ' ',
  ),
);

/**
 * Whether a quotation reads as a title or a name: it opens with a capital or a number, every other word is
 * capitalised, a number or a function word, and it has no clause end.
 */
function titleLike(quoted: string): boolean {
  const inner = quoted.replace(/^[„“”"»«‚‘’'‹›\s]+|[„“”"»«‚‘’'‹›\s]+$/gu, '');
  if (/[.!?…]$/u.test(inner)) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (!words.length) return false;
  return (
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_FUNCTION_WORDS.has(w) || /^[ld]['’]/u.test(w)) &&
    /^[\p{Lu}\p{N}]/u.test(words[0]!)
  );
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:–—-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:–—-]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Quote chars / span chars, ignoring spaces and punctuation. */
function coverage(text: string, quotes: Span[], region: Span, skip: Span[] = []): number {
  const count = (s: Span): number => countLettersAndDigits(text, s.start, s.end);
  let total = count(region);
  // Words of the frame inside the region ("„…“ laut X „…“") belong to no content.
  for (const s of skip) total -= count({ start: Math.max(s.start, region.start), end: Math.min(s.end, region.end) });
  if (!total) return 0;
  let q = 0;
  for (const s of quotes) q += count({ start: Math.max(s.start, region.start), end: Math.min(s.end, region.end) });
  return q / total;
}

interface Draft {
  kind: Statement['kind'];
  start: number;
  end: number;
  parts: Span[];
  cue: Span | null;
  speaker: Span | null;
  /** Speaker copied from an earlier statement (continuations, unframed quotations). */
  inherited?: { speaker: Speaker | null };
  via: Span[];
  impersonal?: string;
  /** The indirect or according-to statement this quotation is listed inside (spec: listed twice). */
  parent?: Draft;
  /** The actor a relative clause's "it" stands for: the body named before it in the host clause. */
  antecedent?: string;
  /** The phrase the written speaker stands for, resolved in its place ("eigenen Angaben" → the clause's subject). */
  resolveAs?: Span;
  /** English: from a speech participle (", saying …") whose subject is the main clause's. */
  participle?: boolean;
  /** Taken back by a later unit ("… . Das berichtete Y." claims the continuation before it); listed nowhere. */
  dropped?: boolean;
}

/** One word in quotation marks, capitalised: "„Sammelstelle“", "„US-Imperium“", "„Al-Qaida“". */
const QUOTED_NOUN = /^[„“”"»«‚‘’'‹›]+\p{Lu}[\p{L}\p{N}.-]*[„“”"»«‚‘’'‹›]+$/u;

/**
 * A single capitalised word quoted inside another statement's content ("beanstandet die Förderung der
 * „Sammelstelle“", "dass das „US-Imperium“ Erdgas ersetzen wolle") marks a term or a name, not a second
 * statement; after "als" it is the speaker's own label ("bezeichnete es als „Unsensibilität“", "als einen „Diktator“") and
 * stays.
 */
function quotedTerm(text: string, d: Draft): boolean {
  if (!d.parent || d.kind !== 'direct' || d.parts.length !== 1 || d.cue !== d.parent.cue) return false;
  const q = d.parts[0]!;
  if (!QUOTED_NOUN.test(text.slice(q.start, q.end))) return false;
  return !/(?:^|\s)als(?:\s+\p{Ll}+)?\s*$/u.test(text.slice(Math.max(0, q.start - 20), q.start));
}

/**
 * Adds a direct statement, one per quotation: "„A“ oder „B“" in one clause are two quotations, each its own
 * statement (the first keeps the span with the frame). A quotation interrupted by its frame ("„…“, sagte sie,
 * „…“") is not split (spec: one statement with parts); according-to statements keep their parts.
 */
function pushDirects(drafts: Draft[], d: Draft, frames: Frame[]): void {
  if (d.kind !== 'direct' || d.parts.length < 2) {
    drafts.push(d);
    return;
  }
  d.parts.forEach((p, k) => {
    if (k === 0) {
      drafts.push({ ...d, parts: [p], end: Math.max(p.end, Math.min(d.end, d.parts[1]!.start)) });
      return;
    }
    // "X nannte A „…“, Y bezeichnete B als „…“": a later quotation after another speaker's frame is that speaker's.
    const own = frames
      .filter(
        (g) =>
          g.type === 'verb' &&
          g.speaker &&
          g.cue.start > d.parts[0]!.end &&
          g.cue.end <= p.start &&
          g.cue.start !== d.cue?.start,
      )
      .pop();
    drafts.push(
      own
        ? { ...d, start: p.start, end: p.end, parts: [p], cue: own.cue, speaker: own.speaker, resolveAs: undefined }
        : { ...d, start: p.start, end: p.end, parts: [p] },
    );
  });
}

function buildUnits(text: string, sentences: Span[], speech: Quote[]): Unit[] {
  const units: Unit[] = [];
  let q = 0;
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i]!;
    let end = first.end;
    let j = i + 1;
    // Join sentences while a speech quotation that starts inside the unit ends after it.
    for (;;) {
      while (q < speech.length && speech[q]!.end <= first.start) q++;
      let extended = false;
      for (let k = q; k < speech.length && speech[k]!.start < end; k++) {
        if (speech[k]!.end > end) {
          while (j < sentences.length && sentences[j]!.start < speech[k]!.end) {
            end = Math.max(end, sentences[j]!.end);
            j++;
            extended = true;
          }
        }
      }
      if (!extended) break;
    }
    capUnit(text, { start: first.start, end }, units);
    i = j;
  }
  return units;
}

/**
 * Linear time by construction: every frame's scans (its clause segment, the frames after it, its content region)
 * stay inside its unit, so a unit's cost is bounded by its size squared. No sentence of news comes near
 * MAX_UNIT_CHARS; a longer run of text without a sentence end (hostile or broken input) is cut into pieces at a
 * clause boundary, so the whole article costs O(n · MAX_UNIT_CHARS) and no content runs further than one piece.
 */
export const MAX_UNIT_CHARS = 4000;

/** Pushes `u`, cut at a sentence, clause or word boundary into pieces of at most MAX_UNIT_CHARS (UTF-16 units). */
function capUnit(text: string, u: Unit, out: Unit[]): void {
  let start = u.start;
  while (u.end - start > MAX_UNIT_CHARS) {
    const lo = start + MAX_UNIT_CHARS / 2;
    const hi = start + MAX_UNIT_CHARS;
    let cut = -1;
    // Prefer a sentence mark, then a clause mark, then any space; each scan covers at most half a piece.
    for (const marks of [/[.!?;:]/u, /[,–—)]/u, /\s/u]) {
      for (let k = hi; k > lo; k--) {
        if (/\s/u.test(text[k]!) && marks.test(text[k - 1]!)) {
          cut = k;
          break;
        }
      }
      if (cut > 0) break;
    }
    if (cut < 0) cut = hi;
    out.push({ start, end: cut });
    start = cut;
    while (start < u.end && /\s/u.test(text[start]!)) start++;
  }
  if (u.end > start) out.push({ start, end: u.end });
}

/**
 * At most this many frames share one unit. A unit holding more (a list of cues, hostile input) is cut before
 * every MAX_FRAMES_PER_UNIT-th frame, so a statement's content never spans more than that many other frames and
 * the output stays linear in the input.
 */
const MAX_FRAMES_PER_UNIT = 12;

/** Offsets at which a unit with too many frames is cut: the clause segment opening every MAX_FRAMES_PER_UNIT-th frame. */
function frameCuts(tokens: Tok[], frames: Frame[], unit: Unit): number[] {
  const cuts: number[] = [];
  let last = unit.start;
  for (let k = MAX_FRAMES_PER_UNIT; k < frames.length; k += MAX_FRAMES_PER_UNIT) {
    const f = frames[k]!;
    const first = Math.min(f.from, f.at);
    let a = first;
    while (a > 0 && tokens[a - 1]!.seg === tokens[first]!.seg && first - a < 64) a--;
    let cut = tokens[a]!.start;
    if (cut <= last) cut = tokens[first]!.start;
    if (cut > last && cut < unit.end) cuts.push((last = cut));
  }
  return cuts;
}

/** Whether tokens [from, to) hold more than a noun phrase: at least four words. */
function hasVerbalContent(tokens: Tok[], from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) if (!tokens[k]!.punct) n++;
  return n >= 4;
}

function firstTokenAt(tokens: Tok[], pos: number): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= pos) k++;
  return k;
}

/** Content region of a verb frame: [start, end) in text offsets, and the kind it implies. */
/**
 * The index of the first comma after token `from` that is followed by a finite verb opening the main clause
 * (an auxiliary, a past-tense form in -te/-ten, or a cue form), or -1. Quotations are skipped.
 */
/** Lower-case words after a comma that continue the subordinate clause rather than open the main clause. */
const NOT_RESUMING: ReadonlySet<string> = new Set(
  'und oder aber sondern doch denn sowie also zumal sowohl weder noch jedoch allerdings insbesondere vor in im an am auf aus bei beim mit nach von vom zu zum zur für über unter gegen durch um seit ohne bis als wie so nur auch etwa darunter einschließlich inklusive ausgenommen besonders vor allem'.split(
    ' ',
  ),
);

function mainClauseResumes(tokens: Tok[], from: number, rules: LangRules): number {
  for (let k = from + 1; k + 1 < tokens.length; k++) {
    const c = tokens[k]!;
    if (c.quoted || c.text !== ',') continue;
    const v = tokens[k + 1]!;
    if (
      v.quoted ||
      !LOWER_START.test(v.text) ||
      rules.subordinators.has(v.lower) ||
      rules.relatives.has(v.lower) ||
      rules.determiners.has(v.lower)
    )
      continue;
    if (rules.auxiliaries.has(v.lower) || /^\p{Ll}{3,}(te|ten)$/u.test(v.text) || rules.isCueForm(v.lower)) return k;
    // "…, verließen die Gäste …": a verb with its subject right after it (verb second after the fronted clause).
    const w = tokens[k + 2];
    if (
      w &&
      !NOT_RESUMING.has(v.lower) &&
      !rules.pronouns.has(v.lower) &&
      (rules.determiners.has(w.lower) || rules.pronouns.has(w.lower) || w.person === true)
    )
      return k;
  }
  return -1;
}

/** Verbs of saying whose comma clause is reported speech even in the indicative ("sagte X, die USA halten …"). */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'sagen',
  'erklären',
  'betonen',
  'mitteilen',
  'berichten',
  'behaupten',
  'versichern',
  'versicheren',
  'unterstreichen',
  'bekräftigen',
  'hinzufügen',
  'ergänzen',
  'erläutern',
  'erläuteren',
  'meinen',
  'warnen',
  'bestätigen',
  'verkünden',
  'argumentieren',
  'antworten',
  'entgegnen',
  'schreiben',
]);

/** Cue verbs that take an object with a predicative "als" ("bezeichnete X als Y"). */
const PREDICATIVE_LEMMAS: ReadonlySet<string> = new Set([
  'bezeichnen',
  'nennen',
  'würdigen',
  'loben',
  'kritisieren',
  'verurteilen',
  'beschreiben',
  'werten',
  'bewerten',
  'charakterisieren',
  'begrüßen',
  'zurückweisen',
  'ablehnen',
]);

function verbRegion(
  text: string,
  tokens: Tok[],
  f: Frame,
  frames: Frame[],
  unit: Unit,
  rules: LangRules,
): { region: Span; kind: Statement['kind']; interrupted?: boolean; predicative?: boolean } {
  const seg = tokens[f.at]!.seg;
  // Tokens of the frame's segment.
  let a = f.at;
  while (a > 0 && tokens[a - 1]!.seg === seg) a--;
  let b = f.at;
  while (b + 1 < tokens.length && tokens[b + 1]!.seg === seg) b++;
  // A later main clause with its own frame ("…; X sagte" / "…, und X sagte") ends the content.
  const nextFrame = frames.find((g) => {
    if (g.at <= f.at || g.type !== 'verb' || !g.speaker) return false;
    let k = Math.min(g.from, g.at);
    while (k > 0 && tokens[k - 1]!.seg === tokens[g.at]!.seg && !tokens[k - 1]!.punct) k--;
    const opener = tokens[k];
    const prev = tokens[k - 1];
    return (
      (opener !== undefined && ['und', 'aber', 'sowie', 'doch', 'and', 'but'].includes(opener.lower)) ||
      (prev !== undefined && prev.text === ';')
    );
  });
  const regionEnd =
    nextFrame && tokens[nextFrame.from] && tokens[nextFrame.from]!.start > tokens[b]!.end
      ? tokens[Math.max(0, nextFrame.from - 1)]!.start
      : unit.end;
  if (f.wie) {
    // "Wie X mitteilte, …" / "…, wie X mitteilte."
    const segStart = tokens[Math.min(a, f.from)]!.start;
    const segEnd = tokens[b]!.end;
    if (segStart - unit.start > unit.end - segEnd)
      return { region: trimSpan(text, { start: unit.start, end: segStart }), kind: 'according-to' };
    return { region: trimSpan(text, { start: segEnd, end: unit.end }), kind: 'according-to' };
  }
  const closer = tokens[b]!;
  // Of several frames in one segment only the last one opens the clause after it.
  const laterInSegment = frames.some((g) => g !== f && g.type !== 'according' && g.at > f.at && g.at <= b);
  // "bezeichnete die Lage als ernst, …", "würdigte X als Vorbild, das …": with a predicative "als" after the cue the
  // clause itself is the statement; what follows the comma belongs to the object, and what comes before the cue
  // is the fronted object ("Die Pläne, …, bezeichnete er als …"), not a content clause.
  const predicative =
    !rules.en &&
    PREDICATIVE_LEMMAS.has(f.lemma) &&
    (tokens.slice(f.at + 1, b + 1).some((t) => t.lower === 'als' && !t.quoted) ||
      // The passive puts "als" before its participle: "wurde von X als Erfolg gewertet".
      (f.agent === true && tokens.slice(a, f.at).some((t) => t.lower === 'als' && !t.quoted)));
  // "sagte der Chef der Gewerkschaft (GDL), …": a short bracket after the speaker, then a comma, is set off too.
  let shut = b + 1;
  while (!rules.en && closer.text === '(' && shut < tokens.length && shut - b <= 6 && tokens[shut]!.text !== ')')
    shut++;
  const bracketed = !rules.en && closer.text === '(' && tokens[shut]?.text === ')' && tokens[shut + 1]?.text === ',';
  const after: Span | null =
    !predicative &&
    !laterInSegment &&
    closer.punct &&
    (closer.text === ',' || closer.text === ':' || bracketed) &&
    closer.end < regionEnd
      ? trimSpan(text, { start: bracketed ? tokens[shut + 1]!.end : closer.end, end: regionEnd })
      : null;
  // The frame opens its segment (", sagte X" / "„…“ sagte er"): content before.
  const frameFirst = Math.min(f.from, f.at);
  let s0 = a;
  while (s0 < frameFirst && (tokens[s0]!.punct || tokens[s0]!.quoted || (s0 === a && tokens[s0]!.lower === 'so'))) s0++;
  const opensSegment = s0 >= frameFirst;
  const firstWord = tokens.find((t) => !t.punct && !t.quoted);
  const subordinate =
    firstWord !== undefined &&
    !firstWord.quoted &&
    rules.subordinators.has(firstWord.lower) &&
    firstWord.lower !== 'dass' &&
    firstWord.lower !== 'that';
  // Content before the frame needs the inverted order (", sagte X", ", hatte er erklärt"); in English also ", X said".
  // "Die Organisationen A, B und C werfen …" or "Conze, der Direktor, bezeichnete …" have the subject there, not content.
  const inverted = rules.en || frameFirst === f.at || rules.auxiliaries.has(tokens[frameFirst]!.lower);
  const speakerBefore = f.speaker !== null && f.speaker.start < tokens[frameFirst]!.start;
  // Content before the frame is set off by a comma, a colon, a dash or a closing quotation mark ("…, sagte X",
  // "„…“ sagte X"); without one the fronted words are part of the frame's own clause ("Am Ende des Abends gab X …").
  const setOff = (k: number): boolean => {
    const p = tokens[k - 1];
    if (!p) return false;
    if (p.quoted || [',', ':', '–', '—', '-'].includes(p.text)) return true;
    return /[“”"»«‘’']\s*$/u.test(text.slice(Math.max(unit.start, p.start - 1), tokens[k]!.start));
  };
  const before: Span | null =
    !predicative &&
    opensSegment &&
    inverted &&
    !speakerBefore &&
    !subordinate &&
    tokens[frameFirst]!.start > unit.start &&
    setOff(s0 === frameFirst && tokens[a]!.lower === 'so' ? a : frameFirst)
      ? trimSpan(text, {
          start: rules.en ? quoteAfterColon(tokens, unit.start, frameFirst) : unit.start,
          end: tokens[Math.min(s0 === frameFirst && tokens[a]!.lower === 'so' ? a : frameFirst, frameFirst)]!.start,
        })
      : null;
  const hasContent = (s: Span): boolean => {
    const toks = tokens.filter((t) => t.start >= s.start && t.end <= s.end && !t.punct);
    if (toks.length < 3) return toks.some((t) => t.quoted);
    return true;
  };
  // "Der Fraktionschef, Anna Beispiel, hatte X aufgefordert": a noun phrase with its apposition before the frame
  // is its subject, not content. Verbless: no quotation, and every lower-case word is an article, a preposition or
  // an inflected adjective.
  const verbless = (s: Span): boolean => {
    const toks = tokens.filter((t) => t.start >= s.start && t.end <= s.end && !t.punct);
    if (rules.en || toks.some((t) => t.quoted) || !toks.length || !UPPER_START.test(toks[0]!.text)) return false;
    const adjective = (t: Tok | undefined): boolean =>
      t !== undefined &&
      /^\p{Ll}+(e|en|er|es|em)$/u.test(t.text) &&
      !rules.auxiliaries.has(t.lower) &&
      !STRONG_MARKERS.has(t.lower) &&
      !rules.reportMarkers.has(t.lower) &&
      !rules.isCueForm(t.lower) &&
      !/(ten|te)$/u.test(t.text);
    // An inflected adjective stands before its noun (or before another adjective); a word in -e right after a noun
    // and before an article is a verb in Konjunktiv I ("Die Reform verringere die Kosten").
    return toks.every(
      (t, k) =>
        !LOWER_START.test(t.text) ||
        rules.determiners.has(t.lower) ||
        NON_VERBS.has(t.lower) ||
        (adjective(t) &&
          !(
            /e$/u.test(t.text) &&
            k > 0 &&
            UPPER_START.test(toks[k - 1]!.text) &&
            toks[k + 1] !== undefined &&
            rules.determiners.has(toks[k + 1]!.lower)
          )),
    );
  };
  const reportish = (s: Span): boolean => {
    const toks = tokens.filter((t) => t.start >= s.start && t.end <= s.end && !t.punct);
    const first = toks[0];
    if (!first) return false;
    if (first.quoted) return true;
    if (!rules.en && adverbialClause(toks)) return false;
    if (rules.en)
      return (
        ['that', 'he', 'she', 'they', 'it', 'the', 'we', 'i', 'there'].includes(first.lower) ||
        toks.some((t) => rules.reportMarkers.has(t.lower)) ||
        UPPER_START.test(first.text)
      );
    if (
      ['dass', 'ob', 'wie', 'warum', 'weshalb', 'wer', 'was', 'wo', 'wann', 'man', 'er', 'sie', 'es'].includes(
        first.lower,
      )
    )
      return true;
    if (
      toks.some(
        (t) =>
          rules.reportMarkers.has(t.lower) || (STRONG_MARKERS.has(t.lower) && !t.quoted && LOWER_START.test(t.text)),
      )
    )
      return true;
    // "…, Anna Beispiel rechne mit …": a verb in -e right after a name opening the clause (Konjunktiv I).
    let k = 0;
    while (k < toks.length && (toks[k]!.person || (k > 0 && UPPER_START.test(toks[k]!.text) && toks[k - 1]!.person)))
      k++;
    if (k > 0 && toks[k] && /^\p{Ll}{3,}e$/u.test(toks[k]!.text) && !rules.determiners.has(toks[k]!.lower)) return true;
    // "sagte Rice, die USA halten sich an …": after a speech verb, a main clause in the indicative opened by an article
    // and a noun with its finite verb right after; not an apposition ("der Vorsitzende des Vereins, …") nor a
    // relative clause ("die in Brüssel weilte").
    if (
      !f.weak &&
      SPEECH_LEMMAS.has(f.lemma) &&
      rules.determiners.has(first.lower) &&
      /^(der|die|das|ein|eine)$/u.test(first.lower)
    ) {
      let j = 1;
      while (
        j < toks.length &&
        LOWER_START.test(toks[j]!.text) &&
        /^\p{Ll}+(e|en|er|es|em)$/u.test(toks[j]!.text) &&
        !rules.determiners.has(toks[j]!.lower)
      )
        j++;
      const head = j;
      while (j < toks.length && UPPER_START.test(toks[j]!.text) && !toks[j]!.quoted) j++;
      const verb = toks[j];
      // The verb in second place with words after it; a verb closing the segment is a relative clause's
      // ("berichtet das Institut, das Extremisten-Websites begutachtet").
      const vk = verb ? firstTokenAt(tokens, verb.start) : -1;
      const more = vk >= 0 && tokens[vk + 1] !== undefined && !tokens[vk + 1]!.punct;
      if (
        j > head &&
        verb &&
        more &&
        tokens[firstTokenAt(tokens, verb.start) - 1]?.punct !== true &&
        LOWER_START.test(verb.text) &&
        !rules.determiners.has(verb.lower) &&
        !NON_VERBS.has(verb.lower) &&
        !rules.nonSubjectStarts.has(verb.lower) &&
        !rules.relatives.has(verb.lower) &&
        !verb.quoted &&
        /^\p{Ll}+(t|n|te|ten)$/u.test(verb.text)
      )
        return true;
    }
    // "meinte, der Ehemann „konnte und wollte …“", "sagte, ihre „Gedanken sind bei …“": after a verb of saying and
    // its comma, a short subject and a quotation that goes on with the clause to the end of the segment (not when
    // the content came before the frame: "Sie sei „…“, sagte X, ihre „…“").
    if (!before && !f.weak && SPEECH_LEMMAS.has(f.lemma) && subjectThenQuotation(toks, rules)) return true;
    // "… aufgefordert, den Rücktritt zu erklären": a zu-infinitive.
    return toks.some(
      (t, k) =>
        (t.lower === 'zu' && toks[k + 1] !== undefined && LOWER_N_WORD.test(toks[k + 1]!.text)) ||
        ZU_INFINITIVE.test(t.text),
    );
  };
  // „…“, sagte er, „…“: one quotation interrupted by its frame.
  if (
    before &&
    after &&
    text[before.end - 1] !== undefined &&
    '“”"«»‘\''.includes(text[before.end - 1]!) &&
    '„“"»«‚\''.includes(text[after.start]!)
  ) {
    return { region: { start: before.start, end: after.end }, kind: 'direct', interrupted: true };
  }
  if (rules.en && f.to < tokens.length && f.to <= b) {
    // "said (that) …", "told reporters that …": the clause after the frame, in the same segment (englishFrames.ts),
    // before a fronted phrase ("Speaking in Leeds, Starmer said …") is taken for content.
    const k = englishContentStart(tokens, f, b, rules);
    if (k >= 0) {
      let r = trimSpan(text, { start: tokens[k]!.start, end: clauseEnd(tokens, k, regionEnd) });
      const e = englishContentEnd(tokens, k, tokens.length);
      // A new span, not a write to r's end (spans are never written: see draftFrames).
      if (e < tokens.length) r = { start: r.start, end: Math.min(r.end, tokens[e]!.start) };
      if (hasContent(r) || englishShortClause(tokens, k, r.end)) return { region: r, kind: 'indirect' };
    }
  }
  if (before && !after && hasContent(before) && !verbless(before)) return { region: before, kind: 'indirect' };
  // "sagte X, Sprecher der Behörde, gegenüber der Zeitung, dass …": appositions and phrases without a verb
  // between the frame and its content clause are skipped.
  const skipAppositions = (): { region: Span; kind: Statement['kind'] } | null => {
    if (!after || rules.en) return null;
    let k = firstTokenAt(tokens, after.start);
    // "sagte der Chef der Gewerkschaft, Anna Beispiel, …": the name right after the speaker is its apposition.
    let named: Span | null = null;
    for (let hops = 0; hops < 3 && k < tokens.length; hops++) {
      // "der Chef der Gewerkschaft (GDL), Anna Beispiel, …": a short bracket is skipped with its comma.
      if (tokens[k]!.text === '(') {
        let c = k + 1;
        while (c < tokens.length && c - k <= 6 && tokens[c]!.text !== ')') c++;
        if (tokens[c]?.text !== ')') break;
        k = tokens[c + 1]?.text === ',' ? c + 2 : c + 1;
        continue;
      }
      const e = segmentEnd(tokens, k);
      const seg = tokens.slice(k, e);
      const close = tokens[e];
      if (
        !close ||
        close.text !== ',' ||
        seg.length > 8 ||
        // A noun phrase or a prepositional phrase, not a second verb ("…, unterstrich jedoch, dass …").
        !(UPPER_START.test(seg[0]!.text) || rules.determiners.has(seg[0]!.lower) || NON_VERBS.has(seg[0]!.lower)) ||
        seg.some(
          (t) =>
            !t.quoted &&
            (rules.auxiliaries.has(t.lower) || rules.reportMarkers.has(t.lower) || rules.subordinators.has(t.lower)),
        )
      )
        break;
      if (hops === 0 && seg.every((t) => t.person)) named = { start: seg[0]!.start, end: seg[seg.length - 1]!.end };
      const rest: Span = { start: close.end, end: regionEnd };
      if (rest.end <= rest.start) break;
      const r = trimSpan(text, rest);
      if (hasContent(r) && reportish(r) && ['dass', 'ob'].includes(tokens[e + 1]?.lower ?? '')) {
        if (named && f.speaker && f.speaker.start > f.cue.start && f.speaker.end < named.start)
          f.speaker = { start: f.speaker.start, end: named.end };
        return { region: trimSpan(text, { start: r.start, end: clauseEnd(tokens, e + 1, r.end) }), kind: 'indirect' };
      }
      k = e + 1;
    }
    return null;
  };
  // A speaker after the cue ("sagte der Chef der Gewerkschaft, Anna Beispiel, am Montag, dass …"): the
  // apposition is skipped before the words after the frame are taken for content.
  const speakerAfterCue = f.speaker !== null && f.speaker.start > f.cue.start;
  const early = speakerAfterCue ? skipAppositions() : null;
  if (early) return early;
  // English: '"…," said X, the ministry's spokesman.' has an apposition after the frame, not content.
  if (
    after &&
    hasContent(after) &&
    reportish(after) &&
    !(rules.en && englishApposition(tokens, firstTokenAt(tokens, after.start), rules))
  ) {
    const next = firstTokenAt(tokens, after.start);
    // "Nachdem X mitgeteilt hatte, dass …, hatte dieser versucht …": after a fronted subordinate frame the main
    // clause resumes at a comma followed by its finite verb; the content ends there.
    const resume =
      subordinate && !rules.en && firstWord !== undefined && tokens[f.at]!.seg === firstWord.seg
        ? mainClauseResumes(tokens, next, rules)
        : -1;
    const end =
      resume >= 0
        ? Math.min(tokens[resume - 1]!.end, clauseEnd(tokens, next, after.end))
        : clauseEnd(tokens, next, after.end);
    return {
      region: trimSpan(text, { start: after.start, end: coordinatedEnd(tokens, f, frames, next, end, rules) }),
      kind: 'indirect',
    };
  }
  const late = speakerAfterCue ? null : skipAppositions();
  if (late) return late;
  if (before && hasContent(before) && opensSegment && !verbless(before)) return { region: before, kind: 'indirect' };
  // "hatte angekündigt bei der Wahl erneut anzutreten", "hat angekündigt die Preise zu erhöhen": an infinitive group
  // right after the cue, without the optional comma, that closes the clause is what was announced.
  if (!rules.en && !predicative) {
    const k0 = Math.max(f.at, f.to - 1) + 1;
    const e = segmentEnd(tokens, f.at);
    const last = tokens[e - 1];
    const zu =
      last !== undefined &&
      !last.quoted &&
      (ZU_INFINITIVE.test(last.text) ||
        (tokens[e - 2]?.lower === 'zu' && LOWER_N_WORD.test(last.text) && !rules.determiners.has(last.lower)));
    if (
      zu &&
      !f.weak &&
      k0 < e - 1 &&
      e - k0 <= 25 &&
      !frames.some((g) => g !== f && g.at >= k0 && g.at < e) &&
      tokens[k0]!.seg === tokens[f.at]!.seg &&
      !tokens[k0]!.punct &&
      !PURPOSE_OPENERS.has(tokens[k0]!.lower)
    )
      return { region: trimSpan(text, { start: tokens[k0]!.start, end: last.end }), kind: 'indirect' };
  }
  return { region: trimSpan(text, unit), kind: 'reported', predicative };
}

/** Possessive determiners that open a subject ("ihre „Gedanken sind …“"). */
const DE_POSSESSIVE = /^(sein|seine|seiner|ihr|ihre|ihrer|unser|unsere|unserer)$/u;

/**
 * The words of a segment are one to three unquoted words that open a subject (an article, a possessive, a name)
 * and then only a quotation of three words or more: "der Ehemann „konnte …“", "ihre „Gedanken sind …“".
 */
function subjectThenQuotation(toks: Tok[], rules: LangRules): boolean {
  let j = 0;
  while (j < toks.length && !toks[j]!.quoted) j++;
  if (j < 1 || j > 3 || toks.length - j < 3 || toks.slice(j).some((t) => !t.quoted)) return false;
  const first = toks[0]!;
  return (
    (rules.determiners.has(first.lower) && /^(der|die|das|ein|eine)$/u.test(first.lower)) ||
    DE_POSSESSIVE.test(first.lower) ||
    (UPPER_START.test(first.text) &&
      toks.slice(0, j).every((t) => UPPER_START.test(t.text) || /^[IVX]+\.?$/u.test(t.text)))
  );
}

/** Subordinators of a reason ("…, da er jeder Grundlage entbehre"). */
const CAUSAL: ReadonlySet<string> = new Set(['da', 'weil', 'zumal']);
/** Words in -e that close a clause without being its verb. */
const NOT_VERB_E: ReadonlySet<string> = new Set(
  'wurde heute gerne alleine lange ferne bitte ohne ebenso bloße'.split(' '),
);

/**
 * The reason clause right after the segment of a speech act without content ("…, da er jeder Grundlage entbehre",
 * "…, weil die Abgeordneten keinen Antrag gestellt hätten"), when it is in reported speech: a Konjunktiv I marker, a
 * Konjunktiv II form, or a closing verb in -e that is no preterite. The comma's offset and the clause; null otherwise.
 */
function reasonClause(tokens: Tok[], f: Frame, judgement: boolean): { comma: number; content: Span } | null {
  const b = segmentEnd(tokens, Math.max(f.at, Math.min(f.to, tokens.length) - 1));
  const comma = tokens[b];
  const opener = tokens[b + 1];
  if (!comma || comma.text !== ',' || comma.quoted || !opener || opener.quoted || !CAUSAL.has(opener.lower))
    return null;
  const e = segmentEnd(tokens, b + 1);
  let last = e - 1;
  while (last > b + 1 && tokens[last]!.punct) last--;
  if (last <= b + 2) return null;
  const clause = tokens.slice(b + 1, e);
  const lw = tokens[last]!;
  const reported =
    clause.some(
      (t) => !t.quoted && t.lower !== 'dass' && (STRONG_MARKERS.has(t.lower) || KONJUNKTIV_II.has(t.lower)),
    ) ||
    (!lw.quoted && /^\p{Ll}{3,}e$/u.test(lw.text) && !/te$/u.test(lw.text) && !NOT_VERB_E.has(lw.lower));
  if (!reported && !judgement) return null;
  return { comma: comma.start, content: { start: opener.start, end: tokens[last]!.end } };
}

/** Konjunktiv II forms of the auxiliaries and modals ("hätten", "wäre", "würden", "könnte"). */
const KONJUNKTIV_II: ReadonlySet<string> = new Set(
  'hätte hätten wäre wären würde würden könnte könnten müsste müssten dürfte dürften sollte sollten gäbe käme'.split(
    ' ',
  ),
);

/** Nouns of saying, asking and believing that take a content clause after a comma ("die Behauptung, X sei …"). */
const CLAUSE_NOUNS =
  /^(?:Behauptung|Behauptungen|Information|Informationen|Forderung|Forderungen|Aufforderung|Warnung|Warnungen|Hinweis|Hinweise|Bitte|Appell|Befehl|Ankündigung|Vorwurf|Vorwürfe|Argument|Begründung|Prognose|Hoffnung|Befürchtung|Befürchtungen|Meldung|Meldungen|Berichte|Berichten|Gerüchte|Gerüchten|Aussage|Aussagen|Versprechen|Zusage|Drohung|Vermutung|Verdacht|Spekulationen)$/u;
const NOUN_GENITIVE: ReadonlySet<string> = new Set(['der', 'des', 'von', 'vom']);

type NounClause = { cue: Span; speaker: Span; content: Span };

/**
 * nounClauses of a unit's tokens, kept with the tokens array, offsets relative to its first token: an incremental
 * analysis hands the same array back for a unit whose text, context, quotations and names are as before (moved in
 * place: incremental.ts), and all nounClauses reads lies inside the unit. A whole analysis makes new arrays (no hit).
 * Every call gets new span objects (drafts keep them).
 */
const nounClauseMemo = new WeakMap<Tok[], { base: number; found: NounClause[] }>();

function copyNounClause(nc: NounClause, d: number): NounClause {
  return {
    cue: { start: nc.cue.start + d, end: nc.cue.end + d },
    speaker: { start: nc.speaker.start + d, end: nc.speaker.end + d },
    content: { start: nc.content.start + d, end: nc.content.end + d },
  };
}

function nounClausesOf(text: string, tokens: Tok[], rules: LangRules): NounClause[] {
  const base = tokens[0]?.start ?? 0;
  const kept = nounClauseMemo.get(tokens);
  if (kept) return kept.found.map((nc) => copyNounClause(nc, base - kept.base));
  const found = nounClauses(text, tokens, rules);
  nounClauseMemo.set(tokens, { base, found: found.map((nc) => copyNounClause(nc, 0)) });
  return found;
}

/**
 * Speech nouns followed by their content clause: the noun phrase (with its genitive or "von" source) speaks, the
 * clause after the comma is what is said — "dass"/"ob", a clause with a Konjunktiv I marker, or a zu-infinitive
 * closing its segment. Not a relative clause ("die Forderung, die …"). One pass over the unit's tokens.
 */
function nounClauses(
  text: string,
  tokens: Tok[],
  rules: LangRules,
): Array<{ cue: Span; speaker: Span; content: Span }> {
  const out: Array<{ cue: Span; speaker: Span; content: Span }> = [];
  let reported = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.quoted && STRONG_MARKERS.has(t.lower)) reported = true;
    if (t.quoted || !CLAUSE_NOUNS.test(t.text)) continue;
    // "So gebe es Hinweise, dass …": inside reported speech the noun reports nothing of its own.
    if (reported) break;
    let e = k + 1;
    if (tokens[e] && NOUN_GENITIVE.has(tokens[e]!.lower)) {
      const g = grabNP(tokens, tokens[e]!.lower.startsWith('v') ? e + 1 : e, tokens.length, rules);
      if (!g) continue;
      while (e < tokens.length && tokens[e]!.end <= g.end) e++;
    }
    // "ihres Trainers, Anna Beispiel, …": a name in apposition to the source.
    if (tokens[e]?.text === ',' && tokens[e + 1]?.person) {
      let j = e + 1;
      while (j < tokens.length && tokens[j]!.person) j++;
      if (tokens[j]?.text === ',') e = j;
    }
    if (tokens[e]?.text !== ',' || tokens[e]!.quoted) continue;
    const c = e + 1;
    const first = tokens[c];
    if (!first || first.quoted || first.punct || RELATIVE_OPENERS.has(first.lower)) continue;
    const zuEnd = (b: number): boolean => {
      const w = tokens[b - 1]!;
      return (
        !w.quoted &&
        (ZU_INFINITIVE.test(w.text) ||
          (tokens[b - 2]?.lower === 'zu' && LOWER_N_WORD.test(w.text) && !rules.determiners.has(w.lower)))
      );
    };
    let segEnd = segmentEnd(tokens, c);
    const zu = zuEnd(segEnd);
    // "den Befehl, dabei zu helfen, Menschen … zu bringen": infinitive groups in a row are one content.
    while (zu && tokens[segEnd]?.text === ',' && tokens[segEnd + 1] && !tokens[segEnd + 1]!.quoted) {
      const b = segmentEnd(tokens, segEnd + 1);
      if (RELATIVE_OPENERS.has(tokens[segEnd + 1]!.lower) || !zuEnd(b)) break;
      segEnd = b;
    }
    const last = tokens[segEnd - 1]!;
    let marked = first.lower === 'dass' || first.lower === 'ob';
    for (let j = c; j < segEnd && !marked; j++) marked = !tokens[j]!.quoted && STRONG_MARKERS.has(tokens[j]!.lower);
    if (!zu && !marked) continue;
    // "Wegen der Berichte, sie seien …, wachsen Befürchtungen …": the main clause resumes after the content.
    const resume = zu ? -1 : mainClauseResumes(tokens, c, rules);
    const unitEnd = tokens[tokens.length - 1]!.end;
    const end = zu ? last.end : resume >= 0 ? tokens[resume - 1]!.end : clauseEnd(tokens, c, unitEnd);
    let s0 = k;
    while (s0 > 0 && s0 > k - 3 && !tokens[s0 - 1]!.quoted && rules.determiners.has(tokens[s0 - 1]!.lower)) s0--;
    out.push({
      cue: { start: t.start, end: t.end },
      speaker: { start: tokens[s0]!.start, end: tokens[e - 1]!.end },
      content: trimSpan(text, { start: first.start, end }),
    });
    k = e;
  }
  return out;
}

/**
 * "Er sagte, die Lage sei ernst, und fügte hinzu: …", "Sie erklärte, dass …, bestritt jedoch nicht …": the reported
 * clause ends where the frame's subject goes on with a second finite verb in the indicative, after "und" or after
 * a comma that closes no subordinate clause of the content ("…, wenn es regne, falle …" goes on reporting). The
 * verb is a verb of saying, or a weak past tense ("weigerte sich") after a clause in Konjunktiv. One pass over the
 * content's tokens; returns the end offset.
 */
function coordinatedEnd(tokens: Tok[], f: Frame, frames: Frame[], from: number, end: number, rules: LangRules): number {
  if (rules.en) return end;
  let subjunctive = false;
  // The first token of the current segment of the content, and of the segment before the last comma.
  let segFirst = from;
  let before = from;
  // A segment of the content that is a subordinate clause of it ("…, wenn es regne, falle …", "Analysen, die X
  // eingesetzt habe, bestätigten …", "dass der Mann gefasst wurde und gestand"): the verb after it is still the
  // content's. The content's own first segment counts only when "dass"/"ob" opens it and "und" joins inside it.
  const subordinate = (k: number, first: boolean): boolean => {
    const w = tokens[k];
    if (!w || w.quoted) return false;
    if (first) return /^(dass|ob)$/u.test(w.lower);
    return rules.subordinators.has(w.lower) || relativeClause(tokens, k, rules);
  };
  // The frames in the content, in token order, met in step with k (no search per token).
  let g = 0;
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    const prev = tokens[k - 1]!;
    if (k > from + 2 && (prev.text === ',' || prev.lower === 'und') && !prev.quoted && LOWER_START.test(t.text)) {
      const entry = CUE_FORMS.get(t.lower);
      const indicative = !STRONG_MARKERS.has(t.lower) && !rules.reportMarkers.has(t.lower);
      const next = tokens[k + 1];
      const weakPast =
        subjunctive &&
        /^\p{Ll}{3,}te[n]?$/u.test(t.text) &&
        !rules.determiners.has(t.lower) &&
        next !== undefined &&
        LOWER_START.test(next.text);
      while (g < frames.length && frames[g]!.at < k) g++;
      // ", berichteten die Staatsmedien": a verb with a subject of its own frames the content, it does not end it.
      const own = frames[g]?.at === k ? frames[g]!.speaker : null;
      const other = own !== null && (f.speaker === null || own.start !== f.speaker.start);
      if (((entry?.finite === true && !entry.particle) || weakPast) && indicative && !other) {
        const inside =
          prev.text === ','
            ? before > from && subordinate(before, false)
            : tokens[k - 2]?.text !== ',' && subordinate(segFirst, segFirst === from);
        if (!inside) {
          const cut = prev.lower === 'und' && tokens[k - 2]?.text === ',' ? k - 2 : k - 1;
          return tokens[cut]!.start;
        }
      }
    }
    if (STRONG_MARKERS.has(t.lower) || rules.reportMarkers.has(t.lower)) subjunctive = true;
    if (t.text === ',') {
      before = segFirst;
      segFirst = k + 1;
    }
  }
  return end;
}

/** Openers of a clause that tells why, how or when, not what was said ("um … zu", "nachdem …", "so dass …"). */
const PURPOSE_OPENERS: ReadonlySet<string> = new Set(['um', 'ohne', 'statt', 'anstatt', 'nachdem', 'bevor', 'sodass']);

/**
 * Whether the words after a cue's comma are an adverbial clause rather than what was said: "forderten den Rücktritt,
 * um den Weg freizumachen", "meldete einen Schaden, so dass ein Großalarm ausgelöst wurde", "wurde als vermisst
 * gemeldet, nachdem er nicht mehr zu sehen war". A clause in Konjunktiv I still reports ("…, nachdem er … sei").
 */
function adverbialClause(toks: Tok[]): boolean {
  const first = toks[0]!;
  const opener =
    PURPOSE_OPENERS.has(first.lower) || (first.lower === 'so' && toks[1]?.lower === 'dass' && !toks[1].quoted);
  return opener && !hasStrongMarker(toks);
}

/** "mit den Worten", "mit folgenden Worten", "mit den Worten des Ministers" before a quotation. */
const WITH_WORDS = /\bmit (den|folgenden|diesen|den folgenden) Worten\b/u;

/** Subordinators that open an adverbial clause outside the reported claim (", neun Monate nachdem …"). */
// Causal, purpose and temporal-"als" clauses usually belong to the claim (news annotation keeps them), so they stay.
const ADVERBIAL = new Set([
  'während',
  'nachdem',
  'obwohl',
  'indem',
  'wobei',
  'sodass',
  'woraufhin',
  'whereas',
  'while',
  'although',
]);

/** Subordinators that open a fronted adverbial clause ("Während …, kann sich X laut Experten …"). */
const ADVERBIAL_OPENERS = new Set([
  'während',
  'obwohl',
  'als',
  'nachdem',
  'weil',
  'da',
  'wenn',
  'falls',
  'bevor',
  'seit',
  'seitdem',
  'sobald',
  'while',
  'although',
  'when',
  'after',
  'because',
  'since',
]);

/**
 * Where the reported clause that starts at token `from` ends: before an adverbial clause (", während …",
 * ", neun Monate nachdem …") after it, else at `end`. Never inside a quotation.
 */
function clauseEnd(tokens: Tok[], from: number, end: number): number {
  for (let k = from + 2; k < tokens.length && tokens[k]!.start < end; k++) {
    const c = tokens[k - 1]!;
    if (c.text !== ',' || c.quoted || tokens[k]!.quoted) continue;
    let hit = ADVERBIAL.has(tokens[k]!.lower);
    // A measure before the subordinator: ", neun Monate nachdem", ", kurz bevor".
    for (let j = k; !hit && j < Math.min(k + 4, tokens.length) && !tokens[j]!.punct && !tokens[j]!.quoted; j++) {
      if (j > k && (tokens[j]!.lower === 'nachdem' || tokens[j]!.lower === 'bevor')) hit = true;
    }
    if (hit) return c.start;
  }
  return end;
}

/** Start of the clause segment holding token i (after the punctuation that opens it). */
function segmentStart(tokens: Tok[], i: number): number {
  let a = i;
  while (a > 0 && tokens[a - 1]!.seg === tokens[i]!.seg && !tokens[a - 1]!.punct) a--;
  while (a < i && tokens[a]!.punct) a++;
  return a;
}

/**
 * A verb frame with its own speaker inside `region` (the content of frame f) that introduces quotation q: in the
 * quotation's clause segment, or right after it (", sagte Y").
 */
function innerFrame(tokens: Tok[], frames: Frame[], f: Frame, region: Span, q: Quote): Frame | null {
  const qa = firstTokenAt(tokens, q.start);
  const qb = firstTokenAt(tokens, q.end - 1);
  const qSeg = tokens[qa]?.seg ?? -1;
  const qEndSeg = tokens[qb]?.seg ?? -1;
  for (const g of frames) {
    if (g === f || g.type !== 'verb' || !g.speaker || g.weak || g.passive) continue;
    if (g.cue.start < region.start || g.cue.end > region.end) continue;
    if (g.cue.start >= q.start && g.cue.end <= q.end) continue;
    const seg = tokens[g.at]!.seg;
    if (
      seg === qSeg ||
      seg === qEndSeg ||
      (seg === qEndSeg + 1 && g.at > qb) ||
      (seg === qSeg - 1 && tokens[qa - 1]?.text === ':')
    )
      return g;
  }
  return null;
}

/**
 * The subject of a clause that has no speech verb ("Der Minister: „…“", "Die Ministerin sieht das anders: „…“"):
 * the noun phrase that opens it, else the one after its verb-second word. With `person`, only a phrase that
 * names a person counts.
 */
function clauseSubject(tokens: Tok[], a: number, b: number, rules: LangRules, person = false): Span | null {
  let first = a;
  while (
    first < b &&
    (tokens[first]!.punct || tokens[first]!.quoted || ['und', 'aber', 'auch', 'doch'].includes(tokens[first]!.lower))
  )
    first++;
  const ft = tokens[first];
  if (!ft) return null;
  let np: Span | null = null;
  if (
    !rules.nonSubjectStarts.has(ft.lower) &&
    (UPPER_START.test(ft.text) || rules.determiners.has(ft.lower) || rules.pronouns.has(ft.lower))
  )
    np = grabNP(tokens, first, b, rules);
  const personIn = (s: Span): boolean => tokens.some((t) => t.person && t.start >= s.start && t.end <= s.end);
  if (np && !rules.en && !rules.pronouns.has(ft.lower) && !personIn(np)) {
    // "Den Unmut der Partei brachte die Sprecherin Anna Beispiel zum Ausdruck: „…“": a fronted object; the subject
    // follows the verb when it names a person or is a pronoun (or the fronted phrase cannot be a subject).
    const e = np.end;
    let v = first;
    while (v < b && tokens[v]!.end <= e) v++;
    let k = v + 1;
    while (k < b && rules.skippable.has(tokens[k]!.lower)) k++;
    const after = v < b && LOWER_START.test(tokens[v]!.text) ? grabNP(tokens, k, b, rules) : null;
    const obl = /^(den|dem|einen|einem)$/u.test(ft.lower);
    if (
      after &&
      (personIn(after) ||
        /^(er|sie|ich|wir)$/u.test(tokens[k]!.lower) ||
        (obl && !/^(den|dem|einen|einem|ihm|ihn|ihnen)$/u.test(tokens[k]!.lower)))
    )
      np = after;
  }
  if (!np) np = subjectAfterFrontField(tokens, first, b, rules);
  if (!np) {
    // "Dazu meinte der Minister", "Um … zu gewinnen, will Anna Beispiel …": after the verb-second word.
    let v = first + 1;
    while (
      v < b &&
      (tokens[v]!.punct ||
        tokens[v]!.quoted ||
        UPPER_START.test(tokens[v]!.text) ||
        rules.determiners.has(tokens[v]!.lower) ||
        rules.nonSubjectStarts.has(tokens[v]!.lower))
    )
      v++;
    let k = v + 1;
    while (k < b && rules.skippable.has(tokens[k]!.lower)) k++;
    if (v < b) np = grabNP(tokens, k, b, rules);
  }
  if (!np) return null;
  if (person && !tokens.some((t) => t.person && t.start >= np!.start && t.end <= np!.end)) return null;
  return np;
}

/** The subject of a sentence when it names someone (an actor, a person, or a personal pronoun), else null. */
function speakingSubject(
  text: string,
  index: ActorIndex,
  tokens: Tok[],
  rules: LangRules,
  institutions = false,
): Span | null {
  const s = clauseSubject(tokens, 0, tokens.length, rules);
  if (!s) return null;
  if (namesSomeone(index, s) || tokens.some((t) => t.person && t.start >= s.start && t.end <= s.end)) return s;
  // "Die Stadtreinigung äußerte Zweifel an der Darstellung. Es sei …": the subject of a verb of saying speaks,
  // whatever its head noun.
  if (
    institutions &&
    !rules.en &&
    !/^(es|das|dies|dieses|man|er|sie|wir)$/iu.test(text.slice(s.start, s.end)) &&
    tokens.some((t) => {
      if (t.quoted || t.start <= s.end || !LOWER_START.test(t.text) || !rules.isCueForm(t.lower)) return false;
      // A separable cue needs its particle ("stellte … fest"); "stellten Hilfen bereit" says nothing.
      const particle = CUE_FORMS.get(t.lower)?.particle;
      return !particle || tokens.some((x) => x.start > t.start && x.lower === particle);
    })
  )
    return s;
  // "Das Landesinstitut sieht keine Gefahr. Nur Halter seien …": a body, office, document or group of people.
  if (
    institutions &&
    !rules.en &&
    SPEAKING_HEAD.test(
      text
        .slice(s.start, s.end)
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .pop() ?? '',
    )
  )
    return s;
  return /^(er|sie|wir|he|she|they|we)$/iu.test(text.slice(s.start, s.end)) ? s : null;
}

/**
 * After sentences without a statement, the subject that names someone in the nearest of them ("Pflugbeil war in
 * Japan. Einige Vertreter würden … . Über die Folgen werde …": Pflugbeil goes on speaking).
 */
function gapSubject(text: string, index: ActorIndex, gap: Tok[][], rules: LangRules): Span | null {
  for (let k = gap.length - 1; k >= 0; k--) {
    const s =
      k === gap.length - 1
        ? speakingSubject(text, index, gap[k]!, rules, true)
        : // Before the nearest sentence only a subject that names a person counts.
          clauseSubject(gap[k]!, 0, gap[k]!.length, rules, true);
    if (s && (k === gap.length - 1 || !rules.pronouns.has(text.slice(s.start, s.end).toLowerCase()))) return s;
  }
  return null;
}

/**
 * The subject of the sentence before the first reported-speech sentence of an article, when it can speak and is
 * written out (no pronoun: nothing before it names whom it stands for): "Landrätin X verteidigte die Erhöhung.".
 */
function openerSubject(text: string, index: ActorIndex, prev: Tok[], rules: LangRules): Span | null {
  const s = speakingSubject(text, index, prev, rules, true);
  if (!s || rules.pronouns.has(text.slice(s.start, s.end).toLowerCase())) return null;
  return canSpeak(text, index, prev, s) ? s : null;
}

/**
 * "nach eigenen Angaben", "eigenen Angaben zufolge": the words of an according-to frame whose speaker the frame
 * took from the clause's subject, as written; null for any other frame.
 */
function ownAccountOf(tokens: Tok[], f: Frame): Span | null {
  if (f.type !== 'according' || !f.speaker) return null;
  for (let k = Math.max(0, f.at - 3); k <= f.at + 2 && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const noun = tokens[k + 1]!;
    if (t.quoted || !/^eigene[nm]?$/u.test(t.text) || noun.punct || !UPPER_START.test(noun.text)) continue;
    return f.speaker.start === t.start ? null : { start: t.start, end: noun.end };
  }
  return null;
}

/** Whether a subject can speak: it names an actor or a person, is a personal pronoun, or has a speaking head. */
function canSpeak(text: string, index: ActorIndex, tokens: Tok[], s: Span): boolean {
  if (namesSomeone(index, s) || tokens.some((t) => t.person && t.start >= s.start && t.end <= s.end)) return true;
  const written = text.slice(s.start, s.end);
  if (/^(er|sie|wir|ich|es)$/iu.test(written)) return true;
  // A speaking head anywhere in the phrase: "Ministerin Eva Dorn", "Das Team um …", "Der Sprecher des Amtes".
  return written.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && SPEAKING_HEAD.test(w.replace(/[^\p{L}-]+$/u, '')));
}

/** Heads of noun phrases that can speak: institutions, offices, documents, groups and roles of people. */
const SPEAKING_HEAD =
  /(institut|team|ministerium|behörde|kommission|regierung|bericht|amt|gericht|gerichtshof|polizei|partei|verband|gewerkschaft|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|organisation|agentur|zeitung|bund|rat|ausschuss|fraktion|konzern|unternehmen|experte|experten|forscher|forscherin|wissenschaftler|wissenschaftlerin|studie|analyse|staatsanwaltschaft|verwaltung|senat|parlament|vorstand|kanzler|kanzlerin|leiter|leiterin|direktor|direktorin|vorsitzende|vorsitzender|gutachten|urteil|bürgermeister|bürgermeisterin)$/iu;

/** Whether a "dass"/"ob" clause follows the frame's segment ("…, heißt es auch, dass …"). */
function clauseFollows(tokens: Tok[], f: Frame): boolean {
  const e = segmentEnd(tokens, f.at);
  return tokens[e]?.text === ',' && ['dass', 'ob'].includes(tokens[e + 1]?.lower ?? '');
}

/** Relative pronouns that open a clause after a comma. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'deren',
  'dessen',
  'denen',
  'welche',
  'welcher',
  'welches',
  'welchem',
  'welchen',
  'wo',
  'wobei',
  'womit',
  'wodurch',
]);

/**
 * Whether the segment from token k is a German relative clause: a relative pronoun and the finite verb at its end
 * ("die auch angab, …", "der am Montag erschien,"), not an apposition ("dem Direktor der Behörde") nor a main
 * clause ("das ist …").
 */
function relativeClause(tokens: Tok[], k: number, rules: LangRules): boolean {
  const t = tokens[k];
  if (!t || t.quoted || !RELATIVE_OPENERS.has(t.lower) || rules.auxiliaries.has(tokens[k + 1]?.lower ?? ''))
    return false;
  let e = segmentEnd(tokens, k) - 1;
  while (e > k && tokens[e]!.punct) e--;
  if (e <= k + 1 || tokens[e]!.quoted || !LOWER_START.test(tokens[e]!.text)) return false;
  // The finite verb comes last: an auxiliary before the verb complex is a main clause's ("dem Direktor … hatten die
  // Meteorologen … gewarnt" after a missing comma).
  for (let j = k + 1; j < e - 1; j++) if (!tokens[j]!.quoted && rules.auxiliaries.has(tokens[j]!.lower)) return false;
  return true;
}

/** End (exclusive token index) of the clause segment that holds token i. */
function segmentEnd(tokens: Tok[], i: number): number {
  let b = i;
  while (b < tokens.length && tokens[b]!.seg === tokens[i]!.seg) b++;
  while (b > i + 1 && tokens[b - 1]!.punct) b--;
  return b;
}

/** Conjunctions that open a new main clause after a comma ("…, und der Hafen wurde laut X geöffnet"). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'und',
  'aber',
  'doch',
  'sondern',
  'denn',
  'jedoch',
  'zumindest',
  'lediglich',
  'nur',
]);

/**
 * When an according-to frame stands in a later clause of its sentence, opened by a subordinator, a relative
 * pronoun, a conjunction, a semicolon, a bracket or a dash, the end offset of that clause (its bracket, else the
 * unit's end); null when the frame's segment goes on the first clause ("Die Zahl, die …, liegt laut X bei 20").
 */
function ownClause(tokens: Tok[], a0: number, f: Frame, rules: LangRules): number | null {
  if (rules.en || a0 <= 0) return null;
  const opener = tokens[a0 - 1]!;
  const first = tokens[a0]!;
  if (first.quoted || a0 >= f.from) {
    // "…, nach Angaben der Polizei waren es 1.000": the frame opens the clause; the clause after it is the claim.
    if (a0 !== f.from || !(opener.text === ';' || opener.text === '(')) return null;
  }
  const sub = rules.subordinators.has(first.lower) && first.lower !== 'wie' && first.lower !== 'als';
  const rel =
    RELATIVE_OPENERS.has(first.lower) ||
    (RELATIVE_PREPOSITIONS_LAUT.has(first.lower) && RELATIVE_OPENERS.has(tokens[a0 + 1]?.lower ?? ''));
  const conj = CLAUSE_CONJUNCTIONS.has(first.lower);
  const mark = opener.text === ';' || opener.text === '(' || opener.text === '–' || opener.text === '—';
  if (!(sub || rel || conj || mark) || (opener.text !== ',' && !mark)) return null;
  const close = opener.text === '(' ? tokens.findIndex((t, k) => k > f.to && t.text === ')') : -1;
  if (close > 0) return tokens[close - 1]!.end;
  let k = f.to;
  while (k < tokens.length && !(tokens[k]!.text === ';' && !tokens[k]!.quoted)) k++;
  return tokens[k - 1]!.end;
}

/**
 * "Er sandte einen Brief, in dem er voraussagte, dass …": a frame in a relative clause belongs to the clause of
 * its antecedent, so the statement starts there. Returns the token index the statement starts at (segment a
 * itself when it is no relative clause after a comma).
 */
function relativeHostStart(tokens: Tok[], a: number): number {
  if (a < 2 || tokens[a - 1]!.text !== ',' || tokens[a]!.quoted) return a;
  const t = tokens[a]!;
  const rel =
    ['dem', 'der', 'denen', 'deren', 'dessen', 'welchem', 'welcher'].includes(tokens[a + 1]?.lower ?? '') &&
    RELATIVE_PREPOSITIONS_LAUT.has(t.lower);
  if (!rel) return a;
  return segmentStart(tokens, a - 2);
}

/** Prepositions that open a relative clause ("…, bei der laut Polizei …"). */
const RELATIVE_PREPOSITIONS_LAUT: ReadonlySet<string> = new Set([
  'in',
  'mit',
  'bei',
  'von',
  'auf',
  'an',
  'für',
  'über',
  'durch',
  'nach',
  'aus',
  'zu',
  'unter',
  'gegen',
  'um',
  'vor',
  'seit',
]);

function according(text: string, tokens: Tok[], f: Frame, unit: Unit, rules: LangRules): Span[] {
  // The unit minus the frame, in one or two pieces. With content after the frame, the claim is the frame's own
  // clause ("Während …, kann sich X laut Experten …"), up to an adverbial clause after it.
  const fs = tokens[f.from]!.start;
  let fe = tokens[Math.min(f.to, tokens.length) - 1]!.end;
  // "Laut einem Bericht der „Kirchenzeitung Nord“ sollen …": the closing mark of a name quoted in the phrase is
  // the phrase's, not the claim's first character.
  if (!rules.en && (text[fe] === '“' || text[fe] === '”')) {
    const phrase = text.slice(fs, fe);
    const open = phrase.lastIndexOf('„');
    if (open >= 0 && !/[“”]/u.test(phrase.slice(open))) fe++;
  }
  const cueTok = tokens[f.at]!;
  if (cueTok.lower === 'wonach') {
    // "ein Bericht, wonach …": the relative clause.
    const e = segmentEnd(tokens, f.at);
    const r = trimSpan(text, { start: cueTok.end, end: tokens[e - 1]!.end });
    return r.end - r.start > 1 ? [r] : [];
  }
  if (
    f.from > 0 &&
    tokens[f.from - 1]!.text === ',' &&
    ['laut', 'nach', 'gemäß'].includes(tokens[f.from]!.lower) &&
    ['dem', 'der', 'denen', 'deren', 'welchem', 'welcher', 'welchen'].includes(tokens[f.from + 1]?.lower ?? '')
  ) {
    // "ein Gutachten, laut dem …", "Gerüchte, nach denen …": the relative clause after the frame is the claim.
    const r = trimSpan(text, { start: fe, end: tokens[segmentEnd(tokens, f.to) - 1]!.end });
    return r.end - r.start > 1 ? [r] : [];
  }
  const a0 = segmentStart(tokens, f.from);
  if (a0 > 0 && tokens[a0 - 1]!.text === ',' && RELATIVE_OPENERS.has(tokens[a0]!.lower) && a0 < f.from) {
    // "…, die nach eigenen Angaben … enthalten sollte": the relative clause around the frame.
    const e = segmentEnd(tokens, f.at);
    if (e > f.to) {
      const parts: Span[] = [];
      const left = trimSpan(text, { start: tokens[a0]!.start, end: fs });
      const right = trimSpan(text, { start: fe, end: tokens[e - 1]!.end });
      if (left.end - left.start > 1) parts.push(left);
      if (right.end - right.start > 1) parts.push(right);
      return parts;
    }
  }
  const own = ownClause(tokens, a0, f, rules);
  if (own) {
    // "…, da nach Angaben der Fluggesellschaft die Genehmigung zu spät beantragt worden war": the frame sits in a
    // clause of its own after the first one; that clause is the claim.
    const parts: Span[] = [];
    const left = trimSpan(text, { start: tokens[a0]!.start, end: fs });
    const right = trimSpan(text, { start: fe, end: own });
    if (left.end - left.start > 1) parts.push(left);
    if (right.end - right.start > 1) parts.push(right);
    if (parts.length) return parts;
  }
  let right = trimSpan(text, { start: fe, end: unit.end });
  let leftStart = unit.start;
  // "…, so Anna Beispiel, die auch angab, dass …": a relative clause on the source is no part of the claim; with
  // the claim before the frame nothing after it is, else the claim follows that clause ("Laut dem Bericht, der …,
  // seien …").
  if (!rules.en && tokens[f.to]?.text === ',' && relativeClause(tokens, f.to + 1, rules)) {
    const e = segmentEnd(tokens, f.to + 1);
    // "Vom 2. April an, so die Ermittler, die …, seien …": after the relative clause the main clause resumes with its
    // finite verb; the claim goes on there.
    const resumes =
      e + 1 < tokens.length &&
      tokens[e]!.text === ',' &&
      tokens[e + 1]!.lower !== 'dass' &&
      (rules.auxiliaries.has(tokens[e + 1]!.lower) || rules.reportMarkers.has(tokens[e + 1]!.lower));
    if (((f.from > 0 && tokens[f.from - 1]!.text === ',') || e >= tokens.length) && !resumes)
      right = { start: fe, end: fe };
    else right = trimSpan(text, { start: tokens[e]!.end, end: unit.end });
  }
  if (right.end - right.start > 1) {
    const a = segmentStart(tokens, f.from);
    const next = firstTokenAt(tokens, right.start);
    const first = tokens.find((t) => !t.punct && !t.quoted);
    const subordinateFirst = first !== undefined && ADVERBIAL_OPENERS.has(first.lower);
    if (subordinateFirst && tokens[a]!.seg > 0 && hasVerbalContent(tokens, next, tokens.length))
      leftStart = tokens[a]!.start;
    right = trimSpan(text, { start: right.start, end: clauseEnd(tokens, next, unit.end) });
    // "…, laut X …; seine Stellung ergibt sich …": a semicolon ends the clause the phrase vouches for.
    const semi = tokens.findIndex((t, k) => k >= f.to && t.text === ';' && !t.quoted && t.start < right.end);
    if (semi >= 0) right = trimSpan(text, { start: right.start, end: tokens[semi]!.start });
  }
  // "…; nach Angaben von X …": nor does it reach back across a semicolon.
  for (let k = f.from - 1; k >= 0 && tokens[k]!.start >= leftStart; k--) {
    if (tokens[k]!.text === ';' && !tokens[k]!.quoted) {
      leftStart = tokens[k]!.end;
      break;
    }
  }
  if (!rules.en) leftStart = Math.max(leftStart, ownConjunctStart(tokens, f, leftStart));
  // ", so X weiter: „…“": what follows the colon is a quotation of its own.
  if (tokens[Math.min(f.to, tokens.length) - 1] && tokens[f.to]?.text === ':')
    right = { start: right.start, end: right.start };
  const left = trimSpan(text, { start: leftStart, end: fs });
  const parts: Span[] = [];
  if (left.end - left.start > 1) parts.push(left);
  if (right.end - right.start > 1) parts.push(right);
  return parts;
}

/** Finite forms that show a clause of its own before "und" and an according-to phrase ("… soll … haben und laut X"). */
const CLAUSE_FINITE: ReadonlySet<string> = new Set(
  'hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wird werden wurde wurden werde würde würden soll sollen sollte sollten solle kann können konnte konnten könne könnten muss müssen musste mussten müsse dürfte dürften'.split(
    ' ',
  ),
);

/**
 * Where the claim of an according-to phrase inside a sentence starts when the phrase stands in a later conjunct
 * of its own, from the words before it in its sentence (at or after `from`): after "und" right before the phrase
 * when the words before "und" have a finite verb of their own ("… berührt haben und laut Medienberichten auch
 * versucht haben"), or after a colon in the phrase's segment ("…, an: Die Mittel seien ihrer Meinung nach …").
 * Returns `from` when neither applies.
 */
function ownConjunctStart(tokens: Tok[], f: Frame, from: number): number {
  // The phrase with its source ("Berichten der Sender A und B zufolge": the "und" is the source's).
  let first = f.from;
  while (first > 0 && f.speaker && tokens[first - 1]!.start >= f.speaker.start) first--;
  let k = first - 1;
  while (k >= 0 && /^(so|auch|zudem|zwar|damit)$/u.test(tokens[k]!.lower)) k--;
  // A phrase that opens with its preposition ("und laut X", "und nach Angaben von X"); before "zufolge" the source
  // comes first and may itself hold an "und".
  const opens = /^(laut|nach|gemäß)$/u.test(tokens[first]?.lower ?? '');
  if (opens && k > 0 && tokens[k]!.lower === 'und' && !tokens[k]!.quoted && tokens[k]!.start > from) {
    // The adverbs between "und" and the phrase ("und so nach ersten Angaben") belong to neither.
    for (let j = k - 1; j >= 0 && tokens[j]!.start >= from; j--)
      if (!tokens[j]!.quoted && CLAUSE_FINITE.has(tokens[j]!.lower)) return tokens[first]!.start;
    return from;
  }
  // After a colon in the phrase's segment: "…, an: Die Mittel seien ihrer Meinung nach …".
  let c = first - 1;
  while (c >= 0 && tokens[c]!.start >= from && !tokens[c]!.punct) c--;
  if (c >= 0 && tokens[c]!.start >= from && tokens[c]!.text === ':' && !tokens[c]!.quoted && c + 1 < first)
    return tokens[c]!.end;
  return from;
}

/** Thought verbs that report a stance with a noun object alone ("Volkswirte erwarten die nächste Zinssenkung"). */
const STANCE_LEMMAS: ReadonlySet<string> = new Set([
  'erwarten',
  'befürchten',
  'sehen als',
  'halten für',
  'rechnen mit',
]);
const HABEN_FINITE = /^(hat|hatte|hatten|haben)$/u;
const WERDEN_OR_SICH = /^(wird|wurde|wurden|werden|worden|sich)$/u;

/**
 * A stance verb whose subject opens the sentence and governs it in the active voice: "Die Gewerkschaft befürchtet
 * einen Abbau", "Experten hatten eine Senkung erwartet"; not a passive ("wird … erwartet"), a reflexive ("erwarten
 * sich"), a comparison ("wie erwartet"), an attribute ("die erwartete Offensive") or a fronted object ("Den
 * Piloten erwartet eine Anklage").
 */
function stanceWithObject(tokens: Tok[], f: Frame): boolean {
  if (!STANCE_LEMMAS.has(f.lemma) || !f.speaker || f.passive) return false;
  const first = tokens.findIndex((t) => !t.punct && !t.quoted);
  if (first < 0 || tokens[first]!.start !== f.speaker.start) return false;
  let k = first;
  while (k < tokens.length && tokens[k]!.end <= f.speaker.end) k++;
  if (k !== f.at && !(HABEN_FINITE.test(tokens[k]?.lower ?? '') && f.at > k)) return false;
  const end = segmentEnd(tokens, f.at);
  for (let j = k; j < end; j++) if (WERDEN_OR_SICH.test(tokens[j]!.lower) && j !== f.at) return false;
  return !/^(wie|als)$/u.test(tokens[f.at - 1]?.lower ?? '');
}

/** Objects that make "fordern" a toll, not a demand ("Das Unglück forderte 92 Menschenleben"). */
const TOLL_NOUNS = /^(Todesopfer|Tote|Toten|Menschenleben|Leben|Opfer|Verletzte|Verletzten)$/u;

/**
 * German cue verbs used in a sense that reports nothing: a toll ("forderte 73 Todesopfer"), "sprechen" without
 * "von", "über" or "sich" (a conversation, a prayer, evidence that "spricht für" something), and a bracketed cross-reference to earlier coverage
 * ("(Wikinews berichtete)"), which points to another article rather than reporting a speech act, and a
 * definition with "man" ("Als Lichtjahr bezeichnet man …").
 */
/** Verbs of rejecting and contesting, which are speech only when what they reject is a claim. */
const CONTEST_LEMMAS: ReadonlySet<string> = new Set([
  'reject',
  'dismiss',
  'deny',
  'zurückweisen',
  'abweisen',
  'ablehnen',
  'bestreiten',
]);
/**
 * Objects that make rejecting a decision or contesting a match, not a reply to a claim: a court "rejected an
 * injunction", "wies die Klage ab", a team "bestreitet sein erstes Spiel".
 */
const DECISION_OBJECT =
  /^(?:injunctions?|appeals?|motions?|petitions?|lawsuits?|applications?|\p{L}*(?:klage|klagen|antrag|anträge|spiel|spiele|partie|finale|rennen))$/iu;

/** Verbs that deny or doubt: negated ("schloss nicht aus", "bestritt nicht") they assert, so they stay. */
const DENYING_LEMMAS: ReadonlySet<string> = new Set([
  'ausschließen',
  'bestreiten',
  'abstreiten',
  'dementieren',
  'zurückweisen',
  'leugnen',
  'verneinen',
  'zweifeln',
  'bezweifeln',
  'widersprechen',
]);
const NEGATION: ReadonlySet<string> = new Set(['nicht', 'nie', 'niemals', 'keineswegs', 'weder']);
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(
  'mit an ab aus zu vor fest hin hinzu bekannt zurück ein dar heraus klar'.split(' '),
);

/**
 * A German cue negated in its own clause ("wollte nicht bestätigen, dass …", "konnte weder bestätigen noch
 * ausschließen, dass …", "bestätigte das nicht"): the speaker asserts nothing, so no statement. The negation stands
 * right before the verb (with "noch" between in "weder … noch") or closes the verb-second clause; "nicht nur",
 * "nicht zuletzt" and "nicht mehr" are no denial of the act.
 */
function negatedCue(tokens: Tok[], f: Frame): boolean {
  if (DENYING_LEMMAS.has(f.lemma)) return false;
  const neg = (k: number): boolean => {
    const t = tokens[k];
    return (
      t !== undefined &&
      !t.quoted &&
      NEGATION.has(t.lower) &&
      !['nur', 'zuletzt', 'mehr', 'weniger', 'ohne'].includes(tokens[k + 1]?.lower ?? '')
    );
  };
  const a = segmentStart(tokens, f.at);
  const e = segmentEnd(tokens, f.at);
  for (let k = a; k < e; k++) if (tokens[k]!.lower === 'weder' && !tokens[k]!.quoted) return true;
  if (neg(f.at - 1)) return true;
  // "bestätigte das nicht, …", "teilte dies nicht mit": the negation closes the clause after a verb-second cue.
  let last = e - 1;
  if (last > f.at && SEPARABLE_PARTICLES.has(tokens[last]!.lower)) last--;
  return last > f.at && neg(last);
}

/** A contest verb ("rejected", "bestreitet") whose object is a procedure or a match: no speech act. */
function decisionNotSpeech(tokens: Tok[], f: Frame): boolean {
  if (!CONTEST_LEMMAS.has(f.lemma)) return false;
  const b = segmentEnd(tokens, f.at);
  for (let k = f.at + 1; k < b && k <= f.at + 6; k++) {
    const t = tokens[k]!;
    if (t.punct || t.quoted || t.lower === 'that' || t.lower === 'dass') return false;
    if (DECISION_OBJECT.test(t.text)) return true;
  }
  return false;
}

/**
 * Objects that only hold information ("gab Details bekannt", "hat ein Ergebnis bekannt gegeben", "gab die Entscheidung
 * bekannt"): announcing them, without saying what they are, states no claim.
 */
const CONTAINER_OBJECT =
  /^(?:Details|Einzelheiten|\p{L}*(?:ergebnis|ergebnisse|entscheidung|entscheidungen)|Ergebnis(?:se)?|Entscheidung(?:en)?|Preise|Termine?)$/u;

function announcesContainer(tokens: Tok[], f: Frame): boolean {
  if (f.lemma !== 'bekanntgeben') return false;
  const [a, b] = [segmentStart(tokens, f.at), segmentEnd(tokens, f.at)];
  for (let k = a; k < b; k++) if (!tokens[k]!.quoted && CONTAINER_OBJECT.test(tokens[k]!.text)) return true;
  return false;
}

function notSpeechAct(tokens: Tok[], f: Frame): boolean {
  const [a, b] = [segmentStart(tokens, f.at), segmentEnd(tokens, f.at)];
  const seg = tokens.slice(a, b);
  if ((f.lemma === 'forderen' || f.lemma === 'fordern') && seg.some((t) => !t.quoted && TOLL_NOUNS.test(t.text)))
    return true;
  // "sprach von 800 Autos", "sprach über die Lage", "sprach sich für … aus" report; "sprach mit seiner Frau",
  // "sprach ein Gebet", "die Zahlen sprechen für X" do not.
  if (f.lemma === 'sprechen' && !seg.some((t) => !t.quoted && ['von', 'vom', 'über', 'sich'].includes(t.lower)))
    return true;
  // "begründete den Schritt mit …" gives a reason; "liegt darin begründet", "begründet einen Anspruch" report nothing.
  if (f.lemma === 'begründen' && !seg.some((t) => !t.quoted && t.lower === 'mit')) return true;
  if (tokens[a - 1]?.text === '(' && (tokens[b]?.text === ')' || tokens[b]?.text === '.') && b - a <= 4) return true;
  // "Als Lichtjahr bezeichnet man …", "Rosinenbomber nannte man …": a name or a definition, not what anyone said.
  if (
    (f.lemma === 'nennen' || f.lemma === 'bezeichnen') &&
    f.speaker &&
    seg.some((t) => t.lower === 'man' && t.start === f.speaker!.start)
  )
    return true;
  return false;
}

/**
 * A German speech act without a content clause whose verb closes a clause opened by a subordinator ("…, nachdem X
 * seinen Rückzug angekündigt hatte", "Während die Zeitung von 100.000 Teilnehmern sprach, …"): the sentence's main
 * clause is narration, so the act is no statement of its own. Relative clauses are left alone: the Wikinews gold
 * lists "die Alternative, die X nannte, …" as a statement as often as not. A quotation inside keeps the act.
 */
function subordinateAct(tokens: Tok[], f: Frame, rules: LangRules): boolean {
  const a = segmentStart(tokens, f.at);
  const first = tokens[a];
  if (!first || first.quoted || !f.speaker || f.speaker.start < first.start) return false;
  // The verb closes its clause ("…, nachdem X es angekündigt hatte"): a subordinate clause, not a main clause after
  // a fronted conjunction.
  let e = segmentEnd(tokens, f.at) - 1;
  while (e > f.at && rules.auxiliaries.has(tokens[e]!.lower)) e--;
  if (e !== f.at) return false;
  return rules.subordinators.has(first.lower) && !['wie', 'als', 'dass', 'damit'].includes(first.lower);
}

/** Verbs that reject a claim someone else made ("wies die Darstellung zurück, …"). */
const DISPUTING_LEMMAS: ReadonlySet<string> = new Set(['zurückweisen', 'dementieren']);
/** Nouns of a claim that a content clause after them spells out ("Berichte, er sei …", "die Darstellung, die …"). */
const CLAIM_NOUNS =
  /^(?:Bericht|Berichte|Meldung|Meldungen|Darstellung|Darstellungen|Behauptung|Behauptungen|Vorwurf|Vorwürfe|Gerüchte|Spekulationen|Aussage|Aussagen)$/u;

/**
 * "Der Minister hat Berichte der Zeitung Y zurückgewiesen, er sei …", "wies die Darstellung zurück, die Gäste seien
 * …": after a verb that rejects a claim, the content clause right after its segment spells out the
 * claim named by its object; that noun phrase (with its genitive source) is the speaker. Not with a predicative
 * "als" ("weist den Vorwurf als abwegig zurück, man …": the subject's own words). The noun phrase, or null.
 */
function disputedClaim(tokens: Tok[], f: Frame, region: Span, rules: LangRules): Span | null {
  if (f.type !== 'verb' || !DISPUTING_LEMMAS.has(f.lemma) || !f.speaker) return null;
  const a = segmentStart(tokens, f.at);
  const b = segmentEnd(tokens, f.at);
  if (tokens[b]?.text !== ',' || (tokens[b + 1] && tokens[b + 1]!.start !== region.start)) return null;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    if (t.lower === 'als') return null;
    if (!CLAIM_NOUNS.test(t.text)) continue;
    if (f.speaker.start <= t.start && t.start < f.speaker.end) return null;
    // "die Darstellung …", or a bare plural ("hat Berichte der Zeitung … zurückgewiesen").
    const from = k > 0 && rules.determiners.has(tokens[k - 1]!.lower) ? k - 1 : k;
    const np = grabNP(tokens, from, b, rules);
    return np && np.start === tokens[from]!.start ? np : null;
  }
  return null;
}

/** A finite form in -e that is no preterite ("stelle", "sage"): Konjunktiv I, which reports rather than frames. */
const KONJUNKTIV_E = /[^t]e$/u;

/** Index after "Das"/"Dies" when it is the fronted object of the cue ("Das bestätigte X"), else 0. */
function demonstrativeObject(tokens: Tok[], f: Frame): number {
  const first = tokens.findIndex((t) => !t.punct && !t.quoted);
  if (first < 0 || first + 1 !== Math.min(f.at, f.from) || f.from < first) return 0;
  return /^(das|dies|dieses|this|that)$/i.test(tokens[first]!.text) ? first + 1 : 0;
}

/** Openers of circumstantial phrases of occasion and background ("im Vorfeld", "vor dem Hintergrund", "anlässlich"). */
const CIRCUMSTANTIAL_PAIRS: ReadonlySet<string> = new Set([
  'im vorfeld',
  'am rande',
  'im rahmen',
  'im zuge',
  'im anschluss',
  'vor dem hintergrund',
  'in the run-up',
  'ahead of',
]);
const CIRCUMSTANTIAL_WORDS: ReadonlySet<string> = new Set(['angesichts', 'anlässlich', 'amid']);

function circumstantial(tokens: Tok[], k: number): boolean {
  const t = tokens[k]!;
  if (t.quoted || t.punct) return false;
  if (CIRCUMSTANTIAL_WORDS.has(t.lower)) return true;
  const two = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
  const three = `${two} ${tokens[k + 2]?.lower ?? ''}`;
  return CIRCUMSTANTIAL_PAIRS.has(two) || CIRCUMSTANTIAL_PAIRS.has(three);
}

/** The clause segments spanning the frame and the quotations in it. */
function clauseAround(text: string, tokens: Tok[], f: Frame, quotes: Quote[]): Span {
  let lo = Math.min(f.from, f.at);
  let hi = Math.max(f.to - 1, f.at);
  for (const q of quotes) {
    const k = firstTokenAt(tokens, q.start);
    lo = Math.min(lo, k);
    hi = Math.max(hi, firstTokenAt(tokens, q.end - 1));
  }
  lo = Math.max(0, Math.min(lo, tokens.length - 1));
  hi = Math.max(lo, Math.min(hi, tokens.length - 1));
  const segLo = tokens[lo]?.seg ?? 0;
  const segHi = tokens[Math.min(hi, tokens.length - 1)]?.seg ?? segLo;
  let a = lo;
  while (
    a > 0 &&
    tokens[a - 1]!.seg >= segLo &&
    !(
      tokens[a - 1]!.punct &&
      tokens[a - 1]!.seg < segLo + 1 &&
      tokens[a - 1]!.text !== '.' &&
      tokens[a - 1]!.seg !== segLo
    )
  )
    a--;
  let b = hi;
  while (
    b + 1 < tokens.length &&
    tokens[b + 1]!.seg <= segHi &&
    !(tokens[b + 1]!.punct && tokens[b + 1]!.text !== '.')
  ) {
    // "lobte die „…“ Beziehungen zwischen A und B im Vorfeld eines Besuchs": a circumstantial phrase after the
    // quoted object tells when or why, not what was said.
    if (b + 1 > hi && circumstantial(tokens, b + 1)) break;
    b++;
  }
  return trimSpan(text, { start: tokens[a]!.start, end: tokens[b]!.end });
}

/**
 * A "soll"/"sollen" outside a relative clause ("Der Test soll wiederholt werden", "…, dass X entscheiden soll"), not
 * the last word of one ("…, die gegen Fäule resistent sein soll."): a relative clause describes, it reports nothing.
 */
function mainClauseSoll(tokens: Tok[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted || (t.lower !== 'soll' && t.lower !== 'sollen')) continue;
    const next = tokens[k + 1];
    if (next && !next.punct) return true;
    let a = k;
    while (a > 0 && tokens[a - 1]!.seg === t.seg && !tokens[a - 1]!.punct) a--;
    const first = tokens[a]!;
    const second = tokens[a + 1];
    const relative =
      a > 0 &&
      (RELATIVE_OPENERS.has(first.lower) ||
        /^wo(?:r|)(?:mit|durch|bei|nach|für|von|zu|rin|rauf|raus|rüber)?$/u.test(first.lower) ||
        (second !== undefined && NON_VERBS.has(first.lower) && RELATIVE_OPENERS.has(second.lower)));
    if (!relative) return true;
  }
  return false;
}

/** "soll … geholfen haben", "sollen … worden sein": the reportive modal with a perfect infinitive. */
function reportiveModal(tokens: Tok[]): boolean {
  let k = tokens.length - 1;
  while (k >= 0 && tokens[k]!.punct) k--;
  const last = tokens[k];
  if (!last || (last.lower !== 'haben' && last.lower !== 'sein')) return false;
  return tokens.some((t) => !t.quoted && (t.lower === 'soll' || t.lower === 'sollen'));
}

/**
 * The end of the sentence the frame closes: the word before the first full stop, question or exclamation mark after
 * the frame (a unit may go on with a quotation after it: "…, kommentierte X. »…«"), else the unit's last word.
 */
function sentenceEnd(tokens: Tok[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Only a full stop before a quotation ends the sentence here: others may close an abbreviation ("St.", "R.").
    if (t.punct && !t.quoted && /^[.!?]$/u.test(t.text) && tokens[k + 1]?.quoted) return k > 0 ? tokens[k - 1]!.end : 0;
  }
  for (let k = tokens.length - 1; k >= 0; k--) if (!tokens[k]!.punct) return tokens[k]!.end;
  return 0;
}

/** The end of a sentence: closing punctuation, possibly followed by closing quotation marks or brackets. */
const SENTENCE_CLOSE = /[.!?:;…]["“”»«’')\]]*\s*$/u;
/** Nothing but spaces up to the end of the line or of the text. */
const LINE_END = /^[ \t]*(?:\r?\n|$)/u;

function paragraphAt(paragraphs: Span[], pos: number): Span | undefined {
  return paragraphs[partitionPoint(paragraphs.length, (i) => paragraphs[i]!.end > pos)];
}

/** Konjunktiv I forms that mark reported speech by themselves (not Konjunktiv II, which also marks conditionals). */
const STRONG_MARKERS: ReadonlySet<string> = new Set(
  (
    'sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe liege stehe gehe komme bleibe handle gelte ' +
    'fehle brauche bestehe drohe zeige lasse sehe trage funktioniere richte ruhe rate beschränke betreibe halte ' +
    'vertrage bedeute unterstütze basiere arbeite befinde betrage erfolge entstehe führe mache nehme finde spiele ' +
    'bringe biete erhalte plane beginne verfüge benötige erwarte rechne reiche treffe laufe wirke sorge diene hänge ' +
    'lohne schade passe gehöre lebe leide kenne stimme stamme verfolge verlange fordere suche sitze wachse sinke ' +
    'steige falle zähle verliere gewinne entscheide verhindere ermögliche erlaube verstoße widerspreche schließe ' +
    'bestätige bezweifle glaube hoffe befürchte wünsche denke verstehe sende schicke zahle koste ' +
    'stelle ändere verändere übertreibe handele verletze heiße bedürfe ergebe entspreche trete werfe helfe spreche ' +
    'nenne nutze setze lege ziehe warte erkläre sage betone kritisiere lehne verweise entwickle investiere ' +
    'profitiere reagiere existiere akzeptiere respektiere garantiere ignoriere riskiere kontrolliere übernehme ' +
    'versuche vermeide erreiche ersetze erfülle verbessere fördere liefere gefährde schaffe stärke schwäche ' +
    'kämpfe leiste prüfe untersuche unterscheide vertrete verlasse vertraue verzichte bemühe beabsichtige behandle ' +
    'beziehe erhöhe senke besitze lerne höre bereite beteilige betreffe fürchte gewähre informiere kläre kümmere ' +
    'mangele öffne passiere rechtfertige schütze sichere stoße teile tue verdiene verhandle vermute verweigere ' +
    'wähle zwinge erwäge empfehle erlebe beschäftige'
  ).split(' '),
);

/** Whether the unit has a Konjunktiv I verb outside quotations; "ich halte", "ich plane" are indicative. */
function hasStrongMarker(tokens: Tok[]): boolean {
  let found = false;
  for (const t of tokens) {
    if (t.quoted) continue;
    if (t.lower === 'ich') return false;
    if (!found && STRONG_MARKERS.has(t.lower) && LOWER_START.test(t.text)) found = true;
  }
  return found;
}

/** Indicative finite forms of the auxiliaries: a main clause with one of them narrates ("Das Verhältnis ist …"). */
const INDICATIVE_AUX: ReadonlySet<string> = new Set(
  'ist sind war waren hat haben hatte hatten wird werden wurde wurden'.split(' '),
);

/**
 * Whether the unit has a reported-speech marker outside quotations. A Konjunktiv II after a main clause in the
 * indicative belongs to a clause of that sentence ("Das Verhältnis ist angespannt, nach Befürchtungen, X könnte …"):
 * the sentence narrates and continues no source.
 */
function hasMarker(tokens: Tok[], rules: LangRules): boolean {
  const first = tokens.find((t) => !t.punct && !t.quoted);
  let narrated = false;
  for (const t of tokens) {
    if (t.quoted) continue;
    if (first && t.seg === first.seg && INDICATIVE_AUX.has(t.lower)) narrated = true;
    if (rules.reportMarkers.has(t.lower) && t.lower !== 'dass' && t.lower !== 'that') {
      if (!narrated || !first || t.seg === first.seg) return true;
    }
  }
  return false;
}

/** Lower-case words after a subject that are not its verb (prepositions, conjunctions, particles). */
const NON_VERBS: ReadonlySet<string> = new Set(
  'in im an am auf aus bei beim mit nach von vom zu zum zur für über unter gegen durch um vor seit ohne bis als und oder aber sowie wie auch nur selbst'.split(
    ' ',
  ),
);

/**
 * A unit that opens with a main clause in the indicative and goes on, after a comma, with a "dass" clause or a
 * clause in reported speech ("Er trat dem Vorwurf mit den Worten entgegen, das Gericht sei …"): the frame's verb
 * is not a listed cue, but the shape is a speech frame. The subject must be a noun phrase or a personal pronoun,
 * not "es", "das" or "man"; the opening clause must not be subordinate ("Da X angehöre, wäre …").
 */
function unframedClause(
  text: string,
  tokens: Tok[],
  rules: LangRules,
  colonOnly = false,
): { statement: Span; content: Span; cue: Span; subject: Span } | null {
  const first = tokens.findIndex((t) => !t.punct && !t.quoted);
  if (first < 0 || rules.subordinators.has(tokens[first]!.lower) || tokens[first]!.lower === 'so') return null;
  let c = -1;
  for (let k = first; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    if (STRONG_MARKERS.has(t.lower) || rules.reportMarkers.has(t.lower) || t.lower === 'soll' || t.lower === 'sollen')
      return null;
    if (t.text === ',' || (t.text === ':' && !rules.en)) {
      c = k;
      break;
    }
    if (t.punct) return null;
  }
  if (c < 0) return null;
  const colon = tokens[c]!.text === ':';
  if (colonOnly && !colon) return null;
  const next = tokens[c + 1]!;
  const e = segmentEnd(tokens, c + 1);
  // After a colon ("Der Verband schlägt Alarm: Viele Betriebe stünden vor dem Aus") where no source came before,
  // only Konjunktiv I reports ("Die Lage ist klar: Es würde …" may narrate).
  const reported =
    (next.lower === 'dass' && !colon) ||
    tokens
      .slice(c + 1, e)
      .some(
        (t) =>
          !t.quoted && (STRONG_MARKERS.has(t.lower) || ((!colon || !colonOnly) && rules.reportMarkers.has(t.lower))),
      );
  if (!reported || (rules.relatives.has(next.lower) && next.lower !== 'das')) return null;
  const subject = clauseSubject(tokens, first, c, rules);
  if (!subject || /^(es|das|dies|man|dabei|damit)$/iu.test(text.slice(subject.start, subject.end))) return null;
  // Subject first, the finite verb right after it (verb second).
  if (subject.start !== tokens[first]!.start) return null;
  const verb = tokens[firstTokenAt(tokens, subject.end)];
  if (
    !verb ||
    verb.quoted ||
    verb.punct ||
    !LOWER_START.test(verb.text) ||
    rules.determiners.has(verb.lower) ||
    NON_VERBS.has(verb.lower)
  )
    return null;
  const end = clauseEnd(tokens, c + 1, tokens[tokens.length - 1]!.end);
  const region = trimSpan(text, { start: next.start, end });
  return {
    statement: trimSpan(text, { start: tokens[first]!.start, end }),
    content: region,
    cue: { start: verb.start, end: verb.end },
    subject,
  };
}

/**
 * Whether a content region has a word outside its quotations ("der Ehemann „…“", "es sei „…“"), not counting the
 * words of `frame` (an according-to phrase inside the region: "„…“ laut X „…“" has none of its own).
 */
function wordsAround(tokens: Tok[], region: Span, frame: Span[] = []): boolean {
  for (const t of tokens)
    if (
      t.start >= region.start &&
      t.end <= region.end &&
      !t.quoted &&
      !t.punct &&
      !frame.some((s) => t.start >= s.start && t.end <= s.end)
    )
      return true;
  return false;
}

/** Whether the words after quotation q go on with narration ('said, "Oh," and grabbed …'). */
function narrationAfter(tokens: Tok[], q: Quote): boolean {
  let k = firstTokenAt(tokens, q.end - 1);
  while (k < tokens.length && tokens[k]!.start < q.end) k++;
  while (k < tokens.length && tokens[k]!.punct && !tokens[k]!.quoted && tokens[k]!.text === ',') k++;
  const t = tokens[k];
  return t !== undefined && !t.quoted && EN_NARRATION_LINK.test(t.lower);
}
const EN_NARRATION_LINK = /^(and|then)$/u;

/** Words that open a fronted adverbial before an English main clause ("After talks in Lima, Xi said …"). */
const EN_FRONTED =
  /^(as|after|before|when|following|despite|during|amid|in|on|at|with|without|speaking|citing|asked|nevertheless|meanwhile|later|earlier|separately|however|still|instead|overall|yet)$/u;

/**
 * English sentence-level statements (the article golds' and the spec's "whole attributed statement"):
 * - '"…," he said, adding that …' and "X announced a strike, saying …" are one statement: the participle's clause
 *   joins the statement of the main clause's frame (a speech act without content becomes indirect); without one,
 *   the statement runs from the main clause's subject ("He reassured his supporters, stating …");
 * - a fronted adverbial before the first frame's clause ("After the talks in Lima, Xi noted that …") opens it.
 */
function englishSentenceStatements(drafts: Draft[], from: number, tokens: Tok[], frames: Frame[]): void {
  for (let k = from; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (!d.participle || d.parent || !d.speaker) continue;
    let host: Draft | undefined;
    for (let j = k - 1; j >= from && !host; j--) {
      const h = drafts[j]!;
      if (!h.parent && h.speaker && h.speaker.start === d.speaker.start && h.start < d.start) host = h;
    }
    if (!host) {
      if (d.speaker.end <= d.start && tokens[0] !== undefined && d.speaker.start >= tokens[0].start)
        d.start = d.speaker.start;
      continue;
    }
    host.end = Math.max(host.end, d.end);
    if (host.kind === 'indirect') host.parts = [{ start: host.parts[0]!.start, end: d.parts[d.parts.length - 1]!.end }];
    if (host.kind === 'reported') host.kind = 'indirect';
    for (const c of drafts) if (c.parent === d) c.parent = host;
    drafts.splice(k, 1);
    k--;
  }
  const first = drafts[from];
  if (!first || first.parent || !first.speaker || !first.cue) return;
  const k0 = tokens.findIndex((t) => !t.punct);
  const kd = firstTokenAt(tokens, first.start);
  if (k0 < 0 || kd <= k0 + 1 || tokens[kd - 1]!.text !== ',' || !EN_FRONTED.test(tokens[k0]!.lower)) return;
  for (let j = k0; j < kd; j++) if (tokens[j]!.quoted) return;
  if (frames.some((g) => g.at < kd)) return;
  first.start = tokens[k0]!.start;
}

/** Personal pronouns that name one person the same way whatever their case of letters. */
const SAME_PRONOUN = /^(?:er|sie|ihm|ihn)$/u;

/**
 * German: a second frame of the same speaker in one sentence ("Er verurteilte die Tat und rief …, indem er
 * sagte: «…»", "X nannte die Äußerung „…“ und sprach von einer „…“") is listed again inside the sentence's
 * statement (spec: listed twice), not as a statement of its own; a coordinated verb of the same subject extends
 * that statement to its end.
 */
function nestSameSpeaker(drafts: Draft[], from: number, text: string): void {
  const same = (a: Span, b: Span): boolean => {
    if (a.start === b.start) return true;
    const x = text.slice(a.start, a.end).toLowerCase();
    return SAME_PRONOUN.test(x) && x === text.slice(b.start, b.end).toLowerCase();
  };
  for (let k = from; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.parent || !d.speaker || d.inherited) continue;
    for (let j = from; j < drafts.length; j++) {
      const h = drafts[j]!;
      if (h === d || h.parent || !h.speaker || h.inherited || h.start > d.start || !same(h.speaker, d.speaker))
        continue;
      // A second frame, not the same frame's next quotation ("„A“ oder „B“" stay two statements).
      if (!h.cue || !d.cue || h.cue.start === d.cue.start) continue;
      const inside = d.end <= h.end + 1 && h.end - h.start > d.end - d.start;
      // "nannte die Äußerung „…“ und sprach von einer „…“": one subject, the second verb's quotation right after.
      const coordinated =
        h.speaker.start === d.speaker.start && d.start >= h.end && /^\s*$/u.test(text.slice(h.end, d.start));
      if (!inside && !coordinated) continue;
      if (coordinated) h.end = d.end;
      d.parent = h;
      break;
    }
  }
}

/**
 * A unit's tokens (inside `quotes`, persons' names marked from `personSpans`) and its frames: the step of
 * findStatements that reads only the unit. Exported so that an incremental analysis (../incremental.ts) can keep it
 * for the units an edit did not touch.
 */
export function unitFrames(
  text: string,
  unit: Span,
  quotes: Quote[],
  personSpans: Span[],
  rules: LangRules,
): { tokens: Tok[]; frames: Frame[] } {
  let tokens = tokenize(text, unit, quotes);
  if (!rules.en) tokens = dropTitleStops(dropShortBrackets(tokens));
  markPersons(tokens, personSpans);
  return { tokens, frames: findFrames(text, tokens, rules) };
}

export type UnitFrames = typeof unitFrames;

export function findStatements(doc: DocContext, actors: Actor[], frameUnit: UnitFrames = unitFrames): Statement[] {
  const { text, layout } = doc;
  const rules: LangRules = doc.language === 'en' ? EN_RULES : DE_RULES;
  const paragraphs: Span[] = layout.title ? [layout.title, ...layout.body] : [...layout.body];
  const boiler = layout.boilerplate;
  const sentences = overlappingNone(doc.sentences, boiler);
  const allQuotes = findQuotes(text, paragraphs);
  const outer = allQuotes.filter((q) => q.depth === 0);
  const index: ActorIndex = indexActors(actors);
  const longSpeech = outer.filter(
    (q, k) =>
      (isLongQuote(text, q) || (rules.en && shortSentenceAfterQuote(text, q, outer[k - 1]))) &&
      !quotesName(text, index, q) &&
      !namedAfterArticle(text, q, text.slice(q.start + 1, q.end - 1)),
  );
  const longSet = new Set(longSpeech);
  const units = buildUnits(text, sentences, longSpeech);
  let oq = 0;
  const personSpans: Span[] = [];
  for (const a of actors) if (a.kind === 'person') for (const m of a.mentions) personSpans.push(m);
  personSpans.sort((x, y) => x.start - y.start);
  const drafts: Draft[] = [];
  let lastUnitWithStatement = -10;
  let lastContinuation: Draft | null = null;
  let prevTokens: Tok[] | null = null;
  /** The tokens of the last units (at most three) since the last unit with a statement, nearest last. */
  let gapUnits: Tok[][] = [];
  // A unit whose only speech act is negated ("Die Sprecherin hat nicht angegeben, wer …") and that act's speaker.
  let negatedSource: { unit: number; speaker: Span } | null = null;
  let lastContinuationUnit = -10;
  const title = layout.title;

  for (let ui = 0; ui < units.length; ui++) {
    const unit = units[ui]!;
    const inTitle = title !== null && unit.start >= title.start && unit.end <= title.end;
    // Short quotations are speech only when something attributes them; decide after the frames.
    while (oq < outer.length && outer[oq]!.start < unit.start) oq++;
    const unitOuter: Quote[] = [];
    for (let k = oq; k < outer.length && outer[k]!.start < unit.end; k++)
      if (outer[k]!.end <= unit.end) unitOuter.push(outer[k]!);
    const longHere = unitOuter.filter((q) => longSet.has(q));
    const first = frameUnit(text, unit, longHere, personSpans, rules);
    let tokens = first.tokens;
    const frames0 = first.frames;
    if (frames0.length > MAX_FRAMES_PER_UNIT) {
      const cuts = frameCuts(tokens, frames0, unit);
      if (cuts.length) {
        const pieces: Unit[] = [];
        let s0 = unit.start;
        for (const c of cuts) pieces.push({ start: s0, end: (s0 = c) });
        pieces.push({ start: s0, end: unit.end });
        units.splice(ui, 1, ...pieces);
        ui--;
        continue;
      }
    }
    // "versuchte mit den Worten zu beruhigen: „…“": "mit den Worten" announces a quotation whatever the verb.
    // (The native substring search first: the regular expression would try every position of every unit.)
    const unitText = text.slice(unit.start, unit.end);
    const withWordsAt = rules.en || !unitText.includes('Worten') ? -1 : unitText.search(WITH_WORDS);
    const withWords = withWordsAt >= 0;
    const attributed =
      withWords ||
      frames0.some(
        (f) =>
          f.speaker ||
          f.type === 'according' ||
          f.type === 'impersonal' ||
          f.passive ||
          (f.type === 'verb' && !f.weak && clauseFollows(tokens, f)),
      );
    const shortSpeech = attributed
      ? unitOuter.filter(
          (q) =>
            !longHere.includes(q) &&
            !isNameLike(text.slice(q.start + 1, q.end - 1)) &&
            !TITLE_NOUNS.test(text.slice(Math.max(0, q.start - 40), q.start)) &&
            !SOURCE_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
            !quotedSubject(text, q, rules) &&
            !quotesName(text, index, q),
        )
      : [];
    const speech = [...longHere, ...shortSpeech].sort((x, y) => x.start - y.start);
    let frames = frames0;
    if (shortSpeech.length) {
      const again = frameUnit(text, unit, speech, personSpans, rules);
      tokens = again.tokens;
      frames = again.frames;
    }
    const before = drafts.length;
    // A negated speech act ("hat nicht angegeben, wer …") lists nothing, but its speaker is the source a following
    // sentence in reported speech continues.
    let negated: Span | null = null;
    const consumed = new Set<Quote>();
    // Frames in the same segment as a verb frame relay it: "sagte X laut Agentur Y".
    const verbFrames = frames.filter((f) => f.type === 'verb' && (f.speaker || !f.weak));
    const viaOf = new Map<Frame, Span[]>();
    const relays = new Set<Frame>();
    for (const f of frames) {
      if (f.type !== 'according' || !f.speaker) continue;
      const host = verbFrames.find(
        (v) => v.speaker && tokens[v.at]!.seg === tokens[f.at]!.seg && Math.abs(v.at - f.at) <= 8,
      );
      if (host && !rules.en && !canSpeak(text, index, tokens, host.speaker!)) {
        // "Die Nähe des Bären stellt nach Angaben des Sprechers … ein Risiko dar": a subject that cannot speak
        // reports nothing; the according-to phrase carries the statement.
        relays.add(host);
        continue;
      }
      if (host) {
        (viaOf.get(host) ?? viaOf.set(host, []).get(host)!).push(f.speaker);
        // "Laut X appellierte der Minister an …": a fronted according-to phrase also reports the whole clause as X's.
        const fronted = tokens.findIndex((t) => !t.punct && !t.quoted) === f.from && f.at === f.from && host.at > f.at;
        if (!fronted) relays.add(f);
      }
    }
    // A trailing ", berichtete X" after another speaker's frame relays it.
    for (let k = 1; k < verbFrames.length; k++) {
      const f = verbFrames[k]!;
      const prev = verbFrames[k - 1]!;
      if (
        f.speaker &&
        prev.speaker &&
        !prev.passive &&
        /^(bericht|meld|schrieb|report|writ|wrote)/i.test(text.slice(f.cue.start, f.cue.end)) &&
        f.at > prev.at
      ) {
        relays.add(f);
        (viaOf.get(prev) ?? viaOf.set(prev, []).get(prev)!).push(f.speaker);
      }
    }
    // "Wie X erwähnt hatte, betonte Y, dass …": the main clause's frame carries the statement; a speakerless
    // passive frame ("Es wurde bestätigt, dass …, so die Prüfer") yields to an according-to phrase.
    const hasAccording = frames.some((g) => g.type === 'according' && g.speaker && !relays.has(g));
    for (const f of frames) {
      if (f.type === 'verb' && f.wie && f.speaker) {
        const segEnd = segmentEnd(tokens, f.at);
        if (
          frames.some(
            (g) =>
              g !== f && g.type === 'verb' && !g.wie && g.speaker && !g.weak && g.at >= segEnd && g.at <= segEnd + 3,
          )
        )
          relays.add(f);
      }
      if (f.type === 'verb' && f.passive && !f.speaker && hasAccording) relays.add(f);
    }
    const claimed: Span[] = [];
    const fromFrames = draftFrames({
      text,
      tokens,
      frames,
      relays,
      viaOf,
      speech,
      unit,
      units,
      ui,
      rules,
      inTitle,
      before,
      drafts,
      consumed,
      claimed,
      lastContinuation,
    });
    negated = fromFrames.negated;
    lastContinuation = fromFrames.lastContinuation;
    // A sentence in reported speech without a frame of its own continues the previous source: Konjunktiv I
    // ("sei", "habe", "werde") anywhere after a statement; the reportive "soll … haben" up to three sentences
    // after one; Konjunktiv II and a bare "soll" only right after one. Quotations in it are listed again as its
    // direct statements.
    if (!rules.en && !inTitle) {
      // "wandte sich gegen die Behauptung, die Kartoffel werde nicht …", "trotz der Ankündigung ihres Trainers, die
      // Zusammenarbeit zu beenden": a speech noun with its content clause, where no frame of the unit speaks.
      for (const nc of nounClausesOf(text, tokens, rules)) {
        let free = true;
        for (let k = before; k < drafts.length && free; k++)
          free = drafts[k]!.parts.every((p) => p.end <= nc.content.start || p.start >= nc.content.end);
        if (free && !claimed.some((c) => c.start < nc.content.end && nc.content.start < c.end))
          drafts.push({
            kind: 'indirect',
            start: Math.min(nc.speaker.start, nc.content.start),
            end: nc.content.end,
            parts: [nc.content],
            cue: nc.cue,
            speaker: nc.speaker,
            via: [],
          });
      }
    }
    if (rules.en) englishSentenceStatements(drafts, before, tokens, frames);
    else nestSameSpeaker(drafts, before, text);
    const framed = drafts.length > before;
    const konjunktiv = hasStrongMarker(tokens);
    // "Anschließend soll er … geschossen haben": the reportive "soll" with a perfect infinitive reports too, when a
    // statement came shortly before; its source is the last one named, not the subject of the sentence before.
    const reportive = !konjunktiv && reportiveModal(tokens) && ui - lastUnitWithStatement <= 3;
    const open = !rules.en && !framed && !inTitle;
    const strongCue = open && lastUnitWithStatement >= 0 && (konjunktiv || reportive);
    // "Landrätin X verteidigte die Erhöhung. Der Kreis müsse …": Konjunktiv I before any statement continues the
    // sentence right before it in the same paragraph when that sentence's subject can speak (it speaks).
    const openerCue =
      open &&
      konjunktiv &&
      lastUnitWithStatement < 0 &&
      ui > 0 &&
      prevTokens !== null &&
      gapUnits.length > 0 &&
      !/\n/.test(text.slice(units[ui - 1]!.end, unit.start));
    const weakCue =
      open &&
      ui - lastUnitWithStatement === 1 &&
      (hasMarker(tokens, rules) || reportiveModal(tokens) || mainClauseSoll(tokens));
    // A sub-heading ("Was Reisende jetzt beachten sollten"), a line without closing punctuation, continues no source
    // (read only where a cue would continue one: the end-anchored test tries every position of the unit).
    const heading =
      (strongCue || weakCue || openerCue) && !SENTENCE_CLOSE.test(unitText) && LINE_END.test(text.slice(unit.end));
    const opener = openerCue && !heading ? openerSubject(text, index, gapUnits[gapUnits.length - 1]!, rules) : null;
    const strong = (strongCue || opener !== null) && !heading;
    const weak = weakCue && !heading;
    const prevDraft = drafts[drafts.length - 1];
    const afterNegated = negatedSource !== null && negatedSource.unit === ui - 1 && lastUnitWithStatement === ui - 1;
    // A colon after a main clause whose subject can speak frames the Konjunktiv I after it also where no source
    // came before ("Der Verband schlägt Alarm: In jeder dritten Wehr sei …"), as the first statement of an article.
    const unframed =
      strong || weak
        ? unframedClause(text, tokens, rules)
        : open && konjunktiv && !heading
          ? unframedClause(text, tokens, rules, true)
          : null;
    if (unframed) {
      // "CDU und FDP setzten dem entgegen, dass …": a main clause in the indicative whose verb is no listed cue,
      // then a comma and the reported clause; its subject speaks.
      const host: Draft = {
        kind: 'indirect',
        start: unframed.statement.start,
        end: unframed.statement.end,
        parts: [unframed.content],
        cue: unframed.cue,
        speaker: unframed.subject,
        via: [],
      };
      drafts.push(host);
      lastContinuation = null;
      const quoted = unitOuter.filter(
        (q) =>
          !consumed.has(q) &&
          q.start >= unframed.statement.start &&
          q.end <= unframed.statement.end + 1 &&
          (longSet.has(q) || !isNameLike(text.slice(q.start + 1, q.end - 1))) &&
          !TITLE_NOUNS.test(text.slice(Math.max(0, q.start - 40), q.start)) &&
          !quotesName(text, index, q),
      );
      for (const q of quoted) {
        consumed.add(q);
        drafts.push({
          kind: 'direct',
          start: q.start,
          end: q.end,
          parts: [{ start: q.start, end: q.end }],
          cue: unframed.cue,
          speaker: unframed.subject,
          via: [],
          parent: host,
        });
      }
    } else if (
      (strong || weak) &&
      (afterNegated || opener || (prevDraft && (prevDraft.kind !== 'reported' || prevDraft.speaker || strong)))
    ) {
      const region = trimSpan(text, unit);
      const para = paragraphAt(paragraphs, lastContinuation?.end ?? -1);
      let host: Draft;
      if (
        MERGE_CONTINUATIONS &&
        lastContinuation &&
        lastContinuationUnit === ui - 1 &&
        para &&
        region.start < para.end &&
        region.end - lastContinuation.parts[0]!.start <= MAX_UNIT_CHARS &&
        !/\n/.test(text.slice(lastContinuation.end, region.start))
      ) {
        // Consecutive sentences in reported speech form one continuation.
        host = lastContinuation;
        host.end = region.end;
        host.parts = [{ start: host.parts[0]!.start, end: region.end }];
      } else {
        // After a sentence without a statement ("X gab sich optimistisch. Man sei …"), that sentence's subject speaks
        // when it names someone; otherwise the previous source goes on.
        const own = afterNegated
          ? negatedSource!.speaker
          : ui - 1 > lastUnitWithStatement && prevTokens && !reportive
            ? gapSubject(text, index, gapUnits, rules)
            : null;
        host = {
          kind: 'continuation',
          start: region.start,
          end: region.end,
          parts: [region],
          cue: null,
          speaker: own,
          inherited: own ? undefined : { speaker: null },
          via: [],
        };
        drafts.push(host);
      }
      lastContinuation = host;
      lastContinuationUnit = ui;
      const quoted = unitOuter.filter(
        (q) =>
          !consumed.has(q) &&
          (longSet.has(q) || !isNameLike(text.slice(q.start + 1, q.end - 1))) &&
          !TITLE_NOUNS.test(text.slice(Math.max(0, q.start - 40), q.start)) &&
          !quotesName(text, index, q),
      );
      for (const q of quoted) {
        consumed.add(q);
        drafts.push({
          kind: 'direct',
          start: q.start,
          end: q.end,
          parts: [{ start: q.start, end: q.end }],
          cue: null,
          speaker: null,
          inherited: { speaker: null },
          via: [],
          parent: host,
        });
      }
    }
    draftFreeQuotes({
      text,
      tokens,
      speech,
      consumed,
      longHere,
      withWordsAt,
      unit,
      inTitle,
      recent: ui - lastUnitWithStatement,
      drafts,
      before,
      rules,
      index,
      prevTokens,
    });
    if (rules.en) draftEnglishReports(text, tokens, rules, index, drafts, before);
    prevTokens = tokens;
    gapUnits = drafts.length > before ? [] : [...gapUnits.slice(-2), tokens];
    if (drafts.length === before && negated) {
      negatedSource = { unit: ui, speaker: negated };
      lastUnitWithStatement = ui;
    }
    if (drafts.length > before) lastUnitWithStatement = ui;
  }

  return resolveDrafts(doc, actors, index, drafts);
}

/** What a unit's unattributed quotations are drafted from (findStatements's state at that unit; drafts grow). */
interface FreeQuoteDrafting {
  text: string;
  tokens: Tok[];
  speech: Quote[];
  consumed: Set<Quote>;
  longHere: Quote[];
  /** Where "mit den Worten" stands in the unit, or -1. */
  withWordsAt: number;
  unit: Unit;
  inTitle: boolean;
  /** Units since the last unit with a statement. */
  recent: number;
  drafts: Draft[];
  before: number;
  rules: LangRules;
  index: ActorIndex;
  prevTokens: Tok[] | null;
}

/** The quotations of a unit nothing in it attributes (findStatements; its own function, see draftFrames). */
function draftFreeQuotes(c: FreeQuoteDrafting): void {
  const { text, tokens, speech, consumed, longHere, withWordsAt, unit, inTitle, recent, drafts, before } = c;
  const { rules, index, prevTokens } = c;
  // Quotations nothing in the unit attributes: "X: „…“" and "X sieht das so: „…“" name the speaker before the
  // colon; otherwise the previous source goes on speaking, or the person the sentence before is about.
  // A short quotation is free speech only after "mit den Worten" (not a quoted name before it: "von der „Zeitung“").
  const free = speech.filter(
    (q) => !consumed.has(q) && (longHere.includes(q) || (withWordsAt >= 0 && q.start > unit.start + withWordsAt)),
  );
  if (free.length && !inTitle) {
    const prev = recent <= 2 ? drafts[drafts.length - 1] : undefined;
    const k = firstTokenAt(tokens, free[0]!.start);
    const colon = k > 1 && tokens[k - 1]!.text === ':';
    // ", so X weiter: „…“": the frame of this unit speaks the quotation after its colon.
    // A "wonach" clause ("dem Verdacht an, wonach …: „…“") reports what the noun says; the quotation after the
    // colon is the clause subject's.
    const framedHere = colon
      ? drafts
          .slice(before)
          .reverse()
          .find(
            (d) =>
              d.speaker &&
              !d.parent &&
              d.end <= free[0]!.start + 1 &&
              !(d.cue && /^wonach$/iu.test(text.slice(d.cue.start, d.cue.end))),
          )
      : undefined;
    let source = framedHere?.speaker ?? (colon ? clauseSubject(tokens, 0, k - 1, rules) : null);
    // "Ursprünglich wollte er „…“", "In dem Verfahren sieht Anna Beispiel einen „…“": an indicative clause around
    // the quotation whose subject names someone speaks it.
    if (
      !source &&
      !colon &&
      k > 0 &&
      !hasMarker(tokens, rules) &&
      !hasStrongMarker(tokens) &&
      !tokens.some((t) => !t.quoted && (t.lower === 'soll' || t.lower === 'sollen'))
    ) {
      const own = speakingSubject(text, index, tokens.slice(0, k), rules);
      if (own && own.end <= free[0]!.start) source = own;
    }
    if (!source && !prev && prevTokens) source = clauseSubject(prevTokens, 0, prevTokens.length, rules, true);
    for (const q of free) {
      drafts.push({
        kind: 'direct',
        start: q.start,
        end: q.end,
        parts: [{ start: q.start, end: q.end }],
        cue: null,
        speaker: source,
        inherited: !source && prev ? { speaker: null } : undefined,
        via: [],
      });
    }
  }
}

/** English reports in relative clauses and evidential reports of a unit (findStatements; see draftFrames). */
function draftEnglishReports(
  text: string,
  tokens: Tok[],
  rules: LangRules,
  index: ActorIndex,
  drafts: Draft[],
  before: number,
): void {
  // "in what the FBI is calling an attack": a report inside a relative clause, where no statement of the unit lies.
  for (const r of englishRelativeReports(tokens, rules)) {
    let free = true;
    for (let k = before; k < drafts.length && free; k++) free = drafts[k]!.end <= r.start || drafts[k]!.start >= r.end;
    // "the Pentagon shot down what it says was …": "it" is the body named before it in the same sentence.
    let antecedent: string | undefined;
    if (/^(?:it|they)$/u.test(text.slice(r.speaker.start, r.speaker.end)))
      for (let k = tokens.findIndex((t) => t.start >= r.start) - 1; k >= 0 && !antecedent; k--) {
        const named = mentionIn(index, tokens[k]!);
        if (named && (named.kind === 'organization' || named.kind === 'media')) antecedent = named.id;
      }
    if (free)
      drafts.push({
        antecedent,
        kind: 'indirect',
        start: r.start,
        end: r.end,
        parts: [{ start: r.start, end: r.end }],
        cue: r.cue,
        speaker: r.speaker,
        via: [],
      });
  }
  // "The quake was reportedly felt …", "The strike is expected to …": a report that names no source.
  if (drafts.length === before)
    for (const r of englishEvidentialReports(tokens))
      drafts.push({
        kind: 'indirect',
        start: r.start,
        end: r.end,
        parts: [{ start: r.start, end: r.end }],
        cue: r.cue,
        speaker: null,
        impersonal: text.slice(r.cue.start, r.cue.end),
        via: [],
      });
}

/** What a unit's frames are drafted from (findStatements's state at that unit; drafts, consumed and claimed grow). */
interface FrameDrafting {
  text: string;
  tokens: Tok[];
  frames: Frame[];
  relays: Set<Frame>;
  viaOf: Map<Frame, Span[]>;
  speech: Quote[];
  unit: Unit;
  units: Unit[];
  ui: number;
  rules: LangRules;
  inTitle: boolean;
  /** drafts.length when the unit began. */
  before: number;
  drafts: Draft[];
  consumed: Set<Quote>;
  claimed: Span[];
  lastContinuation: Draft | null;
}

/**
 * The drafts of one unit's frames (findStatements): its own function, not a loop inside the units' pass, so that a
 * deoptimisation in one of its rare branches makes V8 recompile these 300 lines, not a function of 800 (a second of
 * compiler time at an edit, on a loaded machine several). Returns the speaker of a negated speech act, if any, and
 * the last continuation (null when a later "Das berichtete X." took it back).
 */
function draftFrames(c: FrameDrafting): { negated: Span | null; lastContinuation: Draft | null } {
  const { text, tokens, frames, relays, viaOf, speech, unit, units, ui, rules, inTitle, before, drafts } = c;
  const { consumed, claimed } = c;
  let { lastContinuation } = c;
  let negated: Span | null = null;
  for (const f of frames) {
    if (relays.has(f)) continue;
    // A frame inside another frame's content is part of what is reported ("sagte, dass X erklärt habe").
    if (claimed.some((c) => c.start <= f.cue.start && f.cue.end <= c.end)) continue;
    if (f.type === 'verb' && !f.speaker && f.weak) continue;
    if (f.type === 'verb' && !f.speaker && !speech.length && !f.passive && !clauseFollows(tokens, f)) continue;
    let region: Span;
    let kind: Statement['kind'];
    let parts: Span[];
    // A judgement ("bezeichnete X als fatal", "hält X für unwahrscheinlich"): a reason after it is the speaker's.
    let judgement = false;
    if (f.type === 'according') {
      parts = according(text, tokens, f, unit, rules);
      if (!parts.length) continue;
      region = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
      kind = 'according-to';
    } else if (f.type === 'impersonal') {
      const r = verbRegion(text, tokens, f, frames, unit, rules);
      // Without a content clause ("Bekannt geworden war der Ort …") an impersonal phrase frames nothing.
      if (r.kind === 'reported') continue;
      region = r.region;
      parts = [region];
      kind = r.kind === 'according-to' ? 'according-to' : 'indirect';
    } else {
      if (decisionNotSpeech(tokens, f)) continue;
      if (!rules.en && negatedCue(tokens, f)) {
        negated ??= f.speaker;
        continue;
      }
      const r = verbRegion(text, tokens, f, frames, unit, rules);
      region = r.region;
      kind = r.kind;
      parts = [region];
      judgement = r.predicative === true || STANCE_LEMMAS.has(f.lemma);
      if (r.interrupted) {
        const both = speech.filter((q) => !consumed.has(q) && q.start >= region.start - 1 && q.end <= region.end + 1);
        both.forEach((q) => consumed.add(q));
        // Spec: a quotation interrupted by its frame is one statement with parts.
        drafts.push({
          kind: 'direct',
          start: region.start,
          end: region.end,
          parts: both.map((q) => ({ start: q.start, end: q.end })),
          cue: f.cue,
          speaker: f.speaker,
          via: [...f.via, ...(viaOf.get(f) ?? [])],
        });
        claimed.push(region);
        continue;
      }
      const anaphoric = demonstrativeObject(tokens, f);
      if (kind === 'reported' && anaphoric && ui > 0 && f.speaker && !KONJUNKTIV_E.test(tokens[f.at]!.lower)) {
        // "Das bestätigte der Minister.": the content is the sentence before, also when that sentence has a source
        // of its own ("Wie aus Kreisen verlautete, will X …. Das berichtete die Zeitung."); not "Dieses stelle …
        // dar" in Konjunktiv I, which goes on reporting.
        const prevUnit = units[ui - 1]!;
        region = { start: prevUnit.start, end: tokens[anaphoric - 1]!.end };
        kind = 'indirect';
        parts = [region];
        // "X soll … haben. Das berichtete Y.": the sentence before is Y's claim, not a continuation of the source
        // before it (a continuation of that sentence alone, holding no quotation, is dropped).
        // Drafts are in unit order: only the last ones can lie in the unit before (bounded, no rescan).
        let cont = -1;
        for (let k = drafts.length - 1; k >= 0 && drafts[k]!.end > prevUnit.start; k--) {
          const d = drafts[k]!;
          if (d.parent && d.parent.start >= prevUnit.start) cont = -2;
          if (
            cont === -1 &&
            d.kind === 'continuation' &&
            !d.dropped &&
            d.start >= prevUnit.start &&
            d.end <= prevUnit.end
          )
            cont = k;
        }
        if (cont >= 0) {
          if (lastContinuation === drafts[cont]) lastContinuation = null;
          drafts[cont]!.dropped = true;
        }
      } else if (kind === 'reported' && !rules.en && announcesContainer(tokens, f)) {
        // No claim of its own, but its speaker is the source a following sentence in reported speech goes on with.
        negated ??= f.speaker;
        continue;
      } else if (
        kind === 'reported' &&
        !rules.en &&
        (notSpeechAct(tokens, f) ||
          (subordinateAct(tokens, f, rules) && !speech.some((q) => q.start >= region.start && q.end <= region.end)))
      ) {
        continue;
      } else if (
        kind === 'reported' &&
        ((f.weak && !stanceWithObject(tokens, f)) ||
          !f.speaker ||
          (f.passive && !f.agent) ||
          (!(
            REPORTING_LEMMAS.has(f.lemma) ||
            STANCE_LEMMAS.has(f.lemma) ||
            (rules.en && EN_REPORTING_LEMMAS.has(f.lemma))
          ) &&
            !r.predicative)) &&
        !speech.some((q) => q.start >= region.start && q.end <= region.end)
      )
        continue;
    }
    if (kind === 'reported' && !rules.en && f.type === 'verb' && f.speaker) {
      // "Sie bestätigte die Angaben der Polizei, die einen unnatürlichen Tod bekannt gab.": an act in a relative
      // clause whose pronoun speaks is that clause; the sentence around it is about something else. Not when the
      // pronoun is the object ("Die Alternative, die X nannte, ist …"): then the sentence says what was named.
      const a = segmentStart(tokens, f.at);
      if (
        a > 0 &&
        tokens[a - 1]!.text === ',' &&
        f.speaker.end === tokens[a]!.end &&
        relativeClause(tokens, a, rules)
      ) {
        const e = segmentEnd(tokens, a);
        const rel = trimSpan(text, { start: tokens[a]!.start, end: tokens[e - 1]!.end });
        if (!speech.some((q) => q.start < rel.end && q.end > rel.start)) {
          region = rel;
          parts = [region];
        }
      }
    }
    if (kind !== 'reported') claimed.push(region);
    // English: a reported speech act ("promised …, saying \"…\"") leaves the quotations after a later cue to that cue.
    const laterCue = (q: Quote): boolean =>
      rules.en &&
      kind === 'reported' &&
      frames.some(
        (g) => g !== f && g.type === 'verb' && g.at > f.at && !relays.has(g) && tokens[g.at]!.start < q.start,
      );
    const inside = speech.filter(
      (q) => !consumed.has(q) && q.start >= region.start - 1 && q.end <= region.end + 1 && !laterCue(q),
    );
    // The statement opens with the frame's clause ("Ende Mai erklärte das Pentagon, …").
    const opener =
      f.type === 'verb' ? tokens[relativeHostStart(tokens, segmentStart(tokens, Math.min(f.from, f.at)))] : undefined;
    const frameSpan: Span = {
      start: Math.min(tokens[f.from]?.start ?? f.cue.start, f.cue.start, opener?.start ?? Infinity),
      end: Math.max(tokens[Math.min(f.to, tokens.length) - 1]?.end ?? f.cue.end, f.cue.end),
    };
    const stStart = Math.min(region.start, frameSpan.start);
    // A frame after its content that closes the sentence ("…, sagte X am Rande des Treffens.", "…\" X told
    // reporters by phone."): the statement runs to the sentence's end, adverbials after the speaker included.
    const closing =
      f.type === 'verb' &&
      !f.wie &&
      region.end <= frameSpan.start &&
      !frames.some((g) => g !== f && !relays.has(g) && g.cue.start > f.cue.start);
    const stEnd = Math.max(region.end, frameSpan.end, closing ? sentenceEnd(tokens, Math.min(f.to, tokens.length)) : 0);
    const via = [...f.via, ...(viaOf.get(f) ?? [])];
    // "Die Feuerwehr hat nach eigenen Angaben …": the speaker as written, resolved as the clause's subject.
    const ownAccount = ownAccountOf(tokens, f);
    // "X hat Berichte der Zeitung Y zurückgewiesen, er sei …": the clause is what the reports say, not X.
    const disputed = kind === 'indirect' && !rules.en ? disputedClaim(tokens, f, region, rules) : null;
    const speaker = disputed ?? ownAccount ?? f.speaker;
    const resolveAs = ownAccount ? (f.speaker ?? undefined) : undefined;
    const impersonal = f.type === 'impersonal' ? text.slice(f.cue.start, f.cue.end) : undefined;
    if (
      kind === 'reported' &&
      drafts.slice(before).some((d) => d.speaker && f.speaker && d.speaker.start === f.speaker.start)
    )
      continue;
    // A content clause that is the quotation alone is one direct statement; with words of its own around the
    // quotation ("meinte, der Ehemann „…“", "sagte, es sei „…“", "nach Ansicht von X fehle es „…“") it is an
    // indirect statement listing the quotation inside it (spec: listed twice).
    const sp = f.speaker;
    const frameWords: Span[] =
      kind !== 'according-to'
        ? []
        : sp && (sp.start < frameSpan.start || sp.end > frameSpan.end)
          ? sp.end <= frameSpan.start || sp.start >= frameSpan.end
            ? [frameSpan, sp]
            : [{ start: Math.min(sp.start, frameSpan.start), end: Math.max(sp.end, frameSpan.end) }]
          : [frameSpan];
    if (
      inside.length &&
      (kind === 'reported' ||
        (coverage(text, inside, region, frameWords) >= 0.9 && !wordsAround(tokens, region, frameWords)))
    ) {
      inside.forEach((q) => consumed.add(q));
      // A quotation inside a main clause ("lobte die „…“ Beziehungen"): the statement is that clause.
      let clause = kind === 'reported' ? clauseAround(text, tokens, f, inside) : { start: stStart, end: stEnd };
      // 'Trump said, "Oh," and grabbed his ear': the clause after the quotation is narration, not what was said.
      // A new span, not a write to this one: a write to a field of the `{ start, end }` layout makes V8 drop the
      // optimised code of every function that reads spans (tokenizers, splitSentences, the fingerprint, ...).
      const lastQ = inside[inside.length - 1]!;
      if (rules.en && kind === 'reported' && f.cue.end <= inside[0]!.start && narrationAfter(tokens, lastQ))
        clause = { start: clause.start, end: Math.min(clause.end, lastQ.end) };
      pushDirects(
        drafts,
        {
          kind: kind === 'according-to' ? 'according-to' : 'direct',
          start: clause.start,
          end: clause.end,
          parts: inside.map((q) => ({ start: q.start, end: q.end })),
          cue: f.cue,
          speaker,
          resolveAs,
          via,
          impersonal,
          participle: f.participle,
        },
        frames,
      );
      continue;
    }
    if (inTitle && !inside.length) continue;
    // "X bezeichnete die Angaben als vorläufig, da der Ort noch nicht abgesucht sei": the reason in reported speech
    // after a speech act is what the speaker gave as the reason; the act is its main clause.
    const reason =
      kind === 'reported' && !rules.en && f.speaker && !inside.length ? reasonClause(tokens, f, judgement) : null;
    if (reason) {
      drafts.push({
        kind: 'reported',
        start: Math.min(region.start, frameSpan.start),
        end: reason.comma,
        parts: [{ start: region.start, end: reason.comma }],
        cue: f.cue,
        speaker,
        resolveAs,
        via,
      });
      drafts.push({
        kind: 'indirect',
        start: reason.content.start,
        end: reason.content.end,
        parts: [reason.content],
        cue: f.cue,
        speaker,
        resolveAs,
        via,
      });
      continue;
    }
    const host: Draft = {
      kind,
      start: stStart,
      end: stEnd,
      parts,
      cue: f.cue,
      speaker,
      resolveAs,
      via,
      impersonal,
      participle: f.participle,
    };
    drafts.push(host);
    for (const q of inside) {
      consumed.add(q);
      // "X berichtet, Y habe gesagt: „…“": a speech frame of its own inside the content speaks the quotation.
      const inner0 = innerFrame(tokens, frames, f, region, q);
      // English: "told Reuters the group had shown „…“ but accused …" — the same speaker's second verb relays nothing.
      const inner =
        inner0 && !(rules.en && inner0.speaker && speaker && inner0.speaker.start === speaker.start) ? inner0 : null;
      if (inner) {
        // The statement is the inner frame's clause with the quotation ("den X als „…“ bezeichnet").
        const a = tokens[segmentStart(tokens, Math.min(inner.from, inner.at))]!;
        const b = tokens[Math.max(segmentEnd(tokens, inner.at), Math.min(inner.to, tokens.length)) - 1]!;
        drafts.push({
          kind: 'direct',
          start: Math.min(q.start, a.start),
          end: Math.max(q.end, b.end),
          parts: [{ start: q.start, end: q.end }],
          cue: inner.cue,
          speaker: inner.speaker,
          via: speaker ? [speaker, ...via] : via,
          parent: host,
        });
        continue;
      }
      drafts.push({
        kind: 'direct',
        start: q.start,
        end: q.end,
        parts: [{ start: q.start, end: q.end }],
        cue: f.cue,
        speaker,
        resolveAs,
        via,
        impersonal,
        parent: host,
      });
    }
  }
  return { negated, lastContinuation };
}

/**
 * The statements of the drafts, speakers resolved in text order. Its own function, apart from the units' pass
 * (findStatements): V8 optimises and, after a deoptimisation in a rare branch, recompiles each apart; as one
 * function of some 800 lines every such recompilation took a second of compiler time at an edit.
 */
function resolveDrafts(doc: DocContext, actors: Actor[], index: ActorIndex, drafts: Draft[]): Statement[] {
  const { text } = doc;
  // Resolve speakers in text order, so pronouns and anaphors see the sources before them.
  const out: Statement[] = [];
  const byDraft = new Map<Draft, Statement>();
  let previous: PreviousSource | null = null;
  let previousSpeaker: Speaker | null = null;
  for (const d of drafts) {
    if (d.dropped) continue;
    // A quotation nobody frames and nobody is named for, worded like a title ("„Bewegung für ein besseres
    // Ungarn“", "„Geschichte der Gastronomie im Großen Garten“"), names a work or a body; it quotes no one.
    if (
      doc.language === 'de' &&
      d.kind === 'direct' &&
      !d.speaker &&
      !d.cue &&
      !d.inherited &&
      !d.impersonal &&
      titleLike(text.slice(d.start, d.end))
    )
      continue;
    if (doc.language === 'de' && quotedTerm(text, d)) continue;
    let speaker: Speaker | null = null;
    let vagueReason: string | null = null;
    if (d.inherited) {
      speaker = previousSpeaker !== null ? { ...(previousSpeaker as Speaker) } : null;
      vagueReason = speaker?.vague ? `'${speaker.text}' names no one` : null;
    } else if (d.speaker) {
      const st = textSpan(text, d.speaker);
      const as = d.resolveAs ? textSpan(text, d.resolveAs) : st;
      const res0 = resolveSpeaker(actors, index, as, previous, text, d.cue);
      const res: Resolution = d.antecedent
        ? { actorId: d.antecedent }
        : doc.language === 'en'
          ? englishResolution(
              text,
              index,
              st,
              res0,
              previous?.end,
              previous && !previous.vague ? previous.actorId : undefined,
            )
          : res0;
      const words = as.text.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
      const verdict = judgeVagueness(doc.language, as.text, words, namesSomeone(index, as));
      const vague = res.vague ?? verdict.vague;
      speaker = { ...st, actorId: res.actorId, vague };
      vagueReason = vague ? (verdict.reason ?? `'${st.text}' refers back to an unnamed source`) : null;
    } else if (d.impersonal) {
      vagueReason = `'${d.impersonal}' names no one`;
    }
    const parts = d.parts.length ? d.parts : [{ start: d.start, end: d.end }];
    const cStart = parts[0]!.start;
    const cEnd = parts[parts.length - 1]!.end;
    const hedge = findHedge(text, doc.language, [...parts, { start: d.start, end: d.end }], parts.length);
    const via: Via[] = d.via.map((v) => {
      const tv = textSpan(text, v);
      const vr = resolveSpeaker(actors, index, tv, previous);
      return { ...tv, actorId: vr.actorId };
    });
    out.push({
      start: Math.min(d.start, cStart),
      end: Math.max(d.end, cEnd),
      kind: d.kind,
      content: {
        start: cStart,
        end: cEnd,
        text: text.slice(cStart, cEnd),
        parts: parts.map((p) => ({ start: p.start, end: p.end })),
      },
      cue: d.cue ? textSpan(text, d.cue) : null,
      speaker,
      via,
      hedged: hedge !== null,
      hedge,
      vagueReason,
    });
    byDraft.set(d, out[out.length - 1]!);
    if (speaker) {
      previous = { actorId: speaker.actorId, vague: speaker.vague, end: speaker.end };
      previousSpeaker = speaker;
    }
  }
  // Enclosing statements first when two start together, so nestedIn points backwards or forwards consistently.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const position = new Map<Statement, number>();
  out.forEach((st, k) => position.set(st, k));
  for (const d of drafts) {
    if (!d.parent) continue;
    const child = byDraft.get(d);
    const host = byDraft.get(d.parent);
    if (child && host && position.has(host)) child.nestedIn = position.get(host)!;
  }
  return out;
}
