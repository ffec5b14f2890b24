// What of an open document's analysis reaches the extension host is bounded (issue 11), by the function that also
// bounds the index's copy (indexJobs.ts boundedForIndex: the same limits, no limit on mentions). A hostile 1 MB document ("sagte er, " repeated) has 87,000
// statements with 5.5 million characters of quoted content: a 28 MB structured clone that the host takes
// seconds to receive, then plans as many decorations and hands the same copy to the index. A news article has at
// most about a hundred statements and a few KB of quotations (the largest of every development set: 92 statements,
// 4,649 characters, 97 actors, 171 mentions), so nothing of one is ever cut; a document past a limit keeps its
// first statements, actors, mentions and sentences, and its warnings say so. Applied where the analysis is made
// (the worker, or the host when there is none), so that the editor sees the same result either way.
// Free of `vscode`: the index's worker runs it.
import type { ArticleAnalysis } from '../core';

/** How much of an analysis a copy keeps, and the words its warning opens with when something was cut. */
export interface AnalysisBounds {
  statements: number;
  /** Characters of the kept statements' quoted content, together. */
  contentChars: number;
  actors: number;
  /** Mentions of all kept actors together (each a decoration). */
  mentions: number;
  sentences: number;
  warning: string;
}

/** Statements, and characters of their quoted content, an open document's analysis keeps. */
export const MAX_OPEN_STATEMENTS = 500;
export const MAX_OPEN_CONTENT_CHARS = 100_000;
export const MAX_OPEN_ACTORS = 1000;
/** Mentions of all actors together (each a decoration). */
export const MAX_OPEN_MENTIONS = 20_000;
export const MAX_OPEN_SENTENCES = 5000;

const EDITOR_BOUNDS: AnalysisBounds = {
  statements: MAX_OPEN_STATEMENTS,
  contentChars: MAX_OPEN_CONTENT_CHARS,
  actors: MAX_OPEN_ACTORS,
  mentions: MAX_OPEN_MENTIONS,
  sentences: MAX_OPEN_SENTENCES,
  warning: 'very long document: the editor shows the first',
};

const n = (x: number): string => x.toLocaleString('en');

/** The analysis itself when within every limit (a news article), else a copy cut to the limits with a warning. */
export function boundedForEditor(a: ArticleAnalysis): ArticleAnalysis {
  return boundedAnalysis(a, EDITOR_BOUNDS);
}

/** The analysis itself when within `limits`, else a copy that keeps the first of each, with a warning. */
export function boundedAnalysis(a: ArticleAnalysis, limits: AnalysisBounds): ArticleAnalysis {
  const cut: string[] = [];
  let keep = 0;
  for (let chars = 0; keep < a.statements.length && keep < limits.statements; keep++) {
    chars += a.statements[keep]!.content.text.length;
    if (chars > limits.contentChars) break;
  }
  let statements = a.statements;
  if (keep < statements.length) {
    cut.push(`${n(keep)} of its ${n(statements.length)} statements`);
    statements = statements.slice(0, keep);
  }
  let actors = a.actors;
  if (actors.length > limits.actors) {
    cut.push(`${n(limits.actors)} of its ${n(actors.length)} actors`);
    actors = actors.slice(0, limits.actors);
  }
  let mentions = 0;
  for (const actor of actors) mentions += actor.mentions.length;
  if (mentions > limits.mentions) {
    cut.push(`${n(limits.mentions)} of its ${n(mentions)} mentions of actors`);
    let left = limits.mentions;
    actors = actors.map((actor) => {
      const kept = Math.min(left, actor.mentions.length);
      left -= kept;
      return kept === actor.mentions.length ? actor : { ...actor, mentions: actor.mentions.slice(0, kept) };
    });
  }
  let sentences = a.sentences;
  if (sentences.length > limits.sentences) {
    cut.push(`${n(limits.sentences)} of its ${n(sentences.length)} sentences`);
    sentences = sentences.slice(0, limits.sentences);
  }
  if (!cut.length) return a;
  return { ...a, statements, actors, sentences, warnings: [...a.warnings, `${limits.warning} ${cut.join(', ')}`] };
}
