// Source Lens in VS Code: a thin adapter over src/core. Each feature registers itself; see docs/vscode.md.
import * as vscode from 'vscode';
import { tracedSteps, traceStep, traceTo } from './startupTrace';
import { IncrementalAnalysis } from '../core';
import { AnalysisCache, hostAnalysis } from './analysisCache';
import type { SourceLensApi } from './api';
import { registerArticleFiles } from './articleFiles';
import { registerClaimsTree } from './claimsTree';
import { registerCoverageView } from './coverageView';
import { type Decorations, startDecorations } from './decorations';
import { LANGUAGE_ID } from './ids';
import { registerHover } from './hover';
import { registerRelatedCoverage } from './relatedCoverage';
import { SettingsStore } from './settings';
import { registerStatusBar, registerUnanalysedStatus } from './statusBar';
import { registerWorkspaceIndex } from './workspaceIndex';

traceStep('bundle evaluated');

/** What a cold window's first decorations need, started before activate() (which takes them over). */
interface Early {
  settings: SettingsStore;
  cache: AnalysisCache;
  decorations: Decorations;
}
let early: Early | undefined;

/**
 * The settings, the analysis cache and the decorations of the visible articles, made once. They need no extension
 * context, and VS Code calls activate() only once the extension's stored state has come from the window (0.3-1.4 s
 * after the bundle is evaluated in a cold window, the host thread mostly waiting): so they start as soon as the
 * bundle is evaluated, and the article the window opens with is analysed on the host and decorated meanwhile.
 */
function startEarly(): Early {
  if (early) return early;
  const settings = new SettingsStore();
  const cache = new AnalysisCache();
  const decorations = startDecorations(settings, cache);
  // An article open but not yet in a visible editor: its analysis starts now all the same.
  const article = vscode.workspace.textDocuments.find((d) => d.languageId === LANGUAGE_ID && !d.isClosed);
  if (article && settings.current.decorations.mode !== 'off') cache.get(article).catch(() => undefined);
  return (early = { settings, cache, decorations });
}

setImmediate(() => {
  try {
    startEarly();
  } catch {
    // activate() tries again and reports it
  }
});

export function activate(context: vscode.ExtensionContext): SourceLensApi | undefined {
  traceStep('activate');
  try {
    // The visible articles' decorations first (started already, unless activate() came before the next turn):
    // their analysis is made on the host (see AnalysisCache), and the folder's first indexing waits for them
    // (firstDecorations).
    const { settings, cache, decorations } = startEarly();
    context.subscriptions.push(settings, cache, decorations);
    const files = registerArticleFiles(context, settings);
    const index = registerWorkspaceIndex(context, settings, cache, files, firstDecorations(decorations, settings));
    registerHover(context, settings, cache, index);
    const tree = registerClaimsTree(context, index);
    const related = registerRelatedCoverage(context, settings, cache, index);
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
        return related.relatedOf(uri.toString());
      },
      setPairReasonsWait: (ms) => (index.pairReasonsMs = ms),
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
      startup: () => ({ steps: tracedSteps(), hostAnalysed: cache.hostAnalysed }),
      analysisOnHost: (document) =>
        hostAnalysis(
          new IncrementalAnalysis(),
          document.getText(),
          document.uri.toString(),
          new AbortController().signal,
        ),
    };
  } catch (err) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Source Lens could not start: {0}', err instanceof Error ? err.message : String(err)),
    );
    return undefined;
  }
}

/** How long the folder's first indexing waits at most for the first decorations of the articles open at activation. */
const FIRST_DECORATIONS_MAX_MS = 3000;

/**
 * Resolves once decorations were first applied to an article (at once when no article is open or decorations are
 * off; after FIRST_DECORATIONS_MAX_MS at the latest, say for an article opened but never shown): the folder's
 * first indexing starts then, so that its workers and their results on the host do not compete with them.
 */
function firstDecorations(decorations: Decorations, settings: SettingsStore): Promise<void> {
  if (decorations.hasApplied) {
    traceStep('indexing starts');
    return Promise.resolve();
  }
  const open = vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID && !d.isClosed);
  if (!open || settings.current.decorations.mode === 'off') {
    traceStep('indexing starts, no article open');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      sub.dispose();
      traceStep('indexing starts');
      resolve();
    };
    const sub = decorations.onDidApply(done);
    const timer = setTimeout(done, FIRST_DECORATIONS_MAX_MS);
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
