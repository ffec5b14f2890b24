// What activate() returns: a small surface for the integration tests (and other extensions) to observe the
// extension's state without reaching into the editor's rendering.
import type * as vscode from 'vscode';
import type { ArticleAnalysis, CorpusAnalysis } from '../core';
import type { ClaimNode } from './claimsTree';
import type { DecorationName } from './decorationPlan';

export interface SourceLensApi {
  /** The analysis of a document's current version (computed once per version). */
  analysis(document: vscode.TextDocument): Promise<ArticleAnalysis>;
  /** Decoration ranges currently applied to the document's visible editor, by name. */
  decorations(uri: vscode.Uri): Map<DecorationName, vscode.Range[]> | undefined;
  /** Resolves after the next time decorations are applied to this document. */
  nextDecorations(uri: vscode.Uri): Promise<void>;
  /** The workspace index's corpus, once indexing and the latest rebuild are done. */
  corpus(): Promise<CorpusAnalysis | undefined>;
  /** The claims view's children (top level when no node is given). */
  claims(node?: ClaimNode): ClaimNode[];
  /** Tree items as the view shows them. */
  claimItem(node: ClaimNode): vscode.TreeItem;
}
