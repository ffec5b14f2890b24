import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, hoverText, open, positionOf, until } from './helpers';

suite('settings and files', () => {
  test('sourceLens.hover.enabled unregisters and re-registers the hover', async () => {
    const editor = await open('articles/harbour-de.txt');
    await api();
    const at = positionOf(editor.document, 'Maria Albers', 2);
    await until(async () => (await hoverText(editor.document, at)).includes('Maria Albers'), 'the hover');
    const config = vscode.workspace.getConfiguration('sourceLens');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await until(
        async () => !(await hoverText(editor.document, at)).includes('Maria Albers'),
        'no hover when disabled',
      );
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(async () => (await hoverText(editor.document, at)).includes('Maria Albers'), 'the hover back');
  });

  test('a .txt outside the globs stays plain text until "Read as Article"', async () => {
    const editor = await open('notes/report.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const lang = await vscode.commands.executeCommand<string>('sourceLens.readAsArticle', editor.document.uri);
    assert.strictEqual(lang, 'news-article');
    await until(
      () =>
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString())?.languageId ===
        'news-article',
      'the language switched',
    );
  });

  test('the status bar names language and counts', async () => {
    const editor = await open('articles/harbour-de.txt');
    const a = await (await api()).analysis(editor.document);
    assert.strictEqual(a.language, 'de');
  });
});
