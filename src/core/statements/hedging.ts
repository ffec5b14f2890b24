// Hedges: words that mark a claim as uncertain or merely reported ("soll", "angeblich", "reportedly").
// The first hedge inside the content (or, failing that, inside the frame) is returned as a span.
import type { Language, Span, TextSpan } from '../types';

const DE_HEDGES =
  /(?<![\p{L}\p{N}])(könnte|könnten|könne|können|soll|sollen|solle|sollten sich|angeblich|mutmaßlich|mutmaßliche[nmrs]?|möglicherweise|wahrscheinlich|vermutlich|eventuell|vielleicht|dürfte|dürften|offenbar|offenkundig|anscheinend|scheint|scheinen|vermutet|Vermutungen|Spekulationen|spekuliert|unbestätigt(?:en)?|womöglich|voraussichtlich|Berichten zufolge)(?![\p{L}\p{N}])/u;

// Case-sensitive, so that the month ("on May 25") is no hedge; sentence-initial adverbs are listed capitalised.
const EN_HEDGES =
  /(?<![\p{L}\p{N}])(may|might|could|[Rr]eportedly|[Aa]llegedly|alleged|[Pp]ossibly|[Pp]robably|likely|[Aa]pparently|suspected|[Ss]upposedly|[Pp]urportedly|unconfirmed|is said to|are said to|is believed to|are believed to|speculat\w+)(?![\p{L}\p{N}])/u;

/** The first hedge in `spans` (tried in order), or null. */
export function findHedge(text: string, language: Language, spans: Span[]): TextSpan | null {
  const re = language === 'en' ? EN_HEDGES : DE_HEDGES;
  for (const s of spans) {
    const m = re.exec(text.slice(s.start, s.end));
    if (m) {
      const start = s.start + m.index;
      return { start, end: start + m[0].length, text: m[0] };
    }
  }
  return null;
}
