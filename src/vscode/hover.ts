// Hover cards on actors and statements. The Markdown comes from hoverContent.ts (article text escaped there);
// here it is wrapped so that only our own commands are trusted, and codicons render.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { toOffset, toRange } from './convert';
import { hoverCards } from './hoverContent';
import { HOVER_COMMANDS, LANGUAGE_ID } from './ids';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

const t = (message: string, ...args: (string | number)[]): string => vscode.l10n.t(message, ...args);

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly settings: SettingsStore, private readonly cache: AnalysisCache, private readonly index: WorkspaceIndex) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = this.cache.peek(document) ?? (await this.cache.get(document, token));
    if (token.isCancellationRequested) return undefined;
    const { cards, span } = hoverCards(analysis, toOffset(document, position), this.index.lookup, t, this.settings.current.hover.maxStatements);
    if (!cards.length) return undefined;
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
export function registerHover(context: vscode.ExtensionContext, settings: SettingsStore, cache: AnalysisCache, index: WorkspaceIndex): void {
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
