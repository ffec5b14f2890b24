// The messages between the workspace index (extension host) and its worker threads (dist/indexWorker.js). Plain
// data only: everything crosses the thread boundary by structured clone, which also copies strings flat, so an
// article kept by the index never pins the text it was cut from.
import type { AlignedClaim, AnalyzeOptions, ArticleAnalysis, CoverageEvent, EventFingerprint } from '../core';

/** Analyse one article: from `text`, from `bytes`, or read from `fsPath` by the worker itself. */
export interface AnalyzeJob {
  kind: 'analyze';
  uri: string;
  fsPath?: string;
  text?: string;
  bytes?: Uint8Array;
  /**
   * Send back the whole analysis (an open document's, for its decorations and hovers), not the slim copy; bounded
   * for a hostile document (editorBounds.ts).
   */
  full?: boolean;
  /** The analysis's language and whether to make the fingerprint. */
  options?: Pick<AnalyzeOptions, 'language' | 'fingerprint'>;
}

/**
 * Align the claims of one event's articles (the index's slim copies, corpus-wide actor ids). Texts come from
 * `texts` (open documents, other file systems) or are read from `fsPaths`.
 */
export interface AlignJob {
  kind: 'align';
  articles: ArticleAnalysis[];
  texts: Record<string, string>;
  fsPaths: Record<string, string>;
}

/**
 * One operation on the event index, which lives in a worker of its own. Until the first `cluster`, an upsert
 * only indexes the article (batch building); after it, each upsert assigns the article to an event.
 */
export type EventsOp =
  | { op: 'reset' }
  | { op: 'cluster' }
  | RestoreOp
  | { op: 'upsert'; path: string; fingerprint: EventFingerprint }
  | PutOp
  | StoredOp
  | ActorsOp
  | KeepOp
  | DescribeOp
  | { op: 'remove'; path: string };

/**
 * Describes (reasons) the events a grouping sent without them (EventsDelta.undescribed): the host sends it as soon
 * as it has taken such a delta, so that the groups and their labels reach the look-up first and each member's
 * reasons follow in the next job. Events changed again since are described with their change; none left: nothing.
 */
export interface DescribeOp {
  op: 'describe';
}

/**
 * Where the events worker keeps a snapshot of its event index (the store's folder, indexJobs.SNAPSHOT_FILE), sent
 * after each `reset` when the index has a store: written a moment after the index was grouped, and taken back by
 * the first grouping after a reload, so that only the articles that changed are read from the store and put.
 */
export interface KeepOp {
  op: 'keep';
  folder: string;
}

/**
 * Articles taken from the store at a reload, as the events worker first hears of them: their paths and keys
 * (PutOp.key) only, so that a `restore` can take the saved grouping. The rest of each one's put (its actors with
 * their corpus ids, headline, date, language) follows as a `put` marked `stored` when the index must be grouped
 * again (before any other operation reaches the worker), or never: a reload that changes nothing sends no more.
 * A key ending in "-" has no fingerprint; the others' lie in `inStore` (PutOp.inStore).
 */
export interface StoredOp {
  op: 'stored';
  paths: string[];
  keys: string[];
  inStore: string;
}

/**
 * The current corpus ids of an article already put (with the names and mention counts its put had): sent for each
 * article whose actors the look-up gave other ids when a later article came or went (CorpusLookup.reassigned: a
 * lone surname joining a full name, an abbreviation its body). The events worker puts the article's fingerprint
 * again with these "a:" features in place of the old ones, so that the grouping rests on the ids the batch gives,
 * whatever order the articles came in.
 */
export interface ActorsOp {
  op: 'actors';
  path: string;
  actors: ActorFeature[];
}

/**
 * In place of the first `cluster` after a reload: the grouping the store kept (each event's id and members) and
 * the key (PutOp.key) of every article it was made from. The events worker takes it as its grouping when every
 * article it was given since the reset has the key it had then; the articles that changed, came or went are
 * regrouped as after any change (EventsState).
 */
export interface RestoreOp {
  op: 'restore';
  events: [id: string, members: string[]][];
  keys: Record<string, string>;
}

/**
 * An upsert as the host sends it: the fingerprint as the JSON text the analysis worker made (the host passes it
 * on, and to the store, without reading it), and the article's actors with their corpus ids, names and mention
 * counts, which the events worker adds to it as "a:" features (withActorFeatures). Null: the article has no
 * fingerprint (an analysis made without one), and `headline`, `when` and `language` stand in.
 */
export interface PutOp {
  op: 'put';
  path: string;
  /** JSON text, or its UTF-8 bytes; null with `inStore` (or when the article has none). */
  fingerprint: string | Uint8Array | null;
  /**
   * Taken from the store (a reload, with `stored`): the store's folder, whose fp-NN.jsonl holds the fingerprint
   * (indexStoreFormat.storedFingerprintSlices, checked by `key`). The host never reads it: the events worker does,
   * and only when it must group again.
   */
  inStore?: string;
  actors: ActorFeature[];
  headline: string;
  when: string | null;
  language: string;
  /**
   * What the input is made from: the text's hash (indexJobs.textHash), "-" added without a fingerprint. The same
   * text analysed by the same analyser (the store's version) gives the same fingerprint, headline, date and
   * language, and the same actors by name and mentions; only the corpus ids of its actors may differ, as they
   * depend on the order the articles came in (core putArticle: an alias or a lone surname takes the id of the
   * first article that named the person), so a grouping is restored by the texts it was made from.
   */
  key: string;
  /**
   * The look-up may give its actors other ids later (core mayBeReassigned): the events worker keeps its fingerprint
   * to put it again with them (an `actors` op); of the others it keeps none.
   */
  movable?: boolean;
  /**
   * Taken from the store (a reload): the events worker keeps it as it came and reads it only when the index
   * must be grouped again (a `restore` usually makes that unnecessary).
   */
  stored?: boolean;
}

/** An actor as an event feature: corpus id, name, mentions in the article. */
export type ActorFeature = [id: string, name: string, count: number];

export interface EventsJob {
  kind: 'events';
  ops: EventsOp[];
}

/** The worker's V8 heap in use, after a full garbage collection when `gc` (diagnostics: the benchmark). */
export interface HeapJob {
  kind: 'heap';
  gc: boolean;
  /**
   * The collection also gives back the memory V8 keeps for reuse (pooled pages, the nursery's growth): asked
   * once a first indexing is grouped, when a worker's peak is behind it.
   */
  release?: boolean;
}

/**
 * Why each of `others` goes with the reader's article `path` (core EventIndex.pairReasons: what each shares with
 * `path` itself, not with its whole event), asked of the events worker when the related-coverage picker opens.
 * The result is a record path -> Reason[]; paths the index does not hold are left out.
 */
export interface PairsJob {
  kind: 'pairs';
  path: string;
  others: string[];
}

export type Job = AnalyzeJob | AlignJob | EventsJob | HeapJob | PairsJob;

export interface AnalyzeResult {
  /** The whole analysis when `full` was asked, else null (the slim copy is `record`, or the file could not be read). */
  article: ArticleAnalysis | null;
  /**
   * The slim copy (core slimForIndex, article-local actor ids) with its mention counts, as the JSON text the
   * store keeps (indexJobs.storeRecord); absent with `full` or when the file could not be read.
   */
  record?: string;
  /** The event fingerprint as JSON (indexJobs.encodeFingerprint), null with `full` or when the file could not be read. */
  fingerprint: string | null;
  /** Mentions per article-local actor id of a `full` analysis: empty (the record carries the slim copy's). */
  mentions: Record<string, number>;
  /** textHash of the analysed text. */
  hash: string;
  error?: string;
  /** Why the file was not analysed, with `error`. */
  reason?: UnanalysedReason;
}

/** Why a file is listed as not analysed (the status bar and "List Files Not Analysed" show it). */
export type UnanalysedReason = 'too-large' | 'unreadable' | 'binary' | 'too-slow' | 'crashed';

export interface Unanalysed {
  uri: string;
  reason: UnanalysedReason;
  /** The details, in English (the worker's message). */
  message: string;
}

/** How events changed: `changed` lists each touched event with all its members; `reset` replaces every event. */
export interface EventsDelta {
  changed: CoverageEvent[];
  removed: string[];
  reset?: boolean;
  /** The events worker's counts so far (EventsState): whole-index groupings, and stored puts read into its index. */
  regroups?: number;
  materialised?: number;
  /** Stored articles the events worker took from its snapshot instead (the first grouping after a reload). */
  fromSnapshot?: number;
  /**
   * Articles taken from the store whose fingerprint the events worker could not read there (missing, damaged, or
   * made from another text): left out of the event index; the host analyses them again.
   */
  missing?: string[];
  /**
   * The grouping touched many events: they come with their labels and members, and without reasons, which a
   * `describe` op then brings (this many events wait for them).
   */
  undescribed?: number;
  /** The answer to a `describe` op: the same events and members, now with reasons (not a change of the grouping). */
  described?: boolean;
}

export type AlignResult = AlignedClaim[];

export interface JobRequest {
  id: number;
  job: Job;
}

export type JobResponse =
  | { id: number; ok: true; result: unknown; heapUsed: number }
  | { id: number; ok: false; error: string; heapUsed: number }
  /** Sent once, when the worker has started (an analysis worker: with its word lists loaded). */
  | { ready: true };

/** What a worker is started for (worker_threads workerData). */
export interface WorkerData {
  role: 'analysis' | 'events';
}
