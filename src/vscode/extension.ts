// Source Lens in VS Code: a thin adapter over src/core. Each feature registers itself; see docs/vscode.md.
import * as vscode from 'vscode';
import { traceStep, traceTo } from './startupTrace';
import { relatedArticles } from '../core';
import { AnalysisCache } from './analysisCache';
import type { SourceLensApi } from './api';
import { registerArticleFiles } from './articleFiles';
import { registerClaimsTree } from './claimsTree';
import { registerCoverageView } from './coverageView';
import { registerDecorations } from './decorations';
import { registerHover } from './hover';
import { registerRelatedCoverage } from './relatedCoverage';
import { SettingsStore } from './settings';
import { registerStatusBar, registerUnanalysedStatus } from './statusBar';
import { registerWorkspaceIndex } from './workspaceIndex';

export function activate(context: vscode.ExtensionContext): SourceLensApi | undefined {
  traceStep('activate');
  try {
    const settings = new SettingsStore();
    const cache = new AnalysisCache();
    context.subscriptions.push(settings, cache);
    const files = registerArticleFiles(context, settings);
    const index = registerWorkspaceIndex(context, settings, cache, files);
    const decorations = registerDecorations(context, settings, cache);
    registerHover(context, settings, cache, index);
    const tree = registerClaimsTree(context, index);
    registerRelatedCoverage(context, settings, cache, index);
    const coverage = registerCoverageView(context, index);
    registerStatusBar(context, settings, cache);
    registerUnanalysedStatus(context, settings, index);
    traceStep('providers registered');
    const output = vscode.window.createOutputChannel('Source Lens');
    context.subscriptions.push(output);
    traceTo(output);
    return {
      analysis: (document) => cache.get(document),
      decorations: (uri) => decorations.appliedTo(uri),
      nextDecorations: (uri) =>
        new Promise((resolve) => {
          const sub = decorations.onDidApply((d) => {
            if (d.uri.toString() === uri.toString()) {
              sub.dispose();
              resolve();
            }
          });
        }),
      corpus: async () => {
        await index.whenIdle();
        return index.corpus;
      },
      claims: (node) => tree.getChildren(node),
      claimItem: (node) => tree.getTreeItem(node),
      related: async (uri) => {
        await index.whenIdle();
        const alignment = await index.alignmentOf(uri.toString());
        return relatedArticles(index.lookup, uri.toString(), alignment?.claims);
      },
      alignment: async (uri) => {
        await index.whenIdle();
        return index.alignmentOf(uri.toString());
      },
      indexStats: () => index.stats,
      onIndexProgress: (listener) => index.onDidReportProgress(listener),
      setIndexProgressDelay: (ms) => (index.progressAfterMs = ms),
      onDidOffer: (listener) => files.onDidOffer(listener),
      coverage: async () => {
        await coverage.settled();
        return coverage.state;
      },
      coverageMessage: (message) => coverage.handleMessage(message),
    };
  } catch (err) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Source Lens could not start: {0}', err instanceof Error ? err.message : String(err)),
    );
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
