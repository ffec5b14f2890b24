// The event index: articles' fingerprints numbered into features with an inverted index (feature ->
// articles), candidate pairs from each article's most distinctive features, similarity with the gates of
// eventSimilarity.ts, batch clustering and incremental assignment, reasons (the evidence; reasons.ts words it) and
// labels. Every table it keeps (features, kinds, postings, scratch) is its own: two indexes in one process share
// nothing.
import { ACT_FAMILY } from '../resources/eventLexicon';
import { fnv1a } from '../text/hash';
import type { Actor, CoverageEvent, EventFingerprint, Reason } from '../types';
import {
  derivedShown,
  SAME_AS_BEFORE,
  SHOWN_SEP,
  storedShown,
  storyKeysOfWord,
  withActorFeatures,
} from './fingerprint';
import {
  actsAtOneSite,
  actsBridge,
  actsDiffer,
  actsOverlap,
  eventDate,
  F_CIRCUMSTANCE,
  F_LEAD,
  F_NEUTRAL,
  FeatureKinds,
  durationsConflict,
  FIGURES_PENALTY,
  figuresConflict,
  FOLLOW_UP_PENALTY,
  ORDINAL_PENALTY,
  ordinalRelationOf,
  parseWhen,
  occasionBridge,
  occasionsConflict,
  occasionWeekday,
  oneOccasion,
  ordinalKind,
  rarity,
  sameDay,
  UNATTESTED_SHARE,
  type When,
  weekdaysAgree,
  weekdaysApart,
  whenCompatible,
} from './eventSimilarity';
import { capitalWords, reasonsFrom, reasonTexts, type SharedFeature } from './reasons';

export interface EventIndexOptions {
  /** Mean similarity two groups need to be one event (0..1; default JOIN_THRESHOLD). */
  threshold?: number;
  /** Pair similarity below which a pair is not even a candidate link. */
  candidateFloor?: number;
  /** Days two exact event dates may lie apart and still be one event. */
  dayTolerance?: number;
  /** How many of an article's most distinctive features find its candidate pairs (default CANDIDATE_FEATURES). */
  candidateFeatures?: number;
  /**
   * Speed only (the grouping is the same): cluster() screens each candidate pair with its shared features in at
   * most this many articles and a bound on the rest, and skips the pairs that cannot reach the candidate floor
   * (default PRUNE_DF; 0: no screen).
   */
  pruneDf?: number;
}

/** What the last cluster() did: candidate pairs (each once), those the screen skipped, links at or above the floor. */
export interface ClusterStats {
  pairs: number;
  pruned: number;
  links: number;
}

interface Entry {
  path: string;
  event: number;
  slot: number;
  language: string;
  headline: string;
  /** Whether the headline is the article's title line. */
  titled: boolean;
  /** Whether the last cluster() found a link of it that only the occasion bridge makes a join (EventIndex.bridged). */
  bridge: boolean;
  /** The fingerprint's `when` (for labels and reasons), parsed, and as a day number when it is a full date. */
  whenIso: string | null;
  when: When | null;
  whenDay: number;
  act: string | null;
  /** The act families the article mentions, with their mention weight (lead mentions twice), as for `act`; null when none. */
  acts: Map<string, number> | null;
  percents: number[];
  /** The durations the text gives, in hours (durationsConflict). */
  hours: readonly number[];
  /** The countries the head names (placesDiffer). */
  places: readonly string[];
  /** The countries of the cities and regions the head names (placesDiffer). */
  sites: readonly string[];
  /** The years the head states (yearsDiffer). */
  years: readonly number[];
  /** The weekdays the text names, a bit mask (weekdaysDiffer). */
  weekdays: number;
  /** What the text says of an agreement (agreementsDiffer; 0: nothing). */
  agreement: number;
  /** What the head says of a closure (openingsDiffer; 0: nothing). */
  opening: number;
  /** The feature ids of the towns the head names that no list knows (townsDiffer), ascending. */
  towns: Int32Array;
  /** Ordinals by feature id; ordActs: whether the feature is an act concept; time1: "for the first time". */
  ordKeys: Int32Array;
  ordVals: Float64Array;
  ordActs: Uint8Array;
  time1: boolean;
  /** Feature ids, ascending, with per feature 1 + log(count) and its place in the article's key order (NO_POS for lead twins). */
  fids: Int32Array;
  tfs: Float64Array;
  pos: Uint16Array | Uint32Array;
  /** Stored shown forms by key order (SHOWN_SEP-joined; '' = derived from the key): the fingerprint's, for its nBase keys, then those of the added terms. */
  shown: string;
  nBase: number;
  extraShown: string[] | null;
  /** The key places of the "n:" keys that are recognised actors' names (the fingerprint's `names`); null: not marked. */
  names: readonly number[] | null;
  /** Vector norm as seen from articles in the same language, with the corpus size it was computed at (-1: not yet). */
  norm: number;
  normN: number;
  /** The same as seen from articles in other languages (cross-language: attested features only). */
  cross: Map<string, { norm: number; n: number }> | null;
}

/**
 * The mean similarity two groups need to be one event, calibrated with the namespace weights (NAMESPACES) on all the
 * development sets: with figures at 1.6 every set keeps its grouping from 0.1125 to 0.12 (events-dev splits at
 * 0.1225, Wikinews wrong joins 102 at 0.1125, 93 at 0.12); the middle of that range.
 */
export const JOIN_THRESHOLD = 0.115;

/** Features in more articles than this do not generate candidate pairs (they still add to the dot products of candidates while in at most a fifth of the corpus). */
export const CANDIDATE_DF = 200;
/**
 * Candidates of an article are the articles that share one of its CANDIDATE_FEATURES most distinctive
 * features (by tf × weight × IDF, lead twins aside): a pair is compared when either article's top features
 * meet the other. The similarity of a candidate pair uses every shared feature.
 */
const CANDIDATE_FEATURES = 16;
/**
 * cluster()'s screen (pruneDf): features in at most this many articles are summed for the bound, the more
 * common ones (low IDF, in most pairs' features) bounded. At 10,000 articles it skips 9 in 10 candidate pairs
 * (bench-events: 557,280 of 595,160 at 50, 558,338 at 100 or 200); its sums cost the square of each summed
 * feature's document frequency, so at 50 the screen took 0.7 of the cluster() time it took at 200.
 */
const PRUNE_DF = 50;
export interface Related {
  path: string;
  score: number;
  /** What the two articles share. */
  reasons: Reason[];
}

const NO_FIDS = new Int32Array(0);
const NO_KEYS: readonly string[] = [];
/** A put row's sort key: feature id × ROW_SHIFT + row (rows < 2^21). */
const ROW_SHIFT = 2 ** 21;
const NO_VALS = new Float64Array(0);
const NO_FLAGS = new Uint8Array(0);

/**
 * Dot products and norms are sums of exact terms: each term (a product of two doubles, the same whatever the index's
 * history) is rounded to a multiple of 2^-TERM_BITS, so that the sums are of integers below 2^53 (up to 2^(53 -
 * TERM_BITS) in value) and do not depend on the order of their terms. Feature ids are numbered in the order features
 * are first seen, so a sum in feature-id order in plain floating point depended on the index's history (put,
 * remove, put again) and flipped near-ties against the floor, the threshold and other pairs.
 */
const TERM_BITS = 24;
const TERM_SCALE = 2 ** TERM_BITS;
const TERM_UNIT = 2 ** -TERM_BITS;

/** Document frequencies below this have their IDF kept per kind (EventIndex.idf). */
const IDF_DFS = 128;
const SAME_AS_BEFORE_CODE = SAME_AS_BEFORE.charCodeAt(0);

const NO_POS16 = 0xffff;
/** The size of the slabs entries' arrays are carved from (EventIndex.carve). */
const SLAB_BYTES = 1 << 18;
const NO_POS32 = 0xffffffff;

export class EventIndex {
  /** Feature kinds, numbered by this index. */
  private readonly kinds = new FeatureKinds();
  /** The kinds of name keys ("n:") and actor ids ("a:"), for reasons. */
  private readonly nameKind = this.kinds.of('n:');
  private readonly actorKind = this.kinds.of('a:');
  private readonly docs = new Map<string, Entry>();
  /** Entries by slot (slots of removed articles are reused). */
  private readonly slots: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /**
   * Interned features: id by key; per id its key ('' for a lead twin), kind, lead twin, document frequency
   * and postings (the slots of the articles that have it, in the order they came, a removed one's place taken
   * by the last: `postLen[id]` slots from `posts[postAt[id]]`, in a run of `postCap[id]` that moves to the end
   * of `posts`, twice as long, when it is full; one typed array instead of a list object per feature, which the
   * collector would copy and mark). Ids by key are an open-addressing table of pairs (a key's FNV-1a hash, its id;
   * id -1: free), half full at most: a probe compares hashes and reads a key only where they match, and the
   * hash and id it reads are side by side (a Map from keys to ids took twice the time, most of put()'s).
   */
  private idTable = new Int32Array(2 * 2048).fill(-1);
  private idCount = 0;
  private readonly strings = new Map<string, string>();
  private readonly fKey: string[] = [];
  private fKind = new Uint8Array(1024);
  private fLeadTwin = new Int32Array(1024).fill(-1);
  /** Per feature, the act family of its concept (a lead twin: its feature's), as an index into `families`; -1: none. */
  private fFamily = new Int16Array(1024).fill(-1);
  private readonly families: string[] = [];
  private readonly familyIds = new Map<string, number>();
  private fDf = new Int32Array(1024);
  private postAt = new Int32Array(1024);
  private postLen = new Int32Array(1024);
  private postCap = new Int32Array(1024);
  private posts = new Int32Array(1 << 16);
  /** The end of the runs in `posts`. */
  private postTop = 0;
  /** The slots of the articles put whose postings are not written yet (flushPosts), in the order they were put. */
  private readonly pending: number[] = [];
  /** Per slot, 1 while its article's postings are pending (in `pending`): put again, it needs no flush (replace). */
  private pendingMark = new Uint8Array(1024);
  /** Weight × IDF per feature, valid while `iwVersion` equals `version` (bumped by every put and remove). */
  private iwValue = new Float64Array(1024);
  private iwVersion = new Int32Array(1024);
  private version = 1;
  /** IDF by kind and document frequency (idf()), valid where `idfStamp` equals `version`; grown with the kinds. */
  private idfValue = new Float64Array(32 * IDF_DFS);
  private idfStamp = new Int32Array(32 * IDF_DFS);
  /** reasonsOf's scratch: where each stored shown form starts in the article's `shown` (shownAt), and their number. */
  private shownStarts = new Int32Array(256);
  private shownCount = 0;
  /**
   * The `shown` that shownStarts indexes (indexShown; '' at first, whose count is 0): related() reads one article's
   * forms against several others. A string, never null: a snapshot's fields keep their types (fromSnapshot).
   */
  private shownIndexed = '';
  /** Scratch by feature id: one article's dot-product weights (scatter, gather, clear). */
  private dense = new Float64Array(1024);
  /** Which features the scratch holds, one bit per feature id (small enough to stay in the cache, so that `gather` reads `dense` only for shared features). */
  private denseBits = new Int32Array(1024 / 32);
  /** language -> (feature id -> document frequency), for cross-language attestation */
  private readonly langDf = new Map<string, Int32Array>();
  /** event number -> member paths */
  private readonly groups = new Map<number, Set<string>>();
  private nextEvent = 1;
  private readonly threshold: number;
  private readonly floor: number;
  private readonly dayTolerance: number;
  private readonly candidateFeatures: number;
  private readonly pruneDf: number;
  private lastCluster: ClusterStats = { pairs: 0, pruned: 0, links: 0 };
  /** Scratch: candidate marks by slot; candidate features of one article; an article's features while it is put. */
  private mark = new Uint8Array(0);
  private scratchK = new Int32Array(256);
  private scratchW = new Float64Array(256);
  private scratchS = new Float64Array(256);
  /** candidateSlots' result: the first n entries (valid until its next call). */
  private cand = new Int32Array(0);
  private putFid = new Int32Array(256);
  private putCount = new Float64Array(256);
  private putPos = new Int32Array(256);
  private putOrder = new Float64Array(256);
  /**
   * Entries' arrays (tfs, fids, pos) are views of slabs of SLAB_BYTES: an ArrayBuffer per article cost a tenth of
   * put(). A slab lives as long as one of its entries; when the bytes of removed entries exceed those in use (an
   * editor's updates), every entry is copied into fresh slabs (repack), so that the waste stays bounded.
   */
  private slab = new ArrayBuffer(0);
  private slabTop = 0;
  private slabLive = 0;
  private slabDead = 0;
  constructor(options: EventIndexOptions = {}) {
    this.threshold = options.threshold ?? JOIN_THRESHOLD;
    this.floor = options.candidateFloor ?? 0.06;
    this.dayTolerance = options.dayTolerance ?? 10;
    this.candidateFeatures = options.candidateFeatures ?? CANDIDATE_FEATURES;
    this.pruneDf = options.pruneDf ?? PRUNE_DF;
  }

  /** What the last cluster() did (for benchmarks and tests). */
  /**
   * The whole index as plain data (Maps, Sets, typed arrays and plain objects: what node:v8's serialize keeps), so
   * that an editor can keep it beside its store and take it back at a reload (fromSnapshot) instead of putting
   * every fingerprint again (vscode/indexJobs.ts EventsState). Every field goes as it is, its caches and scratch
   * too (they are valid for the same data), so no field can be forgotten; the copy shares the index's objects.
   */
  snapshot(): { fields: Record<string, unknown> } {
    const fields: Record<string, unknown> = {};
    // Caches keyed by object identity (WeakMap) are neither serialisable nor worth keeping: made again on use.
    for (const [k, v] of Object.entries(this)) if (!(v instanceof WeakMap)) fields[k] = v;
    return { fields };
  }

  /**
   * The index of a snapshot (as node:v8's deserialize gives it back), or null when it is not one of an index with
   * exactly these fields (another build's).
   */
  static fromSnapshot(snap: unknown, options: EventIndexOptions = {}): EventIndex | null {
    const fields = (snap as { fields?: Record<string, unknown> } | null)?.fields;
    if (!fields || typeof fields !== 'object') return null;
    const index = new EventIndex(options);
    const own = index as unknown as Record<string, unknown>;
    const names = Object.keys(own).filter((k) => !(own[k] instanceof WeakMap));
    if (names.length !== Object.keys(fields).length) return null;
    for (const k of names) {
      const a = own[k],
        b = fields[k];
      if (typeof a !== typeof b || Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return null;
    }
    // The options are the caller's: a snapshot made with others is not this index.
    for (const k of ['threshold', 'floor', 'dayTolerance', 'candidateFeatures', 'pruneDf'])
      if (own[k] !== fields[k]) return null;
    // Class instances come back as plain objects: the feature kinds' methods are their class's.
    Object.setPrototypeOf(fields.kinds as object, Object.getPrototypeOf(own.kinds as object) as object);
    Object.assign(index, fields);
    return index;
  }

  get clusterStats(): ClusterStats {
    return { ...this.lastCluster };
  }

  get size(): number {
    return this.docs.size;
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  /**
   * One string object per language and act name (a structured clone makes new ones per article): the
   * comparisons per pair are then mostly of one object with itself.
   */
  private interned(s: string): string {
    let t = this.strings.get(s);
    if (t === undefined) this.strings.set(s, (t = s));
    return t;
  }

  private featureId(key: string): number {
    const h = fnv1a(key);
    const table = this.idTable,
      mask = (table.length >> 1) - 1;
    let at = h & mask;
    for (;;) {
      const id = table[2 * at + 1]!;
      if (id < 0) break;
      if (table[2 * at] === h && this.fKey[id] === key) return id;
      at = (at + 1) & mask;
    }
    // A lead twin ("l:n:oslo", in the record form) is its feature's twin; twins have no key of their own.
    if (key.charCodeAt(0) === 108 /* l */ && key.charCodeAt(1) === 58)
      return this.leadTwin(this.featureId(key.slice(2)));
    const id = this.newFeature(key, this.kinds.of(key));
    table[2 * at] = h;
    table[2 * at + 1] = id;
    if (++this.idCount * 4 > table.length) this.growTable();
    return id;
  }

  private growTable(): void {
    const old = this.idTable;
    const table = new Int32Array(old.length * 2).fill(-1),
      mask = (table.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      const id = old[k + 1]!;
      if (id < 0) continue;
      const h = old[k]!;
      let at = h & mask;
      while (table[2 * at + 1]! >= 0) at = (at + 1) & mask;
      table[2 * at] = h;
      table[2 * at + 1] = id;
    }
    this.idTable = table;
  }

  private newFeature(key: string, kind: number, family = -1): number {
    const id = this.fKey.length;
    if (id === this.fKind.length) this.growFeatures();
    this.fKey.push(key);
    this.fKind[id] = kind;
    this.fFamily[id] = family < 0 && key.charCodeAt(0) === 99 /* c */ ? this.familyOf(key) : family;
    return id;
  }

  /** The act family of a concept key ("c:besuch" → visit) as an index into `families`; -1: none. */
  private familyOf(key: string): number {
    if (key.charCodeAt(1) !== 58 /* : */) return -1;
    const fam = ACT_FAMILY.get(key.slice(2));
    if (fam === undefined) return -1;
    let id = this.familyIds.get(fam);
    if (id === undefined) {
      id = this.families.length;
      this.families.push(fam);
      this.familyIds.set(fam, id);
    }
    return id;
  }

  private growFeatures(): void {
    const n = this.fKind.length * 2;
    const kind = new Uint8Array(n),
      twin = new Int32Array(n).fill(-1),
      family = new Int16Array(n).fill(-1),
      df = new Int32Array(n),
      at = new Int32Array(n),
      len = new Int32Array(n),
      cap = new Int32Array(n);
    const iw = new Float64Array(n),
      iwv = new Int32Array(n),
      dense = new Float64Array(n),
      bits = new Int32Array(n / 32);
    kind.set(this.fKind);
    twin.set(this.fLeadTwin);
    family.set(this.fFamily);
    df.set(this.fDf);
    at.set(this.postAt);
    len.set(this.postLen);
    cap.set(this.postCap);
    iw.set(this.iwValue);
    iwv.set(this.iwVersion);
    dense.set(this.dense);
    bits.set(this.denseBits);
    this.fKind = kind;
    this.fLeadTwin = twin;
    this.fFamily = family;
    this.fDf = df;
    this.postAt = at;
    this.postLen = len;
    this.postCap = cap;
    this.iwValue = iw;
    this.iwVersion = iwv;
    this.dense = dense;
    this.denseBits = bits;
  }

  /**
   * Gives a feature's postings a run of `cap` slots at the end of `posts` (grown to twice its length when full).
   * A run that moved is not reused: as runs double, the space left behind is less than the space in use.
   */
  private movePosts(fid: number, cap: number): void {
    if (this.postTop + cap > this.posts.length) {
      const next = new Int32Array(Math.max(2 * this.posts.length, this.postTop + cap));
      next.set(this.posts.subarray(0, this.postTop));
      this.posts = next;
    }
    const from = this.postAt[fid]!,
      len = this.postLen[fid]!,
      to = this.postTop;
    // Most runs are short: a loop costs less than the call to copyWithin.
    if (len > 16) this.posts.copyWithin(to, from, from + len);
    else for (let k = 0; k < len; k++) this.posts[to + k] = this.posts[from + k]!;
    this.postAt[fid] = to;
    this.postCap[fid] = cap;
    this.postTop += cap;
  }

  /** The lead twin ("l:" + key) of a feature (its key is not kept: reasons never show a lead twin). */
  private leadTwin(fid: number): number {
    let t = this.fLeadTwin[fid]!;
    if (t < 0) {
      t = this.newFeature('', this.kinds.leadOf(this.fKind[fid]!), this.fFamily[fid]!);
      this.fLeadTwin[fid] = t;
    }
    return t;
  }

  /**
   * A feature's IDF at the current corpus: rarity() of its kind and document frequency, kept for the frequencies
   * below IDF_DFS while `idfStamp` equals `version` (reasons ask for every shared feature and peer).
   */
  private idf(fid: number): number {
    const df = this.fDf[fid]!,
      kind = this.fKind[fid]!;
    if (df >= IDF_DFS) return rarity(this.docs.size, df, this.kinds.prior[kind]!);
    const at = kind * IDF_DFS + df;
    if (at >= this.idfStamp.length) {
      // New slots hold stamp 0, never a version (versions start at 1).
      const value = new Float64Array(2 * (kind + 1) * IDF_DFS),
        stamp = new Int32Array(value.length);
      value.set(this.idfValue);
      stamp.set(this.idfStamp);
      this.idfValue = value;
      this.idfStamp = stamp;
    }
    if (this.idfStamp[at] !== this.version) {
      this.idfValue[at] = rarity(this.docs.size, df, this.kinds.prior[kind]!);
      this.idfStamp[at] = this.version;
    }
    return this.idfValue[at]!;
  }

  /** Namespace weight × IDF of a feature (≥ 0) at the current corpus: weight(f, count) = tf(count) × this. */
  private idfWeight(fid: number): number {
    if (this.iwVersion[fid] === this.version) return this.iwValue[fid]!;
    const idf = this.idf(fid);
    const w = idf > 0 ? this.kinds.weight[this.fKind[fid]!]! * idf : 0;
    this.iwValue[fid] = w;
    this.iwVersion[fid] = this.version;
    return w;
  }

  /** The norm of e's vector as compared with an article in `language`. */
  private normOf(e: Entry, language: string): number {
    const n = this.docs.size;
    const same = language === e.language;
    if (same) {
      if (e.normN >= 0 && Math.abs(n - e.normN) <= Math.max(2, e.normN * 0.1)) return e.norm;
    } else {
      const cached = e.cross?.get(language);
      if (cached && Math.abs(n - cached.n) <= Math.max(2, cached.n * 0.1)) return cached.norm;
    }
    // Across languages, what the other language does not attest counts in part.
    const df = same ? null : this.langDf.get(language);
    let s = 0;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const w = e.tfs[k]! * this.idfWeight(fid);
      const w2 = w * w;
      s += Math.round(
        (same || (this.kinds.flags[this.fKind[fid]!]! & F_NEUTRAL) !== 0 || (df?.[fid] ?? 0) > 0
          ? w2
          : UNATTESTED_SHARE * w2) * TERM_SCALE,
      );
    }
    const norm = Math.sqrt(s * TERM_UNIT) || 1;
    if (same) {
      e.norm = norm;
      e.normN = n;
    } else (e.cross ??= new Map()).set(language, { norm, n });
    return norm;
  }

  /**
   * Cosine from a dot product, with the date and act gates (0) and the figures and ordinal penalties. Below `floor`
   * before the penalties (which only lower it), the cosine is returned as it is. `shares`: the caller saw a shared
   * feature that sharesOccasion counts (false: not known, sharesOccasion decides).
   */
  private score(a: Entry, b: Entry, dot: number, floor = -Infinity, shares = false): number {
    if (!this.datesFit(a, b)) return 0;
    let s = dot / (this.normOf(a, b.language) * this.normOf(b, a.language));
    if (s < floor) return s;
    // `shares`: the dot product met a feature of what happened (sharesOccasion true), so the two lists need no merge.
    if (this.actsApart(a, b) || occasionsConflict(a, b) || !(shares || this.sharesOccasion(a, b))) return 0;
    if (figuresConflict(a.percents, b.percents) || durationsConflict(a.hours, b.hours)) s *= FIGURES_PENALTY;
    if (a.ordKeys.length || b.ordKeys.length) {
      const rel = ordinalRelationOf(a, b, hasFeature);
      if (rel === 'conflict') s *= ORDINAL_PENALTY;
      else if (rel === 'follow-up' && !weekdaysAgree(a, b))
        s *= weekdaysApart(a, b) ? ORDINAL_PENALTY : FOLLOW_UP_PENALTY;
    }
    return s;
  }

  /**
   * Whether two articles share a feature of what happened (a name, a figure, a word, a concept, a quote), not only
   * circumstances (F_CIRCUMSTANCE: the day, the month, the weekday, the outlet): the hacking of one town's
   * administration and a hospital's elsewhere, both on Monday 14 April, are two events, however much the date weighs
   * in two short reports that share nothing else. Any feature of weight counts, however common.
   */
  private sharesOccasion(a: Entry, b: Entry): boolean {
    // One feature of what happened is enough: most pairs that reach the floor meet one early, but the merge walks
    // both lists up to it (cluster() and gather() learn it from the dot product's own loop instead).
    const f = a.fids,
      g = b.fids,
      flags = this.kinds.flags,
      kind = this.fKind;
    for (let x = 0, y = 0; x < f.length && y < g.length;) {
      const fx = f[x]!,
        gy = g[y]!;
      if (fx < gy) x++;
      else if (fx > gy) y++;
      else {
        if ((flags[kind[fx]!]! & F_CIRCUMSTANCE) === 0 && this.idfWeight(fx) > 0) return true;
        x++;
        y++;
      }
    }
    return false;
  }

  /** The plain cosine of a pair from its dot product (no gates). */
  private cosine(a: Entry, b: Entry, dot: number): number {
    return dot / (this.normOf(a, b.language) * this.normOf(b, a.language));
  }

  /**
   * The act gate of a pair: it leads with a different kind of act than the other, neither mentions the other's act
   * (actsOverlap), and the two are not acts of one occasion (oneOccasion: a state visit's arrival and the treaty
   * signed during it, reported on one weekday).
   */
  private actsApart(a: Entry, b: Entry): boolean {
    return actsDiffer(a, b) && !actsOverlap(a, b) && !oneOccasion(a, b);
  }

  /** The date gate: whether the two articles' event times are compatible. */
  private datesFit(a: Entry, b: Entry): boolean {
    return a.whenDay === a.whenDay && b.whenDay === b.whenDay
      ? Math.abs(a.whenDay - b.whenDay) <= this.dayTolerance
      : whenCompatible(a.when, b.when, this.dayTolerance);
  }

  /** Whether one article reports a first occurrence of an act the other reports as a repetition (a veto, like the date gate). */
  private ordinalsConflict(a: Entry, b: Entry): boolean {
    if (a.ordKeys.length === 0 && b.ordKeys.length === 0) return false;
    const rel = ordinalRelationOf(a, b, hasFeature);
    return rel === 'conflict' || (rel === 'follow-up' && weekdaysApart(a, b));
  }

  /**
   * Whether a pair is acts of one occasion by what the two share besides words (occasionBridge: between parties, one
   * site, one day, two or more countries), with a person both name and no ordinals apart (the pair's date, place,
   * year and weekday conflicts have stopped it before).
   */
  private bridged(a: Entry, b: Entry): boolean {
    if (!occasionBridge(a, b)) return false;
    if (a.ordKeys.length || b.ordKeys.length) {
      const rel = ordinalRelationOf(a, b, hasFeature);
      if (rel === 'conflict' || rel === 'follow-up') return false;
    }
    return this.sharesPerson(a, b);
  }

  /**
   * The reason a member is in its event by a bridge (bridged) rather than by what the words share: a member whose
   * similarity with it stays below the join threshold tells one occasion with it (the person both name, the day);
   * null when there is none.
   */
  private togetherOf(path: string, entries: readonly Entry[]): Reason | null {
    const e = this.docs.get(path);
    if (!e) return null;
    for (const o of entries) {
      if (o === e || !o.bridge || !this.bridged(e, o) || this.similarity(e.path, o.path) >= this.threshold) continue;
      const person = this.sharedPerson(e, o);
      if (person < 0) continue;
      const k = e.fids.indexOf(person);
      const name = this.shownOf(e)[e.pos[k]!] || derivedShown(this.fKey[person]!);
      return { kind: 'together', person: name, weekday: occasionWeekday(e, o) };
    }
    return null;
  }

  /** Whether two articles name a person in common (an "a:person:" actor feature both have). */
  private sharesPerson(a: Entry, b: Entry): boolean {
    return this.sharedPerson(a, b) >= 0;
  }

  /** The feature id of a person both articles name (an "a:person:" actor feature), -1 for none. */
  private sharedPerson(a: Entry, b: Entry): number {
    const f = a.fids,
      g = b.fids;
    for (let x = 0, y = 0; x < f.length && y < g.length;) {
      if (f[x]! < g[y]!) x++;
      else if (f[x]! > g[y]!) y++;
      else {
        if (this.fKey[f[x]!]!.startsWith('a:person:')) return f[x]!;
        x++;
        y++;
      }
    }
    return -1;
  }

  /** Indexes an article without assigning it to an event (batch building: put all, then cluster()). */
  put(path: string, fp: EventFingerprint): void {
    this.putEntry(path, fp);
  }

  /** put() with the article's actors as "a:" features (counted by their mentions), as buildEventIndex joins them. */
  putWithActors(path: string, fp: EventFingerprint, actors: readonly Pick<Actor, 'id' | 'name' | 'mentions'>[]): void {
    this.putEntry(path, fp, actors);
  }

  /**
   * put()'s steps are methods of their own (rows, their order, the entry, its postings), so that the JIT
   * compiles each small one once: one long method was compiled again with every new shape it met, at more CPU
   * than the work.
   */
  private putEntry(
    path: string,
    fp: EventFingerprint,
    actors: readonly Pick<Actor, 'id' | 'name' | 'mentions'>[] = [],
  ): Entry {
    const old = this.docs.get(path);
    // Put again in the same language (an article whose actors got other ids, an edit): only the features that
    // came or went change their postings (replace), as remove + put would leave them but for the order of a
    // feature's postings, which no result reads (cluster() sorts candidates; scores are exact sums).
    const again = old !== undefined && old.language === fp.language;
    if (old && !again) this.remove(path);
    // An article whose postings are still pending (a batch's puts, put again with its actors' new ids) keeps its
    // place among them: replace changes only its document frequencies, and the flush writes the new entry's.
    if (again && !this.pendingMark[old.slot]) this.flushPosts();
    this.version++;
    // The features: the compact keys (with lead twins), then the terms record (added features, such as
    // actor ids, or a fingerprint in the record form), which replaces a key of the same name.
    if (actors.length)
      fp = withActorFeatures(
        fp,
        actors.map((a) => ({ id: a.id, name: a.name, count: a.mentions.length })),
      );
    const extra = fp.terms ? Object.keys(fp.terms) : NO_KEYS;
    const m = this.featureRows(fp, extra);
    const acts = this.actsOfRows(m);
    const u = this.sortRows(m);
    const e = this.newEntry(path, fp, extra, u, acts, again ? old.slot : -1);
    this.slots[e.slot] = e;
    this.docs.set(path, e);
    if (again) this.replace(old, e);
    else this.addPostings(e);
    return e;
  }

  /**
   * Gives `e` the place of `old`, the same article put again in the same language and slot: the features only
   * one of them has leave or join the postings and document frequencies; the old entry leaves its event and its
   * arrays are released.
   */
  private replace(old: Entry, e: Entry): void {
    let l = this.langDf.get(e.language)!;
    if (l.length < this.fKind.length) {
      const grown = new Int32Array(this.fKind.length);
      grown.set(l);
      this.langDf.set(e.language, (l = grown));
    }
    const a = old.fids,
      b = e.fids,
      df = this.fDf,
      len = this.postLen,
      slot = e.slot,
      pending = this.pendingMark[slot] === 1;
    let i = 0,
      j = 0;
    while (i < a.length || j < b.length) {
      const x = i < a.length ? a[i]! : 0x7fffffff,
        y = j < b.length ? b[j]! : 0x7fffffff;
      if (x === y) {
        i++;
        j++;
      } else if (x < y) {
        // Gone: the last posting takes the place of this one.
        const first = this.postAt[x]!,
          last = first + len[x]! - 1;
        if (!pending)
          for (let p = last; p >= first; p--)
            if (this.posts[p] === slot) {
              this.posts[p] = this.posts[last]!;
              len[x]!--;
              break;
            }
        df[x]!--;
        if (l[x]) l[x]!--;
        i++;
      } else {
        if (!pending) {
          const n = len[y]!;
          if (n === this.postCap[y]) this.movePosts(y, n ? 2 * n : 1);
          this.posts[this.postAt[y]! + n] = slot;
          len[y] = n + 1;
        }
        df[y]!++;
        l[y]!++;
        j++;
      }
    }
    if (old.event) {
      const g = this.groups.get(old.event);
      g?.delete(old.path);
      if (g && !g.size) this.groups.delete(old.event);
    }
    this.release(old);
  }

  /** An article's features into the put scratch (id, count, place in key order; -1 for a lead twin); returns their number. */
  private featureRows(fp: EventFingerprint, extra: readonly string[]): number {
    const keys = fp.keys ?? NO_KEYS;
    const nBase = keys.length;
    const max = 2 * nBase + extra.length;
    if (this.putFid.length < max) {
      const n = max * 2;
      this.putFid = new Int32Array(n);
      this.putCount = new Float64Array(n);
      this.putPos = new Int32Array(n);
      this.putOrder = new Float64Array(n);
    }
    const fidOf = this.putFid,
      countOf = this.putCount,
      posOf = this.putPos;
    let m = 0;
    const counts = fp.counts,
      leads = fp.leads;
    for (let k = 0; k < nBase; k++) {
      const fid = this.featureId(keys[k]!);
      fidOf[m] = fid;
      countOf[m] = counts?.[k] ?? 1;
      posOf[m++] = k;
      const l = leads?.[k] ?? 0;
      if (l > 0) {
        fidOf[m] = this.leadTwin(fid);
        countOf[m] = l;
        posOf[m++] = -1;
      }
    }
    const terms = fp.terms;
    for (let x = 0; x < extra.length; x++) {
      const c = terms![extra[x]!]!;
      if (!(c > 0)) continue;
      fidOf[m] = this.featureId(extra[x]!);
      countOf[m] = c;
      posOf[m++] = nBase + x;
    }
    return m;
  }

  /**
   * The act families an article mentions (its rows in the put scratch, before duplicates are dropped), weighted as for
   * its dominant act: a concept's count, its lead twin's count added (a lead mention counts twice). Read from the
   * features' families (fFamily), not from their keys.
   */
  private actsOfRows(m: number): Map<string, number> | null {
    let acts: Map<string, number> | null = null;
    const fidOf = this.putFid,
      countOf = this.putCount,
      family = this.fFamily;
    for (let r = 0; r < m; r++) {
      const f = family[fidOf[r]!]!;
      if (f < 0) continue;
      const c = countOf[r]!;
      if (!(c > 0)) continue;
      const name = this.families[f]!;
      (acts ??= new Map()).set(name, (acts.get(name) ?? 0) + c);
    }
    return acts;
  }

  /** The put scratch's m rows in feature-id order, in `putOrder` (a later duplicate replaces an earlier one); returns their number. */
  private sortRows(m: number): number {
    const fidOf = this.putFid;
    const order = this.putOrder.subarray(0, m);
    for (let k = 0; k < m; k++) order[k] = fidOf[k]! * ROW_SHIFT + k;
    order.sort();
    let u = 0;
    for (let k = 0; k < m; k++) {
      const at = rowOf(order[k]!);
      if (u > 0 && fidOf[rowOf(order[u - 1]!)] === fidOf[at]) order[u - 1] = order[k]!;
      else order[u++] = order[k]!;
    }
    return u;
  }

  /** The entry of an article whose u sorted rows are in the put scratch. */
  private newEntry(
    path: string,
    fp: EventFingerprint,
    extra: readonly string[],
    u: number,
    acts: Map<string, number> | null,
    slot = -1,
  ): Entry {
    const nBase = fp.keys?.length ?? 0;
    const nKeys = nBase + extra.length;
    // The article's three arrays side by side in a slab (carve).
    const wide = nKeys >= NO_POS16;
    const at = this.carve(u * (wide ? 16 : 14));
    const buf = this.slab;
    const tfs = new Float64Array(buf, at, u),
      fids = new Int32Array(buf, at + 8 * u, u);
    const pos = wide ? new Uint32Array(buf, at + 12 * u, u) : new Uint16Array(buf, at + 12 * u, u);
    this.packRows(u, fids, tfs, pos, wide ? NO_POS32 : NO_POS16);
    const ords = Object.entries(fp.ordinals ?? {});
    const when = parseWhen(fp.when);
    if (slot < 0) slot = this.freeSlots.length ? this.freeSlots.pop()! : this.slots.length;
    return {
      path,
      event: 0,
      slot,
      language: this.interned(fp.language),
      headline: fp.headline,
      titled: fp.titled === true,
      bridge: false,
      whenIso: fp.when,
      when,
      whenDay:
        when && when.y !== undefined && when.d !== undefined ? Date.UTC(when.y, when.m - 1, when.d) / 86_400_000 : NaN,
      act: fp.act === null ? null : this.interned(fp.act),
      acts,
      percents: fp.percents ?? [],
      hours: fp.hours ?? [],
      places: fp.places ?? [],
      sites: fp.sites ?? [],
      years: fp.years ?? [],
      weekdays: fp.weekdays ?? 0,
      agreement: fp.agreement ?? 0,
      opening: fp.opening ?? 0,
      towns: fp.towns?.length ? Int32Array.from(fp.towns, (k) => this.featureId(k)).sort() : NO_FIDS,
      ordKeys: ords.length ? Int32Array.from(ords, ([k]) => this.featureId(k)) : NO_FIDS,
      ordVals: ords.length ? Float64Array.from(ords, ([, v]) => v) : NO_VALS,
      ordActs: ords.length ? Uint8Array.from(ords, ([k]) => ordinalKind(k)) : NO_FLAGS,
      time1: fp.ordinals?.['c:time'] === 1,
      fids,
      tfs,
      pos,
      shown: fp.shown ?? '',
      nBase,
      extraShown: extra.length ? extraShownOf(fp, extra) : null,
      names: fp.names ?? null,
      norm: 0,
      normN: -1,
      cross: null,
    };
  }

  /** The offset of `bytes` (a multiple of 2) in `slab` (a new slab when the current one is full), 8-byte aligned. */
  private carve(bytes: number): number {
    const size = (bytes + 7) & ~7;
    if (this.slabTop + size > this.slab.byteLength) {
      this.slab = new ArrayBuffer(Math.max(SLAB_BYTES, size));
      this.slabTop = 0;
    }
    const at = this.slabTop;
    this.slabTop += size;
    this.slabLive += size;
    return at;
  }

  /** An entry's arrays are no longer in use (it was removed); past a bound, the live ones are repacked. */
  private release(e: Entry): void {
    const size = (e.fids.length * (e.pos.BYTES_PER_ELEMENT + 12) + 7) & ~7;
    this.slabLive -= size;
    this.slabDead += size;
    if (this.slabDead > Math.max(4 * SLAB_BYTES, this.slabLive)) this.repack();
  }

  /** Copies every entry's arrays into fresh slabs (the old ones go with their last view). */
  private repack(): void {
    this.slab = new ArrayBuffer(0);
    this.slabTop = this.slabLive = this.slabDead = 0;
    for (const e of this.slots) {
      if (!e) continue;
      const u = e.fids.length,
        wide = e.pos.BYTES_PER_ELEMENT === 4;
      const at = this.carve(u * (wide ? 16 : 14));
      const buf = this.slab;
      const tfs = new Float64Array(buf, at, u),
        fids = new Int32Array(buf, at + 8 * u, u);
      const pos = wide ? new Uint32Array(buf, at + 12 * u, u) : new Uint16Array(buf, at + 12 * u, u);
      tfs.set(e.tfs);
      fids.set(e.fids);
      pos.set(e.pos);
      e.tfs = tfs;
      e.fids = fids;
      e.pos = pos;
    }
  }

  /** The sorted rows' feature ids, 1 + log(count) and key places (noPos for a lead twin). */
  private packRows(
    u: number,
    fids: Int32Array,
    tfs: Float64Array,
    pos: Uint16Array | Uint32Array,
    noPos: number,
  ): void {
    const order = this.putOrder,
      fidOf = this.putFid,
      countOf = this.putCount,
      posOf = this.putPos;
    for (let k = 0; k < u; k++) {
      const at = rowOf(order[k]!);
      fids[k] = fidOf[at]!;
      tfs[k] = 1 + Math.log(countOf[at]!);
      pos[k] = posOf[at]! < 0 ? noPos : posOf[at]!;
    }
  }

  /**
   * An entry's features into the document frequencies, and its slot to the articles whose postings are pending
   * (flushPosts writes them before postings are next read): a batch of puts moves each feature's run once, not at
   * every doubling, and allocates `posts` once.
   */
  private addPostings(e: Entry): void {
    let l = this.langDf.get(e.language);
    if (!l || l.length < this.fKind.length) {
      const grown = new Int32Array(this.fKind.length);
      if (l) grown.set(l);
      this.langDf.set(e.language, (l = grown));
    }
    const df = this.fDf,
      fids = e.fids;
    for (let k = 0; k < fids.length; k++) {
      const fid = fids[k]!;
      df[fid]!++;
      l[fid]!++;
    }
    this.pending.push(e.slot);
    if (e.slot >= this.pendingMark.length) {
      const grown = new Uint8Array(2 * e.slot + 2);
      grown.set(this.pendingMark);
      this.pendingMark = grown;
    }
    this.pendingMark[e.slot] = 1;
  }

  /**
   * Writes the pending articles' postings, in the order they were put (each feature's run as put() one by one
   * made it): a few one by one, a batch by counting first, so that a run that must grow moves once, to a run of
   * the next power of two, and `posts` grows once.
   */
  private flushPosts(): void {
    const pending = this.pending;
    if (!pending.length) return;
    for (const slot of pending) this.pendingMark[slot] = 0;
    const len = this.postLen,
      cap = this.postCap;
    if (pending.length < 16) {
      for (const slot of pending) {
        const fids = this.slots[slot]!.fids;
        for (let k = 0; k < fids.length; k++) {
          const fid = fids[k]!,
            n = len[fid]!;
          if (n === cap[fid]) this.movePosts(fid, n ? 2 * n : 1);
          this.posts[this.postAt[fid]! + n] = slot;
          len[fid] = n + 1;
        }
      }
      pending.length = 0;
      return;
    }
    // In steps of their own (gains, runs, writes): a loop that V8 compiles while it runs (on-stack replacement)
    // would otherwise have its function compiled again for each later loop.
    const gain = this.postingGains(pending);
    const need = this.runsNeeded(gain);
    if (this.postTop + need > this.posts.length) {
      const next = new Int32Array(this.postTop + need + (need >> 3));
      next.set(this.posts.subarray(0, this.postTop));
      this.posts = next;
    }
    this.sizeRuns(gain);
    this.writePostings(pending);
    pending.length = 0;
  }

  /** Per feature, the postings the pending articles add to it. */
  private postingGains(pending: readonly number[]): Int32Array {
    const gain = new Int32Array(this.fKind.length);
    for (const slot of pending) {
      const fids = this.slots[slot]!.fids;
      for (let k = 0; k < fids.length; k++) gain[fids[k]!]!++;
    }
    return gain;
  }

  /** The room the runs that cannot hold their gains need at the end of `posts`. */
  private runsNeeded(gain: Int32Array): number {
    const len = this.postLen,
      cap = this.postCap;
    let need = 0;
    for (let f = 0; f < gain.length; f++) {
      const g = gain[f]!;
      if (g > 0 && len[f]! + g > cap[f]!) need += runFor(len[f]! + g);
    }
    return need;
  }

  /** Moves each run that cannot hold its gain to a run of the next power of two. */
  private sizeRuns(gain: Int32Array): void {
    const len = this.postLen,
      cap = this.postCap;
    for (let f = 0; f < gain.length; f++) {
      const g = gain[f]!;
      if (g > 0 && len[f]! + g > cap[f]!) this.movePosts(f, runFor(len[f]! + g));
    }
  }

  /** Appends the pending articles' slots to their features' postings, in the order they were put. */
  private writePostings(pending: readonly number[]): void {
    const posts = this.posts,
      at = this.postAt,
      len = this.postLen;
    for (const slot of pending) {
      const fids = this.slots[slot]!.fids;
      for (let k = 0; k < fids.length; k++) {
        const fid = fids[k]!;
        posts[at[fid]! + len[fid]!] = slot;
        len[fid]!++;
      }
    }
  }

  /**
   * Adds one article and assigns it to the best-fitting event (or a new one), by the gates and the occasion bridge of
   * cluster(): an event one of whose members the article is bridged to (a link below the threshold that is one
   * occasion by what the two share besides words: bridged) fits at the threshold, after those its words join.
   * Returns its event id.
   */
  add(path: string, fp: EventFingerprint): string {
    const e = this.putEntry(path, fp);
    const unknown: Entry[] = [];
    const sims = this.similaritiesOf(e, unknown);
    const byEvent = new Map<number, number>(),
      unknownOf = new Map<number, number>();
    /** Per event, its members the article is bridged to. */
    const bridgedIn = new Map<number, Entry[]>();
    for (const [other, s] of sims) {
      const ev = other.event;
      if (!ev) continue;
      byEvent.set(ev, (byEvent.get(ev) ?? 0) + s);
      if (s < this.threshold && this.bridged(e, other))
        (bridgedIn.get(ev) ?? bridgedIn.set(ev, []).get(ev)!).push(other);
    }
    for (const other of unknown) if (other.event) unknownOf.set(other.event, (unknownOf.get(other.event) ?? 0) + 1);
    let best = 0,
      bestScore = this.threshold;
    for (const [ev, sum] of byEvent) {
      const members = this.groups.get(ev)!;
      let mean = sum / (members.size - (unknownOf.get(ev) ?? 0));
      if (mean < this.threshold && bridgedIn.has(ev)) mean = this.threshold;
      if (mean < bestScore) continue;
      if (
        !this.groupsFit(
          [e],
          [...members].map((m) => this.docs.get(m)!),
        )
      )
        continue;
      best = ev;
      bestScore = mean;
    }
    if (!best) best = this.nextEvent++;
    // As cluster() marks the articles of a bridge link (their reasons tell the occasion: togetherOf).
    const bridges = bridgedIn.get(best);
    if (bridges) {
      e.bridge = true;
      for (const o of bridges) o.bridge = true;
    }
    this.assign(e, best);
    return `e${best}`;
  }

  /** Removes an article; its event keeps the other members. */
  remove(path: string): void {
    const e = this.docs.get(path);
    if (!e) return;
    this.flushPosts();
    this.version++;
    const l = this.langDf.get(e.language);
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      // The last posting takes the place of the removed one.
      const first = this.postAt[fid]!,
        last = first + this.postLen[fid]! - 1;
      for (let p = last; p >= first; p--)
        if (this.posts[p] === e.slot) {
          this.posts[p] = this.posts[last]!;
          this.postLen[fid]!--;
          break;
        }
      this.fDf[fid]!--;
      if (l && l[fid]) l[fid]!--;
    }
    if (e.event) {
      const g = this.groups.get(e.event);
      g?.delete(path);
      if (g && !g.size) this.groups.delete(e.event);
    }
    this.docs.delete(path);
    this.slots[e.slot] = undefined;
    this.freeSlots.push(e.slot);
    this.release(e);
  }

  /** Re-indexes a changed article (remove + add). */
  update(path: string, fp: EventFingerprint): string {
    this.remove(path);
    return this.add(path, fp);
  }

  private assign(e: Entry, ev: number): void {
    if (e.event) this.groups.get(e.event)?.delete(e.path);
    e.event = ev;
    let g = this.groups.get(ev);
    if (!g) this.groups.set(ev, (g = new Set()));
    g.add(e.path);
  }

  /**
   * Whether two groups may be one event (complete link): no pair across them has incompatible times or
   * conflicting ordinals, and no pair reports different kinds of act unless a pair across them bridges the
   * acts as one compound occasion (actsBridge: both dated; oneOccasion: acts between parties on one day).
   */
  private groupsFit(xs: readonly Entry[], ys: readonly Entry[]): boolean {
    let acts = false,
      bridged = false;
    for (const x of xs)
      for (const y of ys) {
        if (
          !whenCompatible(x.when, y.when, this.dayTolerance) ||
          this.ordinalsConflict(x, y) ||
          occasionsConflict(x, y)
        )
          return false;
        // A pair on one day bridges the groups' acts also where one of the two leads with no clear act (a report of
        // the summit that tells of the call preparing it, on the call's day); so does a pair that leads with the same
        // act (an undated report of the prize awarded during a visit joins the visit's group through the dated
        // report of the prize, the group's acts already bridged).
        const day = (x.act !== null || y.act !== null) && oneOccasion(x, y);
        if (actsDiffer(x, y)) {
          if (day || actsBridge(x, y) || actsAtOneSite(x, y)) bridged = true;
          else acts = true;
        } else if (day || (x.act !== null && x.act === y.act)) bridged = true;
      }
    return !acts || bridged;
  }

  /** Features in more articles than this do not count in dot products (a fifth of the corpus, at least 30). */
  private maxDf(): number {
    return Math.max(30, this.docs.size * 0.2);
  }

  /**
   * Dot products with one article: `scatter` writes its weights (tf × IW², features in at most maxDf
   * articles) into the dense scratch by feature id, `gather` sums another article's tf against them, `clear`
   * zeroes the scratch again.
   */
  private scatter(e: Entry, maxDf: number): void {
    const d = this.dense,
      bits = this.denseBits,
      df = this.fDf;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      if (df[fid]! <= maxDf) {
        const w = this.idfWeight(fid);
        d[fid] = e.tfs[k]! * w * w;
        bits[fid >>> 5]! |= 1 << (fid & 31);
      }
    }
  }

  /**
   * The dot product: the shared features' terms, exact (TERM_BITS; the others add exact zeros, skipped). Sets
   * `gatherShares` when a shared feature is one sharesOccasion counts (not a circumstance, of weight > 0: scatter
   * read its idfWeight, so iwValue holds it).
   */
  private gather(o: Entry): number {
    const d = this.dense,
      bits = this.denseBits,
      f = o.fids,
      t = o.tfs,
      flags = this.kinds.flags,
      kind = this.fKind,
      iw = this.iwValue;
    let s = 0;
    let shares = false;
    for (let k = 0; k < f.length; k++) {
      const fid = f[k]!;
      if ((bits[fid >>> 5]! >>> (fid & 31)) & 1) {
        s += Math.round(d[fid]! * t[k]! * TERM_SCALE);
        if (!shares && (flags[kind[fid]!]! & F_CIRCUMSTANCE) === 0 && iw[fid]! > 0) shares = true;
      }
    }
    this.gatherShares = shares;
    return s * TERM_UNIT;
  }

  /** Whether the last gather() met a feature sharesOccasion counts. */
  private gatherShares = false;

  private clear(e: Entry): void {
    const d = this.dense,
      bits = this.denseBits;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      d[fid] = 0;
      bits[fid >>> 5] = 0;
    }
  }

  /**
   * Whether the act gate zeroes a pair's score (score() returns 0 for it, or a cosine below the floor): a
   * pair it vetoes never reaches the floor, so its dot product need not be computed (floor > 0 only).
   */
  private actVeto(a: Entry, b: Entry): boolean {
    return this.floor > 0 && (this.actsApart(a, b) || occasionsConflict(a, b));
  }

  /** Similarity of two indexed articles (0..1), 0 when their event times are incompatible. */
  similarity(a: string, b: string): number {
    const ea = this.docs.get(a),
      eb = this.docs.get(b);
    if (!ea || !eb || a === b) return 0;
    this.scatter(ea, Infinity);
    const dot = this.gather(eb);
    this.clear(ea);
    return this.score(ea, eb, dot, -Infinity, this.gatherShares);
  }

  /**
   * The sum of similarity(path, o) over `others` (o ≠ path), in their order: the same sum, with the article's
   * weights scattered once rather than once per other article.
   */
  similaritySum(path: string, others: readonly string[]): number {
    const ea = this.docs.get(path);
    if (!ea) return 0;
    this.scatter(ea, Infinity);
    let s = 0;
    for (const o of others) {
      const eb = this.docs.get(o);
      if (eb && o !== path) {
        const dot = this.gather(eb);
        s += this.score(ea, eb, dot, -Infinity, this.gatherShares);
      }
    }
    this.clear(ea);
    return s;
  }

  /**
   * The slots of the articles that share one of e's most distinctive features: its top `candidateFeatures`
   * by tf × weight × IDF among the features in 2 to CANDIDATE_DF articles (or a fifth of a small corpus),
   * lead twins aside (an article with a lead twin has its feature too). They are written to `cand`; returns their number.
   */
  private candidateSlots(e: Entry): number {
    this.flushPosts();
    const maxDf = this.maxDf();
    const candDf = Math.max(30, Math.min(maxDf, CANDIDATE_DF));
    if (this.mark.length < this.slots.length) this.mark = new Uint8Array(this.slots.length * 2);
    if (this.scratchK.length < e.fids.length) {
      this.scratchK = new Int32Array(e.fids.length * 2);
      this.scratchW = new Float64Array(e.fids.length * 2);
      this.scratchS = new Float64Array(e.fids.length * 2);
    }
    const ks = this.scratchK,
      ws = this.scratchW,
      dfs = this.fDf;
    let cnt = 0;
    for (let k = 0; k < e.fids.length; k++) {
      const fid = e.fids[k]!;
      const df = dfs[fid]!;
      if (df <= 1 || df > candDf || this.kinds.flags[this.fKind[fid]!]! & F_LEAD) continue;
      const iw = this.idfWeight(fid);
      if (iw <= 0) continue;
      ks[cnt] = k;
      ws[cnt++] = e.tfs[k]! * iw;
    }
    const limit = this.candidateFeatures;
    let threshold = -Infinity;
    if (cnt > limit) {
      const sorted = this.scratchS.subarray(0, cnt);
      sorted.set(ws.subarray(0, cnt));
      sorted.sort();
      threshold = sorted[cnt - limit]!;
    }
    const mark = this.mark;
    if (this.cand.length < this.slots.length) this.cand = new Int32Array(this.slots.length);
    const touched = this.cand;
    let nt = 0;
    let taken = 0;
    // Features above the threshold, then those at it in the article's key order (not by feature id, which follows
    // the index's history) up to the limit.
    if (threshold !== -Infinity) this.tiedInKeyOrder(e, cnt, threshold);
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < cnt; c++) {
        const w = ws[c]!;
        if (pass === 0 ? w <= threshold : w !== threshold || taken >= limit) continue;
        taken++;
        const fid = e.fids[ks[c]!]!;
        const posts = this.posts;
        for (let p = this.postAt[fid]!, end = p + this.postLen[fid]!; p < end; p++) {
          const o = posts[p]!;
          if (o === e.slot || mark[o]) continue;
          mark[o] = 1;
          touched[nt++] = o;
        }
      }
      if (threshold === -Infinity) break;
    }
    for (let t = 0; t < nt; t++) mark[touched[t]!] = 0;
    return nt;
  }

  /**
   * Puts candidateSlots' features tied at the cut (weight `threshold`) in the article's key order, in the places
   * they hold among its `cnt` features (the others stay where they are).
   */
  private tiedInKeyOrder(e: Entry, cnt: number, threshold: number): void {
    const ks = this.scratchK,
      ws = this.scratchW,
      pos = e.pos;
    const tied: number[] = [];
    for (let c = 0; c < cnt; c++) if (ws[c] === threshold) tied.push(ks[c]!);
    if (tied.length < 2) return;
    tied.sort((a, b) => pos[a]! - pos[b]!);
    let t = 0;
    for (let c = 0; c < cnt; c++) if (ws[c] === threshold) ks[c] = tied[t++]!;
  }

  /** Similarities of one indexed article to its candidates, those at or above the floor. */
  private similaritiesOf(e: Entry, unknown?: Entry[]): [Entry, number][] {
    const out: [Entry, number][] = [];
    const n = this.candidateSlots(e),
      cands = this.cand;
    this.scatter(e, this.maxDf());
    for (let c = 0; c < n; c++) {
      const other = this.slots[cands[c]!]!;
      if (!this.datesFit(e, other)) continue;
      if (this.actVeto(e, other)) {
        // As in cluster(): a pair the act gate alone stops, and that would be a link, is unknown.
        if (unknown && !occasionsConflict(e, other))
          if (this.cosine(e, other, this.gather(other)) >= this.floor) unknown.push(other);
        continue;
      }
      const dot = this.gather(other);
      const s = this.score(e, other, dot, this.floor, this.gatherShares);
      if (s >= this.floor) out.push([other, s]);
    }
    this.clear(e);
    return out;
  }

  /** The articles most similar to `path` (related coverage), best first, with reasons. */
  related(path: string, limit = 10): Related[] {
    const e = this.docs.get(path);
    if (!e) return [];
    const top = this.similaritiesOf(e)
      .sort((a, b) => b[1] - a[1] || byPath(a[0], b[0]))
      .slice(0, limit);
    // The reasons against each of the top articles read the same things of `e` (its actors' names, its opening):
    // made once for all of them (sameEntry), not once per other.
    this.sameEntry = { e, actors: null, opening: null };
    try {
      return top.map(([o, score]) => ({ path: o.path, score, reasons: this.reasonsOf(path, [o.path]) }));
    } finally {
      this.sameEntry = null;
    }
  }

  /**
   * While related() gives the reasons of one article against several others: that article's actor names, ids and
   * mentions (reasonsOfShared) and its opening's names (openingNames), made by the first and read by the rest.
   * Null otherwise (and so in a snapshot).
   */
  private sameEntry: {
    e: Entry;
    actors: { names: string[]; ids: string[]; mentions: number[] } | null;
    opening: string[] | null;
  } | null = null;

  /** The shown forms of an entry's features, by key order (resolved: no back-references, '' = derived). */
  private shownOf(e: Entry): string[] {
    const s = e.shown ? e.shown.split(SHOWN_SEP) : [];
    for (let k = 0; k < s.length; k++) if (s[k] === SAME_AS_BEFORE) s[k] = k > 0 ? s[k - 1]! : '';
    if (e.extraShown) {
      for (let k = s.length; k < e.nBase; k++) s.push('');
      s.length = e.nBase;
      s.push(...e.extraShown);
    }
    return s;
  }

  /**
   * Whether a feature of e is in e's opening and in that of one of the peers that leads with the same act (where that
   * occasion took place; a compound occasion's other acts may be elsewhere): their lead twins meet.
   */
  private inOpenings(e: Entry, peers: readonly Entry[], fid: number): boolean {
    const twin = this.fLeadTwin[fid]!;
    return (
      twin >= 0 && e.act !== null && hasFeature(e, twin) && peers.some((o) => o.act === e.act && hasFeature(o, twin))
    );
  }

  /** The names of the entries' actors ("a:" features), as each writes them: the forms reasons choose a name's dictionary form from. */
  private actorNamesOf(entries: readonly Entry[]): string[] {
    const out: string[] = [];
    for (const x of entries) {
      let names = this.actorNameCache.get(x);
      if (names === undefined) {
        // The stored forms at the actor features' key places, cut out of `shown` in one pass (not all of it split).
        const at: number[] = [];
        for (let k = 0; k < x.fids.length; k++) if (this.fKind[x.fids[k]!] === this.actorKind) at.push(x.pos[k]!);
        at.sort((a, b) => a - b);
        const made: string[] = [];
        const s = x.shown ?? '';
        let p = 0,
          from = 0;
        for (const want of at) {
          if (x.extraShown && want >= x.nBase) {
            const name = x.extraShown[want - x.nBase];
            if (name) made.push(name);
            continue;
          }
          while (p < want && from >= 0) {
            const sep = s.indexOf(SHOWN_SEP, from);
            from = sep < 0 ? -1 : sep + 1;
            p++;
          }
          if (from < 0 || !s) break;
          const end = s.indexOf(SHOWN_SEP, from);
          const name = s.slice(from, end < 0 ? s.length : end);
          if (name && name !== SAME_AS_BEFORE) made.push(name);
        }
        this.actorNameCache.set(x, (names = made));
      }
      for (const n of names) out.push(n);
    }
    return out;
  }

  /**
   * Each entry's actor names (actorNamesOf), made once: every member's reasons read those of all the others. Keyed by
   * the entry, which put() makes anew for a changed article (its actor features never change in place).
   */
  private readonly actorNameCache = new WeakMap<Entry, readonly string[]>();

  /** The name words in the openings of e and of each of the peers that leads with the same act, made as they are read. */
  private *openings(e: Entry, peers: readonly Entry[]): Generator<string[]> {
    yield this.openingNames(e);
    for (const o of peers) if (o.act === e.act) yield this.openingNames(o);
  }

  /** The shown forms of the name keys ("n:") in an entry's opening: those whose lead twin it has (reasons' places). */
  private openingNames(x: Entry): string[] {
    const same = this.sameEntry?.e === x ? this.sameEntry : null;
    if (same?.opening) return same.opening;
    const out: string[] = [];
    let stored: string[] | null = null;
    for (let k = 0; k < x.fids.length; k++) {
      const f = x.fids[k]!;
      if (this.fKind[f] !== this.nameKind) continue;
      const t = this.fLeadTwin[f]!;
      if (t < 0 || !hasFeature(x, t)) continue;
      stored ??= this.shownOf(x);
      out.push(stored[x.pos[k]!] || derivedShown(this.fKey[f]!));
    }
    if (same) same.opening = out;
    return out;
  }

  /**
   * Finds where each of e's stored shown forms starts in its `shown` (SHOWN_SEP-joined), for shownAt: only the forms
   * a reason shows are cut out of it.
   */
  private indexShown(e: Entry): void {
    const s = e.shown;
    if (s === this.shownIndexed) return;
    this.shownIndexed = s;
    let n = 0;
    if (s) {
      // At most one form per character, and the end.
      if (this.shownStarts.length < s.length + 2) this.shownStarts = new Int32Array(2 * s.length + 2);
      const starts = this.shownStarts;
      for (let at = 0; ;) {
        starts[n++] = at;
        const sep = s.indexOf(SHOWN_SEP, at);
        if (sep < 0) break;
        at = sep + 1;
      }
      starts[n] = s.length + 1;
    }
    this.shownCount = n;
  }

  /**
   * The shown form at key place p of the entry indexShown read last (back-references resolved; '' = derived from the
   * key; undefined past its forms): the fingerprint's forms for its nBase keys, then those of the added terms.
   */
  private shownAt(e: Entry, p: number): string | undefined {
    if (e.extraShown && p >= e.nBase) return e.extraShown[p - e.nBase];
    if (p >= this.shownCount) return e.extraShown ? '' : undefined;
    const s = e.shown,
      starts = this.shownStarts;
    // A back-reference (SAME_AS_BEFORE) is the form before it; the first one, none.
    while (p >= 0 && starts[p + 1]! - starts[p]! === 2 && s.charCodeAt(starts[p]!) === SAME_AS_BEFORE_CODE) p--;
    return p < 0 ? '' : s.slice(starts[p]!, starts[p + 1]! - 1);
  }

  /** What `path` shares with `others`, in English ("also names Talia Brenmark and Ellsby"): reasonsOf in words. */
  reasons(path: string, others: string[]): string[] {
    return reasonTexts(this.reasonsOf(path, others));
  }

  /** What `path` shares with `others`, as reasons (reasons.ts), strongest first. */
  reasonsOf(path: string, others: string[]): Reason[] {
    const e = this.docs.get(path);
    if (!e) return [];
    // Per feature of e: weight(f, count) × weight(f, other count), summed exactly (TERM_BITS) over the others, so
    // that the order of the others does not matter; ties in e's key order.
    const nf = e.fids.length;
    const contrib = new Float64Array(nf);
    // 1: shared; 2: besides, a name key both mark as a recognised actor's name (only those are shown as names).
    const shared = new Uint8Array(nf);
    for (const o of others) {
      const eo = this.docs.get(o);
      if (!eo || o === path) continue;
      const fa = e.fids,
        fb = eo.fids;
      let i = 0,
        j = 0;
      while (i < fa.length && j < fb.length) {
        const x = fa[i]!,
          y = fb[j]!;
        if (x < y) i++;
        else if (x > y) j++;
        else {
          const kind = this.fKind[x]!;
          if (this.kinds.group[kind]! >= 0) {
            const fw = this.kinds.weight[kind]!,
              idf = Math.max(0, this.idf(x));
            contrib[i] = contrib[i]! + Math.round(e.tfs[i]! * fw * idf * (eo.tfs[j]! * fw * idf) * TERM_SCALE);
            if (kind !== this.nameKind) shared[i] = 1;
            else if (isName(e, i) && isName(eo, j)) shared[i] = 2;
            else shared[i] ||= 1;
          }
          i++;
          j++;
        }
      }
    }
    return this.reasonsOfShared(e, others, contrib, shared);
  }

  /**
   * What each of an event's members shares with all the others, as reasonsOf finds it, from the members' features
   * counted once (SharedCounts) instead of every pair of members compared: the same sums, exact.
   */
  private reasonsWithAll(e: Entry, others: string[], counts: SharedCounts): Reason[] {
    const nf = e.fids.length;
    const contrib = new Float64Array(nf);
    const shared = new Uint8Array(nf);
    for (let i = 0; i < nf; i++) {
      const x = e.fids[i]!;
      const c = counts.get(x);
      // c[0]: members with the feature; c[1]: those of them that mark it as a name; then tf and members with it.
      if (c === undefined || c[0]! < 2) continue;
      const kind = this.fKind[x]!;
      const fw = this.kinds.weight[kind]!,
        idf = Math.max(0, this.idf(x));
      const tf = e.tfs[i]!;
      let sum = 0;
      for (let k = 2; k < c.length; k += 2) {
        const v = c[k]!,
          n = c[k + 1]! - (v === tf ? 1 : 0);
        if (n > 0) sum += n * Math.round(tf * fw * idf * (v * fw * idf) * TERM_SCALE);
      }
      contrib[i] = sum;
      if (kind !== this.nameKind) shared[i] = 1;
      // A name key both mark: e does (and is counted in c[1]) and one of the others does.
      else shared[i] = c[1]! > 1 && isName(e, i) ? 2 : 1;
    }
    return this.reasonsOfShared(e, others, contrib, shared);
  }

  /** The members' shown features (those of a reason group), counted for reasonsWithAll. */
  private sharedCounts(entries: readonly Entry[]): SharedCounts {
    const counts: SharedCounts = new Map();
    for (const e of entries)
      for (let i = 0; i < e.fids.length; i++) {
        const x = e.fids[i]!;
        const kind = this.fKind[x]!;
        if (this.kinds.group[kind]! < 0) continue;
        let c = counts.get(x);
        if (c === undefined) counts.set(x, (c = [0, 0]));
        c[0] = c[0]! + 1;
        if (kind === this.nameKind && isName(e, i)) c[1] = c[1]! + 1;
        const tf = e.tfs[i]!;
        let k = 2;
        while (k < c.length && c[k] !== tf) k += 2;
        if (k < c.length) c[k + 1] = c[k + 1]! + 1;
        else c.push(tf, 1);
      }
    return counts;
  }

  /** reasonsOf from what e shares: the summed terms and the shared marks of its features. */
  private reasonsOfShared(e: Entry, others: string[], contrib: Float64Array, shared: Uint8Array): Reason[] {
    const nf = e.fids.length;
    // The shared features strongest first (ties in key order); of the word stems ("w:", often half of them, and
    // shown only when nothing else explains the join) only the strongest few, picked without sorting them all.
    const ranked: number[] = [];
    const stems: number[] = [];
    for (let k = 0; k < nf; k++) if (shared[k]) (isStemKey(this.fKey[e.fids[k]!]!) ? stems : ranked).push(k);
    const pos = e.pos;
    const stronger = (a: number, b: number) => contrib[b]! - contrib[a]! || pos[a]! - pos[b]!;
    ranked.sort(stronger);
    const topStems = strongest(stems, MAX_STEMS, stronger);
    const any = ranked.length > 0 || topStems.length > 0;
    if (any) this.indexShown(e);
    const shownOf = (k: number) => this.shownAt(e, e.pos[k]!) || derivedShown(this.fKey[e.fids[k]!]!);
    const same = this.sameEntry?.e === e ? this.sameEntry : null;
    let actorNames: string[] = [];
    let actorIds: string[] = [];
    let actorMentions: number[] = [];
    if (any && same?.actors) ({ names: actorNames, ids: actorIds, mentions: actorMentions } = same.actors);
    else if (any) {
      for (let k = 0; k < nf; k++)
        if (this.fKind[e.fids[k]!] === this.actorKind) {
          actorNames.push(shownOf(k));
          actorIds.push(this.fKey[e.fids[k]!]!.slice(2));
          actorMentions.push(e.tfs[k]!);
        }
      if (same) same.actors = { names: actorNames, ids: actorIds, mentions: actorMentions };
    }
    const peers = others.map((o) => this.docs.get(o)).filter((o): o is Entry => o !== undefined && o !== e);
    const features: SharedFeature[] = [];
    const words: SharedFeature[] = [];
    for (const k of ranked) {
      const fid = e.fids[k]!;
      features.push({
        key: this.fKey[fid]!,
        group: this.kinds.group[this.fKind[fid]!]!,
        marked: shared[k] === 2,
        at: k,
      });
    }
    for (const k of topStems) {
      const fid = e.fids[k]!;
      words.push({ key: this.fKey[fid]!, group: this.kinds.group[this.fKind[fid]!]!, marked: shared[k] === 2, at: k });
    }
    return reasonsFrom({
      ranked: features,
      words,
      shown: (f) => shownOf(f.at),
      actorNames,
      actorIds,
      actorMentions,
      peerNames: () => this.actorNamesOf(peers),
      lead: (f) => this.inOpenings(e, peers, e.fids[f.at]!),
      openings: () => this.openings(e, peers),
      named: (name) => {
        // Short words ("US", "EU", "DB") are not keyed at a sentence's start: a name of such words counts as named.
        const words = capitalWords(name).filter((w) => w.length > 3);
        if (!words.length) return true;
        for (const w of words)
          for (const key of storyKeys(w)) {
            const fid = this.knownFeature(key);
            if (fid >= 0 && hasFeature(e, fid)) return true;
          }
        return false;
      },
      act: e.act,
      whenIso: e.whenIso,
      peers,
    });
  }

  /**
   * cluster()'s screen: an upper bound of the dot products of one article with all others. The terms of the
   * features in 2 to pruneDf articles are summed exactly (through postings of the packed features by article
   * index, with their tf); the rest, the common features (low IDF, few per article, but in most pairs and most of
   * the work), is bounded by Cauchy-Schwarz, the product of the two articles' lengths over their common features.
   * All terms are ≥ 0. Only the bound is read, never its value as a similarity: the dot product of a pair that
   * passes is computed as before, in the same order, so that the screen changes no result.
   */
  private screen(
    entries: readonly Entry[],
    start: Int32Array,
    pf: Int32Array,
    pt: Float64Array,
    maxDf: number,
  ): PairScreen {
    const n = entries.length,
      df = this.fDf,
      rare = Math.min(this.pruneDf, maxDf);
    // Postings of the rare features: article index and tf, by feature (offsets by feature id).
    const nf = this.fKey.length;
    const off = rareOffsets(nf, start[n]!, pf, df, rare);
    const idx = new Int32Array(off[nf]!),
      tf = new Float64Array(off[nf]!);
    const commonLen = this.rarePostings(n, start, pf, pt, rare, off, idx, tf);
    const acc = new Float64Array(n);
    // Per rare feature, the place of the next article in its postings (articles come in index order): the
    // article being screened, whose later articles follow it.
    const next = off.slice(0, nf);
    return {
      /** Sums article i's rare terms (its weights, scattered in `d`) into every later article that shares them. */
      accumulate(i: number, d: Float64Array): void {
        for (let k = start[i]!; k < start[i + 1]!; k++) {
          const fid = pf[k]!;
          if (df[fid]! > rare) continue;
          const w = d[fid]!;
          for (let p = next[fid]! + 1, end = off[fid + 1]!; p < end; p++) {
            const j = idx[p]!;
            acc[j] = acc[j]! + w * tf[p]!;
          }
        }
      },
      /** The bound of the dot product of articles i (accumulated) and a later article j. */
      bound(i: number, j: number): number {
        return acc[j]! + commonLen[i]! * commonLen[j]!;
      },
      /** Clears article i's sums (its accumulate) and moves past it: the next article to screen follows it. */
      clear(i: number): void {
        for (let k = start[i]!; k < start[i + 1]!; k++) {
          const fid = pf[k]!;
          if (df[fid]! > rare) continue;
          const at = next[fid]!++;
          for (let p = at + 1, end = off[fid + 1]!; p < end; p++) acc[idx[p]!] = 0;
        }
      },
    };
  }

  /**
   * The screen's postings of the rare features (in at most `rare` articles): article index and tf from `off[fid]` on;
   * returns each article's length over its common features (weight × IDF × tf).
   */
  private rarePostings(
    n: number,
    start: Int32Array,
    pf: Int32Array,
    pt: Float64Array,
    rare: number,
    off: Int32Array,
    idx: Int32Array,
    tf: Float64Array,
  ): Float64Array {
    const df = this.fDf;
    const commonLen = new Float64Array(n);
    const fill = off.slice(0, off.length - 1);
    for (let i = 0; i < n; i++) {
      let c2 = 0;
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const fid = pf[k]!;
        if (df[fid]! <= rare) {
          const at = fill[fid]!++;
          idx[at] = i;
          tf[at] = pt[k]!;
        } else {
          const x = pt[k]! * this.idfWeight(fid);
          c2 += x * x;
        }
      }
      commonLen[i] = Math.sqrt(c2);
    }
    return commonLen;
  }

  /**
   * Re-groups every indexed article from scratch: greedy average-link clustering over the candidate
   * pairs, strongest first, with the date and ordinal gates applied to every pair across two groups. A pair that
   * only the act gate stops (it leads with another act, and nothing conflicts: no other place, year or weekday) but
   * that would be a link is unknown, left out of the mean across two groups rather than counted as 0: an undated
   * short report leading with another act of one occasion is not outweighed by the members that lead with the
   * other act (groupsFit still asks a pair across the groups to bridge the acts).
   * Each phase is a method of its own and the pair loop's body is one per article (linkArticle), so that the
   * JIT compiles small functions once, with their type feedback, instead of one long function again and again
   * as its loops are replaced on the stack and each new part deoptimises it (that compiling took more CPU
   * than the grouping).
   */
  cluster(): void {
    // Articles by path: merges of equal strength and the sums of similarities follow it, not the order of arrival.
    const entries = [...this.docs.values()].sort(byPath);
    // Norms are computed afresh (a cached one may date from a smaller corpus): the result is the batch
    // result whatever the index's history.
    for (const e of entries) {
      e.normN = -1;
      e.cross = null;
    }
    const n = entries.length;
    const idOfSlot = new Int32Array(this.slots.length);
    for (let i = 0; i < n; i++) idOfSlot[entries[i]!.slot] = i;
    const maxDf = this.maxDf();
    // The features that can be shared (in 2 to maxDf articles), per article, packed in one pair of arrays:
    // the dot products read only these (the others add exact zeros).
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i]! + this.shareableCount(entries[i]!, maxDf);
    const pf = new Int32Array(start[n]!),
      pt = new Float64Array(start[n]!);
    for (let i = 0; i < n; i++) this.packShareable(entries[i]!, maxDf, pf, pt, start[i]!);
    const screen = this.pruneDf > 0 && this.floor > 0 ? this.screen(entries, start, pf, pt, maxDf) : null;
    // Same-language norms by article index (every article's, so that the screen reads no entry), languages numbered.
    const norm = new Float64Array(n),
      lang = new Int32Array(n),
      langs = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      norm[i] = this.normOf(e, e.language);
      let l = langs.get(e.language);
      if (l === undefined) langs.set(e.language, (l = langs.size));
      lang[i] = l;
    }
    // The candidates of every article (article indexes, ascending), and per article the later articles whose
    // candidates hold it: each pair is scored once, by its earlier article, which sees only later ones.
    const { candAt, cands, laterAt, later } = this.candidateLists(entries, idOfSlot);
    const occ = this.occasionFlags();
    // Average-link agglomerative clustering over the sparse candidate graph: clusters are numbered by
    // their first member; adj holds, per pair of clusters, the sum of their members' similarities (a Map
    // only for an article with a link).
    const pass: ClusterPass = {
      entries,
      start,
      pf,
      pt,
      screen,
      norm,
      lang,
      maxDf,
      candAt,
      cands,
      laterAt,
      later,
      occ,
      links: new LinkList(),
      unknown: new LinkList(),
      bridges: new LinkList(),
      actOnly: false,
      pairs: 0,
      pruned: 0,
    };
    for (let i = 0; i < n; i++) this.linkArticle(pass, i);
    const adj = pass.links.adjacency(n);
    const unk = pass.unknown.adjacency(n);
    const brg = pass.bridges.adjacency(n);
    for (let i = 0; i < n; i++) entries[i]!.bridge = brg[i]!.size > 0;
    this.lastCluster = { pairs: pass.pairs, pruned: pass.pruned, links: pass.links.size };
    const members = this.mergeLinked(entries, adj, unk, brg);
    this.groups.clear();
    this.nextEvent = 1;
    for (const m of members) {
      if (!m) continue;
      const ev = this.nextEvent++;
      for (const e of m) this.assign(e, ev);
    }
  }

  /**
   * Per feature id, 1 where the feature is one sharesOccasion counts (not a circumstance, of weight > 0 at the
   * current corpus): the dot products of cluster() note whether a pair shares one, and only a pair that shares none
   * among its shareable features walks its whole lists in sharesOccasion.
   */
  private occasionFlags(): Uint8Array {
    const nf = this.fKey.length,
      flags = this.kinds.flags,
      kind = this.fKind,
      df = this.fDf;
    const occ = new Uint8Array(nf);
    for (let fid = 0; fid < nf; fid++)
      if (df[fid]! >= 2 && (flags[kind[fid]!]! & F_CIRCUMSTANCE) === 0 && this.idfWeight(fid) > 0) occ[fid] = 1;
    return occ;
  }

  /** How many of e's features can be shared (in 2 to maxDf articles). */
  private shareableCount(e: Entry, maxDf: number): number {
    const f = e.fids,
      df = this.fDf;
    let all = 0;
    for (let k = 0; k < f.length; k++) if (df[f[k]!]! >= 2 && df[f[k]!]! <= maxDf) all++;
    return all;
  }

  /** Writes e's shareable features and their tf from `at` on. */
  private packShareable(e: Entry, maxDf: number, pf: Int32Array, pt: Float64Array, at: number): void {
    const { fids: f, tfs: t } = e,
      df = this.fDf;
    for (let k = 0; k < f.length; k++)
      if (df[f[k]!]! >= 2 && df[f[k]!]! <= maxDf) {
        pf[at] = f[k]!;
        pt[at++] = t[k]!;
      }
  }

  /**
   * Every article's candidates (candidateSlots) as article indexes, ascending (`cands` from `candAt[i]`), and per
   * article the later articles whose candidates hold it (`later` from `laterAt[i]`, ascending).
   */
  private candidateLists(
    entries: readonly Entry[],
    idOfSlot: Int32Array,
  ): { candAt: Int32Array; cands: Int32Array; laterAt: Int32Array; later: Int32Array } {
    const n = entries.length;
    const candAt = new Int32Array(n + 1);
    const cands = this.allCandidates(entries, idOfSlot, candAt);
    // Each loop in a method of its own (as in flushPosts).
    const laterAt = laterCounts(n, candAt, cands);
    return { candAt, cands, laterAt, later: laterLists(n, candAt, cands, laterAt) };
  }

  /** Every article's candidates as article indexes, ascending, from `candAt[i]` (written here). */
  private allCandidates(entries: readonly Entry[], idOfSlot: Int32Array, candAt: Int32Array): Int32Array {
    const n = entries.length;
    let cands = new Int32Array(Math.max(1024, n * 64));
    for (let i = 0; i < n; i++) {
      const nc = this.candidateSlots(entries[i]!),
        slots = this.cand,
        at = candAt[i]!;
      if (at + nc > cands.length) {
        const grown = new Int32Array(Math.max(2 * cands.length, at + nc));
        grown.set(cands.subarray(0, at));
        cands = grown;
      }
      for (let c = 0; c < nc; c++) cands[at + c] = idOfSlot[slots[c]!]!;
      cands.subarray(at, at + nc).sort();
      candAt[i + 1] = at + nc;
    }
    return cands;
  }

  /**
   * cluster()'s pairs of article i with later articles: those among its candidates, and those whose candidates hold
   * it; each scored as before this pass scored every pair once (the links and their order are as they were): a pair
   * (i, j) that i's candidates hold was scored from i (i scattered, j gathered), one only j's candidates hold from j,
   * and a link is listed at the article that scored it (LinkList).
   */
  private linkArticle(p: ClusterPass, i: number): void {
    const { entries, screen, candAt, cands, laterAt, later } = p;
    const e = entries[i]!;
    this.scatter(e, p.maxDf);
    screen?.accumulate(i, this.dense);
    // The later candidates of i, merged with the later articles whose candidates hold i.
    let c = candAt[i]!;
    const cEnd = candAt[i + 1]!;
    while (c < cEnd && cands[c]! <= i) c++;
    let l = laterAt[i]!;
    const lEnd = laterAt[i + 1]!;
    while (c < cEnd || l < lEnd) {
      const cj = c < cEnd ? cands[c]! : 0x7fffffff,
        lj = l < lEnd ? later[l]! : 0x7fffffff;
      const j = cj <= lj ? cj : lj;
      if (cj === j) c++;
      if (lj === j) l++;
      p.pairs++;
      if (cj === j) this.scoreFrom(p, i, j);
      else this.scoreTo(p, i, j);
    }
    screen?.clear(i);
    this.clear(e);
  }

  /**
   * Whether the pair (i, j) is left unscored, e scored against o (o the article whose features are gathered, at
   * index oAt): pruned by the screen's bound, or stopped by the date and act gates. The gates and the screen only
   * skip pairs, so their order is free: the screen goes first for a pair in one language (it reads arrays only),
   * after the gates across languages (whose norms they cache).
   */
  private skipped(p: ClusterPass, i: number, j: number, e: Entry, o: Entry, oAt: number): boolean {
    const { start, screen, norm, lang } = p;
    const floor = this.floor;
    const same = lang[i] === lang[j];
    if (screen && same && screenLow(screen.bound(i, j) + slack(start, oAt), norm[i]! * norm[j]!, floor)) {
      p.pruned++;
      return true;
    }
    p.actOnly = false;
    if (!this.datesFit(e, o)) return true;
    // A pair the act gate alone stops (no explicit conflict of place, year or weekday) is scored all the same: one
    // that would be a link is unknown in the mean across two groups (scoreFrom, scoreTo), not 0.
    if (this.actVeto(e, o)) {
      if (occasionsConflict(e, o)) return true;
      p.actOnly = true;
    }
    if (
      screen &&
      !same &&
      screenLow(screen.bound(i, j) + slack(start, oAt), this.normOf(e, o.language) * this.normOf(o, e.language), floor)
    ) {
      p.pruned++;
      return true;
    }
    return false;
  }

  /**
   * A pair that article i's candidates hold: the similarity of i (scattered) with j (gathered over its shareable
   * features). A pair whose bound is below the floor (with a margin far above rounding) cannot reach it: its dot
   * product is not computed (`skipped`).
   */
  private scoreFrom(p: ClusterPass, i: number, j: number): void {
    const { entries, start, pf, pt } = p;
    const floor = this.floor;
    const e = entries[i]!,
      o = entries[j]!;
    if (this.skipped(p, i, j, e, o, j)) return;
    const d = this.dense,
      bits = this.denseBits,
      occ = p.occ;
    let dot = 0,
      shares = 0;
    for (let k = start[j]!, end = start[j + 1]!; k < end; k++) {
      const fid = pf[k]!;
      if ((bits[fid >>> 5]! >>> (fid & 31)) & 1) {
        dot += Math.round(d[fid]! * pt[k]! * TERM_SCALE);
        shares |= occ[fid]!;
      }
    }
    if (p.actOnly) {
      if (this.cosine(e, o, dot * TERM_UNIT) >= floor) p.unknown.add(i, j, 1);
      return;
    }
    const s = this.score(e, o, dot * TERM_UNIT, floor, shares !== 0);
    if (s >= floor) {
      p.links.add(i, j, s);
      if (s < this.threshold && this.bridged(e, o)) p.bridges.add(i, j, 1);
    }
  }

  /**
   * A pair that only the later article j's candidates hold: scored as from j (j's weights against i's tf, the
   * gates and the score with j first), its dot product a merge of the two articles' shareable features.
   */
  private scoreTo(p: ClusterPass, i: number, j: number): void {
    const { entries, start, pf, pt } = p;
    const floor = this.floor;
    const e = entries[j]!,
      o = entries[i]!;
    if (this.skipped(p, i, j, e, o, i)) return;
    // The terms as scatter(j) and gather(i) make them: ((tf_j × w) × w) × tf_i, w the feature's weight × IDF.
    const iw = this.iwValue,
      occ = p.occ;
    let dot = 0,
      shares = 0;
    let a = start[i]!,
      b = start[j]!;
    const aEnd = start[i + 1]!,
      bEnd = start[j + 1]!;
    while (a < aEnd && b < bEnd) {
      const fa = pf[a]!,
        fb = pf[b]!;
      if (fa < fb) a++;
      else if (fa > fb) b++;
      else {
        const w = iw[fa]!;
        dot += Math.round(pt[b]! * w * w * pt[a]! * TERM_SCALE);
        shares |= occ[fa]!;
        a++;
        b++;
      }
    }
    if (p.actOnly) {
      if (this.cosine(e, o, dot * TERM_UNIT) >= floor) p.unknown.add(j, i, 1);
      return;
    }
    const s = this.score(e, o, dot * TERM_UNIT, floor, shares !== 0);
    if (s >= floor) {
      p.links.add(j, i, s);
      if (s < this.threshold && this.bridged(e, o)) p.bridges.add(j, i, 1);
    }
  }

  /**
   * The merges of cluster(): a heap (lazy: stale entries are skipped by version) yields the best-linked pair of
   * clusters next; the members of each cluster left (null where merged into another).
   */
  private mergeLinked(
    entries: readonly Entry[],
    adj: Map<number, number>[],
    unk: Map<number, number>[],
    brg: Map<number, number>[],
  ): (Entry[] | null)[] {
    const members: (Entry[] | null)[] = entries.map((e) => [e]);
    const version = new Int32Array(entries.length);
    const heap = new MaxHeap();
    const push = (i: number, j: number) => {
      const sum = adj[i]!.get(j) ?? 0;
      let mean = sum / (members[i]!.length * members[j]!.length - (unk[i]!.get(j) ?? 0));
      // A link across the two groups that is one occasion by what the two share besides words (bridged) joins them,
      // after the groups their words join.
      if (mean < this.threshold && brg[i]!.has(j)) mean = this.threshold;
      if (mean >= this.threshold) heap.push(mean, i, j, version[i]!, version[j]!);
    };
    for (let i = 0; i < entries.length; i++)
      adj[i]!.forEach((_, j) => {
        if (j > i) push(i, j);
      });
    while (heap.pop()) {
      const a = heap.topA,
        b = heap.topB,
        va = heap.topVa,
        vb = heap.topVb;
      if (!members[a] || !members[b] || version[a] !== va || version[b] !== vb) continue;
      // Complete-link gates: no pair across the two clusters may be date-incompatible, or disagree on
      // whether the act is a first occurrence or a repetition.
      if (!this.groupsFit(members[a]!, members[b]!)) continue;
      const [keep, drop] = a < b ? [a, b] : [b, a];
      members[keep]!.push(...members[drop]!);
      members[drop] = null;
      version[keep]!++;
      // forEach, not for-of: no iterator result per link (the maps changed inside are others).
      const kept = adj[keep]!;
      adj[drop]!.forEach((v, k) => {
        adj[k]!.delete(drop);
        if (k === keep) return;
        const sum = (kept.get(k) ?? 0) + v;
        kept.set(k, sum);
        adj[k]!.set(keep, sum);
      });
      adj[drop]!.clear();
      kept.delete(drop);
      const du = unk[drop]!;
      if (du.size) {
        let ku = unk[keep]!;
        if (ku === NO_LINKS) unk[keep] = ku = new Map();
        du.forEach((v, k) => {
          unk[k]!.delete(drop);
          if (k === keep) return;
          const c = (ku.get(k) ?? 0) + v;
          ku.set(k, c);
          link(unk, k, keep, c);
        });
        du.clear();
      }
      unk[keep]!.delete(drop);
      mergeCounts(brg, keep, drop);
      kept.forEach((_, k) => push(keep, k));
    }
    return members;
  }

  private eventFor(ev: number, memberSet: Set<string>): CoverageEvent {
    // Members by path (as the CLI lists a folder), not by arrival: an event reads the same however the index grew.
    const members = [...memberSet].sort();
    return { id: `e${ev}`, label: this.label(members), articles: members, reasons: this.memberReasons(members) };
  }

  /**
   * Why each member is in its event: what it shares with the others (the first `peers` of them), and, when members
   * lead with different acts, the occasion that joins them (they are one event only through a pair on the same
   * weekday or whose dates bridge them: groupsFit).
   */
  memberReasons(members: readonly string[], peers = Infinity): Record<string, Reason[]> {
    const reasons: Record<string, Reason[]> = {};
    const entries = members.map((m) => this.docs.get(m)).filter((x): x is Entry => x !== undefined);
    const acts = [...new Set(entries.map((x) => x.act).filter((a): a is string => a !== null))];
    const weekday = acts.length > 1 ? sharedWeekday(entries) : -1;
    // With all the others as peers, the members' features are counted once (the same reasons, without comparing
    // every pair of members).
    const counts = entries.length > 2 && peers >= members.length - 1 ? this.sharedCounts(entries) : null;
    for (const m of members) {
      let others = members.filter((x) => x !== m);
      if (others.length > peers) others = others.slice(0, peers);
      const e = counts && others.length === entries.length - 1 ? this.docs.get(m) : undefined;
      reasons[m] = !others.length
        ? [{ kind: 'alone' }]
        : e !== undefined
          ? this.reasonsWithAll(e, others, counts!)
          : this.reasonsOf(m, others);
      if (acts.length > 1 && others.length) reasons[m]!.push({ kind: 'compound', acts, weekday });
      const together = entries.length > 1 && this.docs.get(m)?.bridge === true ? this.togetherOf(m, entries) : null;
      if (together) reasons[m]!.push(together);
    }
    return reasons;
  }

  /**
   * Why each of `others` goes with the reader's article `path` (the related-coverage picker): what `path` shares with
   * that article alone (reasonsOf against it, in the words of the reader's article), not what that article shares
   * with its whole event, so that a reason never names a person, figure or day the reader's article does not give;
   * with the occasion that joins the two when they lead with different acts, and the bridge when a bridge of the two
   * decided. An article that shares nothing with `path` (in its event through a third) gets no reasons. Paths not
   * indexed, and `path` itself, are left out. The reader's article's names are read once for all (sameEntry, as in
   * related()).
   */
  pairReasons(path: string, others: readonly string[]): Record<string, Reason[]> {
    const out: Record<string, Reason[]> = {};
    const here = this.docs.get(path);
    if (!here) return out;
    this.sameEntry = { e: here, actors: null, opening: null };
    try {
      for (const p of others) {
        const o = this.docs.get(p);
        if (!o || o === here) continue;
        const reasons = this.reasonsOf(path, [p]);
        if (o.act !== null && here.act !== null && o.act !== here.act)
          reasons.push({ kind: 'compound', acts: [here.act, o.act], weekday: sharedWeekday([here, o]) });
        const together = here.bridge ? this.togetherOf(path, [o]) : null;
        if (together) reasons.push(together);
        out[p] = reasons;
      }
    } finally {
      this.sameEntry = null;
    }
    return out;
  }

  /** The current events' members (no reasons or labels). */
  memberSets(): Iterable<ReadonlySet<string>> {
    return this.groups.values();
  }

  /** The current events, members by path, events by their first member's path (not by the order of arrival). */
  events(): CoverageEvent[] {
    const first = (g: Set<string>) => {
      let o: string | null = null;
      for (const p of g) if (o === null || p < o) o = p;
      return o!;
    };
    return [...this.groups]
      .map(([ev, g]) => ({ ev, g, o: first(g) }))
      .sort((a, b) => (a.o < b.o ? -1 : a.o > b.o ? 1 : 0))
      .map(({ ev, g }) => this.eventFor(ev, g));
  }

  /** The event of one article, or null when it is not indexed. */
  eventOf(path: string): CoverageEvent | null {
    const e = this.docs.get(path);
    if (!e || !e.event) return null;
    const g = this.groups.get(e.event);
    return g ? this.eventFor(e.event, g) : null;
  }

  /**
   * The event's own date (eventDate): the members' times, each voted for by the members that have it as their
   * time or state it (a "d:" feature, a resolved date mention).
   */
  eventDateOf(paths: Iterable<string>): string | null {
    const es: Entry[] = [];
    for (const p of paths) {
      const e = this.docs.get(p);
      if (e) es.push(e);
    }
    // eventDate asks about each day for every member in turn: the day's feature is looked up once.
    let day0: string | null = null,
      fid = -1;
    return eventDate(
      es.map((e) => e.whenIso),
      (k, day) => {
        if (day !== day0) {
          day0 = day;
          fid = this.knownFeature(`d:${day}`);
        }
        return fid >= 0 && hasFeature(es[k]!, fid);
      },
    );
  }

  /** The id of a feature key the index has numbered, -1 for one it has not (numbers none). */
  private knownFeature(key: string): number {
    const h = fnv1a(key);
    const table = this.idTable,
      mask = (table.length >> 1) - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = table[2 * at + 1]!;
      if (id < 0) return -1;
      if (table[2 * at] === h && this.fKey[id] === key) return id;
    }
  }

  /** The headline of the most central member (the highest sum of similarities to the others), with the event's date and size. */
  private label(members: string[]): string {
    // The most central member among those with a title (a page's own headline says what happened; a lead's
    // first sentence is a fallback), centrality by summed similarity to the other members.
    const all = members.map((m) => this.docs.get(m)!).sort(byPath);
    const titled = all.filter((e) => e.titled);
    const pool = titled.length ? titled : all;
    // Ties (two members are equally central to each other) go to the first path, not the first to arrive: the
    // label does not depend on the order articles came in.
    let best = pool[0]!,
      bestScore = -1;
    for (const m of pool) if (m.path < best.path) best = m;
    if (members.length > 2 && pool.length > 1) {
      const es = all;
      for (const m of pool) {
        this.scatter(m, Infinity);
        let s = 0;
        for (const o of es)
          if (o !== m) {
            const dot = this.gather(o);
            s += this.score(m, o, dot, -Infinity, this.gatherShares);
          }
        this.clear(m);
        if (s > bestScore || (s === bestScore && m.path < best.path)) {
          best = m;
          bestScore = s;
        }
      }
    }
    const when = this.eventDateOf(members);
    const head = best.headline || best.path;
    const extra = [when, members.length > 1 ? `${members.length} articles` : null].filter(Boolean).join(', ');
    return extra ? `${head} (${extra})` : head;
  }
}

/** The stored shown forms of the added terms (`extra`, the terms record's keys), in their order ('' = derived). */
function extraShownOf(fp: EventFingerprint, extra: readonly string[]): string[] {
  const out: string[] = [];
  for (let x = 0; x < extra.length; x++) {
    const key = extra[x]!;
    let d = fp.display?.[key];
    if (d !== undefined && key.startsWith('q:')) d = d.replace(/^„|“$/g, '');
    out.push(d === undefined ? '' : storedShown(key, d));
  }
  return out;
}

/**
 * The features of an event's members, by feature id: how many members have it, how many of them mark it as a
 * recognised actor's name, then each tf and how many members have it with that tf.
 */
type SharedCounts = Map<number, number[]>;

/** Entries by path (code units, as the CLI sorts a folder): the order ties and sums follow, not the order of arrival. */
function byPath(a: Entry, b: Entry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Whether e's feature k, a name key, is a recognised actor's name in e (each one is when e's fingerprint marks none). */
function isName(e: Entry, k: number): boolean {
  const names = e.names;
  if (names === null) return true;
  const p = e.pos[k]!;
  let lo = 0,
    hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]! >= p) hi = mid;
    else lo = mid + 1;
  }
  return lo < names.length && names[lo] === p;
}

/** The run a feature's postings get when it must grow to hold n (n ≥ 1): the next power of two, as doubling makes it. */
function runFor(n: number): number {
  return n <= 1 ? 1 : 2 ** (32 - Math.clz32(n - 1));
}

/** The row of a put row's sort key (feature id × ROW_SHIFT + row): exact, without the slow floating-point remainder. */
function rowOf(key: number): number {
  return key - Math.floor(key / ROW_SHIFT) * ROW_SHIFT;
}

/** Whether an indexed article has a feature. */
function hasFeature(e: Entry, fid: number): boolean {
  return sortedIndexOf(e.fids, fid) >= 0;
}

/** The index of x in an ascending array, or -1. */
function sortedIndexOf(a: Int32Array, x: number): number {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo < a.length && a[lo] === x ? lo : -1;
}

/** cluster()'s screen: where each feature's rare postings start (offsets by feature id; nf + 1 of them). */
function rareOffsets(nf: number, total: number, pf: Int32Array, df: Int32Array, rare: number): Int32Array {
  const off = new Int32Array(nf + 1);
  for (let k = 0; k < total; k++) if (df[pf[k]!]! <= rare) off[pf[k]! + 1]!++;
  for (let f = 0; f < nf; f++) off[f + 1]! += off[f]!;
  return off;
}

/** Per article i, where its list of the later articles whose candidates hold it starts (from candidateLists' lists). */
function laterCounts(n: number, candAt: Int32Array, cands: Int32Array): Int32Array {
  const laterAt = new Int32Array(n + 1);
  for (let j = 0; j < n; j++)
    for (let c = candAt[j]!, end = candAt[j + 1]!; c < end && cands[c]! < j; c++) laterAt[cands[c]! + 1]!++;
  for (let i = 0; i < n; i++) laterAt[i + 1]! += laterAt[i]!;
  return laterAt;
}

/** The later articles whose candidates hold each article, ascending, from `laterAt[i]`. */
function laterLists(n: number, candAt: Int32Array, cands: Int32Array, laterAt: Int32Array): Int32Array {
  const later = new Int32Array(laterAt[n]!),
    fill = laterAt.slice(0, n);
  for (let j = 0; j < n; j++)
    for (let c = candAt[j]!, end = candAt[j + 1]!; c < end && cands[c]! < j; c++) later[fill[cands[c]!]!++] = j;
  return later;
}

/** cluster()'s state while it scores the candidate pairs. */
interface ClusterPass {
  entries: readonly Entry[];
  start: Int32Array;
  pf: Int32Array;
  pt: Float64Array;
  screen: PairScreen | null;
  norm: Float64Array;
  lang: Int32Array;
  maxDf: number;
  candAt: Int32Array;
  cands: Int32Array;
  laterAt: Int32Array;
  later: Int32Array;
  /** Per feature id, 1 where sharesOccasion counts the feature (EventIndex.occasionFlags). */
  occ: Uint8Array;
  links: LinkList;
  /** Pairs the act gate alone stops (unknown, not 0, in the mean across two groups). */
  unknown: LinkList;
  /** Links that are acts of one occasion by what they share besides words (EventIndex.bridged). */
  bridges: LinkList;
  /** Whether the pair being scored is stopped by the act gate alone. */
  actOnly: boolean;
  pairs: number;
  pruned: number;
}

/**
 * The links of cluster()'s pairs, each listed at the article that scored it (`from`, the other `to`), then given to
 * the adjacency maps in the order of a pass that scored each article's pairs in turn (from ascending, then to
 * ascending; each link into both maps, from's first): the maps' order of keys is as it always was, and the merges
 * of equal strength follow it.
 */
class LinkList {
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private sim = new Float64Array(1024);
  size = 0;

  add(from: number, to: number, s: number): void {
    if (this.size === this.from.length) {
      const n = this.size * 2;
      const f = new Int32Array(n),
        t = new Int32Array(n),
        x = new Float64Array(n);
      f.set(this.from);
      t.set(this.to);
      x.set(this.sim);
      this.from = f;
      this.to = t;
      this.sim = x;
    }
    this.from[this.size] = from;
    this.to[this.size] = to;
    this.sim[this.size++] = s;
  }

  /** The adjacency maps of n articles (NO_LINKS for an article without a link). */
  adjacency(n: number): Map<number, number>[] {
    // Each pair is scored once: (from, to) orders the links without ties.
    const key = new Float64Array(this.size);
    for (let k = 0; k < this.size; k++) key[k] = this.from[k]! * n + this.to[k]!;
    const order = Array.from({ length: this.size }, (_, k) => k).sort((x, y) => key[x]! - key[y]!);
    const adj = new Array<Map<number, number>>(n).fill(NO_LINKS);
    for (let x = 0; x < this.size; x++) {
      const k = order[x]!;
      const a = this.from[k]!,
        b = this.to[k]!,
        s = this.sim[k]!;
      link(adj, a, b, s);
      link(adj, b, a, s);
    }
    return adj;
  }
}

/** cluster()'s screen (EventIndex.screen). */
interface PairScreen {
  accumulate(i: number, d: Float64Array): void;
  bound(i: number, j: number): number;
  clear(i: number): void;
}

/** The links of an article without any (shared, never written: link() gives an article its own map first). */
const NO_LINKS: Map<number, number> = new Map();

/** Adds group `drop`'s counts to group `keep`'s in symmetric count maps (as the unknown pairs' in mergeLinked). */
function mergeCounts(maps: Map<number, number>[], keep: number, drop: number): void {
  const dm = maps[drop]!;
  if (dm.size) {
    dm.forEach((v, k) => {
      maps[k]!.delete(drop);
      if (k === keep) return;
      const c = (maps[keep]!.get(k) ?? 0) + v;
      link(maps, keep, k, c);
      link(maps, k, keep, c);
    });
    dm.clear();
  }
  maps[keep]!.delete(drop);
}

function link(adj: Map<number, number>[], i: number, j: number, s: number): void {
  let m = adj[i]!;
  if (m === NO_LINKS) adj[i] = m = new Map();
  m.set(j, s);
}

/** The most the rounding of j's dot product terms (TERM_BITS, half a unit each) can add to it. */
function slack(start: Int32Array, j: number): number {
  return (start[j + 1]! - start[j]!) * TERM_UNIT;
}

/** Whether a screen's bound cannot reach the floor (with a margin far above rounding). */
function screenLow(bound: number, normProduct: number, floor: number): boolean {
  return bound * (1 + 1e-9) < floor * (1 - 1e-9) * normProduct;
}

/** A binary max-heap of candidate merges: score, a, b, version of a, version of b (parallel typed arrays). */
class MaxHeap {
  private score = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private va = new Int32Array(1024);
  private vb = new Int32Array(1024);
  private n = 0;
  /** The last popped item (valid until the next pop). */
  topA = 0;
  topB = 0;
  topVa = 0;
  topVb = 0;

  push(score: number, a: number, b: number, va: number, vb: number): void {
    if (this.n === this.score.length) this.grow();
    const sc = this.score;
    let i = this.n++;
    // Sift up: the parents below the new item move down one level.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (sc[parent]! >= score) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, score, a, b, va, vb);
  }

  /** Removes the best item into topA/topB/topVa/topVb; false when the heap is empty. */
  pop(): boolean {
    if (!this.n) return false;
    this.topA = this.a[0]!;
    this.topB = this.b[0]!;
    this.topVa = this.va[0]!;
    this.topVb = this.vb[0]!;
    const last = --this.n;
    if (last > 0) {
      const sc = this.score,
        s = sc[last]!,
        a = this.a[last]!,
        b = this.b[last]!,
        va = this.va[last]!,
        vb = this.vb[last]!;
      // Sift the last item down from the root.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i,
          ms = s;
        if (l < last && sc[l]! > ms) {
          m = l;
          ms = sc[l]!;
        }
        if (r < last && sc[r]! > ms) m = r;
        if (m === i) break;
        this.move(m, i);
        i = m;
      }
      this.set(i, s, a, b, va, vb);
    }
    return true;
  }

  private set(i: number, score: number, a: number, b: number, va: number, vb: number): void {
    this.score[i] = score;
    this.a[i] = a;
    this.b[i] = b;
    this.va[i] = va;
    this.vb[i] = vb;
  }

  private move(from: number, to: number): void {
    this.score[to] = this.score[from]!;
    this.a[to] = this.a[from]!;
    this.b[to] = this.b[from]!;
    this.va[to] = this.va[from]!;
    this.vb[to] = this.vb[from]!;
  }

  private grow(): void {
    const n = this.score.length * 2;
    const score = new Float64Array(n),
      a = new Int32Array(n),
      b = new Int32Array(n),
      va = new Int32Array(n),
      vb = new Int32Array(n);
    score.set(this.score);
    a.set(this.a);
    b.set(this.b);
    va.set(this.va);
    vb.set(this.vb);
    this.score = score;
    this.a = a;
    this.b = b;
    this.va = va;
    this.vb = vb;
  }
}

/**
 * The weekday that joins the acts of a compound occasion: one that two members leading with different acts both
 * name, and each at most two (as oneOccasion reads them); -1 when their acts are joined by their dates instead.
 */
function sharedWeekday(entries: readonly Entry[]): number {
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!,
        b = entries[j]!;
      if (a.act === b.act || !sameDay(a, b)) continue;
      const both = a.weekdays & b.weekdays;
      if (both) return 31 - Math.clz32(both & -both);
    }
  return -1;
}

/**
 * storyKeysOfWord, kept (at most STORY_KEYS_KEPT words, then the cache starts again): every member's reasons ask it
 * of the same names. A function of its key only, so it changes speed, never results.
 */
function storyKeys(word: string): readonly string[] {
  let keys = STORY_KEYS.get(word);
  if (keys === undefined) {
    keys = storyKeysOfWord(word);
    if (STORY_KEYS.size >= STORY_KEYS_KEPT) STORY_KEYS.clear();
    STORY_KEYS.set(word, keys);
  }
  return keys;
}
const STORY_KEYS_KEPT = 4096;
const STORY_KEYS = new Map<string, readonly string[]>();

/** A word stem's key ("w:"). */
function isStemKey(key: string): boolean {
  return key.charCodeAt(0) === 119 /* w */ && key.charCodeAt(1) === 58; /* : */
}

/** At most this many shared word stems reach the reasons (shown only when nothing else explains a join). */
const MAX_STEMS = 8;

/**
 * The first `n` of `xs` in the order `cmp` (a total order), as `xs.sort(cmp).slice(0, n)` gives them, kept in a
 * sorted run of at most n: a join's hundreds of shared stems are not all sorted for the few shown.
 */
export function strongest(xs: readonly number[], n: number, cmp: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  if (n <= 0) return top;
  for (const x of xs) {
    if (top.length >= n && cmp(x, top[top.length - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && cmp(x, top[at - 1]!) < 0) at--;
    top.splice(at, 0, x);
    if (top.length > n) top.pop();
  }
  return top;
}
