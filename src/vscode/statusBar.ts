// The status bar entry for the active article: language, actors, statements and the share of vague sources.
// A click focuses the claims view. A second entry, `$(warning) N`, shows while N files of the workspace could not
// be analysed (too large, unreadable, binary, too slow); a click lists them ("List Files Not Analysed").
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { articleStats } from './articleFacts';
import { Commands, LANGUAGE_ID } from './ids';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** `$(warning) N` while the index lists files it could not analyse; hidden when there are none. */
export function registerUnanalysedStatus(
  context: vscode.ExtensionContext,
  settings: SettingsStore,
  index: WorkspaceIndex,
): void {
  const item = vscode.window.createStatusBarItem('sourceLens.unanalysed', vscode.StatusBarAlignment.Right, 99);
  item.name = vscode.l10n.t('Source Lens: files not analysed');
  item.command = Commands.listUnanalysed;
  const update = (): void => {
    const n = index.unanalysed().length;
    if (!n || !settings.current.statusBar.enabled) {
      item.hide();
      return;
    }
    item.text = `$(warning) ${n}`;
    item.tooltip =
      n === 1
        ? vscode.l10n.t('Source Lens could not analyse 1 file. Click to list it.')
        : vscode.l10n.t('Source Lens could not analyse {0} files. Click to list them.', n);
    item.show();
  };
  context.subscriptions.push(item, index.onDidChange(update), settings.on(['statusBar'], update));
  update();
}

export function registerStatusBar(
  context: vscode.ExtensionContext,
  settings: SettingsStore,
  cache: AnalysisCache,
): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('sourceLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Source Lens';
  item.command = Commands.focusClaims;
  const update = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!settings.current.statusBar.enabled || !editor || editor.document.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    const doc = editor.document;
    try {
      const a = await cache.get(doc);
      if (vscode.window.activeTextEditor?.document !== doc) return;
      const s = articleStats(a);
      // Words, not small icons; no share of vague sources without statements to take it of.
      const parts = [
        a.language.toUpperCase(),
        s.actors === 1 ? vscode.l10n.t('1 actor') : vscode.l10n.t('{0} actors', s.actors),
        s.statements === 1 ? vscode.l10n.t('1 statement') : vscode.l10n.t('{0} statements', s.statements),
      ];
      if (s.statements) parts.push(vscode.l10n.t('{0}% vague', Math.round(s.vagueShare * 100)));
      item.text = `$(quote) ${parts.join(' · ')}`;
      item.tooltip = vscode.l10n.t(
        'Source Lens: language {0}, {1} actors, {2} statements, {3} with a vague source, {4} hedged. Click to show the claims.',
        a.language,
        s.actors,
        s.statements,
        s.vague,
        s.hedged,
      );
      item.show();
    } catch {
      // superseded: the next change updates it
    }
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    cache.onDidAnalyze(({ document }) => {
      if (vscode.window.activeTextEditor?.document === document) void update();
    }),
    settings.on(['statusBar'], () => void update()),
  );
  void update();
  return item;
}
