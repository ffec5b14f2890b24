// Hover cards on actors and statements. The Markdown comes from hoverContent.ts (article text escaped there);
// here it is wrapped so that only our own commands are trusted, and codicons render. A statement's card waits
// briefly for its event's aligned claims when the index has not computed them yet (once per change of the
// event, in a worker), and goes without them rather than keep the card back.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { statementsAt } from './articleFacts';
import { toOffset, toRange } from './convert';
import { hoverCards, indexingLine, type HoverAlignment } from './hoverContent';
import { HOVER_COMMANDS, LANGUAGE_ID } from './ids';
import { t } from './l10n';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long a hover waits for an event's alignment that is not computed yet. */
const ALIGNMENT_WAIT_MS = 750;

export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly settings: SettingsStore,
    private readonly cache: AnalysisCache,
    private readonly index: WorkspaceIndex,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const analysis = this.cache.peek(document) ?? (await this.cache.get(document, token));
    if (token.isCancellationRequested) return undefined;
    const offset = toOffset(document, position);
    let alignment: HoverAlignment | undefined = this.index.cachedAlignmentOf(document.uri.toString());
    if (!alignment && statementsAt(analysis, offset).length) {
      alignment = await Promise.race([
        this.index.alignmentOf(document.uri.toString()),
        new Promise<undefined>((r) => setTimeout(() => r(undefined), ALIGNMENT_WAIT_MS)),
      ]);
      if (token.isCancellationRequested) return undefined;
    }
    const { cards, span } = hoverCards(
      analysis,
      offset,
      this.index.lookup,
      t,
      this.settings.current.hover.maxStatements,
      alignment,
    );
    if (!cards.length) return undefined;
    const note = indexingLine(this.index.indexing, t);
    if (note) cards[cards.length - 1] += `  \n${note}`;
    const contents = cards.map((md) => {
      const m = new vscode.MarkdownString(md, true);
      m.isTrusted = { enabledCommands: HOVER_COMMANDS };
      m.supportHtml = false;
      return m;
    });
    return new vscode.Hover(contents, span ? toRange(document, span) : undefined);
  }
}

/** Registers the provider while `sourceLens.hover.enabled` is on; the setting registers or unregisters it. */
export function registerHover(
  context: vscode.ExtensionContext,
  settings: SettingsStore,
  cache: AnalysisCache,
  index: WorkspaceIndex,
): void {
  let registration: vscode.Disposable | undefined;
  const apply = (): void => {
    registration?.dispose();
    registration = settings.current.hover.enabled
      ? vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new HoverProvider(settings, cache, index))
      : undefined;
  };
  apply();
  context.subscriptions.push(settings.on(['hover'], apply), { dispose: () => registration?.dispose() });
}
