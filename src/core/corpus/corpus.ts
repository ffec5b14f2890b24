// Articles analysed together: actor ids made the same across articles, and events.
// Identity: two actors are one when their spelling-tolerant keys meet (identity.ts); a surname-only actor
// ("Lavrov") joins the one full-name person of the corpus that ends in that surname, when there is exactly one.
import { resolveAcrossCorpus } from '../statements/resolve';
import { alignClaims } from './alignment';
import { groupEvents } from './events';
import { abbreviationOf, ActorIdentity, inflectionBase, initialsOf } from './identity';
import type { Actor, ArticleAnalysis, CorpusAnalysis } from '../types';

/** Combining marks; hoisted, as the bundle rebuilds a \p{M} literal per call (replace() resets lastIndex). */
const MARKS = /\p{M}+/gu;

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/**
 * Assigns corpus-wide actor ids in place of the per-article ones (statements' actorIds follow). `identity`
 * holds the identity rules and their memo, one per run (a fresh one unless the caller passes its own).
 */
export function unifyActorIds(articles: ArticleAnalysis[], identity = new ActorIdentity()): void {
  // 1. Group by key; the canonical name of a group is its longest name.
  const groups = new Map<string, Actor[]>();
  const pathOf = new Map<Actor, string>();
  const keysOfPath = new Map<string, Set<string>>();
  for (const a of articles)
    for (const actor of a.actors) {
      pathOf.set(actor, a.path);
      (keysOfPath.get(a.path) ?? keysOfPath.set(a.path, new Set()).get(a.path)!).add(identity.actorKey(actor));
      const k = identity.actorKey(actor);
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(actor);
    }
  // 2. Single-word person names ("Lee", "Lavrov") join a multi-word person of the corpus whose first or last word
  //    has the same key: the only one, or one named at least twice as often as any other ("Kim" -> the Kim
  //    of most articles, not the analyst mentioned once).
  const byWord = new Map<string, string[]>();
  const weight = new Map<string, number>();
  for (const [k, members] of groups) {
    if (members[0]!.kind !== 'person') continue;
    weight.set(
      k,
      members.reduce((n, m) => n + Math.max(1, m.mentions.length), 0),
    );
    for (const w of identity.personWordKeys(members[0]!)) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(k);
  }
  const redirect = new Map<string, string>();
  for (const [k, members] of groups) {
    const lone = identity.loneNameKey(members[0]!);
    if (lone === null) continue;
    const candidates = [...(byWord.get(lone) ?? [])].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
    const first = candidates[0];
    const second = candidates[1];
    if (first && (!second || (weight.get(first) ?? 0) >= 2 * (weight.get(second) ?? 0))) redirect.set(k, first);
  }
  // 2b. An organisation named by its abbreviation ("GDL") joins the one organisation of the corpus whose name it
  //     abbreviates ("Gewerkschaft Deutscher Lokomotivführer"), when no article names both apart.
  const byInitials = new Map<string, string[]>();
  for (const [k, members] of groups) {
    const m = members[0]!;
    if (m.kind !== 'organization' && m.kind !== 'media') continue;
    const initials = initialsOf(m.name);
    if (initials) (byInitials.get(initials) ?? byInitials.set(initials, []).get(initials)!).push(k);
  }
  const pathsOf = (k: string): Set<string> => new Set(groups.get(k)!.map((m) => pathOf.get(m)!));
  // The other actors of a group's articles, each group's once: "SAP" in a list of companies is no "Social Action
  // Party" of another story, which shares none of them.
  const companyOf = new Map<string, Set<string>>();
  const company = (k: string): Set<string> => {
    let out = companyOf.get(k);
    if (!out) {
      out = new Set();
      for (const p of pathsOf(k)) for (const other of keysOfPath.get(p)!) if (other !== k) out.add(other);
      companyOf.set(k, out);
    }
    return out;
  };
  for (const [k, members] of groups) {
    const m = members[0]!;
    const abbreviation = m.kind === 'organization' || m.kind === 'media' ? abbreviationOf(m.name) : null;
    const long = abbreviation ? byInitials.get(abbreviation) : undefined;
    if (!long || long.length !== 1 || long[0] === k) continue;
    const mine = pathsOf(k);
    if ([...pathsOf(long[0]!)].some((p) => mine.has(p))) continue;
    const [small, large] = [company(k), company(long[0]!)].sort((x, y) => x.size - y.size);
    let shared = false;
    for (const x of small!) if (x !== long[0] && large!.has(x)) shared = true;
    if (shared) redirect.set(k, long[0]!);
  }
  const finalGroups = new Map<string, Actor[]>();
  for (const [k, members] of groups) {
    const target = redirect.get(k) ?? k;
    (finalGroups.get(target) ?? finalGroups.set(target, []).get(target)!).push(...members);
  }
  // 3. Ids: kind + slug of the longest name; collisions get a numeric suffix.
  const used = new Set<string>();
  const idOf = new Map<Actor, string>();
  for (const members of finalGroups.values()) {
    // The longest name, or its uninflected form when a member has it ("Deutsche Bahn", not "Deutschen Bahn").
    const longest = members.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const plain = inflectionBase(longest.kind, longest.name);
    const best = plain === longest.name ? longest : (members.find((m) => m.name === plain) ?? longest);
    const base = `${best.kind}:${slug(best.name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    for (const m of members) idOf.set(m, id);
  }
  for (const a of articles) {
    const local = new Map<string, string>();
    for (const actor of a.actors) {
      const id = idOf.get(actor)!;
      local.set(actor.id, id);
      actor.id = id;
    }
    for (const s of a.statements) {
      if (s.speaker?.actorId) s.speaker.actorId = local.get(s.speaker.actorId) ?? s.speaker.actorId;
      for (const v of s.via) if (v.actorId) v.actorId = local.get(v.actorId) ?? v.actorId;
    }
  }
}

/** Makes actor ids corpus-wide and groups the articles into events. Mutates and returns the analyses. */
/**
 * Makes actor ids corpus-wide and groups the articles into events. With the articles' texts (by path), each
 * event of two or more articles also gets its aligned claims (alignment.ts). Mutates and returns the analyses.
 */
export function analyzeCorpus(articles: ArticleAnalysis[], texts?: Map<string, string>): CorpusAnalysis {
  unifyActorIds(articles);
  resolveAcrossCorpus(articles);
  const events = groupEvents(articles);
  if (texts) {
    const byPath = new Map(articles.map((a) => [a.path, a]));
    for (const e of events) {
      if (e.articles.length < 2) continue;
      e.claims = alignClaims(e.articles.map((p) => byPath.get(p)!).filter(Boolean), texts);
    }
  }
  return { version: 1, articles, events };
}
