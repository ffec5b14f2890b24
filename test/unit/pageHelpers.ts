// Shared by the saved-page tests: one page analysed, a statement found by a fragment of its content, and the name
// of the actor its speaker resolves to; for the German pages, the actors' names and kinds and the speaker of the
// statement whose text holds a piece.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core';
import type { ArticleAnalysis, Statement } from '../../src/core/types';

export function page(text: string): ArticleAnalysis {
  return analyzeArticle(text, 'page.txt');
}

export function stmt(a: ArticleAnalysis, fragment: string): Statement {
  const s = a.statements.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with "${fragment}" in ${JSON.stringify(a.statements.map((x) => x.content.text))}`);
  return s;
}

export function actorOf(a: ArticleAnalysis, s: Statement): string | undefined {
  return a.actors.find((x) => x.id === s.speaker?.actorId)?.name;
}

const texts = new WeakMap<ArticleAnalysis, string>();
export function germanPage(text: string): ArticleAnalysis {
  const a = analyzeArticle(text, 'seite.txt');
  texts.set(a, text);
  return a;
}
export function names(a: ArticleAnalysis): string[] {
  return a.actors.map((x) => `${x.name}:${x.kind}`);
}
export function kindOf(a: ArticleAnalysis, name: string): string | undefined {
  return a.actors.find((x) => x.name === name || x.aliases.includes(name))?.kind;
}
/** The resolved actor's name of the statement whose text contains `piece`. */
export function speakerOf(a: ArticleAnalysis, piece: string): string | null | undefined {
  const text = texts.get(a) ?? '';
  const s = a.statements.find((x) => text.slice(x.start, x.end).includes(piece));
  if (!s) return undefined;
  const id = s.speaker?.actorId;
  return id ? (a.actors.find((x) => x.id === id)?.name ?? null) : null;
}

interface GoldMention {
  start: number;
  end: number;
  optional?: boolean;
}
interface GoldPage {
  file: string;
  actors: { kind: string; mentions: GoldMention[] }[];
  statements: { start: number; end: number; speaker: { start: number; end: number } | null }[];
}

/**
 * A fixture folder of pages (test/fixtures/NAME, its gold.json) scored as the eval scorer counts: mentions F1 (exact
 * span and class, optional names ignored) and attributed statements F1 (whole-statement characters, Jaccard >= 0.5,
 * the speaker's span overlapping). `articles`: the folder's subfolder that holds the pages (the German page folders'
 * `articles`), if any.
 */
export function scoreAgainstGold(folder: string, articles = ''): { mentions: number; attributed: number } {
  const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', folder);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: GoldPage[] };
  const cls = (k: string) => (k === 'media' ? 'organization' : k);
  const chars = (text: string, s: number, e: number) => {
    const set = new Set<number>();
    for (let i = s; i < e; i++) if (!/[\s"“”'’.,:;!?–—-]/u.test(text[i]!)) set.add(i);
    return set;
  };
  const jaccard = (a: Set<number>, b: Set<number>) => {
    let n = 0;
    for (const x of a) if (b.has(x)) n++;
    return n / (a.size + b.size - n || 1);
  };
  let mg = 0,
    mp = 0,
    mt = 0,
    sg = 0,
    sp = 0,
    st = 0;
  for (const g of gold.articles) {
    const text = readFileSync(join(dir, articles, g.file), 'utf8');
    const a = analyzeArticle(text, g.file);
    const want = new Map<string, string>();
    const optional: GoldMention[] = [];
    for (const x of g.actors)
      for (const m of x.mentions) {
        if (m.optional) optional.push(m);
        else want.set(`${m.start}:${m.end}`, cls(x.kind));
      }
    mg += want.size;
    const seen = new Set<string>();
    for (const x of a.actors)
      for (const m of x.mentions) {
        const k = `${m.start}:${m.end}`;
        if (seen.has(k) || (!want.has(k) && optional.some((o) => o.start < m.end && m.start < o.end))) continue;
        seen.add(k);
        mp++;
        if (want.get(k) === cls(x.kind)) mt++;
      }
    const preds = a.statements.filter((s) => s.nestedIn === undefined);
    sg += g.statements.length;
    sp += preds.length;
    const used = new Set<Statement>();
    for (const gs of g.statements) {
      const gc = chars(text, gs.start, gs.end);
      const p = preds.find((x) => !used.has(x) && jaccard(gc, chars(text, x.start, x.end)) >= 0.5);
      if (!p) continue;
      used.add(p);
      const sp2 = p.speaker;
      if (gs.speaker ? !!sp2 && sp2.start < gs.speaker.end && gs.speaker.start < sp2.end : !sp2) st++;
    }
  }
  const f1 = (t: number, p: number, g: number) => (2 * t) / (p + g);
  return { mentions: f1(mt, mp, mg), attributed: f1(st, sp, sg) };
}
