// What the index's worker threads do, editor-free so that the same code runs in a worker (indexWorker.ts), in
// process when no worker can start, and in the benchmark: analyse an article into the slim copy the index keeps,
// align an event's claims, and keep the event index.
//
// Events: one EventIndex (core events.ts, used through its public methods only) lives in a worker of its own.
// The first indexing puts every fingerprint and clusters once (the same batch grouping as the CLI); after that
// each created, changed or deleted article is one add, update or remove, which assigns or takes out that
// article alone. EventIndex reports the event an added article joins, so the members of each event are
// mirrored here, and only the events a change touched are described (label and reasons) and sent back.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, getHeapStatistics, serialize, setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { runInNewContext } from 'node:vm';
import {
  alignClaims,
  analyzeArticle,
  decodeBytes,
  MAX_BYTES,
  type ArticleAnalysis,
  type CoverageEvent,
  type EventFingerprint,
  EventIndex,
  type Reason,
  FileRefusal,
  fnv1a,
  IncrementalAnalysis,
  readArticleBytes,
  slimForIndex,
  compactForIndex,
  StringPool,
  withActorFeatures as coreWithActorFeatures,
} from '../core';
import { type AnalysisBounds, boundedAnalysis, boundedForEditor } from './editorBounds';
import { fingerprintText, packSpans, type Slice, storedFingerprintSlices } from './indexStoreFormat';
import type {
  AlignJob,
  AlignResult,
  AnalyzeJob,
  AnalyzeResult,
  ActorFeature,
  EventsDelta,
  EventsJob,
  EventsOp,
  HeapJob,
  Job,
  PutOp,
  RestoreOp,
  UnanalysedReason,
} from './indexProtocol';

/** A file the index refuses or cannot read, with the reason the reader is shown. */
export class FileRefused extends Error {
  override readonly name = 'FileRefused';
  constructor(
    message: string,
    readonly reason: UnanalysedReason,
  ) {
    super(message);
  }
}

export function tooLargeMessage(size: number): string {
  return `file is ${(size / 1048576).toFixed(0)} MB, more than the ${MAX_BYTES / 1048576} MB an article may have: not read`;
}

/**
 * The bytes of a regular file of at most MAX_BYTES: opened non-blocking (a FIFO never hangs the worker), refused
 * from its stat when it is not a regular file or too large (a 100 MB file is never read), and read no further than
 * MAX_BYTES + 1 (it may grow while it is read).
 */
export function readArticleFile(fsPath: string): Uint8Array {
  try {
    return readArticleBytes(fsPath);
  } catch (err) {
    if (err instanceof FileRefusal)
      throw err.kind === 'too-large'
        ? new FileRefused(tooLargeMessage(err.size), 'too-large')
        : new FileRefused('not a regular file: not read', 'unreadable');
    throw new FileRefused(`cannot read: ${(err as Error).message}`, 'unreadable');
  }
}

/** Why a file could not be read or decoded, for the list of files not analysed. */
export function refusalReason(err: unknown): UnanalysedReason {
  if (err instanceof FileRefused) return err.reason;
  const message = err instanceof Error ? err.message : String(err);
  if (/^binary/.test(message)) return 'binary';
  if (/^file is .* MB/.test(message)) return 'too-large';
  return 'unreadable';
}

/**
 * The incremental analyses of the open documents whose whole analysis this worker made last (at most
 * MAX_SESSIONS, the least recently used dropped): an edited document's next analysis re-makes only what the edit
 * touched, with the same result (src/core/incremental.ts).
 */
export class DocumentSessions {
  static readonly MAX_SESSIONS = 4;
  private readonly sessions = new Map<string, IncrementalAnalysis>();

  /** Milliseconds without a job after a document's first analysis before its session warms up (see warmLater). */
  static readonly WARM_DELAY_MS = 50;
  private warmTimer: NodeJS.Timeout | undefined;
  /** The session made last and not yet warmed (the document opened last). */
  private fresh: IncrementalAnalysis | null = null;

  get(uri: string): IncrementalAnalysis {
    let s = this.sessions.get(uri);
    if (s) this.sessions.delete(uri);
    else this.fresh = s = new IncrementalAnalysis();
    this.sessions.set(uri, s);
    if (this.sessions.size > DocumentSessions.MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return s;
  }

  /**
   * Called after every job in a worker thread: once WARM_DELAY_MS pass without another, the session made last
   * makes the process's few synthetic warm-up edits (IncrementalAnalysis.warm: once per process, on its own text,
   * its result unchanged), so that the user's first edits find the incremental paths compiled. Not on the
   * extension host's thread (the in-process fallback): it would hold the editor up for as long.
   */
  warmLater(): void {
    if (isMainThread || !this.fresh) return;
    clearTimeout(this.warmTimer);
    const s = this.fresh;
    // One analysis per step, a tick between: a job that comes in meanwhile runs between two steps.
    const step = (): void => {
      this.warmTimer = s.warmStep() ? setTimeout(step, 0) : undefined;
      this.warmTimer?.unref?.();
    };
    this.warmTimer = setTimeout(() => {
      this.fresh = null;
      step();
    }, DocumentSessions.WARM_DELAY_MS);
    this.warmTimer.unref?.();
  }
}

export function analyzeJob(job: AnalyzeJob, sessions?: DocumentSessions): AnalyzeResult {
  let text: string;
  const warnings: string[] = [];
  try {
    if (job.text !== undefined) text = job.text;
    else {
      const decoded = decodeBytes(job.bytes ?? readArticleFile(job.fsPath ?? ''));
      text = decoded.text;
      warnings.push(...decoded.warnings);
    }
  } catch (err) {
    return {
      article: null,
      fingerprint: null,
      mentions: {},
      hash: '',
      error: err instanceof Error ? err.message : String(err),
      reason: refusalReason(err),
    };
  }
  // An open document's whole analysis (with or without its fingerprint; not the lines of an edit, which come with a
  // language) is made incrementally.
  const analysis =
    sessions && job.full && job.text !== undefined && job.options?.language === undefined
      ? sessions.get(job.uri).analyze(text, job.uri, job.options)
      : analyzeArticle(text, job.uri, job.options);
  analysis.warnings.push(...warnings);
  if (job.full) return { article: boundedForEditor(analysis), fingerprint: null, mentions: {}, hash: '' };
  // The slim copy travels as the JSON the store keeps: one flat string to copy to the host and to write, parsed
  // there into the index's copy (no structured clone of thousands of small objects, no second copy).
  return {
    article: null,
    record: storeRecord(boundedForIndex(slimForIndex(analysis)), mentionCounts(analysis)),
    fingerprint: encodeFingerprint(analysis.fingerprint ?? null),
    mentions: {},
    hash: textHash(text),
  };
}

/**
 * The article as the store keeps it, with its mention counts: the JSON of `[counts, compact copy]`, the counts per
 * actor in the order of the copy's actors (an object keyed by ids would give every parsed record a shape of its
 * own), the sentence spans packed in one string (indexStoreFormat.packSpans; indexStore.adoptForIndex unpacks
 * them when first read). Made in the analysis worker, off the host; read back by parseStoreRecord.
 */
export function storeRecord(slim: ArticleAnalysis, mentions: Record<string, number> | number[]): string {
  const counts = Array.isArray(mentions) ? mentions : slim.actors.map((a) => mentions[a.id] ?? 0);
  const compact = compactForIndex(slim, new StringPool()) as Omit<ArticleAnalysis, 'sentences'> & {
    sentences: ArticleAnalysis['sentences'] | string;
  };
  compact.sentences = packSpans(compact.sentences as ArticleAnalysis['sentences']);
  return JSON.stringify([counts, compact]);
}

/**
 * The mention counts and article of a storeRecord text (the article parsed, not yet the index's copy: its
 * sentences are still the packed string).
 */
export function parseStoreRecord(json: string): { mentions: number[]; article: ArticleAnalysis } {
  const [mentions, article] = JSON.parse(json) as [number[], ArticleAnalysis];
  return { mentions, article };
}

/**
 * What the index keeps of one article is bounded: a hostile file (1 MB of "sagte er, ") has 87,000 statements, a
 * 33 MB copy that took the extension host 4 s to receive and 1 s to add, and the host's work per statement grows
 * with its content (quote keys). A news article has a few dozen statements and some KB of quotations; the index
 * keeps the first statements up to MAX_INDEXED_STATEMENTS or MAX_INDEXED_CONTENT_CHARS of content (and a bounded
 * number of actors and sentences), and says so in the article's warnings.
 */
export const MAX_INDEXED_STATEMENTS = 500;
export const MAX_INDEXED_CONTENT_CHARS = 100_000;
export const MAX_INDEXED_ACTORS = 1000;
export const MAX_INDEXED_SENTENCES = 5000;

const INDEX_BOUNDS: AnalysisBounds = {
  statements: MAX_INDEXED_STATEMENTS,
  contentChars: MAX_INDEXED_CONTENT_CHARS,
  actors: MAX_INDEXED_ACTORS,
  mentions: Infinity,
  sentences: MAX_INDEXED_SENTENCES,
  warning: 'very long article: the workspace index keeps the first',
};

export function boundedForIndex(a: ArticleAnalysis): ArticleAnalysis {
  return boundedAnalysis(a, INDEX_BOUNDS);
}

/** FNV-1a over the UTF-16 code units: tells an unchanged text (an article opened, saved without edits) from a changed one. */
export function textHash(text: string): string {
  return `${text.length}:${(fnv1a(text) >>> 0).toString(36)}`;
}

/**
 * Each actor's mentions in the whole article, by its place in `actors` (the slim and bounded copies keep the
 * actors' order). Per actor, not per id: an article can hold two actors of one id ("CCTV" twice), and the batch
 * (core withActorFeatures, unifyActorIds' weights) counts each actor by its own mentions.
 */
export function mentionCounts(a: ArticleAnalysis): number[] {
  return a.actors.map((actor) => actor.mentions.length);
}

/** More articles than this in one event are aligned by their first (earliest) ones only: a table of 200 columns helps no one. */
export const MAX_ALIGNED_ARTICLES = 200;

export function alignJob(job: AlignJob): AlignResult {
  const texts = new Map<string, string>();
  const articles: ArticleAnalysis[] = [];
  for (const a of job.articles.slice(0, MAX_ALIGNED_ARTICLES)) {
    let text = job.texts[a.path];
    if (text === undefined && job.fsPaths[a.path]) {
      try {
        text = decodeBytes(readArticleFile(job.fsPaths[a.path]!)).text;
      } catch {
        text = undefined;
      }
    }
    // A text that is not the one analysed (changed on disk since) would give wrong sentences: align the
    // article's statements only, which carry their own text.
    if (text !== undefined && text.length === a.length) {
      texts.set(a.path, text);
      articles.push(a);
    } else {
      texts.set(a.path, '');
      articles.push({ ...a, sentences: [] });
    }
  }
  return alignClaims(articles, texts);
}

/** Typed arrays (a fingerprint's counts) as plain arrays: JSON would make objects of them. */
function typedAsArrays(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Uint16Array) : value;
}

/**
 * A fingerprint as the JSON text that travels from the analysis worker through the host (and its store) to the
 * events worker: one flat string to copy between threads and to write, never read on the host.
 */
export function encodeFingerprint(fp: EventFingerprint | null): string | null {
  return fp ? JSON.stringify(fp, typedAsArrays) : null;
}

const utf8 = new TextDecoder();
const NO_ACTORS: ActorFeature[] = [];

/** The fingerprint a `put` carries, with its actors as "a:" features (as core buildEventIndex adds them). */
export function fingerprintOfPut(op: PutOp): EventFingerprint {
  let fp: EventFingerprint | null = null;
  try {
    const json = typeof op.fingerprint === 'string' ? op.fingerprint : op.fingerprint && utf8.decode(op.fingerprint);
    fp = json ? (JSON.parse(json) as EventFingerprint) : null;
  } catch {
    fp = null;
  }
  fp ??= {
    terms: {},
    display: {},
    when: op.when,
    headline: op.headline,
    language: op.language,
    ordinals: {},
    act: null,
    percents: [],
  };
  return coreWithActorFeatures(
    fp,
    op.actors.map(([id, name, count]) => ({ id, name, count })),
  );
}

/** Reasons per member are computed against at most this many other members (an event may be large). */
const REASON_PEERS = 8;
/** The label's "most central member" is searched among at most this many members. */
const LABEL_PEERS = 12;
/**
 * A grouping that touches more events than this sends them without reasons, which the next job (a `describe`
 * op, sent by the host at once) brings: the groups and labels reach the look-up first. Fewer (an edit, a saved
 * file) are described at once, as before.
 */
const DESCRIBE_AT_ONCE = 64;

/**
 * The events worker's state. After the first `cluster`, every batch of upserts and removals that changes the index
 * re-groups the whole index (EventIndex.cluster): similarities rest on corpus-wide document frequencies and the
 * corpus size (IDF, the norms, which features count), so one article added, changed or removed moves every
 * similarity a little, and no part of the grouping can be kept without computing it again: only a full pass gives
 * the batch grouping whatever order the articles arrived in. An upsert of an indexed article with the same
 * fingerprint (an edit that changes no feature) changes nothing and regroups nothing; its event is described again.
 * The delta lists the events whose members (or whose upserted members) changed. An event's id is its first
 * member's path, so that an event that keeps its members keeps its id however the index grew.
 *
 * A reload. The articles taken from the store come as `put`s marked `stored`, kept as they came (the fingerprint's
 * JSON unread), and a `restore` with the grouping the store kept stands in for the first `cluster`: when every
 * article has the key (PutOp.key: its text's hash) it had when that grouping was made, and no article came or
 * went, the grouping is taken as it is (the grouping of the same texts: EventIndex groups the same whatever the
 * order of arrival, test/unit/eventOrder.test.ts), nothing is read, grouped or described, and the delta is
 * empty. The kept puts are read into the EventIndex only when the index must be grouped again (a change, a
 * `cluster`); an article that changed, came or went since makes the `restore` one such change.
 */
export class EventsState {
  private index = new EventIndex();
  private batching = true;
  private readonly members = new Map<string, string[]>();
  private readonly meta = new Map<string, { headline: string; when: string | null; titled: boolean }>();
  /** Per path in the EventIndex, a digest of what it was put from: putDigest of a `put`, fingerprintDigest of an `upsert`. */
  private readonly digests = new Map<string, string>();
  /** Per path given by a `put` since the reset, its key (PutOp.key), which a `restore` compares. */
  private readonly keys = new Map<string, string>();
  /** Puts taken from the store and not yet in the EventIndex (read in by `materialise`). */
  private readonly stored = new Map<string, PutOp>();
  /**
   * Paths of `stored` given by a `stored` op whose put (actors, headline, date, language) has not come yet: the
   * host sends it before anything that makes the index group again; one still missing then is reported (`missing`,
   * analysed again), never grouped without its actors.
   */
  private readonly awaiting = new Set<string>();
  /**
   * Per path in the EventIndex from a `put`, that put without its fingerprint (`inStore` to read it again) and
   * without its actors (an `actors` op brings them), so that an `actors` op can put the fingerprint again with
   * other actors' ids.
   */
  private readonly puts = new Map<string, PutOp>();
  /**
   * Per path of `puts` whose fingerprint came with it, its JSON as UTF-8, off the heap: about 3.5 KB an article
   * (the text as it came is a two-byte string in most articles: kept so, the 10,000 articles of bench:vscode took
   * 78 MB of heap more; deflated with zlib, process RSS was 653-667 MB against 516 MB with the bytes as they are:
   * a zlib stream per article).
   */
  private readonly packed = new Map<string, Uint8Array>();
  /**
   * `actors` ops on puts of this session taken while batching: applied once per job (the last ids an article is given
   * in it), at the job's end, while the analysis of the batch goes on, not when the batch is grouped (the time to the
   * grouped index). The puts' postings are still pending then: a put again changes only its document frequencies.
   */
  private readonly deferred = new Map<string, ActorFeature[]>();
  /** Paths of `puts` whose fingerprint was not kept (not movable): an `actors` op for one has it analysed again. */
  private readonly unkept = new Set<string>();
  /** Per path, its event's id (after the first cluster). */
  private readonly eventOf = new Map<string, string>();
  /**
   * Events sent without their reasons, until a `describe` op (or their next change) describes them: by id, the
   * label they were sent with (the label describing them then gives, as their members have not changed since).
   */
  private readonly undescribed = new Map<string, string>();
  /** How many times the whole index was grouped (cluster ops and batches that changed it). */
  regroups = 0;
  /** Stored puts read into the EventIndex (after a restore: only once the index had to be grouped again). */
  materialised = 0;
  /** Stored puts whose fingerprint could not be read from the store (since the last delta). */
  private missing: string[] = [];
  /** The folder of the index's snapshot (a `keep` op), none: no snapshot is written or read. */
  private snapshotFolder: string | undefined;
  /** Whether a snapshot is due (writeSnapshot): none matches this index, or SNAPSHOT_AFTER articles changed since. */
  snapshotDirty = false;
  /** Whether a snapshot of this index (as it was at some point since the reset) lies in the folder. */
  private snapshotBase = false;
  /** Articles put or removed since that snapshot (each regroup counts one at least). */
  private unsaved = 0;
  /** Whether the snapshot was tried since the reset (the first materialise: once). */
  private snapshotTried = false;
  /**
   * Per path put into the EventIndex while stored puts wait to be read (a reload), its fingerprint as put: put
   * again into the snapshot's index when that is taken (materialise).
   */
  private early: Map<string, EventFingerprint> | undefined;
  /** Stored puts taken from the snapshot, not read from the store (after a reload: at its first grouping). */
  fromSnapshot = 0;

  get size(): number {
    return this.index.size + this.stored.size;
  }

  private has(path: string): boolean {
    return this.stored.has(path) || this.index.has(path);
  }

  apply(ops: EventsOp[]): EventsDelta {
    let reset = false,
      regroup = false,
      describe = false;
    const upserted = new Set<string>();
    /** `actors` ops on puts whose fingerprint lies in the store: read together, once the ops are taken. */
    const refresh = new Map<string, PutOp>();
    for (const op of ops) {
      if (op.op === 'reset') {
        this.index = new EventIndex();
        this.batching = true;
        this.members.clear();
        this.meta.clear();
        this.digests.clear();
        this.keys.clear();
        this.stored.clear();
        this.awaiting.clear();
        this.puts.clear();
        this.packed.clear();
        this.unkept.clear();
        this.deferred.clear();
        this.eventOf.clear();
        this.undescribed.clear();
        this.snapshotFolder = undefined;
        this.snapshotDirty = this.snapshotTried = this.snapshotBase = false;
        this.unsaved = 0;
        this.early = undefined;
        upserted.clear();
        refresh.clear();
        reset = true;
        regroup = false;
      } else if (op.op === 'keep') {
        this.snapshotFolder = op.folder;
      } else if (op.op === 'describe') {
        describe = true;
      } else if (op.op === 'cluster' || op.op === 'restore') {
        // Restored: grouped again only when an article changed, came or went. A `restore` that does not fit
        // (not after a reset, or not a grouping) is a `cluster`.
        for (const [path, actors] of this.deferred) this.reput(path, actors);
        this.deferred.clear();
        const changes = op.op === 'restore' ? this.restore(op, upserted) : null;
        if (changes !== null) {
          regroup ||= changes;
          continue;
        }
        this.materialise();
        this.batching = false;
        this.members.clear();
        reset = regroup = true;
      } else if (op.op === 'actors') {
        const stored = this.stored.get(op.path);
        if (stored && !this.awaiting.has(op.path)) {
          // Not read yet: read with these actors when the index must be grouped (at once after a restore).
          this.stored.set(op.path, { ...stored, actors: op.actors });
          if (this.batching) continue;
          this.materialise();
          upserted.add(op.path);
          regroup = true;
          continue;
        }
        const put = this.puts.get(op.path);
        // An upsert's fingerprint comes with its actors' features; a path not indexed has nothing to change.
        if (!put || !this.index.has(op.path)) continue;
        const next: PutOp = { ...put, actors: op.actors };
        if (next.inStore !== undefined) {
          refresh.set(op.path, next);
          continue;
        }
        if (this.unkept.has(op.path)) {
          // Its fingerprint was not kept (the host did not expect other ids for it): analysed again by the host.
          this.unput(op.path);
          upserted.delete(op.path);
          this.missing.push(op.path);
          regroup ||= !this.batching;
          continue;
        }
        if (this.batching) {
          // Before the first grouping, put again once per job, with the last ids it is given in it (one article can
          // be reassigned many times while a folder is indexed).
          this.deferred.set(op.path, op.actors);
          continue;
        }
        if (!this.reput(op.path, op.actors)) continue;
        upserted.add(op.path);
        regroup = true;
      } else if (op.op === 'stored') {
        // Known by path and key only; an `actors` op for one is taken with its put (made with the current ids).
        for (let i = 0; i < op.paths.length; i++) {
          const path = op.paths[i]!,
            key = op.keys[i]!;
          this.unput(path);
          this.stored.set(path, storedPut(path, key, key.endsWith('-') ? undefined : op.inStore));
          this.awaiting.add(path);
          this.keys.set(path, key);
        }
      } else if (op.op === 'put' && op.stored && this.awaiting.has(op.path) && this.keys.get(op.path) === op.key) {
        // The rest of a `stored` op's article: kept as it came, as a stored put is, whenever it comes.
        this.awaiting.delete(op.path);
        this.stored.set(op.path, op);
      } else if (op.op === 'put' || op.op === 'upsert') {
        refresh.delete(op.path);
        this.deferred.delete(op.path);
        upserted.add(op.path);
        if (op.op === 'put' && op.stored && this.batching) {
          // Kept as it came: read only if the index must be grouped (a restore makes that unnecessary).
          this.unput(op.path);
          this.stored.set(op.path, op);
          this.keys.set(op.path, op.key);
          continue;
        }
        // A new input for an article still awaiting its stored put: that put is not needed any more.
        if (this.awaiting.delete(op.path)) this.stored.delete(op.path);
        if (!this.batching) this.materialise();
        const digest = op.op === 'put' ? putDigest(op) : fingerprintDigest(op.fingerprint);
        if (op.op === 'put') this.keys.set(op.path, op.key);
        else this.keys.delete(op.path);
        // The same fingerprint again: the index is as it was (its order of articles too).
        if (this.index.has(op.path) && this.digests.get(op.path) === digest) continue;
        this.unput(op.path, false);
        this.putParsed(op.path, op.op === 'put' ? fingerprintOfPut(op) : op.fingerprint, digest);
        if (op.op === 'put') this.keep(op);
        regroup ||= !this.batching;
      } else {
        if (!this.batching) this.materialise();
        refresh.delete(op.path);
        this.unput(op.path);
        upserted.delete(op.path);
        regroup ||= !this.batching;
      }
    }
    if (this.batching) {
      for (const [path, actors] of this.deferred) this.reput(path, actors);
      this.deferred.clear();
    }
    if (refresh.size && this.refreshStored(refresh, upserted)) regroup ||= !this.batching;
    const delta: EventsDelta = { changed: [], removed: [], ...(reset ? { reset } : {}) };
    if (this.missing.length) {
      // Not in the index: the host analyses them again, and their puts come as any other.
      for (const p of this.missing) upserted.delete(p);
      delta.missing = this.missing;
      this.missing = [];
    }
    if (!regroup) {
      // Upserts that changed nothing after the first cluster: their events, described again.
      if (!this.batching && !reset)
        for (const id of new Set([...upserted].map((p) => this.eventOf.get(p)!)))
          delta.changed.push(this.describe(id, this.members.get(id)!));
    } else this.regroup(upserted, delta, describe);
    if (describe && this.undescribed.size) {
      // The reasons of the events a grouping sent without them (their members and labels as they were sent).
      const only = !delta.changed.length && !delta.removed.length && !reset;
      for (const [id, label] of this.undescribed) {
        const members = this.members.get(id);
        if (members) delta.changed.push(this.describe(id, members, label));
      }
      this.undescribed.clear();
      if (only) delta.described = true;
    }
    if (this.undescribed.size) delta.undescribed = this.undescribed.size;
    return delta;
  }

  /**
   * Takes the grouping of a `restore`: null when it does not fit (a `cluster` is made instead), else whether an
   * article changed, came or went since it was made (`upserted` is left with those that changed or came). When
   * one did, the stored puts are read into the index (materialise), to be grouped again.
   */
  private restore(op: RestoreOp, upserted: Set<string>): boolean | null {
    if (!this.batching || !Array.isArray(op.events) || !op.keys || typeof op.keys !== 'object') return null;
    const members = new Map<string, string[]>();
    const eventOf = new Map<string, string>();
    for (const e of op.events) {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || !Array.isArray(e[1]) || !e[1].length) return null;
      if (!e[1].every((p) => typeof p === 'string')) return null;
      const m = [...e[1]].sort();
      if (m[0] !== e[0] || members.has(e[0])) return null;
      for (const p of m) {
        if (eventOf.has(p)) return null;
        eventOf.set(p, e[0]);
      }
      members.set(e[0], m);
    }
    upserted.clear();
    // Every article given since the reset is stored or has a digest (in the EventIndex).
    for (const p of [...this.stored.keys(), ...this.digests.keys()])
      if (!eventOf.has(p) || this.keys.get(p) === undefined || op.keys[p] !== this.keys.get(p)) upserted.add(p);
    let gone = false;
    for (const p of eventOf.keys()) gone ||= !this.has(p);
    this.batching = false;
    this.members.clear();
    for (const [id, m] of members) this.members.set(id, m);
    this.eventOf.clear();
    for (const [p, id] of eventOf) this.eventOf.set(p, id);
    if (!upserted.size && !gone) return false;
    this.materialise();
    return true;
  }

  /**
   * Reads every stored put into the EventIndex (the fingerprint's JSON parsed, the actors added), its fingerprint
   * read from the store's files when it lies there (PutOp.inStore); one that cannot be read there is left out
   * and reported (`missing`).
   */
  private materialise(): void {
    if (!this.stored.size) return;
    if (!this.snapshotTried) {
      this.snapshotTried = true;
      this.takeSnapshot();
    }
    this.early = undefined;
    const folders = new Map<string, Map<string, string>>();
    for (const [path, op] of this.stored) {
      if (op.inStore === undefined) continue;
      let keys = folders.get(op.inStore);
      if (!keys) folders.set(op.inStore, (keys = new Map()));
      keys.set(path, op.key);
    }
    // Each fingerprint stays in its file's bytes until it is parsed (the files' buffers go as their lines are used).
    const read = new Map<string, Slice | null>();
    for (const [folder, keys] of folders)
      for (const [p, slice] of storedFingerprintSlices(folder, keys)) read.set(p, slice);
    for (const [path, stored] of this.stored) {
      const op = stored;
      if (this.awaiting.has(path)) {
        // Its put never came (the host sends it before a change): analysed again rather than grouped without actors.
        this.missing.push(path);
        this.keys.delete(path);
        continue;
      }
      if (op.inStore !== undefined) {
        const slice = read.get(path);
        read.delete(path);
        if (slice === undefined) {
          this.missing.push(path);
          this.keys.delete(path);
          continue;
        }
        const json = slice && fingerprintText(slice);
        this.putParsed(path, fingerprintOfPut({ ...op, fingerprint: json, inStore: undefined }), storedDigest(op));
        this.puts.set(path, { ...op, actors: NO_ACTORS });
      } else {
        this.putParsed(path, fingerprintOfPut(op), putDigest(op));
        this.keep(op);
      }
      this.materialised++;
    }
    this.stored.clear();
    this.awaiting.clear();
  }

  /**
   * Puts again, with the actors of their `actors` op, articles whose fingerprint lies in the store (each shard file
   * read once); one that cannot be read there any more is taken out and reported (`missing`). Whether any changed.
   */
  private refreshStored(refresh: Map<string, PutOp>, upserted: Set<string>): boolean {
    const folders = new Map<string, Map<string, string>>();
    for (const [path, op] of refresh) {
      const digest = storedDigest(op);
      if (this.digests.get(path) === digest) continue;
      let keys = folders.get(op.inStore!);
      if (!keys) folders.set(op.inStore!, (keys = new Map()));
      keys.set(path, op.key);
    }
    let changed = false;
    for (const [folder, keys] of folders) {
      const read = storedFingerprintSlices(folder, keys);
      for (const path of keys.keys()) {
        const op = refresh.get(path)!;
        const slice = read.get(path);
        changed = true;
        if (slice === undefined) {
          this.unput(path);
          upserted.delete(path);
          this.missing.push(path);
          continue;
        }
        this.puts.set(path, { ...op, actors: NO_ACTORS });
        const json = slice && fingerprintText(slice);
        this.putParsed(path, fingerprintOfPut({ ...op, fingerprint: json, inStore: undefined }), storedDigest(op));
        if (!this.batching) upserted.add(path);
      }
    }
    return changed;
  }

  /**
   * Keeps what an `actors` op needs to put this article again: the put, and its fingerprint's JSON as UTF-8 when
   * the look-up may give its actors other ids (PutOp.movable); of another it keeps that it has none (`unkept`).
   */
  private keep(op: PutOp): void {
    const fp = op.fingerprint;
    this.unkept.delete(op.path);
    if (fp === null) this.packed.delete(op.path);
    else if (!op.movable) {
      this.packed.delete(op.path);
      this.unkept.add(op.path);
    } else this.packed.set(op.path, typeof fp === 'string' ? Buffer.from(fp, 'utf8') : fp);
    this.puts.set(op.path, { ...op, fingerprint: null, actors: NO_ACTORS });
  }

  /** Puts a kept article (`puts`, `packed`) again with these actors' features; whether anything changed. */
  private reput(path: string, actors: ActorFeature[]): boolean {
    const put = this.puts.get(path);
    if (!put || !this.index.has(path)) return false;
    const packed = this.packed.get(path);
    const next: PutOp = { ...put, actors };
    const full: PutOp = packed ? { ...next, fingerprint: utf8.decode(packed) } : next;
    const digest = putDigest(full);
    if (this.digests.get(path) === digest) return false;
    this.putParsed(path, fingerprintOfPut(full), digest);
    return true;
  }

  private putParsed(path: string, fp: EventFingerprint, digest: string): void {
    if (this.stored.size && !this.snapshotTried) {
      (this.early ??= new Map()).set(path, fp);
      // Many files changed since the snapshot: it would spare little, and `early` holds their parsed fingerprints.
      if (this.early.size > MAX_EARLY) {
        this.snapshotTried = true;
        this.early = undefined;
      }
    }
    this.meta.set(path, { headline: fp.headline, when: fp.when, titled: fp.titled === true });
    this.digests.set(path, digest);
    // put() replaces an indexed article (in place when its language is the same: only the features that changed
    // move in the postings).
    this.index.put(path, fp);
  }

  /** Takes an article out (kept or indexed), with its key unless `key` is false. */
  private unput(path: string, key = true): void {
    this.stored.delete(path);
    this.awaiting.delete(path);
    this.puts.delete(path);
    this.packed.delete(path);
    this.unkept.delete(path);
    this.deferred.delete(path);
    if (this.index.has(path)) this.index.remove(path);
    this.meta.delete(path);
    this.digests.delete(path);
    this.early?.delete(path);
    if (key) this.keys.delete(path);
  }

  /**
   * Writes the snapshot of the index (EventIndex.snapshot, with each article's key, the digest of its put's
   * actors, headline, date and language, and its label facts) to the `keep` folder, when the index was grouped
   * since the last one and every article in it is read (after a reload that changed nothing, the one on disk
   * stays: still the index of these articles). A file of its own, written whole and renamed; never throws.
   */
  writeSnapshot(): void {
    const folder = this.snapshotFolder;
    if (!folder || !this.snapshotDirty || this.batching || this.stored.size) return;
    this.snapshotDirty = false;
    const paths = new Map<string, SnapshotPath>();
    for (const [p, digest] of this.digests) {
      const m = this.meta.get(p)!;
      // An upsert's article (no key) is listed with none: a reload takes it out and puts it again.
      paths.set(p, [this.keys.get(p) ?? '', restOfDigest(digest), m.headline, m.when, m.titled]);
    }
    const file = join(folder, SNAPSHOT_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const bytes = serialize({ format: SNAPSHOT_FORMAT, paths, index: this.index.snapshot() });
      mkdirSync(folder, { recursive: true });
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
      this.snapshotBase = true;
      this.unsaved = 0;
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /**
   * Takes the index of the snapshot in the `keep` folder, at the first grouping after a reload: each stored put
   * whose key and actors (restDigest) are the snapshot's is taken as it is there (its fingerprint not read); the
   * snapshot's other articles are taken out, and those put since the reset (`early`) put into it. The index then
   * holds what reading every stored put would give it (EventIndex groups the same whatever its history,
   * test/unit/eventOrder.test.ts). No snapshot, or one that cannot be read: nothing changes.
   */
  private takeSnapshot(): void {
    const folder = this.snapshotFolder;
    if (!folder) return;
    const early = this.early ?? new Map<string, EventFingerprint>();
    // An article put before the first stored one was not kept in `early`: the snapshot cannot take it.
    for (const p of this.digests.keys()) if (!early.has(p)) return;
    let snap: { format?: unknown; paths?: unknown; index?: unknown };
    try {
      snap = deserialize(readFileSync(join(folder, SNAPSHOT_FILE))) as typeof snap;
    } catch {
      return;
    }
    if (snap?.format !== SNAPSHOT_FORMAT || !(snap.paths instanceof Map)) return;
    const index = EventIndex.fromSnapshot(snap.index);
    if (!index) return;
    for (const [p, [key, rest, headline, when, titled]] of snap.paths as Map<string, SnapshotPath>) {
      const op = this.stored.get(p);
      if (
        op?.inStore !== undefined &&
        !this.awaiting.has(p) &&
        !early.has(p) &&
        op.key === key &&
        restDigest(op) === rest &&
        index.has(p)
      ) {
        this.meta.set(p, { headline, when, titled });
        this.digests.set(p, storedDigest(op));
        this.puts.set(p, { ...op, actors: NO_ACTORS });
        this.stored.delete(p);
        this.fromSnapshot++;
      } else if (index.has(p)) index.remove(p);
    }
    for (const [p, fp] of early) index.put(p, fp);
    this.index = index;
    this.snapshotBase = true;
  }

  /**
   * Groups the whole index again; the delta gets the events whose members changed and those of `upserted`, described
   * (label and reasons), or, when there are many and `describeAll` is not asked, with their labels alone
   * (`undescribed`: a `describe` op brings their reasons).
   */
  private regroup(upserted: Set<string>, delta: EventsDelta, describeAll = false): void {
    this.index.cluster();
    this.regroups++;
    // A snapshot a few changes old still spares a reload nearly every read (only the articles changed since are
    // read): written again after SNAPSHOT_AFTER changes, not after each (55 MB at 10,000 articles).
    this.unsaved += Math.max(1, upserted.size);
    if (!this.snapshotBase || this.unsaved >= SNAPSHOT_AFTER) this.snapshotDirty = true;
    const next = new Map<string, string[]>();
    const nextOf = new Map<string, string>();
    for (const g of this.index.memberSets()) {
      // Members by path: the order next/previous related article follow, the same however the index grew.
      const m = [...g].sort();
      next.set(m[0]!, m);
      for (const p of m) nextOf.set(p, m[0]!);
    }
    const changed = new Set<string>();
    for (const [id, m] of next) {
      const old = this.members.get(id);
      if (!old || old.length !== m.length || old.some((p, i) => p !== m[i])) changed.add(id);
    }
    for (const p of upserted) changed.add(nextOf.get(p)!);
    for (const id of this.members.keys())
      if (!next.has(id)) {
        delta.removed.push(id);
        this.undescribed.delete(id);
      }
    this.members.clear();
    for (const [id, m] of next) this.members.set(id, m);
    this.eventOf.clear();
    for (const [p, id] of nextOf) this.eventOf.set(p, id);
    // Many events (a first grouping): their labels now, their reasons in the next job (a `describe` op).
    const later = !describeAll && changed.size > DESCRIBE_AT_ONCE;
    for (const id of changed) {
      const m = next.get(id)!;
      if (!later) delta.changed.push(this.describe(id, m));
      else {
        const label = this.label(m);
        this.undescribed.set(id, label);
        delta.changed.push({ id, label, articles: m });
      }
    }
  }

  /** Why each of `others` goes with `path` (the picker's reasons, relative to the reader's article: PairsJob). */
  pairReasons(path: string, others: readonly string[]): Record<string, Reason[]> {
    return this.index.pairReasons(path, others);
  }

  private describe(id: string, members: string[], label?: string): CoverageEvent {
    this.undescribed.delete(id);
    return {
      id,
      label: label ?? this.label(members),
      articles: members,
      reasons: this.index.memberReasons(members, REASON_PEERS),
    };
  }

  /**
   * The headline of the most central member among those with a title of their own (a page's headline says what
   * happened; a lead's first sentence is the fallback), with the event's date and size, as EventIndex labels events.
   */
  private label(members: string[]): string {
    const titled = members.filter((m) => this.meta.get(m)?.titled);
    const pool = (titled.length ? titled : members).slice(0, LABEL_PEERS);
    const peers = members.slice(0, LABEL_PEERS);
    let best = pool[0]!;
    if (members.length > 2 && pool.length > 1) {
      let bestScore = -1;
      for (const m of pool) {
        const s = this.index.similaritySum(m, peers);
        if (s > bestScore) {
          best = m;
          bestScore = s;
        }
      }
    }
    const when = this.index.eventDateOf(members);
    const head = this.meta.get(best)?.headline || best;
    const extra = [when, members.length > 1 ? `${members.length} articles` : null].filter(Boolean).join(', ');
    return extra ? `${head} (${extra})` : head;
  }
}

/** The events worker's snapshot of its index, in the store's folder (EventsState.writeSnapshot). */
export const SNAPSHOT_FILE = 'events-index.bin';
const SNAPSHOT_FORMAT = 1;
/** Per article of a snapshot: its key, restDigest of its put, its headline, date and whether it is titled. */
type SnapshotPath = [key: string, rest: string, headline: string, when: string | null, titled: boolean];

/** The restDigest part of a putDigest or storedDigest (their last two fields). */
function restOfDigest(digest: string): string {
  const b = digest.lastIndexOf(':');
  const a = digest.lastIndexOf(':', b - 1);
  return a < 0 ? '' : digest.slice(a + 1);
}

/** A snapshot is written this long after the index was grouped (off the host, in the events worker). */
const SNAPSHOT_DELAY_MS = 1000;
/** Articles changed since the last snapshot that make another one due. */
const SNAPSHOT_AFTER = 100;
/** Articles put during a reload before its first grouping beyond which the snapshot is not taken (`early`). */
const MAX_EARLY = 2000;

/**
 * Whether the events worker takes a saved grouping as it is (EventsState.restore): every article is in one event
 * whose id is its first member by path, the members are the articles indexed now, each with the key it had then.
 * The host asks before a reload's `restore`, to send the puts the worker then needs first.
 */
export function savedGroupingFits(
  events: readonly { id: string; articles: readonly string[] }[],
  keys: Readonly<Record<string, string>>,
  current: ReadonlyMap<string, string>,
): boolean {
  const seen = new Set<string>();
  for (const e of events) {
    let first: string | undefined;
    for (const p of e.articles) {
      if (seen.has(p) || !current.has(p)) return false;
      seen.add(p);
      if (first === undefined || p < first) first = p;
    }
    if (first === undefined || first !== e.id) return false;
  }
  if (seen.size !== current.size) return false;
  for (const [p, k] of current) if (keys[p] !== k) return false;
  return true;
}

/** A `stored` op's article until its put comes: its key, and where its fingerprint lies. */
function storedPut(path: string, key: string, inStore: string | undefined): PutOp {
  return {
    op: 'put',
    path,
    fingerprint: null,
    actors: NO_ACTORS,
    headline: path,
    when: null,
    language: '',
    key,
    stored: true,
    ...(inStore === undefined ? {} : { inStore }),
  };
}

/**
 * A digest of everything EventIndex.put reads of a fingerprint: its JSON (typed arrays as arrays), by length and
 * two FNV-1a hashes (of the whole and of its second half), 64 bits in all.
 */
export function fingerprintDigest(fp: EventFingerprint): string {
  const json = JSON.stringify(fp, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint16Array) : v));
  return `${json.length}:${(fnv1a(json) >>> 0).toString(36)}:${(fnv1a(json, json.length >> 1) >>> 0).toString(36)}`;
}

/**
 * A digest of everything a `put` gives the event index (fingerprintOfPut reads nothing else): the fingerprint's
 * JSON as it came (text or bytes) and the actors, headline, date and language, each by length and FNV-1a, 64 bits
 * for the JSON (the whole and its second half). Made without parsing: a put of the same input changes nothing.
 */
export function putDigest(op: PutOp): string {
  const fp = op.fingerprint;
  const json = fp === null ? 'null' : typeof fp === 'string' ? fp : utf8.decode(fp);
  return `${json.length}:${digestOf(json)}:${digestOf(json, json.length >> 1)}:${restDigest(op)}`;
}

const digestOf = (s: string, from = 0): string => (fnv1a(s, from) >>> 0).toString(36);

/** The actors, headline, date and language of a put, by length and FNV-1a. */
function restDigest(op: PutOp): string {
  const rest = JSON.stringify([op.actors, op.headline, op.when, op.language]);
  return `${rest.length}:${digestOf(rest)}`;
}

/**
 * The digest of a put whose fingerprint was read from the store (PutOp.inStore), without hashing its JSON: the
 * store gave the fingerprint of the text whose hash is the key. Never equal to a putDigest, so a later put of the
 * same path is always taken as a change (a regroup that may not have been needed, never one missed).
 */
function storedDigest(op: PutOp): string {
  return `store:${op.key}:${restDigest(op)}`;
}

/** Bytes of V8 heap in use, after a full collection when asked (and possible: --expose-gc is switched on here). */
export function heapJob(job: HeapJob): number {
  if (job.gc) {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as (options?: object) => void;
      gc(job.release ? { type: 'major', execution: 'sync', flavor: 'last-resort' } : undefined);
    } catch {
      // no collection: the figure includes garbage
    }
  }
  return getHeapStatistics().used_heap_size;
}

/** Loads what an analysis needs (the word lists) with one short article, so that the first real job is timed fairly. */
export function warmUp(handle: (job: Job) => unknown): void {
  handle({
    kind: 'analyze',
    uri: 'warm-up.txt',
    text: 'Anna Beispiel sagte am Montag in Berlin, es regne.',
    full: true,
  });
}

/** One worker's (or the in-process fallback's) job handler. */
export function createJobHandler(): (job: Job) => unknown {
  const events = new EventsState();
  const sessions = new DocumentSessions();
  let snapshotTimer: NodeJS.Timeout | undefined;
  return (job) => {
    if (job.kind === 'analyze') {
      const result = analyzeJob(job, sessions);
      sessions.warmLater();
      return result;
    }
    if (job.kind === 'align') return alignJob(job);
    if (job.kind === 'heap') return heapJob(job);
    if (job.kind === 'pairs') return events.pairReasons(job.path, job.others);
    // The host's `put`s are read here, off the host (a stored one only when the index must be grouped).
    const delta = events.apply((job as EventsJob).ops);
    delta.regroups = events.regroups;
    delta.materialised = events.materialised;
    delta.fromSnapshot = events.fromSnapshot;
    // The snapshot is written by a worker only (in process it would hold up the host), a moment after a grouping
    // (counted from the first one since it was written: a stream of changes still writes one).
    if (events.snapshotDirty && !isMainThread && !snapshotTimer)
      snapshotTimer = setTimeout(() => {
        snapshotTimer = undefined;
        events.writeSnapshot();
      }, SNAPSHOT_DELAY_MS);
    return delta;
  };
}
