// Why articles are one event, in words: what the event index found two articles (or one and the rest of its
// event) to share — the occasion both lead with, quotes, names, figures, dates, acts and things — chosen and put
// in the order a reader reads them. The index (eventIndex.ts) supplies the evidence, ranked by what it added to
// the similarity; this file decides what of it is shown and how.
import { ACT_FAMILY, CONCEPT_TABLE } from '../resources/eventLexicon';
import { COUNTRY_SPELLINGS, PLACES } from '../resources/places';
import type { CoverageEvent, Reason } from '../types';
import { REASON_GROUP } from './eventSimilarity';
import { countryOfPlace, countryOfSite } from './leadPlaces';

/** A feature both articles have, as the reasons read it. */
export interface SharedFeature {
  key: string;
  /** Its reason group (REASON_NS). */
  group: number;
  /** A name key ("n:") both articles mark as a recognised actor's name (only those are shown as names). */
  marked: boolean;
  /** Its place among the article's features (for `shown`). */
  at: number;
}

/** What an article shares with others, from the event index. */
export interface ReasonEvidence {
  /** The shared features, strongest first (word stems aside: they count in the similarity, never shown). */
  ranked: readonly SharedFeature[];
  /** The shared word stems, strongest first: shown only when nothing else explains the join. */
  words?: readonly SharedFeature[];
  /** What the article shows for a feature (its stored form, else derived from the key); asked only when shown. */
  shown: (f: SharedFeature) => string;
  /** The names of the article's actors ("a:" features, shared or not), in key order. */
  actorNames: readonly string[];
  /** Their ids ("person:joe-biden"), in the same order; absent: not known (no participant is named). */
  actorIds?: readonly string[];
  /** How often the article names each of them (its "a:" count), in the same order. */
  actorMentions?: readonly number[];
  /**
   * The names of the other articles' actors, as they write them: a name is shown in the form one of them gives when
   * this article's is an inflection of it ("Deutschen Bahn" beside "Deutsche Bahn"); asked only when names are shown.
   */
  peerNames?: () => readonly string[];
  /**
   * Whether a shared feature is in the opening (title and first two sentences) of this article and of one it is
   * shared with (their lead twins meet); absent: not known, and no place is named.
   */
  lead?: (f: SharedFeature) => boolean;
  /**
   * The name words in the openings of this article (first) and of each other that leads with the same act, as shown,
   * made as they are read; asked only when a place is about to be named.
   */
  openings?: () => Iterable<readonly string[]>;
  /**
   * Whether the article's story names an actor's name (a name key of one of its capitalised words; words the layout
   * keeps out, such as a dateline's, give none); absent: not known, and every shared actor is shown.
   */
  named?: (name: string) => boolean;
  /** The article's main act and its date (ISO), and those of the others. */
  act: string | null;
  whenIso: string | null;
  peers: readonly { act: string | null; whenIso: string | null }[];
}

/** Reason groups (REASON_NS) by what they show; a group not listed here is counted, never shown. */
const QUOTES = REASON_GROUP.get('q')!;
const NAMES = REASON_GROUP.get('n')!;
const FIGURES = REASON_GROUP.get('#')!;
const DATES = REASON_GROUP.get('d')!;
const TOPICS = REASON_GROUP.get('c')!;
const WEEKDAYS_GROUP = REASON_GROUP.get('wd')!;
const YEARS = REASON_GROUP.get('y')!;
/** At most this many items per reason (one quote). */
const MAX_ITEMS = 4;

/**
 * What an article shares with others, as reasons, in the order a reader wants them: the occasion both lead with,
 * then quote, names, figures, dates, acts and things, weekdays, years (each strongest first), and the article's date.
 */
export function reasonsFrom(ev: ReasonEvidence): Reason[] {
  const { ranked } = ev;
  // The shared features by group, strongest first, in one pass.
  const byGroup: SharedFeature[][] = [];
  for (const f of ranked) (byGroup[f.group] ??= []).push(f);
  const of = (g: number): readonly SharedFeature[] => byGroup[g] ?? NONE;
  const out: Reason[] = [];
  const quote = of(QUOTES)[0];
  if (quote) out.push({ kind: 'quote', text: ev.shown(quote) });
  // A few more names than are shown: the occasion's participants are among them, and then not listed again.
  const raw = sharedNames(ev, 2 * MAX_ITEMS);
  let forms: readonly string[] | null = null;
  const dictionary = (n: string) =>
    dictionaryForm(n, (forms ??= [...ev.actorNames, ...(ev.peerNames?.() ?? NO_NAMES)]));
  const allNames = distinctNames(raw.map(dictionary));
  const names = allNames.slice(0, MAX_ITEMS);
  if (names.length) out.push({ kind: 'names', names });
  // A single digit that is part of a figure shown is no figure of its own ("1" beside the score "2:1").
  const shownFigures = distinctShown(of(FIGURES), ev.shown);
  const figures = shownFigures.filter(
    (x) => !/^\d$/.test(x) || !shownFigures.some((y) => y !== x && y.split(/[^\d]+/).includes(x)),
  );
  if (figures.length) out.push({ kind: 'figures', figures });
  // A month or a day without its year is not listed beside a date that contains it ("15 November 2023", not
  // also "November 2023" or "15 November").
  const days: string[] = [];
  for (const f of of(DATES)) {
    const x = isoOf(f, ev.shown(f));
    if (!days.includes(x)) days.push(x);
  }
  const dates: string[] = [];
  for (const x of days) {
    if (dates.length >= MAX_ITEMS) break;
    if (!days.some((y) => y !== x && within(x, y))) dates.push(x);
  }
  if (dates.length) out.push({ kind: 'dates', dates });
  // The topic is told by the acts and things both name (concepts, the same in every language: "strike",
  // "treaty") and ordinals ("eighth"); a bare word stem ("well", "gebe") counts in the similarity but tells
  // a reader nothing (in a small folder even a common one is shared by few articles), nor does a concept
  // that is one of the article's actors' names, in any language ("china" beside "China", "russia" beside
  // "Russland").
  // The actors' names and the names shown (a name key both mark, such as "Nordkorea", need not be an actor's).
  const named = actorNameWords([...ev.actorNames, ...raw, ...names]);
  let namedConcepts: Set<string> | null = null;
  const topics: SharedFeature[] = [];
  const seen = new Set<string>();
  for (const f of of(TOPICS)) {
    if (f.key.startsWith('w:')) continue;
    const d = ev.shown(f).toLowerCase();
    if (seen.has(d) || named.has(d) || GENERIC.has(f.key)) continue;
    if (f.key.startsWith('c:') && (namedConcepts ??= conceptsOf(named)).has(f.key.slice(2))) continue;
    seen.add(d);
    // A few more than are shown: the occasion's acts and "time" are left out below.
    if (topics.push(f) >= MAX_ITEMS + 2) break;
  }
  const weekdays = distinctNumbers(of(WEEKDAYS_GROUP), (x) => x >= 0 && x <= 6);
  const years = distinctNumbers(of(YEARS), Number.isInteger);
  // First, in words, the occasion both report when the grouping's act gate agreed on it ("the same meeting on
  // 15 November 2023"): the act one of the others reports as its main act too, with the day when one of them
  // gives the same one; its acts are then not listed again among the topics.
  const oneDay = ev.whenIso !== null && ev.peers.some((o) => o.whenIso === ev.whenIso);
  const shared = out.length > 0 || topics.length > 0 || weekdays.length > 0 || years.length > 0;
  const act = ev.act !== null && shared && ev.peers.some((o) => o.act === ev.act) ? ev.act : null;
  const concepts: string[] = [];
  const ordinals: number[] = [];
  for (const f of topics) {
    if (concepts.length + ordinals.length >= MAX_ITEMS) break;
    const at = f.key.indexOf(':');
    const ns = f.key.slice(0, at);
    if (ns === 'o') {
      // "first" is in most news ("for the first time"); a later ordinal counts ("the eighth cut").
      const n = Number(f.key.slice(at + 1));
      if (n > 1) ordinals.push(n);
    }
    // "time" ("zum achten Mal") says something only with its ordinal, shown apart. A country or city is no act or
    // thing: one both name is among the names; one the concept stands for without its name ("German" and "deutsche"
    // are Germany's) is not written of ("also writes of Germany" of a text that never names it).
    else if (
      ns === 'c' &&
      f.key !== 'c:time' &&
      (act === null || ACT_FAMILY.get(f.key.slice(at + 1)) !== act) &&
      !isPlaceConcept(f.key.slice(at + 1))
    )
      concepts.push(f.key.slice(at + 1));
  }
  // What the act was of, from the things both name ("rate": the same interest rate cut), not listed again below.
  const object = act === null ? undefined : ACT_OBJECTS[act]?.find((c) => of(TOPICS).some((f) => f.key === `c:${c}`));
  const concepts2 = object === undefined ? concepts : concepts.filter((c) => c !== object);
  if (concepts2.length || ordinals.length) out.push({ kind: 'topics', concepts: concepts2, ordinals });
  if (weekdays.length) out.push({ kind: 'weekdays', days: weekdays });
  if (years.length) out.push({ kind: 'years', years });
  if (act !== null) {
    // The occasion's day: this article's when another gives the same, else the one full date both give that is
    // another's reading of its event's day (an article dated the day after still names the day itself).
    let when = oneDay ? occasionWhen(ev.whenIso!) : null;
    if (when === null) {
      const days = dates.filter((d) => d.length === 10 && !d.startsWith('-') && ev.peers.some((o) => o.whenIso === d));
      if (days.length === 1) when = days[0]!;
    }
    const place = placeOf(ev, act, of(NAMES));
    const occasion: Reason = { kind: 'occasion', act, when };
    if (object !== undefined) occasion.object = object;
    // Who took part, as far as both openings name them: the persons of a meeting, a call, a visit, a letter.
    const who = participantsOf(ev, act, raw, of(NAMES));
    if (who.length) {
      const persons = (occasion.with = who.map(dictionary));
      const at = out.findIndex((r) => r.kind === 'names');
      const rest = allNames.filter((n) => !persons.includes(n)).slice(0, MAX_ITEMS);
      if (at >= 0) {
        if (rest.length) out[at] = { kind: 'names', names: rest };
        else out.splice(at, 1);
      }
    }
    if (place !== null) {
      occasion.place = dictionary(place.shown);
      // The place is named once, in the occasion.
      const at = out.findIndex((r) => r.kind === 'names');
      const names = out[at];
      if (names?.kind === 'names') {
        const rest = names.names.filter((n) => placeKey(n) !== place.key && n !== occasion.place);
        if (rest.length) out[at] = { kind: 'names', names: rest };
        else out.splice(at, 1);
      }
    }
    // The occasion's day is not listed again among the dates both give.
    if (when !== null) {
      const at = out.findIndex((r) => r.kind === 'dates');
      const dates = out[at];
      if (dates?.kind === 'dates') {
        const rest = dates.dates.filter((d) => d !== when && !within(d, when));
        if (rest.length) out[at] = { kind: 'dates', dates: rest };
        else out.splice(at, 1);
      }
    }
    out.unshift(occasion);
  }
  // Where nothing above explains the join, the words both use, strongest first: a reason a reader can check, not
  // an empty one (a join through word stems alone, "Stiftung" and "Warentest" that no list knows as a name).
  // Capitalised words both use that no one marked as an actor's name come first.
  if (!out.length) {
    const unmarked = of(NAMES).filter((f) => !f.marked && !f.key.startsWith('a:'));
    const words = distinctShown([...unmarked, ...(ev.words ?? NONE)], ev.shown);
    if (words.length) out.push({ kind: 'words', words });
  }
  // The article's date for what it reports: the event's date when another article gives the same day (else it is
  // this article's reading, often its publication day, and says so); not again after the occasion's day.
  // A day is said once: the event's date takes it out of the dates both give; the article's own reading is not
  // said beside the same day both give ("gives the same date: 10 January 2024", not also "dated 10 January 2024").
  if (ev.whenIso && !(act !== null && oneDay && occasionWhen(ev.whenIso) !== null)) {
    const at = out.findIndex((r) => r.kind === 'dates');
    const given = out[at];
    const inDates = given?.kind === 'dates' && given.dates.includes(ev.whenIso);
    if (oneDay && inDates) {
      const rest = given.dates.filter((d) => d !== ev.whenIso);
      if (rest.length) out[at] = { kind: 'dates', dates: rest };
      else out.splice(at, 1);
    }
    if (oneDay || !inDates) out.push({ kind: 'date', date: ev.whenIso, shared: oneDay });
  }
  return out;
}

/**
 * The things an act can be of, by act family, the most telling first: both naming one of them says what the act
 * was ("cut" and "rate": an interest rate cut; "launch" and "testflight": a test flight).
 */
export const ACT_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  cut: ['rate'],
  hike: ['rate', 'tax', 'tariff'],
  launch: ['testflight', 'rocket', 'satellite'],
  crash: ['plane', 'train'],
  attack: ['bomb', 'shooting'],
  prize: ['physics', 'chemistry', 'medicine'],
  strike: ['train'],
  weather: ['flood', 'storm'],
  match: ['final'],
};

/**
 * Concepts that are in most news of their field and tell no occasion from another: the roles of those in it
 * ("president", "minister") and the bodies they sit in. They count in the similarity as any word does (weighted by
 * their rarity in the corpus), but a reader learns nothing from them, and a reason that lists them reads as if they
 * had decided the join.
 */
const GENERIC: ReadonlySet<string> = new Set(
  ['president', 'chancellor', 'primeminister', 'minister', 'government', 'parliament', 'judge', 'police'].map(
    (c) => `c:${c}`,
  ),
);

/** Whether a concept of the event lexicon is a country or a city (its reader's word is a gazetteer place: "Germany"). */
function isPlaceConcept(c: string): boolean {
  const w = CONCEPT_WORDS[c];
  return w !== undefined && (COUNTRY_SPELLINGS.has(w) || PLACES.has(w));
}

/** Acts whose participants are persons who can be named with the occasion ("the same meeting of A and B"). */
const PARTICIPANT_ACTS: ReadonlySet<string> = new Set(['meeting', 'phone', 'visit', 'letter']);

/**
 * The persons who took part in the occasion, as far as the join tells: shared names of persons (this article's
 * actors) whose words both openings name (lead twins that meet), the two this article names most often, each only
 * when named at least half as often as the person the article names most. A person both name further down, or one an
 * opening names in passing (a successor: "weeks before X takes office"), is no participant.
 */
function participantsOf(
  ev: ReasonEvidence,
  act: string,
  names: readonly string[],
  features: readonly SharedFeature[],
): string[] {
  const { lead, actorIds } = ev;
  if (!lead || !actorIds || !PARTICIPANT_ACTS.has(act)) return [];
  let leadWords: Set<string> | null = null;
  const found: { name: string; mentions: number }[] = [];
  // How often the article names the person it names most.
  let most = 0;
  ev.actorNames.forEach((_, i) => {
    if (actorIds[i]?.startsWith('person:')) most = Math.max(most, ev.actorMentions?.[i] ?? 0);
  });
  for (const n of names) {
    const words = capitalWords(n);
    if (!words.length) continue;
    // A person's name, or a part of one ("Biden" of "Joe Biden"), and how often the article names that person.
    const lower = nameWords(n);
    let mentions = -1;
    ev.actorNames.forEach((a, i) => {
      if (actorIds[i]?.startsWith('person:') && lower.every((w) => nameWords(a).includes(w)))
        mentions = Math.max(mentions, ev.actorMentions?.[i] ?? 0);
    });
    if (mentions < 0) continue;
    if (leadWords === null) {
      leadWords = new Set();
      for (const g of features) if (g.key.startsWith('n:') && lead(g)) leadWords.add(ev.shown(g).toLowerCase());
    }
    if (words.every((w) => leadWords!.has(w.toLowerCase()))) found.push({ name: n, mentions });
  }
  // Most named first, ties in the order of strength.
  const top = found.map((x, i) => ({ ...x, i })).sort((a, b) => b.mentions - a.mentions || a.i - b.i);
  const out: string[] = [];
  for (const x of top.slice(0, 2)) if (2 * x.mentions >= most) out.push(x.name);
  return out;
}

/** A German adjective's oblique ending ("-en", "-em") and its nominative ones ("-e", "-er", "-es"), after the stem. */
const OBLIQUE = /^(\p{Lu}\p{Ll}+?)e[nm]$/u;
const NOMINATIVE = /^(\p{Lu}\p{Ll}+?)e[rs]?$/u;

/** A German name's inflectional endings: genitive "-s", "-es", "-ns", weak adjective "-n", "-en". */
const INFLECTIONS: ReadonlySet<string> = new Set(['s', 'es', 'ns', 'n', 'en']);

/**
 * A name in its dictionary form, as the forms given (the article's own and the other articles' actors' names) write
 * it: the one whose words are those of `name` without an inflectional ending ("Deutschen Bahn" -> "Deutsche Bahn",
 * "Elon Musks" -> "Elon Musk", "Seismischen Dienst" -> "Seismischer Dienst", "Nobelkomitees für Physik" ->
 * "Nobelkomitee für Physik") or not in capitals
 * ("FRANKFURT" -> "Frankfurt"); else a place's genitive or capitals the gazetteer knows ("Syriens" -> "Syrien");
 * else the name as written.
 */
export function dictionaryForm(name: string, forms: readonly string[]): string {
  const words = name.split(' ');
  const first = name.charAt(0).toLowerCase();
  let best: string | null = null;
  for (const c of forms) {
    // A base form is no longer than the name and starts with its letter (a cheap test before the words are split).
    if (c === name || c.length > name.length || (best !== null && c.length >= best.length)) continue;
    if (c.charAt(0).toLowerCase() !== first) continue;
    const cw = c.split(' ');
    if (cw.length !== words.length) continue;
    // Capitals are a dateline's ("SAN FRANCISCO"), not an acronym's ("NASA"), in a name of two words or a place.
    const caps = words.length > 1 || PLACES.has(c);
    if (cw.every((x, i) => baseOf(x, words[i]!, caps))) best = c;
  }
  if (best !== null) return best;
  if (words.length === 1 && !PLACES.has(name)) {
    if (name.length > 4 && name.endsWith('s') && PLACES.has(name.slice(0, -1))) return name.slice(0, -1);
    const title = name.charAt(0) + name.slice(1).toLowerCase();
    if (name.length > 3 && name === name.toUpperCase() && PLACES.has(title)) return title;
  }
  return name;
}

/** Whether the word x is w itself, w without an inflectional ending, or (`caps`) w not in capitals. */
function baseOf(x: string, w: string, caps: boolean): boolean {
  if (x === w) return true;
  if (w.length > x.length && x.length >= 2 && w.startsWith(x) && INFLECTIONS.has(w.slice(x.length))) return true;
  // An adjective's dative or genitive for its nominative ("Seismischen Dienst" for "Seismischer Dienst").
  const a = OBLIQUE.exec(w),
    b = NOMINATIVE.exec(x);
  if (a && b && a[1] === b[1] && a[1]!.length >= 4) return true;
  return caps && w === w.toUpperCase() && x !== x.toUpperCase() && x.toLowerCase() === w.toLowerCase();
}

/** The names, each once (the dictionary form of two inflections is one name). */
function distinctNames(names: readonly string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) === i);
}
const NO_NAMES: readonly string[] = [];

/**
 * Acts that happen in one place, which can then be named: not a visit (a state visit's days are in several cities,
 * and a report of one part leads with another), a phone call or a letter (between two places).
 */
const ACTS_IN_ONE_PLACE: ReadonlySet<string> = new Set([
  'meeting',
  'attack',
  'launch',
  'quake',
  'weather',
  'fire',
  'crash',
  'strike',
  'protest',
  'arrest',
  'court',
  'prize',
  'match',
  'treaty',
  'election',
  'hostage',
  'collapse',
]);
/** Acts whose place may be a country (they happen across one: an earthquake in Turkey); the others' a city or region. */
const ACTS_IN_A_COUNTRY: ReadonlySet<string> = new Set(['quake', 'weather', 'fire']);

/** A place's identity: its canonical gazetteer name, else its name lower-cased. */
function placeKey(name: string): string {
  return PLACES.get(name) ?? name.toLowerCase();
}

/**
 * Where the act happened, as far as the join tells: the one gazetteer city or region (for acts across a country,
 * also a country) that both articles name in their openings (lead twins that meet), shared as a name; none when
 * the openings share two different ones (a visit's host city and the visitor's capital) or none.
 */
function placeOf(
  ev: ReasonEvidence,
  act: string,
  names: readonly SharedFeature[],
): { shown: string; key: string } | null {
  const lead = ev.lead;
  if (!lead || !ACTS_IN_ONE_PLACE.has(act)) return null;
  // The name keys in both openings, by their shown word (lower-cased): the words of an actor's name.
  let leadWords: Set<string> | null = null;
  let found: { shown: string; key: string } | null = null;
  for (const f of names) {
    const isKey = f.key.startsWith('n:');
    if (isKey ? !f.marked : !f.key.startsWith('a:')) continue;
    const shown = ev.shown(f);
    const isPlace = countryOfSite(shown) !== null || (ACTS_IN_A_COUNTRY.has(act) && COUNTRY_SPELLINGS.has(shown));
    if (!isPlace) continue;
    if (isKey) {
      if (!lead(f)) continue;
    } else {
      if (leadWords === null) {
        leadWords = new Set();
        for (const g of names) if (g.key.startsWith('n:') && lead(g)) leadWords.add(ev.shown(g).toLowerCase());
      }
      const words = capitalWords(shown);
      if (!words.length || !words.every((w) => leadWords!.has(w.toLowerCase()))) continue;
    }
    const key = placeKey(shown);
    if (found === null) found = { shown, key };
    else if (found.key !== key) return null;
  }
  if (found === null || !ev.openings) return found;
  // The only place of its kind in this article's opening and in that of one of the others that names it: an
  // opening that names two cities ("flights cancelled at Frankfurt and Munich airports") does not say where.
  const openings = ev.openings()[Symbol.iterator]();
  const own = openings.next();
  const place = found;
  const city = countryOfSite(place.shown) !== null;
  const country = countryOfPlace(place.shown);
  const conflicts = (names: readonly string[]) =>
    names.some((n) => {
      if (placeKey(n) === place.key) return false;
      if (city) return countryOfSite(n) !== null;
      const c = countryOfPlace(n);
      return c !== null && c !== country;
    });
  const words = capitalWords(place.shown).map((w) => w.toLowerCase());
  const namesIt = (opening: readonly string[]) =>
    opening.some((n) => placeKey(n) === place.key) ||
    (words.length > 0 && words.every((w) => opening.some((n) => n.toLowerCase() === w)));
  if (own.done || conflicts(own.value)) return null;
  for (let o = openings.next(); !o.done; o = openings.next()) if (namesIt(o.value) && !conflicts(o.value)) return place;
  return null;
}

/** The day or month of an occasion (a year alone, or anything else, is not one). */
function occasionWhen(iso: string): string | null {
  return /^\d{4}-\d{2}(?:-\d{2})?$/.test(iso) ? iso : null;
}

/**
 * No shared features of a group. Loops, not map and filter, read the features here, and an empty group is an array
 * of their kind (not a fresh `[]`): arrays of one element kind keep the optimised code of reasonsFrom, which was
 * thrown away and recompiled several times per run for arrays of changing kinds (issue 12).
 */
const NONE: readonly SharedFeature[] = [];

/** The first MAX_ITEMS distinct shown forms of the features (case aside), the first of each kept. */
function distinctShown(fs: readonly SharedFeature[], shown: (f: SharedFeature) => string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < fs.length && out.length < MAX_ITEMS; i++) {
    const d = shown(fs[i]!);
    const k = d.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

/** The first MAX_ITEMS distinct numbers of the features' keys ("wd:3", "y:2023") that pass `keep`. */
function distinctNumbers(fs: readonly SharedFeature[], keep: (x: number) => boolean): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < fs.length && out.length < MAX_ITEMS; i++) {
    const key = fs[i]!.key;
    const x = Number(key.slice(key.indexOf(':') + 1));
    if (seen.has(x)) continue;
    seen.add(x);
    if (keep(x)) out.push(x);
  }
  return out;
}

/** A date feature as ISO: a full date, a month ("2023-11"), a day without its year ("--11-15"). */
function isoOf(f: SharedFeature, shown: string): string {
  if (ISO.test(shown)) return shown;
  const at = f.key.indexOf(':');
  const rest = f.key.slice(at + 1);
  return f.key.slice(0, at) === 'md' ? `--${rest}` : rest;
}
const ISO = /^(?:\d{4}|-)-\d{2}(?:-\d{2})?$/;

/** Whether the month or the yearless day x is part of the date y ("2023-11" and "--11-15" of "2023-11-15"). */
function within(x: string, y: string): boolean {
  if (y.length !== 10 || y.startsWith('-')) return false;
  return x.startsWith('--') ? y.slice(4) === x.slice(1) : y.startsWith(`${x}-`);
}

/**
 * The lexicon's single-word stems of four letters or more (a name is not a concept for its first letters), by their
 * first four letters.
 */
const STEMS_BY_HEAD = new Map<string, (readonly [string, string])[]>();
for (const entry of CONCEPT_TABLE.prefix)
  if (entry[0].length > 3) {
    const head = entry[0].slice(0, 4);
    (STEMS_BY_HEAD.get(head) ?? STEMS_BY_HEAD.set(head, []).get(head)!).push(entry);
  }

/** The concepts the words stand for, as the fingerprint reads a word: its longest stem's ("russland": russia). */
function conceptsOf(words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    let c = CONCEPT_OF_WORD.get(w);
    if (c === undefined) {
      // Longest first, as CONCEPT_TABLE.prefix is sorted.
      c = STEMS_BY_HEAD.get(w.slice(0, 4))?.find(([stem]) => w.startsWith(stem))?.[1] ?? '';
      if (CONCEPT_OF_WORD.size >= WORD_CACHE) CONCEPT_OF_WORD.clear();
      CONCEPT_OF_WORD.set(w, c);
    }
    if (c) out.add(c);
  }
  return out;
}
/** The concept of a name word ('' none), kept (WORD_CACHE): an event's members read the same names again and again. */
const CONCEPT_OF_WORD = new Map<string, string>();

/** The lower-cased words of the names of the article's actors. */
function actorNameWords(actorNames: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const a of actorNames) for (const w of nameWords(a)) words.add(w);
  return words;
}

/**
 * The shared names, strongest first (`ranked`): actors both articles have ("a:" features) and name keys both mark
 * as a recognised actor's name (`marked`; capitalised common nouns, such as German nouns, are not names). A name
 * word is shown as the full name of the article's actor it belongs to when all that name's words are shared
 * ("Christine Lagarde", not "Christine, Lagarde"), and a name that is part of one already shown is not shown again.
 * At most `limit`.
 */
function sharedNames({ ranked, actorNames, shown: shownOf, named }: ReasonEvidence, limit: number): string[] {
  // The words of the name keys both articles mark.
  const sharedWords = new Set<string>();
  for (const f of ranked) if (f.marked) sharedWords.add(shownOf(f).toLowerCase());
  const shown: string[] = [];
  const shownWords: Set<string>[] = [];
  for (const f of ranked) {
    const isKey = f.key.startsWith('n:');
    if (isKey ? !f.marked : f.group !== NAMES) continue;
    let d = shownOf(f);
    // An actor the article names only where the layout keeps its words out of the story (a dateline's city:
    // "HAMBURG (dpa) –") is not one the story names: the reason does not name it either.
    if (!isKey && named !== undefined && f.key.startsWith('a:') && !named(d)) continue;
    if (isKey) {
      const w = d.toLowerCase();
      const full = actorNames.find(
        (a) => nameWords(a).includes(w) && capitalWords(a).every((x) => sharedWords.has(x.toLowerCase())),
      );
      if (full) d = full;
      // An adjective that opens a longer name is no name of its own ("Deutsche" of "Deutsche Bahn", "Vereinten" of
      // "Vereinten Nationen", "Schwedische" of "Königlich-Schwedische Akademie").
      // Nor is a short word that opens one ("SC" of "SC Göttingen").
      else if ((ADJECTIVE.test(w) || w.length <= 3) && isFragment(w, actorNames)) continue;
    }
    const words = new Set(nameWords(d));
    if (!words.size || shownWords.some((s) => [...words].every((x) => s.has(x)))) continue;
    // A longer name takes the place of the first shown one it contains ("Lagarde", then "Christine Lagarde").
    const within = shownWords.findIndex((s) => [...s].every((x) => words.has(x)));
    if (within >= 0) {
      shown[within] = d;
      shownWords[within] = words;
      for (let x = shownWords.length - 1; x > within; x--)
        if ([...shownWords[x]!].every((y) => words.has(y))) {
          shown.splice(x, 1);
          shownWords.splice(x, 1);
        }
      continue;
    }
    shown.push(d);
    shownWords.push(words);
    if (shown.length >= limit) break;
  }
  return shown;
}

/** A German adjective's inflected ending ("Deutsche", "Vereinten", "Kommunistischen"), lower-cased. */
const ADJECTIVE = /(?:sche|schen|scher|ten|te)$/;

/** Whether the word is part of an actor's longer name other than its last word, and no actor's whole name. */
function isFragment(word: string, actorNames: readonly string[]): boolean {
  let inside = false;
  for (const a of actorNames) {
    const words = nameWords(a);
    if (words.length === 1 && words[0] === word) return false;
    if (words.length > 1 && words.indexOf(word) >= 0 && words[words.length - 1] !== word) inside = true;
  }
  return inside;
}

/** The words of a name, lower-cased ("Christine Lagarde" → christine, lagarde; "Space-X" → space, x); kept (WORD_CACHE). */
export function nameWords(name: string): readonly string[] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    words = splitNameWords(name);
    remember(NAME_WORDS, name, words);
  }
  return words;
}

/** nameWords, not kept. */
export function splitNameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The capitalised words of a name, of two letters or more; kept (WORD_CACHE). */
export function capitalWords(name: string): readonly string[] {
  let words = CAPITAL_WORDS.get(name);
  if (words === undefined) {
    words = splitCapitalWords(name);
    remember(CAPITAL_WORDS, name, words);
  }
  return words;
}

/** capitalWords, not kept. */
export function splitCapitalWords(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && /^\p{Lu}/u.test(w));
}

/**
 * The words of the names the reasons read (actors' names and shown names), split once: every article's reasons
 * split its actors' names several times, and an event's members share them. At most this many names are kept
 * (then the cache starts again): a bound on the memory, whatever the corpus.
 */
const WORD_CACHE = 4096;
const NAME_WORDS = new Map<string, readonly string[]>();
const CAPITAL_WORDS = new Map<string, readonly string[]>();
function remember(cache: Map<string, readonly string[]>, name: string, words: readonly string[]): void {
  if (cache.size >= WORD_CACHE) cache.clear();
  cache.set(name, words);
}

/** Each act family as a reader names it ("phone" is a phone call); the others by their key. */
export const ACT_WORDS: Readonly<Record<string, string>> = {
  phone: 'phone call',
  quake: 'earthquake',
  weather: 'storm or flood',
  resign: 'resignation',
  court: 'court ruling',
  hike: 'rise',
  hold: 'unchanged rate',
  hostage: 'hostage taking',
  deal: 'takeover',
  prize: 'prize award',
};

/** An act of a thing as a reader names it ("cut" of "rate": interest rate cut), by "act:concept" (ACT_OBJECTS). */
export const ACT_OBJECT_WORDS: Readonly<Record<string, string>> = {
  'cut:rate': 'interest rate cut',
  'hike:rate': 'interest rate rise',
  'hike:tax': 'tax rise',
  'hike:tariff': 'tariff rise',
  'launch:testflight': 'test flight',
  'launch:rocket': 'rocket launch',
  'launch:satellite': 'satellite launch',
  'crash:plane': 'plane crash',
  'crash:train': 'train crash',
  'attack:bomb': 'bomb attack',
  'attack:shooting': 'shooting',
  'prize:physics': 'physics prize award',
  'prize:chemistry': 'chemistry prize award',
  'prize:medicine': 'medicine prize award',
  'strike:train': 'rail strike',
  'weather:flood': 'flood',
  'weather:storm': 'storm',
  'match:final': 'final',
};

/** The participle that ties an act to its place and day ("the same treaty signed in Astana on 10 September"). */
export const ACT_PARTICIPLES: Readonly<Record<string, string>> = { treaty: 'signed' };

/** Each concept of the event lexicon as a reader names it, where that is not its key ("dead": deaths). */
export const CONCEPT_WORDS: Readonly<Record<string, string>> = {
  quake: 'earthquake',
  dead: 'deaths',
  injured: 'injuries',
  rate: 'interest rates',
  hike: 'rise',
  treaty: 'agreement',
  hold: 'unchanged rate',
  centralbank: 'central bank',
  phone: 'phone call',
  explode: 'explosion',
  testflight: 'test flight',
  champion: 'title',
  sanction: 'sanctions',
  primeminister: 'prime minister',
  resign: 'resignation',
  hostage: 'hostages',
  reopen: 'reopening',
  weapon: 'weapons',
  deal: 'takeover',
  tax: 'taxes',
  tariff: 'tariffs',
  stock: 'shares',
  moon: 'Moon',
  mars: 'Mars',
  germany: 'Germany',
  austria: 'Austria',
  switzerland: 'Switzerland',
  france: 'France',
  italy: 'Italy',
  spain: 'Spain',
  england: 'England',
  britain: 'Britain',
  usa: 'USA',
  russia: 'Russia',
  ukraine: 'Ukraine',
  china: 'China',
  japan: 'Japan',
  northkorea: 'North Korea',
  southkorea: 'South Korea',
  turkey: 'Turkey',
  syria: 'Syria',
  israel: 'Israel',
  iran: 'Iran',
  iraq: 'Iraq',
  lebanon: 'Lebanon',
  egypt: 'Egypt',
  india: 'India',
  poland: 'Poland',
  netherlands: 'Netherlands',
  belgium: 'Belgium',
  greece: 'Greece',
  sweden: 'Sweden',
  canada: 'Canada',
  mexico: 'Mexico',
  brazil: 'Brazil',
  eu: 'EU',
  un: 'UN',
  moscow: 'Moscow',
  cologne: 'Cologne',
  munich: 'Munich',
  vienna: 'Vienna',
  warsaw: 'Warsaw',
  brussels: 'Brussels',
  rome: 'Rome',
  athens: 'Athens',
  lisbon: 'Lisbon',
  prague: 'Prague',
  beijing: 'Beijing',
  kyiv: 'Kyiv',
  geneva: 'Geneva',
  hague: 'The Hague',
  copenhagen: 'Copenhagen',
  tehran: 'Tehran',
  cairo: 'Cairo',
  jerusalem: 'Jerusalem',
};

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** An ISO date as a reader writes it: "20 April 2023", "September 2019", "6 February" ("--02-06"); anything else as it is. */
export function dateInWords(iso: string): string {
  const m = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || (m[1] === undefined && m[3] === undefined)) return iso;
  const day = m[3] === undefined ? '' : `${Number(m[3])} `;
  return m[1] === undefined ? `${day}${month}` : `${day}${month} ${m[1]}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], and = 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** An ordinal as a word ("second"; "11th"). */
function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? `${n}th`;
}

/** One reason in English (the CLI, reports, tests; the editor words reasons in the display language). */
export function reasonText(r: Reason): string {
  switch (r.kind) {
    case 'occasion': {
      const noun =
        (r.object !== undefined ? ACT_OBJECT_WORDS[`${r.act}:${r.object}`] : undefined) ?? ACT_WORDS[r.act] ?? r.act;
      const where = [participantsInWords(r.act, r.with), occasionAdverbial(r.place, r.when)].filter(Boolean).join(' ');
      if (where === '') return `reports the same ${noun}`;
      const participle = ACT_PARTICIPLES[r.act];
      return `reports the same ${noun}${participle === undefined ? '' : ` ${participle}`} ${where}`;
    }
    case 'quote':
      return `quotes the same words: „${r.text}“`;
    case 'names':
      return `also names ${listInWords(r.names)}`;
    case 'figures':
      return `${r.figures.length === 1 ? 'gives the same figure' : 'gives the same figures'}: ${listInWords(r.figures)}`;
    case 'dates':
      return `${r.dates.length === 1 ? 'gives the same date' : 'gives the same dates'}: ${listInWords(r.dates.map(dateInWords))}`;
    case 'topics': {
      const of = r.concepts.length ? `also writes of ${listInWords(r.concepts.map((c) => CONCEPT_WORDS[c] ?? c))}` : '';
      const counts = r.ordinals.map(ordinalWord);
      const ordinals = !counts.length
        ? ''
        : counts.length === 1
          ? `gives the same ordinal: ${counts[0]}`
          : `gives the same ordinals: ${listInWords(counts)}`;
      return [of, ordinals].filter(Boolean).join('; ');
    }
    case 'weekdays':
      return `${r.days.length === 1 ? 'names the same weekday' : 'names the same weekdays'}: ${listInWords(r.days.map((d) => WEEKDAYS[d] ?? String(d)))}`;
    case 'years':
      return `${r.years.length === 1 ? 'names the same year' : 'names the same years'}: ${listInWords(r.years.map(String))}`;
    case 'date':
      return r.shared ? `same event date: ${dateInWords(r.date)}` : `dated ${dateInWords(r.date)}`;
    case 'compound': {
      // The acts the members lead with, as parts of one occasion ("phone call and meeting: one occasion").
      const what = `${listInWords(r.acts.map((a) => ACT_WORDS[a] ?? a))}: one occasion`;
      return r.weekday >= 0 ? `${what}, on the same ${WEEKDAYS[r.weekday]}` : `${what}, on dates that agree`;
    }
    case 'together':
      return r.weekday >= 0
        ? `one occasion with ${r.person}, in the same country on the same ${WEEKDAYS[r.weekday]}`
        : `one occasion with ${r.person}, in the same country on dates that agree`;
    case 'alone':
      return 'no other article shares its distinctive names, figures and dates';
    case 'words':
      return `uses the same words: ${r.words.join(', ')}`;
    case 'claims':
      return r.count === 1 ? '1 shared claim' : `${r.count} shared claims`;
    case 'quotes':
      return r.count === 1 ? 'the same quote' : `${r.count} same quotes`;
  }
}

/**
 * Who took part in an occasion, in English: "of A and B" (a meeting), "between A and B" (a call, letters), "with A"
 * (one person; a visit's host and guest); '' none.
 */
function participantsInWords(act: string, persons: readonly string[] | undefined): string {
  if (!persons?.length) return '';
  if (persons.length === 1) return act === 'letter' ? '' : `with ${persons[0]}`;
  const both = listInWords(persons);
  return act === 'meeting' ? `of ${both}` : act === 'visit' ? `with ${both}` : `between ${both}`;
}

/** Where and when an occasion was, in English ("in Astana on 10 September 2025", "in November 2023"; '' neither). */
function occasionAdverbial(place: string | undefined, when: string | null): string {
  const on = when === null ? '' : when.length === 7 ? `in ${dateInWords(when)}` : `on ${dateInWords(when)}`;
  if (place === undefined) return on;
  return on ? `in ${place} ${on}` : `in ${place}`;
}

/** Reasons in English. */
export function reasonTexts(reasons: readonly Reason[]): string[] {
  return reasons.map(reasonText);
}

/** Events with their reasons in English (the CLI's JSON keeps the export's strings). */
export function eventsInEnglish(events: readonly CoverageEvent[]): (Omit<CoverageEvent, 'reasons'> & {
  reasons?: Record<string, string[]>;
})[] {
  return events.map((e) => {
    if (!e.reasons) return e as Omit<CoverageEvent, 'reasons'>;
    const reasons: Record<string, string[]> = {};
    for (const p in e.reasons) reasons[p] = reasonTexts(e.reasons[p]!);
    return { ...e, reasons };
  });
}
