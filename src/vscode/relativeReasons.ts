// Which reasons the editor shows beside another article of the reader's event (the related-coverage picker, the
// Coverage view's headlines): what that article shares with the article the reader has open, never what it
// shares with the rest of its event (a third member's names, figures or day). Editor-free, tested in plain Node.
import type { CoverageEvent, Reason } from '../core';

/**
 * The reasons per other article of `event` for a reader of `here`. `pairs`: the events worker's answer
 * (EventIndex.pairReasons: each article against `here` alone), used whenever it came. Without it (the worker busy
 * past the picker's wait, or gone) the event's own reasons are true of the pair only in an event of two; in a
 * larger event each article gets none, and the look-up's words (names both articles carry, the same day:
 * `relatedArticles`) stand in, which are relative to `here` by construction.
 */
export function reasonsRelativeTo(
  event: Pick<CoverageEvent, 'articles' | 'reasons'>,
  here: string,
  pairs: Readonly<Record<string, Reason[]>> | undefined,
): Record<string, Reason[]> {
  const out: Record<string, Reason[]> = {};
  const two = event.articles.length === 2 && event.articles.includes(here);
  for (const p of event.articles) {
    if (p === here) continue;
    out[p] = pairs?.[p] ?? (two ? (event.reasons?.[p] ?? []) : []);
  }
  return out;
}
