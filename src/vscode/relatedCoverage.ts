// Related coverage: the other articles on the same event (core `relatedArticles`, from the index's corpus),
// offered in a quick pick with why they match, a CodeLens atop the article, and next/previous commands. Opening
// one lands on the passage that best matches the statement or sentence under the cursor (core
// `bestMatchingPassage`), falling back to the article's start.
import * as vscode from 'vscode';
import type { ArticleAnalysis, Span } from '../core';
import { bestMatchingPassage, corpusActorId, relatedArticles, statementsAt, type PassageQuery } from '../core/related';
import type { AnalysisCache } from './analysisCache';
import { toOffset, toRange, toSelection } from './convert';
import { articleLabel } from './hoverContent';
import { Commands, LANGUAGE_ID } from './ids';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

export interface OpenedPassage {
  uri: string;
  line: number;
  span: Span | null;
}

export class RelatedCoverage {
  constructor(private readonly cache: AnalysisCache, private readonly index: WorkspaceIndex) {}

  /** What is under the cursor, as a query for the best matching passage elsewhere. */
  private async queryAt(editor: vscode.TextEditor): Promise<PassageQuery | null> {
    const doc = editor.document;
    let analysis: ArticleAnalysis;
    try {
      analysis = await this.cache.get(doc);
    } catch {
      return null;
    }
    const offset = toOffset(doc, editor.selection.active);
    const lookup = this.index.lookup;
    const statement = statementsAt(analysis, offset)[0];
    if (statement) {
      const actorIds: string[] = [];
      for (const id of [statement.speaker?.actorId, ...statement.via.map((v) => v.actorId)]) {
        const actor = id ? analysis.actors.find((a) => a.id === id) : undefined;
        const cid = actor && lookup ? corpusActorId(lookup, actor) : null;
        if (cid) actorIds.push(cid);
      }
      return { text: statement.content.text, actorIds };
    }
    const sentence = analysis.sentences.find((s) => s.start <= offset && offset < s.end);
    const span = sentence ?? { start: doc.offsetAt(doc.lineAt(editor.selection.active.line).range.start), end: doc.offsetAt(doc.lineAt(editor.selection.active.line).range.end) };
    return { text: doc.getText(toRange(doc, span)) };
  }

  /** Opens `path` at the passage best matching `query`. */
  async open(path: string, query: PassageQuery | null): Promise<OpenedPassage> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(path));
    let span: Span | null = null;
    if (query) {
      try {
        span = bestMatchingPassage(await this.cache.get(doc), doc.getText(), query);
      } catch {
        span = null;
      }
    }
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    if (span) {
      editor.selection = toSelection(doc, span);
      editor.revealRange(toRange(doc, span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return { uri: doc.uri.toString(), line: span ? doc.positionAt(span.start).line : 0, span };
  }

  /** The quick pick; `targetPath` skips it (tests, and the tree's inline action). */
  async show(targetPath?: string): Promise<OpenedPassage | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a news article first.'));
      return undefined;
    }
    await this.index.whenIdle();
    const lookup = this.index.lookup;
    const related = lookup ? relatedArticles(lookup, editor.document.uri.toString()) : [];
    const query = await this.queryAt(editor);
    if (targetPath) return this.open(targetPath, query);
    if (!related.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other articles on this event in the workspace.'));
      return undefined;
    }
    const items = related.map((r) => ({
      label: `$(file-text) ${r.title ?? articleLabel(r.path)}`,
      description: [r.outlet, r.date, r.title ? articleLabel(r.path) : null].filter(Boolean).join(' · '),
      detail: r.reasons.length ? r.reasons.join(' · ') : undefined,
      path: r.path,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Related coverage: {0} other articles on this event', related.length),
      placeHolder: vscode.l10n.t('Open at the passage matching the cursor'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked ? this.open(picked.path, query) : undefined;
  }

  /** Next (+1) or previous (-1) article of the same event, in the event's order, wrapping around. */
  async step(direction: 1 | -1): Promise<OpenedPassage | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    await this.index.whenIdle();
    const here = editor.document.uri.toString();
    const event = this.index.lookup?.eventOf.get(here);
    if (!event || event.articles.length < 2) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other articles on this event in the workspace.'));
      return undefined;
    }
    const list = event.articles;
    const i = list.indexOf(here);
    const next = list[(i + direction + list.length) % list.length]!;
    return this.open(next, await this.queryAt(editor));
  }
}

class RelatedCodeLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly index: WorkspaceIndex) {
    index.onDidChange(() => this.emitter.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const event = this.index.lookup?.eventOf.get(document.uri.toString());
    const others = event ? event.articles.length - 1 : 0;
    if (others < 1) return [];
    const title = others === 1 ? vscode.l10n.t('$(references) 1 other article on this event') : vscode.l10n.t('$(references) {0} other articles on this event', others);
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title, command: Commands.showRelatedCoverage, tooltip: vscode.l10n.t('Show Related Coverage') })];
  }
}

export function registerRelatedCoverage(context: vscode.ExtensionContext, settings: SettingsStore, cache: AnalysisCache, index: WorkspaceIndex): RelatedCoverage {
  const related = new RelatedCoverage(cache, index);
  let lens: vscode.Disposable | undefined;
  const applyLens = (): void => {
    lens?.dispose();
    lens = settings.current.codeLens.enabled ? vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, new RelatedCodeLens(index)) : undefined;
  };
  applyLens();
  context.subscriptions.push(
    settings.on(['codeLens'], applyLens),
    { dispose: () => lens?.dispose() },
    vscode.commands.registerCommand(Commands.showRelatedCoverage, (target?: unknown) => related.show(typeof target === 'string' ? target : undefined)),
    vscode.commands.registerCommand(Commands.nextRelatedArticle, () => related.step(1)),
    vscode.commands.registerCommand(Commands.previousRelatedArticle, () => related.step(-1)),
    vscode.commands.registerCommand(Commands.revealSpan, async (path: string, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(path));
      const span = { start: Math.min(start, doc.getText().length), end: Math.min(end, doc.getText().length) };
      const editor = await vscode.window.showTextDocument(doc, { preview: true, selection: toRange(doc, span) });
      editor.revealRange(toRange(doc, span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return { uri: doc.uri.toString(), line: doc.positionAt(span.start).line };
    }),
  );
  return related;
}
