// The workspace index without the editor: worker threads that analyse articles and keep the event index, the
// corpus look-up the hovers, the claims view and related coverage read (core related.ts, kept up to date article
// by article), and the aligned claims of each event, computed once per change of the event and cached.
// workspaceIndex.ts adds what needs VS Code (finding files, watchers, open documents, progress); the benchmark
// drives this module directly, so its figures are the extension's.
//
// Threads. Analysis (a few ms per article, all of it in src/core) runs in a pool of workers (cores − 1, or every
// core on Linux, where the workers run below normal priority; at most 4, at least 1); the EventIndex lives in
// one more worker, so that clustering 10,000 articles never blocks the extension host. The host keeps only the slim copies (core slimForIndex) and the look-up maps, and
// applies each result as one incremental change: O(one article), never a rebuild of the corpus.
// Scheduling. Jobs wait here, not in the workers' message queues: each worker holds at most two, so a job
// wanted now (an alignment for a hover, a file just saved) overtakes the thousands of a first indexing.
// Consistency. Every path has a sequence number; a result for a superseded request (the file changed again,
// was deleted, or the index was rebuilt) is dropped.
// Faults (issue 11). Each analysis or alignment has a time budget in its worker: over it, the worker is terminated
// and replaced, and the file is listed as "too slow to analyse". A worker that crashes is replaced too, the jobs
// waiting in it are sent again, and the job it was running is retried once (a second crash lists the file). Files
// that cannot be analysed (too large, unreadable, binary, too slow, crashed) are kept in a list with the reason
// (`unanalysed`), never dropped silently. Nothing of a failed worker job runs on the extension host instead.
// In process: only with no worker script at all (tests, a development host without the bundle), the same jobs
// run one per macrotask, without a budget (synchronous work cannot be interrupted there).
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  decodeBytes,
  mayBeReassigned,
  type AlignedClaim,
  type Reason,
  type ArticleAnalysis,
  type CoverageEvent,
  type EventFingerprint,
  clearCorpusLookup,
  compactForIndex,
  type CorpusLookup,
  createCorpusLookup,
  putArticle,
  removeArticle,
  setEvents,
  slimForIndex,
  StringPool,
} from '../core';
import {
  createJobHandler,
  encodeFingerprint,
  mentionCounts,
  parseStoreRecord,
  refusalReason,
  savedGroupingFits,
  textHash,
} from './indexJobs';
import { adoptForIndex, type IndexStore } from './indexStore';
import type {
  ActorFeature,
  AlignJob,
  AnalyzeJob,
  AnalyzeResult,
  EventsDelta,
  EventsJob,
  EventsOp,
  Job,
  JobRequest,
  JobResponse,
  PutOp,
  StoredOp,
  Unanalysed,
  UnanalysedReason,
  WorkerData,
} from './indexProtocol';

/**
 * Analysis workers by default: cores − 1, leaving a core to the extension host and the editor; on Linux, where the
 * workers run below normal priority (indexWorker.ts) and yield to both, every core.
 */
function defaultWorkers(): number {
  const cores = cpus().length;
  return process.platform === 'linux' ? cores : cores - 1;
}

export interface IndexEngineOptions {
  /** dist/indexWorker.js; null runs every job in process. */
  workerScript: string | null;
  /** Analysis workers (default: cores − 1, on Linux every core; between 1 and 4). */
  workers?: number;
  /** The file-system path of a `file:` URI (the worker reads it itself), else undefined. */
  fsPathOf(uri: string): string | undefined;
  /** The bytes of a URI without a file-system path (virtual and remote file systems). */
  readBytes?(uri: string): Promise<Uint8Array>;
  /** The current text of an open document, which wins over the disk. */
  openText?(uri: string): string | undefined;
  /** Reports a worker that failed or was replaced. */
  onError?(message: string): void;
  /** The time budget of one analysis or alignment in a worker, in ms (default DEFAULT_JOB_BUDGET_MS). */
  jobBudgetMs?: number;
  /** Analyses kept across reloads (indexStore.ts): unchanged files are taken from it, not analysed again. */
  store?: IndexStore;
  /** Jobs after which an idle analysis worker is stopped when a batch ends (default RECYCLE_AFTER_JOBS). */
  recycleAfterJobs?: number;
  /** Time without a job after which the last analysis worker stops (default IDLE_STOP_MS). */
  idleStopMs?: number;
  /**
   * Start the workers at the first job (or startWorkers()), not at construction: in a cold window, loading the
   * core in two worker threads would compete with the first article's analysis and decorations.
   */
  deferWorkers?: boolean;
}

interface Runner {
  readonly inFlight: number;
  readonly heapUsed: number;
  readonly threadId: number | null;
  readonly dead: boolean;
  run(job: Job): Promise<unknown>;
  terminate(): void;
}

/**
 * A job that did not finish in its worker. `too-slow`: it ran past the budget (the worker was terminated);
 * `crashed`: the worker died while it ran. `started` is false for a job that only waited in the worker's queue
 * behind the one that failed: it is sent again, and does not count as a retry.
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';
  constructor(
    message: string,
    readonly reason: 'too-slow' | 'crashed',
    readonly started: boolean,
  ) {
    super(message);
  }
}

/**
 * The young generation of each worker's V8 heap, in MB (V8's default grows to 48 MB with a large heap): the
 * workers' short-lived objects (one article's analysis, one regrouping) fit, and four isolates do not each keep
 * tens of MB of nursery resident.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** The default time budget of one analysis or alignment job in a worker. */
export const DEFAULT_JOB_BUDGET_MS = 20_000;

/** Jobs that have a budget: an analysis or an alignment; the event index's jobs and diagnostics have none. */
const budgeted = (job: Job): boolean => job.kind === 'analyze' || job.kind === 'align';

interface InWorker {
  job: Job;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/**
 * One worker thread. It answers its jobs one at a time, in the order sent, so the oldest pending job is the one
 * running: the watchdog times it from the moment the job before it ended. Over budget, the worker is terminated
 * (a synchronous analysis cannot be interrupted otherwise) and `onDeath` lets the engine put a new one in its place.
 */
class WorkerRunner implements Runner {
  private readonly worker: Worker;
  private readonly pending = new Map<number, InWorker>();
  private nextId = 1;
  private watchdog: NodeJS.Timeout | undefined;
  heapUsed = 0;
  dead = false;
  /** Set by the worker's first message: until then no job is timed (starting and loading are not the job's). */
  private ready = false;
  /** Jobs answered (a worker that answered none before it died counts towards a crash loop). */
  answered = 0;

  constructor(
    script: string,
    private readonly budgetMs: number,
    role: WorkerData['role'],
    private readonly onDeath: (runner: WorkerRunner, err: JobFailure) => void,
  ) {
    this.worker = new Worker(script, {
      name: 'source-lens-index',
      workerData: { role } satisfies WorkerData,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    this.worker.unref();
    this.worker.on('message', (res: JobResponse) => {
      if ('ready' in res) {
        this.ready = true;
        this.arm();
        return;
      }
      this.heapUsed = res.heapUsed;
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      this.answered++;
      this.arm();
      if (res.ok) p.resolve(res.result);
      else p.reject(new Error(res.error));
    });
    this.worker.on('error', (err) =>
      this.die(new JobFailure(`the index worker crashed: ${err.message}`, 'crashed', true)),
    );
    this.worker.on('exit', (code) => this.die(new JobFailure(`the index worker exited (${code})`, 'crashed', true)));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  get threadId(): number {
    return this.worker.threadId;
  }

  /** Times the job now running (the oldest pending), from now. */
  private arm(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const head = this.pending.values().next();
    if (!this.ready || head.done || !budgeted(head.value.job) || !Number.isFinite(this.budgetMs)) return;
    const job = head.value.job;
    this.watchdog = setTimeout(() => {
      const what = job.kind === 'analyze' ? 'analysis' : 'alignment';
      this.die(
        new JobFailure(`too slow to analyse: the ${what} took more than ${this.budgetMs / 1000} s`, 'too-slow', true),
      );
    }, this.budgetMs);
    this.watchdog.unref();
  }

  /** The worker is gone (crashed, or terminated over budget): its running job fails, the others are sent again. */
  private die(err: JobFailure): void {
    if (this.dead) return;
    this.dead = true;
    if (this.watchdog) clearTimeout(this.watchdog);
    void this.worker.terminate();
    const jobs = [...this.pending.values()];
    this.pending.clear();
    // A replacement first: the jobs failed below are scheduled again at once.
    this.onDeath(this, err);
    jobs.forEach((p, k) => p.reject(k === 0 ? err : new JobFailure(err.message, 'crashed', false)));
  }

  run(job: Job): Promise<unknown> {
    if (this.dead) return Promise.reject(new JobFailure('the index worker is gone', 'crashed', false));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { job, resolve, reject });
      if (this.pending.size === 1) this.arm();
      // Bytes are copied, not transferred: a job whose worker dies is sent again with them.
      this.worker.postMessage({ id, job } satisfies JobRequest);
    });
  }

  terminate(): void {
    this.dead = true;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.pending.clear();
    void this.worker.terminate();
  }
}

/**
 * The same jobs in process, one per macrotask (FIFO, like a worker's queue): only when the engine is built without
 * a worker script (tests, a development host without the bundle). A synchronous job cannot be timed out here.
 */
class InlineRunner implements Runner {
  private readonly handle = createJobHandler();
  inFlight = 0;
  readonly threadId = null;
  readonly dead = false;

  get heapUsed(): number {
    return 0;
  }

  run(job: Job): Promise<unknown> {
    this.inFlight++;
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        this.inFlight--;
        try {
          resolve(this.handle(job));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
  }

  terminate(): void {
    // nothing runs outside the host
  }
}

/** An empty slot (a worker that could not be started or kept running): every job fails, none runs on the host. */
class NoRunner implements Runner {
  readonly inFlight = 0;
  readonly heapUsed = 0;
  readonly threadId = null;
  readonly dead = true;

  run(): Promise<unknown> {
    return Promise.reject(new Error('no index worker is running'));
  }

  terminate(): void {
    // nothing runs
  }
}

interface Queued {
  job: Job;
  resolve(v: unknown): void;
  reject(e: Error): void;
  /** A job whose signal aborted before it was sent is dropped (a superseded version of a document). */
  signal?: AbortSignal;
  /** Sent again once after its worker crashed while it ran; a second crash fails it. */
  retried?: boolean;
}

/** An idle analysis worker that answered this many jobs is stopped after a first indexing (releaseWorkerMemory). */
const RECYCLE_AFTER_JOBS = 1000;

/**
 * The last analysis worker stops after this long without a job, and the next job starts one (a fifth of a second:
 * loading the core and its word lists): an idle worker keeps its isolate, its word lists and caches and its
 * allocator's memory, some 50 MB of the process's RSS.
 */
const IDLE_STOP_MS = 120_000;

/** Worker deaths in a row, with no job answered by the dead workers, after which a slot is not refilled. */
const MAX_DEATH_STREAK = 20;

/** Jobs each worker holds at once: the next one is ready when the current ends, and a priority job waits for at most one. */
const PER_WORKER = 2;
/** Puts of articles taken from the store sent between two turns of the event loop (sendStoredPuts). */
const STORED_PUTS_SLICE = 500;
/** Files taken from the store between two turns of the event loop (addFiles). */
const RESTORE_SLICE = 250;
/** Operations on the event index sent as one job at most (queueEvents). */
const EVENT_OPS_PER_JOB = 500;
/** While a first indexing runs, listeners hear of changes at most this often. */
const BATCH_NOTIFY_MS = 1000;

export interface IndexStats {
  articles: number;
  events: number;
  workers: number;
  inProcess: boolean;
  threadIds: number[];
  /** The workers' V8 heaps as last reported, in bytes (0 in process). */
  workerHeap: number;
  /** Time the host spent applying results (slim copies, look-up, event changes), in ms: total and the longest one. */
  hostMs: number;
  hostMaxMs: number;
  /** Files not analysed (see `unanalysed`). */
  unanalysed: number;
  /** Workers started in place of one that crashed or ran over budget. */
  restarts: number;
  /**
   * The events worker's whole-index groupings, and the articles taken from the store whose fingerprints it read
   * (both 0 after a reload that took the saved grouping as it is).
   */
  eventRegroups: number;
  eventsRead: number;
  /** Articles taken from the store that the events worker took from its index's snapshot instead of reading them. */
  eventsFromSnapshot: number;
  /**
   * When (performance.now()) the look-up last took a change of the grouping: the events with their members and
   * labels; a large grouping's reasons follow in the events worker's next job.
   */
  groupedAt: number;
}

export class IndexEngine {
  readonly lookup: CorpusLookup = createCorpusLookup();
  private runners: Runner[] = [];
  private events: Runner = new NoRunner();
  private workersStarted = false;
  private readonly high: Queued[] = [];
  private readonly low: Queued[] = [];
  private generation = 0;
  private batching = false;
  private readonly seq = new Map<string, number>();
  private nextSeq = 1;
  /** The text hash each indexed article was analysed from: the same text again changes nothing. */
  private readonly hashes = new Map<string, string>();
  /** Per indexed article, the key of its event input (PutOp.key), kept with the events in the store. */
  private readonly eventKeys = new Map<string, string>();
  /**
   * Per indexed article, its actors' mention counts in the whole article (in the order of its actors): the counts of
   * its "a:" features, sent again with new ids when the look-up reassigns them (sendReassigned).
   */
  private readonly mentionsOf = new Map<string, number[]>();
  /** Names, roles, ids and cues repeat across articles: the kept copies share them. */
  private readonly pool = new StringPool();
  /** Event id -> counter value of its last change; an alignment is valid for the stamp it was made at. */
  private readonly stamps = new Map<string, number>();
  private stampCounter = 0;
  private readonly alignments = new Map<
    string,
    { stamp: number; promise: Promise<AlignedClaim[]>; claims?: AlignedClaim[] }
  >();
  private readonly listeners = new Set<() => void>();
  /** Event operations queued for the next job of the events worker (queueEvents). */
  private eventOps: EventsOp[] = [];
  /**
   * Articles taken from the store whose put the events worker has not had (it knows their paths and keys from a
   * `stored` op): per path, its actors' mention counts. Sent (sendStoredPuts) before any operation that may make
   * it group again; a reload that changes nothing never builds them.
   */
  private readonly storedLater = new Map<string, number[]>();
  /** The `stored` op that articles taken from the store join while it is the last op queued. */
  private openStored: StoredOp | undefined;
  /** Operations that wait for the puts of `storedLater` (sendStoredPuts), in order, and when they are sent. */
  private held: EventsOp[] | undefined;
  private heldSent: Promise<void> | undefined;
  /** While sendStoredPuts queues its puts (they go first). */
  private flushing = false;
  private eventsSent: Promise<void> | undefined;
  private notifyTimer: NodeJS.Timeout | undefined;
  private lastNotify = 0;
  private outstanding = 0;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;
  private hostMs = 0;
  private hostMaxMs = 0;
  /** Files that could not be analysed, with the reason (shown, never dropped silently). */
  private readonly problems = new Map<string, Unanalysed>();
  /** Every file asked for since the last reset and not removed (a lost event index is rebuilt from them). */
  private readonly requested = new Set<string>();
  private deathStreak = 0;
  private restarts = 0;

  constructor(private readonly options: IndexEngineOptions) {
    this.maxRunners = Math.max(1, Math.min(4, options.workers ?? defaultWorkers()));
    if (!options.deferWorkers) this.startWorkers();
  }

  /**
   * Starts the first analysis worker and the events worker, once: at construction, or with `deferWorkers` at the
   * first job. One analysis worker from then on while jobs come (an open document's analysis never waits for a
   * start), stopped after IDLE_STOP_MS without one or when a first indexing leaves it idle (releaseWorkerMemory),
   * and started again by the next job; the others while there is more work than it takes (pump).
   */
  startWorkers(): void {
    if (this.workersStarted || this.disposed) return;
    this.workersStarted = true;
    const r = this.spawn();
    if (r) this.runners.push(r);
    else this.spawnFailed = true;
    this.events = this.spawn('events') ?? new NoRunner();
  }

  /** Analysis workers at most (options.workers); the first is kept, the others start and stop with the work. */
  private readonly maxRunners: number;
  private spawnFailed = false;
  /** The analysis workers were stopped when idle (releaseWorkerMemory, stopIdle): one starts at the next job. */
  private stoppedIdle = false;
  private idleTimer: NodeJS.Timeout | undefined;

  /**
   * More workers while more jobs wait than the running ones hold; none beyond the first while nothing waits: each
   * analysis worker keeps its own word lists and caches (tens of MB), which an indexed workspace at rest does
   * not need.
   */
  private sizePool(): void {
    const waiting = this.high.length + this.low.length;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!waiting) {
      if (this.runners.length > 1 && this.runners.some((r, i) => i > 0 && r.inFlight === 0))
        this.runners = this.runners.filter((r, i) => {
          if (i === 0 || r.inFlight > 0) return true;
          r.terminate();
          return false;
        });
      if (this.runners.length === 1 && this.runners[0]!.inFlight === 0) {
        this.idleTimer = setTimeout(() => this.stopIdle(), this.options.idleStopMs ?? IDLE_STOP_MS);
        this.idleTimer.unref();
      }
      return;
    }
    let free = this.runners.reduce((n, r) => n + (r.dead ? 0 : PER_WORKER - r.inFlight), 0);
    while (waiting > free && this.runners.length < this.maxRunners && !this.spawnFailed) {
      const r = this.spawn();
      if (!r) this.spawnFailed = true;
      else {
        this.runners.push(r);
        free += PER_WORKER;
      }
    }
  }

  /** The last analysis worker, idle since IDLE_STOP_MS: stopped (the next job starts one, pump). */
  private stopIdle(): void {
    this.idleTimer = undefined;
    if (this.disposed || this.high.length || this.low.length) return;
    const [r] = this.runners;
    if (this.runners.length !== 1 || !(r instanceof WorkerRunner) || r.dead || r.inFlight > 0) return;
    r.terminate();
    this.runners = [];
    this.stoppedIdle = true;
  }

  /**
   * A runner: a worker thread, or the in-process runner when the engine has no worker script. A worker that
   * cannot start is reported and leaves its slot empty: the analysis never moves onto the extension host.
   */
  private spawn(role: WorkerData['role'] = 'analysis'): Runner | undefined {
    const script = this.options.workerScript;
    if (!script) return new InlineRunner();
    try {
      return new WorkerRunner(script, this.options.jobBudgetMs ?? DEFAULT_JOB_BUDGET_MS, role, (dead, err) =>
        this.replace(dead, err),
      );
    } catch (err) {
      this.options.onError?.(`could not start an index worker: ${String(err)}`);
      return undefined;
    }
  }

  /** A worker died (crashed, or terminated over budget): a new worker takes its place. */
  private replace(dead: WorkerRunner, err: JobFailure): void {
    if (this.disposed) return;
    this.options.onError?.(`an index worker stopped (${err.message}); starting a new one`);
    this.deathStreak = dead.answered > 0 ? 0 : this.deathStreak + 1;
    const next =
      this.deathStreak < MAX_DEATH_STREAK ? this.spawn(dead === this.events ? 'events' : 'analysis') : undefined;
    if (next) this.restarts++;
    if (dead === this.events) {
      // The event index is lost with its worker: group again from the articles the host still has.
      this.events = next ?? new NoRunner();
      void this.regroup();
      return;
    }
    this.runners = this.runners.flatMap((r) => (r !== dead ? [r] : next ? [next] : []));
    if (!this.runners.length) this.stoppedIdle = false;
    if (!this.runners.length) this.options.onError?.('the index workers keep stopping: indexing stopped');
  }

  /** Files that could not be analysed (too large, unreadable, binary, too slow, crashed), by URI. */
  unanalysed(): Unanalysed[] {
    return [...this.problems.values()].sort((a, b) => a.uri.localeCompare(b.uri));
  }

  private setProblem(uri: string, reason: UnanalysedReason, message: string): void {
    this.problems.set(uri, { uri, reason, message });
    this.notify();
  }

  private clearProblem(uri: string): void {
    if (this.problems.delete(uri)) this.notify();
  }

  get stats(): IndexStats {
    const workers = [...this.runners, this.events];
    return {
      articles: this.lookup.byPath.size,
      events: this.lookup.events.size,
      workers: this.runners.length,
      inProcess: this.options.workerScript === null,
      threadIds: workers.map((w) => w.threadId).filter((id): id is number => id !== null),
      workerHeap: workers.reduce((n, w) => n + w.heapUsed, 0),
      hostMs: this.hostMs,
      hostMaxMs: this.hostMaxMs,
      unanalysed: this.problems.size,
      restarts: this.restarts,
      eventRegroups: this.eventCounts.regroups,
      eventsRead: this.eventCounts.materialised,
      eventsFromSnapshot: this.eventCounts.fromSnapshot,
      groupedAt: this.groupedAt,
    };
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- scheduling --------------------------------------------------------------------------------------------

  private schedule<T>(job: Job, priority: 'high' | 'low', signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      (priority === 'high' ? this.high : this.low).push({
        job,
        resolve: resolve as (v: unknown) => void,
        reject,
        signal,
      });
      this.pump();
    });
  }

  private pump(): void {
    this.startWorkers();
    if (!this.runners.length && this.stoppedIdle && !this.disposed && (this.high.length || this.low.length)) {
      this.stoppedIdle = false;
      const r = this.spawn();
      if (r) this.runners.push(r);
    }
    if (!this.runners.length) {
      // Every analysis slot is gone (workers that could not be started or kept running): fail, never wait.
      const failure = new JobFailure('no index worker is running', 'crashed', true);
      for (const q of [...this.high.splice(0), ...this.low.splice(0)]) q.reject(failure);
      return;
    }
    if (!this.disposed && this.runners[0] instanceof WorkerRunner) this.sizePool();
    for (;;) {
      const runner = this.runners.reduce<Runner | undefined>(
        (best, r) => (!r.dead && r.inFlight < PER_WORKER && (!best || r.inFlight < best.inFlight) ? r : best),
        undefined,
      );
      if (!runner) return;
      const next = this.high.shift() ?? this.low.shift();
      if (!next) return;
      if (next.signal?.aborted) {
        next.reject(new Error('superseded'));
        continue;
      }
      runner
        .run(next.job)
        .then(next.resolve, (err: unknown) => {
          // A job whose worker died is sent again, ahead of the rest: one that only waited behind the failed
          // job always, one that was running once (a second crash fails it); one over budget never.
          if (err instanceof JobFailure && err.reason === 'crashed' && !this.disposed && this.runners.length) {
            if (!err.started || !next.retried) {
              if (err.started) next.retried = true;
              this.high.unshift(next);
              return;
            }
          }
          next.reject(err instanceof Error ? err : new Error(String(err)));
        })
        .finally(() => this.pump());
    }
  }

  /** Counts work whose effect is not yet in the look-up (whenIdle waits for it). */
  private async track<T>(p: Promise<T>): Promise<T> {
    this.outstanding++;
    try {
      return await p;
    } finally {
      this.outstanding--;
      this.settle();
    }
  }

  /**
   * Queues one operation on the event index: the operations of one turn of the event loop (a reload's articles
   * taken from the store, a burst of saved files) go to the events worker as one job, in order, of at most
   * EVENT_OPS_PER_JOB operations (a message of a few MB, so that the worker starts while the host goes on).
   */
  private queueEvents(op: EventsOp): Promise<void> {
    // Anything but the articles taken from the store and the saved grouping may make the worker group again: the
    // puts it has not had go first (sendStoredPuts: in slices, this op and those after it held until they are sent).
    if (!this.flushing) {
      if (this.held) {
        this.held.push(op);
        return this.heldSent!;
      }
      if (op.op !== 'stored' && op.op !== 'restore' && op.op !== 'reset' && this.storedLater.size)
        return this.holdFor(op);
    }
    // The open `stored` op takes no more articles once another op follows it.
    if (op !== this.openStored) this.openStored = undefined;
    this.eventOps.push(op);
    if (this.eventOps.length >= EVENT_OPS_PER_JOB) return this.sendEvents();
    this.eventsSent ??= this.track(
      new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.eventsSent = undefined;
        return this.sendEvents();
      }),
    );
    return this.eventsSent;
  }

  private sendEvents(): Promise<void> {
    const ops = this.eventOps;
    this.eventOps = [];
    this.openStored = undefined;
    return ops.length && !this.disposed ? this.runEvents({ kind: 'events', ops }) : Promise.resolve();
  }

  private runEvents(job: EventsJob): Promise<void> {
    this.startWorkers();
    const gen = this.generation;
    return this.track(
      this.events.run(job).then(
        (delta) => {
          if (gen === this.generation) this.timed(() => this.applyDelta(delta as EventsDelta));
        },
        (err: unknown) => this.options.onError?.(`event index: ${String(err)}`),
      ),
    );
  }

  // ---- changes -------------------------------------------------------------------------------------------------

  /** Starts a full indexing: empties the index; articles added until `finishBatch` are grouped in one pass. */
  reset(): void {
    this.generation++;
    this.batching = true;
    // The old indexing's backlog goes; jobs asked for now (an open document, an alignment) stay.
    for (const q of this.low.splice(0)) q.reject(new Error('superseded'));
    clearCorpusLookup(this.lookup);
    this.problems.clear();
    this.requested.clear();
    this.seq.clear();
    this.hashes.clear();
    this.eventKeys.clear();
    this.mentionsOf.clear();
    this.storedLater.clear();
    this.held = this.heldSent = undefined;
    this.openStored = undefined;
    this.pool.clear();
    this.alignments.clear();
    this.stamps.clear();
    // Operations queued for the old index go: the worker starts from an empty one.
    this.eventOps = [];
    void this.queueEvents({ op: 'reset' });
    // The events worker keeps a snapshot of its index beside the store, for the first grouping after a reload.
    if (this.options.store) void this.queueEvents({ op: 'keep', folder: this.options.store.folder });
    this.notify();
  }

  /**
   * Analyses files in the background (low priority); `onDone` after each. Resolves when all are applied. With a
   * store, the files it holds are taken from it first, in slices of RESTORE_SLICE files between turns of the
   * event loop (no promise per file: a reload takes 10,000).
   */
  async addFiles(uris: readonly string[], onDone?: (uri: string) => void): Promise<void> {
    const store = this.options.store;
    let rest = uris;
    if (store) {
      const gen = this.generation;
      await store.load();
      const left: string[] = [];
      for (let i = 0; i < uris.length; i += RESTORE_SLICE) {
        if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        if (gen !== this.generation || this.disposed) return;
        for (const uri of uris.slice(i, i + RESTORE_SLICE)) {
          if (this.restoreFile(uri, store)) onDone?.(uri);
          else left.push(uri);
        }
      }
      rest = left;
    }
    await Promise.all(
      rest.map((uri) =>
        this.analyzeFile(uri, 'low').then(
          () => onDone?.(uri),
          () => undefined,
        ),
      ),
    );
  }

  /** Takes a file's record from the (loaded) store into the index when it still holds the text; else false. */
  private restoreFile(uri: string, store: IndexStore): boolean {
    const fsPath = this.options.fsPathOf(uri);
    // Not in the store (a first indexing): the asynchronous way notes its size and time for the record to come.
    if (!fsPath || !store.has(uri) || this.options.openText?.(uri) !== undefined) return false;
    const kept = store.restoreNow(uri, fsPath);
    if (!kept) return false;
    this.seq.set(uri, this.nextSeq++);
    this.requested.add(uri);
    this.apply(kept.article, null, kept.mentions, kept.hash, true, {
      inStore: kept.noFingerprint ? undefined : store.folder,
    });
    return true;
  }

  /** Re-reads one file now (created, changed on disk). */
  upsertFile(uri: string): Promise<void> {
    return this.analyzeFile(uri, 'high');
  }

  private async analyzeFile(uri: string, priority: 'high' | 'low'): Promise<void> {
    const gen = this.generation;
    const mine = this.nextSeq++;
    this.seq.set(uri, mine);
    this.requested.add(uri);
    await this.track(
      (async () => {
        const job: AnalyzeJob = { kind: 'analyze', uri };
        const open = this.options.openText?.(uri);
        const fsPath = this.options.fsPathOf(uri);
        const store = this.options.store;
        if (open === undefined && fsPath && store) {
          const kept = await store.restore(uri, fsPath);
          if (gen !== this.generation || this.seq.get(uri) !== mine) return;
          if (kept)
            return this.apply(kept.article, null, kept.mentions, kept.hash, true, {
              inStore: kept.noFingerprint ? undefined : store.folder,
            });
        }
        const current = (): boolean => gen === this.generation && this.seq.get(uri) === mine;
        let result: AnalyzeResult;
        try {
          if (open !== undefined) job.text = open;
          else if (fsPath) job.fsPath = fsPath;
          else if (this.options.readBytes) job.bytes = await this.options.readBytes(uri);
          result = await this.schedule<AnalyzeResult>(job, priority);
        } catch (err) {
          if (!current() || this.disposed) return;
          if (err instanceof JobFailure) this.failed(uri, err.reason, err.message);
          else if (!(err instanceof Error && err.message === 'superseded'))
            this.failed(uri, refusalReason(err), err instanceof Error ? err.message : String(err));
          return;
        }
        if (!current()) return;
        if (result.record === undefined) this.failed(uri, result.reason ?? 'unreadable', result.error ?? 'cannot read');
        else {
          this.clearProblem(uri);
          const { article, mentions } = parseStoreRecord(result.record);
          this.apply(article, result.fingerprint, mentions, result.hash, true);
          store?.put(uri, {
            hash: result.hash,
            article,
            record: result.record,
            fingerprint: result.fingerprint,
            mentions,
          });
        }
      })(),
    );
  }

  /** A file that could not be analysed: listed with its reason, and its earlier version leaves the index. */
  private failed(uri: string, reason: UnanalysedReason, message: string): void {
    this.setProblem(uri, reason, message);
    if (this.lookup.byPath.has(uri) || this.hashes.has(uri)) this.removeNow(uri);
    else this.options.store?.delete(uri);
  }

  /**
   * The whole analysis of a text, made in a worker now (before any queued indexing): an open document's, so that
   * re-analysing it as someone types never blocks the host.
   */
  async analyzeText(
    uri: string,
    text: string,
    signal?: AbortSignal,
    options?: AnalyzeJob['options'],
  ): Promise<ArticleAnalysis> {
    let result: AnalyzeResult;
    try {
      result = await this.schedule<AnalyzeResult>({ kind: 'analyze', uri, text, full: true, options }, 'high', signal);
    } catch (err) {
      // Too slow or crashing twice: the document is listed, and its analysis does not move to the host.
      if (err instanceof JobFailure && !signal?.aborted) this.failed(uri, err.reason, err.message);
      throw err;
    }
    if (!result.article) throw new Error(result.error ?? 'analysis failed');
    return result.article;
  }

  /** An analysis made in the host (an open document's, from the analysis cache) of `text`. */
  putAnalysis(uri: string, analysis: ArticleAnalysis, text: string): void {
    this.seq.set(uri, this.nextSeq++);
    this.requested.add(uri);
    this.clearProblem(uri);
    const hash = textHash(text);
    if (this.hashes.get(uri) === hash && this.lookup.byPath.has(uri)) return;
    const fingerprint = encodeFingerprint(analysis.fingerprint ?? null);
    this.apply(slimForIndex({ ...analysis, path: uri }), fingerprint, mentionCounts(analysis), hash);
  }

  /** Runs host-side work and accounts for its time (the benchmark reports it). */
  private timed(f: () => void): void {
    const t0 = performance.now();
    f();
    const ms = performance.now() - t0;
    this.hostMs += ms;
    if (ms > this.hostMaxMs) this.hostMaxMs = ms;
  }

  /**
   * Takes an article into the look-up: a slim copy (compacted here), or with `parsed`, a store record's article
   * just parsed (made the index's copy in place) with its mention counts per actor. `stored`: taken from the
   * store, its fingerprint in the store's folder (`inStore`, read there by the events worker), or none.
   */
  private apply(
    article: ArticleAnalysis,
    fingerprint: PutOp['fingerprint'],
    mentions: Record<string, number> | number[],
    hash: string,
    parsed = false,
    stored?: { inStore?: string },
  ): void {
    this.timed(() => this.applyNow(article, fingerprint, mentions, hash, parsed, stored));
  }

  private applyNow(
    article: ArticleAnalysis,
    fingerprint: PutOp['fingerprint'],
    mentions: Record<string, number> | number[],
    hash: string,
    parsed: boolean,
    stored: { inStore?: string } | undefined,
  ): void {
    if (this.hashes.get(article.path) === hash && this.lookup.byPath.has(article.path)) return;
    this.hashes.set(article.path, hash);
    article = parsed ? adoptForIndex(article, this.pool) : compactForIndex(article, this.pool);
    const perActor = Array.isArray(mentions) ? mentions : article.actors.map((a) => mentions[a.id] ?? 0);
    // The whole article's mention counts weigh its persons as the batch does (the slim copy keeps a few mentions).
    putArticle(this.lookup, article, { assignIds: true, mentionCounts: perActor });
    this.touchEventOf(article.path);
    const key = fingerprint === null && stored?.inStore === undefined ? `${hash}-` : hash;
    this.eventKeys.set(article.path, key);
    if (stored && this.batching && this.options.store && !this.held) {
      // Taken from the store at a reload: the events worker hears its path and key only (a `restore` needs no
      // more); its put is made when the index must be grouped again (sendStoredPuts), with the ids of then.
      this.mentionsOf.delete(article.path);
      this.storedLater.set(article.path, perActor);
      this.queueStored(article.path, key);
    } else this.putEvents(article, perActor, fingerprint, key, stored);
    this.sendReassigned();
    this.notify();
  }

  /** The events worker's `put` of an indexed article (`stored`: taken from the store, its fingerprint there or none). */
  private putEvents(
    article: ArticleAnalysis,
    perActor: number[],
    fingerprint: PutOp['fingerprint'],
    key: string,
    stored: { inStore?: string } | undefined,
  ): void {
    this.storedLater.delete(article.path);
    // Only an article whose actors may get other ids later is sent again (sendReassigned): its counts are kept.
    const movable = mayBeReassigned(this.lookup, article);
    if (movable) this.mentionsOf.set(article.path, perActor);
    else this.mentionsOf.delete(article.path);
    // The fingerprint goes on as the worker wrote it; the events worker adds the actors' corpus ids to it.
    const put: PutOp = {
      op: 'put',
      path: article.path,
      fingerprint,
      actors: actorFeatures(article, perActor),
      headline: article.title ?? article.path,
      when: article.date,
      language: article.language,
      key,
      ...(stored ? { stored: true } : {}),
      ...(stored?.inStore !== undefined ? { inStore: stored.inStore } : {}),
      ...(movable ? { movable } : {}),
    };
    void this.queueEvents(put);
  }

  /** Tells the events worker of an article taken from the store (its path and key), in one op with the others. */
  private queueStored(path: string, key: string): void {
    let op = this.openStored;
    if (!op) {
      op = this.openStored = { op: 'stored', paths: [], keys: [], inStore: this.options.store!.folder };
      void this.queueEvents(op);
    }
    op.paths.push(path);
    op.keys.push(key);
  }

  /**
   * The puts of the articles the events worker knows by a `stored` op only, with their actors' current ids: sent
   * ahead of any operation that may make it group again.
   */
  private holdFor(op: EventsOp): Promise<void> {
    this.held = [op];
    this.heldSent = this.track(this.sendStoredPuts());
    return this.heldSent;
  }

  /**
   * Sends the puts of `storedLater` in slices of STORED_PUTS_SLICE between turns of the event loop (10,000 at once
   * kept the host busy for a quarter of a second), then the operations held meanwhile, in order.
   */
  private async sendStoredPuts(): Promise<void> {
    const gen = this.generation;
    const folder = this.options.store?.folder;
    while (this.storedLater.size) {
      let n = 0;
      this.flushing = true;
      try {
        this.timed(() => {
          for (const [path, perActor] of this.storedLater) {
            if (n++ === STORED_PUTS_SLICE) break;
            this.storedLater.delete(path);
            const article = this.lookup.byPath.get(path);
            const key = this.eventKeys.get(path);
            if (article && key !== undefined)
              this.putEvents(article, perActor, null, key, { inStore: key.endsWith('-') ? undefined : folder });
          }
        });
      } finally {
        this.flushing = false;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (gen !== this.generation || this.disposed) return;
    }
    const held = this.held ?? [];
    this.held = this.heldSent = undefined;
    await Promise.all(held.map((op) => this.queueEvents(op)));
  }

  /**
   * Hover and related coverage read the ids the look-up gave other articles at once; the events worker is sent
   * those articles' actors with their new ids (an `actors` op each), so that it groups by the ids the batch gives
   * whatever order the articles came in.
   */
  private sendReassigned(): void {
    const reassigned = this.lookup.reassigned;
    if (!reassigned.size) return;
    for (const p of reassigned) {
      // Not sent yet: its put is made with the ids it has then.
      if (this.storedLater.has(p)) continue;
      const article = this.lookup.byPath.get(p);
      const perActor = this.mentionsOf.get(p);
      if (article && perActor)
        void this.queueEvents({ op: 'actors', path: p, actors: actorFeatures(article, perActor) });
    }
    reassigned.clear();
  }

  remove(uri: string): void {
    this.seq.set(uri, this.nextSeq++);
    this.problems.delete(uri);
    this.requested.delete(uri);
    this.removeNow(uri);
  }

  private removeNow(uri: string): void {
    this.options.store?.delete(uri);
    this.hashes.delete(uri);
    this.eventKeys.delete(uri);
    this.mentionsOf.delete(uri);
    this.storedLater.delete(uri);
    this.touchEventOf(uri);
    const had = removeArticle(this.lookup, uri);
    if (had) void this.queueEvents({ op: 'remove', path: uri });
    this.sendReassigned();
    this.notify();
  }

  /**
   * Groups the articles added since `reset`: one clustering pass in the events worker, or, after a reload, the
   * grouping the store kept (shown at once), which the events worker takes as it is when no article changed,
   * came or went since, and else groups again, sending only the events that changed.
   */
  async finishBatch(): Promise<void> {
    const store = this.options.store;
    if (store && !store.isListed) {
      // Read by the first file taken from the store, else now (every file was open or new).
      const gen = this.generation;
      await store.whenListed();
      if (gen !== this.generation) return;
    }
    // Shown at once (in the same turn as the last article taken), before the events worker answers.
    const saved = store?.takeSavedEvents();
    if (saved) {
      this.timed(() => setEvents(this.lookup, this.present(saved.events), []));
      const events = saved.events.map((e): [string, string[]] => [e.id, e.articles]);
      const restore: EventsOp = { op: 'restore', events, keys: saved.keys };
      // A grouping that will not fit is grouped again at once: the worker needs every put first.
      if (this.storedLater.size && !savedGroupingFits(saved.events, saved.keys, this.eventKeys))
        await (this.held ? this.queueEvents(restore) : this.holdFor(restore));
      else await this.queueEvents(restore);
    } else await this.queueEvents({ op: 'cluster' });
    this.batching = false;
    this.releaseWorkerMemory();
    // The batch's throttled notification may be up to a second away: announce the grouped index now.
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    this.notify();
  }

  /**
   * After a first indexing, each worker's heap holds the pages and nursery its peak needed: a collection that
   * gives them back (in the worker, off the host; the next job waits for it, a fraction of a second). An analysis
   * worker that analysed many articles also holds the caches they filled (per word and name: 68 MB of heap after
   * 10,000 articles, against 19 MB fresh), which help the next edits little: an idle one is stopped, and the next
   * job starts a fresh worker (a fifth of a second, in the new worker). Stopped rather than replaced at once: an
   * idle worker, even a fresh one, keeps some 50 MB of the process's RSS (its isolate, word lists, allocator
   * arenas; bench:vscode 10k: 528 -> 475-484 MB after indexing).
   */
  private releaseWorkerMemory(): void {
    const before = this.runners.length;
    this.runners = this.runners.filter((r) => {
      if (
        !(r instanceof WorkerRunner) ||
        r.dead ||
        r.inFlight > 0 ||
        r.answered < (this.options.recycleAfterJobs ?? RECYCLE_AFTER_JOBS)
      )
        return true;
      r.terminate();
      return false;
    });
    if (before && !this.runners.length) this.stoppedIdle = true;
    for (const r of [...this.runners, this.events])
      if (r instanceof WorkerRunner && !r.dead && r.answered > 0)
        r.run({ kind: 'heap', gc: true, release: true }).catch(() => undefined);
  }

  /**
   * Saved events as the look-up may hold them now: members that are not indexed (any more) left out, an event
   * without any left out (the events worker's delta replaces them with the current grouping).
   */
  private present(events: CoverageEvent[]): CoverageEvent[] {
    const out: CoverageEvent[] = [];
    for (const e of events) {
      if (e.articles.every((p) => this.lookup.byPath.has(p))) out.push(e);
      else {
        const articles = e.articles.filter((p) => this.lookup.byPath.has(p));
        if (articles.length) out.push({ ...e, articles });
      }
    }
    return out;
  }

  /** After losing the events worker: a new event index from the articles the host has. */
  private async regroup(): Promise<void> {
    // Fingerprints live only in the lost worker: re-analyse every file asked for (background), then cluster.
    const uris = [...this.requested];
    this.reset();
    await this.addFiles(uris);
    await this.finishBatch();
  }

  private touchEventOf(path: string): void {
    const e = this.lookup.eventOf.get(path);
    if (e) this.stamps.set(e.id, ++this.stampCounter);
  }

  /** The events worker's counts, as its last delta gave them (a new worker starts from 0). */
  private eventCounts = { regroups: 0, materialised: 0, fromSnapshot: 0 };
  /** When (performance.now()) the look-up last took a change of the grouping (before any reasons that follow it). */
  private groupedAt = 0;

  private applyDelta(delta: EventsDelta): void {
    this.eventCounts = {
      regroups: delta.regroups ?? 0,
      materialised: delta.materialised ?? 0,
      fromSnapshot: delta.fromSnapshot ?? 0,
    };
    if (delta.missing?.length) {
      // Stored fingerprints the events worker could not read: those files are analysed again.
      this.options.store?.fingerprintsMissing(delta.missing);
      for (const p of delta.missing) {
        if (!this.requested.has(p)) continue;
        this.hashes.delete(p);
        void this.analyzeFile(p, 'high');
      }
    }
    if (delta.reset) {
      setEvents(this.lookup, [], [...this.lookup.events.keys()]);
      this.alignments.clear();
    }
    setEvents(this.lookup, delta.changed, delta.removed);
    if (!delta.described && (delta.reset || delta.changed.length || delta.removed.length))
      this.groupedAt = performance.now();
    // A grouping that touched many events sent them without reasons: asked for at once (the next events job), so
    // that the index is idle (and the store writes the grouping) only once they are in.
    if (delta.undescribed) void this.queueEvents({ op: 'describe' });
    // The reasons of a first indexing come after its collection (releaseWorkerMemory): another, once they are in.
    else if (delta.described && this.events instanceof WorkerRunner && !this.events.dead)
      this.events.run({ kind: 'heap', gc: true, release: true }).catch(() => undefined);
    // Written when the grouping changed (a changed input always changes its event): a reload that took the saved
    // grouping as it is writes nothing. Saved grouping and keys are taken together, when the index is idle.
    if (delta.changed.length || delta.removed.length)
      this.options.store?.eventsChanged(() =>
        this.outstanding || this.batching
          ? undefined
          : { keys: Object.fromEntries(this.eventKeys), events: [...this.lookup.events.values()] },
      );
    // Reasons added to the same members change no alignment.
    if (!delta.described) for (const e of delta.changed) this.stamps.set(e.id, ++this.stampCounter);
    for (const id of delta.removed) {
      this.stamps.delete(id);
      this.alignments.delete(id);
    }
    this.notify();
  }

  private notify(): void {
    if (this.notifyTimer) return;
    const wait = this.batching ? Math.max(0, BATCH_NOTIFY_MS - (Date.now() - this.lastNotify)) : 20;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.lastNotify = Date.now();
      for (const l of this.listeners) l();
      this.settle();
    }, wait);
  }

  private settle(): void {
    if (this.outstanding > 0 || this.notifyTimer || this.high.length || this.low.length) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Resolves once every queued analysis and event change is applied and announced. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.settle();
    });
  }

  // ---- alignment -------------------------------------------------------------------------------------------------

  /** The aligned claims of an event when they are computed for its current state, without waiting. */
  cachedAlignment(eventId: string): AlignedClaim[] | undefined {
    const a = this.alignments.get(eventId);
    return a && a.stamp === (this.stamps.get(eventId) ?? 0) ? a.claims : undefined;
  }

  /** The aligned claims of an event (core alignClaims in a worker), computed once per change of the event. */
  /**
   * Why each of `others` goes with the article `path` (the events worker's EventIndex.pairReasons: what each shares
   * with `path` itself). Rejects when no events worker runs.
   */
  pairReasons(path: string, others: string[]): Promise<Record<string, Reason[]>> {
    this.startWorkers();
    return this.events.run({ kind: 'pairs', path, others }) as Promise<Record<string, Reason[]>>;
  }

  alignment(eventId: string): Promise<AlignedClaim[]> {
    const event = this.lookup.events.get(eventId);
    if (!event || event.articles.length < 2) return Promise.resolve([]);
    const stamp = this.stamps.get(eventId) ?? 0;
    const cached = this.alignments.get(eventId);
    if (cached && cached.stamp === stamp) return cached.promise;
    const entry: { stamp: number; promise: Promise<AlignedClaim[]>; claims?: AlignedClaim[] } = {
      stamp,
      promise: this.align(event),
    };
    entry.promise.then(
      (claims) => (entry.claims = claims),
      () => this.alignments.delete(eventId),
    );
    this.alignments.set(eventId, entry);
    return entry.promise;
  }

  private async align(event: CoverageEvent): Promise<AlignedClaim[]> {
    const articles = event.articles
      .map((p) => this.lookup.byPath.get(p))
      .filter((a): a is ArticleAnalysis => !!a)
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.path.localeCompare(b.path));
    const job: AlignJob = { kind: 'align', articles, texts: {}, fsPaths: {} };
    for (const a of articles) {
      const open = this.options.openText?.(a.path);
      const fsPath = this.options.fsPathOf(a.path);
      if (open !== undefined) job.texts[a.path] = open;
      else if (fsPath) job.fsPaths[a.path] = fsPath;
      else if (this.options.readBytes) {
        try {
          job.texts[a.path] = decodeBytes(await this.options.readBytes(a.path)).text;
        } catch {
          // unreadable now: its statements still align
        }
      }
    }
    return this.schedule<AlignedClaim[]>(job, 'high');
  }

  /** The workers' V8 heaps after a full collection each, in bytes (diagnostics; 0 in process). */
  async workerHeaps(): Promise<number> {
    this.startWorkers();
    const sizes = await Promise.all(
      [...this.runners, this.events].map((r) =>
        r instanceof WorkerRunner && !r.dead ? (r.run({ kind: 'heap', gc: true }) as Promise<number>) : 0,
      ),
    );
    return sizes.reduce((a, b) => a + b, 0);
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const q of [...this.high.splice(0), ...this.low.splice(0)]) q.reject(new Error('index disposed'));
    for (const r of [...this.runners, this.events]) r.terminate();
    this.listeners.clear();
    void this.options.store?.dispose();
  }
}

/**
 * An article's actors as event features: corpus id, name, and that actor's mentions in the whole article. Per
 * actor, as the batch (core buildEventIndex → withActorFeatures) gives them: where two actors of an article have
 * one id, the feature's count is the later one's. Summed per id, the editor grouped such an article otherwise than
 * the batch where its pairs were near the threshold (an article naming one broadcaster twice left its event after
 * four other articles were removed).
 */
function actorFeatures(article: ArticleAnalysis, perActor: readonly number[]): ActorFeature[] {
  return article.actors.map((a, i): ActorFeature => [a.id, a.name, perActor[i] ?? 0]);
}
