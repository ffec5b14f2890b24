// One analysis per document version, shared by hover, decorations, CodeLens, status bar and the index.
// Keyed by URI; an entry holds the version it was computed for. A request for a newer version aborts the
// superseded run and starts one new run, which every caller of that version awaits. A run is scheduled on
// setImmediate: requests arriving in the same tick (hover + decorations + CodeLens) share it, and a run not yet
// started when the text changes again never starts. Entries are evicted when their document closes.
// Where the analysis runs: in a worker thread of the workspace index once one is attached (`useAnalyzer`), so
// that analysing a long article as someone types never blocks the extension host (the result of a superseded
// run is dropped); in process until then, or when the worker fails (the core checks the AbortController's
// signal between phases there). In process, each open document keeps an incremental analysis (src/core/
// incremental.ts: an edit re-makes only the lines and statement units it touched, with the same result; the
// worker keeps one per recently analysed document the same way); an edit's is made without the event fingerprint,
// which the index alone reads, and the version announced after the pause is analysed once more with it (every line
// and unit kept). Either way the result is bounded for a hostile document (editorBounds.ts): the
// host never receives or decorates 87,000 statements.
import * as vscode from 'vscode';
import { IncrementalAnalysis, type AnalyzeOptions, type ArticleAnalysis } from '../core';
import { boundedForEditor } from './editorBounds';
import { traceStep } from './startupTrace';

/**
 * The longest text a cold window's first analysis is made of on the host (a long news article is 5-20 KB; about
 * 0.5 ms per KB once warm): anything longer waits for a worker, as every later analysis does.
 */
const HOST_FIRST_MAX_CHARS = 60_000;

/** An analysis made on the extension host (a document's incremental session), bounded for the editor. */
export function hostAnalysis(
  session: IncrementalAnalysis,
  text: string,
  uri: string,
  signal: AbortSignal,
  options?: Pick<AnalyzeOptions, 'fingerprint'>,
): ArticleAnalysis {
  return boundedForEditor(session.analyze(text, uri, { ...options, signal }));
}

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
  /** The in-process incremental analysis of each document analysed here (until it closes). */
  private readonly sessions = new Map<string, IncrementalAnalysis>();
  private readonly emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: ArticleAnalysis }>();
  /**
   * Fires when an analysis of a document's current version completes: at once for a document's first, and for a
   * later one (an edit's: decorations ask for one at every edit) once the document has not changed for
   * SETTLE_MS, so that the index takes an edited document once per pause in the typing, not at every key.
   */
  readonly onDidAnalyze = this.emitter.event;
  static readonly SETTLE_MS = 300;
  /** Documents (URIs) whose analysis was announced, and the announcement waiting for the typing to pause. */
  private readonly announced = new Set<string>();
  private readonly settling = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Analyses actually computed (not served from the cache): the tests read it. */
  computeCount = 0;
  private analyzer: Analyzer | undefined;
  /**
   * True until the window's first analysis starts. A cold window's first article is analysed here, on the
   * extension host, where the core is loaded already (with the extension's bundle): its worker would first load
   * the core again and warm up, below normal priority and beside the folder's indexing. Its result is the worker's
   * (the same incremental analysis, bounded the same way); every later analysis is made in the workers.
   */
  private cold = true;
  /** The document (URI) whose analysis was the window's first, made on the host before the workers (the tests read it). */
  hostAnalysed: string | undefined;

  /** Analyse off the host from now on (the index's workers), but for the window's first analysis. */
  useAnalyzer(analyzer: Analyzer): void {
    this.analyzer = analyzer;
    // The workers keep the documents' incremental sessions from now on.
    this.sessions.clear();
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
          // An edit's analysis (the document's first was announced) is made without the event fingerprint, which
          // only the index reads: the announcement after the pause adds it (withFingerprint).
          const options = this.announced.has(uri) ? { fingerprint: false } : undefined;
          const inProcess = (): ArticleAnalysis => this.inProcess(text, uri, controller.signal, options);
          const done = (analysis: ArticleAnalysis): void => {
            if (controller.signal.aborted) {
              reject(new vscode.CancellationError());
              return;
            }
            entry.result = analysis;
            resolve(analysis);
            this.announce(document, version, analysis);
          };
          const onHost = this.cold && text.length <= HOST_FIRST_MAX_CHARS;
          this.cold = false;
          if (this.analyzer && !onHost) {
            // A worker analysis that failed (over its budget, or crashing its worker twice) is not made again on
            // the extension host: the index lists the file as not analysed (issue 11).
            this.analyzer(text, uri, controller.signal, options).then(done, (err: unknown) => {
              reject(controller.signal.aborted ? new vscode.CancellationError() : err);
            });
            return;
          }
          try {
            if (!onHost) {
              done(inProcess());
              return;
            }
            // The window's first, on the host (its session is dropped once the workers take over: useAnalyzer).
            // Made without the event fingerprint, which only the index reads, so that its decorations come first;
            // the analysis with it follows on the next turn (every line and unit kept), stands for this version
            // from then on, and is the one announced.
            const quick = this.inProcess(text, uri, controller.signal, { ...options, fingerprint: false });
            this.hostAnalysed = uri;
            traceStep('first analysis made on the host');
            entry.result = quick;
            resolve(quick);
            if (options?.fingerprint === false) this.announce(document, version, quick);
            else entry.promise = this.fingerprinted(entry, document, text);
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

  /** The version's analysis with its event fingerprint, made on the host at the next turn and then announced. */
  private fingerprinted(entry: Entry, document: vscode.TextDocument, text: string): Promise<ArticleAnalysis> {
    const { controller, version } = entry;
    const uri = document.uri.toString();
    const promise = new Promise<ArticleAnalysis>((resolve, reject) => {
      setImmediate(() => {
        if (controller.signal.aborted || document.isClosed || document.version !== version) {
          reject(new vscode.CancellationError());
          return;
        }
        try {
          const analysis = this.inProcess(text, uri, controller.signal);
          entry.result = analysis;
          resolve(analysis);
          this.announce(document, version, analysis);
        } catch (err) {
          reject(err);
        }
      });
    });
    promise.catch(() => undefined);
    return promise;
  }

  private inProcess(
    text: string,
    uri: string,
    signal: AbortSignal,
    options?: Pick<AnalyzeOptions, 'fingerprint'>,
  ): ArticleAnalysis {
    let session = this.sessions.get(uri);
    if (!session) this.sessions.set(uri, (session = new IncrementalAnalysis()));
    return hostAnalysis(session, text, uri, signal, options);
  }

  private announce(document: vscode.TextDocument, version: number, analysis: ArticleAnalysis): void {
    const key = document.uri.toString();
    clearTimeout(this.settling.get(key));
    this.settling.delete(key);
    if (!this.announced.has(key)) {
      this.announced.add(key);
      this.emitter.fire({ document, analysis });
      return;
    }
    this.settling.set(
      key,
      setTimeout(() => {
        this.settling.delete(key);
        if (document.isClosed || document.version !== version) return;
        if (analysis.fingerprint) this.emitter.fire({ document, analysis });
        else this.withFingerprint(document, version);
      }, AnalysisCache.SETTLE_MS),
    );
  }

  /**
   * The analysis of a version that has not changed for SETTLE_MS, with its fingerprint, announced to the index and
   * kept as the version's: the same text again through the document's incremental analysis (every line and unit
   * kept, the article-level steps and the fingerprint made).
   */
  private withFingerprint(document: vscode.TextDocument, version: number): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version || entry.controller.signal.aborted) return;
    const text = document.getText();
    const signal = entry.controller.signal;
    const done = (analysis: ArticleAnalysis): void => {
      if (signal.aborted || document.isClosed || document.version !== version) return;
      entry.result = analysis;
      entry.promise = Promise.resolve(analysis);
      this.emitter.fire({ document, analysis });
    };
    if (this.analyzer) {
      this.analyzer(text, key, signal).then(done, () => undefined);
      return;
    }
    try {
      done(this.inProcess(text, key, signal));
    } catch {
      // Aborted (the document changed again): the next pause announces that version.
    }
  }

  evict(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.get(key)?.controller.abort(new vscode.CancellationError());
    this.entries.delete(key);
    this.sessions.delete(key);
    this.announced.delete(key);
    clearTimeout(this.settling.get(key));
    this.settling.delete(key);
  }

  dispose(): void {
    for (const e of this.entries.values()) e.controller.abort(new vscode.CancellationError());
    this.entries.clear();
    this.sessions.clear();
    for (const t of this.settling.values()) clearTimeout(t);
    this.settling.clear();
    for (const d of this.disposables) d.dispose();
  }
}
