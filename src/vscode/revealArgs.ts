// The arguments of `sourceLens.revealSpan` checked before anything is opened (issue 11): the command is run from
// hover links and tree items, and anyone who can run commands can pass it anything. Only an article file of the
// workspace (indexed, or open as an article) and a span of non-negative whole offsets, start ≤ end, are accepted;
// the caller clamps the span to the document's length.

export interface RevealTarget {
  uri: string;
  start: number;
  end: number;
}

const offset = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

export function revealTarget(
  uri: unknown,
  start: unknown,
  end: unknown,
  isArticle: (uri: string) => boolean,
): RevealTarget | undefined {
  if (typeof uri !== 'string' || !uri || !isArticle(uri)) return undefined;
  if (!offset(start) || !offset(end) || end < start) return undefined;
  return { uri, start, end };
}
