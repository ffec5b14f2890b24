// The workspace index: every article in the workspace analysed in the background, kept as slim copies
// (core `slimForIndex`) so 10,000 articles stay within a bounded memory, with the corpus (shared actor ids,
// events) and its look-up tables rebuilt after changes.
// Trade-offs: the core is synchronous, so indexing runs on the extension host in slices of at most SLICE_MS
// with a yield between them, which keeps hovers and typing responsive without a worker. Files open in an editor
// are indexed from the editor's text (via the analysis cache), all others from disk, one file per change event.
// The corpus rebuild is debounced, so a burst of changes costs one rebuild.
import * as vscode from 'vscode';
import { analyzeArticle, analyzeCorpus, decodeBytes, type ArticleAnalysis, type CorpusAnalysis } from '../core';
import { buildCorpusLookup, slimForIndex, type CorpusLookup } from '../core/related';
import type { AnalysisCache } from './analysisCache';
import type { ArticleFiles } from './articleFiles';
import { Commands } from './ids';
import type { SettingsStore } from './settings';

const SLICE_MS = 12;
const REBUILD_DELAY_MS = 250;
const PROGRESS_AFTER_MS = 1000;

const yieldToHost = (): Promise<void> => new Promise((r) => setImmediate(r));

export class WorkspaceIndex implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleAnalysis>();
  private current: CorpusLookup | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after the corpus was rebuilt. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private watchers: vscode.Disposable[] = [];
  private rebuildTimer: NodeJS.Timeout | undefined;
  private pending = new Set<string>();
  private generation = 0;
  private busy: Promise<void> = Promise.resolve();
  private idleWaiters: (() => void)[] = [];
  /** Milliseconds the last full indexing took (the benchmark and the tests read it). */
  lastIndexMs = 0;

  constructor(
    private readonly settings: SettingsStore,
    private readonly cache: AnalysisCache,
    private readonly files: ArticleFiles,
  ) {}

  get lookup(): CorpusLookup | undefined {
    return this.current;
  }

  get corpus(): CorpusAnalysis | undefined {
    return this.current?.corpus;
  }

  get size(): number {
    return this.articles.size;
  }

  register(): void {
    this.disposables.push(
      this.cache.onDidAnalyze(({ document, analysis }) => {
        if (this.files.isArticle(document) && this.settings.current.index.enabled) this.put(document.uri.toString(), analysis);
      }),
      this.files.onDidClaim((uri) => this.enqueue(uri)),
      this.settings.on(['files', 'index'], () => void this.rebuildAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuildAll()),
    );
    void this.rebuildAll();
  }

  /** Re-indexes the whole workspace (on start, on settings changes, and by command). */
  rebuildAll(): Promise<void> {
    const gen = ++this.generation;
    this.resetWatchers();
    this.articles.clear();
    if (!this.settings.current.index.enabled || !vscode.workspace.workspaceFolders?.length) {
      this.scheduleRebuild(0);
      return Promise.resolve();
    }
    this.busy = this.indexAll(gen).catch((err: unknown) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Source Lens could not index the workspace: {0}', String(err)));
    });
    return this.busy;
  }

  private async indexAll(gen: number): Promise<void> {
    const t0 = Date.now();
    const { globs } = this.settings.current.files;
    const { maxFiles, exclude } = this.settings.current.index;
    const found = new Map<string, vscode.Uri>();
    for (const g of globs) {
      for (const uri of await vscode.workspace.findFiles(g, exclude || undefined, maxFiles)) found.set(uri.toString(), uri);
    }
    for (const u of this.files.claimedUris()) if (!found.has(u)) found.set(u, vscode.Uri.parse(u));
    const uris = [...found.values()].slice(0, maxFiles);
    if (gen !== this.generation) return;
    let done = 0;
    let report: ((n: number) => void) | undefined;
    let finishProgress: (() => void) | undefined;
    const progressTimer = setTimeout(() => {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Source Lens: indexing articles'), cancellable: false },
        (progress) => new Promise<void>((resolve) => {
          finishProgress = resolve;
          let reported = 0;
          report = (n) => {
            const pct = (100 * n) / uris.length;
            progress.report({ increment: pct - reported, message: `${n} / ${uris.length}` });
            reported = pct;
          };
        }),
      );
    }, PROGRESS_AFTER_MS);
    try {
      let sliceStart = Date.now();
      for (const uri of uris) {
        if (gen !== this.generation) return;
        await this.indexFile(uri);
        done++;
        if (Date.now() - sliceStart > SLICE_MS) {
          report?.(done);
          await yieldToHost();
          sliceStart = Date.now();
        }
      }
    } finally {
      clearTimeout(progressTimer);
      finishProgress?.();
    }
    if (gen !== this.generation) return;
    this.watch(globs);
    this.rebuildNow();
    this.lastIndexMs = Date.now() - t0;
  }

  private async indexFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      this.articles.set(key, slimForIndex(await this.cache.get(open).catch(() => analyzeArticle(open.getText(), key))));
      return;
    }
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const { text, warnings } = decodeBytes(bytes);
      const analysis = slimForIndex(analyzeArticle(text, key));
      analysis.warnings.push(...warnings);
      this.articles.set(key, analysis);
    } catch {
      // Unreadable or vanished between listing and reading: not an article to index.
      this.articles.delete(key);
    }
  }

  private watch(globs: string[]): void {
    for (const g of globs) {
      const w = vscode.workspace.createFileSystemWatcher(g);
      w.onDidCreate((u) => this.enqueue(u));
      w.onDidChange((u) => {
        // An open document is indexed from the editor's text, not from disk.
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty)) this.enqueue(u);
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
    this.pending.add(uri.toString());
    this.busy = this.busy.then(async () => {
      const key = uri.toString();
      if (!this.pending.delete(key)) return;
      if (this.articles.size >= this.settings.current.index.maxFiles && !this.articles.has(key)) return;
      await this.indexFile(uri);
      this.scheduleRebuild();
    });
  }

  remove(uri: vscode.Uri): void {
    if (this.articles.delete(uri.toString())) this.scheduleRebuild();
  }

  private put(key: string, analysis: ArticleAnalysis): void {
    if (!this.articles.has(key) && this.articles.size >= this.settings.current.index.maxFiles) return;
    this.articles.set(key, slimForIndex(analysis));
    this.scheduleRebuild();
  }

  /** How long the last corpus rebuild took: the next one waits a multiple of it (see scheduleRebuild). */
  private lastRebuildMs = 0;

  /**
   * The corpus rebuild (analyzeCorpus: actor ids and events over every article) is synchronous and grows with the
   * workspace, so its debounce grows with it: at least REBUILD_DELAY_MS, and four times the last rebuild's
   * duration, so that rebuilding takes at most a fifth of the host's time while someone types.
   */
  private scheduleRebuild(delay = Math.min(30000, Math.max(REBUILD_DELAY_MS, 4 * this.lastRebuildMs))): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = undefined;
      this.rebuildNow();
    }, delay);
  }

  private rebuildNow(): void {
    if (this.rebuildTimer) {
      clearTimeout(this.rebuildTimer);
      this.rebuildTimer = undefined;
    }
    const t0 = Date.now();
    const list = [...this.articles.values()].sort((a, b) => a.path.localeCompare(b.path));
    this.current = buildCorpusLookup(analyzeCorpus(list));
    this.lastRebuildMs = Date.now() - t0;
    this.emitter.fire();
    if (this.pending.size === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves once indexing and the corpus rebuild after the latest change are done. */
  async whenIdle(): Promise<void> {
    await this.busy;
    if (!this.rebuildTimer && this.pending.size === 0 && this.current) return;
    await new Promise<void>((r) => this.idleWaiters.push(r));
  }

  dispose(): void {
    this.generation++;
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.resetWatchers();
    for (const d of this.disposables) d.dispose();
    this.articles.clear();
  }
}

export function registerWorkspaceIndex(
  context: vscode.ExtensionContext, settings: SettingsStore, cache: AnalysisCache, files: ArticleFiles,
): WorkspaceIndex {
  const index = new WorkspaceIndex(settings, cache, files);
  context.subscriptions.push(index);
  index.register();
  context.subscriptions.push(vscode.commands.registerCommand(Commands.reindex, () => index.rebuildAll()));
  return index;
}
