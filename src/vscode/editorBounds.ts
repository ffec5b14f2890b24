// What of an open document's analysis reaches the extension host is bounded (issue 11), as the index bounds its
// copy (indexJobs.ts boundedForIndex, same limits). A hostile 1 MB document ("sagte er, " repeated) has 87,000
// statements with 5.5 million characters of quoted content: a 28 MB structured clone that the host takes
// seconds to receive, then plans as many decorations and hands the same copy to the index. A news article has at
// most about a hundred statements and a few KB of quotations (the largest of every development set: 92 statements,
// 4,649 characters, 97 actors, 171 mentions), so nothing of one is ever cut; a document past a limit keeps its
// first statements, actors, mentions and sentences, and its warnings say so. Applied where the analysis is made
// (the worker, or the host when there is none), so that the editor sees the same result either way.
// Free of `vscode`: the index's worker runs it.
import type { ArticleAnalysis } from '../core';

/** Statements, and characters of their quoted content, an open document's analysis keeps. */
export const MAX_OPEN_STATEMENTS = 500;
export const MAX_OPEN_CONTENT_CHARS = 100_000;
export const MAX_OPEN_ACTORS = 1000;
/** Mentions of all actors together (each a decoration). */
export const MAX_OPEN_MENTIONS = 20_000;
export const MAX_OPEN_SENTENCES = 5000;

const n = (x: number): string => x.toLocaleString('en');

/** The analysis itself when within every limit (a news article), else a copy cut to the limits with a warning. */
export function boundedForEditor(a: ArticleAnalysis): ArticleAnalysis {
  const cut: string[] = [];
  let keep = 0;
  for (let chars = 0; keep < a.statements.length && keep < MAX_OPEN_STATEMENTS; keep++) {
    chars += a.statements[keep]!.content.text.length;
    if (chars > MAX_OPEN_CONTENT_CHARS) break;
  }
  let statements = a.statements;
  if (keep < statements.length) {
    cut.push(`${n(keep)} of its ${n(statements.length)} statements`);
    statements = statements.slice(0, keep);
  }
  let actors = a.actors;
  if (actors.length > MAX_OPEN_ACTORS) {
    cut.push(`${n(MAX_OPEN_ACTORS)} of its ${n(actors.length)} actors`);
    actors = actors.slice(0, MAX_OPEN_ACTORS);
  }
  let mentions = 0;
  for (const actor of actors) mentions += actor.mentions.length;
  if (mentions > MAX_OPEN_MENTIONS) {
    cut.push(`${n(MAX_OPEN_MENTIONS)} of its ${n(mentions)} mentions of actors`);
    let left = MAX_OPEN_MENTIONS;
    actors = actors.map((actor) => {
      const kept = Math.min(left, actor.mentions.length);
      left -= kept;
      return kept === actor.mentions.length ? actor : { ...actor, mentions: actor.mentions.slice(0, kept) };
    });
  }
  let sentences = a.sentences;
  if (sentences.length > MAX_OPEN_SENTENCES) {
    cut.push(`${n(MAX_OPEN_SENTENCES)} of its ${n(sentences.length)} sentences`);
    sentences = sentences.slice(0, MAX_OPEN_SENTENCES);
  }
  if (!cut.length) return a;
  const warning = `very long document: the editor shows the first ${cut.join(', ')}`;
  return { ...a, statements, actors, sentences, warnings: [...a.warnings, warning] };
}
