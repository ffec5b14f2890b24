// A given name and the capitalised word after it as one person's name, where the detector (detect.ts) stopped
// at the given name because the second word also reads as something else: an adjective ("Benjamin Schwarz") or a
// compound noun the lexicon only guesses ("Heidi Bruchhagen"). index.ts calls this once
// for German, on the detector's candidates. The second word must be no common noun as it stands and no function
// word, and no third capitalised word may follow (that would be a longer name or a title). Linear in the candidates.
import { type Candidate, type Token, copyCandidate } from './detect';
import type { GermanLexicon } from './words';

/** Candidates with "given name + surname" spans widened; the place or lone candidate of the second word is dropped. */
export function widenGivenNames(
  cands: readonly Candidate[],
  tokens: readonly Token[],
  text: string,
  lex: GermanLexicon,
  surnames: ReadonlySet<string>,
): Candidate[] {
  const startAt = new Map<number, number>();
  cands.forEach((c, k) => startAt.set(c.first, k));
  const drop = new Set<number>();
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    if (drop.has(k)) continue;
    const c = cands[k]!;
    const t = tokens[c.first];
    if (
      !t ||
      c.first !== c.last ||
      (c.kind !== null && c.kind !== 'person') ||
      !lex.GIVEN_NAMES.has(t.text) ||
      lex.DE_NOUNS.has(t.text)
    ) {
      out.push(c);
      continue;
    }
    const next = tokens[c.last + 1];
    const third = tokens[c.last + 2];
    const ok =
      !!next &&
      next.cap &&
      next.start === t.end + 1 &&
      text.charCodeAt(t.end) === 32 &&
      !next.text.includes('-') &&
      !lex.DE_NOUNS.has(next.text) &&
      !lex.DE_STOPWORDS.has(next.text.toLowerCase()) &&
      !(third && third.cap && third.start === next.end + 1);
    // The second word may stand as a candidate of its own only as an untyped word; a place stays one ("Ludwig
    // Paris" is two names, though "Paris" is a given name and a surname too).
    const other = next ? startAt.get(c.last + 1) : undefined;
    const otherOk = other === undefined || (cands[other]!.first === cands[other]!.last && cands[other]!.kind === null);
    if (!ok || !otherOk || (other === undefined && !surnames.has(next!.text) && !/\p{Ll}{3}$/u.test(next!.text))) {
      out.push(c);
      continue;
    }
    if (other !== undefined) drop.add(other);
    out.push(
      Object.assign(copyCandidate(c), {
        last: c.last + 1,
        end: next!.end,
        kind: 'person',
        strong: true,
        canonical: null,
        guessed: false,
      }),
    );
  }
  return out;
}
