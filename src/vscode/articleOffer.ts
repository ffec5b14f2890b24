// When a plain .txt becomes an article, and when Source Lens offers to read one as an article: the decision of
// articleFiles.ts without the editor, so that it is unit-tested in plain Node. The text is read only when the
// cheaper conditions leave the offer open.
import { looksLikeArticle } from '../core/corpus/related';

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
