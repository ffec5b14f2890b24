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

  test("a cold window's first article: analysed on the host before indexing starts, as the worker would", async () => {
    const editor = await open('articles/harbour-de.txt');
    const doc = editor.document;
    const lens = await api();
    const { steps, hostAnalysed } = lens.startup();
    const at = (name: string): number => {
      const step = steps.find((s) => s.name === name);
      assert.ok(step, `${name} in ${steps.map((s) => s.name).join(', ')}`);
      return step.ms;
    };
    assert.strictEqual(hostAnalysed, doc.uri.toString(), 'the window opened on this article');
    assert.ok(at('first analysis made on the host') <= at('first decorations set'));
    // Activated with the article open (not earlier, by the folder's contents): its decorations come first.
    if (!steps.some((s) => s.name === 'indexing starts, no article open'))
      assert.ok(at('first decorations set') <= at('indexing starts'), 'the folder is indexed after the decorations');
    // What the host made of the first article is what it makes of the text now; another article, opened after, is
    // analysed in a worker, and the host makes the same of it (decorations are planned from the analysis alone).
    assert.strictEqual(JSON.stringify(await lens.analysis(doc)), JSON.stringify(lens.analysisOnHost(doc)));
    const other = (await open('articles/harbour-en.txt')).document;
    const inWorker = await lens.analysis(other);
    assert.strictEqual(lens.startup().hostAnalysed, doc.uri.toString(), 'one article analysed on the host');
    assert.strictEqual(JSON.stringify(inWorker), JSON.stringify(lens.analysisOnHost(other)));
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
