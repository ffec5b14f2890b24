// Where decorations go, as core spans and note texts: the editor-free half of decorations.ts, so that the
// benchmark measures it in plain Node. Maps core results only; offsets are UTF-16, end-exclusive.
import type { ActorKind, ArticleAnalysis, Span } from '../core';
import { actorsById, chainLabel, isVague } from './articleFacts';

export type DecorationName = ActorKind | 'statement' | 'vague' | 'hedged' | 'speakerNote';

/** Where each decoration goes, as core spans (plus the note texts): the pure part, no editor needed. */
export interface DecorationPlan {
  spans: Map<Exclude<DecorationName, 'speakerNote'>, Span[]>;
  /** One note per line that ends a statement: offset of the line end, text. */
  notes: { offset: number; text: string }[];
}

export function planDecorations(
  a: ArticleAnalysis,
  lineEndOf: (offset: number) => number,
  speakerNote: boolean,
): DecorationPlan {
  const spans = new Map<Exclude<DecorationName, 'speakerNote'>, Span[]>();
  const add = (k: Exclude<DecorationName, 'speakerNote'>, s: Span): void => {
    const list = spans.get(k);
    if (list) list.push(s);
    else spans.set(k, [s]);
  };
  for (const actor of a.actors) for (const m of actor.mentions) add(actor.kind, m);
  const actors = actorsById(a);
  const notes = new Map<number, string[]>();
  for (const s of a.statements) {
    for (const p of s.content.parts.length ? s.content.parts : [s.content]) add('statement', p);
    if (isVague(s)) {
      const v = s.speaker?.vague ? s.speaker : (s.via.find((x) => x.vague) ?? s.cue);
      if (v) add('vague', v);
    }
    if (s.hedged) add('hedged', s.hedge ?? s.cue ?? s.content);
    if (speakerNote && s.kind !== 'continuation') {
      const label = chainLabel(s, actors);
      if (label) {
        const end = lineEndOf(Math.max(s.start, s.end - 1));
        const list = notes.get(end) ?? [];
        if (!list.includes(label)) list.push(label);
        notes.set(end, list);
      }
    }
  }
  return { spans, notes: [...notes].map(([offset, labels]) => ({ offset, text: `— ${labels.join('; ')}` })) };
}
