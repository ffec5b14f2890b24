// The files of the workspace index's store (indexStore.ts), as both sides read them: the host its records, the
// events worker (indexJobs.ts) the fingerprints, which the host never reads at a reload. Plain Node, no `vscode`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../core';
import { fnv1a } from '../core';

/** Logs per kind of line, by a hash of the URI. */
export const SHARDS = 64;

export const TAB = 9;
export const NEWLINE = 10;

export const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

export function shardOf(uri: string): number {
  return (fnv1a(uri) >>> 0) % SHARDS;
}

export const shardName = (s: number): string => `shard-${String(s).padStart(2, '0')}.jsonl`;
export const fingerprintsName = (s: number): string => `fp-${String(s).padStart(2, '0')}.jsonl`;

/** Where one record's line lies in the bytes of its shard (decoded when taken). */
export interface Slice {
  bytes: Buffer;
  start: number;
  end: number;
}

/**
 * Each URI's last line in one of the store's logs: the bytes after the URI and its tab, up to the newline. Lines
 * whose URI cannot be read are counted in `bad`.
 */
export function lastLines(bytes: Buffer): { live: Map<string, Slice | null>; lines: number; bad: number } {
  const live = new Map<string, Slice | null>();
  let lines = 0;
  let bad = 0;
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      lines++;
      const tab = bytes.indexOf(TAB, start);
      let u: unknown;
      try {
        u = tab > start && tab < end ? JSON.parse(bytes.toString('utf8', start, tab)) : undefined;
      } catch {
        u = undefined;
      }
      if (typeof u !== 'string') bad++;
      else {
        live.delete(u); // the map keeps the order of last writes
        const deleted = end - tab === 5 && bytes.toString('latin1', tab + 1, end) === 'null';
        live.set(u, deleted ? null : { bytes, start: tab + 1, end });
      }
    }
    start = end + 1;
  }
  return { live, lines, bad };
}

/**
 * The fingerprints kept in a store folder (fp-NN.jsonl) of the given URIs, each as its JSON text, or null when
 * the article has none; a URI is left out when its line is missing, unreadable or made from another text than
 * `keys` gives (its hash). Read by the events worker when it must group again after a reload, never by the host.
 */
export function readStoredFingerprints(folder: string, keys: ReadonlyMap<string, string>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [u, slice] of storedFingerprintSlices(folder, keys)) out.set(u, slice && fingerprintText(slice));
  return out;
}

/**
 * readStoredFingerprints with each JSON text left where it lies in its file's bytes (null: the article has none),
 * decoded by fingerprintText when it is parsed: the events worker reads 10,000 fingerprints (33 MB of JSON) at
 * the first change after a reload, and as strings, all held until each was parsed, they were old-generation
 * garbage for the collector to mark and copy (bytes are one buffer per file, outside the heap).
 */
export function storedFingerprintSlices(folder: string, keys: ReadonlyMap<string, string>): Map<string, Slice | null> {
  const out = new Map<string, Slice | null>();
  const wanted = new Set<number>();
  for (const u of keys.keys()) wanted.add(shardOf(u));
  for (const s of wanted) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(folder, fingerprintsName(s)));
    } catch {
      continue;
    }
    for (const [u, slice] of lastLines(bytes).live) {
      const hash = keys.get(u);
      if (hash === undefined || !slice) continue;
      const tab = bytes.indexOf(TAB, slice.start);
      if (tab < 0 || tab >= slice.end) continue;
      try {
        if (JSON.parse(bytes.toString('utf8', slice.start, tab)) !== hash) continue;
      } catch {
        continue;
      }
      const none = slice.end - tab === 5 && bytes.toString('latin1', tab + 1, slice.end) === 'null';
      out.set(u, none ? null : { bytes, start: tab + 1, end: slice.end });
    }
  }
  return out;
}

/** The JSON text of a fingerprint that storedFingerprintSlices found. */
export function fingerprintText(slice: Slice): string {
  return slice.bytes.toString('utf8', slice.start, slice.end);
}

/**
 * Sentence spans packed in one string (storeRecord): per span its distance from the previous span's end and its
 * length, in base 36, all separated by commas. A reload keeps the string and makes the spans only when they are
 * first read (alignment, related coverage's passage): 12 objects per article fewer to parse and keep.
 */
export function packSpans(spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += `${out ? ',' : ''}${(s.start - at).toString(36)},${(s.end - s.start).toString(36)}`;
    at = s.end;
  }
  return out;
}

/** The spans of packSpans; throws on text it did not make. */
export function unpackSpans(packed: string): Span[] {
  if (!packed) return NO_SPANS;
  const out: Span[] = [];
  let at = 0;
  let start = -1;
  let n = 0;
  let digits = 0;
  for (let i = 0; i <= packed.length; i++) {
    const c = i < packed.length ? packed.charCodeAt(i) : 44;
    if (c === 44) {
      if (!digits) throw new Error('packed spans: an empty number');
      if (start < 0) start = at + n;
      else {
        at = start + n;
        out.push({ start, end: at });
        start = -1;
      }
      n = 0;
      digits = 0;
    } else {
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
      if (d < 0) throw new Error('packed spans: not a base-36 digit');
      n = n * 36 + d;
      digits++;
    }
  }
  if (start >= 0) throw new Error('packed spans: an odd count');
  return out;
}
