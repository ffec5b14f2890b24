// One analysis per document version, shared by hover, decorations, CodeLens, status bar and the index.
// Keyed by URI; an entry holds the version it was computed for. A request for a newer version aborts the
// superseded run and starts one new run, which every caller of that version awaits. A run is scheduled on
// setImmediate: requests arriving in the same tick (hover + decorations + CodeLens) share it, and a run not yet
// started when the text changes again never starts. Entries are evicted when their document closes.
// Where the analysis runs: in a worker thread of the workspace index once one is attached (`useAnalyzer`), so
// that analysing a long article as someone types never blocks the extension host (the result of a superseded
// run is dropped); in process until then, or when the worker fails (the core checks the AbortController's
// signal between phases there). Either way the result is bounded for a hostile document (editorBounds.ts): the
// host never receives or decorates 87,000 statements.
import * as vscode from 'vscode';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis } from '../core';
import { boundedForEditor } from './editorBounds';

type Analyzer = (
  text: string,
  uri: string,
  signal: AbortSignal,
  options?: Pick<AnalyzeOptions, 'language' | 'fingerprint'>,
) => Promise<ArticleAnalysis>;

interface Entry {
  version: number;
  controller: AbortController;
  promise: Promise<ArticleAnalysis>;
  result?: ArticleAnalysis;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: ArticleAnalysis }>();
  /** Fires when an analysis of a document's current version completes. */
  readonly onDidAnalyze = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Analyses actually computed (not served from the cache): the tests read it. */
  computeCount = 0;
  private analyzer: Analyzer | undefined;

  /** Analyse off the host from now on (the index's workers). */
  useAnalyzer(analyzer: Analyzer): void {
    this.analyzer = analyzer;
  }

  /**
   * An analysis of a text that is no document's version (the lines an edit touches, decorationEdit.ts), where the
   * documents' analyses run (a worker once one is attached), not cached. The signal stops waiting for it.
   */
  analyzeAside(
    text: string,
    uri: string,
    signal: AbortSignal,
    options: Pick<AnalyzeOptions, 'language' | 'fingerprint'>,
  ): Promise<ArticleAnalysis> {
    if (this.analyzer) return this.analyzer(text, uri, signal, options);
    try {
      return Promise.resolve(boundedForEditor(analyzeArticle(text, uri, { ...options, signal })));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  constructor() {
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((d) => this.evict(d.uri)));
  }

  /** The analysis of exactly this version when it is ready, without waiting. */
  peek(document: vscode.TextDocument): ArticleAnalysis | undefined {
    const e = this.entries.get(document.uri.toString());
    return e && e.version === document.version ? e.result : undefined;
  }

  /** The analysis of the document's current version (computed at most once per version). */
  get(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<ArticleAnalysis> {
    const key = document.uri.toString();
    let e = this.entries.get(key);
    if (!e || e.version !== document.version) {
      e?.controller.abort(new vscode.CancellationError());
      e = this.start(document);
      this.entries.set(key, e);
    }
    if (!token) return e.promise;
    const entry = e;
    // A cancelled caller stops waiting; the run itself goes on for the others of this version.
    return new Promise((resolve, reject) => {
      const sub = token.onCancellationRequested(() => {
        sub.dispose();
        reject(new vscode.CancellationError());
      });
      entry.promise.then(
        (r) => {
          sub.dispose();
          resolve(r);
        },
        (err: unknown) => {
          sub.dispose();
          reject(err);
        },
      );
    });
  }

  private start(document: vscode.TextDocument): Entry {
    const controller = new AbortController();
    const version = document.version;
    const entry: Entry = {
      version,
      controller,
      promise: new Promise<ArticleAnalysis>((resolve, reject) => {
        setImmediate(() => {
          if (controller.signal.aborted || document.isClosed || document.version !== version) {
            reject(new vscode.CancellationError());
            return;
          }
          this.computeCount++;
          const text = document.getText();
          const uri = document.uri.toString();
          const inProcess = (): ArticleAnalysis =>
            boundedForEditor(analyzeArticle(text, uri, { signal: controller.signal }));
          const done = (analysis: ArticleAnalysis): void => {
            if (controller.signal.aborted) {
              reject(new vscode.CancellationError());
              return;
            }
            entry.result = analysis;
            resolve(analysis);
            this.emitter.fire({ document, analysis });
          };
          if (this.analyzer) {
            // A worker analysis that failed (over its budget, or crashing its worker twice) is not made again on
            // the extension host: the index lists the file as not analysed (issue 11).
            this.analyzer(text, uri, controller.signal).then(done, (err: unknown) => {
              reject(controller.signal.aborted ? new vscode.CancellationError() : err);
            });
            return;
          }
          try {
            done(inProcess());
          } catch (err) {
            reject(err);
          }
        });
      }),
    };
    // Nobody may be awaiting a superseded run: keep its rejection from surfacing as unhandled.
    entry.promise.catch(() => undefined);
    return entry;
  }

  evict(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.get(key)?.controller.abort(new vscode.CancellationError());
    this.entries.delete(key);
  }

  dispose(): void {
    for (const e of this.entries.values()) e.controller.abort(new vscode.CancellationError());
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }
}
