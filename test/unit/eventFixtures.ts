// Shared by the event tests: the fixture families of test/fixtures/events (each a folder of articles with its gold
// partition), the batch grouping of a folder's texts, and the events as the editor holds them from the events
// worker's deltas.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import type { CoverageEvent } from '../../src/core/types';
import type { EventsDelta, EventsOp } from '../../src/vscode/indexProtocol';

export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'events');

/** The texts of one or more families by file name, and their gold partition (sorted member lists, sorted). */
export function family(...names: string[]): { texts: Record<string, string>; gold: string[][] } {
  const texts: Record<string, string> = {};
  const byEvent = new Map<string, string[]>();
  for (const name of names) {
    const dir = join(FIXTURES, name);
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts[f] = readFileSync(join(dir, f), 'utf8');
    for (const a of (
      JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: { file: string; event: string }[] }
    ).articles)
      (byEvent.get(`${name}:${a.event}`) ?? byEvent.set(`${name}:${a.event}`, []).get(`${name}:${a.event}`)!).push(
        a.file,
      );
  }
  return { texts, gold: [...byEvent.values()].map((m) => m.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)) };
}

/** The batch grouping of the texts (analyzeCorpus), as sorted member lists, sorted. */
export function grouped(texts: Record<string, string>): string[][] {
  const arts = Object.entries(texts).map(([path, text]) => analyzeArticle(text, path));
  return analyzeCorpus(arts)
    .events.map((e) => [...e.articles].sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The events as the editor holds them: each delta applied as setEvents applies it. */
export class Held {
  readonly events = new Map<string, CoverageEvent>();
  /** With the events worker's state, a delta that leaves events undescribed is followed by a `describe`, as the host does. */
  constructor(private readonly state?: { apply(ops: EventsOp[]): EventsDelta }) {}
  apply(d: EventsDelta): void {
    if (d.reset) this.events.clear();
    for (const id of d.removed) this.events.delete(id);
    for (const e of d.changed) this.events.set(e.id, e);
    if (d.undescribed && this.state) this.apply(this.state.apply([{ op: 'describe' }]));
  }
}

/** The event fingerprint of one invented text. */
export function fingerprint(text: string) {
  return analyzeArticle(text, 'x.txt').fingerprint!;
}

/** The group of the grouping of `texts` that holds `file`. */
export function groupOf(texts: Record<string, string>, file: string): string[] {
  return grouped(texts).find((g) => g.includes(file))!;
}

/** The texts of one family restricted to `files`. */
export function only(name: string, ...files: string[]): Record<string, string> {
  const { texts } = family(name);
  return Object.fromEntries(files.map((f) => [f, texts[f]!]));
}
