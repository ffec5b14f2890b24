// Cross-article reading aids over the core's results: who an actor is across the corpus, where the same quote
// appears elsewhere, which articles cover the same event and why, the passage in another article that best
// matches a statement or sentence, and the groupings of the claims view. Pure functions over ArticleAnalysis /
// CorpusAnalysis: no editor types, no I/O, no module state.
//
// Design: `buildCorpusLookup` indexes a corpus once (actor id -> occurrences, normalised quote -> statements,
// path -> event) so that per-hover questions are map look-ups, not scans: a workspace of 10,000 articles must
// answer a hover in a few milliseconds. The lookup is rebuilt when the corpus changes (one pass, linear).
// Offsets are UTF-16, end-exclusive, as everywhere in the core.
import { actorKey } from './identity';
import type { Actor, ArticleAnalysis, CorpusAnalysis, CoverageEvent, Span, Statement } from './types';

// ---------------------------------------------------------------------------------------------------------------
// One article

/** A cheap guess whether a plain .txt reads like a news article: running text with attributed speech. */
export function looksLikeArticle(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (sample.length < 300 || sample.includes('\u0000')) return false;
  const lines = sample.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const prose = lines.filter((l) => l.split(/\s+/).length >= 12 && /[.!?“”"»«]$/.test(l));
  if (prose.length < 2 || prose.length * 2 < lines.length - 2) return false;
  const quotes = /[„“”«»"]/.test(sample);
  const cues = /\b(sagte|sagt|erklärte|laut|zufolge|berichtete|teilte|said|says|told|according to|reported|stated)\b/i.test(sample);
  return cues && (quotes || prose.length >= 3);
}

/** True when the statement's source or any link of its relay chain is unnamed. */
export function isVague(s: Statement): boolean {
  return !!s.speaker?.vague || s.via.some((v) => v.vague === true);
}

/** The one-line reason a statement's source is vague, taken from the core when it gave one. */
export function vagueReasonOf(s: Statement): string | null {
  if (!isVague(s)) return null;
  if (s.vagueReason) return s.vagueReason;
  const vague = s.speaker?.vague ? s.speaker : s.via.find((v) => v.vague);
  const phrase = [s.cue && s.kind === 'according-to' ? s.cue.text : null, vague?.text].filter(Boolean).join(' ');
  return `'${phrase || 'the source'}' names no one`;
}

export interface ArticleStats {
  actors: number;
  statements: number;
  vague: number;
  hedged: number;
  /** vague / statements, 0 when there are none. */
  vagueShare: number;
}

export function articleStats(a: ArticleAnalysis): ArticleStats {
  let vague = 0;
  let hedged = 0;
  for (const s of a.statements) {
    if (isVague(s)) vague++;
    if (s.hedged) hedged++;
  }
  const statements = a.statements.length;
  return { actors: a.actors.length, statements, vague, hedged, vagueShare: statements ? vague / statements : 0 };
}

export function actorsById(a: ArticleAnalysis): Map<string, Actor> {
  return new Map(a.actors.map((x) => [x.id, x]));
}

/** The actor named (or described) at `offset`, if any. Mentions win over descriptors. */
export function actorAt(a: ArticleAnalysis, offset: number): { actor: Actor; span: Span } | null {
  for (const actor of a.actors) {
    for (const m of actor.mentions) if (m.start <= offset && offset < m.end) return { actor, span: m };
  }
  for (const actor of a.actors) {
    for (const d of actor.descriptors) if (d.start <= offset && offset < d.end) return { actor, span: d };
  }
  return null;
}

/** The statements whose span holds `offset`, the innermost (shortest) first. */
export function statementsAt(a: ArticleAnalysis, offset: number): Statement[] {
  return a.statements
    .filter((s) => s.start <= offset && offset < s.end)
    .sort((x, y) => x.end - x.start - (y.end - y.start));
}

/** The speaker's display name: the resolved actor's name, else the words of the text. */
export function speakerName(s: Statement, actors: Map<string, Actor>): string | null {
  if (!s.speaker) return null;
  const actor = s.speaker.actorId ? actors.get(s.speaker.actorId) : undefined;
  return actor?.name ?? s.speaker.text;
}

function viaName(v: Statement['via'][number], actors: Map<string, Actor>): string {
  const actor = v.actorId ? actors.get(v.actorId) : undefined;
  if (actor) return actor.name;
  return v.cue && v.text.startsWith(v.cue) ? v.text.slice(v.cue.length).trim() : v.text;
}

/** "Kim Jong-un, via KCNA": the speaker and the relay chain, nearest first. */
export function chainLabel(s: Statement, actors: Map<string, Actor>): string {
  const parts: string[] = [];
  const speaker = speakerName(s, actors);
  if (speaker) parts.push(speaker);
  const via = s.via.map((v) => viaName(v, actors)).filter((n) => n && n !== speaker);
  if (via.length) parts.push(`via ${via.join(' via ')}`);
  return parts.join(', ');
}

export interface SourceKey {
  key: string;
  label: string;
  vague: boolean;
}

/**
 * Where a statement comes from, for grouping: the far end of its relay chain (the agency or outlet it was taken
 * from), else its speaker; unnamed sources share one group.
 */
export function sourceOf(s: Statement, actors: Map<string, Actor>): SourceKey {
  const far = s.via.length ? s.via[s.via.length - 1]! : null;
  if (far && !far.vague) {
    const name = viaName(far, actors);
    return { key: far.actorId ?? `text:${name.toLowerCase()}`, label: name, vague: false };
  }
  if (isVague(s)) return { key: 'vague', label: 'unnamed sources', vague: true };
  if (s.speaker) {
    const name = speakerName(s, actors) ?? s.speaker.text;
    return { key: s.speaker.actorId ?? `text:${name.toLowerCase()}`, label: name, vague: false };
  }
  return { key: 'none', label: 'no source named', vague: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Text similarity (language-light: lower-cased word prefixes, so inflections and names meet)

const STOP = new Set([
  'der', 'die', 'das', 'und', 'oder', 'aber', 'dass', 'eine', 'einer', 'einen', 'eines', 'nicht', 'sich', 'auch',
  'wird', 'werden', 'wurde', 'haben', 'hatte', 'sein', 'seine', 'ihre', 'this', 'that', 'with', 'from', 'have',
  'will', 'were', 'been', 'their', 'they', 'which', 'would', 'about', 'into', 'there', 'what', 'when', 'über',
  'nach', 'noch', 'beim', 'dies', 'diese', 'dieser', 'einem', 'zwischen', 'sagte', 'said', 'laut', 'according',
]);

/** Content words of a text as 6-letter prefixes; numbers kept whole. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (/^\d/.test(w)) {
      out.add(w);
      continue;
    }
    if (w.length < 4 || STOP.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/** Overlap of two token sets relative to the smaller one (0..1): a short quote inside a longer one scores 1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n / small.size;
}

/** The key under which two quotations are "the same": letters and digits only, lower-cased. */
export function quoteKey(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus

export interface Occurrence {
  path: string;
  actor: Actor;
}

export interface StatementRef {
  path: string;
  statement: Statement;
}

export interface CorpusLookup {
  corpus: CorpusAnalysis;
  byPath: Map<string, ArticleAnalysis>;
  /** Corpus actor id -> the article-level actors carrying it. */
  actors: Map<string, Occurrence[]>;
  /** actorKey(kind, name) -> corpus actor id, to resolve actors of a freshly analysed (edited) article. */
  actorIdByKey: Map<string, string>;
  /** Corpus actor id -> statements it speaks. */
  spoken: Map<string, StatementRef[]>;
  /** Corpus actor id -> statements relayed through it. */
  relayed: Map<string, StatementRef[]>;
  /** quoteKey(content) -> statements with that content (keys of at least MIN_QUOTE_KEY characters). */
  quotes: Map<string, StatementRef[]>;
  eventOf: Map<string, CoverageEvent>;
  /** Memo of the corpus-wide part of actor profiles, filled on first use (the look-up is rebuilt on change). */
  aggregates: Map<string, ActorAggregate>;
  /** Memo of statements' content tokens for the similarity search. */
  tokens: WeakMap<Statement, Set<string>>;
}

const MIN_QUOTE_KEY = 16;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCorpusLookup(corpus: CorpusAnalysis): CorpusLookup {
  const lookup: CorpusLookup = {
    corpus,
    byPath: new Map(),
    actors: new Map(),
    actorIdByKey: new Map(),
    spoken: new Map(),
    relayed: new Map(),
    quotes: new Map(),
    eventOf: new Map(),
    aggregates: new Map(),
    tokens: new WeakMap(),
  };
  for (const a of corpus.articles) {
    lookup.byPath.set(a.path, a);
    for (const actor of a.actors) {
      push(lookup.actors, actor.id, { path: a.path, actor });
      lookup.actorIdByKey.set(actorKey(actor), actor.id);
    }
    for (const s of a.statements) {
      const ref = { path: a.path, statement: s };
      if (s.speaker?.actorId) push(lookup.spoken, s.speaker.actorId, ref);
      for (const v of s.via) if (v.actorId) push(lookup.relayed, v.actorId, ref);
      const key = quoteKey(s.content.text);
      if (key.length >= MIN_QUOTE_KEY) push(lookup.quotes, key, ref);
    }
  }
  for (const e of corpus.events) for (const p of e.articles) lookup.eventOf.set(p, e);
  return lookup;
}

/**
 * The corpus id of an actor from an article analysed on its own (an open, possibly edited document): the same
 * id when the corpus has it, else the corpus actor with the same identity key, else null.
 */
export function corpusActorId(lookup: CorpusLookup, actor: Actor): string | null {
  if (lookup.actors.has(actor.id)) return actor.id;
  return lookup.actorIdByKey.get(actorKey(actor)) ?? null;
}

export interface ActorProfile {
  id: string;
  name: string;
  kind: Actor['kind'];
  /** Each role with the article that stated it; the same role text once (at most MAX_LISTED). */
  roles: { role: string; path: string }[];
  aliases: string[];
  /** Other articles naming the actor, with the first mention there (at most MAX_LISTED). */
  elsewhere: { path: string; mention: Span; count: number }[];
  /** How many other articles name the actor (elsewhere may list fewer). */
  elsewhereCount: number;
  /** Statements the actor speaks, this article's first, at most `maxStatements`. */
  statements: StatementRef[];
  statementCount: number;
  /** Who relays or cites this actor: the outlets of articles that quote it or pass statements on through it. */
  citedBy: { name: string; path: string; count: number }[];
}

/** Lists in a profile stop here: a hover shows a handful, and a name in 8,000 articles must not cost 8,000. */
const MAX_LISTED = 50;

interface ActorAggregate {
  name: string;
  roles: { role: string; path: string }[];
  aliases: string[];
  elsewhere: { path: string; mention: Span; count: number }[];
  paths: Set<string>;
  citedBy: { name: string; path: string; count: number }[];
}

/** The corpus-wide part of a profile, computed once per actor and corpus (memoised in the look-up). */
function aggregate(lookup: CorpusLookup, id: string): ActorAggregate {
  const memo = lookup.aggregates.get(id);
  if (memo) return memo;
  const occurrences = lookup.actors.get(id) ?? [];
  const roles: ActorAggregate['roles'] = [];
  const seenRoles = new Set<string>();
  const aliases: string[] = [];
  const seenAliases = new Set<string>();
  const elsewhere: ActorAggregate['elsewhere'] = [];
  let name = '';
  for (const o of occurrences) {
    if (o.actor.name.length > name.length) name = o.actor.name;
    for (const r of o.actor.roles) {
      if (roles.length < MAX_LISTED && !seenRoles.has(r.toLowerCase())) { seenRoles.add(r.toLowerCase()); roles.push({ role: r, path: o.path }); }
    }
    for (const al of o.actor.aliases) if (aliases.length < MAX_LISTED && !seenAliases.has(al)) { seenAliases.add(al); aliases.push(al); }
    const first = o.actor.mentions[0];
    if (first && elsewhere.length < MAX_LISTED + 1) elsewhere.push({ path: o.path, mention: { start: first.start, end: first.end }, count: o.actor.mentions.length });
  }
  const cited = new Map<string, { name: string; path: string; count: number }>();
  const cite = (r: StatementRef): void => {
    const article = lookup.byPath.get(r.path);
    const by = article?.outlet ?? article?.title ?? r.path;
    const entry = cited.get(by) ?? { name: by, path: r.path, count: 0 };
    entry.count++;
    cited.set(by, entry);
  };
  for (const r of lookup.relayed.get(id) ?? []) cite(r);
  for (const r of lookup.spoken.get(id) ?? []) cite(r);
  const result: ActorAggregate = {
    name, roles, aliases, elsewhere, paths: new Set(occurrences.map((o) => o.path)),
    citedBy: [...cited.values()].sort((x, y) => y.count - x.count).slice(0, MAX_LISTED),
  };
  lookup.aggregates.set(id, result);
  return result;
}

/** Everything the corpus knows about one actor; `here` is the article being read (its own data comes first). */
export function actorProfile(lookup: CorpusLookup, here: ArticleAnalysis, actor: Actor, maxStatements = 3): ActorProfile {
  const id = corpusActorId(lookup, actor);
  const agg = id ? aggregate(lookup, id) : null;
  const roles = actor.roles.map((role) => ({ role, path: here.path }));
  const seenRoles = new Set(actor.roles.map((r) => r.toLowerCase()));
  for (const r of agg?.roles ?? []) if (r.path !== here.path && !seenRoles.has(r.role.toLowerCase())) { seenRoles.add(r.role.toLowerCase()); roles.push(r); }
  const aliases = [...new Set([...actor.aliases, ...(agg?.aliases ?? [])])];
  const elsewhere = (agg?.elsewhere ?? []).filter((e) => e.path !== here.path).slice(0, MAX_LISTED);
  const hereSpoken = here.statements.filter((s) => s.speaker?.actorId === actor.id).map((statement) => ({ path: here.path, statement }));
  const spokenAll = id ? (lookup.spoken.get(id) ?? []) : [];
  const otherSpoken: StatementRef[] = [];
  let otherCount = 0;
  for (const r of spokenAll) {
    if (r.path === here.path) continue;
    otherCount++;
    if (otherSpoken.length < maxStatements) otherSpoken.push(r);
  }
  const name = agg && agg.name.length > actor.name.length ? agg.name : actor.name;
  return {
    id: id ?? actor.id,
    name,
    kind: actor.kind,
    roles: roles.slice(0, MAX_LISTED),
    aliases: aliases.slice(0, MAX_LISTED),
    elsewhere,
    elsewhereCount: agg ? agg.paths.size - (agg.paths.has(here.path) ? 1 : 0) : 0,
    statements: [...hereSpoken, ...otherSpoken].slice(0, maxStatements),
    statementCount: hereSpoken.length + otherCount,
    citedBy: agg?.citedBy ?? [],
  };
}

/**
 * Where else the same quote or claim appears: statements in other articles with the same normalised content,
 * and, within the same event, statements whose content words mostly overlap (at least `minOverlap`); at most
 * `limit` (a hover lists a few, and a wire quote may be in thousands of articles).
 */
export function sameClaimElsewhere(lookup: CorpusLookup, path: string, s: Statement, minOverlap = 0.7, limit = 20): (StatementRef & { exact: boolean })[] {
  const out: (StatementRef & { exact: boolean })[] = [];
  const seen = new Set<Statement>();
  const key = quoteKey(s.content.text);
  if (key.length >= MIN_QUOTE_KEY) {
    for (const r of lookup.quotes.get(key) ?? []) {
      if (r.path === path || seen.has(r.statement)) continue;
      seen.add(r.statement);
      out.push({ ...r, exact: true });
      if (out.length >= limit) return out;
    }
  }
  const tokens = contentTokens(s.content.text);
  if (tokens.size >= 3) {
    const event = lookup.eventOf.get(path);
    for (const p of event?.articles ?? []) {
      if (p === path) continue;
      for (const other of lookup.byPath.get(p)?.statements ?? []) {
        if (seen.has(other)) continue;
        let t = lookup.tokens.get(other);
        if (!t) lookup.tokens.set(other, (t = contentTokens(other.content.text)));
        if (t.size >= 3 && overlap(tokens, t) >= minOverlap) {
          seen.add(other);
          out.push({ path: p, statement: other, exact: false });
          if (out.length >= limit) return out;
        }
      }
    }
  }
  return out;
}

export interface RelatedArticle {
  path: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  /** Short reasons ("shared: Putin, Pjöngjang", "date 2024-06", "same quote"). */
  reasons: string[];
}

/** The other articles on the same event as `path`, most related first, each with why it matches. */
export function relatedArticles(lookup: CorpusLookup, path: string): RelatedArticle[] {
  const event = lookup.eventOf.get(path);
  const here = lookup.byPath.get(path);
  if (!event || !here) return [];
  const hereIds = new Set(here.actors.filter((a) => a.kind !== 'place' || a.mentions.length > 0).map((a) => a.id));
  const hereQuotes = new Set(here.statements.map((s) => quoteKey(s.content.text)).filter((k) => k.length >= MIN_QUOTE_KEY));
  const scored: { r: RelatedArticle; score: number }[] = [];
  for (const p of event.articles) {
    if (p === path) continue;
    const other = lookup.byPath.get(p);
    if (!other) continue;
    const shared = other.actors.filter((a) => hereIds.has(a.id)).sort((x, y) => y.mentions.length - x.mentions.length);
    const sameQuotes = other.statements.filter((s) => hereQuotes.has(quoteKey(s.content.text))).length;
    const reasons = [...(event.reasons?.[p] ?? [])];
    if (reasons.length === 0) {
      if (shared.length) reasons.push(`shared: ${shared.slice(0, 4).map((a) => a.name).join(', ')}`);
      if (here.date && other.date && (here.date.startsWith(other.date) || other.date.startsWith(here.date))) reasons.push(`date ${other.date}`);
    }
    if (sameQuotes) reasons.push(sameQuotes === 1 ? 'the same quote' : `${sameQuotes} same quotes`);
    scored.push({
      r: { path: p, title: other.title, outlet: other.outlet, date: other.date, reasons },
      score: shared.length + 3 * sameQuotes,
    });
  }
  return scored.sort((x, y) => y.score - x.score || x.r.path.localeCompare(y.r.path)).map((x) => x.r);
}

export interface PassageQuery {
  /** The statement's content or the sentence under the cursor. */
  text: string;
  /** Corpus actor ids of the speaker and relays, when a statement. */
  actorIds?: string[];
}

/**
 * The passage of `target` that best matches the query: a statement (preferred when its speaker is among the
 * query's actors) or a sentence, by content-word overlap. `targetText` is the target article's text (the
 * analysis holds no sentence texts). Null when nothing shares a content word.
 */
export function bestMatchingPassage(target: ArticleAnalysis, targetText: string, query: PassageQuery): Span | null {
  const q = contentTokens(query.text);
  const ids = new Set(query.actorIds ?? []);
  let best: { span: Span; score: number } | null = null;
  const consider = (span: Span, text: string, bonus: number): void => {
    const score = (q.size ? overlap(q, contentTokens(text)) : 0) + bonus;
    if (score > 0 && (!best || score > best.score)) best = { span: { start: span.start, end: span.end }, score };
  };
  for (const s of target.statements) {
    const speaks = (s.speaker?.actorId && ids.has(s.speaker.actorId)) || s.via.some((v) => v.actorId && ids.has(v.actorId));
    consider(s.content, s.content.text, speaks ? 0.3 : 0);
  }
  for (const sentence of target.sentences) {
    if (sentence.end > targetText.length) continue;
    consider(sentence, targetText.slice(sentence.start, sentence.end), 0);
  }
  return (best as { span: Span; score: number } | null)?.span ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Claims, grouped

export type ClaimGrouping = 'article' | 'source' | 'actor' | 'event';

export interface ClaimFilter {
  kinds?: Statement['kind'][];
  vagueOnly?: boolean;
  hideVague?: boolean;
}

export interface ClaimGroup {
  key: string;
  label: string;
  /** The article path for 'article' grouping (to reveal or refresh it). */
  path?: string;
  vague?: boolean;
  items: StatementRef[];
}

export function passesFilter(s: Statement, f: ClaimFilter): boolean {
  if (f.kinds && f.kinds.length && !f.kinds.includes(s.kind)) return false;
  const vague = isVague(s) || s.hedged;
  if (f.vagueOnly && !vague) return false;
  if (f.hideVague && vague) return false;
  return true;
}

/** Every statement of the corpus under its group; groups sorted by label (articles by path), items by position. */
export function groupClaims(corpus: CorpusAnalysis, by: ClaimGrouping, filter: ClaimFilter = {}): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  const eventOf = new Map<string, CoverageEvent>();
  for (const e of corpus.events) for (const p of e.articles) eventOf.set(p, e);
  for (const a of corpus.articles) {
    const actors = actorsById(a);
    for (const s of a.statements) {
      if (!passesFilter(s, filter)) continue;
      let key: string;
      let label: string;
      let extra: Partial<ClaimGroup> = {};
      if (by === 'article') {
        key = a.path;
        label = a.title ?? a.path;
        extra = { path: a.path };
      } else if (by === 'event') {
        const e = eventOf.get(a.path);
        key = e?.id ?? `article:${a.path}`;
        label = e?.label ?? a.title ?? a.path;
      } else if (by === 'actor') {
        const name = speakerName(s, actors);
        key = s.speaker?.actorId ?? (s.speaker?.vague ? 'vague' : name ? `text:${name.toLowerCase()}` : 'none');
        label = s.speaker?.actorId ? name! : s.speaker?.vague ? 'unnamed sources' : name ?? 'no speaker named';
        extra = { vague: !!s.speaker?.vague };
      } else {
        const src = sourceOf(s, actors);
        key = src.key;
        label = src.label;
        extra = { vague: src.vague };
      }
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, label, items: [], ...extra }));
      g.items.push({ path: a.path, statement: s });
    }
  }
  const list = [...groups.values()];
  for (const g of list) g.items.sort((x, y) => x.path.localeCompare(y.path) || x.statement.start - y.statement.start);
  return list.sort((x, y) => (by === 'article' ? x.key.localeCompare(y.key) : y.items.length - x.items.length || x.label.localeCompare(y.label)));
}

// ---------------------------------------------------------------------------------------------------------------
// Memory

/**
 * A copy of an analysis fit to keep for every article of a large workspace: what the claims view, the hovers'
 * cross-article parts and related coverage need (actors with their names, roles, aliases and mentions; the
 * statements; the dates), without the sentence list, role spans, descriptors and layout body, which only the
 * open document's own analysis needs, and with at most INDEX_MENTIONS mentions per actor.
 */
const INDEX_MENTIONS = 3;

export function slimForIndex(a: ArticleAnalysis): ArticleAnalysis {
  return {
    ...a,
    sentences: [],
    // The first mentions are enough for links and counts elsewhere; the open document has its own full analysis.
    actors: a.actors.map((x) => ({ ...x, roleSpans: [], descriptors: [], mentions: x.mentions.slice(0, INDEX_MENTIONS).map((m) => ({ ...m })) })),
    statements: a.statements.map((s) => ({
      ...s,
      content: { ...s.content, parts: s.content.parts.map((p) => ({ ...p })) },
      cue: s.cue ? { ...s.cue } : null,
      speaker: s.speaker ? { ...s.speaker } : null,
      via: s.via.map((v) => ({ ...v })),
    })),
    layout: { ...a.layout, body: [], boilerplate: [] },
    dates: a.dates.map((d) => ({ ...d })),
    warnings: [...a.warnings],
  };
}
