// The workspace index in VS Code: which files to index (the globs, "Read as Article" claims), watchers for files
// created, changed and deleted, open documents taken from the analysis cache (the editor's text wins over the
// disk), the progress notification of a first indexing, and the settings. The work itself is in indexEngine.ts:
// analysis and event grouping in worker threads (dist/indexWorker.js), one incremental change per file, the
// corpus look-up kept by the host, and each event's aligned claims cached per change of the event.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  MAX_BYTES,
  type AlignedClaim,
  type Reason,
  type AnalyzeOptions,
  type ArticleAnalysis,
  type CorpusAnalysis,
  type CoverageEvent,
  type CorpusLookup,
} from '../core';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFiles } from './articleFiles';
import { unanalysedReasonLabel } from './claimGroups';
import { Commands } from './ids';
import { IndexEngine, type IndexStats } from './indexEngine';
import { FileRefused, tooLargeMessage } from './indexJobs';
import type { Unanalysed, UnanalysedReason } from './indexProtocol';
import { analyserVersion, IndexStore } from './indexStore';
import { t } from './l10n';
import type { SettingsStore } from './settings';

const PROGRESS_AFTER_MS = 1000;

/** How long the related-coverage picker waits for the reasons relative to the reader's article (pairReasonsOf). */
const PAIR_REASONS_MS = 1000;

/** A first indexing's progress, as the notification shows it (the tests follow it through the API). */
export interface IndexProgress {
  phase: 'start' | 'report' | 'end';
  done: number;
  total: number;
  /** The notification's message ("120 / 10000"), when one is shown. */
  message?: string;
}

export interface EventAlignment {
  event: CoverageEvent;
  claims: AlignedClaim[];
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly engine: IndexEngine;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the index changed (coalesced; at most once a second during a first indexing). */
  readonly onDidChange = this.emitter.event;
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress>();
  readonly onDidReportProgress = this.progressEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.progressEmitter];
  private watchers: vscode.Disposable[] = [];
  private generation = 0;
  private busy: Promise<void> = Promise.resolve();
  /** Milliseconds the last full indexing took (the benchmark and the tests read it). */
  lastIndexMs = 0;
  /** How long a first indexing runs before the progress notification shows (the tests lower it). */
  progressAfterMs = PROGRESS_AFTER_MS;
  /** How long pairReasonsOf waits for the events worker (0: it does not ask, the callers' fallback at once). */
  pairReasonsMs = PAIR_REASONS_MS;
  /**
   * A full indexing under way: how many of how many files are indexed (`total` 0 while it waits to start, after a
   * cold window's first decorations); undefined once it is done. A hover says so: what it lists of other articles
   * may still grow.
   */
  indexing: { done: number; total: number } | undefined;

  constructor(
    private readonly settings: SettingsStore,
    private readonly cache: AnalysisCache,
    private readonly files: ArticleFiles,
    workerScript: string | null,
    /** The workspace's storage folder (context.storageUri): the index is kept there across reloads. */
    storageDir?: string,
  ) {
    this.engine = new IndexEngine({
      workerScript,
      deferWorkers: true,
      store: storageDir
        ? new IndexStore(
            path.join(storageDir, 'index'),
            analyserVersion(workerScript, vscodeVersionOf(workerScript)),
            (message) => console.warn(`[Source Lens] ${message}`),
          )
        : undefined,
      fsPathOf: (uri) => {
        const u = vscode.Uri.parse(uri);
        return u.scheme === 'file' ? u.fsPath : undefined;
      },
      readBytes: async (uri) => {
        // Other file systems: refused from the size first, never read whole when too large.
        const u = vscode.Uri.parse(uri);
        const st = await vscode.workspace.fs.stat(u);
        if (st.type & vscode.FileType.Directory) throw new FileRefused('a folder, not a file: not read', 'unreadable');
        if (st.size > MAX_BYTES) throw new FileRefused(tooLargeMessage(st.size), 'too-large');
        return vscode.workspace.fs.readFile(u);
      },
      openText: (uri) => this.openDocument(uri)?.getText(),
      onError: (message) => console.warn(`[Source Lens] ${message}`),
    });
    this.disposables.push(this.engine.onDidChange(() => this.emitter.fire()));
  }

  get lookup(): CorpusLookup {
    return this.engine.lookup;
  }

  get corpus(): CorpusAnalysis {
    return this.engine.lookup.corpus;
  }

  get size(): number {
    return this.engine.lookup.byPath.size;
  }

  /** Files that could not be analysed, with the reason. */
  unanalysed(): Unanalysed[] {
    return this.engine.unanalysed();
  }

  get stats(): IndexStats & { lastIndexMs: number } {
    return { ...this.engine.stats, lastIndexMs: this.lastIndexMs };
  }

  private openDocument(uri: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri);
  }

  /**
   * Follows the documents, claims, settings and folders; the first indexing starts once `after` settles (a cold
   * window's first decorations: extension.ts), and whoever waits for the index meanwhile waits for it.
   */
  register(after: Promise<void> = Promise.resolve()): void {
    this.disposables.push(
      this.cache.onDidAnalyze(({ document, analysis }) => {
        if (this.files.isArticle(document) && this.settings.current.index.enabled) this.put(document, analysis);
      }),
      this.files.onDidClaim((uri) => this.enqueue(uri)),
      this.settings.on(['files', 'index'], () => void this.rebuildAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuildAll()),
    );
    const gen = this.generation;
    if (this.settings.current.index.enabled) this.indexing = { done: 0, total: 0 };
    this.busy = after.then(() => (gen === this.generation ? this.rebuildAll() : undefined));
  }

  /** Re-indexes the whole workspace (on start, on settings changes, and by command). */
  rebuildAll(): Promise<void> {
    const gen = ++this.generation;
    this.resetWatchers();
    if (!this.settings.current.index.enabled || !vscode.workspace.workspaceFolders?.length) {
      this.indexing = undefined;
      this.engine.reset();
      this.busy = this.engine.finishBatch();
      return this.busy;
    }
    this.busy = this.indexAll(gen)
      .finally(() => {
        if (gen === this.generation) this.indexing = undefined;
      })
      .catch((err: unknown) => {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Source Lens could not index the workspace: {0}', String(err)),
        );
      });
    return this.busy;
  }

  private async indexAll(gen: number): Promise<void> {
    const t0 = Date.now();
    const { globs } = this.settings.current.files;
    const { maxFiles, exclude } = this.settings.current.index;
    const found = new Map<string, vscode.Uri>();
    for (const g of globs) {
      for (const uri of await vscode.workspace.findFiles(g, exclude || undefined, maxFiles))
        found.set(uri.toString(), uri);
    }
    for (const u of this.files.claimedUris()) if (!found.has(u)) found.set(u, vscode.Uri.parse(u));
    const uris = [...found.keys()].slice(0, maxFiles);
    if (gen !== this.generation) return;
    this.engine.reset();
    // Watch from the start: a file changed while the first indexing runs is re-read after it.
    this.watch(globs);
    const total = uris.length;
    let done = 0;
    const state = (this.indexing = { done, total });
    this.progressEmitter.fire({ phase: 'start', done, total });
    let report: (() => void) | undefined;
    let finishProgress: (() => void) | undefined;
    const progressTimer = setTimeout(() => {
      void vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Source Lens: indexing articles'),
          cancellable: false,
        },
        (progress) =>
          new Promise<void>((resolve) => {
            finishProgress = resolve;
            let reported = 0;
            report = () => {
              const pct = total ? (100 * done) / total : 100;
              const message = `${done} / ${total}`;
              progress.report({ increment: pct - reported, message });
              reported = pct;
              this.progressEmitter.fire({ phase: 'report', done, total, message });
            };
            report();
          }),
      );
    }, this.progressAfterMs);
    let lastReport = 0;
    try {
      const closed: string[] = [];
      for (const uri of uris) {
        const doc = this.openDocument(uri);
        if (doc && this.files.isArticle(doc)) {
          const text = doc.getText();
          // An analysis that failed in its worker is not made again here: the engine analyses the document's
          // text in a worker, with a budget, and lists it when it cannot.
          const analysis = await this.cache.get(doc).catch(() => undefined);
          if (gen !== this.generation) return;
          if (!analysis) {
            closed.push(uri);
            continue;
          }
          this.engine.putAnalysis(uri, analysis, text);
          state.done = ++done;
        } else closed.push(uri);
      }
      await this.engine.addFiles(closed, () => {
        state.done = ++done;
        if (Date.now() - lastReport > 100) {
          lastReport = Date.now();
          report?.();
        }
      });
      if (gen !== this.generation) return;
      report?.();
      await this.engine.finishBatch();
    } finally {
      clearTimeout(progressTimer);
      finishProgress?.();
      this.progressEmitter.fire({ phase: 'end', done, total });
    }
    if (gen !== this.generation) return;
    this.lastIndexMs = Date.now() - t0;
  }

  private watch(globs: string[]): void {
    for (const g of globs) {
      const w = vscode.workspace.createFileSystemWatcher(g);
      w.onDidCreate((u) => this.enqueue(u));
      w.onDidChange((u) => {
        // An open document is indexed from the editor's text, not from disk.
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty))
          this.enqueue(u);
      });
      w.onDidDelete((u) => this.remove(u));
      this.watchers.push(w);
    }
  }

  private resetWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }

  /** Re-reads one file (created, changed on disk, or claimed by command). */
  enqueue(uri: vscode.Uri): void {
    if (!this.settings.current.index.enabled) return;
    const key = uri.toString();
    if (!this.lookup.byPath.has(key) && this.size >= this.settings.current.index.maxFiles) return;
    this.engine.upsertFile(key).catch(() => undefined);
  }

  remove(uri: vscode.Uri): void {
    this.engine.remove(uri.toString());
  }

  private put(document: vscode.TextDocument, analysis: ArticleAnalysis): void {
    const key = document.uri.toString();
    if (!this.lookup.byPath.has(key) && this.size >= this.settings.current.index.maxFiles) return;
    // The cache fires for the document's current version: its text is the one analysed.
    this.engine.putAnalysis(key, analysis, document.getText());
  }

  /** An open document's whole analysis, made in a worker (see AnalysisCache.useAnalyzer). */
  analyzeText(
    text: string,
    uri: string,
    signal?: AbortSignal,
    options?: Pick<AnalyzeOptions, 'language' | 'fingerprint'>,
  ): Promise<ArticleAnalysis> {
    return this.engine.analyzeText(uri, text, signal, options);
  }

  /** The event of an indexed article. */
  eventOf(uri: string): CoverageEvent | undefined {
    return this.lookup.eventOf.get(uri);
  }

  /** The aligned claims of the article's event, when computed for the event's current state. */
  cachedAlignmentOf(uri: string): EventAlignment | undefined {
    const event = this.eventOf(uri);
    if (!event) return undefined;
    if (event.articles.length < 2) return { event, claims: [] };
    const claims = this.engine.cachedAlignment(event.id);
    return claims ? { event, claims } : undefined;
  }

  /**
   * Why each other article of the article's event goes with it (what each shares with that article itself, not
   * with the whole event: the related-coverage picker's reasons); undefined when the events worker cannot say.
   */
  async pairReasonsOf(uri: string): Promise<Record<string, Reason[]> | undefined> {
    const event = this.eventOf(uri);
    if (!event || event.articles.length < 2 || this.pairReasonsMs <= 0) return undefined;
    // The events worker answers between its jobs: behind a large grouping the picker opens with the event's reasons
    // (PAIR_REASONS_MS) rather than wait for it.
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.engine.pairReasons(
          uri,
          event.articles.filter((p) => p !== uri),
        ),
        new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.pairReasonsMs))),
      ]);
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The aligned claims of the article's event (computed in a worker once per change of the event). */
  async alignmentOf(uri: string): Promise<EventAlignment | undefined> {
    const event = this.eventOf(uri);
    if (!event) return undefined;
    try {
      return { event, claims: await this.engine.alignment(event.id) };
    } catch {
      return { event, claims: [] };
    }
  }

  /**
   * Resolves once pending changes are applied, or after `maxMs` (a command should not wait for a first
   * indexing of thousands of files; it works with what is indexed).
   */
  settled(maxMs: number): Promise<void> {
    return Promise.race([this.whenIdle(), new Promise<void>((r) => setTimeout(r, maxMs))]);
  }

  /** Resolves once indexing and every change after it are applied. */
  async whenIdle(): Promise<void> {
    let busy: Promise<void>;
    do {
      busy = this.busy;
      await busy;
    } while (busy !== this.busy);
    await this.engine.whenIdle();
  }

  dispose(): void {
    this.generation++;
    this.resetWatchers();
    for (const d of this.disposables) d.dispose();
    this.engine.dispose();
  }
}

export function registerWorkspaceIndex(
  context: vscode.ExtensionContext,
  settings: SettingsStore,
  cache: AnalysisCache,
  files: ArticleFiles,
  startAfter?: Promise<void>,
): WorkspaceIndex {
  const script = path.join(context.extensionPath, 'dist', 'indexWorker.js');
  const index = new WorkspaceIndex(
    settings,
    cache,
    files,
    fs.existsSync(script) ? script : null,
    context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined,
  );
  context.subscriptions.push(index);
  if (!index.stats.inProcess)
    cache.useAnalyzer((text, uri, signal, options) => index.analyzeText(text, uri, signal, options));
  index.register(startAfter);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.reindex, () => index.rebuildAll()),
    vscode.commands.registerCommand(Commands.listUnanalysed, () => listUnanalysed(index)),
  );
  return index;
}

function reasonLabel(reason: UnanalysedReason): string {
  return unanalysedReasonLabel(reason, t);
}

/** "Source Lens: List Files Not Analysed": the files with their reasons; the one picked opens. */
async function listUnanalysed(index: WorkspaceIndex): Promise<string | undefined> {
  const files = index.unanalysed();
  if (!files.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens analysed every article file it found.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    files.map((f) => {
      const uri = vscode.Uri.parse(f.uri);
      return {
        label: path.posix.basename(uri.path),
        description: reasonLabel(f.reason),
        detail: `${vscode.workspace.asRelativePath(uri)} — ${f.message}`,
        uri,
      };
    }),
    { placeHolder: vscode.l10n.t('Files Source Lens could not analyse: pick one to open it'), matchOnDetail: true },
  );
  if (!picked) return undefined;
  await vscode.commands.executeCommand('vscode.open', picked.uri);
  return picked.uri.toString();
}

/** Without a worker bundle the analysis runs in the extension's bundle: its version stands in. */
function vscodeVersionOf(workerScript: string | null): string {
  return workerScript ? '' : analyserVersion(__filename);
}
