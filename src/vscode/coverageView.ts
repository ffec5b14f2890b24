// The coverage view: a webview panel for the current article's event (timeline, outlets, claims by outlet). Thin
// wiring around coverageHtml.ts (content) and the workspace index (event, aligned claims): one panel, beside the
// editor, following the active article and re-rendered when the index changes. A link in the page posts
// {type: 'open', path, start, end}; the extension opens only articles the index holds, at that passage.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Span } from '../core';
import { toRange, toSelection } from './convert';
import { coverageHtml, coverageModel, coverageTabTitle, type CoverageModel } from './coverageHtml';
import { Commands, COVERAGE_VIEW, LANGUAGE_ID } from './ids';
import { t } from './l10n';
import type { OpenedPassage } from './relatedCoverage';
import { reasonsRelativeTo } from './relativeReasons';
import { articleLabel } from './text';
import type { WorkspaceIndex } from './workspaceIndex';

const RENDER_DELAY_MS = 150;

/** What the panel shows (the tests read it through the API). */
export interface CoverageState {
  visible: boolean;
  title: string;
  path: string;
  eventId: string | null;
  html: string;
  model: CoverageModel | null;
}

export class CoverageView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private path: string | undefined;
  private model: CoverageModel | null = null;
  private modelKey = '';
  private renderTimer: NodeJS.Timeout | undefined;
  private rendering: Promise<void> = Promise.resolve();
  /** Where links open: the column of the editor the view was opened from. */
  private column = vscode.ViewColumn.One;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly icon: vscode.Uri,
  ) {
    this.disposables.push(
      index.onDidChange(() => this.scheduleRender()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor || editor.document.languageId !== LANGUAGE_ID) return;
        const uri = editor.document.uri.toString();
        this.column = editor.viewColumn ?? this.column;
        if (uri === this.path) return;
        this.path = uri;
        this.scheduleRender();
      }),
    );
  }

  /** Opens (or reveals) the panel for `path`, else for the active article. */
  async show(path?: string): Promise<CoverageState | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!path && editor?.document.languageId === LANGUAGE_ID) path = editor.document.uri.toString();
    if (!path) {
      void vscode.window.showInformationMessage(t('Open a news article first.'));
      return undefined;
    }
    if (editor && editor.document.uri.toString() === path) this.column = editor.viewColumn ?? vscode.ViewColumn.One;
    this.path = path;
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    // No waiting for a first indexing to finish: the view shows what is indexed and follows the index.
    await this.render();
    return this.state;
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      COVERAGE_VIEW,
      t('Coverage'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.iconPath = this.icon;
    const message = panel.webview.onDidReceiveMessage((m: unknown) => void this.handleMessage(m));
    panel.onDidDispose(() => {
      message.dispose();
      if (this.panel === panel) this.panel = undefined;
      this.modelKey = '';
      this.model = null;
    });
    return panel;
  }

  private scheduleRender(): void {
    if (!this.panel) return;
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => {
      this.renderTimer = undefined;
      void this.render();
    }, RENDER_DELAY_MS);
  }

  private render(): Promise<void> {
    this.rendering = this.rendering
      .then(() => this.renderNow())
      .catch((err: unknown) => console.warn(`[Source Lens] coverage view: ${String(err)}`));
    return this.rendering;
  }

  private async renderNow(): Promise<void> {
    const panel = this.panel;
    const path = this.path;
    if (!panel || !path) return;
    const [alignment, pairs] = await Promise.all([this.index.alignmentOf(path), this.index.pairReasonsOf(path)]);
    if (panel !== this.panel || path !== this.path) return;
    const lookup = this.index.lookup;
    if (!alignment) {
      this.model = null;
      this.setHtml(panel, 'none', () =>
        placeholderHtml(t('{0} is not indexed yet.', articleLabel(path)), panel.webview.cspSource),
      );
      panel.title = t('Coverage');
      return;
    }
    const articles = alignment.event.articles.map((p) => lookup.byPath.get(p)).filter((a) => !!a);
    const model = coverageModel({
      event: alignment.event,
      articles,
      claims: alignment.claims,
      here: path,
      reasons: reasonsRelativeTo(alignment.event, path, pairs),
      t,
      nameOf: (id) => lookup.actors.get(id)?.[0]?.actor.name,
    });
    this.model = model;
    panel.title = coverageTabTitle(model, t);
    this.setHtml(panel, JSON.stringify(model), () =>
      coverageHtml(model, { nonce: nonce(), cspSource: panel.webview.cspSource, t, lang: vscode.env.language }),
    );
  }

  /** Sets the page only when its content changed (a new page loses the reader's focus). */
  private setHtml(panel: vscode.WebviewPanel, key: string, make: () => string): void {
    if (key === this.modelKey) return;
    this.modelKey = key;
    panel.webview.html = make();
  }

  /** A message from the page (the tests send the same through the API). */
  async handleMessage(message: unknown): Promise<OpenedPassage | undefined> {
    if (typeof message !== 'object' || message === null) return undefined;
    const m = message as { type?: unknown; path?: unknown; start?: unknown; end?: unknown };
    if (m.type !== 'open' || typeof m.path !== 'string' || !this.index.lookup.byPath.has(m.path)) return undefined;
    const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.path));
    const length = doc.getText().length;
    const span: Span = {
      start: Math.min(num(m.start), length),
      end: Math.min(Math.max(num(m.start), num(m.end)), length),
    };
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: this.column, preview: false });
    editor.selection = toSelection(doc, span);
    editor.revealRange(toRange(doc, span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { uri: doc.uri.toString(), line: doc.positionAt(span.start).line, span };
  }

  get state(): CoverageState | undefined {
    if (!this.panel || !this.path) return undefined;
    return {
      visible: this.panel.visible,
      title: this.panel.title,
      path: this.path,
      eventId: this.model?.eventId ?? null,
      html: this.panel.webview.html,
      model: this.model,
    };
  }

  /** Resolves after pending re-renders (the tests wait on it). */
  async settled(): Promise<void> {
    if (this.renderTimer) {
      clearTimeout(this.renderTimer);
      this.renderTimer = undefined;
      await this.render();
    }
    await this.rendering;
  }

  dispose(): void {
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function nonce(): string {
  return randomBytes(16).toString('hex');
}

function placeholderHtml(message: string, cspSource: string): string {
  const n = nonce();
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${esc(cspSource)} 'nonce-${n}';"><style nonce="${n}">body{font-family:var(--vscode-font-family);color:var(--vscode-descriptionForeground);padding:20px}</style></head><body><p>${esc(message)}</p></body></html>`;
}

export function registerCoverageView(context: vscode.ExtensionContext, index: WorkspaceIndex): CoverageView {
  const view = new CoverageView(index, vscode.Uri.joinPath(context.extensionUri, 'media', 'sourceLens.svg'));
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(Commands.showCoverage, (target?: unknown) => {
      const path =
        typeof target === 'string'
          ? target
          : target instanceof vscode.Uri
            ? target.toString()
            : isStatementNode(target)
              ? target.ref.path
              : undefined;
      return view.show(path);
    }),
  );
  return view;
}

/** The claims view passes its node to context-menu commands. */
function isStatementNode(x: unknown): x is { ref: { path: string } } {
  return (
    typeof x === 'object' &&
    x !== null &&
    'ref' in x &&
    typeof (x as { ref: { path?: unknown } }).ref?.path === 'string'
  );
}
