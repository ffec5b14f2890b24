// The corpus look-up: cross-article questions over the core's results. Who an actor is across the corpus
// (its roles, aliases, other articles, statements, who cites it), where the same quote appears outside an
// event, which articles cover the same event and why, which aligned claim (alignment.ts) a passage belongs to,
// and the passage in another article that best matches a statement or sentence. Functions over
// ArticleAnalysis / CorpusAnalysis: no editor types, no I/O, no module state. Questions about one article that
// only the editor asks (status-bar counts, the statements under the cursor, chain labels, the claims view's
// groups, the "Read as Article" guess) live in the editor layer (src/vscode/articleFacts.ts, claimGroups.ts,
// articleOffer.ts), still free of `vscode`.
//
// Design: a CorpusLookup indexes a corpus (actor id -> occurrences, normalised quote -> statements, path ->
// event) so that per-hover questions are map look-ups, not scans: a workspace of 10,000 articles must answer a
// hover in a few milliseconds. `buildCorpusLookup` makes one from an analysed corpus in one pass; a workspace
// index keeps one up to date article by article (`putArticle`, `removeArticle`, `setEvents`), which also makes
// actor ids corpus-wide as articles arrive (`assignIds`: by the identity rules of ActorIdentity, as
// unifyActorIds does, whatever the order of arrival: a one-word person's join to a full name (rejoinLone) and an
// abbreviation's join to the body whose initials spell it (rejoinAbbreviations) are decided afresh from the
// corpus as it is whenever an article with one of their words or letters comes or goes, and the actors of earlier
// articles given another id then are listed in `reassigned`). Offsets are UTF-16, end-exclusive, as everywhere in
// the core.
import type {
  Actor,
  AlignedClaim,
  ArticleAnalysis,
  ClaimRef,
  CorpusAnalysis,
  CoverageEvent,
  Reason,
  Span,
  Statement,
} from '../types';
import { fnv1a52 } from '../text/hash';
import { abbreviationOf, ActorIdentity, initialsOf } from './identity';
import { CorpusRoles, corpusRoleHolder } from '../statements/resolve';

// ---------------------------------------------------------------------------------------------------------------
// Text similarity (language-light: lower-cased word prefixes, so inflections and names meet)

const STOP = new Set([
  'der',
  'die',
  'das',
  'und',
  'oder',
  'aber',
  'dass',
  'eine',
  'einer',
  'einen',
  'eines',
  'nicht',
  'sich',
  'auch',
  'wird',
  'werden',
  'wurde',
  'haben',
  'hatte',
  'sein',
  'seine',
  'ihre',
  'this',
  'that',
  'with',
  'from',
  'have',
  'will',
  'were',
  'been',
  'their',
  'they',
  'which',
  'would',
  'about',
  'into',
  'there',
  'what',
  'when',
  'über',
  'nach',
  'noch',
  'beim',
  'dies',
  'diese',
  'dieser',
  'einem',
  'zwischen',
  'sagte',
  'said',
  'laut',
  'according',
]);

/** Content words of a text as 6-letter prefixes; numbers kept whole. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (/^\d/.test(w)) {
      out.add(w);
      continue;
    }
    if (w.length < 4 || STOP.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/** Overlap of two token sets relative to the smaller one (0..1): a short quote inside a longer one scores 1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n / small.size;
}

/** The key under which two quotations are "the same": letters and digits only, lower-cased. */
export function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus

export interface Occurrence {
  path: string;
  actor: Actor;
}

export interface StatementRef {
  path: string;
  statement: Statement;
}

export interface CorpusLookup {
  /** The corpus as plain data, made from the maps below on first use after a change (articles by path). */
  readonly corpus: CorpusAnalysis;
  /** Bumped by every change; caches keyed on it (the corpus above) know when they are stale. */
  version: number;
  /**
   * The corpus's people by role for unresolved speakers (corpusSpeaker): made on first use (a reload takes none),
   * then kept article by article by putArticle and removeArticle (it equals one made afresh from `byPath`).
   */
  roles?: CorpusRoles;
  /** Actors and statements of removed or replaced articles (their references in the indexes below are dead). */
  removed: WeakSet<object>;
  byPath: Map<string, ArticleAnalysis>;
  /** Corpus actor id -> the article-level actors carrying it. */
  actors: RefIndex<string, Occurrence>;
  /** The identity rules and their memo of name keys, this look-up's own. */
  readonly identity: ActorIdentity;
  /** actorKey(kind, name) -> corpus actor id, to resolve actors of a freshly analysed (edited) article. */
  actorIdByKey: Map<string, string>;
  /** Corpus actor id -> the identity key it was given for (so that a new key never takes an id in use). */
  keyOfId: Map<string, string>;
  /** nameKey of the first and last word of multi-word person names -> corpus ids, for surname-only actors. */
  personsByWord: Map<string, Set<string>>;
  /**
   * The identity keys of multi-word persons by the key of their first and last word, and each key's weight (its
   * actors' mentions, at least one per actor, as unifyActorIds weighs them); the keys of one-word persons by their
   * word; each key's own id (the id it has when it joins no other). From these a one-word person's id is made
   * afresh whenever an article with one of its words comes or goes (rejoinLone): whatever the order of arrival.
   */
  personKeysByWord: Map<string, Set<string>>;
  keyWeight: Map<string, number>;
  loneKeysByWord: Map<string, Set<string>>;
  ownId: Map<string, string>;
  /** Live actors per identity key (organisations and media); abbreviations' keys by their letters, bodies' keys by their initials; the body each abbreviation's key joins (rejoinAbbreviations). */
  keyCount: Map<string, number>;
  abbreviationKeys: Map<string, Set<string>>;
  bodyKeysByInitials: Map<string, Set<string>>;
  abbreviationJoined: Map<string, string>;
  /** The weight each person actor added to its key's (taken off when its article goes). */
  weightOf: WeakMap<Actor, number>;
  /** Per statement of an indexed article, the actors its ids come from (to give them new ids). */
  actorOf: WeakMap<Statement, { speaker: Actor | null; via: (Actor | null)[] }>;
  /**
   * Paths of articles whose actors got other ids after they were put (a one-word name joined or left a full name
   * as other articles came or went): what their events features were made from changed. The caller takes them.
   */
  reassigned: Set<string>;
  /** Initials of organisations named by two words or more ("GDL") -> corpus ids, for abbreviations to join. */
  bodiesByInitials: Map<string, Set<string>>;
  /** Letters of organisations named by an abbreviation ("GDL") -> corpus ids, for the bodies they abbreviate. */
  abbreviations: Map<string, Set<string>>;
  /** Corpus actor id -> statements it speaks. */
  spoken: RefIndex<string, StatementRef>;
  /** Corpus actor id -> statements relayed through it. */
  relayed: RefIndex<string, StatementRef>;
  /**
   * fnv1a52(quoteKey(content)) -> statements with that content (keys of at least MIN_QUOTE_KEY characters): a
   * 52-bit hash, so that the look-up keeps no second copy of every quotation's text; a hit is confirmed against
   * the key itself.
   */
  quotes: RefIndex<number, StatementRef>;
  /** Path -> the quote hashes its statements were indexed under (to take them out without computing keys again). */
  quotesOf: Map<string, number[]>;
  /** Event id -> event. */
  events: Map<string, CoverageEvent>;
  eventOf: Map<string, CoverageEvent>;
  /** Memo of the corpus-wide part of actor profiles, filled on first use, dropped per actor on change. */
  aggregates: Map<string, ActorAggregate>;
}

const MIN_QUOTE_KEY = 16;

/** The actors and statements of removed (or replaced) articles: their entries in a RefIndex are dead. */
type Removed = WeakSet<object>;

/**
 * Lists of references under a key (an actor id, a quote hash) that can lose an article's entries in O(that
 * article): removing only marks the article's objects dead and its keys stale, and a stale list is compacted when
 * it is next read. A common name may be in thousands of articles; an edit of one of them must not walk its list.
 */
export class RefIndex<K, V extends { path: string }> {
  private readonly lists = new Map<K, V[]>();
  private readonly stale = new Set<K>();

  constructor(
    private readonly removed: Removed,
    private readonly objectOf: (v: V) => object,
    /** Whether a value still belongs under a key (an actor given another id no longer does). */
    private readonly holds: (v: V, key: K) => boolean = () => true,
  ) {}

  add(key: K, value: V): void {
    const list = this.lists.get(key);
    if (list) list.push(value);
    else this.lists.set(key, [value]);
  }

  /** add(), unless the list under `key` has a value for the same object already (an actor given back its old id). */
  addOnce(key: K, value: V): void {
    const o = this.objectOf(value);
    if (!this.lists.get(key)?.some((v) => this.objectOf(v) === o)) this.add(key, value);
  }

  /** The live values under `key` (compacted first when some are dead), or undefined. */
  get(key: K): V[] | undefined {
    if (this.stale.delete(key)) {
      const list = this.lists.get(key);
      const live = list?.filter((v) => !this.removed.has(this.objectOf(v)) && this.holds(v, key));
      if (live?.length) this.lists.set(key, live);
      else this.lists.delete(key);
    }
    return this.lists.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Some values under `key` may be dead now. */
  touch(key: K): void {
    if (this.lists.has(key)) this.stale.add(key);
  }

  clear(): void {
    this.lists.clear();
    this.stale.clear();
  }
}

/** An empty look-up, to fill article by article. */
export function createCorpusLookup(): CorpusLookup {
  let made: { version: number; corpus: CorpusAnalysis } | undefined;
  const removed: Removed = new WeakSet();
  const lookup: CorpusLookup = {
    get corpus(): CorpusAnalysis {
      if (!made || made.version !== lookup.version) {
        const articles = [...lookup.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        made = { version: lookup.version, corpus: { version: 1, articles, events: [...lookup.events.values()] } };
      }
      return made.corpus;
    },
    version: 0,
    identity: new ActorIdentity(),
    removed,
    byPath: new Map(),
    actors: new RefIndex<string, Occurrence>(
      removed,
      (o) => o.actor,
      (o, id) => o.actor.id === id,
    ),
    actorIdByKey: new Map(),
    keyOfId: new Map(),
    personsByWord: new Map(),
    personKeysByWord: new Map(),
    keyWeight: new Map(),
    loneKeysByWord: new Map(),
    ownId: new Map(),
    actorOf: new WeakMap(),
    keyCount: new Map(),
    abbreviationKeys: new Map(),
    bodyKeysByInitials: new Map(),
    abbreviationJoined: new Map(),
    weightOf: new WeakMap(),
    reassigned: new Set(),
    bodiesByInitials: new Map(),
    abbreviations: new Map(),
    spoken: new RefIndex<string, StatementRef>(
      removed,
      (r) => r.statement,
      (r, id) => r.statement.speaker?.actorId === id,
    ),
    relayed: new RefIndex<string, StatementRef>(
      removed,
      (r) => r.statement,
      (r, id) => r.statement.via.some((v) => v.actorId === id),
    ),
    quotes: new RefIndex<number, StatementRef>(removed, (r) => r.statement),
    quotesOf: new Map(),
    events: new Map(),
    eventOf: new Map(),
    aggregates: new Map(),
  };
  return lookup;
}

export function buildCorpusLookup(corpus: CorpusAnalysis): CorpusLookup {
  const lookup = createCorpusLookup();
  for (const a of corpus.articles) putArticle(lookup, a);
  setEvents(lookup, corpus.events);
  return lookup;
}

export interface PutOptions {
  /**
   * Give the article's actors corpus-wide ids (in place: pass a copy, as slimForIndex makes): the id already
   * used for the same identity key, else the article's own id (suffixed when another key holds it); a
   * surname-only person then joins the multi-word person of the corpus with that first or last name as the batch
   * would (rejoinLone), an abbreviation the body it abbreviates (rejoinAbbreviations), and earlier articles' actors
   * may be given other ids by the same rules (`reassigned`). Without it the ids are taken as corpus-wide already
   * (analyzeCorpus made them so).
   */
  assignIds?: boolean;
  /** Each actor's mentions in the whole article (a slim copy keeps only the first few): a person's weight. */
  mentionCounts?: readonly number[];
}

/** The ids of a set still carried by some actor of the corpus (an index keeps those of removed articles). */
function liveIds(lookup: CorpusLookup, ids: Set<string> | undefined): string[] {
  return ids ? [...ids].filter((id) => lookup.actors.has(id)) : [];
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}

/** The paths of the live articles naming an actor of identity key `key`. */
function pathsOfKey(lookup: CorpusLookup, key: string): Set<string> {
  const out = new Set<string>();
  const id = lookup.actorIdByKey.get(key);
  if (id === undefined) return out;
  for (const o of lookup.actors.get(id) ?? []) if (lookup.identity.actorKey(o.actor) === key) out.add(o.path);
  return out;
}

/** The identity keys of the actors of some articles, but `key`. */
function companyOf(lookup: CorpusLookup, paths: Set<string>, key: string): Set<string> {
  const out = new Set<string>();
  for (const p of paths)
    for (const a of lookup.byPath.get(p)?.actors ?? []) {
      const k = lookup.identity.actorKey(a);
      if (k !== key) out.add(k);
    }
  return out;
}

/**
 * The body an abbreviation's key (letters `letters`) joins, as the batch's step 2b (corpus.ts unifyActorIds) decides
 * it from the corpus as it is now: the one organisation whose initials spell it, when no article names both and an
 * article of each shares another actor; null otherwise.
 */
function abbreviationTarget(lookup: CorpusLookup, key: string, letters: string): string | null {
  const bodies = [...(lookup.bodyKeysByInitials.get(letters) ?? [])].filter((k) => (lookup.keyCount.get(k) ?? 0) > 0);
  if (bodies.length !== 1 || bodies[0] === key) return null;
  const body = bodies[0]!;
  const mine = pathsOfKey(lookup, key),
    theirs = pathsOfKey(lookup, body);
  for (const p of mine) if (theirs.has(p)) return null;
  const [small, large] = [companyOf(lookup, mine, key), companyOf(lookup, theirs, body)].sort(
    (x, y) => x.size - y.size,
  );
  for (const x of small!) if (x !== body && large!.has(x)) return body;
  return null;
}

/**
 * Gives the abbreviations with these letters the id of the body abbreviationTarget finds (its own id, else theirs).
 * `added`: the article just put (its keys): an abbreviation joined before stays joined without reading the
 * corpus again unless that article names both or a second body with the letters came.
 */
function rejoinAbbreviations(
  lookup: CorpusLookup,
  letters: Iterable<string>,
  except: string | null,
  added: Set<string> | null,
): void {
  for (const l of letters)
    for (const key of lookup.abbreviationKeys.get(l) ?? []) {
      if ((lookup.keyCount.get(key) ?? 0) <= 0) continue;
      const joined = lookup.abbreviationJoined.get(key);
      const bodies = [...(lookup.bodyKeysByInitials.get(l) ?? [])].filter((k) => (lookup.keyCount.get(k) ?? 0) > 0);
      let target: string | null;
      if (
        added &&
        joined !== undefined &&
        bodies.length === 1 &&
        bodies[0] === joined &&
        !(added.has(key) && added.has(joined))
      )
        target = joined;
      else target = abbreviationTarget(lookup, key, l);
      if (target === null) lookup.abbreviationJoined.delete(key);
      else lookup.abbreviationJoined.set(key, target);
      const id = target === null ? lookup.ownId.get(key) : lookup.ownId.get(target);
      if (id !== undefined) setKeyId(lookup, key, id, except);
    }
}

function corpusIdFor(lookup: CorpusLookup, actor: Actor, key: string): string {
  let id = lookup.actorIdByKey.get(key);
  if (id) return id;
  // A one-word person gets its own id here; rejoinLone joins it to a full name.
  if (lookup.identity.loneNameKey(actor) !== null) return ownIdFor(lookup, actor, key);
  return ownIdFor(lookup, actor, key);
}

/** The id a key has when it joins no other: the one it was first given, else the actor's own (suffixed when taken). */
function ownIdFor(lookup: CorpusLookup, actor: Actor, key: string): string {
  let id = lookup.ownId.get(key);
  if (id !== undefined) return id;
  id = actor.id;
  for (let n = 2; lookup.keyOfId.has(id) && lookup.keyOfId.get(id) !== key; n++) id = `${actor.id}-${n}`;
  lookup.ownId.set(key, id);
  return id;
}

/**
 * The id of the one-word persons of key `lone` (their word's key `word`) as unifyActorIds gives it: that of the
 * multi-word person whose first or last word it is, the only one or one weighing at least twice any other; else
 * its own.
 */
function loneId(lookup: CorpusLookup, lone: string, word: string): string {
  let first: string | null = null,
    w1 = 0,
    w2 = 0;
  for (const k of lookup.personKeysByWord.get(word) ?? []) {
    const w = lookup.keyWeight.get(k) ?? 0;
    if (w <= 0) continue;
    if (w > w1 || (w === w1 && first !== null && k < first)) {
      w2 = w1;
      w1 = w;
      first = k;
    } else if (w > w2) w2 = w;
  }
  const target = first !== null && (w2 === 0 || w1 >= 2 * w2) ? lookup.ownId.get(first) : undefined;
  return target ?? lookup.ownId.get(lone)!;
}

/**
 * Gives the one-word persons under these word keys the id loneId makes from the corpus as it is now, and their
 * statements with them; the articles whose ids changed (other than `except`, being put) go to `reassigned`.
 */
function rejoinLone(lookup: CorpusLookup, words: Iterable<string>, except: string | null): void {
  for (const word of words)
    for (const lone of lookup.loneKeysByWord.get(word) ?? []) {
      if ((lookup.keyWeight.get(lone) ?? 0) <= 0) continue;
      setKeyId(lookup, lone, loneId(lookup, lone, word), except);
    }
}

/**
 * Gives the actors of identity key `key` the id `id` (when they have another), and their statements with them;
 * the articles whose ids changed (other than `except`, being put) go to `reassigned`.
 */
function setKeyId(lookup: CorpusLookup, key: string, id: string, except: string | null): void {
  {
    {
      const was = lookup.actorIdByKey.get(key);
      if (was === undefined || id === was) return;
      lookup.actorIdByKey.set(key, id);
      lookup.version++;
      lookup.aggregates.delete(was);
      lookup.aggregates.delete(id);
      const paths = new Set<string>();
      for (const o of lookup.actors.get(was) ?? [])
        if (lookup.identity.actorKey(o.actor) === key) {
          o.actor.id = id;
          lookup.actors.addOnce(id, o);
          paths.add(o.path);
        }
      // The lists under the old id hold these actors and their statements no longer (compacted when next read).
      for (const x of [was, id]) {
        lookup.actors.touch(x);
        lookup.spoken.touch(x);
        lookup.relayed.touch(x);
      }
      for (const p of paths) {
        const article = lookup.byPath.get(p)!;
        for (const st of article.statements) {
          const from = lookup.actorOf.get(st);
          if (!from) continue;
          if (st.speaker && from.speaker && st.speaker.actorId !== from.speaker.id) {
            st.speaker.actorId = from.speaker.id;
            lookup.spoken.addOnce(from.speaker.id, { path: p, statement: st });
            lookup.aggregates.delete(from.speaker.id);
          }
          st.via.forEach((v, k) => {
            const a = from.via[k];
            if (a && v.actorId !== a.id) {
              v.actorId = a.id;
              lookup.relayed.addOnce(a.id, { path: p, statement: st });
            }
          });
        }
        if (p !== except) lookup.reassigned.add(p);
      }
    }
  }
}

/**
 * Whether the look-up may later give this article's actors other ids (`reassigned`): only a one-word person
 * (rejoinLone) and an abbreviation (rejoinAbbreviations) change their id after they are put.
 */
export function mayBeReassigned(lookup: CorpusLookup, article: ArticleAnalysis): boolean {
  return article.actors.some((a) =>
    a.kind === 'person'
      ? lookup.identity.loneNameKey(a) !== null
      : (a.kind === 'organization' || a.kind === 'media') && abbreviationOf(a.name) !== null,
  );
}

/** Adds (or replaces) one article. Returns its actors' ids: article-local id -> corpus id. */
export function putArticle(
  lookup: CorpusLookup,
  article: ArticleAnalysis,
  options: PutOptions = {},
): Map<string, string> {
  if (lookup.byPath.has(article.path)) removeArticle(lookup, article.path, { keepEvent: true });
  lookup.version++;
  const local = new Map<string, string>();
  const keys = article.actors.map((actor) => lookup.identity.actorKey(actor));
  // The article's actors by their own ids, which its statements name until they are given corpus ids.
  const byLocal = new Map(article.actors.map((a) => [a.id, a]));
  if (options.assignIds)
    for (const s of article.statements)
      lookup.actorOf.set(s, {
        speaker: (s.speaker?.actorId && byLocal.get(s.speaker.actorId)) || null,
        via: s.via.map((v) => (v.actorId && byLocal.get(v.actorId)) || null),
      });
  const words = new Set<string>(),
    abbreviated = new Set<string>();
  article.actors.forEach((actor, i) => {
    const key = keys[i]!;
    const id = options.assignIds ? corpusIdFor(lookup, actor, key) : actor.id;
    if (!lookup.actorIdByKey.has(key)) lookup.actorIdByKey.set(key, id);
    if (!lookup.keyOfId.has(id)) lookup.keyOfId.set(id, key);
    if (options.assignIds && actor.kind === 'person') {
      const weight = Math.max(1, options.mentionCounts?.[i] ?? actor.mentions.length);
      lookup.weightOf.set(actor, weight);
      lookup.keyWeight.set(key, (lookup.keyWeight.get(key) ?? 0) + weight);
      const lone = lookup.identity.loneNameKey(actor);
      if (lone !== null) {
        addTo(lookup.loneKeysByWord, lone, key);
        words.add(lone);
      }
    }
    for (const w of lookup.identity.personWordKeys(actor)) {
      let set = lookup.personsByWord.get(w);
      if (!set) lookup.personsByWord.set(w, (set = new Set()));
      set.add(id);
      if (options.assignIds) {
        addTo(lookup.personKeysByWord, w, key);
        words.add(w);
      }
    }
    if (actor.kind === 'organization' || actor.kind === 'media') {
      const letters = abbreviationOf(actor.name);
      const initials = letters ? null : initialsOf(actor.name);
      if (letters) addTo(lookup.abbreviations, letters, id);
      else if (initials) addTo(lookup.bodiesByInitials, initials, id);
      if (options.assignIds && (letters || initials)) {
        lookup.weightOf.set(actor, 1);
        lookup.keyCount.set(key, (lookup.keyCount.get(key) ?? 0) + 1);
        addTo(letters ? lookup.abbreviationKeys : lookup.bodyKeysByInitials, (letters ?? initials)!, key);
        abbreviated.add((letters ?? initials)!);
      }
    }
    local.set(actor.id, id);
    actor.id = id;
    lookup.removed.delete(actor); // the same object put again
    lookup.actors.add(id, { path: article.path, actor });
    lookup.aggregates.delete(id);
  });
  lookup.byPath.set(article.path, article);
  lookup.roles?.put(article);
  const hashes: number[] = [];
  for (const s of article.statements) {
    if (options.assignIds) {
      if (s.speaker?.actorId) s.speaker.actorId = local.get(s.speaker.actorId) ?? s.speaker.actorId;
      for (const v of s.via) if (v.actorId) v.actorId = local.get(v.actorId) ?? v.actorId;
    }
    lookup.removed.delete(s);
    const ref = { path: article.path, statement: s };
    if (s.speaker?.actorId) lookup.spoken.add(s.speaker.actorId, ref);
    for (const v of s.via) if (v.actorId) lookup.relayed.add(v.actorId, ref);
    const key = quoteKey(s.content.text);
    if (key.length < MIN_QUOTE_KEY) continue;
    const h = fnv1a52(key);
    lookup.quotes.add(h, ref);
    hashes.push(h);
  }
  if (hashes.length) lookup.quotesOf.set(article.path, hashes);
  if (options.assignIds && (words.size || abbreviated.size)) {
    rejoinLone(lookup, words, article.path);
    rejoinAbbreviations(lookup, abbreviated, article.path, new Set(keys));
    for (const [id, a] of byLocal) local.set(id, a.id);
  }
  return local;
}

/** Removes one article (and, unless `keepEvent`, its entry in eventOf). Returns what was indexed. */
export function removeArticle(
  lookup: CorpusLookup,
  path: string,
  options: { keepEvent?: boolean } = {},
): ArticleAnalysis | undefined {
  const article = lookup.byPath.get(path);
  if (!options.keepEvent) lookup.eventOf.delete(path);
  if (!options.keepEvent) lookup.reassigned.delete(path);
  if (!article) return undefined;
  lookup.version++;
  lookup.byPath.delete(path);
  lookup.roles?.remove(article);
  // O(this article): its objects are marked removed, its keys' lists compacted when next read.
  const words: string[] = [],
    abbreviated: string[] = [];
  for (const actor of article.actors) {
    if ((actor.kind === 'organization' || actor.kind === 'media') && lookup.weightOf.has(actor)) {
      const key = lookup.identity.actorKey(actor);
      lookup.keyCount.set(key, (lookup.keyCount.get(key) ?? 1) - 1);
      abbreviated.push(abbreviationOf(actor.name) ?? initialsOf(actor.name)!);
      continue;
    }
    if (actor.kind !== 'person') continue;
    const key = lookup.identity.actorKey(actor);
    const w = lookup.keyWeight.get(key),
      own = lookup.weightOf.get(actor);
    if (w === undefined || own === undefined) continue; // put without assignIds
    lookup.keyWeight.set(key, w - own);
    const lone = lookup.identity.loneNameKey(actor);
    if (lone !== null) words.push(lone);
    words.push(...lookup.identity.personWordKeys(actor));
  }
  for (const actor of article.actors) {
    lookup.removed.add(actor);
    lookup.actors.touch(actor.id);
    lookup.aggregates.delete(actor.id);
  }
  for (const s of article.statements) {
    lookup.removed.add(s);
    if (s.speaker?.actorId) {
      lookup.spoken.touch(s.speaker.actorId);
      lookup.aggregates.delete(s.speaker.actorId);
    }
    for (const v of s.via) {
      if (!v.actorId) continue;
      lookup.relayed.touch(v.actorId);
      lookup.aggregates.delete(v.actorId);
    }
  }
  for (const h of lookup.quotesOf.get(path) ?? []) lookup.quotes.touch(h);
  lookup.quotesOf.delete(path);
  if (words.length) rejoinLone(lookup, words, null);
  if (abbreviated.length) rejoinAbbreviations(lookup, abbreviated, null, null);
  return article;
}

/**
 * Replaces events: `removed` ids go, `changed` events are set (a changed event lists all its members now).
 * Members of a removed event that no changed event lists keep no event.
 */
export function setEvents(lookup: CorpusLookup, changed: CoverageEvent[], removed: string[] = []): void {
  lookup.version++;
  for (const id of [...removed, ...changed.map((e) => e.id)]) {
    const old = lookup.events.get(id);
    if (!old) continue;
    lookup.events.delete(id);
    for (const p of old.articles) if (lookup.eventOf.get(p) === old) lookup.eventOf.delete(p);
  }
  for (const e of changed) {
    lookup.events.set(e.id, e);
    for (const p of e.articles) lookup.eventOf.set(p, e);
  }
}

/** Empties the look-up (a full re-index). */
export function clearCorpusLookup(lookup: CorpusLookup): void {
  lookup.version++;
  lookup.roles = undefined;
  for (const m of [
    lookup.byPath,
    lookup.actors,
    lookup.actorIdByKey,
    lookup.keyOfId,
    lookup.personsByWord,
    lookup.personKeysByWord,
    lookup.keyWeight,
    lookup.loneKeysByWord,
    lookup.ownId,
    lookup.reassigned,
    lookup.keyCount,
    lookup.abbreviationKeys,
    lookup.bodyKeysByInitials,
    lookup.abbreviationJoined,
    lookup.bodiesByInitials,
    lookup.abbreviations,
    lookup.spoken,
    lookup.relayed,
    lookup.quotes,
    lookup.quotesOf,
    lookup.events,
    lookup.eventOf,
    lookup.aggregates,
  ])
    m.clear();
}

/**
 * The corpus id of an actor from an article analysed on its own (an open, possibly edited document): the same
 * id when the corpus has it, else the corpus actor with the same identity key, else null.
 */
export function corpusActorId(lookup: CorpusLookup, actor: Actor): string | null {
  if (lookup.actors.has(actor.id)) return actor.id;
  return lookup.actorIdByKey.get(lookup.identity.actorKey(actor)) ?? null;
}

/**
 * The person of the corpus that the unresolved speaker of `s` names by a role ("Der Regierungssprecher", "the
 * Russian leader" in an article that never names them), as the batch run's corpus step resolves it
 * (statements/resolve.ts CorpusRoles); null when the speaker is resolved, vague, or no one person fits. The role
 * index is made at the first such hover and kept as articles come and go (putArticle, removeArticle): a hover
 * after a change costs one look-up, not a pass over the corpus (~50 ms at 10,000 articles).
 */
export function corpusSpeaker(lookup: CorpusLookup, here: ArticleAnalysis, s: Statement): Actor | null {
  const sp = s.speaker;
  if (!sp || sp.actorId || sp.vague) return null;
  lookup.roles ??= new CorpusRoles(lookup.byPath.values());
  return corpusRoleHolder(lookup.roles, here, sp.text);
}

export interface ActorProfile {
  id: string;
  name: string;
  kind: Actor['kind'];
  /** Each role with the article that stated it; the same role text once (at most MAX_LISTED). */
  roles: { role: string; path: string }[];
  aliases: string[];
  /** Other articles naming the actor, with the first mention there (at most MAX_LISTED). */
  elsewhere: { path: string; mention: Span; count: number }[];
  /** How many other articles name the actor (elsewhere may list fewer). */
  elsewhereCount: number;
  /** Statements the actor speaks, this article's first, at most `maxStatements`. */
  statements: StatementRef[];
  statementCount: number;
  /** Who relays or cites this actor: the outlets of articles that quote it or pass statements on through it. */
  citedBy: { name: string; path: string; count: number }[];
}

/** Lists in a profile stop here: a hover shows a handful, and a name in 8,000 articles must not cost 8,000. */
const MAX_LISTED = 50;

interface ActorAggregate {
  name: string;
  roles: { role: string; path: string }[];
  aliases: string[];
  elsewhere: { path: string; mention: Span; count: number }[];
  paths: Set<string>;
  citedBy: { name: string; path: string; count: number }[];
}

/** The corpus-wide part of a profile, computed once per actor and corpus (memoised in the look-up). */
function aggregate(lookup: CorpusLookup, id: string): ActorAggregate {
  const memo = lookup.aggregates.get(id);
  if (memo) return memo;
  const occurrences = lookup.actors.get(id) ?? [];
  const roles: ActorAggregate['roles'] = [];
  const seenRoles = new Set<string>();
  const aliases: string[] = [];
  const seenAliases = new Set<string>();
  const elsewhere: ActorAggregate['elsewhere'] = [];
  let name = '';
  for (const o of occurrences) {
    if (o.actor.name.length > name.length) name = o.actor.name;
    for (const r of o.actor.roles) {
      if (roles.length < MAX_LISTED && !seenRoles.has(r.toLowerCase())) {
        seenRoles.add(r.toLowerCase());
        roles.push({ role: r, path: o.path });
      }
    }
    for (const al of o.actor.aliases)
      if (aliases.length < MAX_LISTED && !seenAliases.has(al)) {
        seenAliases.add(al);
        aliases.push(al);
      }
    const first = o.actor.mentions[0];
    if (first && elsewhere.length < MAX_LISTED + 1)
      elsewhere.push({ path: o.path, mention: { start: first.start, end: first.end }, count: o.actor.mentions.length });
  }
  const cited = new Map<string, { name: string; path: string; count: number }>();
  const cite = (r: StatementRef): void => {
    const article = lookup.byPath.get(r.path);
    const by = article?.outlet ?? article?.title ?? r.path;
    const entry = cited.get(by) ?? { name: by, path: r.path, count: 0 };
    entry.count++;
    cited.set(by, entry);
  };
  for (const r of lookup.relayed.get(id) ?? []) cite(r);
  for (const r of lookup.spoken.get(id) ?? []) cite(r);
  const result: ActorAggregate = {
    name,
    roles,
    aliases,
    elsewhere,
    paths: new Set(occurrences.map((o) => o.path)),
    citedBy: [...cited.values()].sort((x, y) => y.count - x.count).slice(0, MAX_LISTED),
  };
  lookup.aggregates.set(id, result);
  return result;
}

/** Everything the corpus knows about one actor; `here` is the article being read (its own data comes first). */
export function actorProfile(
  lookup: CorpusLookup,
  here: ArticleAnalysis,
  actor: Actor,
  maxStatements = 3,
): ActorProfile {
  const id = corpusActorId(lookup, actor);
  const agg = id ? aggregate(lookup, id) : null;
  const roles = actor.roles.map((role) => ({ role, path: here.path }));
  const seenRoles = new Set(actor.roles.map((r) => r.toLowerCase()));
  for (const r of agg?.roles ?? [])
    if (r.path !== here.path && !seenRoles.has(r.role.toLowerCase())) {
      seenRoles.add(r.role.toLowerCase());
      roles.push(r);
    }
  const aliases = [...new Set([...actor.aliases, ...(agg?.aliases ?? [])])];
  const elsewhere = (agg?.elsewhere ?? []).filter((e) => e.path !== here.path).slice(0, MAX_LISTED);
  const hereSpoken = here.statements
    .filter((s) => s.speaker?.actorId === actor.id)
    .map((statement) => ({ path: here.path, statement }));
  const spokenAll = id ? (lookup.spoken.get(id) ?? []) : [];
  const otherSpoken: StatementRef[] = [];
  let otherCount = 0;
  for (const r of spokenAll) {
    if (r.path === here.path) continue;
    otherCount++;
    if (otherSpoken.length < maxStatements) otherSpoken.push(r);
  }
  const name = agg && agg.name.length > actor.name.length ? agg.name : actor.name;
  return {
    id: id ?? actor.id,
    name,
    kind: actor.kind,
    roles: roles.slice(0, MAX_LISTED),
    aliases: aliases.slice(0, MAX_LISTED),
    elsewhere,
    elsewhereCount: agg ? agg.paths.size - (agg.paths.has(here.path) ? 1 : 0) : 0,
    statements: [...hereSpoken, ...otherSpoken].slice(0, maxStatements),
    statementCount: hereSpoken.length + otherCount,
    citedBy: agg?.citedBy ?? [],
  };
}

/**
 * The same quote outside the article's event: statements in articles of other events (or of no event yet) with
 * the same normalised content, at most `limit` (a wire quote may be in thousands of articles). Within the
 * event, claim alignment (alignment.ts, `findAligned`) says more: paraphrases, drift, attribution.
 */
export function sameQuoteOutsideEvent(lookup: CorpusLookup, path: string, s: Statement, limit = 20): StatementRef[] {
  const key = quoteKey(s.content.text);
  if (key.length < MIN_QUOTE_KEY) return [];
  const event = lookup.eventOf.get(path);
  const out: StatementRef[] = [];
  for (const r of lookup.quotes.get(fnv1a52(key)) ?? []) {
    if (
      r.path === path ||
      (event && lookup.eventOf.get(r.path) === event) ||
      quoteKey(r.statement.content.text) !== key
    )
      continue;
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/** Where a statement, sentence or offset of one article sits in an event's aligned claims. */
export interface AlignedHit {
  claim: AlignedClaim;
  /** Index of the article's member in claim.members. */
  member: number;
}

/**
 * The aligned claim that a passage of `path` belongs to: the member with the same span, else the same text
 * (the index's copy of an edited document may lag a version behind), else the member holding `offset`.
 */
export function findAligned(
  claims: readonly AlignedClaim[],
  path: string,
  probe: { span?: Span; text?: string; offset?: number },
): AlignedHit | null {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const text = probe.text !== undefined ? norm(probe.text) : undefined;
  let byText: AlignedHit | null = null;
  let byOffset: AlignedHit | null = null;
  for (const claim of claims) {
    claim.members.forEach((m, member) => {
      if (m.path !== path) return;
      if (probe.span && m.span.start === probe.span.start && m.span.end === probe.span.end)
        byText = byOffset = { claim, member };
      if (!byText && text !== undefined && m.text && norm(m.text) === text) byText = { claim, member };
      if (!byOffset && probe.offset !== undefined && m.span.start <= probe.offset && probe.offset < m.span.end)
        byOffset = { claim, member };
    });
  }
  return byText ?? byOffset;
}

/** The members of a claim in another article: the statement first, else the stated-as-fact sentence. */
export function memberIn(claim: AlignedClaim, path: string): ClaimRef | null {
  const refs = claim.members.filter((m) => m.path === path);
  return refs.find((m) => m.statement >= 0) ?? refs[0] ?? null;
}

export interface RelatedArticle {
  path: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  /** Why it is on the same event: claims and quotes both carry, then what the event index found (types.ts Reason). */
  reasons: Reason[];
}

/**
 * The other articles on the same event as `path`, most related first, each with why it matches. With the
 * event's aligned claims, "shared claims" and "the same quote" come from the alignment; without, from quotes
 * with the same normalised wording. `pairReasons` (EventIndex.pairReasons for `path`): what each other article
 * shares with `path` itself; without them (or for an article they do not hold) the event's reasons for it,
 * which say what it shares with the whole event, names `path` may not give among them.
 */
export function relatedArticles(
  lookup: CorpusLookup,
  path: string,
  claims?: readonly AlignedClaim[],
  pairReasons?: Readonly<Record<string, Reason[]>>,
): RelatedArticle[] {
  const event = lookup.eventOf.get(path);
  const here = lookup.byPath.get(path);
  if (!event || !here) return [];
  const hereIds = new Set(here.actors.filter((a) => a.kind !== 'place' || a.mentions.length > 0).map((a) => a.id));
  const hereQuotes = new Set(
    here.statements.map((s) => quoteKey(s.content.text)).filter((k) => k.length >= MIN_QUOTE_KEY),
  );
  const mine = claims?.filter((c) => c.members.some((m) => m.path === path)) ?? [];
  const scored: { r: RelatedArticle; score: number }[] = [];
  for (const p of event.articles) {
    if (p === path) continue;
    const other = lookup.byPath.get(p);
    if (!other) continue;
    const shared = other.actors.filter((a) => hereIds.has(a.id)).sort((x, y) => y.mentions.length - x.mentions.length);
    let sharedClaims = 0;
    let sameQuotes: number;
    if (claims) {
      const both = mine.filter((c) => c.members.some((m) => m.path === p));
      sharedClaims = both.length;
      sameQuotes = both.filter(
        (c) =>
          c.members.some((m) => m.path === p && m.kind === 'direct') &&
          c.members.some((m) => m.path === path && m.kind === 'direct'),
      ).length;
    } else {
      sameQuotes = other.statements.filter((s) => hereQuotes.has(quoteKey(s.content.text))).length;
    }
    // What the two articles say alike first (a narrow picker cuts the end), then what the event index found.
    const reasons: Reason[] = [];
    if (sharedClaims) reasons.push({ kind: 'claims', count: sharedClaims });
    if (sameQuotes) reasons.push({ kind: 'quotes', count: sameQuotes });
    const found = pairReasons?.[p] ?? event.reasons?.[p];
    reasons.push(...(found ?? []));
    if (!found?.length) {
      if (shared.length) reasons.push({ kind: 'names', names: shared.slice(0, 4).map((a) => a.name) });
      if (here.date && other.date && (here.date.startsWith(other.date) || other.date.startsWith(here.date)))
        reasons.push({ kind: 'dates', dates: [other.date] });
    }
    scored.push({
      r: { path: p, title: other.title, outlet: other.outlet, date: other.date, reasons },
      score: shared.length + 2 * sharedClaims + 3 * sameQuotes,
    });
  }
  return scored.sort((x, y) => y.score - x.score || x.r.path.localeCompare(y.r.path)).map((x) => x.r);
}

export interface PassageQuery {
  /** The statement's content or the sentence under the cursor. */
  text: string;
  /** Corpus actor ids of the speaker and relays, when a statement. */
  actorIds?: string[];
}

/**
 * The passage of `target` that best matches the query: a statement (preferred when its speaker is among the
 * query's actors) or a sentence, by content-word overlap. `targetText` is the target article's text (the
 * analysis holds no sentence texts). Null when nothing shares a content word.
 */
export function bestMatchingPassage(target: ArticleAnalysis, targetText: string, query: PassageQuery): Span | null {
  const q = contentTokens(query.text);
  const ids = new Set(query.actorIds ?? []);
  let best: { span: Span; score: number } | null = null;
  const consider = (span: Span, text: string, bonus: number): void => {
    const score = (q.size ? overlap(q, contentTokens(text)) : 0) + bonus;
    if (score > 0 && (!best || score > best.score)) best = { span: { start: span.start, end: span.end }, score };
  };
  for (const s of target.statements) {
    const speaks =
      (s.speaker?.actorId && ids.has(s.speaker.actorId)) || s.via.some((v) => v.actorId && ids.has(v.actorId));
    consider(s.content, s.content.text, speaks ? 0.3 : 0);
  }
  for (const sentence of target.sentences) {
    if (sentence.end > targetText.length) continue;
    consider(sentence, targetText.slice(sentence.start, sentence.end), 0);
  }
  return (best as { span: Span; score: number } | null)?.span ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Memory

/**
 * A copy of an analysis fit to keep for every article of a large workspace: what the claims view, the hovers'
 * cross-article parts, related coverage and claim alignment need (actors with their names, roles, aliases and
 * mentions; the statements; the sentence spans, which alignment reads as the "stated as fact" side; the title
 * span), without role spans, descriptors, date mentions, the layout's body and boilerplate and the event
 * fingerprint (the event index holds that), and with at most INDEX_MENTIONS mentions per actor.
 */
const INDEX_MENTIONS = 3;

export function slimForIndex(a: ArticleAnalysis): ArticleAnalysis {
  const { fingerprint: _dropped, ...rest } = a;
  return {
    ...rest,
    ...(a.fingerprint?.headline ? { headline: a.fingerprint.headline } : {}),
    sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
    // The first mentions are enough for links and counts elsewhere; the open document has its own full analysis.
    actors: a.actors.map((x) => ({
      ...x,
      roleSpans: [],
      descriptors: [],
      mentions: x.mentions.slice(0, INDEX_MENTIONS).map((m) => ({ ...m })),
    })),
    statements: a.statements.map((s) => ({
      ...s,
      content: { ...s.content, parts: s.content.parts.map((p) => ({ ...p })) },
      cue: s.cue ? { ...s.cue } : null,
      speaker: s.speaker ? { ...s.speaker } : null,
      via: s.via.map((v) => ({ ...v })),
    })),
    layout: { ...a.layout, body: [], boilerplate: [] },
    dates: [],
    warnings: [...a.warnings],
  };
}

/** Interns short strings (names, roles, ids, cues, outlets), which repeat across thousands of articles. */
export class StringPool {
  private readonly pool = new Map<string, string>();
  /** Longer strings (quotations) rarely repeat, and one first seen as a slice would keep its whole text alive. */
  static readonly MAX_LENGTH = 64;

  get size(): number {
    return this.pool.size;
  }

  intern<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string' || s.length > StringPool.MAX_LENGTH) return s;
    const had = this.pool.get(s);
    if (had !== undefined) return had as T;
    this.pool.set(s, s);
    return s;
  }

  clear(): void {
    this.pool.clear();
  }
}

const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];
const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A slim copy (slimForIndex) rebuilt for keeping: every object of a kind with the same shape, short strings
 * interned in `pool`, one shared (frozen) empty array for every empty list, a statement's single content part
 * left implicit (decorationPlan and every other reader treat no parts as the content itself). What crosses from
 * a worker arrives as fresh objects of many shapes; kept as they come, 10,000 articles take three times the
 * memory. Read-only afterwards, like every slim copy.
 */
export function compactForIndex(a: ArticleAnalysis, pool: StringPool): ArticleAnalysis {
  const I = <T extends string | null | undefined>(s: T): T => pool.intern(s);
  const span = (s: Span): Span => ({ start: s.start, end: s.end });
  const text = (s: Span & { text: string }) => ({ start: s.start, end: s.end, text: I(s.text) });
  const spans = (xs: Span[]) => (xs.length ? xs.map(span) : NO_SPANS);
  const strings = (xs: string[]) => (xs.length ? xs.map(I) : NO_STRINGS);
  return {
    path: a.path,
    language: I(a.language),
    title: a.title,
    outlet: I(a.outlet),
    dateline: I(a.dateline),
    error: a.error,
    warnings: strings(a.warnings),
    actors: a.actors.map((x): Actor => ({
      id: I(x.id),
      name: I(x.name),
      kind: I(x.kind) as Actor['kind'],
      roles: strings(x.roles),
      roleSpans: NO_SPANS as Actor['roleSpans'],
      aliases: strings(x.aliases),
      mentions: x.mentions.length ? x.mentions.map(text) : (NO_SPANS as Actor['mentions']),
      descriptors: NO_SPANS as Actor['descriptors'],
    })),
    statements: a.statements.map((s): Statement => {
      const single =
        s.content.parts.length === 1 &&
        s.content.parts[0]!.start === s.content.start &&
        s.content.parts[0]!.end === s.content.end;
      return {
        start: s.start,
        end: s.end,
        kind: I(s.kind) as Statement['kind'],
        content: {
          start: s.content.start,
          end: s.content.end,
          text: s.content.text,
          parts: single ? NO_SPANS : spans(s.content.parts),
        },
        cue: s.cue ? text(s.cue) : null,
        speaker: s.speaker
          ? {
              start: s.speaker.start,
              end: s.speaker.end,
              text: I(s.speaker.text),
              actorId: I(s.speaker.actorId),
              vague: s.speaker.vague,
            }
          : null,
        via: s.via.length
          ? s.via.map((v) => ({
              start: v.start,
              end: v.end,
              text: I(v.text),
              actorId: I(v.actorId),
              cue: I(v.cue),
              vague: v.vague,
            }))
          : (NO_SPANS as Statement['via']),
        hedged: s.hedged,
        hedge: s.hedge ? text(s.hedge) : null,
        vagueReason: I(s.vagueReason ?? null),
        nestedIn: s.nestedIn,
      };
    }),
    sentences: spans(a.sentences),
    layout: {
      title: a.layout.title ? text(a.layout.title) : null,
      dateline: a.layout.dateline ? text(a.layout.dateline) : null,
      outlet: a.layout.outlet ? text(a.layout.outlet) : null,
      boilerplate: NO_SPANS,
      body: NO_SPANS,
    },
    date: I(a.date),
    dates: NO_SPANS as ArticleAnalysis['dates'],
    length: a.length,
    // Only an untitled article needs its lead as a headline; the key is always there (one shape).
    headline: a.title ? undefined : a.headline,
  };
}
