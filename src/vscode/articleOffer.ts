// When a plain .txt becomes an article, and when Source Lens offers to read one as an article: the decision of
// articleFiles.ts without the editor, so that it is unit-tested in plain Node. The text is read only when the
// cheaper conditions leave the offer open.

export interface OfferInput {
  /** The document's language id as VS Code opened it. */
  languageId: string;
  /** The file's path (or URI path). */
  path: string;
  /** The globs or an earlier "Read as Article" claim the file. */
  claimed: boolean;
  /** `sourceLens.files.offerReadAsArticle`. */
  offerEnabled: boolean;
  /** Offered already in this session. */
  offered: boolean;
  /** "Don't Ask for This File" was chosen for it. */
  declined: boolean;
  text: () => string;
}

/** 'claim': switch to the article language now; 'offer': ask; 'none': leave it alone. */
export type OfferDecision = 'claim' | 'offer' | 'none';

export function offerDecision(input: OfferInput): OfferDecision {
  if (input.languageId !== 'plaintext' || !input.path.toLowerCase().endsWith('.txt')) return 'none';
  if (input.claimed) return 'claim';
  if (!input.offerEnabled || input.offered || input.declined) return 'none';
  return looksLikeArticle(input.text()) ? 'offer' : 'none';
}

/** A cheap guess whether a plain .txt reads like a news article: running text with attributed speech. */
export function looksLikeArticle(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (sample.length < 300 || sample.includes('\u0000')) return false;
  const lines = sample
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const prose = lines.filter((l) => l.split(/\s+/).length >= 12 && /[.!?“”"»«]$/.test(l));
  if (prose.length < 2 || prose.length * 2 < lines.length - 2) return false;
  const quotes = /[„“”«»"]/.test(sample);
  const cues =
    /\b(sagte|sagt|erklärte|laut|zufolge|berichtete|teilte|said|says|told|according to|reported|stated)\b/i.test(
      sample,
    );
  return cues && (quotes || prose.length >= 3);
}
