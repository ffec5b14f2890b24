// Hedges: words that mark a claim as uncertain or merely reported ("soll", "angeblich", "reportedly").
// The first hedge inside the content (or, failing that, inside the frame) is returned as a span.
import type { Language, Span, TextSpan } from '../types';

const DE_HEDGES =
  /(?<![\p{L}\p{N}])(könnte|könnten|könne|können|soll|sollen|solle|sollten sich|angeblich|mutmaßlich|mutmaßliche[nmrs]?|möglicherweise|wahrscheinlich|vermutlich|eventuell|vielleicht|dürfte|dürften|offenbar|offenkundig|anscheinend|scheint|scheinen|vermutet|Vermutungen|Spekulationen|spekuliert|unbestätigt(?:en)?|womöglich|voraussichtlich|Berichten zufolge)(?![\p{L}\p{N}])/u;

// Case-sensitive, so that the month ("on May 25") is no hedge; sentence-initial adverbs are listed capitalised.
const EN_HEDGES =
  /(?<![\p{L}\p{N}])(may|might|could|[Rr]eportedly|[Aa]llegedly|alleged|[Pp]ossibly|[Pp]robably|likely|[Aa]pparently|suspected|[Ss]upposedly|[Pp]urportedly|unconfirmed|is said to|are said to|is believed to|are believed to|speculat\w+)(?![\p{L}\p{N}])/u;

/**
 * A hedge pattern without its word boundaries (dropping a negative lookaround only widens a pattern): a necessary
 * condition, tested first because it runs several times faster, as a leading lookbehind keeps the regex engine
 * from skipping ahead. Should the boundaries be written otherwise, the pattern stays whole: slower, as exact.
 */
function withoutBoundaries(re: RegExp): RegExp {
  return new RegExp(
    re.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/, '').replace(/\(\?!\[\\p\{L\}\\p\{N\}\]\)$/, ''),
    re.flags,
  );
}
const DE_WORDS = withoutBoundaries(DE_HEDGES);
const EN_WORDS = withoutBoundaries(EN_HEDGES);

const DE_HEDGES_ALL = new RegExp(DE_HEDGES.source, 'gu');
const EN_HEDGES_ALL = new RegExp(EN_HEDGES.source, 'gu');
const DE_MODAL = /^(soll|sollen|solle)$/u;
/** The rest of a clause after a modal: up to the next clause mark. */
const CLAUSE_REST = /^[^.,;:!?„“”"»«]*/u;
/** A perfect or stative infinitive closing the clause: the reportive "soll … getötet haben", "soll krank sein". */
const REPORTIVE_CLOSE = /(?<![\p{L}\p{N}])(haben|sein)\s*$/u;

/**
 * "soll" hedges a claim only as the reportive modal, with a perfect or stative infinitive ("soll geschossen
 * haben", "soll verletzt sein"); a plan or schedule ("soll am Montag beginnen", "soll gebaut werden") and a
 * purpose ("soll helfen") claim nothing uncertain.
 */
function reportiveSoll(slice: string, end: number): boolean {
  const rest = CLAUSE_REST.exec(slice.slice(end, end + 240))?.[0] ?? '';
  return REPORTIVE_CLOSE.test(rest);
}

/** A relative clause set off by a comma, up to a hedge: ", der vielleicht …", ", mit dem sie möglicherweise …". */
const RELATIVE_OPENING =
  /,\s*(?:(?:in|mit|von|bei|auf|für|an|aus|nach|zu|über|unter|vor|gegen|durch|ohne|um|of|with|for|by|to|from)\s+)?(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?|who|which|whose|whom)\s[^,.;:!?„“”"»«()]*$/iu;

/**
 * Whether the hedge at `at` in a frame's text stands in a relative clause about the speaker ("Der Pächter, der
 * vielleicht bald umbaut, sagte: …", "X, who may run again, said"): it hedges that clause, not the statement.
 */
function inRelativeClause(slice: string, at: number): boolean {
  return RELATIVE_OPENING.test(slice.slice(Math.max(0, at - 160), at));
}

/**
 * The first hedge in `spans` (tried in order), or null. The spans from `frameFrom` on are frames (the cue and the
 * speaker): a hedge in a relative clause there describes the speaker and is skipped.
 */
export function findHedge(text: string, language: Language, spans: Span[], frameFrom = spans.length): TextSpan | null {
  const words = language === 'en' ? EN_WORDS : DE_WORDS;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const slice = text.slice(s.start, s.end);
    if (!words.test(slice)) continue;
    const frame = k >= frameFrom;
    const re = language === 'en' ? EN_HEDGES_ALL : DE_HEDGES_ALL;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (language !== 'en' && DE_MODAL.test(m[0]) && !reportiveSoll(slice, m.index + m[0].length)) continue;
      if (frame && inRelativeClause(slice, m.index)) continue;
      return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
    }
  }
  return null;
}
