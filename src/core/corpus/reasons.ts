// Why articles are one event, in words: what the event index found two articles (or one and the rest of its
// event) to share — the occasion both lead with, quotes, names, figures, dates, acts and things — chosen and put
// in the order a reader reads them. The index (eventIndex.ts) supplies the evidence, ranked by what it added to
// the similarity; this file decides what of it is shown and how.
import { QUOTE_GROUP, REASON_GROUP, REASON_NS } from './eventSimilarity';

/** A feature both articles have, as the reasons read it. */
export interface SharedFeature {
  key: string;
  /** What the article shows for it (its stored form, else derived from the key). */
  shown: string;
  /** Its reason group (REASON_NS). */
  group: number;
  /** A name key ("n:") both articles mark as a recognised actor's name (only those are shown as names). */
  marked: boolean;
}

/** What an article shares with others, from the event index. */
export interface ReasonEvidence {
  /** The shared features, strongest first. */
  ranked: readonly SharedFeature[];
  /** The names of the article's actors ("a:" features, shared or not), in key order. */
  actorNames: readonly string[];
  /** The article's main act and its date (ISO), and those of the others. */
  act: string | null;
  whenIso: string | null;
  peers: readonly { act: string | null; whenIso: string | null }[];
}

/** The reason group of names ("a:" actors and "n:" name keys). */
const NAME_GROUP = REASON_GROUP.get('n')!;
/** The reason group of dates ("d:", "m:", "md:"), shown in words. */
const DATE_GROUP = REASON_GROUP.get('d')!;
const TOPIC_GROUP = REASON_GROUP.get('c')!;

/** What an article shares with others, strongest first, grouped by kind: ["shared names: Brenmark, Ellsby", …]. */
export function reasonsFrom(ev: ReasonEvidence): string[] {
  const { ranked } = ev;
  const out: string[] = [];
  // The words of e's actors' names: a topic word that is one of them ("china" beside the name "China") says
  // nothing the names do not.
  let named: Set<string> | null = null;
  for (let g = 0; g < REASON_NS.length; g++) {
    if (g === NAME_GROUP) {
      const names = sharedNames(ev);
      if (names.length) out.push(`${REASON_NS[g]![1]}: ${names.join(', ')}`);
      continue;
    }
    if (g === TOPIC_GROUP) named = actorNameWords(ev.actorNames);
    let shown: string[] = [];
    const seen = new Set<string>();
    const max = g === QUOTE_GROUP ? 1 : 4;
    for (const f of ranked) {
      if (f.group !== g) continue;
      let d = f.shown;
      if (g === QUOTE_GROUP) d = `„${d}“`;
      else if (g === DATE_GROUP) d = dateInWords(d);
      // The topic is told by the acts and things both name (concepts, the same in every language: "strike",
      // "treaty") and ordinals ("eighth"); a bare word stem ("well", "gebe") counts in the similarity but tells
      // a reader nothing (in a small folder even a common one is shared by few articles), nor does a concept
      // that is one of the names shown ("china").
      if (g === TOPIC_GROUP && (f.key.startsWith('w:') || named!.has(d.toLowerCase()))) continue;
      if (seen.has(d.toLowerCase())) continue;
      seen.add(d.toLowerCase());
      shown.push(d);
      if (shown.length >= max && g !== DATE_GROUP) break;
    }
    // A month or a day without its year is not listed beside a date that contains it ("15 November 2023", not
    // also "November 2023").
    if (g === DATE_GROUP)
      shown = shown.filter((x) => !shown.some((y) => y.startsWith(`${x} `) || y.endsWith(` ${x}`))).slice(0, max);
    if (shown.length) out.push(`${REASON_NS[g]![1]}: ${shown.join(', ')}`);
  }
  // First, in words, the occasion both report when the grouping's act gate agreed on it ("same meeting on
  // 15 November 2023"): the act one of the others reports as its main act too, with the day when one of them
  // gives the same one.
  const oneDay = ev.whenIso !== null && ev.peers.some((o) => o.whenIso === ev.whenIso);
  let dayShown = false;
  if (ev.act !== null && out.length && ev.peers.some((o) => o.act === ev.act)) {
    out.unshift(sameOccasion(ev.act, oneDay ? ev.whenIso : null));
    dayShown = oneDay;
  }
  // The article's date for what it reports: "event date" only when another article gives the same day (else it
  // is this article's reading, often its publication day, and says so); not again after the occasion's day.
  if (ev.whenIso && !dayShown) out.push(`${oneDay ? 'event date' : 'its date'} ${dateInWords(ev.whenIso)}`);
  return out;
}

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
 * At most four.
 */
function sharedNames({ ranked, actorNames }: ReasonEvidence): string[] {
  // The words of the name keys both articles mark.
  const sharedWords = new Set<string>();
  for (const f of ranked) if (f.marked) sharedWords.add(f.shown.toLowerCase());
  const shown: string[] = [];
  const shownWords: Set<string>[] = [];
  for (const f of ranked) {
    const isKey = f.key.startsWith('n:');
    if (isKey ? !f.marked : f.group !== NAME_GROUP) continue;
    let d = f.shown;
    if (isKey) {
      const w = d.toLowerCase();
      const full = actorNames.find(
        (a) => nameWords(a).includes(w) && capitalWords(a).every((x) => sharedWords.has(x.toLowerCase())),
      );
      if (full) d = full;
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
    if (shown.length >= 4) break;
  }
  return shown;
}

/** The words of a name, lower-cased ("Christine Lagarde" → christine, lagarde; "Space-X" → space, x). */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The capitalised words of a name, of two letters or more. */
function capitalWords(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && /^\p{Lu}/u.test(w));
}

/** Each act family as a reader names it ("phone" is a phone call). */
const ACT_WORDS: Readonly<Record<string, string>> = {
  phone: 'phone call',
  quake: 'earthquake',
  weather: 'storm or flood',
  resign: 'resignation',
  court: 'court ruling',
  hike: 'rise',
  hostage: 'hostage taking',
};
const MONTHS = [
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

/** An ISO date as a reader writes it: "20 April 2023", "September 2019", "6 February" ("--02-06"); anything else as it is. */
export function dateInWords(iso: string): string {
  const m = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || (m[1] === undefined && m[3] === undefined)) return iso;
  const day = m[3] === undefined ? '' : `${Number(m[3])} `;
  return m[1] === undefined ? `${day}${month}` : `${day}${month} ${m[1]}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Why members that lead with different acts are one event, true to what joined them: "one occasion of several acts
 * (visit, treaty) on the same Wednesday" where two of them name the same day, "… on dates that agree" where their
 * dates bridged them.
 */
export function compoundReason(acts: readonly string[], weekday: number): string {
  const what = acts.map((a) => ACT_WORDS[a] ?? a).join(', ');
  return `one occasion of several acts (${what}) ${weekday >= 0 ? `on the same ${WEEKDAYS[weekday]}` : 'on dates that agree'}`;
}

/** "same meeting on 15 November 2023" (a full date), "same strike in January 2024" (a month), "same visit". */
export function sameOccasion(act: string, when: string | null): string {
  const what = `same ${ACT_WORDS[act] ?? act}`;
  const m = when ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(when) : null;
  if (!m) return what;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return what;
  return m[3] ? `${what} on ${Number(m[3])} ${month} ${m[1]}` : `${what} in ${month} ${m[1]}`;
}

/** The reason of an article no other shares anything distinctive with. */
export const ALONE_REASON = 'no other article shares its distinctive names, figures and dates';
