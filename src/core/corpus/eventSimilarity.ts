// Event similarity and its conflicts: per-namespace weights and priors of the TF-IDF cosine, the kinds of
// feature an index numbers, and the explicit differences that keep two articles apart whatever they share
// (another date, another kind of act, another ordinal, other figures). See events.ts for the model.
import { ACT_FAMILY, COUNTED_INSTANCES, DECISION_OUTCOMES, PLACED_ACTS } from '../resources/eventLexicon';

export { PLACED_ACTS };
import type { EventFingerprint } from '../types';
import { fingerprintHas } from './fingerprint';

/**
 * Per-namespace weight and the assumed background rate of a feature (smoothed IDF). Calibrated on every development
 * set at once (events-dev, events-dev2, the seeds, the invented families in test/fixtures/events, Wikinews train + dev
 * as distinct events): of what true and wrongly joined pairs share, figures ("#") separate them best on every set (a
 * score, a count, an amount two reports of one occasion repeat), so they weigh more than a name; plain content words
 * ("w") and capitalised nouns dilute the vector and lowering them let single shared names join unrelated reports.
 */
export const NAMESPACES: Record<string, { weight: number; prior: number }> = {
  n: { weight: 1.0, prior: 0.02 },
  a: { weight: 0.3, prior: 0.02 },
  w: { weight: 0.55, prior: 0.04 },
  c: { weight: 0.8, prior: 0.05 },
  '#': { weight: 1.6, prior: 0.02 },
  o: { weight: 0.4, prior: 0.1 },
  q: { weight: 1.4, prior: 0.005 },
  d: { weight: 1.4, prior: 0.01 },
  m: { weight: 0.7, prior: 0.03 },
  md: { weight: 1.0, prior: 0.01 },
  y: { weight: 0.5, prior: 0.06 },
  wd: { weight: 0.5, prior: 0.15 },
};
const DEFAULT_NS = { weight: 0.5, prior: 0.05 };
/** Size of the imagined background corpus the IDF is smoothed with. */
export const BACKGROUND = 5;
/**
 * The corpus size rarity is measured against, at most: in a larger folder a feature's IDF depends on how many
 * articles have it, not on how many others the folder holds. A country, a party or a person in the news (in a
 * hundred articles) then stays common however large the folder grows, instead of weighing almost as much as a
 * name only one event's reports share; features in more articles than this weigh nothing.
 */
export const RARITY_CORPUS = 100;

/** The smoothed, bounded IDF of a feature in `df` of `n` articles whose kind has the background rate `prior`. */
export function rarity(n: number, df: number, prior: number): number {
  return Math.log((Math.min(n, RARITY_CORPUS) + BACKGROUND) / (df + BACKGROUND * prior + 0.5));
}

function nsOf(feature: string): string {
  return feature.slice(0, feature.indexOf(':'));
}

/** Lead features ("l:n:oslo") weigh LEAD_WEIGHT times their inner namespace. */
const LEAD_WEIGHT = 1.2;

export function nsInfo(feature: string): { weight: number; prior: number; ns: string; lead: boolean } {
  let ns = nsOf(feature);
  let factor = 1;
  const lead = ns === 'l';
  if (lead) {
    ns = nsOf(feature.slice(2));
    factor = LEAD_WEIGHT;
  }
  const info = NAMESPACES[ns] ?? DEFAULT_NS;
  return { weight: info.weight * factor, prior: info.prior, ns, lead };
}

/** Namespaces whose features mean the same in every language; the others (names and nouns, words, quotes) count across languages only where the other language attests them. */
export const NEUTRAL = new Set(['a', '#', 'c', 'd', 'm', 'md', 'y', 'wd', 'o']);
/** Factor on the similarity of two articles that disagree on whether the act is a first or a follow-up ("erstmals" vs "zum achten Mal"). */
export const ORDINAL_PENALTY = 0.35;
/** Factor when one article calls the act a repetition ("der zweite Testflug") and the other names the act without an ordinal. */
export const FOLLOW_UP_PENALTY = 0.4;
/** Factor when both articles give several percentages and none agree (rates at 4.25 % and at 2 %). */
export const FIGURES_PENALTY = 0.5;

/** An article's dominant act and the act families it mentions (weighted). */
export interface ActsOf {
  act: string | null;
  acts: ReadonlyMap<string, number> | null;
  /** When the article says its event happened (null: the text does not say). */
  when: When | null;
}

/**
 * Whether two articles are mainly about different kinds of act (a veto, like the date gate): both have a dominant act and they differ, or
 * one has a dominant act the other never mentions while the other reports acts of its own (mentioned at
 * least twice, with no clear winner: "Telefongespräch" and "Gipfeltreffen" against a visit). Shared names and
 * topic alone say nothing about the occasion, and how much they weigh depends on the rest of the corpus (IDF);
 * the kind of act does not.
 */
export function actsDiffer(a: ActsOf, b: ActsOf): boolean {
  if (a.act && b.act) return a.act !== b.act;
  const [x, y] = a.act ? [a, b] : [b, a];
  if (!x.act || !y.acts || y.acts.has(x.act)) return false;
  let total = 0;
  for (const c of y.acts.values()) total += c;
  return total >= 2;
}

/**
 * Whether two articles report the same kind of act at different places (a veto, like the date gate): both lead
 * with one act that happens at one place, both heads name places of known countries, and no country is in
 * both (an earthquake in Greece and one in Mexico). A city and its country, two cities of one country, or a
 * report that names no known place are compatible.
 */
export function placesDiffer(
  a: { act: string | null; places: readonly string[]; sites?: readonly string[] },
  b: { act: string | null; places: readonly string[]; sites?: readonly string[] },
): boolean {
  if (sitesDiffer(a, b)) return true;
  if (a.act === null || a.act !== b.act || !PLACED_ACTS.has(a.act)) return false;
  if (!a.places.length || !b.places.length) return false;
  for (const p of a.places) if (b.places.includes(p)) return false;
  return true;
}

/**
 * Whether two articles place their occasions in different countries (a veto, whatever the act): each head names
 * cities or regions (`sites`, as countries), none of whose countries is in both, and either each names the country
 * of the other's site (one pair of countries' occasions in different ones of them: Japan and Canada's leaders in
 * Ottawa, and in Tokyo a year later; a treaty signed in Warsaw and one signed in Brasília) or neither does (a
 * president's treaty in Astana and the next day's in Tashkent, each naming only its own partner). Where one names
 * the other's site country and the other does not, the one may be a report from elsewhere (a dateline city, the
 * country it writes of): no conflict.
 */
export function sitesDiffer(
  a: { places: readonly string[]; sites?: readonly string[] },
  b: { places: readonly string[]; sites?: readonly string[] },
): boolean {
  const sa = a.sites,
    sb = b.sites;
  if (!sa?.length || !sb?.length) return false;
  for (const s of sa) if (sb.includes(s)) return false;
  return sa.some((s) => b.places.includes(s)) === sb.some((s) => a.places.includes(s));
}

/**
 * Whether two articles' heads state years and none is in both (a veto, like the date gate): the 2005 season's
 * matchday and the 2010 season's, the 2006 final and the 2022 one.
 */
export function yearsDiffer(a: { years: readonly number[] }, b: { years: readonly number[] }): boolean {
  if (!a.years.length || !b.years.length) return false;
  for (const y of a.years) if (b.years.includes(y)) return false;
  return true;
}

/**
 * Whether two articles are acts of one compound occasion (a state visit during which a prize is awarded; a
 * summit whose talks one outlet calls a phone line): their dominant acts differ, one mentions the other's act,
 * and both say when their event happened (the date gate has found the two times compatible). Such a pair
 * links its two groups whatever acts the other members lead with; without the dates, the same overlap is
 * only a shared topic (an election and the protests after it).
 */
export function actsBridge(a: ActsOf, b: ActsOf): boolean {
  return a.when !== null && b.when !== null && actsOverlap(a, b);
}

/**
 * Whether two articles are acts of one compound occasion at one site: they lead with different acts between parties
 * (no act that happens at one place), one mentions the other's act (actsOverlap: "signed an agreement during a state
 * visit"), and both say it happened in the same country (a city or region of it each names: `sites`). Undated short
 * reports of a visit's days, each leading with its own act (the arrival, the treaty, the port), join through it; the
 * same leaders' occasion in the other country (sitesDiffer), or in another year (yearsDiffer), stays apart.
 */
export function actsAtOneSite(
  a: ActsOf & { sites?: readonly string[] },
  b: ActsOf & { sites?: readonly string[] },
): boolean {
  if (!a.sites?.length || !b.sites?.length || !betweenParties(a, b) || !actsOverlap(a, b)) return false;
  for (const s of a.sites) if (b.sites.includes(s)) return true;
  return false;
}

/** Whether two articles lead with different acts and one of them mentions the other's (a possible compound occasion). */
export function actsOverlap(a: ActsOf, b: ActsOf): boolean {
  return (
    a.act !== null && b.act !== null && a.act !== b.act && (a.acts?.has(b.act) === true || b.acts?.has(a.act) === true)
  );
}

/**
 * Whether both articles give durations (in hours) and none agree: a 48-hour strike and a 36-hour one, one union's
 * walkouts two months apart (the figures penalty).
 */
export function durationsConflict(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

export function figuresConflict(a: readonly number[], b: readonly number[]): boolean {
  return a.length >= 2 && b.length >= 2 && !a.some((x) => b.includes(x));
}

function bits(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/**
 * Whether two articles name the days of different weeks' occasions (a veto, like the date gate): each names
 * three or more weekdays and at most one is in both (a strike from Wednesday to Friday after a ruling on
 * Tuesday; one announced on a Monday for Wednesday evening and Thursday). Reports of one occasion name its days.
 * Where both articles say on which full date their event happened, the date gate decides alone: the reports of a
 * visit of several days, written on different days, name different weekdays.
 */
export function weekdaysDiffer(
  a: { weekdays: number; when: When | null },
  b: { weekdays: number; when: When | null },
): boolean {
  if (fullDay(a.when) && fullDay(b.when)) return false;
  return bits(a.weekdays) >= 3 && bits(b.weekdays) >= 3 && bits(a.weekdays & b.weekdays) <= 1;
}

/**
 * Acts between parties that last a moment of one day (a signature, a call, a letter, an arrest, a resignation, a
 * veto, a ruling, a prize, a rate decision, a deal): two reports of one such act that each name one weekday name the same one.
 */
const MOMENT_ACTS: ReadonlySet<string> = new Set([
  'treaty',
  'phone',
  'letter',
  'arrest',
  'resign',
  'veto',
  'court',
  'prize',
  'cut',
  'hike',
  'deal',
]);

/**
 * Whether two articles put their occasions between parties on different days of the week (a veto, like the date
 * gate): each names one weekday, the two differ, the two report the same act (sameAct) and it is neither one that
 * happens at one place (PLACED_ACTS: a report of Saturday's shooting or Monday's quake is often written, and names
 * its day, days later) nor a visit (whose days differ), and either the days are two or more apart (a proposal on
 * Friday and the ministers standing by it on Monday; the leaders' meeting at a summit on Wednesday and in Oslo on a
 * Monday) or both lead with an act that lasts a moment (MOMENT_ACTS: a treaty signed on Tuesday and one signed on
 * Monday; a summit's opening on Tuesday and its declaration on Wednesday are one occasion). Full dates, where both
 * give them, decide alone (the date gate).
 */
export function dayDiffers(
  a: { act: string | null; acts?: ReadonlyMap<string, number> | null; weekdays: number; when: When | null },
  b: { act: string | null; acts?: ReadonlyMap<string, number> | null; weekdays: number; when: When | null },
): boolean {
  const x = a.weekdays,
    y = b.weekdays;
  if (x === y || x === 0 || y === 0 || (x & (x - 1)) !== 0 || (y & (y - 1)) !== 0) return false;
  if (!sameAct(a, b) || (fullDay(a.when) && fullDay(b.when))) return false;
  const act = a.act ?? b.act;
  if (act !== null && (act === 'visit' || PLACED_ACTS.has(act))) return false;
  const d = Math.abs(Math.clz32(x) - Math.clz32(y));
  return Math.min(d, 7 - d) >= 2 || (a.act !== null && a.act === b.act && MOMENT_ACTS.has(a.act));
}

/**
 * Whether two articles report the same act as far as their texts say: they lead with one act, or neither leads with
 * one, or the one that leads with none mentions the other's act and no other. A report that leads with an act and one
 * that names no act, or several with no clear winner, may tell different acts of a compound occasion (a call on
 * Monday, the summit it prepared on Thursday).
 */
function sameAct(
  a: { act: string | null; acts?: ReadonlyMap<string, number> | null },
  b: { act: string | null; acts?: ReadonlyMap<string, number> | null },
): boolean {
  if (a.act !== null && b.act !== null) return a.act === b.act;
  if (a.act === null && b.act === null) return true;
  const [x, y] = a.act !== null ? [a, b] : [b, a];
  return y.acts?.size === 1 && y.acts.has(x.act!);
}

/**
 * Whether two articles tell acts of one occasion between parties by what they share besides words (a bridge: the two
 * are one occasion whatever their wording): neither leads with an act that happens at one place (betweenParties),
 * they lead with one act, one with none, or one mentions the other's (actsOverlap), they place it in one country (a
 * site each names), the countries they name are two or more (an occasion of several states: a visit, a call) or one
 * of them leads with an act (a summit's reports naming the host alone; two domestic stories leading with no act are
 * not bridged), and they put it on one day (sameDay, a full date giving its weekday where the text names none: the arrival
 * on Monday and the speech in a report dated Monday). The caller asks for a shared person and for no conflict (date,
 * place, year, weekday, ordinal). Short reports of a visit's days, each leading with its own act or with none, share
 * little wording beyond the leader's name, which in a folder of one leader's coverage weighs little.
 */
export function occasionBridge(
  a: ActsOf & { places: readonly string[]; sites?: readonly string[]; weekdays: number },
  b: ActsOf & { places: readonly string[]; sites?: readonly string[]; weekdays: number },
): boolean {
  if (!betweenParties(a, b)) return false;
  if (a.act !== null && b.act !== null && a.act !== b.act && !actsOverlap(a, b)) return false;
  const sa = a.sites,
    sb = b.sites;
  if (!sa?.length || !sb?.length || !sa.some((x) => sb.includes(x))) return false;
  let countries = a.places.length;
  for (const p of b.places) if (!a.places.includes(p)) countries++;
  if (countries < 2 && a.act === null && b.act === null) return false;
  return sameDay({ weekdays: dayOf(a), when: a.when }, { weekdays: dayOf(b), when: b.when });
}

/** The weekday (0 = Sunday) two articles of one occasion (occasionBridge) share, -1 where their full dates agree instead. */
export function occasionWeekday(
  a: { weekdays: number; when: When | null },
  b: { weekdays: number; when: When | null },
): number {
  const both = dayOf(a) & dayOf(b);
  return both === 0 ? -1 : 31 - Math.clz32(both & -both);
}

/** The weekdays an article names, or that of its full date where it names none (a bit mask, Sunday bit 0). */
function dayOf(a: { weekdays: number; when: When | null }): number {
  if (a.weekdays !== 0 || !fullDay(a.when)) return a.weekdays;
  return 1 << new Date(Date.UTC(a.when!.y!, a.when!.m - 1, a.when!.d)).getUTCDay();
}

/** What the explicit conflicts of two articles' occasions read. */
export interface OccasionOf {
  act: string | null;
  acts?: ReadonlyMap<string, number> | null;
  places: readonly string[];
  sites?: readonly string[];
  years: readonly number[];
  weekdays: number;
  when: When | null;
  /** What the text says of an agreement (EventFingerprint.agreement; absent or 0: nothing). */
  agreement?: number;
  /** What the head says of a closure (EventFingerprint.opening; absent or 0: nothing). */
  opening?: number;
  /** The towns the head names that no list knows, and every feature of the article, as ids ascending (townsDiffer). */
  towns?: ArrayLike<number>;
  fids?: ArrayLike<number>;
}

/** The explicit conflicts of two articles' occasions (each a veto): places, sites, years, weekdays, days, agreements, closures and reopenings. */
export function occasionsConflict(a: OccasionOf, b: OccasionOf): boolean {
  return (
    placesDiffer(a, b) ||
    yearsDiffer(a, b) ||
    weekdaysDiffer(a, b) ||
    dayDiffers(a, b) ||
    agreementsDiffer(a, b) ||
    openingsDiffer(a, b) ||
    townsDiffer(a, b)
  );
}

/**
 * Whether two articles' heads name towns no list knows and neither names any of the other's anywhere (a veto, like
 * the date gate), and their heads name no known place in common: a hacked town hall in one town and a hospital in
 * another, a bridge closed near one town and another near a second, on the same Monday. A report from elsewhere (a
 * dateline's capital, "BERLIN (AP)") names the town it reports on; two reports of one occasion name its town.
 */
export function townsDiffer(
  a: { places: readonly string[]; towns?: ArrayLike<number>; fids?: ArrayLike<number> },
  b: { places: readonly string[]; towns?: ArrayLike<number>; fids?: ArrayLike<number> },
): boolean {
  const ta = a.towns,
    tb = b.towns;
  if (!ta?.length || !tb?.length || !a.fids || !b.fids) return false;
  // Heads that name a known place in common may name its towns at different grain (a launch site and the town
  // next to it): the towns decide only where nothing else places the two.
  for (const p of a.places) if (b.places.includes(p)) return false;
  for (let k = 0; k < ta.length; k++) if (inAscending(b.fids, ta[k]!)) return false;
  for (let k = 0; k < tb.length; k++) if (inAscending(a.fids, tb[k]!)) return false;
  return true;
}

/** Whether x is in the ascending ids xs (binary search). */
function inAscending(xs: ArrayLike<number>, x: number): boolean {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo] === x;
}

/**
 * Whether one article says an agreement was not (yet) reached and the other that it was signed or reached, neither
 * saying both (a veto, like the date gate): ministers' talks that ended with "no deal yet" and the signing of the
 * agreement two weeks later, reported on the same weekday, in the same city, by the same people, are two occasions.
 */
export function agreementsDiffer(a: { agreement?: number }, b: { agreement?: number }): boolean {
  const x = a.agreement ?? 0,
    y = b.agreement ?? 0;
  return (x === 1 && y === 2) || (x === 2 && y === 1);
}

/**
 * Whether one article's head reports a closure and the other's the opening again of what was closed (a veto, like
 * the date gate): opposite acts on one object are two occasions, weeks apart, however much the two share (the
 * bridge, the town, the operator, the repair that closed and reopened it). A reopening's report that names the
 * closure it ends is a reopening.
 */
export function openingsDiffer(a: { opening?: number }, b: { opening?: number }): boolean {
  const x = a.opening ?? 0,
    y = b.opening ?? 0;
  return (x === 1 && y === 2) || (x === 2 && y === 1);
}

/**
 * Whether two articles name the days of one week's occasion: each names three or more weekdays and two or more are
 * in both (a strike announced on a Monday for Thursday and Friday). The counterpart of weekdaysDiffer (three or more
 * each, at most one in common): where one
 * article calls its act a repetition ("erneut", "again", "a further strike") and the other does not, days in common
 * say the other reports the same repetition, not the earlier act (which fell on other days), and the follow-up
 * penalty does not apply. Full dates, where both give them, decide alone (the date gate).
 */
export function weekdaysAgree(a: { weekdays: number }, b: { weekdays: number }): boolean {
  return bits(a.weekdays) >= 3 && bits(b.weekdays) >= 3 && bits(a.weekdays & b.weekdays) >= 2;
}

/**
 * Whether two articles name weekdays and none is in both. Where one calls its act a repetition and the other does
 * not (a follow-up, see OrdinalRelation), the other reports an instance on other days: the earlier one (a pilots'
 * strike on Tuesday, and "the second strike in a month" on Friday), a conflict as of two counts.
 */
export function weekdaysApart(a: { weekdays: number }, b: { weekdays: number }): boolean {
  return a.weekdays !== 0 && b.weekdays !== 0 && (a.weekdays & b.weekdays) === 0;
}

/**
 * Whether two articles that lead with different acts may be acts of one occasion (a state visit, the treaty signed
 * during it, the leaders' news conference; a call and the summit it prepares): neither leads with an act that
 * happens at one place (PLACED_ACTS: a protest during a visit, or an election after protests, is an event of its
 * own), and both place their events on one day (sameDay).
 */
export function oneOccasion(
  a: { act: string | null; weekdays: number; when: When | null },
  b: { act: string | null; weekdays: number; when: When | null },
): boolean {
  return betweenParties(a, b) && sameDay(a, b);
}

/**
 * Whether neither article leads with an act that happens at one place (PLACED_ACTS) or with the outcome of a
 * decision (DECISION_OUTCOMES: a rate held or cut is an occasion of its own, no act of a visit or of a day of talks).
 */
export function betweenParties(a: { act: string | null }, b: { act: string | null }): boolean {
  return ownOccasion(a.act) && ownOccasion(b.act);
}

function ownOccasion(act: string | null): boolean {
  return act === null || !(PLACED_ACTS.has(act) || DECISION_OUTCOMES.has(act));
}

/**
 * Whether two articles place their events on one day (evidence of one occasion, whatever act each leads with):
 * both give their event's full date and the dates are at most a day apart, or, where a text gives no full date,
 * both name a weekday they share and each names at most two (a visit's arrival on Wednesday and the treaty
 * signed on Wednesday; not a strike from Wednesday to Friday). The date gate must find the two times compatible
 * as well (the caller checks it).
 */
export function sameDay(
  a: { weekdays: number; when: When | null },
  b: { weekdays: number; when: When | null },
): boolean {
  if (fullDay(a.when) && fullDay(b.when)) {
    const da = Date.UTC(a.when!.y!, a.when!.m - 1, a.when!.d),
      db = Date.UTC(b.when!.y!, b.when!.m - 1, b.when!.d);
    return Math.abs(da - db) <= 86_400_000;
  }
  return (a.weekdays & b.weekdays) !== 0 && bits(a.weekdays) <= 2 && bits(b.weekdays) <= 2;
}

function fullDay(w: When | null): boolean {
  return w !== null && w.y !== undefined && w.d !== undefined;
}

/** How much of a feature the other language does not attest still counts in a cross-language norm. */
export const UNATTESTED_SHARE = 0.3;

/**
 * How two articles' ordinals agree: 'conflict' when one reports a first occurrence of an act the other
 * reports as a repetition, or the two give one act different repetition counts ("der zweite" / "der dritte
 * Testflug"); 'agree' when each reports a repetition of the same count (≥ 2) of something the other mentions
 * ("der zweite Testflug" / "bei einem zweiten Test explodiert", "ein weiteres Beben" / "erneut ein Erdbeben"): the
 * shared marker is evidence for one follow-up event, not against it; 'follow-up' when one reports a repetition
 * of an act (an act concept of the lexicon) the other names without any repetition of that count; else 'none'.
 * A count on anything else ("die dritte persönliche Zusammenkunft", "the third term", "am zweiten Tag") lowers
 * nothing against an article without one: the article that gives no count may report the same occasion. A
 * conflict wins over agreement, agreement over a follow-up.
 */
export type OrdinalRelation = 'conflict' | 'agree' | 'follow-up' | 'none';

/**
 * What ordinalRelation reads of an article: its ordinals as parallel arrays (the feature, as a key or an
 * index's feature id; the count; whether the feature is an act concept) and whether it says "for the first
 * time" ("erstmals").
 */
export interface OrdinalView<K> {
  readonly ordKeys: ArrayLike<K>;
  readonly ordVals: ArrayLike<number>;
  readonly ordActs: ArrayLike<number>;
  readonly time1: boolean;
}

/** The ordinals of a fingerprint as ordinalRelationOf reads them. */
export function ordinalView(fp: Pick<EventFingerprint, 'ordinals'>): OrdinalView<string> {
  const keys = Object.keys(fp.ordinals ?? {});
  return {
    ordKeys: keys,
    ordVals: keys.map((k) => fp.ordinals[k]!),
    ordActs: keys.map(ordinalKind),
    time1: fp.ordinals?.['c:time'] === 1,
  };
}

function indexIn<K>(xs: ArrayLike<K>, x: K): number {
  for (let k = 0; k < xs.length; k++) if (xs[k] === x) return k;
  return -1;
}

/**
 * What an ordinal counts (OrdinalView's ordActs): 1 an act ("der zweite Testflug"), 2 the instances of a recurring
 * occasion (COUNTED_INSTANCES: "the fourth round"; different counts conflict, no follow-up), 0 anything else.
 */
export function ordinalKind(key: string): number {
  if (!key.startsWith('c:')) return 0;
  const c = key.slice(2);
  return ACT_FAMILY.has(c) ? 1 : COUNTED_INSTANCES.has(c) ? 2 : 0;
}

/** Whether y calls something x has a repetition of count v (v ≥ 2). */
function repeats<K, T extends OrdinalView<K>>(y: T, x: T, v: number, has: (a: T, key: K) => boolean): boolean {
  for (let j = 0; j < y.ordKeys.length; j++) if (y.ordVals[j] === v && has(x, y.ordKeys[j]!)) return true;
  return false;
}

/** How two articles' ordinals agree (see OrdinalRelation); `has` says whether an article has a feature. */
export function ordinalRelationOf<K, T extends OrdinalView<K>>(
  a: T,
  b: T,
  has: (x: T, key: K) => boolean,
): OrdinalRelation {
  let followUp = false,
    agree = false;
  for (let side = 0; side < 2; side++) {
    const x = side ? b : a,
      y = side ? a : b;
    for (let k = 0; k < x.ordKeys.length; k++) {
      const key = x.ordKeys[k]!,
        v = x.ordVals[k]!;
      const at = indexIn(y.ordKeys, key);
      if (at >= 0) {
        const w = y.ordVals[at]!;
        if ((v === 1) !== (w === 1)) return 'conflict';
        if (v >= 2 && v === w) agree = true;
        else if (v >= 2 && x.ordActs[k]) return 'conflict';
      } else if (v >= 2 && has(y, key)) {
        // "for the first time" in one, "the second test flight" in the other.
        if (y.time1 && x.ordActs[k] === 1) return 'conflict';
        if (repeats(y, x, v, has)) agree = true;
        else if (x.ordActs[k] === 1) followUp = true;
      }
    }
  }
  return agree ? 'agree' : followUp ? 'follow-up' : 'none';
}

type FingerprintOrdinals = Pick<EventFingerprint, 'ordinals' | 'terms' | 'keys' | 'leads'>;

/** ordinalRelationOf over two fingerprints. */
export function ordinalRelation(a: FingerprintOrdinals, b: FingerprintOrdinals): OrdinalRelation {
  const va = { ...ordinalView(a), fp: a },
    vb = { ...ordinalView(b), fp: b };
  return ordinalRelationOf(va, vb, (x, key: string) => fingerprintHas(x.fp, key));
}

export interface When {
  y?: number;
  m: number;
  d?: number;
}

export function parseWhen(w: string | null): When | null {
  if (!w) return null;
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(w);
  if (m) return { y: +m[1]!, m: +m[2]!, ...(m[3] ? { d: +m[3] } : {}) };
  m = /^--(\d{2})-(\d{2})$/.exec(w);
  if (m) return { m: +m[1]!, d: +m[2]! };
  return null;
}

/** Whether two event-time estimates can describe one event (true when either is unknown). */
export function datesCompatible(a: string | null, b: string | null, dayTolerance = 10): boolean {
  return whenCompatible(parseWhen(a), parseWhen(b), dayTolerance);
}

export function whenCompatible(x: When | null, y: When | null, dayTolerance: number): boolean {
  if (!x || !y) return true;
  const yearA = x.y ?? y.y ?? 2000,
    yearB = y.y ?? x.y ?? 2000;
  if (x.d !== undefined && y.d !== undefined) {
    const da = Date.UTC(yearA, x.m - 1, x.d),
      db = Date.UTC(yearB, y.m - 1, y.d);
    return Math.abs(da - db) <= dayTolerance * 86_400_000;
  }
  // Month precision on one side: the months must be the same or adjacent (end-of-month reports).
  const ma = yearA * 12 + x.m,
    mb = yearB * 12 + y.m;
  return Math.abs(ma - mb) <= 1;
}

/**
 * An event's own date, from what its members say (not from their order: the first dated member's time made one
 * event show different dates by the order articles came in). Each member's time (`whens[k]`, its `when`) is a
 * candidate; a candidate full date gets the vote of every member whose time it is or whose text states it
 * (`states(k, day)`: a resolved date mention, such as "Wednesday" in a report dated the Monday before); the most
 * voted wins, the earliest among equals (a visit's first day when each day has one report). Without a full date,
 * the month most members give as their time; null when no member's time has a year. One stray member's date
 * (a back-reference read as its event's time) cannot outvote the others.
 */
export function eventDate(
  whens: readonly (string | null | undefined)[],
  states: (member: number, day: string) => boolean = () => false,
): string | null {
  const days = new Set<string>(),
    months = new Set<string>();
  for (const w of whens) {
    if (!w) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(w)) days.add(w);
    else if (/^\d{4}-\d{2}$/.test(w)) months.add(w);
  }
  let best: string | null = null,
    votes = 0;
  for (const c of days.size ? days : months) {
    let n = 0;
    for (let k = 0; k < whens.length; k++) if (whens[k] === c || (days.size > 0 && states(k, c))) n++;
    if (n > votes || (n === votes && best !== null && c < best)) {
      best = c;
      votes = n;
    }
  }
  return best;
}

/** Reason groups, in the order reasons list them; a feature's group is its namespace's. */
export const REASON_NS: ReadonlyArray<readonly [string[], string]> = [
  [['q'], 'same quote'],
  [['a', 'n'], 'shared names'],
  [['#'], 'same figures'],
  [['d', 'md', 'm'], 'same dates'],
  [['c', 'w', 'o'], 'both write of'],
  [['wd'], 'same weekdays'],
  [['y'], 'same years'],
];
export const REASON_GROUP = new Map(REASON_NS.flatMap(([nss], g) => nss.map((ns) => [ns, g] as const)));
export const QUOTE_GROUP = 0;

/** Kind flags: the feature means the same in every language; the feature is a lead twin. */
export const F_NEUTRAL = 1;
export const F_LEAD = 2;
/**
 * Kind flag: the feature tells when or where from an article came (a date, a month, a weekday, a year, the outlet),
 * not what happened: two articles that share nothing else are two events of one day or one outlet (sharesOccasion).
 */
export const F_CIRCUMSTANCE = 4;
/** The namespaces of F_CIRCUMSTANCE. */
export const CIRCUMSTANCES: ReadonlySet<string> = new Set(['d', 'md', 'm', 'wd', 'y', 'o']);
/** Kinds beyond this many (keys of unknown namespaces) share the last one. */
const MAX_KINDS = 250;

/**
 * Feature kinds (namespace, lead twin or not), numbered: per kind its weight, prior, flags and reason group.
 * Each index numbers its own.
 */
export class FeatureKinds {
  readonly weight: number[] = [];
  readonly prior: number[] = [];
  readonly flags: number[] = [];
  readonly group: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly leadKinds: number[] = [];
  /** Kinds of the one-letter namespaces by their letter (-1: none). */
  private readonly short = new Int16Array(128).fill(-1);

  constructor() {
    for (const ns of Object.keys(NAMESPACES)) if (ns.length === 1) this.short[ns.charCodeAt(0)] = this.named(`${ns}:`);
  }

  /** The kind of a feature key (see nsInfo), from its first characters where the namespace is a known one. */
  of(key: string): number {
    const c0 = key.charCodeAt(0),
      c1 = key.charCodeAt(1);
    if (c1 === 58 /* : */) {
      if (c0 === 108 /* l */) return this.leadOf(this.of(key.slice(2)));
      if (c0 < 128) {
        const k = this.short[c0]!;
        if (k >= 0) return k;
      }
    }
    const colon = key.indexOf(':');
    return this.named(colon < 0 ? ':' : key.slice(0, colon + 1));
  }

  /** The kind of a namespace prefix ("n:", "l:n:"). */
  named(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      if (this.weight.length >= MAX_KINDS) return MAX_KINDS - 1;
      const ns = nsInfo(name);
      id = this.weight.length;
      this.ids.set(name, id);
      this.weight.push(ns.weight);
      this.prior.push(ns.prior);
      this.flags.push(
        (NEUTRAL.has(ns.ns) ? F_NEUTRAL : 0) | (ns.lead ? F_LEAD : 0) | (CIRCUMSTANCES.has(ns.ns) ? F_CIRCUMSTANCE : 0),
      );
      this.group.push(ns.lead ? -1 : (REASON_GROUP.get(ns.ns) ?? -1));
      this.names.push(name);
    }
    return id;
  }

  /** The kind of the lead twin of a feature of kind k. */
  leadOf(k: number): number {
    return (this.leadKinds[k] ??= this.named(`l:${this.names[k]!}`));
  }
}
