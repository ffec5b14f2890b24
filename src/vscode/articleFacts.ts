// What one article's analysis says, in the terms the editor shows it: whether a statement's source is vague
// and why, the status bar's counts, the actor or statements at an offset, speaker and relay-chain labels, the
// source a statement is grouped under. Questions only the editor asks, kept out of the core; free of `vscode`,
// so that they are unit-tested in plain Node. Offsets are UTF-16 code units, end-exclusive, as in the core.
import type { Actor, ArticleAnalysis, Span, Statement } from '../core';

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

/** "Anna Berg, via dpa": the speaker and the relay chain, nearest first. */
export function chainLabel(s: Statement, actors: Map<string, Actor>): string {
  const parts: string[] = [];
  const speaker = speakerName(s, actors);
  if (speaker) parts.push(speaker);
  const via = s.via.map((v) => viaName(v, actors)).filter((n) => n && n !== speaker);
  if (via.length) parts.push(`via ${via.join(' via ')}`);
  return parts.join(', ');
}

/**
 * True when a statement's source is its speaker, named: no relay chain and nothing vague. Grouped by source, its
 * group already names the speaker, so the claims view shows its words instead of the name again.
 */
export function speaksForItself(s: Statement): boolean {
  return !!s.speaker && s.via.length === 0 && !isVague(s);
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
  return { key: 'none', label: 'speaker not found', vague: false };
}
