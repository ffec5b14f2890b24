// The workspace index kept across reloads: each article's slim analysis, event fingerprint and mention counts,
// and the last grouping into events, in the workspace's storage folder (context.storageUri), so that reopening
// a window re-analyses only the files that changed.
//
// Keys. A record belongs to a file URI and is valid only for the text it was made from (its content hash,
// indexJobs.textHash) and for the analyser that made it (`version`: the analysis worker's bundle, size and
// time, and this store's FORMAT, so that any new build re-analyses). Records of another version are never read:
// their folder is deleted.
// Layout (FORMAT 6). <dir>/<version>/shard-NN.jsonl: 64 append-only logs of records by a hash of the URI, one line
// per change (the last line of a URI wins), compacted when read if most lines are superseded; beside each,
// fp-NN.jsonl, the same URIs' event fingerprints, which the host never reads at a reload: the events worker reads
// them itself, and only when it must group again (storedFingerprintSlices); and <dir>/<version>/events.json: the
// events and the input key of every article they were grouped from (the events worker takes the grouping for the
// articles whose keys are the same, and groups again only when one changed, came or went). A record line is three
// tab-separated JSON texts: the URI, the record's hash, size and time (and `nofp` for an article without a
// fingerprint; or null for a deletion), and the article as the index keeps it with its mention counts
// (storeRecord, made by the analysis worker: the compact copy, which parses into the index's copy in place, with
// no second copy, its sentence spans packed in one string and unpacked when first read). A fingerprint line is the
// URI, the text hash it was made from, and the fingerprint as the analysis worker wrote it (JSON never holds a raw
// tab). Writes are batched (after a pause in the changes, every PENDING_MAX records, and on dispose), appended (a
// shard's fingerprints before its records), so a first indexing costs its records once and holds at most
// PENDING_MAX of them in memory; rewrites go through a renamed file.
// Reading. A shard is read as bytes and only its URIs are decoded at start; a record is decoded and parsed when
// the index takes it (restore), one at a time, so a reload never holds every parsed record at once; fingerprints
// are neither read nor passed on by the host.
// Safety. The cache is always safe to delete; a file or a record that cannot be read or parsed is ignored (the
// file removed, the record analysed again) and reported through `onIgnored`; nothing here throws into the index.
// Plain Node (no `vscode` import): the benchmark drives it as the extension does.
import { existsSync, promises as fs, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Actor, ArticleAnalysis, CoverageEvent, Span, Statement } from '../core';
import { decodeBytes, type StringPool } from '../core';
import { readArticleFile, storeRecord, textHash } from './indexJobs';
import {
  fingerprintsName,
  lastLines,
  NO_SPANS,
  shardName,
  shardOf,
  SHARDS,
  type Slice,
  TAB,
  unpackSpans,
} from './indexStoreFormat';

/** A file touched but not resized is re-read on the host to compare its text only up to this size. */
const HOST_REHASH_BYTES = 256 * 1024;

/** What is kept per article: what the index needs to take it back without analysing it. */
export interface StoredArticle {
  /** textHash of the text it was made from. */
  hash: string;
  /**
   * The slim copy. Read back from the store it is parsed from `record` and not yet compacted (adoptForIndex
   * makes it the index's copy in place).
   */
  article: ArticleAnalysis;
  /**
   * The article and its mention counts as the store writes them (storeRecord), when made already: by the
   * analysis worker (a string), or as read back (bytes); else made from `article` when written.
   */
  record?: string | Uint8Array;
  /**
   * The event fingerprint as JSON (indexJobs.encodeFingerprint) as the analysis worker sent it, or null (none);
   * undefined as read back: it stays in the store's fp-NN.jsonl (the events worker reads it there), and a record
   * written again without a new fingerprint keeps the one stored.
   */
  fingerprint?: string | null;
  /** As read back: the article was stored without a fingerprint. */
  noFingerprint?: boolean;
  /** Mentions per article-local actor id, or per actor in the order of `article.actors` (as stored). */
  mentions: Record<string, number> | number[];
  /** The file's size and modification time when it was read for this record: equal, the file is not read again. */
  size?: number;
  mtimeMs?: number;
}

/**
 * The last grouping: the events (with their labels and reasons) and the input key of every article they were
 * grouped from (indexJobs.putKey, as the events worker reported it), by path.
 */
export interface SavedEvents {
  keys: Record<string, string>;
  events: CoverageEvent[];
}

/** The grouping to write; undefined while the index is changing. */
type EventsSnapshot = () => SavedEvents | undefined;

/** A reason as stored (types.ts Reason: an object with its kind). */
function isReason(x: unknown): boolean {
  return !!x && typeof x === 'object' && typeof (x as { kind?: unknown }).kind === 'string';
}

/** Whether a parsed events.json is a grouping this store wrote (every field the index reads has its type). */
function isSavedEvents(x: unknown): x is SavedEvents {
  if (!x || typeof x !== 'object') return false;
  const { keys, events } = x as Partial<SavedEvents>;
  if (!keys || typeof keys !== 'object' || Array.isArray(keys) || !Array.isArray(events)) return false;
  for (const k in keys) if (typeof keys[k] !== 'string') return false;
  return events.every(
    (e) =>
      !!e &&
      typeof e.id === 'string' &&
      typeof e.label === 'string' &&
      Array.isArray(e.articles) &&
      e.articles.length > 0 &&
      e.articles.every((p) => typeof p === 'string') &&
      !!e.reasons &&
      typeof e.reasons === 'object' &&
      Object.values(e.reasons).every((r) => Array.isArray(r) && r.every((x: unknown) => isReason(x))),
  );
}

/**
 * The layout and record format of this store: part of the version, so that another format is never read (6: the
 * events' reasons are data, types.ts Reason, no longer English strings).
 */
export const FORMAT = 6;
/** Writes wait for this long a pause in the changes (a first indexing writes once, at its end), at most MAX_WAIT_MS. */
const WRITE_DELAY_MS = 3000;
const MAX_WAIT_MS = 60_000;
const PENDING_MAX = 200;

/** One record's line, as the parts to write (what was read back from the store stays bytes). */
function line(u: string, r: StoredArticle | null): (string | Uint8Array)[] {
  if (!r) return [`${JSON.stringify(u)}\tnull\n`];
  const nofp = r.fingerprint === undefined ? r.noFingerprint : r.fingerprint === null;
  const head = JSON.stringify({ hash: r.hash, size: r.size, mtimeMs: r.mtimeMs, ...(nofp ? { nofp: 1 } : {}) });
  return [`${JSON.stringify(u)}\t${head}\t`, r.record ?? storeRecord(r.article, r.mentions), '\n'];
}

/** One fingerprint's line (a record written with a new fingerprint), or undefined when it keeps the stored one. */
function fingerprintLine(u: string, r: StoredArticle | null): string | undefined {
  if (!r || r.fingerprint === undefined) return undefined;
  return `${JSON.stringify(u)}\t${JSON.stringify(r.hash)}\t${r.fingerprint ?? 'null'}\n`;
}

/**
 * A record from its line (after the URI), or undefined when it is not one this store wrote. Its article is
 * parsed, not yet the index's copy (adoptForIndex); its fingerprint stays in the store.
 */
export function parseRecord(bytes: Buffer, start: number, end: number, view = true): StoredArticle | undefined {
  try {
    const tab = bytes.indexOf(TAB, start);
    if (tab < 0 || tab >= end) return undefined;
    const r = JSON.parse(bytes.toString('utf8', start, tab)) as (Partial<StoredArticle> & { nofp?: 1 }) | null;
    const parsed = JSON.parse(bytes.toString('utf8', tab + 1, end)) as unknown;
    if (!r || typeof r.hash !== 'string' || !Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [mentions, a] = parsed as [number[], ArticleAnalysis | null];
    if (!a || !Array.isArray(a.actors) || !Array.isArray(a.statements) || !Array.isArray(mentions)) return undefined;
    if (typeof a.sentences !== 'string' && !Array.isArray(a.sentences)) return undefined;
    return {
      hash: r.hash,
      size: r.size,
      mtimeMs: r.mtimeMs,
      article: a,
      mentions,
      // A view (unless `view` is false: restoreNow makes one only to write the record again); the index drops it.
      record: view ? bytes.subarray(tab + 1, end) : undefined,
      noFingerprint: r.nofp === 1,
    };
  } catch {
    return undefined;
  }
}

/** An article's `sentences` made from their packed string when first read (and then kept as an ordinary property). */
function lazySentences(a: ArticleAnalysis, packed: string): void {
  const settle = (target: ArticleAnalysis, value: Span[]): Span[] => {
    Object.defineProperty(target, 'sentences', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(a, 'sentences', {
    enumerable: true,
    configurable: true,
    get(this: ArticleAnalysis): Span[] {
      let spans: Span[];
      try {
        spans = unpackSpans(packed);
      } catch {
        // A damaged string: no sentences (alignment then reads the statements only).
        spans = NO_SPANS;
      }
      return settle(this, spans);
    },
    set(this: ArticleAnalysis, value: Span[]) {
      settle(this, value);
    },
  });
}

const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/** Strings JSON.parse internalises (V8: kMaxInternalizedStringValueLength). */
const PARSED_UNIQUE_LENGTH = 10;

/**
 * A record's parsed article made the index's copy in place, as compactForIndex makes one by copying: short
 * strings interned in `pool`, one shared (frozen) empty array for every empty list. The stored copy has
 * compactForIndex's fields in its order, so the parsed objects share their shapes; no second copy is made (a
 * reload takes 10,000 of them).
 */
export function adoptForIndex(a: ArticleAnalysis, pool: StringPool): ArticleAnalysis {
  // V8's JSON.parse makes every string of up to 10 characters one of the heap's unique strings already: asking
  // the pool for those (most ids, kinds, cues and short names) would only cost a look-up.
  const I = <T extends string | null | undefined>(s: T): T =>
    typeof s === 'string' && s.length <= PARSED_UNIQUE_LENGTH ? s : pool.intern(s);
  const strings = (xs: string[]): string[] => {
    if (!xs.length) return NO_STRINGS;
    for (let i = 0; i < xs.length; i++) xs[i] = I(xs[i]!);
    return xs;
  };
  const spans = <T extends Span>(xs: T[]): T[] => (xs.length ? xs : (NO_SPANS as T[]));
  const texts = <T extends Span & { text: string }>(xs: T[]): T[] => {
    if (!xs.length) return NO_SPANS as T[];
    for (const x of xs) x.text = I(x.text);
    return xs;
  };
  const text = <T extends { text: string } | null>(x: T): T => {
    if (x) x.text = I(x.text);
    return x;
  };
  a.language = I(a.language);
  a.outlet = I(a.outlet);
  a.dateline = I(a.dateline);
  a.date = I(a.date);
  a.warnings = strings(a.warnings);
  for (const x of a.actors as Actor[]) {
    x.id = I(x.id);
    x.name = I(x.name);
    x.kind = I(x.kind);
    x.roles = strings(x.roles);
    x.roleSpans = NO_SPANS as Actor['roleSpans'];
    x.aliases = strings(x.aliases);
    x.mentions = texts(x.mentions);
    x.descriptors = NO_SPANS as Actor['descriptors'];
  }
  for (const s of a.statements as Statement[]) {
    s.kind = I(s.kind);
    s.content.parts = spans(s.content.parts);
    text(s.cue);
    if (s.speaker) {
      s.speaker.text = I(s.speaker.text);
      s.speaker.actorId = I(s.speaker.actorId);
    }
    if (!s.via.length) s.via = NO_SPANS as Statement['via'];
    for (const v of s.via) {
      v.text = I(v.text);
      v.actorId = I(v.actorId);
      v.cue = I(v.cue);
    }
    if (s.hedge) s.hedge.text = I(s.hedge.text);
    s.vagueReason = I(s.vagueReason ?? null);
  }
  const sentences = a.sentences as Span[] | string;
  if (typeof sentences === 'string') lazySentences(a, sentences);
  else a.sentences = spans(sentences);
  text(a.layout.title);
  text(a.layout.dateline);
  text(a.layout.outlet);
  a.layout.boilerplate = NO_SPANS;
  a.layout.body = NO_SPANS;
  a.dates = NO_SPANS as ArticleAnalysis['dates'];
  // The key is always there (one shape), as compactForIndex has it; JSON drops an undefined one.
  if (!('headline' in a)) a.headline = undefined;
  return a;
}

/**
 * The analyser's version from the analysis code itself: the worker bundle's size and modification time (and the
 * format of this store). A rebuild re-analyses everything; the same build never does. dist/indexWorker.js is a
 * launcher (workerLaunch.ts) that a rebuild of the analysis need not rewrite: the bundle it runs beside it,
 * indexWorkerMain.js, is stamped too.
 */
export function analyserVersion(workerScript: string | null, extra = ''): string {
  let stamp = 'inline';
  try {
    if (workerScript) {
      const s = statSync(workerScript);
      stamp = `${s.size}-${Math.floor(s.mtimeMs)}`;
      const main = join(dirname(workerScript), 'indexWorkerMain.js');
      if (existsSync(main)) {
        const m = statSync(main);
        stamp += `-${m.size}-${Math.floor(m.mtimeMs)}`;
      }
    }
  } catch {
    // no script: in-process analysis, versioned by `extra` alone
  }
  return textHash(`${FORMAT}|${stamp}|${extra}`).replace(':', '-');
}

export class IndexStore {
  private readonly root: string;
  /** Records read at start (undecoded) and not yet taken by the index. */
  private loaded = new Map<string, Slice>();
  private savedEvents: SavedEvents | undefined;
  private loading: Promise<void> | undefined;
  private listing: Promise<void> | undefined;
  /** Shard number -> its read (started by `listed`). */
  private readonly shardReads = new Map<number, Promise<void>>();
  /** Per dirty shard: URI -> new record, or null for a deletion. */
  private readonly pending = new Map<number, Map<string, StoredArticle | null>>();
  private eventsSnapshot: EventsSnapshot | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private disposed = false;
  /** Counts for the benchmark and the tests. */
  readonly stats = { restored: 0, stored: 0, ignoredFiles: 0, ignoredRecords: 0 };

  constructor(
    dir: string,
    readonly version: string,
    /** Told of a store file or record that could not be read (it is ignored, and analysed again). */
    private readonly onIgnored?: (message: string) => void,
  ) {
    this.root = join(dir, version);
  }

  /** Reads every shard (once; later calls wait for the same read). Never rejects. */
  load(): Promise<void> {
    this.loading ??= this.listed()
      .then(() => Promise.all(this.shardReads.values()))
      .then(() => undefined);
    return this.loading;
  }

  /**
   * Removes other versions, lists the folder, reads events.json and starts reading every shard (once). A record
   * waits for its own shard only: the shards come in one by one, and the index takes each one's records while
   * the next is read.
   */
  private listed(): Promise<void> {
    this.listing ??= this.list()
      .catch(() => undefined)
      .then(() => {
        this.listedDone = true;
      });
    return this.listing;
  }

  private async list(): Promise<void> {
    await this.removeOtherVersions();
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const now: Promise<void>[] = [];
    for (const name of names) {
      const file = join(this.root, name);
      const ignore = (err: unknown): Promise<void> => {
        this.ignoredFile(file, err, name === 'events.json' ? 'the articles are grouped again' : undefined);
        return fs.rm(file, { force: true }).catch(() => undefined);
      };
      const shard = /^shard-(\d+)\.jsonl$/.exec(name);
      if (name.endsWith('.tmp')) now.push(fs.rm(file, { force: true }).catch(() => undefined));
      else if (name === 'events.json') now.push(this.readEvents(file).catch(ignore));
      else if (shard && Number(shard[1]) < SHARDS)
        this.shardReads.set(Number(shard[1]), this.readShard(file, Number(shard[1])).catch(ignore));
      // A shard this version never writes (a file left by hand): read now, so that it is cleaned before use.
      else if (shard) now.push(this.readShard(file).catch(ignore));
    }
    await Promise.all(now);
  }

  private async readEvents(file: string): Promise<void> {
    const e = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
    if (!isSavedEvents(e)) throw new Error('not a grouping this version wrote');
    this.savedEvents = e;
  }

  /** Stored fingerprints the events worker could not read (its articles are analysed again). */
  fingerprintsMissing(uris: readonly string[]): void {
    this.stats.ignoredRecords += uris.length;
    const n = uris.length;
    this.onIgnored?.(
      `${n} saved event fingerprint${n === 1 ? '' : 's'} in ${this.root} could not be read (${uris.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}): ignored, ${n === 1 ? 'the file is' : 'the files are'} analysed again`,
    );
  }

  private ignoredFile(file: string, why: unknown, then = 'its articles are analysed again'): void {
    this.stats.ignoredFiles++;
    this.onIgnored?.(
      `the saved index file ${file} could not be read (${why instanceof Error ? why.message : String(why)}): ignored, ${then}`,
    );
  }

  /**
   * One shard's log, as bytes: only each line's URI is decoded now (the last line of a URI wins); an unreadable
   * line is skipped; compacted when mostly stale or when a line was bad, and its fingerprints with it (shard `s`).
   */
  private async readShard(file: string, s?: number): Promise<void> {
    const bytes = await fs.readFile(file);
    const { live, lines, bad } = lastLines(bytes);
    if (bad) this.ignoredFile(file, new Error(`${bad} unreadable line${bad === 1 ? '' : 's'}`));
    let kept = 0;
    for (const [u, r] of live) {
      if (!r) continue;
      this.loaded.set(u, r);
      kept++;
    }
    if (bad || lines > 2 * kept + 50) {
      const parts: Buffer[] = [];
      for (const [u, r] of live)
        if (r) parts.push(Buffer.from(`${JSON.stringify(u)}\t`), r.bytes.subarray(r.start, r.end), Buffer.from('\n'));
      if (s !== undefined) await this.compactFingerprints(s, live);
      await this.atomicWrite(file, Buffer.concat(parts));
    }
  }

  /** Keeps in shard `s`'s fingerprints the last line of each URI that has a record (`live`). */
  private async compactFingerprints(s: number, live: Map<string, Slice | null>): Promise<void> {
    const file = join(this.root, fingerprintsName(s));
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (!bytes) return;
    const parts: Buffer[] = [];
    for (const [u, r] of lastLines(bytes).live)
      if (r && live.get(u))
        parts.push(Buffer.from(`${JSON.stringify(u)}\t`), r.bytes.subarray(r.start, r.end), Buffer.from('\n'));
    await this.atomicWrite(file, Buffer.concat(parts));
  }

  /** The folder of this version's files (the events worker reads the fingerprints there). */
  get folder(): string {
    return this.root;
  }

  private async removeOtherVersions(): Promise<void> {
    const parent = join(this.root, '..');
    const names = await fs.readdir(parent).catch(() => [] as string[]);
    for (const name of names)
      if (name !== this.version) await fs.rm(join(parent, name), { recursive: true, force: true }).catch(() => {});
  }

  /** Whether a record for `uri` may exist (so reading the file to hash it may pay off). */
  has(uri: string): boolean {
    return this.loaded.has(uri);
  }

  /** The size and time of each file as seen before it was sent for analysis, kept with its record. */
  private readonly seen = new Map<string, { size: number; mtimeMs: number }>();

  /**
   * The stored record of `uri` when `fsPath` still holds the text it was made from, else undefined. The file is
   * read and hashed only when its size or modification time differ from the record's (as git's index does).
   * Taken at most once: the index keeps it from then on.
   */
  async restore(uri: string, fsPath: string): Promise<StoredArticle | undefined> {
    await this.listed();
    await this.shardReads.get(shardOf(uri));
    return this.restoreNow(uri, fsPath);
  }

  /** `restore` once the store is loaded (after `load()`): no promise per file. */
  restoreNow(uri: string, fsPath: string): StoredArticle | undefined {
    let size: number, mtimeMs: number;
    try {
      const s = statSync(fsPath, { throwIfNoEntry: false });
      // Not a regular file (a FIFO would block the host's read) or changed in size: the worker reads it again.
      if (!s?.isFile()) return undefined;
      size = s.size;
      mtimeMs = s.mtimeMs;
    } catch {
      return undefined;
    }
    const slice = this.loaded.get(uri);
    if (!slice) return this.missed(uri, size, mtimeMs);
    this.loaded.delete(uri);
    const rec = parseRecord(slice.bytes, slice.start, slice.end, false);
    if (!rec) {
      this.stats.ignoredRecords++;
      this.onIgnored?.(`the saved index record of ${uri} could not be read: ignored, the file is analysed again`);
      return this.missed(uri, size, mtimeMs);
    }
    if (rec.size !== undefined && rec.size !== size) return this.missed(uri, size, mtimeMs);
    if (rec.size !== size || rec.mtimeMs !== mtimeMs) {
      // Touched (or kept without its size): a small file is read here to compare its text (a promise per file
      // costs more than the read); a larger one is analysed again in a worker rather than read on the host.
      if (size > HOST_REHASH_BYTES) return this.missed(uri, size, mtimeMs);
      try {
        if (textHash(decodeBytes(readArticleFile(fsPath)).text) !== rec.hash) return this.missed(uri, size, mtimeMs);
      } catch {
        return this.missed(uri, size, mtimeMs);
      }
      // Written again with its new size and time; its fingerprint stays as stored.
      const tab = slice.bytes.indexOf(TAB, slice.start);
      this.change(uri, {
        ...rec,
        size,
        mtimeMs,
        record: Uint8Array.prototype.slice.call(slice.bytes, tab + 1, slice.end),
      });
    }
    this.stats.restored++;
    rec.article.path = uri;
    return rec;
  }

  /** A file restoreNow did not restore: its size and time are kept (`seen`) for the record its analysis makes (put). */
  private missed(uri: string, size: number, mtimeMs: number): undefined {
    this.seen.set(uri, { size, mtimeMs });
    return undefined;
  }

  /** Records an analysis (written a few seconds later, with the others of its shard). */
  put(uri: string, rec: StoredArticle): void {
    this.stats.stored++;
    const stat = this.seen.get(uri);
    this.seen.delete(uri);
    this.change(uri, {
      hash: rec.hash,
      article: rec.article,
      record: rec.record,
      fingerprint: rec.fingerprint,
      noFingerprint: rec.noFingerprint,
      mentions: rec.mentions,
      ...stat,
    });
  }

  delete(uri: string): void {
    this.loaded.delete(uri);
    this.seen.delete(uri);
    this.change(uri, null);
  }

  private change(uri: string, rec: StoredArticle | null): void {
    if (this.disposed) return;
    const s = shardOf(uri);
    let m = this.pending.get(s);
    if (!m) this.pending.set(s, (m = new Map()));
    m.set(uri, rec);
    if (++this.pendingCount >= PENDING_MAX) void this.flush();
    else this.schedule();
  }

  /**
   * The grouping saved by the last session (once: the store lets go of it; read by `whenListed`), with the key of
   * each article it was made from; the events worker takes it when the keys are the same (EventsState).
   */
  takeSavedEvents(): SavedEvents | undefined {
    const saved = this.savedEvents;
    this.savedEvents = undefined;
    return saved;
  }

  /** Whether the folder is listed and events.json read (after the first `restore`, or `whenListed`). */
  get isListed(): boolean {
    return this.listedDone;
  }

  private listedDone = false;

  /** Lists the folder and reads events.json (once). Never rejects. */
  whenListed(): Promise<void> {
    return this.listed();
  }

  /** The index's events changed: `snapshot` is read when the store next writes. */
  eventsChanged(snapshot: EventsSnapshot): void {
    if (this.disposed) return;
    this.eventsSnapshot = snapshot;
    this.schedule();
  }

  private firstChange = 0;
  private pendingCount = 0;

  private schedule(): void {
    if (this.disposed) return;
    const now = Date.now();
    if (!this.timer) this.firstChange = now;
    else clearTimeout(this.timer);
    const wait = Math.min(WRITE_DELAY_MS, Math.max(0, this.firstChange + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
    this.timer.unref?.();
  }

  /** Writes every pending change now (also called on dispose). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const shards = [...this.pending];
    this.pending.clear();
    this.pendingCount = 0;
    const events = this.eventsSnapshot;
    this.eventsSnapshot = undefined;
    this.writing = this.writing.then(() => this.write(shards, events)).catch(() => undefined);
    return this.writing;
  }

  private async write(
    shards: [number, Map<string, StoredArticle | null>][],
    events: EventsSnapshot | undefined,
  ): Promise<void> {
    if (!shards.length && !events) return;
    await fs.mkdir(this.root, { recursive: true });
    for (const [s, changes] of shards) {
      const parts: Buffer[] = [];
      const fingerprints: string[] = [];
      for (const [uri, rec] of changes) {
        const fp = fingerprintLine(uri, rec);
        if (fp !== undefined) fingerprints.push(fp);
        for (const p of line(uri, rec))
          parts.push(typeof p === 'string' ? Buffer.from(p) : Buffer.from(p.buffer, p.byteOffset, p.byteLength));
      }
      // Fingerprints first: a record on disk has its fingerprint (the events worker checks it by the text hash).
      if (fingerprints.length) await fs.appendFile(join(this.root, fingerprintsName(s)), fingerprints.join(''));
      await fs.appendFile(join(this.root, shardName(s)), Buffer.concat(parts));
    }
    if (events) {
      const snap = events();
      // Not taken while the index is still changing: asked again at the next write.
      if (snap) await this.atomicWrite(join(this.root, 'events.json'), JSON.stringify(snap));
      else this.eventsChanged(events);
    }
  }

  private async atomicWrite(file: string, text: string | Buffer): Promise<void> {
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, file);
  }

  /** Writes what is pending and stops taking changes. */
  async dispose(): Promise<void> {
    await this.flush();
    this.disposed = true;
    this.loaded.clear();
    // A grouping asked again while the index was changing: the index is gone, and with it what it would write.
    this.eventsSnapshot = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.savedEvents = undefined;
  }
}
