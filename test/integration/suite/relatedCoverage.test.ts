import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { OpenedPassage } from '../../../src/vscode/relatedCoverage';
import { api, fixture, open, positionOf, until } from './helpers';

suite('related coverage', () => {
  test('a CodeLens atop the article counts the other articles on the event', async () => {
    const editor = await open('articles/harbour-de.txt');
    await (await api()).corpus();
    const lenses = await until(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        editor.document.uri,
      );
      return l.find((x) => x.command?.command === 'sourceLens.showRelatedCoverage');
    }, 'the related-coverage CodeLens');
    assert.match(lenses.command!.title, /other article/);
    assert.strictEqual(lenses.range.start.line, 0);
  });

  test('opens the other article at the passage matching the quote under the cursor', async () => {
    const editor = await open('articles/harbour-de.txt');
    await (await api()).corpus();
    const pos = positionOf(editor.document, 'investieren', 2);
    editor.selection = new vscode.Selection(pos, pos);
    const target = fixture('articles/harbour-en.txt');
    const opened = await vscode.commands.executeCommand<OpenedPassage>(
      'sourceLens.showRelatedCoverage',
      target.toString(),
    );
    assert.ok(opened);
    assert.strictEqual(opened.uri, target.toString());
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), target.toString());
    const expected = active.document
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('We are investing'));
    assert.strictEqual(opened.line, expected);
    assert.strictEqual(active.selection.start.line, expected);
  });

  test('next and previous related article stay within the event', async () => {
    await open('articles/harbour-de.txt');
    await (await api()).corpus();
    const next = await vscode.commands.executeCommand<OpenedPassage>('sourceLens.nextRelatedArticle');
    assert.ok(next && /harbour-(en|followup)\.txt$/.test(next.uri), next?.uri);
    const back = await vscode.commands.executeCommand<OpenedPassage>('sourceLens.previousRelatedArticle');
    assert.ok(back && back.uri.endsWith('harbour-de.txt'), back?.uri);
  });
});
