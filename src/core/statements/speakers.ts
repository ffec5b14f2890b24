// Speakers: the noun phrase that a frame attributes the statement to, found by word order around the cue
// (German verb-second, verb-final subordinate clauses, inversion after a fronted quote; English SVO and
// "said X"), and resolved to an actor: a mention inside the span, a descriptor or role, a pronoun (the most
// recent person), or an anaphor ("dieser Quelle", "the same source": the previous statement's source).
// Actor data may be partial or empty; every step degrades to "no actor" rather than guessing wildly.
import type { Actor, Span } from '../types';
import { englishNP } from './englishFrames';
import type { LangRules } from './lang';
import type { ActorIndex, Resolution } from './model';
import { isCapitalised, UPPER_START, type Tok } from './tokens';

/** A lower-case word that can continue a noun phrase after an adjective (another adjective), so the adjective is no head. */
const LOWER_NOUN_FOLLOWER = /^\p{Ll}[\p{L}-]*(e|en|er|es|em)$/u;

interface NounLexicon {
  DE_NOUNS: ReadonlySet<string>;
}

/** Whether a capitalised word is a German common noun (the actor finder's lexicon, loaded on first use). */
let nounLexicon: NounLexicon | null = null;

function commonNoun(word: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nounLexicon ??= require('../actors/lexicon') as NounLexicon;
  return nounLexicon.DE_NOUNS.has(word) && !word.includes('-');
}

const DEMONSTRATIVE = /^(dieser|diese|letzterer|letztere|ersterer|erstere|jener|jene|derselbe|dieselbe)$/u;

/** A capitalised word with an adjective suffix and ending ("Chinesische", "Internationale", "Staatliche"). */
const CAPITAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(isch|lich|ig|al|iv|ell|är)(e|en|er|es|em)$/u;

const ADJECTIVE = /^[\p{Ll}\d][\p{L}\d-]*(e|en|er|es|em)$|^\d+[.,]?\d*$/u;

/**
 * A noun phrase starting at token `i` and ending before `limit`: a pronoun, or determiners, adjectives and
 * at least one capitalised word, with genitive, "aus/in/von" place qualifiers and "und" coordination.
 */
export function grabNP(tokens: Tok[], i: number, limit: number, rules: LangRules): Span | null {
  if (rules.en) return englishNP(tokens, i, limit, rules);
  const t = tokens[i];
  if (!t || i >= limit || t.punct || t.quoted) return null;
  if (rules.pronouns.has(t.lower)) return { start: t.start, end: t.end };
  // "sagte dieser", "so letztere": a demonstrative standing alone.
  if (!rules.en && DEMONSTRATIVE.test(t.lower)) {
    const next = tokens[i + 1];
    if (
      !next ||
      i + 1 >= limit ||
      next.punct ||
      next.quoted ||
      !(isCapitalised(next.text) || ADJECTIVE.test(next.text))
    )
      return { start: t.start, end: t.end };
  }
  let j = i;
  let lastHead = -1;
  const headRun = (k: number): number => {
    // Determiners, adjectives, then capitalised words; returns the index after the run, or -1 without a noun.
    let m = k;
    while (m < limit && !tokens[m]!.quoted && rules.determiners.has(tokens[m]!.lower) && !tokens[m]!.punct) m++;
    // "80 Prozent", "die 27 Mitgliedstaaten": a number before the head (never the head itself).
    while (
      !rules.en &&
      m < limit &&
      !tokens[m]!.quoted &&
      /^\d[\d.,]*$/u.test(tokens[m]!.text) &&
      tokens[m + 1] !== undefined &&
      isCapitalised(tokens[m + 1]!.text)
    )
      m++;
    while (
      !rules.en &&
      m < limit &&
      !tokens[m]!.quoted &&
      !tokens[m]!.punct &&
      ADJECTIVE.test(tokens[m]!.text) &&
      !rules.npStops.has(tokens[m]!.lower)
    )
      m++;
    let nouns = 0;
    // A person's name may start in lower case ("el-Beispiel", "de Muster").
    while (
      m < limit &&
      !tokens[m]!.punct &&
      !tokens[m]!.quoted &&
      (isCapitalised(tokens[m]!.text) ||
        (tokens[m]!.person === true &&
          (nouns > 0 || tokens[m + 1]?.person === true || tokens[m]!.text.includes('-')))) &&
      !(nouns > 0 && rules.npStops.has(tokens[m]!.lower))
    ) {
      if (nouns === 0 && rules.nonSubjectStarts.has(tokens[m]!.lower) && rules.en) break;
      // "die Stadträtin Bedenken": two common nouns in a row are a head and the next phrase, not a name.
      // "Chinesische Politiker", "Internationale Beobachter": a capitalised adjective opening the phrase is no noun.
      if (
        nouns > 0 &&
        !rules.en &&
        !tokens[m]!.person &&
        !tokens[m - 1]!.person &&
        commonNoun(tokens[m - 1]!.text) &&
        commonNoun(tokens[m]!.text) &&
        !(m - 1 === k && CAPITAL_ADJECTIVE.test(tokens[m - 1]!.text))
      )
        break;
      m++;
      nouns++;
    }
    if (rules.en && nouns === 0) {
      // English common nouns are lower case: "officials", "the minister", "a senior official".
      while (
        m < limit &&
        !tokens[m]!.punct &&
        !tokens[m]!.quoted &&
        /^[a-z][a-z-]*$/.test(tokens[m]!.text) &&
        !rules.npStops.has(tokens[m]!.lower) &&
        !rules.auxiliaries.has(tokens[m]!.lower) &&
        !rules.cue(tokens, m, limit) &&
        nouns < 4
      ) {
        m++;
        nouns++;
      }
    }
    // "Mannheims oberster Bürgermeister": a genitive name before the adjectives and the head of the phrase.
    const adj = tokens[m];
    const head = tokens[m + 1];
    if (
      !rules.en &&
      nouns === 1 &&
      m === k + 1 &&
      m + 1 < limit &&
      adj &&
      head &&
      /^\p{Lu}\p{Ll}+s$/u.test(tokens[k]!.text) &&
      !adj.punct &&
      !adj.quoted &&
      /^\p{Ll}+(e|en|er|es|em)$/u.test(adj.text) &&
      !rules.npStops.has(adj.lower) &&
      !rules.auxiliaries.has(adj.lower) &&
      !rules.isCueForm(adj.lower) &&
      !head.punct &&
      !head.quoted &&
      isCapitalised(head.text)
    ) {
      const rest = headRun(m);
      if (rest > m + 1) return rest;
    }
    // "der 60-Jährige", "die Verletzte": an adjective after a determiner is the head itself.
    if (
      nouns === 0 &&
      !rules.en &&
      m > k &&
      rules.determiners.has(tokens[k]!.lower) &&
      m - 1 > k &&
      (m >= limit || tokens[m]!.punct || !LOWER_NOUN_FOLLOWER.test(tokens[m]!.text))
    )
      return m;
    return nouns > 0 ? m : -1;
  };
  const first = headRun(j);
  if (first < 0) return null;
  j = first;
  lastHead = first - 1;
  for (let guard = 0; guard < 4 && j < limit; guard++) {
    const w = tokens[j];
    if (!w || w.punct || w.quoted) break;
    // "laut Anna Beispiel der Sprecher …": no genitive after a person's name.
    if ((w.lower === 'des' || w.lower === 'der') && tokens[j - 1]?.person) break;
    if (
      (w.lower === 'des' ||
        w.lower === 'der' ||
        w.lower === 'von' ||
        w.lower === 'aus' ||
        w.lower === 'in' ||
        w.lower === 'und' ||
        w.lower === 'of' ||
        w.lower === 'and' ||
        w.lower === 'from') &&
      j + 1 < limit
    ) {
      let k = j + 1;
      if (
        tokens[k] &&
        (tokens[k]!.lower === 'den' ||
          tokens[k]!.lower === 'der' ||
          tokens[k]!.lower === 'dem' ||
          tokens[k]!.lower === 'the')
      )
        k++;
      const next = headRun(k);
      if (next < 0) break;
      j = next;
      lastHead = next - 1;
      continue;
    }
    break;
  }
  const a = tokens[i]!;
  const b = tokens[lastHead]!;
  return { start: a.start, end: b.end };
}

const DE_ANAPHOR =
  /^(diese[rsmn]?|dieselbe[n]?|derselben|demselben|derselbe|ebendiese[rn]?)\s+(Quelle|Angaben|Agentur|Zeitung|Sprecher|Sprecherin|Stelle|Behörde|Bericht|Berichts|Meldung|Medium|Blatt)\b/iu;
const EN_ANAPHOR = /^(this|that|the same)\s+(source|agency|report|outlet|newspaper|official|spokes\w+)\b/iu;
const PERSON_PRONOUN = /^(er|sie|he|she|ich|wir|they|i|we)$/iu;
const PLURAL_PRONOUN = /^(they|wir|we)$/iu;

export interface PreviousSource {
  actorId: string | null;
  vague: boolean;
  end: number;
}

export function indexActors(actors: Actor[]): ActorIndex {
  const refs: ActorIndex['refs'] = [];
  for (const actor of actors) {
    for (const m of actor.mentions ?? []) refs.push({ start: m.start, end: m.end, actor, descriptor: false });
    for (const d of actor.descriptors ?? []) refs.push({ start: d.start, end: d.end, actor, descriptor: true });
    for (const r of actor.roleSpans ?? []) refs.push({ start: r.start, end: r.end, actor, descriptor: true });
  }
  refs.sort((x, y) => x.start - y.start);
  let maxLen = 0;
  const personStarts: number[] = [];
  const personActors: Actor[] = [];
  const startsOf = new Map<Actor, number[]>();
  for (const r of refs) {
    maxLen = Math.max(maxLen, r.end - r.start);
    if (r.actor.kind === 'person') {
      personStarts.push(r.start);
      personActors.push(r.actor);
    }
    (startsOf.get(r.actor) ?? startsOf.set(r.actor, []).get(r.actor)!).push(r.start);
  }
  return {
    refs,
    maxLen,
    personStarts,
    personActors,
    actors,
    roleCache: new Map(),
    startsOf,
    order: new Map(actors.map((a, k) => [a, k] as const)),
  };
}

/** Index of the first element of the sorted array that is >= x. */
function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first ref that may overlap a span starting at `start`. */
function firstRef(index: ActorIndex, start: number): number {
  const refs = index.refs;
  const x = start - index.maxLen;
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actor whose mention lies in the span; the last one wins for appositions ("Ministeriumssprecher Jan Beispiel"). */
export function mentionIn(index: ActorIndex, span: Span): Actor | null {
  let best: Actor | null = null;
  let bestScore = -1;
  const refs = index.refs;
  for (let k = firstRef(index, span.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= span.end) break;
    if (r.end <= span.start) continue;
    const score = (r.descriptor ? 0 : 2) + (r.actor.kind === 'person' ? 1 : 0) + (r.actor.kind === 'place' ? -1 : 0);
    if (score >= bestScore) {
      best = r.actor;
      bestScore = score;
    }
  }
  return best;
}

/** Whether the span names someone (a person, organisation or outlet, not just a place). */
export function namesSomeone(index: ActorIndex, span: Span): boolean {
  const refs = index.refs;
  for (let k = firstRef(index, span.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= span.end) break;
    if (r.end > span.start && !r.descriptor && r.actor.kind !== 'place') return true;
  }
  return false;
}

/** The share of the span's characters covered by actor names (not descriptors), 0..1. */
export function nameCoverage(index: ActorIndex, span: Span): number {
  const refs = index.refs;
  let covered = 0;
  let upTo = span.start;
  for (let k = firstRef(index, span.start); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.start >= span.end) break;
    if (r.descriptor || r.end <= upTo) continue;
    const a = Math.max(upTo, r.start, span.start);
    const b = Math.min(r.end, span.end);
    if (b > a) {
      covered += b - a;
      upTo = b;
    }
  }
  return span.end > span.start ? covered / (span.end - span.start) : 0;
}

function mostRecentPerson(index: ActorIndex, before: number): Actor | null {
  const k = lowerBound(index.personStarts, before);
  return k > 0 ? index.personActors[k - 1]! : null;
}

function byRole(index: ActorIndex, speakerText: string, before: number): Actor | null {
  const words = speakerText.split(/\s+/).filter((w) => UPPER_START.test(w) || /^[a-z]{4,}$/.test(w));
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (head.length < 4) return null;
  let candidates = index.roleCache.get(head);
  if (!candidates) {
    if (!index.roleWords) {
      // Every word of every role and descriptor, once: a head is looked up in the vocabulary, not per actor.
      const words = new Map<string, Set<Actor>>();
      // A role or descriptor repeats ("der Minister" at every mention): each text is split once.
      const split = new Map<string, string[]>();
      for (const a of index.actors) {
        for (const r of [...a.roles, ...a.roleSpans.map((x) => x.text), ...a.descriptors.map((d) => d.text)]) {
          let ws = split.get(r);
          if (!ws)
            split.set(
              r,
              (ws = r
                .toLowerCase()
                .split(/[^\p{L}\p{N}-]+/u)
                .filter((w) => w.length >= 4)),
            );
          for (const w of ws) (words.get(w) ?? words.set(w, new Set()).get(w)!).add(a);
        }
      }
      const starts: number[] = [];
      let at = 0;
      for (const w of words.keys()) {
        starts.push(at);
        at += w.length + 1;
      }
      index.roleWords = { joined: [...words.keys()].join('\n'), starts, actors: [...words.values()] };
    }
    const found = new Set<Actor>();
    const { joined, starts, actors } = index.roleWords;
    // Every word that contains the head (the head has no whitespace, so a match lies inside one word).
    for (let pos = joined.indexOf(head); pos >= 0;) {
      const k = lowerBound(starts, pos + 1) - 1;
      for (const a of actors[k]!) found.add(a);
      const next = starts[k + 1];
      if (next === undefined) break;
      pos = joined.indexOf(head, next);
    }
    candidates = [...found].sort((x, y) => index.order.get(x)! - index.order.get(y)!);
    index.roleCache.set(head, candidates);
  }
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  // The candidate mentioned last before the statement.
  let best: Actor | null = null;
  let bestStart = -1;
  for (const c of candidates) {
    const starts = index.startsOf.get(c);
    if (!starts) continue;
    const k = lowerBound(starts, before);
    if (k > 0 && starts[k - 1]! >= bestStart) {
      bestStart = starts[k - 1]!;
      best = c;
    }
  }
  return best ?? candidates[0]!;
}

/** A locative phrase after the head of a source ("… in Frankfurt", "… aus Seoul", "… in Washington"). */
const LOCATIVE_QUALIFIER = /\s(?:in|im|aus|bei|nahe|from|at|near)\s+\p{Lu}[^,]*$/u;

export function resolveSpeaker(
  actors: Actor[],
  index: ActorIndex,
  speaker: Span & { text: string },
  previous: PreviousSource | null,
): Resolution {
  const text = speaker.text.trim();
  if (DE_ANAPHOR.test(text) || EN_ANAPHOR.test(text)) {
    if (previous) return { actorId: previous.actorId, vague: previous.vague };
    return { actorId: null };
  }
  const direct = mentionIn(index, speaker);
  if (direct && direct.kind === 'place') {
    // "die Notenbank in Frankfurt", "officials in Washington": a place after a preposition qualifies the source;
    // the source is the noun before it (a role or descriptor of someone, or no one named), not the place.
    const m = LOCATIVE_QUALIFIER.exec(text);
    if (m && m.index > 0) {
      const role = byRole(index, text.slice(0, m.index), speaker.start);
      return { actorId: role?.id ?? null };
    }
  }
  if (direct) return { actorId: direct.id };
  if (PERSON_PRONOUN.test(text)) {
    if (PLURAL_PRONOUN.test(text)) return { actorId: previous?.actorId ?? null };
    if (previous?.actorId && previous.actorId.startsWith('person:') && speaker.start - previous.end < 600)
      return { actorId: previous.actorId };
    const p = mostRecentPerson(index, speaker.start);
    if (p) return { actorId: p.id };
    // "sie" may be plural: fall back on the previous source.
    return { actorId: previous?.actorId ?? null };
  }
  const role = byRole(index, text, speaker.start);
  return { actorId: role?.id ?? null };
}
