// Decorations while someone types: the editor-free half of what decorations.ts does between an edit and the next
// whole analysis. A whole analysis of a long article takes tens of milliseconds (50 KB: 25–100 ms on this
// project's machine, more under load) and runs in a worker after the typing pauses; meanwhile the plan of the last
// analysis is moved with the text (`shiftPlan`: every span the edit does not touch keeps its text) and the lines
// the edit touches are analysed on their own, with the article's first line before them as the title
// (`provisionalPlan`), in a few milliseconds. The result is provisional: names the rest of the article types
// ("Merkel" after "Angela Merkel") and speakers resolved from other paragraphs may differ until the whole
// analysis replaces it (scripts/bench-edit.mjs measures how often they agree). Offsets are UTF-16, end-exclusive.
import { analyzeArticle, type ArticleAnalysis, type Span } from '../core';
import { planDecorations, type DecorationPlan } from './decorationPlan';

/** One change of a document edit, as VS Code reports it: a range of the text before the edit, and its new text. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * The changes of one edit in ascending order with their offsets in the text before the edit. VS Code reports the
 * changes of one event against the text before it, not overlapping (in descending order for several cursors).
 */
function ascending(changes: readonly TextChange[]): TextChange[] {
  return [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset);
}

/**
 * Where a span of the text before the edit is after it, or null when the edit touches it (a change overlaps it,
 * or inserts inside it). An insertion exactly at a span's start moves the span; one at its end leaves it.
 */
export function shiftSpan(span: Span, changes: readonly TextChange[]): Span | null {
  let delta = 0;
  for (const c of changes) {
    if (c.rangeOffset + c.rangeLength <= span.start) delta += c.text.length - c.rangeLength;
    else if (c.rangeOffset >= span.end) break;
    else return null;
  }
  return { start: span.start + delta, end: span.end + delta };
}

/** The plan of the text before an edit, moved to the text after it; what the edit touches is dropped. */
export function shiftPlan(plan: DecorationPlan, changes: readonly TextChange[]): DecorationPlan {
  const sorted = ascending(changes);
  const spans: DecorationPlan['spans'] = new Map();
  for (const [name, list] of plan.spans) {
    const moved: Span[] = [];
    for (const s of list) {
      const m = shiftSpan(s, sorted);
      if (m) moved.push(m);
    }
    spans.set(name, moved);
  }
  const notes: DecorationPlan['notes'] = [];
  for (const n of plan.notes) {
    const m = shiftSpan({ start: n.offset, end: n.offset }, sorted);
    if (m) notes.push({ offset: m.start, text: n.text });
  }
  return { spans, notes };
}

/** The whole lines of the text after the edit that the edit's changes cover (start of the first, end of the last). */
export function touchedLines(text: string, changes: readonly TextChange[]): Span {
  let delta = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of ascending(changes)) {
    const start = c.rangeOffset + delta;
    lo = Math.min(lo, start);
    hi = Math.max(hi, start + c.text.length);
    delta += c.text.length - c.rangeLength;
  }
  if (lo === Infinity) return { start: 0, end: 0 };
  const start = lo === 0 ? 0 : text.lastIndexOf('\n', lo - 1) + 1;
  const nl = text.indexOf('\n', hi);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The offset where a line of `text` ends (before its line break), for the plan's notes. */
export function lineEndIn(text: string): (offset: number) => number {
  return (o) => {
    const nl = text.indexOf('\n', o);
    return nl < 0 ? text.length : nl;
  };
}

/** The text analysed for the lines an edit touches: the article's first line, then those lines. */
export interface LocalText {
  text: string;
  /** The touched lines, in the article's text. */
  lines: Span;
  /** Where the touched lines start in `text` (after the first line). */
  from: number;
}

/**
 * The text to analyse for an edit's touched lines: the article's first line (its title, or the lead when there is
 * none), then those lines. (Adding the paragraph before them, for statements that go on from it, made the
 * provisional plan agree with the whole one no more often: scripts/bench-edit.mjs.)
 */
export function localText(text: string, changes: readonly TextChange[]): LocalText {
  const lines = touchedLines(text, changes);
  const firstEnd = text.indexOf('\n');
  const prefix = lines.start === 0 || firstEnd < 0 ? '' : `${text.slice(0, firstEnd)}\n`;
  // The next line that has text, so that the touched lines are not read as the article's last (a credit line).
  let next = lines.end;
  while (next < text.length && text.charCodeAt(next) === 10) next++;
  const nextEnd = next < text.length ? text.indexOf('\n', next) : -1;
  const suffix = next < text.length ? text.slice(lines.end, nextEnd < 0 ? text.length : nextEnd) : '';
  return { text: prefix + text.slice(lines.start, lines.end) + suffix, lines, from: prefix.length };
}

/**
 * `moved` (the last plan, moved by the edit: shiftPlan) with the touched lines planned from the analysis of
 * `local.text` instead.
 */
export function mergeLocal(
  moved: DecorationPlan,
  local: LocalText,
  analysis: ArticleAnalysis,
  speakerNote: boolean,
  names?: ArticleNames,
): DecorationPlan {
  const { lines, from } = local;
  const shift = lines.start - from;
  const until = from + lines.end - lines.start;
  const outside = (s: Span): boolean => s.end <= lines.start || s.start >= lines.end;
  if (names) nameAsArticle(analysis, names);
  const localPlan = planDecorations(analysis, lineEndIn(local.text), speakerNote);
  const spans: DecorationPlan['spans'] = new Map();
  for (const [name, list] of moved.spans) spans.set(name, list.filter(outside));
  for (const [name, list] of localPlan.spans) {
    const kept: Span[] = [];
    for (const s of list)
      if (s.start >= from && s.end <= until) kept.push({ start: s.start + shift, end: s.end + shift });
    if (!kept.length) continue;
    const all = spans.get(name);
    if (all) all.push(...kept);
    else spans.set(name, kept);
  }
  const notes = moved.notes.filter((n) => n.offset < lines.start || n.offset > lines.end);
  for (const n of localPlan.notes)
    if (n.offset >= from && n.offset <= until) notes.push({ offset: n.offset + shift, text: n.text });
  return { spans, notes };
}

/** The article's actors' display names by kind and surface form (name or alias), from its last whole analysis. */
export type ArticleNames = ReadonlyMap<string, string>;

/**
 * The display names of a whole analysis's actors, under each of their names and aliases ("Trump" -> "Donald
 * Trump"), per kind; a form two actors share names neither.
 */
export function articleNames(a: ArticleAnalysis): ArticleNames {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const actor of a.actors)
    for (const form of new Set([actor.name, ...actor.aliases])) {
      const key = `${actor.kind}\u0000${form}`;
      const had = out.get(key);
      if (had !== undefined && had !== actor.name) shared.add(key);
      else out.set(key, actor.name);
    }
  for (const key of shared) out.delete(key);
  return out;
}

/**
 * The article-level step the touched lines' analysis lacks, for the notes: an actor is named as the whole article
 * names it ("— Donald Trump" where the lines say only "Trump").
 */
function nameAsArticle(analysis: ArticleAnalysis, names: ArticleNames): void {
  for (const actor of analysis.actors) {
    for (const form of [actor.name, ...actor.aliases]) {
      const name = names.get(`${actor.kind}\u0000${form}`);
      if (name !== undefined) {
        actor.name = name;
        break;
      }
    }
  }
}

export interface ProvisionalOptions {
  /** The article's path (the file name can carry its date). */
  path: string;
  /** The article's language, as the last whole analysis found it (a few lines are too short to tell). */
  language: string;
  speakerNote: boolean;
  /** The article's names from its last whole analysis (articleNames), so that the notes name actors as it does. */
  names?: ArticleNames;
}

/**
 * The decorations right after an edit, in this thread: `previous` (the plan of the text before the edit) moved by
 * the edit, with the lines the edit touches planned from an analysis of those lines alone, after the article's
 * first line (without the fingerprint, in the article's language). The extension does the same with the analysis
 * made in its worker (decorations.ts). Returns the plan and the lines re-planned.
 */
export function provisionalPlan(
  previous: DecorationPlan,
  changes: readonly TextChange[],
  text: string,
  options: ProvisionalOptions,
): { plan: DecorationPlan; lines: Span } {
  const local = localText(text, changes);
  const analysis = analyzeArticle(local.text, options.path, { language: options.language, fingerprint: false });
  return {
    plan: mergeLocal(shiftPlan(previous, changes), local, analysis, options.speakerNote, options.names),
    lines: local.lines,
  };
}
