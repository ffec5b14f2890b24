// Where decorations go, as core spans and note texts: the editor-free half of decorations.ts, so that the
// benchmark measures it in plain Node. Maps core results only; offsets are UTF-16, end-exclusive.
import type { ActorKind, ArticleAnalysis, Span } from '../core';
import { partitionPoint } from '../core';
import { actorsById, chainLabel, isVague } from './articleFacts';

export type DecorationName = ActorKind | 'statement' | 'vague' | 'hedged' | 'furniture' | 'speakerNote';

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
  // Page furniture (credit lines, captions, bylines, date lines, promo lines: the layout's boilerplate) is shown
  // greyed, and nothing in it is marked as an actor or a statement.
  const furniture = [...a.layout.boilerplate].sort((x, y) => x.start - y.start);
  for (const f of furniture) add('furniture', f);
  const inFurniture = (span: Span): boolean => {
    const hit = partitionPoint(furniture.length, (i) => furniture[i]!.start > span.start) - 1;
    return hit >= 0 && span.start < furniture[hit]!.end;
  };
  for (const actor of a.actors) for (const m of actor.mentions) if (!inFurniture(m)) add(actor.kind, m);
  const actors = actorsById(a);
  const notes = new Map<number, string[]>();
  for (const s of a.statements) {
    if (inFurniture(s.content)) continue;
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

/** The longest speaker note shown after a line; the full note is in the note's hover. */
export const NOTE_MAX_CHARS = 40;

/**
 * Where a wrapped line ends: the length of its last visual row when the editor wraps it at `column` (words kept
 * whole, as VS Code's word wrap does; a word longer than a row is cut).
 */
export function lastRowLength(line: string, column: number): number {
  if (column <= 0 || line.length <= column) return line.length;
  let row = 0;
  for (const word of line.match(/\S+\s*|\s+/g) ?? []) {
    const visible = word.trimEnd().length;
    if (row && row + visible > column) row = 0;
    row += word.length;
    while (row > column) row -= column;
  }
  return row;
}

/**
 * A speaker note cut to fit after the last row of its line within `column` characters (the wrap column), with
 * an ellipsis: a note never runs past the editor's right edge or adds a horizontal scrollbar. `margin`: the
 * columns the note's left margin takes. Returns the text to show (possibly just "— …").
 */
export function fitNote(note: string, line: string, column: number, margin = 4): string {
  const room = Math.min(NOTE_MAX_CHARS, column - lastRowLength(line, column) - margin);
  if (note.length <= room) return note;
  if (room < 8) return '— …';
  return `${note.slice(0, room - 1).trimEnd()}…`;
}

/**
 * A speaker note as the editor shows it: the text fitted to the wrap column, and the full note as its hover,
 * always. The column is only what the settings say; a window narrower than it (the side bar or the Coverage view
 * open) wraps earlier and clips a note that "fit", with nothing to read it by if only cut notes had a hover.
 */
export function noteDecoration(note: string, line: string, column: number): { text: string; hover: string } {
  return { text: fitNote(note, line, column), hover: note };
}
