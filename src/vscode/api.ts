// What activate() returns: a small surface for the integration tests (and other extensions) to observe the
// extension's state without reaching into the editor's rendering.
import type * as vscode from 'vscode';
import type { ArticleAnalysis, CorpusAnalysis, RelatedArticle } from '../core';
import type { ClaimNode } from './claimsTree';
import type { CoverageState } from './coverageView';
import type { DecorationName } from './decorationPlan';
import type { IndexStats } from './indexEngine';
import type { OpenedPassage } from './relatedCoverage';
import type { EventAlignment, IndexProgress } from './workspaceIndex';

export interface SourceLensApi {
  /** The analysis of a document's current version (computed once per version). */
  analysis(document: vscode.TextDocument): Promise<ArticleAnalysis>;
  /** Decoration ranges currently applied to the document's visible editor, by name. */
  decorations(uri: vscode.Uri): Map<DecorationName, vscode.Range[]> | undefined;
  /** Resolves after the next time decorations are applied to this document. */
  nextDecorations(uri: vscode.Uri): Promise<void>;
  /** The workspace index's corpus, once indexing and every change after it are applied. */
  corpus(): Promise<CorpusAnalysis | undefined>;
  /** The claims view's children (top level when no node is given). */
  claims(node?: ClaimNode): ClaimNode[];
  /** Tree items as the view shows them. */
  claimItem(node: ClaimNode): vscode.TreeItem;
  /**
   * The other articles of an indexed article's event, with reasons relative to that article, as the
   * related-coverage picker lists them (the same code path).
   */
  related(uri: vscode.Uri): Promise<RelatedArticle[]>;
  /**
   * How long the picker and the Coverage view wait for the events worker's pair reasons (ms) before they show the
   * fallback; 0 asks no worker (the fallback at once).
   */
  setPairReasonsWait(ms: number): void;
  /** The event of an indexed article and its aligned claims. */
  alignment(uri: vscode.Uri): Promise<EventAlignment | undefined>;
  /** The workspace index: articles, events, worker threads, the last full indexing's duration. */
  indexStats(): IndexStats & { lastIndexMs: number };
  /** Follows a full indexing's progress (what the notification shows). */
  onIndexProgress(listener: (p: IndexProgress) => void): vscode.Disposable;
  /** How long a full indexing runs before its progress notification shows (ms). */
  setIndexProgressDelay(ms: number): void;
  /** Fires when the "looks like an article" offer is shown for a .txt. */
  onDidOffer(listener: (uri: vscode.Uri) => void): vscode.Disposable;
  /** The coverage view as it is shown (undefined when closed), after pending re-renders. */
  coverage(): Promise<CoverageState | undefined>;
  /**
   * A cold window's first steps (src/vscode/startupTrace.ts), in ms since the bundle started to load, and the
   * document whose first analysis was made on the extension host before the workers.
   */
  startup(): { steps: { name: string; ms: number }[]; hostAnalysed: string | undefined };
  /** The analysis a cold window's first article gets on the extension host, made now of the document's text. */
  analysisOnHost(document: vscode.TextDocument): ArticleAnalysis;
  /** Handles a message as if the coverage page had posted it (a link activated). */
  coverageMessage(message: unknown): Promise<OpenedPassage | undefined>;
}
