// Shared steps of the integration tests: the extension's API, fixture documents, polling.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/vscode/api';

export const EXTENSION_ID = 'source-lens.source-lens';

export async function api(): Promise<SourceLensApi> {
  const ext = vscode.extensions.getExtension<SourceLensApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const exported = await ext.activate();
  assert.ok(exported, 'activate() returned the API');
  return exported;
}

export function fixture(relative: string): vscode.Uri {
  const ws = vscode.workspace.workspaceFolders?.[0];
  assert.ok(ws, 'a workspace folder is open');
  return vscode.Uri.joinPath(ws.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls `probe` until it returns a truthy value (or throws after `timeoutMs`). */
export async function until<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 15000): Promise<NonNullable<T>> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The offset of `marker` in the document (first occurrence, plus `delta`). */
export function positionOf(doc: vscode.TextDocument, marker: string, delta = 1): vscode.Position {
  const i = doc.getText().indexOf(marker);
  assert.ok(i >= 0, `"${marker}" is in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n---\n');
}
