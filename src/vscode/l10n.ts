// The extension's `t`: vscode.l10n.t for the editor-free modules that take a Translate. The only call of
// vscode.l10n.t with a message that is not a literal (test/unit/l10n.test.ts reads every other one).
import * as vscode from 'vscode';
import type { Translate } from './text';

export const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);
