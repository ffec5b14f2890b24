// Alignment of claims across the articles of one event: which statements carry the same quote or claim,
// how many outlets carry it and through which chains, where the wording of a quote drifts between outlets
// (quote drift), and where one outlet attributes what another states as fact or to someone else
// (attribution drift).
//
// Units are the articles' statements (their content) and, as the "stated as fact" side, the sentences that
// hold no statement. Similarity is containment of word stems (lower-cased, first 6 letters, stop words
// dropped; numbers and names kept whole), which tolerates inflection and a few words of translation-level
// variation; a quote pair needs a higher score than a claim pair. Linear in the number of units per event
// through an inverted index on stems; events are small.
import { ACT_FAMILY, CONCEPT_TABLE } from '../resources/eventLexicon';
import { dictionaryForm } from './reasons';
import type { AlignedClaim, ArticleAnalysis, ClaimRef, Span, Statement, TextSpan, WordDiff } from '../types';

const STOP = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber auch nicht noch sich sie er es wir ihr ich ' +
    'ist sind war waren wird werden wurde wurden sei seien habe haben hat hatte hätten hätte würde würden kann könne ' +
    'könnte soll sollte zu zum zur im in am an auf aus bei mit nach von vor für über unter um durch gegen ohne als wie ' +
    'so dass daß ob wenn weil da dann doch nur schon sehr mehr dies diese dieser dieses jene man ihre ihrem ihren seine ' +
    'seinem seinen sein the a an and or but of to in on at by for with from that this these those is are was were be been ' +
    'has have had will would can could may might should it its he she they we you i his her their our not no as than'
  ).split(' '),
);

export function stems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (STOP.has(lower) || (lower.length < 3 && !/\d/.test(lower))) continue;
    out.push(/\d/.test(lower) ? lower.replace(',', '.') : lower.slice(0, 6));
  }
  return out;
}

/** Weekday and month names and words of place and occasion (German, English): circumstances, not claims. */
const CIRCUMSTANCE_WORDS = new Set(
  (
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag monday tuesday wednesday thursday friday ' +
    'saturday sunday januar februar märz april mai juni juli august september oktober november dezember january ' +
    'february march may june july october december heute gestern today yesterday tomorrow during outside near ' +
    'während außerhalb nahe former ehemalige ehemaliger ehemaligen acting amtierende amtierender amtierenden ' +
    'provinz province stadt city region bezirk district hauptstadt capital'
  ).split(' '),
);

/**
 * The concepts of the event lexicon that name the occasion rather than what is said of it: its acts ("meeting",
 * "shooting", "strike") and campaign, and the roles of those taking part ("president", "minister").
 */
const OCCASION_CONCEPTS: ReadonlySet<string> = new Set([
  ...ACT_FAMILY.keys(),
  'campaign',
  'president',
  'chancellor',
  'primeminister',
  'minister',
  'troops',
  'police',
]);
/** The lexicon's single-word stems of those concepts (longest first: CONCEPT_TABLE.prefix is sorted so). */
const OCCASION_STEMS = CONCEPT_TABLE.prefix.filter(([, c]) => OCCASION_CONCEPTS.has(c)).map(([stem]) => stem);
const SHORT_ENDINGS = ['s', 'e', 'en', 'n'];
/**
 * OCCASION_STEMS as namesOccasion reads them, one look-up per word rather than a pass over all 164 stems (that
 * pass was a tenth of a cold `analyze`): the stems of five letters or more by their first five, and the shorter
 * ones' whole words (the stem alone or with one of SHORT_ENDINGS).
 */
const OCCASION_LONG = new Map<string, string[]>();
const OCCASION_SHORT = new Set<string>();
for (const stem of OCCASION_STEMS) {
  if (stem.length < 5) {
    OCCASION_SHORT.add(stem);
    for (const e of SHORT_ENDINGS) OCCASION_SHORT.add(stem + e);
    continue;
  }
  const k = stem.slice(0, 5);
  const l = OCCASION_LONG.get(k);
  if (l) l.push(stem);
  else OCCASION_LONG.set(k, [stem]);
}
/** Whether a lower-cased word names the occasion: a stem of five letters or more as its start, a shorter one as the word with an ending. */
function namesOccasion(lower: string): boolean {
  if (OCCASION_SHORT.has(lower)) return true;
  const long = lower.length >= 5 ? OCCASION_LONG.get(lower.slice(0, 5)) : undefined;
  if (long) for (const stem of long) if (lower.startsWith(stem)) return true;
  return false;
}

/**
 * The stems of a unit's circumstances: words inside a place's name (where), weekday and month names (on which
 * day), words such as "during" and "outside", and the words that name the occasion itself (its act and the roles
 * of those in it: "shooting", "rally", "former president"); and apart, `who`, the words inside the names of the
 * other actors. Two units are one claim only when they share at least MIN_CLAIM_STEMS stems besides the
 * circumstances, the names of who it is about counting once, so that two sentences that only share the occasion
 * ("during a meeting outside Port Ellsby on Wednesday"; "former president X was shot at his rally in Y") are not
 * one claim; a place the claim is about still counts towards the overlap ("the minister could visit the capital
 * next week").
 */
function circumstanceStems(
  text: string,
  offset: number,
  places: readonly Span[],
  placeStems: ReadonlySet<string>,
  names: readonly Span[],
): { around: Set<string>; who: Set<string> } {
  const around = new Set<string>(),
    who = new Set<string>();
  let k = 0,
    n = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu)) {
    const start = offset + m.index,
      end = start + m[0].length;
    while (k < places.length && places[k]!.end <= start) k++;
    while (n < names.length && names[n]!.end <= start) n++;
    const inPlace = offset >= 0 && k < places.length && places[k]!.start < end;
    const lower = m[0].toLowerCase();
    // A word of a place's stem is where too ("afghanischen" beside "Afghanistan").
    if (inPlace || CIRCUMSTANCE_WORDS.has(lower) || namesOccasion(lower) || placeStems.has(lower.slice(0, 6)))
      for (const x of stems(m[0])) around.add(x);
    else if (offset >= 0 && n < names.length && names[n]!.start < end) for (const x of stems(m[0])) who.add(x);
  }
  return { around, who };
}

/** Month (1-12) and weekday (20-26, Sunday first) names, German and English, as written (capitalised). */
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ...'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'
    .split(' ')
    .map((w, i) => [w, i + 1] as const),
  ...'January February March April May June July August September October November December'
    .split(' ')
    .map((w, i) => [w, i + 1] as const),
  ...'Jänner Feber'.split(' ').map((w, i) => [w, i + 1] as const),
  ...'Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag'.split(' ').map((w, i) => [w, 20 + i] as const),
  ...'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ').map((w, i) => [w, 20 + i] as const),
  ['Sonnabend', 26],
]);

/** The months and weekdays a passage names (see DAY_WORDS). */
function daysOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const d = DAY_WORDS.get(m[0]);
    if (d !== undefined) out.add(d);
  }
  return out;
}

/**
 * Whether two passages are about different days: both name a month and they share none, or both a weekday and they
 * share none ("ab dem 10. Januar" and "ab dem 4. März"; "am Mittwoch" and "am Freitag"). Versions of one claim tell
 * of one day.
 */
function otherDays(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const weekdays of [false, true]) {
    let inA = false,
      inB = false,
      both = false;
    for (const d of a) if (d >= 20 === weekdays) inA = true;
    for (const d of b)
      if (d >= 20 === weekdays) {
        inB = true;
        if (a.has(d)) both = true;
      }
    if (inA && inB && !both) return true;
  }
  return false;
}
const MIN_CLAIM_STEMS = 2;

function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / small.size;
}

function overlapScore(a: Set<string>, b: Set<string>): number {
  // Containment of the smaller in the larger, damped when the smaller is tiny (3 shared stems is weak).
  const c = containment(a, b);
  const n = Math.min(a.size, b.size);
  return n < 4 ? c * (n / 4) : c;
}

/** Word-level difference of two wordings (order-insensitive, case-insensitive, punctuation ignored). */
export function wordDiff(a: string, b: string): WordDiff {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // The words of `xs` left over after taking away, one for one, those of `ys` (a multiset difference, in order).
  const minus = (xs: string[], ys: string[]) => {
    const count = new Map<string, number>();
    for (const y of ys) count.set(y, (count.get(y) ?? 0) + 1);
    return xs.filter((x) => {
      const n = count.get(x) ?? 0;
      if (n > 0) count.set(x, n - 1);
      return n === 0;
    });
  };
  const wa = words(a),
    wb = words(b);
  return { removed: minus(wa, wb), added: minus(wb, wa) };
}

function unitsOf(article: ArticleAnalysis): ClaimRef[] {
  const out: ClaimRef[] = [];
  const covered: Span[] = [];
  article.statements.forEach((s, i) => {
    covered.push(s);
    out.push({
      path: article.path,
      statement: i,
      span: { start: s.content.start, end: s.content.end },
      text: s.content.text,
      kind: s.kind,
      speakerId: s.speaker?.actorId ?? null,
      speakerText: s.speaker?.text ?? null,
      vague: !!s.speaker?.vague,
      via: s.via.map((v) => v.actorId ?? v.text),
    });
  });
  return out.concat(
    article.sentences
      .filter((sent) => !covered.some((c) => c.start < sent.end && sent.start < c.end))
      .filter((sent) => !article.layout.title || sent.start !== article.layout.title.start)
      .map((sent) => ({
        path: article.path,
        statement: -1,
        span: sent,
        text: '',
        kind: 'fact' as const,
        speakerId: null,
        speakerText: null,
        vague: false,
        via: [],
      })),
  );
}

export interface AlignOptions {
  /** Minimum score for two statements to carry the same claim. */
  claimThreshold?: number;
  /** Minimum score for two direct quotes to be the same quote (drifted or not). */
  quoteThreshold?: number;
}

/**
 * Aligns the claims of the given articles (one event). Texts are needed to read plain sentences; pass the
 * article texts by path. Only claims carried by two or more articles are returned, most-carried first.
 */
export function alignClaims(
  articles: ArticleAnalysis[],
  texts: Map<string, string>,
  options: AlignOptions = {},
): AlignedClaim[] {
  const claimThreshold = options.claimThreshold ?? 0.6;
  const quoteThreshold = options.quoteThreshold ?? 0.5;
  const units: ClaimRef[] = [];
  const sets: Set<string>[] = [];
  const around: Set<string>[] = [];
  const who: Set<string>[] = [];
  const days: Set<number>[] = [];
  // The actors' names by article and id: a drift names the speaker an article resolved ("demnach": the agency).
  const actorNames = new Map<string, Map<string, string>>();
  for (const a of articles) {
    actorNames.set(a.path, new Map(a.actors.map((x) => [x.id, x.name])));
    const text = texts.get(a.path);
    if (text === undefined) continue;
    // The mentions of this article's places, and of its other actors, in text order.
    const byStart = (x: Span, y: Span) => x.start - y.start || x.end - y.end;
    const places: TextSpan[] = a.actors.flatMap((x) => (x.kind === 'place' ? x.mentions : [])).sort(byStart);
    const names: Span[] = a.actors.flatMap((x) => (x.kind === 'place' ? [] : x.mentions)).sort(byStart);
    const placeStems = new Set<string>();
    for (const p of places) for (const x of stems(p.text)) if (x.length >= 5) placeStems.add(x);
    for (const u of unitsOf(a)) {
      const own = !u.text;
      if (own) u.text = text.slice(u.span.start, u.span.end);
      units.push(u);
      sets.push(new Set(stems(u.text)));
      // A statement's content text is its own (parts joined); offsets hold only where it is the page's text.
      const offset = own || text.startsWith(u.text, u.span.start) ? u.span.start : -1;
      const c = circumstanceStems(u.text, offset, places, placeStems, names);
      around.push(c.around);
      who.push(c.who);
      // The days what is claimed tells of (not the day it was said: outlets report one claim on different days).
      days.push(daysOf(u.text));
    }
  }
  /**
   * Whether two units are versions of one claim: they tell of no different days, and share at least MIN_CLAIM_STEMS
   * stems that are no circumstance of either, the names of who it is about counting as one.
   */
  const sayAlike = (i: number, j: number) => {
    if (otherDays(days[i]!, days[j]!)) return false;
    let n = 0,
      named = 0;
    for (const x of sets[i]!)
      if (sets[j]!.has(x) && !around[i]!.has(x) && !around[j]!.has(x)) {
        if (who[i]!.has(x) || who[j]!.has(x)) named = 1;
        else n++;
        if (n + named >= MIN_CLAIM_STEMS) return true;
      }
    return false;
  };
  const index = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const x of s) (index.get(x) ?? index.set(x, []).get(x)!).push(i);
  });
  // Union-find over pairs from different articles where at least one side is a statement.
  const parent = units.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  // The pairs aligned directly (i × units + j, i < j): a claim's members are joined through such pairs, and only
  // two members aligned with each other are versions of one another whose wording or attribution can drift (the
  // ends of a chain may say different things: a ruling in January, an announcement in March).
  const aligned = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.statement < 0) continue;
    const counts = new Map<number, number>();
    for (const x of sets[i]!) for (const j of index.get(x)!) if (j !== i) counts.set(j, (counts.get(j) ?? 0) + 1);
    for (const [j] of counts) {
      const ui = units[i]!,
        uj = units[j]!;
      if (ui.path === uj.path) continue;
      const score = overlapScore(sets[i]!, sets[j]!);
      const bothQuotes = ui.kind === 'direct' && uj.kind === 'direct';
      if (score >= (bothQuotes ? quoteThreshold : claimThreshold) && sayAlike(i, j)) {
        parent[find(i)] = find(j);
        aligned.add(i < j ? i * units.length + j : j * units.length + i);
      }
    }
  }
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const r = find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  const claims: AlignedClaim[] = [];
  // Every actor's name in the event, for a name's dictionary form ("Deutschen Bahn" beside "Deutsche Bahn").
  let forms: string[] | null = null;
  const allNames = () => [...actorNames.values()].flatMap((m) => [...m.values()]);
  for (const members of groups.values()) {
    const refs = members.map((i) => units[i]!);
    const paths = new Set(refs.map((r) => r.path));
    if (paths.size < 2 || !refs.some((r) => r.statement >= 0)) continue;
    const quoteDrift: AlignedClaim['quoteDrift'] = [];
    const attributionDrift: AlignedClaim['attributionDrift'] = [];
    for (let a = 0; a < refs.length; a++)
      for (let b = a + 1; b < refs.length; b++) {
        const x = refs[a]!,
          y = refs[b]!;
        if (x.path === y.path) continue;
        const mi = members[a]!,
          mj = members[b]!;
        if (!aligned.has(mi < mj ? mi * units.length + mj : mj * units.length + mi)) continue;
        if (x.kind === 'direct' && y.kind === 'direct') {
          const diff = wordDiff(x.text, y.text);
          if (diff.added.length || diff.removed.length) quoteDrift.push({ a, b, diff });
        }
        const who = (r: ClaimRef) => {
          const name = r.speakerId !== null ? actorNames.get(r.path)?.get(r.speakerId) : undefined;
          return name !== undefined ? dictionaryForm(name, (forms ??= allNames())) : (r.speakerText ?? r.speakerId);
        };
        if ((x.kind === 'fact') !== (y.kind === 'fact')) {
          const [att, fact] = x.kind === 'fact' ? [y, x] : [x, y];
          attributionDrift.push({
            a,
            b,
            reason: `${basename(att.path)} attributes it to ${who(att) ?? 'a source'}${att.via.length ? ` (via ${att.via.join(', ')})` : ''}; ${basename(fact.path)} states it as fact`,
          });
        } else if (x.speakerId && y.speakerId && x.speakerId !== y.speakerId) {
          attributionDrift.push({
            a,
            b,
            reason: `${basename(x.path)} attributes it to ${who(x)}; ${basename(y.path)} to ${who(y)}`,
          });
        }
      }
    const first = refs.find((r) => r.statement >= 0)!;
    claims.push({
      id: '',
      label: first.text.length > 80 ? first.text.slice(0, 79) + '…' : first.text,
      members: refs,
      articles: paths.size,
      quote: refs.filter((r) => r.kind === 'direct').length >= 2,
      quoteDrift,
      attributionDrift,
    });
  }
  claims.sort((a, b) => b.articles - a.articles || b.members.length - a.members.length);
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return claims;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}
