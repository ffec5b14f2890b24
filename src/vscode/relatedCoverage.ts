// Related coverage: the other articles on the same event (core `relatedArticles`, from the index's corpus and the
// event's aligned claims), offered in a quick pick with why they match (and a way into the coverage view), a
// CodeLens atop the article, and next/previous commands. Opening one lands on the passage aligned with the
// statement or sentence under the cursor (the same claim in that article), else on the passage that best matches
// it (core `bestMatchingPassage`), else on the article's start.
import * as vscode from 'vscode';
import {
  type ArticleAnalysis,
  type Span,
  bestMatchingPassage,
  corpusActorId,
  findAligned,
  memberIn,
  type PassageQuery,
  type RelatedArticle,
  relatedArticles,
} from '../core';
import type { AnalysisCache } from './analysisCache';
import { statementsAt } from './articleFacts';
import { toOffset, toRange, toSelection } from './convert';
import { articleTitle } from './corroboration';
import { articleLabel } from './hoverContent';
import { t } from './l10n';
import { reasonsInWords, relatedTitle } from './reasonWords';
import { reasonsRelativeTo } from './relativeReasons';
import { wordCut } from './text';
import { Commands, LANGUAGE_ID } from './ids';
import { revealTarget } from './revealArgs';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long a command waits for the index's pending changes before it goes on with what is indexed. */
const SETTLE_MS = 2000;

export interface OpenedPassage {
  uri: string;
  line: number;
  span: Span | null;
  /** How the passage was found: the same aligned claim, the best-matching passage, or none (the start). */
  via?: 'alignment' | 'match' | 'start';
}

/** What is under the cursor: the article, the passage (for the aligned claim), and a text query (for the best match). */
interface CursorQuery {
  here: string;
  probe: { span?: Span; text?: string; offset: number };
  passage: PassageQuery;
}

export class RelatedCoverage {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly index: WorkspaceIndex,
  ) {}

  /** What is under the cursor, as a query for the aligned or best matching passage elsewhere. */
  private async queryAt(editor: vscode.TextEditor): Promise<CursorQuery | null> {
    const doc = editor.document;
    let analysis: ArticleAnalysis;
    try {
      analysis = await this.cache.get(doc);
    } catch {
      return null;
    }
    const here = doc.uri.toString();
    const offset = toOffset(doc, editor.selection.active);
    const lookup = this.index.lookup;
    const statement = statementsAt(analysis, offset)[0];
    if (statement) {
      const actorIds: string[] = [];
      for (const id of [statement.speaker?.actorId, ...statement.via.map((v) => v.actorId)]) {
        const actor = id ? analysis.actors.find((a) => a.id === id) : undefined;
        const cid = actor ? corpusActorId(lookup, actor) : null;
        if (cid) actorIds.push(cid);
      }
      const span = { start: statement.content.start, end: statement.content.end };
      return {
        here,
        probe: { span, text: statement.content.text, offset },
        passage: { text: statement.content.text, actorIds },
      };
    }
    const sentence = analysis.sentences.find((s) => s.start <= offset && offset < s.end);
    const span = sentence ?? {
      start: doc.offsetAt(doc.lineAt(editor.selection.active.line).range.start),
      end: doc.offsetAt(doc.lineAt(editor.selection.active.line).range.end),
    };
    const text = doc.getText(toRange(doc, span));
    return { here, probe: { span: sentence ? span : undefined, text, offset }, passage: { text } };
  }

  /** The span of the claim aligned with the cursor's passage in `path`, when the event's alignment has one. */
  private async alignedSpan(path: string, query: CursorQuery): Promise<Span | null> {
    const alignment = await this.index.alignmentOf(query.here);
    if (!alignment?.event.articles.includes(path)) return null;
    const hit = findAligned(alignment.claims, query.here, query.probe);
    const member = hit ? memberIn(hit.claim, path) : null;
    return member ? { start: member.span.start, end: member.span.end } : null;
  }

  /** Opens `path` at the passage aligned with the cursor's, else the best matching one, else at its start. */
  async open(path: string, query: CursorQuery | null): Promise<OpenedPassage> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(path));
    let span: Span | null = null;
    let via: OpenedPassage['via'] = 'start';
    if (query) {
      span = await this.alignedSpan(path, query).catch(() => null);
      if (span && span.end <= doc.getText().length) via = 'alignment';
      else {
        try {
          span = bestMatchingPassage(await this.cache.get(doc), doc.getText(), query.passage);
        } catch {
          span = null;
        }
        if (span) via = 'match';
      }
    }
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    if (span) {
      editor.selection = toSelection(doc, span);
      editor.revealRange(toRange(doc, span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return { uri: doc.uri.toString(), line: span ? doc.positionAt(span.start).line : 0, span, via };
  }

  /**
   * The other articles of the article's event as the picker lists them, each with the reasons relative to the
   * article the reader has open (the events worker's pair reasons, or reasonsRelativeTo's fallback when they are
   * late), never what an article shares with a third member of the event.
   */
  async relatedOf(here: string): Promise<RelatedArticle[]> {
    const [alignment, pairs] = await Promise.all([this.index.alignmentOf(here), this.index.pairReasonsOf(here)]);
    const event = this.index.lookup.eventOf.get(here);
    const reasons = event ? reasonsRelativeTo(event, here, pairs) : undefined;
    return relatedArticles(this.index.lookup, here, alignment?.claims, reasons);
  }

  /** The quick pick; `targetPath` skips it (tests, and the tree's inline action). */
  async show(targetPath?: string): Promise<OpenedPassage | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a news article first.'));
      return undefined;
    }
    await this.index.settled(SETTLE_MS);
    const here = editor.document.uri.toString();
    const related = await this.relatedOf(here);
    const query = await this.queryAt(editor);
    if (targetPath) return this.open(targetPath, query);
    if (!related.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other articles on this event in the workspace.'));
      return undefined;
    }
    type Item = vscode.QuickPickItem & { path?: string };
    const items: Item[] = [
      {
        label: `$(table) ${vscode.l10n.t('Open Coverage View')}`,
        detail: vscode.l10n.t('The event on a timeline, its outlets, and who carries which claim'),
        alwaysShow: true,
      },
      { label: vscode.l10n.t('Articles'), kind: vscode.QuickPickItemKind.Separator },
      ...related.map((r) => ({
        // The headline (title, else the lead), never a bare file name when the text has words to show.
        label: `$(file-text) ${wordCut(articleTitle(r.path, this.index.lookup.byPath.get(r.path)), 90)}`,
        description: [r.outlet, r.date, articleLabel(r.path)].filter(Boolean).join(' · '),
        detail: r.reasons.length ? reasonsInWords(r.reasons, t).join(' · ') : undefined,
        path: r.path,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: relatedTitle(related.length, t),
      placeHolder: vscode.l10n.t('Open at the passage matching the cursor'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    if (!picked.path) {
      await vscode.commands.executeCommand(Commands.showCoverage, here);
      return undefined;
    }
    return this.open(picked.path, query);
  }

  /** Next (+1) or previous (-1) article of the same event, in the event's order, wrapping around. */
  async step(direction: 1 | -1): Promise<OpenedPassage | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    await this.index.settled(SETTLE_MS);
    const here = editor.document.uri.toString();
    const event = this.index.lookup.eventOf.get(here);
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

class RelatedCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.emitter.fire());
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const uri = document.uri.toString();
    const event = this.index.lookup.eventOf.get(uri);
    const others = event ? event.articles.length - 1 : 0;
    if (others < 1) return [];
    const title =
      others === 1
        ? vscode.l10n.t('$(references) 1 other article on this event')
        : vscode.l10n.t('$(references) {0} other articles on this event', others);
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, {
        title,
        command: Commands.showRelatedCoverage,
        tooltip: vscode.l10n.t('Show Related Coverage'),
      }),
      new vscode.CodeLens(top, {
        title: vscode.l10n.t('$(table) Coverage View'),
        command: Commands.showCoverage,
        arguments: [uri],
        tooltip: vscode.l10n.t('The event on a timeline, its outlets, and who carries which claim'),
      }),
    ];
  }
}

export function registerRelatedCoverage(
  context: vscode.ExtensionContext,
  settings: SettingsStore,
  cache: AnalysisCache,
  index: WorkspaceIndex,
): RelatedCoverage {
  const related = new RelatedCoverage(cache, index);
  let lens: vscode.Disposable | undefined;
  const applyLens = (): void => {
    lens?.dispose();
    lens = undefined;
    if (!settings.current.codeLens.enabled) return;
    const provider = new RelatedCodeLens(index);
    lens = vscode.Disposable.from(
      vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, provider),
      provider,
    );
  };
  applyLens();
  context.subscriptions.push(
    settings.on(['codeLens'], applyLens),
    { dispose: () => lens?.dispose() },
    vscode.commands.registerCommand(Commands.showRelatedCoverage, (target?: unknown) =>
      related.show(typeof target === 'string' ? target : undefined),
    ),
    vscode.commands.registerCommand(Commands.nextRelatedArticle, () => related.step(1)),
    vscode.commands.registerCommand(Commands.previousRelatedArticle, () => related.step(-1)),
    vscode.commands.registerCommand(Commands.revealSpan, async (path: unknown, from: unknown, to: unknown) => {
      const target = revealTarget(
        path,
        from,
        to,
        (u) =>
          index.lookup.byPath.has(u) ||
          vscode.workspace.textDocuments.some((d) => d.uri.toString() === u && d.languageId === LANGUAGE_ID),
      );
      if (!target) return undefined;
      const { start, end } = target;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
      const span = { start: Math.min(start, doc.getText().length), end: Math.min(end, doc.getText().length) };
      const editor = await vscode.window.showTextDocument(doc, { preview: true, selection: toRange(doc, span) });
      editor.revealRange(toRange(doc, span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return { uri: doc.uri.toString(), line: doc.positionAt(span.start).line };
    }),
  );
  return related;
}
