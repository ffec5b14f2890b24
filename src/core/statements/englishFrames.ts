// English attribution frames: the noun phrases, subjects and content clauses of news English, called from the
// shared frame rules through three hooks (grabNP, subjectAt, verbRegion) and one pass over a unit's frames.
// Design: English common nouns are lower case and titles stand before names ("Chelsea coach Paolo Conti",
// "U.S. Secretary of State Antony Blinken"), so a noun phrase is a run of determiners, capitalised and plain
// lower-case words, closed by a function word, a verb we know (cue, auxiliary) or punctuation, with the
// post-modifiers that wire copy uses for sources ("familiar with the matter", "briefed on the talks",
// "analysts at Goldman Sachs"). A subject is the noun phrase that ends right before its verb and starts at a
// clause boundary. The frame pass handles what word order alone does not: a subject separated from its verb
// by appositions ("X, the company's chief executive, said …", "X, speaking in London, said …"), relay chains
// (", the Wall Street Journal reported, citing people familiar with the matter"; "…, according to Anadolu")
// and participial adjuncts that are no speech act (", blaming …", ", fearing …"). Resolution adds what English
// refers back with: "the company" (the firm named last), "the Italian" (the person last spoken of), "he" after a
// new sentence subject, and no actor for a possessor ("Trump's campaign").
// No part-of-speech tagger: the word lists below are closed classes; a lower-case run is at most four words.
import type { Actor, Span } from '../types';
import { ENGLISH_PERSON_HEAD as PERSON_HEAD } from '../resources/roles';
import { partitionPoint } from '../text/search';
import type { LangRules } from './lang';
import type { ActorIndex, Frame, Resolution } from './model';
import type { Tok } from './tokens';

// Per-call Unicode regexes, hoisted: the bundle turns each literal into a `new RegExp` wherever it stands.
const RE_1 = /^[\p{Ll}\d][\p{L}\d'’.-]*$/u;
const RE_2 = /ly$/u;
const RE_3 = /(ily|ally|ply)$/u;
const RE_4 = /ing$/u;
const RE_5 = /^[A-Z](?:\.[A-Z])+$/u;
const RE_6 =
  /^\d|^(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some|few|most|all|both)$/u;
const RE_7 = /^(released|published|issued|compiled|posted|seen|obtained|reviewed|filed|updated)$/u;
const RE_8 = /^(from|by|of)$/u;
const RE_9 = /[^e]ed$/u;
const RE_10 = /^(which|who)$/u;
const RE_11 = /^(by)$/u;
const RE_12 =
  /^(had|has|have|also|then|previously|repeatedly|again|later|earlier|recently|publicly|privately|separately)$/u;
const RE_13 = /^(a|an|its|his|her|their|the)$/u;
const RE_14 = /^(on|this|last)$/u;
const RE_15 = /^(on|this|last|next|early|late)$/u;
const RE_16 = /^(it|there)$/u;
const RE_17 = /^(that|this|these|those)$/u;
const RE_18 = /^(and|but)$/u;
const RE_19 = /^(whether|if|why|how|what|who)$/u;
const RE_20 = /^(and|but|before|as|then)$/u;
const RE_21 = /^(when|if|unless|after|before|once|as|until)$/u;
const RE_22 = /(ed|told|asked)$/u;
const RE_23 = /^(also|later|widely|officially|first|not)$/u;
const RE_24 = /^(is|are|was|were|be|been|being)$/u;
const RE_25 = /['’]s?$/u;
const RE_26 = /^\d{1,3}$/u;
const RE_27 = /ed$/u;
const RE_28 = /^(in|by|at|on|near|with|for|from|to)$/u;
const RE_29 = /^(he|she|him|her)$/iu;
const PRONOUN_AND = /^(he|she)\s+and\s/iu;
const OFFICE_OF_PRONOUN = /^(?:his|her)\s+office$/iu;
const THE_HOST = /^the\s+host$/iu;
const RE_30 = /^[Tt]he\s+(\d+-year-old|[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|iard|ch|i|er))$/u;
const RE_31 = /^(they|we|i|you)$/iu;
const RE_32 = /^['’]s?\s+\S/u;
const RE_33 = /[\p{L}]+/gu;
const RE_34 = /"/gu;
const RE_35 = /“/gu;
const RE_36 = /”/gu;
const RE_37 = /\s/u;
const RE_38 = /(?:\b\p{Lu}|Mr|Ms|Mrs|Dr|St)$/u;
const RE_39 = /[\p{L}'’-]+/gu;
const RE_40 = /^(the|a|an|his|her|its|their)$/u;
/** Plural heads for the staff of a body ("officials at the agency", "engineers from the company"). */
const STAFF_HEAD =
  /^(officials|engineers|analysts|experts|researchers|scientists|staff|workers|employees|executives|officers|investigators|doctors|sources|spokespeople|members|economists|lawyers|representatives)$/u;
const RE_41 = /^(would|could|can|will|may|might|must|should|did|does|do|not|be|been|being)$/u;

const UPPER = /^\p{Lu}/u;
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words after which a period is part of the word ("Mr. Powell", "U.S. Senate", "Acme Inc."). */
const DOTTED =
  /^(Mr|Ms|Mrs|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|Bros|[A-Z](?:\.[A-Z])+)$/u;

/** Lower-case words that end a noun phrase: function words, auxiliaries, adverbs and verbs of news copy. */
const STOP = set(
  'a an the this that these those which who whom whose what when where while why how whether if as because although though since until ' +
    'after before during without within upon into onto over under about against between through across toward towards ' +
    'and or but nor yet so then than also too only just even still now already again later earlier soon today tonight yesterday tomorrow ' +
    'not never no is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'to on in at by for with from of off up down out around near via per amid despite like unlike ' +
    'it its there here he she they we i you him her them us me my our your their his ' +
    // Verb forms only (no noun reading: "reports", "cuts", "rise" can head a subject).
    'said says say told tells added adds stated wrote writes announced warned expects expected ' +
    'declined refused confirmed denied argued insisted noted claimed urged called asked believed believes thinks thought ' +
    'rose fell jumped dropped gained lowered took gave got went came saw showed found held ' +
    'struck killed injured sent sending signed agreed began begun became becomes won ' +
    'scored met meets remains remained seemed seems appeared appears ' +
    // Time words after a subject ("The company last week said").
    'last next week month weekend night morning afternoon evening overnight',
);

/** Numbers and quantifiers that may open a noun phrase. */
const QUANTIFIER =
  /^(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some|few|most|all|both|each|every|other|another|more|senior|top)$/u;

/** Words before a number in a noun phrase. */
const NUMBER_PREFIXES: ReadonlyArray<readonly string[]> = [
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['at', 'least'],
  ['up', 'to'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['over'],
  ['some'],
];

/** Post-modifiers of a source noun phrase: "familiar with …", "briefed on …", "close to …", "with knowledge of …". */
const SOURCE_MODIFIERS: ReadonlyArray<readonly string[]> = [
  ['familiar', 'with'],
  ['briefed', 'on'],
  ['briefed', 'about'],
  ['close', 'to'],
  ['with', 'knowledge', 'of'],
  ['with', 'direct', 'knowledge', 'of'],
  ['knowledgeable', 'about'],
  ['involved', 'in'],
  ['aware', 'of'],
  ['speaking', 'on', 'condition', 'of'],
  ['who', 'spoke', 'on', 'condition', 'of'],
  ['with', 'ties', 'to'],
  ['working', 'on'],
  ['in', 'charge', 'of'],
  ['published', 'by'],
  ['conducted', 'by'],
  ['released', 'by'],
  ['commissioned', 'by'],
  ['compiled', 'by'],
  ['issued', 'by'],
  ['carried', 'out', 'by'],
  ['seen', 'by'],
  ['obtained', 'by'],
];

function matchSeq(tokens: Tok[], j: number, limit: number, seq: readonly string[]): boolean {
  if (j + seq.length > limit) return false;
  for (let k = 0; k < seq.length; k++) {
    const t = tokens[j + k]!;
    if (t.quoted || t.punct || t.lower !== seq[k]) return false;
  }
  return true;
}

/** Nouns in "-ing" that name a source's document or act ("according to a filing", "the ruling said"). */
const ING_NOUNS = set('filing filings ruling rulings briefing briefings hearing recording recordings posting findings');

/** A lower-case word that can be part of a noun phrase (a common noun or adjective as far as we can tell). */
function nominal(t: Tok, rules: LangRules, tokens: Tok[], j: number, limit: number): boolean {
  if (!RE_1.test(t.text) || STOP.has(t.lower)) return false;
  if (RE_2.test(t.lower) && !RE_3.test(t.lower) && t.lower !== 'ally') return false;
  if (RE_4.test(t.lower) && t.lower.length > 5 && !ING_NOUNS.has(t.lower)) return false;
  return !rules.cue(tokens, j, limit);
}

/** An "-ing" word at j after a determiner or a lower-case noun of the phrase from i, before a plain noun. */
function attributiveIng(tokens: Tok[], j: number, limit: number, rules: LangRules, i: number, lower: number): boolean {
  const w = tokens[j]!;
  if (w.quoted || !RE_4.test(w.lower) || w.lower.length <= 5 || ING_NOUNS.has(w.lower) || UPPER.test(w.text))
    return false;
  if (j === i || !(lower > 0 || rules.determiners.has(tokens[j - 1]!.lower))) return false;
  if (j + 1 >= limit || rules.cue(tokens, j, limit)) return false;
  const n = tokens[j + 1]!;
  if (n.punct || n.quoted || UPPER.test(n.text) || RE_4.test(n.lower) || RE_9.test(n.lower)) return false;
  // "a group calling itself X": a participle with its own object.
  if (rules.pronouns.has(n.lower) || /sel(?:f|ves)$/u.test(n.lower)) return false;
  return nominal(n, rules, tokens, j + 1, limit);
}

/**
 * An English noun phrase from token i, ending before `limit`: a pronoun, or determiners, quantifiers,
 * capitalised words (with "Mr."-style periods and possessives), up to four lower-case words, joined by "of",
 * "and", "at/from/in + Name", and source post-modifiers. Null when it holds no head word.
 */
export function englishNP(tokens: Tok[], i: number, limit: number, rules: LangRules): Span | null {
  const t = tokens[i];
  if (!t || i >= limit || t.punct || t.quoted) return null;
  if (rules.pronouns.has(t.lower)) return { start: t.start, end: t.end };
  if (UPPER.test(t.text) && rules.nonSubjectStarts.has(t.lower)) return null;
  const end = npEnd(tokens, i, limit, rules, 0);
  return end > i ? { start: t.start, end: tokens[end - 1]!.end } : null;
}

/** Index after the last head token of the noun phrase at i, or i when there is none. */
function npEnd(tokens: Tok[], i: number, limit: number, rules: LangRules, depth: number): number {
  // A subject looked for before a cue at the text's very start may start before the first token (", which warned").
  if (i < 0) return i;
  limit = Math.min(limit, tokens.length);
  let j = i;
  let last = i;
  let lower = 0;
  let heads = 0;
  // A number may be the head itself ("over 90 were dead", "two were killed").
  let number = -1;
  while (j < limit && j - i < 16) {
    const w = tokens[j]!;
    if (w.quoted) break;
    if (w.punct) {
      // "Mr. Powell", "U.S. Senate", "Acme Inc.": the period belongs to the word.
      if (w.text === '.' && j > i && DOTTED.test(tokens[j - 1]!.text) && w.start === tokens[j - 1]!.end) {
        const next = tokens[j + 1];
        if (
          next &&
          j + 1 < limit &&
          !next.punct &&
          !next.quoted &&
          (UPPER.test(next.text) || RE_5.test(tokens[j - 1]!.text))
        ) {
          j++;
          continue;
        }
      }
      break;
    }
    // "more than 30,000 people", "at least 40", "nearly half".
    if (heads === 0 && NUMBER_PREFIXES.some((seq) => matchSeq(tokens, j, limit, seq))) {
      j += NUMBER_PREFIXES.find((seq) => matchSeq(tokens, j, limit, seq))!.length;
      continue;
    }
    if (heads === 0 && (rules.determiners.has(w.lower) || QUANTIFIER.test(w.lower)) && !UPPER.test(w.text)) {
      if (RE_6.test(w.lower)) number = j + 1;
      j++;
      continue;
    }
    if (UPPER.test(w.text)) {
      if (heads > 0 && rules.nonSubjectStarts.has(w.lower)) break;
      j++;
      last = j;
      heads++;
      lower = 0;
      continue;
    }
    if (heads > 0 && depth < 2) {
      // Post-modifiers: a source's qualifier, "of"/"for" + phrase, "at/from/in" + a name, "and" + phrase.
      // "data released on Monday", "figures published last week": a document's participle and its time.
      if (RE_7.test(w.lower) && !w.quoted) {
        const e = adverbialEnd(tokens, j + 1, limit);
        if (e > j + 1) {
          j = last = e;
          continue;
        }
      }
      const mod = SOURCE_MODIFIERS.find((seq) => matchSeq(tokens, j, limit, seq));
      if (mod) {
        const e = npEnd(tokens, j + mod.length, limit, rules, depth + 1);
        if (e > j + mod.length) {
          j = last = e;
          continue;
        }
        break;
      }
      // "a statement from the ministry", "a report by the agency": a document and its author.
      if (RE_8.test(w.lower) && DOCUMENT.test(tokens[last - 1]!.lower)) {
        const e = npEnd(tokens, j + 1, limit, rules, depth + 1);
        if (e > j + 1) {
          j = last = e;
          continue;
        }
      }
      const nextCap =
        tokens[j + 1] !== undefined &&
        j + 1 < limit &&
        !tokens[j + 1]!.quoted &&
        (UPPER.test(tokens[j + 1]!.text) ||
          (tokens[j + 1]!.lower === 'the' && tokens[j + 2] !== undefined && UPPER.test(tokens[j + 2]!.text)));
      // "a spokesman for the company", "a lawyer for the family": a person's role for a body or a party, even
      // when the body is a common noun ("for the bureau"), not only a name.
      const roleFor =
        (w.lower === 'for' || w.lower === 'at' || w.lower === 'from') &&
        (PERSON_HEAD.test(tokens[last - 1]!.lower) || STAFF_HEAD.test(tokens[last - 1]!.lower)) &&
        tokens[j + 1] !== undefined &&
        j + 1 < limit &&
        RE_13.test(tokens[j + 1]!.lower);
      if (
        w.lower === 'of' ||
        (w.lower === 'for' && (nextCap || roleFor)) ||
        ((w.lower === 'at' || w.lower === 'from') && (nextCap || roleFor)) ||
        (w.lower === 'in' && nextCap) ||
        (w.lower === 'and' && nextCap)
      ) {
        const e = npEnd(tokens, j + 1, limit, rules, depth + 1);
        if (e > j + 1) {
          j = last = e;
          continue;
        }
      }
      if (STOP.has(w.lower)) break;
    }
    // "the tracking site X", "the traffic monitoring group X": an "-ing" word between a determiner or a noun
    // and a noun of the phrase modifies that noun; it is no verb.
    if (lower < 3 && attributiveIng(tokens, j, limit, rules, i, lower)) {
      j++;
      lower++;
      continue;
    }
    if (nominal(w, rules, tokens, j, limit) && lower < 4) {
      // A participle only modifies ("unnamed officials", "armed men"); it does not end a phrase ("data released"),
      // nor follow a common noun of the phrase: there it is the verb ("the outlook looked cautious").
      if (
        RE_9.test(w.lower) &&
        (lower > 0 ||
          !(
            tokens[j + 1] &&
            j + 1 < limit &&
            !tokens[j + 1]!.punct &&
            !tokens[j + 1]!.quoted &&
            (UPPER.test(tokens[j + 1]!.text) || nominal(tokens[j + 1]!, rules, tokens, j + 1, limit))
          ))
      )
        break;
      j++;
      last = j;
      heads++;
      lower++;
      continue;
    }
    break;
  }
  // "more than 40 were hurt", "the mother of three": a number may head the phrase or its "of" complement.
  if (heads === 0 && number > 0 && depth <= 1 && number === j) return number;
  return heads > 0 ? last : i;
}

/** Documents that carry a statement ("a statement from …", "a report by …"). */
const DOCUMENT =
  /^(statement|statements|report|reports|letter|survey|study|note|filing|release|document|documents|memo|analysis|poll|estimate|estimates|figures|data|tally|count|assessment|review|audit|investigation|post|posts)$/u;

/** Words after which a new noun phrase (a subject) may begin. */
const BOUNDARY = set(
  'after before when while as because although though since until if that and but or so where whereas once',
);

/**
 * The subject of the English verb at v in segment [first, b): the noun phrase that ends right before the verb
 * (after "has"/"also"-style words) and starts at a clause boundary, else the phrase after the verb ("said X").
 */
export function englishSubject(tokens: Tok[], v: number, first: number, b: number, rules: LangRules): Span | null {
  // "The European Space Agency (ESA) said": a short form in brackets between the subject and its verb.
  if (v >= first + 3 && tokens[v - 1]!.text === ')') {
    let o = v - 2;
    while (o > v - 5 && o > first && tokens[o]!.text !== '(') o--;
    if (tokens[o]!.text === '(' && o > first && !tokens[o - 1]!.punct && !tokens[o - 1]!.quoted) {
      const subject = englishSubject(tokens, o, first, o, rules);
      if (subject && subject.end === tokens[o - 1]!.end) return subject;
    }
  }
  // "…, The New York Times, which said …": the relative pronoun stands for the phrase before its comma.
  const rel = tokens[first];
  if (
    rel &&
    first < v &&
    RE_10.test(rel.lower) &&
    tokens[first - 1]?.text === ',' &&
    (first + 1 === v || auxChain(tokens, first + 1, v))
  ) {
    let a = first - 2;
    while (a > 0 && !tokens[a - 1]!.punct && !tokens[a - 1]!.quoted) a--;
    for (let j = a; j < first - 1; j++) {
      const prevTok = tokens[j - 1];
      if (
        j > a &&
        !(prevTok && (BOUNDARY.has(prevTok.lower) || PREPOSITION.has(prevTok.lower) || RE_11.test(prevTok.lower)))
      )
        continue;
      const e = npEnd(tokens, j, first - 1, rules, 0);
      if (e === first - 1) return { start: tokens[j]!.start, end: tokens[e - 1]!.end };
    }
  }
  let s = v - 1;
  while (s > first && (rules.skippable.has(tokens[s]!.lower) || RE_12.test(tokens[s]!.lower))) s--;
  for (let j = first; j <= s; j++) {
    const prev = tokens[j - 1];
    if (j > first && !(prev && !prev.quoted && (BOUNDARY.has(prev.lower) || prev.punct))) continue;
    const t = tokens[j]!;
    if (
      t.quoted ||
      t.punct ||
      BOUNDARY.has(t.lower) ||
      (rules.nonSubjectStarts.has(t.lower) && !rules.pronouns.has(t.lower) && t.lower !== 'it')
    )
      continue;
    const e = npEnd(tokens, j, s + 1, rules, 0);
    // "He and his colleagues said": a pronoun coordinated with a noun phrase is one subject, the whole coordination.
    if (rules.pronouns.has(t.lower) && tokens[j + 1]?.lower === 'and' && j + 2 <= s) {
      const e2 = npEnd(tokens, j + 2, s + 1, rules, 0);
      if (e2 > j + 2 && (e2 === s + 1 || auxChain(tokens, e2, s + 1)))
        return { start: t.start, end: tokens[e2 - 1]!.end };
    }
    // "Ekberg and his colleagues said": a noun phrase coordinated with its own people is one subject, the whole.
    if (e > j && tokens[e]?.lower === 'and' && e + 1 <= s && POSSESSIVE_DETERMINER.has(tokens[e + 1]!.lower)) {
      const e2 = npEnd(tokens, e + 1, s + 1, rules, 0);
      if (e2 > e + 1 && (e2 === s + 1 || auxChain(tokens, e2, s + 1)))
        return { start: t.start, end: tokens[e2 - 1]!.end };
    }
    const pron = (rules.pronouns.has(t.lower) || t.lower === 'it') && (j === s || auxChain(tokens, j + 1, s + 1));
    if (pron) return { start: t.start, end: t.end };
    // "Someone can be heard saying", "X would not say": auxiliaries between the subject and the cue.
    if (e > j && (e === s + 1 || auxChain(tokens, e, s + 1))) return { start: t.start, end: tokens[e - 1]!.end };
  }
  // "said X" only after a quotation, a comma or at the clause's start ("…,” said Sarah Lin"), not "and accused X".
  const before = tokens[v - 1];
  if (before && !before.punct && !before.quoted && v > first) return null;
  let k = v + 1;
  while (k < b && (rules.skippable.has(tokens[k]!.lower) || tokens[k]!.quoted)) k++;
  if (k < b && tokens[k]!.lower === 'on' && k + 1 < b && UPPER.test(tokens[k + 1]!.text)) k += 2;
  const np = englishNP(tokens, k, b, rules);
  if (!np) return np;
  // '"…," said the governor's spokesperson, Eva Lind.': a possessor's staff named in the apposition after it.
  let e = k;
  while (e < tokens.length && tokens[e]!.end <= np.end) e++;
  // "…, said the results were consistent": a phrase before a finite verb is the reported clause's subject.
  if (tokens[e] && !tokens[e]!.quoted && FINITE_AFTER_SUBJECT.has(tokens[e]!.lower)) return null;
  if (tokens[e]?.text === ',' && !tokens[e]!.quoted && tokens.slice(k, e).some((t) => RE_25.test(t.text))) {
    let n = e + 1;
    while (n < tokens.length && tokens[n]!.person && !tokens[n]!.quoted) n++;
    const close = tokens[n];
    if (n > e + 1 && (!close || (close.punct && !close.quoted))) return { start: np.start, end: tokens[n - 1]!.end };
  }
  return np;
}

/** Finite verbs after which a phrase is a clause's subject, not the speaker of "said X". */
const FINITE_AFTER_SUBJECT = set('was were is are had has would will could can did does do should might may must');

/** Possessive determiners that open the second member of a coordinated subject ("X and his colleagues"). */
const POSSESSIVE_DETERMINER = set('his her their its');

/** Auxiliaries, negation and perception participles between a subject and its cue. */
const AUX_CHAIN = set(
  'can could would will may might must should shall be been being is are was were has have had do does did not never also still later repeatedly already heard seen reportedly allegedly',
);

function auxChain(tokens: Tok[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to;) {
    if (tokens[k]!.quoted) return false;
    if (AUX_CHAIN.has(tokens[k]!.lower)) {
      k++;
      continue;
    }
    const e = adverbialEnd(tokens, k, to);
    if (e <= k) return false;
    k = e;
  }
  return true;
}

const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening|today|yesterday|overnight|separately|earlier|later|previously|recently|again|also|on|last|this|next|late|early)$/u;
const DOC_WORD =
  /^(statement|interview|note|letter|post|speech|report|filing|briefing|message|messages|update|updates|video|email|release)$/u;

/**
 * End of a time or source adverbial from k ("on Tuesday", "last week", "earlier this month", "in a statement",
 * "in a statement on Friday"), or k when there is none. Never beyond `to`.
 */
function adverbialEnd(tokens: Tok[], k: number, to: number): number {
  // A participle as the text's last word ("… updated") asks past the end: nothing follows it.
  to = Math.min(to, tokens.length);
  if (k >= to) return k;
  const t = tokens[k]!;
  if (
    t.lower === 'in' &&
    k + 2 < to + 1 &&
    RE_13.test(tokens[k + 1]?.lower ?? '') &&
    DOC_WORD.test(tokens[k + 2]?.lower ?? '') &&
    k + 3 <= to
  )
    return k + 3;
  let e = k;
  while (
    e < to &&
    !tokens[e]!.quoted &&
    !tokens[e]!.punct &&
    (TIME_WORD.test(tokens[e]!.lower) || (e > k && RE_14.test(tokens[e - 1]!.lower) && UPPER.test(tokens[e]!.text)))
  )
    e++;
  return e > k && !RE_15.test(tokens[e - 1]!.lower) ? e : k;
}

/** Auxiliaries and copulas: one of them between a cue and a "that" is the content's own verb. */
const CLAUSE_VERBS = set('is was were are be been had has have would will could can may might should must did does do');

/** Verbs whose content may follow without "that" ("said rescue teams were searching"). */
const BARE_CLAUSE_VERBS = set(
  'say add tell write state announce warn confirm insist argue claim note predict acknowledge admit concede stress explain',
);

/**
 * The content clause right after an English cue ("said (that) …", "told reporters (on Tuesday) that …"), as the
 * token index it starts at, or -1. `b` is the last token of the cue's segment.
 */
export function englishContentStart(tokens: Tok[], f: Frame, b: number, rules: LangRules): number {
  let k = f.to;
  const limit = Math.min(f.to + 9, b + 1);
  for (let j = f.to; j < limit; j++) {
    // "said his team had been unlucky and complained that …": the "that" of another verb.
    if (
      tokens[j]!.quoted ||
      tokens[j]!.punct ||
      tokens[j]!.lower === 'and' ||
      (j > f.to && rules.cue(tokens, j, b + 1) && !documentParticiple(tokens, j)) ||
      // "said there was no sign that anyone had fallen ill": a finite verb before the "that" has opened the content
      // already; the "that" belongs to it, and the content starts right after the cue.
      CLAUSE_VERBS.has(tokens[j]!.lower)
    )
      break;
    if (tokens[j]!.lower === 'that') {
      k = j + 1;
      break;
    }
  }
  // "said on Monday its drug slowed …": a time adverbial between the cue and a content without "that".
  if (k === f.to && BARE_CLAUSE_VERBS.has(f.lemma) && f.lemma !== 'tell') {
    const a = adverbialEnd(tokens, k, b + 1);
    const t = tokens[a];
    if (
      a > k &&
      a <= b &&
      t &&
      !t.punct &&
      !t.quoted &&
      // "said on Monday it would …": "it" is no speaker pronoun but opens a clause as well.
      (rules.pronouns.has(t.lower) || t.lower === 'it' || rules.determiners.has(t.lower))
    )
      k = a;
  }
  const next = tokens[k];
  if (!next || next.punct || k > b) return -1;
  // "Macron was described by Scholz as a friend": a passive's agent judges the subject through "as".
  if (f.passive && k === f.to && next.lower === 'as' && !next.quoted && AS_LEMMAS.has(f.lemma)) {
    return predicativeComplement(tokens, k + 1, b + 1, rules) ? k : -1;
  }
  // "told the BBC the government had refused": the addressee first.
  if (f.lemma === 'tell' && k === f.to && !next.quoted) {
    const e = npEnd(tokens, k, b + 1, rules, 0);
    const n2 = tokens[e];
    if (
      e > k &&
      n2 &&
      !n2.punct &&
      (rules.pronouns.has(n2.lower) ||
        rules.determiners.has(n2.lower) ||
        UPPER.test(n2.text) ||
        n2.quoted ||
        RE_16.test(n2.lower))
    )
      return e;
    if (!rules.pronouns.has(next.lower)) return -1;
  }
  // "praised his players' resilience", "announced a surprise cut": an object, not a clause; a reported speech act.
  if (k === f.to && !next.quoted && rules.determiners.has(next.lower) && !RE_17.test(next.lower)) {
    let e = k;
    while (e <= b && !tokens[e]!.punct) e++;
    if (nounPhraseOnly(tokens, k, e, rules) && !(BARE_CLAUSE_VERBS.has(f.lemma) && pastVerbInside(tokens, k, e)))
      return -1;
    // "welcomed the fine but said …": the object ends at the conjunction of the next verb.
    for (let j = k + 1; j < e - 1; j++)
      if (RE_18.test(tokens[j]!.lower) && rules.cue(tokens, j + 1, e) && nounPhraseOnly(tokens, k, j, rules)) return -1;
  }
  if (
    k > f.to ||
    rules.pronouns.has(next.lower) ||
    rules.determiners.has(next.lower) ||
    next.quoted ||
    RE_16.test(next.lower)
  )
    return k;
  // An indirect question: "questioned whether …", "asked why …".
  if (RE_19.test(next.lower) && k === f.to && !f.weak) return k;
  // "pointed to the rise of … as one key source", "hailed Smith as a hero": an object with a predicative "as".
  if (k === f.to && AS_LEMMAS.has(f.lemma) && asPredicate(tokens, k, b + 1, rules)) return k;
  if (!BARE_CLAUSE_VERBS.has(f.lemma)) return -1;
  // "told reporters he …", "told the BBC it …": the addressee first.
  let c = k;
  if (f.lemma === 'tell') {
    const e = npEnd(tokens, c, b + 1, rules, 0);
    if (e <= c) return -1;
    c = e;
    const n2 = tokens[c];
    if (
      !n2 ||
      n2.punct ||
      !(rules.pronouns.has(n2.lower) || rules.determiners.has(n2.lower) || UPPER.test(n2.text) || n2.quoted)
    )
      return -1;
    return c;
  }
  // A clause needs a verb after its subject: an auxiliary or a lower-case word after the noun phrase.
  // A gerund subject: "said voting had been peaceful".
  if (RE_4.test(next.lower) && tokens[c + 1] && AUX_CHAIN.has(tokens[c + 1]!.lower)) return c;
  const e = npEnd(tokens, c, b + 1, rules, 0);
  if (e <= c) return -1;
  // "said Marlow, a professor at Toronto, \"invented …\"": the subject with its apposition.
  if (tokens[e]?.text === ',' && englishApposition(tokens, e + 1, rules)) {
    let a = e + 1;
    while (a < tokens.length && !tokens[a]!.punct) a++;
    const after = tokens[a + 1];
    if (tokens[a]?.text === ',' && after && !after.punct && (after.quoted || !UPPER.test(after.text))) return c;
  }
  if (e > b) return -1;
  const verb = tokens[e]!;
  // 'said patient care "will not be affected"': the quotation may open with the clause's verb.
  const quotedVerb = verb.quoted && tokens[e - 1] !== undefined && !tokens[e - 1]!.quoted && AUXILIARY.has(verb.lower);
  return !verb.punct && (!verb.quoted || quotedVerb) && !UPPER.test(verb.text) ? c : -1;
}

/** Personal pronouns that open a two-word content clause as its subject ("said she disagreed"). */
const SHORT_CLAUSE_SUBJECT = set('he she they we i it');
/** Function words that are no verb after such a pronoun ("said it all", "said so too"). */
const NOT_SHORT_VERB = set(
  'a an the this that these those and or but nor so too also then there here not only just all both himself herself themselves itself',
);

/**
 * Whether the content from token k (englishContentStart) to the offset `end` is a clause of two words, a pronoun
 * subject and its verb: "said she disagreed.", "said he agreed", "said they refused". Longer contents need no such
 * test; a pronoun with anything but a lower-case verb after it ("said it all", "said he, …") is none.
 */
export function englishShortClause(tokens: Tok[], k: number, end: number): boolean {
  const s = tokens[k];
  const v = tokens[k + 1];
  if (!s || !v || s.quoted || v.quoted || s.punct || v.punct || v.end > end) return false;
  const after = tokens[k + 2];
  if (after && !after.punct && after.start < end) return false;
  return (
    SHORT_CLAUSE_SUBJECT.has(s.lower) &&
    /^\p{Ll}+$/u.test(v.text) &&
    !NOT_SHORT_VERB.has(v.lower) &&
    !PREPOSITION.has(v.lower) &&
    !QUANTIFIER.test(v.lower)
  );
}

/** Cues that judge or state through an object and a predicative "as" ("described X as Y", "pointed to X as Y"). */
const AS_LEMMAS = set(
  'point describe cite dismiss praise criticize criticise reject welcome blame give characterize characterise single',
);
/** Words after "as" that make no predicative ("as well", "as soon as", "as part of", "as if"). */
const NOT_PREDICATIVE = set('well much many soon long far part if though such of to');

/**
 * Whether [k, e) is an object ("to" or "out" before it allowed) followed by "as" and a complement: "to the rise of
 * far-right parties as one key source". The object is a noun phrase and nothing else.
 */
function asPredicate(tokens: Tok[], k: number, e: number, rules: LangRules): boolean {
  let j = k;
  if (j < e && (tokens[j]!.lower === 'to' || tokens[j]!.lower === 'out')) j++;
  const head = npEnd(tokens, j, e, rules, 0);
  if (head <= j || head + 1 >= e) return false;
  const as = tokens[head]!;
  return as.lower === 'as' && !as.quoted && predicativeComplement(tokens, head + 1, e, rules);
}

/**
 * Whether a noun phrase after "as" at c is a complement ("as one key source.", "as 15,", "as a friend of the
 * port") and not a clause ("as he left", "as the band played": "as" a conjunction): no pronoun, and after the
 * phrase the segment ends or a preposition follows.
 */
function predicativeComplement(tokens: Tok[], c: number, e: number, rules: LangRules): boolean {
  const t = tokens[c];
  if (!t || c >= e || t.punct || t.quoted || NOT_PREDICATIVE.has(t.lower)) return false;
  const end = npEnd(tokens, c, e, rules, 0);
  if (end <= c) return false;
  const after = tokens[end];
  return end >= e || !after || after.punct || PREPOSITION.has(after.lower) || after.lower === 'and';
}

const PREPOSITION = set(
  'of in on at for to from with by about over against into amid between among across after before during toward towards',
);
const AUXILIARY = set(
  'is are was were be been being has have had do does did will would shall should can could may might must',
);

/** Whether [k, e) is a noun phrase with prepositional phrases only: no verb, no quotation. */
/**
 * Whether an irregular past tense stands after the noun of a phrase from k (a determiner) and before its own
 * object ("said the delay left crews unable to plan", "said the move hurt crews"): the phrase is a clause's
 * subject and its verb, not the cue's object. Not a participle before "by", a time word or a preposition.
 */
function pastVerbInside(tokens: Tok[], k: number, e: number): boolean {
  for (let j = k + 2; j < e - 1 && j < k + 5; j++) {
    const t = tokens[j]!;
    const p = tokens[j - 1]!;
    const n = tokens[j + 1]!;
    if (t.quoted || p.punct || p.quoted || !PAST_VERBS.has(t.lower) || UPPER.test(t.text)) continue;
    if (RE_2.test(p.lower) || RE_13.test(p.lower) || STOP.has(p.lower)) continue;
    if (!n.punct && !n.quoted && !STOP.has(n.lower) && !UPPER.test(n.text)) return true;
    if (RE_31.test(n.lower) || RE_29.test(n.lower) || RE_13.test(n.lower)) return true;
  }
  return false;
}

function nounPhraseOnly(tokens: Tok[], k: number, e: number, rules: LangRules): boolean {
  const head = npEnd(tokens, k, e, rules, 0);
  if (head <= k) return false;
  if (head < e && !PREPOSITION.has(tokens[head]!.lower)) return false;
  for (let j = k; j < e; j++) {
    const t = tokens[j]!;
    if (
      t.quoted ||
      AUXILIARY.has(t.lower) ||
      (j >= head && STOP.has(t.lower) && !PREPOSITION.has(t.lower) && !rules.determiners.has(t.lower)) ||
      rules.cue(tokens, j, e)
    )
      return false;
  }
  return true;
}

/** Whether the tokens from k to the end of their segment are an apposition (a noun phrase, no verb). */
export function englishApposition(tokens: Tok[], k: number, rules: LangRules): boolean {
  // ", adding that …", ", saying …": a participle of its own, not the content of the frame before.
  if (tokens[k] && SPEECH_ING.has(tokens[k]!.lower)) return true;
  // "…, it said in a statement": a trailing attribution of its own.
  if (tokens[k] && !tokens[k]!.quoted) {
    const e =
      rules.pronouns.has(tokens[k]!.lower) || tokens[k]!.lower === 'it'
        ? k + 1
        : npEnd(tokens, k, tokens.length, rules, 0);
    if (e > k && tokens[e] && rules.cue(tokens, e, tokens.length)) {
      let z = e + 1;
      while (z < tokens.length && !tokens[z]!.punct && !tokens[z]!.quoted && z - e < 8) z++;
      if (z >= tokens.length || (tokens[z]!.punct && tokens[z]!.text !== ',')) return true;
    }
  }
  // 'said, "Oh," and grabbed his ear': the quotation is what was said; the clause after it is narration.
  if (tokens[k]?.quoted) {
    let q = k;
    while (q < tokens.length && tokens[q]!.quoted) q++;
    if (tokens[q] && RE_20.test(tokens[q]!.lower)) return true;
  }
  let e = k;
  while (e < tokens.length && !tokens[e]!.punct) e++;
  return e > k && appositionEnd(tokens, k, e, rules) === e && !rules.pronouns.has(tokens[k]!.lower);
}

/** Speech acts that are statements without a content clause ("urged calm", "denied the allegations"). */
export const EN_REPORTING_LEMMAS: ReadonlySet<string> = set(
  'urge criticize criticise praise deny condemn demand warn announce accuse blame reject welcome pledge vow promise cite',
);

/** Subordinators that open a sentence with a clause of their own, its main clause after the comma. */
const OPENING_SUBORDINATOR = set('while whilst whereas although though');

/**
 * The end (token index, exclusive) of an English content clause from k: before a trailing relay frame, and at
 * the comma that closes an opening subordinate clause the frame stands in ("While initial reports gave the death
 * count as 15, AFP later said …").
 */
export function englishContentEnd(tokens: Tok[], k: number, end: number): number {
  let first = 0;
  while (first < k && tokens[first]!.punct) first++;
  let subordinate = first < k && OPENING_SUBORDINATOR.has(tokens[first]!.lower) && !tokens[first]!.quoted;
  for (let j = first + 1; subordinate && j < k; j++) if (tokens[j]!.punct || tokens[j]!.quoted) subordinate = false;
  let relative = false;
  // "The West, which believes the region is vital, has invested …": a cue inside a relative clause set off by
  // commas; its content ends where the main clause's verb goes on after the closing comma.
  let w = k - 1;
  while (w > first && k - w <= 4 && !tokens[w]!.punct && !tokens[w]!.quoted && !RE_10.test(tokens[w]!.lower)) w--;
  let inRelative = w > first && RE_10.test(tokens[w]!.lower) && tokens[w - 1]?.text === ',' && !tokens[w]!.quoted;
  // "The plan, described by X as a gamble, passed": likewise a reduced passive with its agent set off by commas.
  for (let r = k - 1; !inRelative && r > first && k - r <= 8 && !tokens[r]!.punct && !tokens[r]!.quoted; r--)
    if (tokens[r]!.lower === 'by' && RE_27.test(tokens[r - 1]!.lower) && tokens[r - 2]?.text === ',') inRelative = true;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.text !== ',' || t.quoted) continue;
    const n = tokens[j + 1];
    if (!n || n.quoted) continue;
    if (n.lower === 'according' || n.lower === 'citing') return j;
    if (inRelative && !n.punct && !UPPER.test(n.text) && !RESUMING_NOT_VERB.has(n.lower)) return j;
    // A relative clause inside the content ("the plan, which was costly, would work") does not end it: its
    // closing comma is skipped with it.
    if (relative) relative = false;
    else if (subordinate && RE_10.test(n.lower)) relative = true;
    else if (subordinate) return j;
  }
  return end;
}

/** Words after a comma that go on inside a content clause, not with the main clause's verb. */
const RESUMING_NOT_VERB = set(
  'and or but nor which who whom whose where when that the a an this these those its their his her our some many most all both each such as if while though although because since so then not including especially',
);

/** Passive participles of asking that open an adjunct after the subject (", asked about the prize,"). */
const ASKED_PARTICIPLE = set('asked questioned pressed');

/** Participles of thought or judgement that open an adjunct (", blaming …", ", fearing …"): no speech act. */
const ADJUNCT_ING = set(
  'blaming fearing hoping expecting believing thinking urging calling praising criticizing criticising citing describing welcoming accusing signalling signaling',
);

/** Speech participles whose subject is the main clause's (", saying …", ", adding …"). */
const SPEECH_ING = set(
  'saying adding warning arguing insisting noting stressing claiming explaining stating telling writing declaring announcing confirming vowing promising',
);

/**
 * Rewrites an English unit's frames in place: appositive subjects, relay chains and participial adjuncts.
 * Returns the frames to keep.
 */
export function refineEnglishFrames(tokens: Tok[], frames: Frame[], rules: LangRules): Frame[] {
  const drop = new Set<Frame>();
  const verbs = frames.filter((f) => f.type === 'verb');
  // Speakers replaced below, so that a coordinated verb that copied one ("said … and accused …") follows.
  const replaced = new Map<string, Span>();
  const key = (sp: Span): string => `${sp.start}:${sp.end}`;
  // Participles taken into a relay frame before them ("reported Xi as saying"), by token index.
  const relayed = new Set<number>();
  for (const f of verbs) {
    // A coordinated verb that copied a speaker fixed below ("X, …, said … and accused …") is part of that
    // statement, and its quotations belong to the first frame.
    if ((f.speaker && replaced.has(key(f.speaker))) || relayed.has(f.at)) {
      drop.add(f);
      continue;
    }
    // '"…," CCTV reported Xi as saying', "state media quoted him as telling …", "Xi was quoted as saying …": the
    // person quoted speaks; the reporter (the subject, or the agent after "by") relays.
    const quoted = RELAY_AS.has(tokens[f.at]!.lower) ? quotedAs(tokens, f, rules) : null;
    if (quoted) {
      if (quoted.speaker) {
        if (f.speaker) f.via = [f.speaker, ...f.via];
        f.speaker = quoted.speaker;
      } else if (quoted.agent) f.via = [quoted.agent, ...f.via];
      relayed.add(quoted.participle);
      f.to = quoted.participle + 1;
      continue;
    }
    const cue = tokens[f.at]!;
    const prev = tokens[f.at - 1];
    // "in a video posted online", "a statement released on Friday": a participle after its document is no speech act.
    if (documentParticiple(tokens, f.at)) {
      drop.add(f);
      continue;
    }
    // "will carry a warning about …", "the briefing": a form in -ing after an article or a possessive is a noun.
    if (RE_4.test(cue.lower) && prev !== undefined && !prev.quoted && NOUN_DETERMINER.test(prev.lower)) {
      drop.add(f);
      continue;
    }
    // "X posted an update on X saying …": the verb issues a document; the participle after it says what it said.
    if (ISSUING_VERB.test(cue.lower) && !cue.quoted && documentThenSaying(tokens, f.at)) {
      drop.add(f);
      continue;
    }
    // "who asked not to be named", "who requested anonymity": a source's condition of anonymity is no statement.
    if (!cue.quoted && ANONYMITY_CUE.has(cue.lower) && anonymityRequest(tokens, f.at + 1)) {
      drop.add(f);
      continue;
    }
    // "fewer than economists had expected", "more than analysts forecast": a comparison's standard, no statement.
    if (!cue.quoted && comparisonStandard(tokens, f.at)) {
      drop.add(f);
      continue;
    }
    // "Employers added 143,000 jobs in December, fewer than …": "add" with an amount as its object is no speech act.
    if (ADD_VERB.test(cue.lower) && !cue.quoted && amountObject(tokens, f.at + 1)) {
      drop.add(f);
      continue;
    }
    const segOpen = prev !== undefined && prev.text === ',' && !prev.quoted;
    // "The Russian leader, asked about the prize, said …": a passive participle of asking set off by commas is an
    // adjunct of the subject, no speech act of its own; the verb after it speaks.
    if (segOpen && ASKED_PARTICIPLE.has(cue.lower) && verbs.some((g) => g.at > f.at && tokens[g.at]!.seg > cue.seg)) {
      drop.add(f);
      continue;
    }
    // "X, the coach, has said …": auxiliaries between the comma and the cue.
    let open = f.at;
    while (open > 0 && !tokens[open - 1]!.quoted && AUX_CHAIN.has(tokens[open - 1]!.lower)) open--;
    const auxOpen = open < f.at && tokens[open - 1]?.text === ',' && !tokens[open - 1]!.quoted;
    // "Citing two sources, Bloomberg reported that …": the cited source speaks, through the next frame's speaker.
    if (cue.lower === 'citing' && f.at === tokens.findIndex((t) => !t.punct && !t.quoted)) {
      const host = verbs.find((g) => g !== f && g.at > f.at && g.speaker && tokens[g.at]!.seg > tokens[f.at]!.seg);
      const cited = englishNP(tokens, f.at + 1, tokens.length, rules);
      if (host && cited && host.speaker && citedSource(tokens, f.at + 1, cited)) {
        host.via = [host.speaker, ...host.via];
        host.speaker = cited;
      }
      drop.add(f);
      continue;
    }
    // ", citing people familiar with the matter" after "X reported": X relays; the cited source speaks.
    if (cue.lower === 'citing' && segOpen) {
      const host = [...verbs].reverse().find((g) => g !== f && g.at < f.at && g.speaker && !drop.has(g));
      const cited = englishNP(tokens, f.at + 1, tokens.length, rules);
      if (host && cited && host.speaker) {
        // The frame's token range stays the host's: its content clause is found after its own cue.
        host.via = [host.speaker, ...host.via];
        host.speaker = cited;
        drop.add(f);
        continue;
      }
      // "The bank lowered rates on Thursday, citing an improvement in the outlook": no report before it, so the
      // sentence's subject gives its reason, and the sentence is its statement.
      const subj = host ? null : sentenceSubject(tokens, f.at, rules);
      if (subj) {
        f.speaker = subj;
        f.to = f.at + 1;
        f.participle = true;
      } else drop.add(f);
      continue;
    }
    // "The union is calling for better wages while at the same time demanding shorter hours": a speech
    // participle after "while" has the main clause's subject.
    if (!f.speaker && RE_4.test(cue.lower) && !f.weak && afterWhile(tokens, f.at)) {
      const subj = sentenceSubject(tokens, f.at, rules);
      if (subj) {
        f.speaker = subj;
        f.to = f.at + 1;
        f.participle = true;
        continue;
      }
    }
    if (segOpen && RE_4.test(cue.lower) && !f.weak && SPEECH_ING.has(cue.lower)) {
      // '"…," he said, adding that …': the speaker of the frame before; else the sentence's subject.
      const before = [...verbs].reverse().find((g) => g !== f && g.at < f.at && g.speaker && !drop.has(g));
      const subj = before?.speaker ?? sentenceSubject(tokens, f.at, rules);
      if (subj) {
        f.speaker = subj;
        f.to = f.at + 1;
        f.participle = true;
      } else drop.add(f);
      continue;
    }
    if (RE_4.test(cue.lower) && (ADJUNCT_ING.has(cue.lower) || segOpen)) {
      drop.add(f);
      continue;
    }
    // "X released a statement saying …", "X sent a letter to Y on Monday saying …": the document speaks for the
    // subject of the sentence, whose verb issued it.
    // A noun phrase between the document and the participle is no speaker ("… a letter to the regulator after the
    // hearing saying …").
    const docAt = SPEECH_ING.has(cue.lower) ? documentBefore(tokens, f.at) : -1;
    if (docAt >= 0 && (!f.speaker || f.speaker.start > tokens[docAt]!.start)) {
      const subj = sentenceSubject(tokens, f.at, rules);
      if (subj) {
        f.speaker = subj;
        f.to = f.at + 1;
      }
    }
    // "Campaigners welcomed the fine but said …": the subject of the verb before.
    if (!f.speaker && prev && !prev.quoted && RE_18.test(prev.lower)) {
      const host = [...verbs].reverse().find((g) => g !== f && g.at < f.at && g.speaker && !drop.has(g));
      if (host) f.speaker = host.speaker;
    }
    // "when asked whether …", "unless told otherwise": a reduced passive, the subject is spoken to.
    if (prev && !prev.quoted && RE_21.test(prev.lower) && RE_22.test(cue.lower)) {
      drop.add(f);
      continue;
    }
    // "were announced", "was reported by X": a passive cue; its agent speaks, else no one does.
    let b0 = f.at - 1;
    while (b0 >= 0 && RE_23.test(tokens[b0]!.lower)) b0--;
    // "The plan, described by X as a gamble, passed": a reduced passive set off by a comma, with its agent.
    const reduced = segOpen && RE_27.test(cue.lower) && tokens[f.at + 1]?.lower === 'by' && AS_LEMMAS.has(f.lemma);
    if (reduced || (b0 >= 0 && !tokens[b0]!.quoted && RE_24.test(tokens[b0]!.lower) && !RE_4.test(cue.lower))) {
      const by = tokens[f.at + 1]?.lower === 'by' ? englishNP(tokens, f.at + 2, tokens.length, rules) : null;
      const after = by ? tokenIndexAfter(tokens, by) : -1;
      // "first reported by The New York Times, which said …": the relative clause carries the statement.
      const relative = after > 0 && tokens[after]?.text === ',' && RE_10.test(tokens[after + 1]?.lower ?? '');
      if (!by || relative) {
        drop.add(f);
        continue;
      }
      f.speaker = by;
      f.passive = true;
      f.to = tokenIndexAfter(tokens, by);
      continue;
    }
    // "The committee that oversees the program said …", "Officials who spoke on condition of anonymity said …": the
    // subject opens the sentence before its relative clause.
    if (!f.speaker && prev && !prev.punct && !prev.quoted) {
      const rel = relativeSubject(tokens, f.at, rules);
      if (rel) {
        f.speaker = rel;
        f.from = Math.min(
          f.from,
          tokens.findIndex((x) => x.start >= rel.start),
        );
        f.to = f.at + 1;
        continue;
      }
    }
    // "…, Anna Holt, the agency's director, said.", "…, the agency's director, Anna Holt, said on Tuesday.": a name
    // and its apposition between the content and a cue that closes the sentence.
    if (segOpen && !f.speaker) {
      const tail = trailingNamedSpeaker(tokens, f.at, rules);
      if (tail) {
        f.speaker = tail.span;
        f.from = tail.from;
        f.to = f.at + 1;
        continue;
      }
    }
    // "X, the company's chief executive, said …" / "X, speaking in London, said …": the subject opens the sentence.
    if ((segOpen || auxOpen) && (!f.speaker || f.speaker.start > cue.start)) {
      const app = appositiveSubject(tokens, auxOpen ? open : f.at, rules);
      if (app) {
        if (f.speaker) replaced.set(key(f.speaker), app);
        f.speaker = app;
        f.from = Math.min(
          f.from,
          tokens.findIndex((x) => x.start >= app.start),
        );
        f.to = f.at + 1;
      }
    }
  }
  // "Citing two sources, Bloomberg reported that …": the cited source speaks, through the next frame's speaker.
  const f0 = tokens.findIndex((t) => !t.punct && !t.quoted);
  if (f0 >= 0 && tokens[f0]!.lower === 'citing') {
    const cited = englishNP(tokens, f0 + 1, tokens.length, rules);
    const host = verbs.find((g) => !drop.has(g) && g.speaker && tokens[g.at]!.seg > tokens[f0]!.seg);
    if (cited && host && host.speaker && citedSource(tokens, f0 + 1, cited)) {
      host.via = [host.speaker, ...host.via];
      host.speaker = cited;
    }
  }
  // "X said …, according to Y": Y is the channel the statement came through.
  for (const g of frames) {
    if (g.type !== 'according' || !g.speaker) continue;
    const prev = tokens[g.from - 1];
    if (!prev || prev.text !== ',' || prev.quoted) continue;
    const host = [...verbs]
      .reverse()
      .find(
        (f) =>
          !drop.has(f) &&
          f.at < g.from &&
          f.speaker &&
          !f.weak &&
          (f.lemma === 'say' ||
            f.lemma === 'report' ||
            f.lemma === 'tell' ||
            f.lemma === 'announce' ||
            f.lemma === 'state' ||
            f.lemma === 'confirm'),
      );
    if (!host) continue;
    host.via = [...host.via, g.speaker];
    drop.add(g);
  }
  return drop.size ? frames.filter((f) => !drop.has(f)) : frames;
}

/** Verbs that relay what someone said as "X reported Y as saying …", "Y was quoted by X as telling …". */
const RELAY_AS = set('reported reports quoted quotes quote cited cites');

/**
 * "reported Xi as saying", "quoted him as telling", "was quoted by the agency as saying": the quoted person (the
 * object; none in a passive, whose subject is already the frame's speaker), the agent of a passive, and the token
 * index of the speech participle after "as"; null when the cue is not followed by that pattern.
 */
function quotedAs(
  tokens: Tok[],
  f: Frame,
  rules: LangRules,
): { speaker: Span | null; agent: Span | null; participle: number } | null {
  let k = f.at + 1;
  let speaker: Span | null = null;
  let agent: Span | null = null;
  const passive = f.at > 0 && RE_24.test(tokens[f.at - 1]!.lower);
  if (passive && tokens[k]?.lower === 'by') {
    agent = englishNP(tokens, k + 1, tokens.length, rules);
    if (!agent) return null;
    k = tokenIndexAfter(tokens, agent);
  } else if (!passive) {
    const t = tokens[k];
    speaker =
      t && !t.quoted && /^(him|her|them)$/u.test(t.lower)
        ? { start: t.start, end: t.end }
        : englishNP(tokens, k, tokens.length, rules);
    if (!speaker) return null;
    k = tokenIndexAfter(tokens, speaker);
  }
  const as = tokens[k];
  const participle = tokens[k + 1];
  if (!as || as.quoted || as.lower !== 'as' || !participle || participle.quoted || !SPEECH_ING.has(participle.lower))
    return null;
  return { speaker, agent, participle: k + 1 };
}

/** "while demanding", "whilst at the same time urging": "while" a few words before the participle, in its segment. */
function afterWhile(tokens: Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = tokens[k]!;
    if (t.punct || t.quoted || t.seg !== tokens[at]!.seg) return false;
    if (t.lower === 'while' || t.lower === 'whilst') return true;
  }
  return false;
}

/**
 * Whether the phrase after an opening "Citing" names a source ("Citing two sources", "Citing Reuters", "Citing a
 * report by X"), not a reason ("Citing the ongoing war in Ukraine, X said"): a name first, a person, or a source,
 * staff, person or document noun among its words before "in"/"of"/a name.
 */
function citedSource(tokens: Tok[], from: number, cited: Span): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.end <= cited.end; k++) {
    const t = tokens[k]!;
    if (t.person) return true;
    if (k === from && UPPER.test(t.text)) return true;
    if (RE_28.test(t.lower) || t.lower === 'of' || UPPER.test(t.text)) break;
    const w = t.lower;
    if (
      STAFF_HEAD.test(w) ||
      PERSON_HEAD.test(w) ||
      DOCUMENT.test(w) ||
      DOC_WORD.test(w) ||
      /^(?:sources|source|people|person|media|outlets|reports)$/u.test(w)
    )
      return true;
  }
  return false;
}

/** Where a document noun ("statement", "letter") stands among the few words before a participle, in the same segment (-1: none). */
function documentBefore(tokens: Tok[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const t = tokens[k]!;
    if (t.punct || t.quoted || t.seg !== tokens[at]!.seg) return -1;
    if (DOC_WORD.test(t.lower) || DOCUMENT.test(t.lower)) return k;
  }
  return -1;
}

/** Whether the cue at `at` is a participle after its document ("a video posted online", "the report released"). */
function documentParticiple(tokens: Tok[], at: number): boolean {
  const cue = tokens[at]!;
  const prev = tokens[at - 1];
  return (
    prev !== undefined &&
    !prev.quoted &&
    !cue.quoted &&
    RE_27.test(cue.lower) &&
    (DOC_WORD.test(prev.lower) || DOCUMENT.test(prev.lower)) &&
    RE_13.test(tokens[at - 2]?.lower ?? '') &&
    // "…, the study concluded.", "the review concluded that …": a finite verb, the document its subject.
    !(tokens[at + 1] !== undefined && (tokens[at + 1]!.lower === 'that' || /^[.!?;]$/u.test(tokens[at + 1]!.text)))
  );
}

const NOUN_DETERMINER = /^(?:a|an|the|this|that|its|his|her|their|our|no|every)$/u;
const ISSUING_VERB =
  /^(?:post|posts|posted|publish|publishes|published|issue|issues|issued|release|releases|released|share|shares|shared)$/u;
/** A document noun within three words after `at`, then "saying" within the next eight, in one clause segment. */
function documentThenSaying(tokens: Tok[], at: number): boolean {
  let doc = -1;
  for (let k = at + 1; k < tokens.length && k <= at + 11; k++) {
    const t = tokens[k]!;
    if (t.punct || t.quoted || t.seg !== tokens[at]!.seg) return false;
    if (doc < 0 && k <= at + 3 && DOC_WORD.test(t.lower)) doc = k;
    if (doc >= 0 && t.lower === 'saying') return true;
  }
  return false;
}

/** A cue after "than" and up to three words of its subject, with any auxiliaries ("than economists had expected"). */
function comparisonStandard(tokens: Tok[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && AUX_CHAIN.has(tokens[k]!.lower)) k--;
  for (let n = 0; n < 4 && k >= 0 && !tokens[k]!.punct && !tokens[k]!.quoted; n++, k--)
    if (tokens[k]!.lower === 'than') return n > 0;
  return false;
}

/** Verbs of a source's request for anonymity ("asked not to be named", "requested anonymity"). */
const ANONYMITY_CUE = set('asked requested declined spoke');
/** Whether the words at `k` ask for anonymity: "not to be named/identified", "anonymity", "to be identified". */
function anonymityRequest(tokens: Tok[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const w = tokens[j]!;
    if (w.punct || w.quoted) return false;
    if (w.lower === 'anonymity' || ((w.lower === 'named' || w.lower === 'identified') && tokens[j - 1]?.lower === 'be'))
      return true;
  }
  return false;
}

const ADD_VERB = /^(?:add|adds|added|adding)$/u;
/** A number and a noun that is no span of time ("143,000 jobs", "2 goals"; not "20 minutes later"). */
function amountObject(tokens: Tok[], k: number): boolean {
  const n = tokens[k];
  const noun = tokens[k + 1];
  return (
    n !== undefined &&
    /^\d/u.test(n.text) &&
    (noun === undefined || !/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/u.test(noun.lower))
  );
}

function tokenIndexAfter(tokens: Tok[], s: Span): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= s.end) k++;
  return k;
}

const DATELINE_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;

/**
 * The first token after a dateline that opens the sentence ("FRANKFURT (Reuters) - The bank …", "CAPE CANAVERAL,
 * Fla. — …"): a word in capitals and, within the next dozen tokens, a gap of three characters or more between two
 * tokens (the dash, which is no token, with its spaces); else `f0` itself.
 */
function afterDateline(tokens: Tok[], f0: number): number {
  if (f0 < 0 || !DATELINE_WORD.test(tokens[f0]!.text)) return f0;
  for (let k = f0 + 1; k < tokens.length && k <= f0 + 12; k++) {
    const t = tokens[k]!;
    if (t.quoted) return f0;
    if (t.start - tokens[k - 1]!.end >= 3) return t.punct ? f0 : k;
  }
  return f0;
}

/**
 * The noun phrase that opens the sentence when a relative clause without commas stands between it and the cue at
 * `cue` ("The committee that oversees the program said"), else null. The clause is at most ten words.
 */
function relativeSubject(tokens: Tok[], cue: number, rules: LangRules): Span | null {
  const f0 = afterDateline(
    tokens,
    tokens.findIndex((t) => !t.punct && !t.quoted),
  );
  if (f0 < 0 || f0 >= cue || tokens.slice(0, f0).some((t) => t.quoted)) return null;
  const e0 = npEnd(tokens, f0, cue, rules, 0);
  const r = tokens[e0];
  if (e0 <= f0 || !r || r.quoted || !RELATIVE.has(r.lower) || cue - e0 < 3 || cue - e0 > 11) return null;
  for (let k = e0 + 1; k < cue; k++) if (tokens[k]!.punct || tokens[k]!.quoted) return null;
  return { start: tokens[f0]!.start, end: tokens[e0 - 1]!.end };
}
const RELATIVE = set('that who which');
/** Prepositions of a subject's workplace or origin after its head ("a worker at the plant"). */
const HEAD_PREPOSITION = set('at in from with');
const RELATIVE_WHO = set('who whose which');

/**
 * For a cue after a comma that closes its sentence (alone or with a time adverbial: "said.", "said on Tuesday."):
 * the two segments before it when they are a name and its apposition, in either order, after a clause of three
 * words or more ("Launch is set for March, Anna Holt, the agency's director, said."). Null otherwise.
 */
function trailingNamedSpeaker(tokens: Tok[], cue: number, rules: LangRules): { span: Span; from: number } | null {
  let after = cue + 1;
  const close = (k: number): boolean => k >= tokens.length || (tokens[k]!.punct && tokens[k]!.text === '.');
  if (!close(after)) {
    after = adverbialEnd(tokens, after, tokens.length);
    if (after === cue + 1 || !close(after)) return null;
  }
  const c1 = cue - 1;
  const segmentBefore = (c: number): number => {
    let k = c - 1;
    while (k >= 0 && !tokens[k]!.punct && !tokens[k]!.quoted && c - k <= 8) k--;
    return k >= 0 && tokens[k]!.text === ',' && !tokens[k]!.quoted && k < c - 1 ? k : -1;
  };
  const c0 = segmentBefore(c1);
  if (c0 < 0) return null;
  const cm = segmentBefore(c0);
  if (cm < 3) return null;
  const isNP = (a: number, b: number): boolean => npEnd(tokens, a, b, rules, 0) === b;
  const named = (a: number, b: number): boolean => tokens.slice(a, b).every((t) => t.person);
  if (!isNP(cm + 1, c0) || !isNP(c0 + 1, c1)) return null;
  if (!named(cm + 1, c0) && !named(c0 + 1, c1)) return null;
  return { span: { start: tokens[cm + 1]!.start, end: tokens[c1 - 1]!.end }, from: cm + 1 };
}

/** The noun phrase that opens the sentence, when it is a subject (not "On Tuesday", not a quotation). */
function sentenceSubject(tokens: Tok[], before: number, rules: LangRules): Span | null {
  const f0 = afterDateline(
    tokens,
    tokens.findIndex((t) => !t.punct && !t.quoted),
  );
  if (f0 < 0 || f0 >= before || tokens.slice(0, f0).some((t) => t.quoted)) return null;
  const np = englishNP(tokens, f0, before, rules);
  if (!np) return np;
  // "The bank kept its rate …, saying …": the phrase ends before the main clause's verb in the past tense.
  for (let k = f0 + 1; k < before && tokens[k]!.end <= np.end; k++) {
    const t = tokens[k]!;
    const p = tokens[k - 1]!;
    if (
      !t.quoted &&
      !UPPER.test(t.text) &&
      (RE_9.test(t.lower) || PAST_VERBS.has(t.lower)) &&
      !RE_2.test(p.lower) &&
      !RE_13.test(p.lower) &&
      !p.punct
    )
      return { start: np.start, end: p.end };
  }
  return np;
}

/** Irregular past tenses that end a subject's noun phrase ("The bank kept …", "The agency held …"). */
const PAST_VERBS = set(
  'kept held cut cost hurt left made set took gave put sold bought won lost met rose fell began sent spent paid brought built hit led ran saw told went wrote broke chose came found got heard knew let struck threw withdrew upheld',
);

/**
 * For a cue that opens a segment after a comma: the sentence-initial noun phrase when every segment between it
 * and the cue is an apposition ("the company's chief executive", "58", "speaking in London", "who …"). The span
 * runs to the apposition that names a person when the opening phrase does not ("His lawyer, James Whitfield,").
 */
const UPPER_TOKEN = /^\p{Lu}/u;
const NAME_JOINER = /^(?:&|of|and|for|the)$/u;

function appositiveSubject(tokens: Tok[], cue: number, rules: LangRules): Span | null {
  const f0 = afterDateline(
    tokens,
    tokens.findIndex((t) => !t.punct && !t.quoted),
  );
  // '"…," X, head of Y, said': a quotation may open the sentence before its subject, not stand inside the span.
  if (f0 < 0 || tokens.slice(f0, cue).some((t) => t.quoted)) return null;
  let e0 = npEnd(tokens, f0, cue, rules, 0);
  // "A worker at the plant, who …, said", "One employee in the firm's Dublin office, …": the head with one
  // prepositional phrase of where it works.
  if (e0 > f0 && HEAD_PREPOSITION.has(tokens[e0]?.lower ?? '') && !tokens[e0]!.quoted) {
    const e1 = npEnd(tokens, e0 + 1, cue, rules, 0);
    if (e1 > e0 + 1 && tokens[e1]?.text === ',') e0 = e1;
  }
  if (e0 <= f0 || tokens[e0]?.text !== ',') return null;
  const head: Span = { start: tokens[f0]!.start, end: tokens[e0 - 1]!.end };
  // "President William Ruto's spokesman": a possessor is not the person the phrase names.
  const lastPerson = tokens
    .slice(f0, e0)
    .filter((t) => t.person)
    .pop();
  const headPerson = lastPerson !== undefined && !RE_25.test(lastPerson.text);
  // A head that names no one: lower-case words after its first word ("The club's owner", "Its parent company").
  const descriptionHead = e0 - f0 >= 2 && tokens.slice(f0 + 1, e0).every((t) => !UPPER_TOKEN.test(t.text));
  let span = head;
  let k = e0 + 1;
  let hops = 0;
  while (k < cue && hops < 3) {
    let e = k;
    while (e < cue && !(tokens[e]!.text === ',' && !tokens[e]!.quoted)) e++;
    if (e >= cue || e === k) return null;
    const w = tokens[k]!;
    const isAge = e === k + 1 && RE_26.test(w.text);
    const isParticiple =
      (RE_4.test(w.lower) && !rules.cue(tokens, k, e)) ||
      (RE_27.test(w.lower) && RE_28.test(tokens[k + 1]?.lower ?? '')) ||
      w.lower === 'speaking' ||
      ASKED_PARTICIPLE.has(w.lower) ||
      w.lower === 'who' ||
      w.lower === 'whose' ||
      w.lower === 'which' ||
      adverbialEnd(tokens, k, e) === e;
    let npE = isAge || isParticiple ? -1 : appositionEnd(tokens, k, e, rules);
    // "X, a neurologist at Y who was not involved in the study, said …": a relative clause may close the apposition.
    if (npE !== e && !isAge && !isParticiple) {
      let r = k + 1;
      while (r < e && !RELATIVE_WHO.has(tokens[r]!.lower)) r++;
      if (r < e && appositionEnd(tokens, k, r, rules) === r) npE = e;
    }
    if (!isAge && !isParticiple && npE !== e) return null;
    // "The club's owner, Caldwell Sports Group, said": a description and the name of a body in apposition.
    const named =
      tokens.slice(k, e).some((t) => t.person) ||
      (descriptionHead &&
        tokens.slice(k, e).every((t) => UPPER_TOKEN.test(t.text) || NAME_JOINER.test(t.lower)) &&
        UPPER_TOKEN.test(tokens[e - 1]!.text));
    if (!headPerson && npE === e && named) span = { start: head.start, end: tokens[e - 1]!.end };
    if (e + 1 === cue) return span;
    k = e + 1;
    hops++;
  }
  return null;
}

/** A spokesperson named by no body ("A spokesperson", "a spokeswoman", "The spokesman"). */
const BARE_SPOKESPERSON = /^(?:an?|the)\s+spokes(?:man|woman|person)$/iu;

/**
 * An English speaker whose resolved actor is only a possessor in it ("Trump's campaign", "Conti's assistant",
 * "Saudi Arabia's energy ministry") is not that actor: another name in the span that is no possessor wins
 * (a person first), else the speaker stays unresolved.
 */
export function englishResolution(
  text: string,
  index: ActorIndex,
  span: Span,
  res: Resolution,
  previousEnd = -1,
  previousActor?: string | null,
): Resolution {
  if (RE_29.test(text.slice(span.start, span.end))) return newSubject(text, index, span, previousEnd) ?? res;
  const said = text.slice(span.start, span.end).trim();
  // "The port authority said … . A spokesperson added …": a bare spokesperson speaks for the body that was the
  // source of the statement right before (no other name between).
  if (
    !res.actorId &&
    BARE_SPOKESPERSON.test(said) &&
    previousActor &&
    /^(?:organization|media):/u.test(previousActor) &&
    previousEnd >= 0 &&
    span.start - previousEnd < 400 &&
    !(refAt(index, span.start) > 0 && index.refs[refAt(index, span.start) - 1]!.start >= previousEnd)
  )
    return { actorId: previousActor };
  // "… according to the Justice Department. It said …", "… according to the commission. Turnout was 68%, it said":
  // "it" in the next sentence, with no name between, goes on with the body that was the source of the sentence
  // before (unresolved where that body was, "the commission"), not with a body named elsewhere (a wire credit).
  if (
    /^it$/iu.test(said) &&
    previousActor !== undefined &&
    (previousActor === null
      ? BODY_WORD_BEFORE.test(text.slice(Math.max(0, previousEnd - 30), previousEnd))
      : /^(?:organization|media):/u.test(previousActor)) &&
    previousEnd >= 0 &&
    IT_AFTER_SOURCE.test(text.slice(previousEnd, span.start)) &&
    !(refAt(index, span.start) > 0 && index.refs[refAt(index, span.start) - 1]!.start >= previousEnd)
  )
    return { actorId: previousActor };
  // "He and his colleagues": the pronoun that opens the coordination is resolved as "he" alone.
  const lead = PRONOUN_AND.exec(said);
  if (lead) {
    const at = span.start + text.slice(span.start, span.end).indexOf(lead[1]!);
    return englishResolution(text, index, { start: at, end: at + lead[1]!.length }, res, previousEnd);
  }
  // "Governor Lucinda Park declared … . Her office said …": an official's office speaks for the official, the person
  // "her" refers to (the subject of a sentence since the previous source, else the person last named).
  if (OFFICE_OF_PRONOUN.test(said) && !res.actorId) {
    const subject = newSubject(text, index, span, previousEnd);
    if (subject) return subject;
    for (let k = refAt(index, span.start) - 1; k >= 0 && span.start - index.refs[k]!.end < 600; k--) {
      const r = index.refs[k]!;
      if (r.actor.kind === 'person' && !r.descriptor && !insideQuote(text, r.start)) return { actorId: r.actor.id };
    }
  }
  // "The ceremony was hosted by the broadcaster Kofi Adjei. The host said …": the person the passive named.
  if (THE_HOST.test(said) && !res.actorId) {
    const from = Math.max(0, span.start - 1500);
    const at = text.slice(from, span.start).lastIndexOf('hosted by ');
    if (at >= 0) {
      const by = from + at + 10;
      for (let k = refAt(index, by); k < index.refs.length && index.refs[k]!.start < by + 60; k++) {
        const r = index.refs[k]!;
        if (r.start >= span.start) break;
        if (!r.descriptor && r.actor.kind !== 'place') return { actorId: r.actor.id };
      }
    }
  }
  // "the Italian", "the 23-year-old", "the Spaniard": the person last spoken of.
  if (RE_30.test(said) && !nameIn(index, span)) {
    const subject = newSubject(text, index, span, previousEnd);
    if (subject) return subject;
    if (res.actorId) return res;
    for (let k = refAt(index, span.start) - 1; k >= 0 && span.start - index.refs[k]!.end < 600; k--) {
      const r = index.refs[k]!;
      if (r.actor.kind === 'person' && !r.descriptor && !insideQuote(text, r.start)) return { actorId: r.actor.id };
    }
  }
  // "Ireland's government", "Nordair's board", "The FBI's Seattle field office": an organ of a body or a country
  // speaks for its owner, not for a place that only says where the organ sits.
  if (BODY_ORGAN.test(lastHead(said))) {
    for (let k = refAt(index, span.start); k < index.refs.length && index.refs[k]!.start < span.end; k++) {
      const r = index.refs[k]!;
      if (r.end > span.end) break;
      if (
        !r.descriptor &&
        r.actor.kind !== 'person' &&
        RE_32.test(text.slice(r.end, Math.min(span.end + 1, r.end + 4)))
      )
        return { ...res, actorId: r.actor.id };
    }
  }
  // "the ministry" is a body, never a person found by a role word ("the ministry's spokesman").
  if (BODY_ANAPHOR.test(said))
    return (
      definiteBody(text, index, span) ?? { ...res, actorId: res.actorId?.startsWith('person:') ? null : res.actorId }
    );
  // A person found by a role word only when the phrase is headed by a person noun ("a statement from the ministry" is not).
  if (
    res.actorId?.startsWith('person:') &&
    !RE_31.test(said) &&
    !nameIn(index, span) &&
    !PERSON_HEAD.test(lastHead(said))
  )
    return { ...res, actorId: null };
  if (!res.actorId) {
    const body = definiteBody(text, index, span) ?? namedBody(text, index, span, said);
    if (body) return body;
    // "The company … plans …, according to a filing with the regulator": the company filed it.
    if (FILING.test(said)) {
      const from = Math.max(text.lastIndexOf('\n', span.start), text.lastIndexOf('. ', span.start) + 1) + 1;
      const lead = COMPANY_SUBJECT.exec(text.slice(from, span.start));
      if (lead) {
        const at = from + lead.index + lead[0].length - lead[1]!.length;
        const filer = definiteBody(text, index, { start: at, end: at + lead[1]!.length });
        if (filer?.actorId) return { ...res, actorId: filer.actorId };
      }
    }
    // "city officials said": the city the article names as "the city of X" (or its dateline) speaks.
    const local = LOCAL_STAFF.exec(said);
    if (local && !nameIn(index, span)) {
      const place = municipality(text, index, span.start, local[1]!.toLowerCase());
      if (place) return { ...res, actorId: place.id };
    }
    // "a spokesman for the company", "officials at the agency", "the bureau's spokeswoman": the body's staff speak for it.
    // "minutes released by the bank", "a statement from the agency": the document's author is the body.
    const part =
      BODY_SPOKESPERSON.exec(said[0]!.toLowerCase() + said.slice(1)) ??
      SPOKESPERSON_OF_BODY.exec(said) ??
      DOCUMENT_OF_BODY.exec(said);
    // "an agency update", "the company statement": a document named by its author's common noun.
    const noun = NOUN_DOCUMENT.exec(said);
    if (noun && !nameIn(index, span)) return definiteBody(text, index, span, `the ${noun[1]!.toLowerCase()}`) ?? res;
    if (part && !nameIn(index, span)) {
      const at = span.start + text.slice(span.start, span.end).indexOf(part[1]!);
      const inner = { start: at, end: at + part[1]!.length };
      return definiteBody(text, index, inner) ?? namedBody(text, index, inner, part[1]!) ?? res;
    }
    return res;
  }
  const inSpan: ActorIndex['refs'] = [];
  for (let k = refAt(index, span.start); k < index.refs.length && index.refs[k]!.start < span.end; k++) {
    const r = index.refs[k]!;
    if (!r.descriptor && r.end <= span.end) inSpan.push(r);
  }
  const possessor = (r: { end: number }): boolean => RE_32.test(text.slice(r.end, Math.min(span.end + 1, r.end + 4)));
  const chosen = inSpan.filter((r) => r.actor.id === res.actorId);
  if (!chosen.length || !chosen.every(possessor)) return res;
  const rank = (kind: string): number => (kind === 'person' ? 3 : kind === 'organization' || kind === 'media' ? 2 : 1);
  const other = inSpan
    .filter((r) => !possessor(r) && r.actor.id !== res.actorId)
    .sort((x, y) => rank(y.actor.kind) - rank(x.actor.kind))[0];
  if (other) return { ...res, actorId: other.actor.id };
  // "Taiwan’s Foreign Minister", "the company's spokeswoman": a role of a place or organisation, and no one else
  // named, speaks for its owner; a person's role ("Trump's lawyer") or a thing ("the ministry's report") does not.
  const owner = chosen[0]!.actor.kind;
  return { ...res, actorId: owner !== 'person' && PERSON_HEAD.test(lastHead(said)) ? res.actorId : null };
}

/** Heads of a body's organs, which speak for the body that owns them ("the company's board", "Ireland's government"). */
const BODY_ORGAN =
  /^(?:board|government|cabinet|management|leadership|office|directors|executives|regulators|negotiators|delegation|military|parliament)$/u;

/** A regulatory filing as the source ("a filing with the SEC", "the company's filings"). */
const FILING = /^(?:a|an|the)\s+(?:regulatory\s+|securities\s+|court\s+)?filings?\b/iu;
/** "The company" opening the sentence of a source, after any spaces. */
const COMPANY_SUBJECT = /^\s*(the\s+(?:company|firm))\b/iu;

/** Officials of a town or city, unnamed ("city officials", "the town's officials"). */
const LOCAL_STAFF = /^(?:the\s+)?(city|town|village)(?:['’]s)?\s+(?:officials|authorities|leaders|administrators)$/iu;

/**
 * The place a text calls "the city of X" (the kind given) last before `before`, else the dateline's place: the
 * place named at the start of a line in capitals, when only one such line opens the text's first 600 characters.
 */
function municipality(text: string, index: ActorIndex, before: number, kind: string): Actor | null {
  // Bounded both ways (a text of many "city officials said" must not cost a scan of all names each): the last
  // MUNICIPALITY_LOOKBACK names before, then the names of the first 600 characters.
  const at = refAt(index, before);
  for (let k = at - 1; k >= 0 && at - k <= MUNICIPALITY_LOOKBACK; k--) {
    const r = index.refs[k]!;
    if (r.actor.kind !== 'place' || r.descriptor) continue;
    const lead = text.slice(Math.max(0, r.start - kind.length - 8), r.start).toLowerCase();
    if (lead.endsWith(`${kind} of `)) return r.actor;
  }
  for (let k = 0; k < at && index.refs[k]!.start < 600; k++) {
    const r = index.refs[k]!;
    if (r.actor.kind !== 'place' || r.descriptor) continue;
    const written = text.slice(r.start, r.end);
    if ((r.start === 0 || text[r.start - 1] === '\n') && written === written.toUpperCase()) return r.actor;
  }
  return null;
}

/** How many names back "city officials" looks for "the city of X" (municipality). */
const MUNICIPALITY_LOOKBACK = 400;

function lastHead(phrase: string): string {
  const words = phrase.match(RE_33) ?? [];
  return words[words.length - 1] ?? '';
}

/** From the end of a source to a sentence's "It": the rest of that sentence, and nothing but its end between. */
const IT_AFTER_SOURCE = /^[^.!?\n]{0,80}[.!?]["”’]?\s+(?:[^.!?\n]{0,80}[,;]\s+)?$/u;
/** A body's common noun ending a source ("the national electoral commission"). */
const BODY_WORD_BEFORE =
  /\b(?:commission|committee|agency|ministry|department|company|firm|government|council|authority|board|bank|union|organi[sz]ation)$/iu;

/** Heads of a definite description that refers back to an organisation ("the company", "the bank"). */
const BODY_ANAPHOR =
  /^the\s+(company|firm|bank|lender|insurer|automaker|carmaker|airline|carrier|retailer|group|agency|ministry|department|regulator|club|team|party|organi[sz]ation|institute|university|court|union|alliance|newspaper|broadcaster|network|outlet|paper|daily)$/iu;
const MEDIA_ANAPHOR = /(newspaper|broadcaster|network|outlet|paper|daily)$/iu;
const COMPANY_ANAPHOR = /(company|firm|automaker|carmaker|airline|carrier|retailer|lender|insurer)$/iu;
/** Public bodies, which "the company" does not refer to. */
const PUBLIC_BODY =
  /\b(Commission|Ministry|Department|Union|Council|Agency|Service|Court|Parliament|Government|Organi[sz]ation|Reserve|Police|Senate|Congress|House|Office|Authority|Committee|Nations|Party|Army|Survey|Bureau|FBI|CIA|EU|UN|NATO)\b/u;

/** Heads of a definite description that refers back to a public body ("the agency", "the ministry"). */
const PUBLIC_ANAPHOR = /^(agency|ministry|department|regulator)$/iu;
/** A name written as an abbreviation ("NASA", "FAA", "ESA"). */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** "the company said": the organisation (or medium) named last before the statement, when there is one. */
function definiteBody(text: string, index: ActorIndex, span: Span, as?: string): Resolution | null {
  const said = as ?? text.slice(span.start, span.end).trim();
  const it = /^it$/iu.test(said);
  const m = it ? null : BODY_ANAPHOR.exec(said);
  if (!m && !it) return null;
  const head = m?.[1] ?? '';
  const kinds = it ? ['organization', 'media'] : MEDIA_ANAPHOR.test(head) ? ['media'] : ['organization'];
  // "the agency", "the ministry": a public body (its name says so, or it is written as an abbreviation like most
  // agencies), not a company named later, when the article names one within reach.
  // "the bank", "the party": a body with that word in its name, likewise.
  const publicHead = PUBLIC_ANAPHOR.test(head);
  const headWord = head.toLowerCase();
  const publicLike = (a: Actor): boolean =>
    (publicHead && (PUBLIC_BODY.test(a.name) || ABBREVIATION.test(a.name))) ||
    (headWord !== '' &&
      a.name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(headWord));
  let wantPublic = false;
  if (headWord)
    for (let k = refAt(index, span.start) - 1; k >= 0; k--) {
      const r = index.refs[k]!;
      if (span.start - r.end >= 1500) break;
      if (!r.descriptor && r.actor.kind === 'organization' && publicLike(r.actor)) {
        wantPublic = true;
        break;
      }
    }
  // The latest body that was a sentence's subject ("Vertex shares jumped …"), else the latest one named.
  let latest: string | null = null;
  for (let k = refAt(index, span.start) - 1; k >= 0; k--) {
    const r = index.refs[k]!;
    if (span.start - r.end >= 1500) break;
    if (r.descriptor || !kinds.includes(r.actor.kind)) continue;
    if (COMPANY_ANAPHOR.test(head) && PUBLIC_BODY.test(r.actor.name)) continue;
    if (wantPublic && !publicLike(r.actor)) continue;
    if (subjectLike(text, r.start)) return { actorId: r.actor.id };
    latest ??= r.actor.id;
  }
  return latest && !it ? { actorId: latest } : null;
}

/** Heads of a description that names a body by a word of its own name ("the academy", "the bureau"). */
const NAMED_BODY_HEAD =
  /^the\s+(academy|bureau|commission|committee|council|board|foundation|association|federation|authority|office|service|administration|society|observatory|laboratory|centre|center|fund|corporation|reserve|navy|army|guard|command|embassy|museum|zoo|coastguard|district|school|hospital|library|trust)$/iu;
/** A body that decides and speaks as one, named by no word of its own ("the jury", "the panel"). */
const DECIDING_BODY = /^the\s+(jury|panel|judges|jurors)$/iu;
/** "a spokesman for the company", "the spokeswoman of the ministry", "officials at the agency". */
const BODY_SPOKESPERSON =
  /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person|people)|representatives?|officials|engineers|analysts|experts|researchers|scientists|staff|employees|executives|investigators)\s+(?:for|of|at|from)\s+(the\s+\p{Ll}+)$/u;
/** "minutes released by the bank", "a statement from the agency", "the report of the committee". */
const DOCUMENT_OF_BODY =
  /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:\p{Ll}+\s+)?(?:statement|minutes|report|release|letter|filing|document|note|description|figures|data)\s+(?:(?:released|published|issued|posted|compiled)\s+)?(?:by|from|of)\s+(the\s+\p{Ll}+)$/u;
/** "an agency update", "a company statement", "the ministry report": a body's document named by the body's noun. */
const NOUN_DOCUMENT =
  /^(?:[Aa]n?|[Tt]he)\s+(company|firm|agency|ministry|department|regulator|bank|club|party|union|court)\s+(?:update|statement|report|release|filing|document|note|post|notice|bulletin|blog|livestream|briefing)$/u;
/** "the company's spokesman", "the bureau’s spokeswoman". */
const SPOKESPERSON_OF_BODY =
  /^([Tt]he\s+\p{Ll}+)['’]s?\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|representative)$/u;
/** A verb of saying right after a body's name ("the Academy said", "NASA announced"). */
const SAYS_AFTER =
  /^(?:,[^,.\n]{1,60},)?\s+(?:said|says|announced|stated|wrote|writes|added|told|tells|declared|explained|noted)\b/u;

/** "the central bank", "the U.S. central bank", "the country's central bank". */
const CENTRAL_BANK_DESCRIPTION = /^the\s+(?:[\p{L}.'’]+\s+){0,2}central\s+bank$/iu;
/** The members of a central bank's rate-setting body, by a word for them ("Policymakers", "the bank's rate-setters"). */
const RATE_SETTERS =
  /^(?:the\s+)?(?:[\p{L}.'’]+\s+){0,2}(?:policymakers|policy-makers|policy\s+makers|rate-setters)$/iu;
/** Names of central banks, in English and as their usual abbreviations. */
const CENTRAL_BANK_NAME =
  /\b(?:Central Bank|Federal Reserve|Reserve Bank|National Bank|Bundesbank|Bank of (?:England|Japan|Canada|Korea|Israel|Mexico|Thailand|Russia|Italy|France|Spain|Greece))\b|^(?:ECB|Fed|BoE|BOE|BoJ|BOJ|SNB|RBA|RBI|RBNZ|PBOC|PBoC)$/u;
/** A bank named by its country ("Bank of Ghana", "the Reserve Bank of Arvenia"): a central bank's shape. */
const BANK_OF = /(?:^|\s)Bank of \p{Lu}/u;
/** A central bank's rate-setting body ("Governing Council", "Monetary Policy Committee", "Federal Open Market Committee"). */
const RATE_SETTING_BODY = /\b(?:Governing Council|Monetary Policy Committee|Open Market Committee|Policy Board)\b/u;

/** Of `found`, the one named last before `before`; else the only one; else null. */
function latestNamed(index: ActorIndex, found: Actor[], before: number): Actor | null {
  let best: Actor | null = null;
  let bestStart = -1;
  for (const a of found) {
    const starts = index.startsOf.get(a) ?? [];
    const k = partitionPoint(starts.length, (i) => starts[i]! >= before);
    if (k > 0 && starts[k - 1]! > bestStart) {
      bestStart = starts[k - 1]!;
      best = a;
    }
  }
  return best ?? (found.length === 1 ? found[0]! : null);
}

/** The organisations and media named as a speaker somewhere in the article ("X said", "according to X"); cached per index. */
const speakingBodies = new WeakMap<ActorIndex, Actor[]>();
function bodiesThatSpeak(text: string, index: ActorIndex): Actor[] {
  let out = speakingBodies.get(index);
  if (out) return out;
  out = [];
  for (const r of index.refs) {
    if (r.descriptor || (r.actor.kind !== 'organization' && r.actor.kind !== 'media') || out.includes(r.actor))
      continue;
    if (
      SAYS_AFTER.test(text.slice(r.end, r.end + 80)) ||
      /according to (?:the )?$/iu.test(text.slice(Math.max(0, r.start - 17), r.start))
    )
      out.push(r.actor);
  }
  speakingBodies.set(index, out);
  return out;
}

/**
 * "the academy said": the organisation with that word in its name ("Royal Academy of Sciences"), the one named last
 * before the span (else the one named most often); "the jury said": the one body the article names as a speaker,
 * when there is exactly one (it awards and words the citation). Null otherwise.
 */
function namedBody(text: string, index: ActorIndex, span: Span, said: string): Resolution | null {
  const named = NAMED_BODY_HEAD.exec(said);
  if (named) {
    const head = named[1]!.toLowerCase();
    const found = index.actors.filter(
      (a) =>
        (a.kind === 'organization' || a.kind === 'media') &&
        [a.name, ...a.aliases].some((n) =>
          n
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .includes(head),
        ),
    );
    const best = latestNamed(index, found, span.start);
    return best ? { actorId: best.id } : null;
  }
  // "The central bank said", "Policymakers said" in a report on a central bank: its rate-setting body when the
  // article names one ("Governing Council", "Monetary Policy Committee"), else the bank; "Policymakers" in an
  // article that names a rate-setting body but no bank this list knows ("the Bank of Arvenia"): that body.
  const central = CENTRAL_BANK_DESCRIPTION.test(said);
  if (central || RATE_SETTERS.test(said)) {
    let bodies = index.actors.filter(
      (a) => a.kind === 'organization' && [a.name, ...a.aliases].some((n) => CENTRAL_BANK_NAME.test(n)),
    );
    // "the Bank of Ghana" and no bank this list knows: a body named "Bank of X" is the central bank the article means.
    if (!bodies.length) bodies = index.actors.filter((a) => a.kind === 'organization' && BANK_OF.test(a.name));
    // A rate-setting body names a central bank's policymakers also when the bank is none of the known ones.
    const councils = central
      ? []
      : index.actors.filter((a) => a.kind === 'organization' && RATE_SETTING_BODY.test(a.name));
    const best = latestNamed(index, councils.length ? councils : bodies, span.start);
    return best ? { actorId: best.id, vague: false } : null;
  }
  if (DECIDING_BODY.test(said)) {
    const speaking = bodiesThatSpeak(text, index);
    return speaking.length === 1 ? { actorId: speaking[0]!.id } : null;
  }
  return null;
}

/** Whether a name (no descriptor) overlaps the span; refs are sorted by start, so only a short run is read. */
function nameIn(index: ActorIndex, span: Span): boolean {
  for (let k = refAt(index, span.start - index.maxLen); k < index.refs.length && index.refs[k]!.start < span.end; k++) {
    const r = index.refs[k]!;
    if (!r.descriptor && r.end > span.start) return true;
  }
  return false;
}

/** Index of the first ref that starts at or after `pos` (refs are sorted by start). */
function refAt(index: ActorIndex, pos: number): number {
  return partitionPoint(index.refs.length, (i) => index.refs[i]!.start >= pos);
}

/**
 * "The electoral commission chairman, Wafula Chebukati, urged … \"…,\" he said": a person who became the subject of
 * a sentence after the previous statement's speaker is who "he"/"she" refers to, not that speaker.
 */
function newSubject(text: string, index: ActorIndex, span: Span, previousEnd: number): Resolution | null {
  for (let k = refAt(index, span.start) - 1; k >= 0; k--) {
    const r = index.refs[k]!;
    if (r.start <= previousEnd || span.start - r.end > 600) break;
    if (r.descriptor || r.actor.kind !== 'person' || r.end > span.start) continue;
    if (subjectLike(text, r.start)) return { actorId: r.actor.id };
  }
  return null;
}

/** Whether `pos` lies inside a quotation: the marks since the line began are unbalanced. */
function insideQuote(text: string, pos: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
  const straight = (line.match(RE_34) ?? []).length;
  return straight % 2 === 1 || (line.match(RE_35) ?? []).length > (line.match(RE_36) ?? []).length;
}

/** Whether a name at `pos` opens its sentence's subject: in the first clause after title words, or as an apposition right after it. */
function subjectLike(text: string, pos: number): boolean {
  if (insideQuote(text, pos)) return false;
  let a = pos;
  while (a > 0) {
    const c = text[a - 1]!;
    if (c === '\n' || c === '"' || c === '“' || c === '”') break;
    if (
      (c === '.' || c === '!' || c === '?') &&
      RE_37.test(text[a] ?? ' ') &&
      !RE_38.test(text.slice(Math.max(0, a - 4), a - 1))
    )
      break;
    a--;
  }
  const before = text.slice(a, pos);
  const segs = before.split(',');
  if (segs.length > 2) return false;
  if (segs.length === 2 && segs[1]!.trim() !== '') return false;
  const words = segs[0]!.toLowerCase().match(RE_39) ?? [];
  return words.every((w) => !STOP.has(w) || RE_40.test(w));
}

/** End of an apposition in [k, e): a noun phrase with any prepositional tail ("a lawyer for the tech industry groups"), or -1. */
function appositionEnd(tokens: Tok[], k: number, e: number, rules: LangRules): number {
  const head = npEnd(tokens, k, e, rules, 0);
  if (head <= k) return -1;
  for (let j = head; j < e; j++) {
    const t = tokens[j]!;
    if (t.quoted || t.punct || rules.auxiliaries.has(t.lower) || rules.cue(tokens, j, e) || RE_41.test(t.lower))
      return -1;
  }
  return e;
}

/** Verbs that name a thing in a report's own words: "what X is calling an attack", "what X described as a crime scene". */
const NAMING_VERBS = set('calling called calls call terming termed terms dubbed dubs');
const DESCRIBING_VERBS = set('described describes describe describing characterized characterised');
/** Verbs of saying or believing followed by the copula of the relative clause: "what X says was …", "who X estimated was …". */
const CLAIM_VERBS = set(
  'says said say claims claimed claim estimated estimates believes believed believe hoped hopes hope expected expects',
);
const COPULA = set('was is were are be been');

/**
 * English reports inside a free relative or a relative clause, where the reported words are the clause itself:
 * "what the FBI is calling an apparent assassination attempt", "what it says was a surveillance balloon",
 * "what SpaceX hoped, at best, would be a debut flight", "who officials estimated was 300 yards away". Each is the
 * span from the relative word to the end of the named thing (its noun phrase, else the clause), with the subject
 * between as the speaker. One pass over the tokens.
 */
export function englishRelativeReports(
  tokens: Tok[],
  rules: LangRules,
): Array<{ start: number; end: number; cue: Span; speaker: Span }> {
  const out: Array<{ start: number; end: number; cue: Span; speaker: Span }> = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const rel = tokens[i]!;
    if (rel.quoted || (rel.lower !== 'what' && rel.lower !== 'who')) continue;
    const next = tokens[i + 1]!;
    const subject =
      next.lower === 'it' || next.lower === 'they'
        ? { start: next.start, end: next.end }
        : englishNP(tokens, i + 1, tokens.length, rules);
    if (!subject) continue;
    let j = tokenIndexAfter(tokens, subject);
    while (j < tokens.length && AUX_CHAIN.has(tokens[j]!.lower)) j++;
    const verb = tokens[j];
    if (!verb || verb.quoted || verb.punct) continue;
    let k = -1;
    if (NAMING_VERBS.has(verb.lower) && rel.lower === 'what') k = j + 1;
    else if (DESCRIBING_VERBS.has(verb.lower) && tokens[j + 1]?.lower === 'as') k = j + 2;
    else if (CLAIM_VERBS.has(verb.lower)) {
      let c = j + 1;
      // "hoped, at best, would be": a parenthetical between commas.
      if (tokens[c]?.text === ',') {
        c++;
        while (c < tokens.length && c < j + 6 && tokens[c]!.text !== ',' && !tokens[c]!.punct) c++;
        if (tokens[c]?.text !== ',') continue;
        c++;
      }
      while (c < tokens.length && AUX_CHAIN.has(tokens[c]!.lower) && !COPULA.has(tokens[c]!.lower)) c++;
      if (!COPULA.has(tokens[c]?.lower ?? '')) continue;
      k = c + 1;
    }
    if (k < 0 || k >= tokens.length || tokens[k]!.punct || tokens[k]!.quoted) continue;
    const named = englishNP(tokens, k, tokens.length, rules);
    let end: number;
    // A number opens a measure with its own complement ("300 to 500 yards away from …"): the clause, not the noun.
    if (named && !rules.pronouns.has(tokens[k]!.lower) && !/^\d/u.test(tokens[k]!.text)) end = named.end;
    else {
      let e = k;
      while (e < tokens.length && !tokens[e]!.punct && !tokens[e]!.quoted) e++;
      end = tokens[e - 1]!.end;
    }
    out.push({ start: rel.start, end, cue: { start: verb.start, end: verb.end }, speaker: subject });
    i = k;
  }
  return out;
}

/** Adverbs that mark a clause as reported by someone left unnamed ("The quake was reportedly felt …"). */
const EVIDENTIAL_ADVERBS = set('reportedly allegedly purportedly supposedly reputedly');
/** Participles of a raised passive of saying or believing: "is expected to", "are said to", "was believed to". */
const RAISING_PARTICIPLES = set(
  'expected said believed thought reported rumoured rumored alleged understood estimated',
);
const BE_FORMS = set("is are was were 's");

/**
 * English sentences that report without naming a source: an evidential adverb ("The quake was reportedly felt in
 * several provinces") or a raised passive of saying or expecting ("The strike is expected to create major
 * disruptions", "He is said to have left"). Each is the unit's sentence, with the marker as its cue and no speaker
 * (the German "soll" reports likewise). Only the first marker of the unit counts; one pass over the tokens.
 */
export function englishEvidentialReports(tokens: Tok[]): Array<{ start: number; end: number; cue: Span }> {
  let first = -1;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.punct || tokens[k]!.quoted) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.punct) continue;
    let cue: Span | null = null;
    if (EVIDENTIAL_ADVERBS.has(t.lower)) cue = { start: t.start, end: t.end };
    else if (BE_FORMS.has(t.lower)) {
      let j = i + 1;
      // "is widely expected to", "are also said to".
      while (j < last && (tokens[j]!.lower === 'widely' || tokens[j]!.lower === 'also' || tokens[j]!.lower === 'now'))
        j++;
      const p = tokens[j];
      const to = tokens[j + 1];
      if (p && to && !p.quoted && !to.quoted && RAISING_PARTICIPLES.has(p.lower) && to.lower === 'to')
        cue = { start: t.start, end: to.end };
    }
    if (cue) return [{ start: tokens[first]!.start, end: tokens[last]!.end, cue }];
  }
  return [];
}
