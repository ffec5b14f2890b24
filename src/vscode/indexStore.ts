// The workspace index kept across reloads: each article's slim analysis, event fingerprint and mention counts,
// and the last grouping into events, in the workspace's storage folder (context.storageUri), so that reopening
// a window re-analyses only the files that changed.
//
// Keys. A record belongs to a file URI and is valid only for the text it was made from (its content hash,
// indexJobs.textHash) and for the analyser that made it (`version`: the analysis worker's bundle, size and
// time, so that any new build re-analyses). Records of another version are never read: their folder is deleted.
// Layout. <dir>/<version>/shard-NN.jsonl: 64 append-only logs by a hash of the URI, one JSON line per change
// ({"u": uri, "r": record or null}; the last line of a URI wins), compacted when read if most lines are
// superseded; and <dir>/<version>/events.json: the events and the content hash of every article they were
// grouped from (valid only while the indexed files are exactly those, with those hashes). Writes are batched
// (after a pause in the changes, every PENDING_MAX records, and on dispose), appended, so a first indexing
// costs its records once and holds at most PENDING_MAX of them in memory; rewrites go through a renamed file.
// Safety. The cache is always safe to delete; a file that cannot be read or parsed is ignored (and removed);
// nothing here throws into the index. Memory: records are parsed once at start, handed to the index, and not
// kept; a shard rewrite reads its file again and merges the pending changes.
// Plain Node (no `vscode` import): the benchmark drives it as the extension does.
import { promises as fs, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, CoverageEvent, EventFingerprint } from '../core';
import { decodeBytes, fnv1a } from '../core';
import { readArticleFile, textHash } from './indexJobs';

/** A file touched but not resized is re-read on the host to compare its text only up to this size. */
const HOST_REHASH_BYTES = 256 * 1024;

/** What is kept per article: what the index needs to take it back without analysing it. */
export interface StoredArticle {
  /** textHash of the text it was made from. */
  hash: string;
  article: ArticleAnalysis;
  fingerprint: EventFingerprint | null;
  mentions: Record<string, number>;
  /** The file's size and modification time when it was read for this record: equal, the file is not read again. */
  size?: number;
  mtimeMs?: number;
}

/** The events and the hashes of the articles they were grouped from; undefined while the index is changing. */
type EventsSnapshot = () => { hashes: Record<string, string>; events: CoverageEvent[] } | undefined;

const SHARDS = 64;
const FORMAT = 1;
/** Writes wait for this long a pause in the changes (a first indexing writes once, at its end), at most MAX_WAIT_MS. */
const WRITE_DELAY_MS = 3000;
const MAX_WAIT_MS = 60_000;
const PENDING_MAX = 200;

function line(u: string, r: StoredArticle | null): string {
  return `${JSON.stringify({ u, r }, replacer)}\n`;
}

function shardOf(uri: string): number {
  return (fnv1a(uri) >>> 0) % SHARDS;
}

/** Typed arrays (a fingerprint's counts) as plain arrays: JSON would make objects of them. */
function replacer(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Uint16Array) : value;
}

/**
 * The analyser's version from the analysis code itself: the worker bundle's size and modification time (and the
 * format of this store). A rebuild re-analyses everything; the same build never does.
 */
export function analyserVersion(workerScript: string | null, extra = ''): string {
  let stamp = 'inline';
  try {
    if (workerScript) {
      const s = statSync(workerScript);
      stamp = `${s.size}-${Math.floor(s.mtimeMs)}`;
    }
  } catch {
    // no script: in-process analysis, versioned by `extra` alone
  }
  return textHash(`${FORMAT}|${stamp}|${extra}`).replace(':', '-');
}

export class IndexStore {
  private readonly root: string;
  /** Records read at start and not yet taken by the index. */
  private loaded = new Map<string, StoredArticle>();
  private savedEvents: { hashes: Record<string, string>; events: CoverageEvent[] } | undefined;
  private loading: Promise<void> | undefined;
  /** Per dirty shard: URI -> new record, or null for a deletion. */
  private readonly pending = new Map<number, Map<string, StoredArticle | null>>();
  private eventsSnapshot: EventsSnapshot | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private disposed = false;
  /** Counts for the benchmark and the tests. */
  readonly stats = { restored: 0, stored: 0, ignoredFiles: 0 };

  constructor(
    dir: string,
    readonly version: string,
  ) {
    this.root = join(dir, version);
  }

  /** Reads every shard (once; later calls wait for the same read). Never rejects. */
  load(): Promise<void> {
    this.loading ??= this.readAll().catch(() => undefined);
    return this.loading;
  }

  private async readAll(): Promise<void> {
    await this.removeOtherVersions();
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    await Promise.all(
      names.map(async (name) => {
        const file = join(this.root, name);
        if (name.endsWith('.tmp')) return void fs.rm(file, { force: true }).catch(() => undefined);
        try {
          if (name === 'events.json') {
            const e = JSON.parse(await fs.readFile(file, 'utf8')) as { hashes?: unknown; events?: unknown };
            if (e && typeof e.hashes === 'object' && Array.isArray(e.events))
              this.savedEvents = e as { hashes: Record<string, string>; events: CoverageEvent[] };
            return;
          }
          if (/^shard-\d+\.jsonl$/.test(name)) await this.readShard(file);
        } catch {
          this.stats.ignoredFiles++;
          await fs.rm(file, { force: true }).catch(() => undefined);
        }
      }),
    );
  }

  /** One shard's log: the last line of each URI wins; an unreadable line is skipped; compacted when mostly stale. */
  private async readShard(file: string): Promise<void> {
    const text = await fs.readFile(file, 'utf8');
    const live = new Map<string, StoredArticle>();
    let lines = 0;
    let bad = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      lines++;
      try {
        const { u, r } = JSON.parse(line) as { u: unknown; r: StoredArticle | null };
        if (typeof u !== 'string') throw new Error('no uri');
        if (r && typeof r.hash === 'string' && r.article && typeof r.article === 'object') live.set(u, r);
        else live.delete(u);
      } catch {
        bad++;
      }
    }
    if (bad) this.stats.ignoredFiles++;
    for (const [u, r] of live) this.loaded.set(u, r);
    if (bad || lines > 2 * live.size + 50) await this.atomicWrite(file, [...live].map(([u, r]) => line(u, r)).join(''));
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
    await this.load();
    let stat: { size: number; mtimeMs: number };
    try {
      const s = statSync(fsPath);
      // Not a regular file (a FIFO would block the host's read) or changed in size: the worker reads it again.
      if (!s.isFile()) return undefined;
      stat = { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return undefined;
    }
    this.seen.set(uri, stat);
    const rec = this.loaded.get(uri);
    if (!rec) return undefined;
    this.loaded.delete(uri);
    if (rec.size !== undefined && rec.size !== stat.size) return undefined;
    if (rec.size !== stat.size || rec.mtimeMs !== stat.mtimeMs) {
      // Touched (or kept without its size): a small file is read here to compare its text (a promise per file
      // costs more than the read); a larger one is analysed again in a worker rather than read on the host.
      if (stat.size > HOST_REHASH_BYTES) return undefined;
      try {
        if (textHash(decodeBytes(readArticleFile(fsPath)).text) !== rec.hash) return undefined;
      } catch {
        return undefined;
      }
      this.change(uri, { ...rec, ...stat });
    }
    this.stats.restored++;
    rec.article.path = uri;
    return rec;
  }

  /** Records an analysis (written a few seconds later, with the others of its shard). */
  put(uri: string, rec: StoredArticle): void {
    this.stats.stored++;
    const stat = this.seen.get(uri);
    this.seen.delete(uri);
    this.change(uri, {
      hash: rec.hash,
      article: rec.article,
      fingerprint: rec.fingerprint,
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

  /** The saved events, when they were grouped from exactly these articles with these hashes. */
  eventsFor(hashes: ReadonlyMap<string, string>): CoverageEvent[] | undefined {
    const saved = this.savedEvents;
    if (!saved) return undefined;
    const keys = Object.keys(saved.hashes);
    if (keys.length !== hashes.size) return undefined;
    for (const k of keys) if (hashes.get(k) !== saved.hashes[k]) return undefined;
    return saved.events;
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
      const file = join(this.root, `shard-${String(s).padStart(2, '0')}.jsonl`);
      let text = '';
      for (const [uri, rec] of changes) text += line(uri, rec);
      await fs.appendFile(file, text);
    }
    if (events) {
      const snap = events();
      // Not taken while the index is still changing: asked again at the next write.
      if (snap) await this.atomicWrite(join(this.root, 'events.json'), JSON.stringify(snap));
      else this.eventsChanged(events);
    }
  }

  private async atomicWrite(file: string, text: string): Promise<void> {
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, file);
  }

  /** Writes what is pending and stops taking changes. */
  async dispose(): Promise<void> {
    await this.flush();
    this.disposed = true;
    this.loaded.clear();
  }
}
