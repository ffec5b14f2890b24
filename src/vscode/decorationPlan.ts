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

/** One content change as VS Code reports it: offsets in the text before it, and the inserted text's length. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  textLength: number;
}

/**
 * The spans an editor shows for a decoration type after `changes` (in order, each in the text the previous ones
 * left), or null where it cannot be known without the editor: a change that touches a span, or only its edge, may
 * grow or cut it by the type's range behaviour. A span wholly before a change stays; one wholly after it moves by
 * the change's length, as VS Code moves a decoration's range.
 */
export function moveSpans(spans: readonly Span[], changes: readonly TextChange[]): Span[] | null {
  let out: Span[] = spans as Span[];
  for (const c of changes) {
    const end = c.rangeOffset + c.rangeLength;
    const d = c.textLength - c.rangeLength;
    const moved: Span[] = [];
    for (const s of out) {
      if (s.end < c.rangeOffset) moved.push(s);
      else if (s.start > end) moved.push(d ? { start: s.start + d, end: s.end + d } : s);
      else return null;
    }
    out = moved;
  }
  return out;
}

/** What an editor shows for one decoration type: the spans and, for notes, each one's text and hover. */
export interface AppliedDecorations {
  spans: Span[];
  texts?: string[];
}

/**
 * The decoration types whose decorations must be set again (the pure half of Decorations.apply): those whose
 * spans or texts now differ from what the editor shows after the changes since they were set. Every type when
 * nothing is known of the editor (`applied` undefined) or of the changes since (`changes` null: several changes at
 * once, the editor hidden and shown again, the types recreated). Setting a type again costs the conversion of all
 * its ranges and a repaint of all of them; after a typical edit only one or two types change.
 */
export function typesToSet<K>(
  applied: ReadonlyMap<K, AppliedDecorations> | undefined,
  next: ReadonlyMap<K, AppliedDecorations>,
  changes: readonly TextChange[] | null,
): K[] {
  const out: K[] = [];
  for (const [name, now] of next) {
    const was = applied && changes ? applied.get(name) : undefined;
    if (!was || !sameDecorations(was, now, changes ?? [])) out.push(name);
  }
  return out;
}

function sameDecorations(was: AppliedDecorations, now: AppliedDecorations, changes: readonly TextChange[]): boolean {
  if (was.spans.length !== now.spans.length) return false;
  const wt = was.texts ?? [];
  const nt = now.texts ?? [];
  if (wt.length !== nt.length) return false;
  for (let i = 0; i < wt.length; i++) if (wt[i] !== nt[i]) return false;
  const moved = moveSpans(was.spans, changes);
  if (!moved) return false;
  for (let i = 0; i < moved.length; i++) {
    const a = moved[i]!;
    const b = now.spans[i]!;
    if (a.start !== b.start || a.end !== b.end) return false;
  }
  return true;
}
