import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, open, until } from './helpers';

suite('activation', () => {
  test('an article under articles/ opens as a news article and activates the extension', async () => {
    const editor = await open('articles/harbour-de.txt');
    assert.strictEqual(editor.document.languageId, 'news-article');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    await until(() => ext?.isActive, 'activation');
    const commands = await vscode.commands.getCommands(true);
    for (const c of [
      'sourceLens.readAsArticle',
      'sourceLens.showRelatedCoverage',
      'sourceLens.toggleDecorations',
      'sourceLens.claims.focus',
    ]) {
      assert.ok(commands.includes(c), `${c} is registered`);
    }
  });

  test('the manifest never activates on "*" or on startup', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { activationEvents: string[] };
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(!pkg.activationEvents.includes('onStartupFinished'));
    assert.ok(!pkg.activationEvents.includes('onLanguage:plaintext'), 'not for every plain-text file anywhere');
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/articles/**/*.txt'));
  });

  test('the API analyses the open article', async () => {
    const editor = await open('articles/harbour-de.txt');
    const analysis = await (await api()).analysis(editor.document);
    assert.strictEqual(analysis.error, null);
    assert.strictEqual(analysis.length, editor.document.getText().length);
  });
});
