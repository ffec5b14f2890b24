import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, open, until } from './helpers';

async function setMode(mode: string): Promise<void> {
  await vscode.workspace
    .getConfiguration('sourceLens')
    .update('decorations.mode', mode, vscode.ConfigurationTarget.Global);
}

suite('decorations', () => {
  teardown(() => setMode('all'));

  test('actors by kind, statements, vague sources and speaker notes', async () => {
    const editor = await open('articles/harbour-de.txt');
    const lens = await api();
    const doc = editor.document;
    const applied = await until(() => {
      const d = lens.decorations(doc.uri);
      return d && (d.get('person')?.length ?? 0) > 0 ? d : undefined;
    }, 'person decorations');
    const texts = (name: string): string[] => (applied.get(name as never) ?? []).map((r) => doc.getText(r));
    assert.ok(texts('person').includes('Maria Albers'), texts('person').join(', '));
    assert.ok(
      texts('statement').some((t) => t.includes('Wir investieren 40 Millionen Euro')),
      texts('statement').join(' | '),
    );
    assert.ok(
      texts('vague').some((t) => t.includes('Experten')),
      texts('vague').join(', '),
    );
    const notes = applied.get('speakerNote') ?? [];
    assert.ok(notes.length > 0, 'a speaker note after a statement line');
    assert.ok(
      notes.every((r) => r.isEmpty && r.end.character === doc.lineAt(r.end.line).text.length),
      'notes sit at line ends',
    );
  });

  test('the mode setting: off clears, currentLine keeps only the cursor lines', async () => {
    const editor = await open('articles/harbour-de.txt');
    const lens = await api();
    const uri = editor.document.uri;
    await until(() => (lens.decorations(uri)?.get('statement')?.length ?? 0) > 1, 'statement decorations');
    await setMode('off');
    await until(
      () => [...(lens.decorations(uri)?.values() ?? [])].every((r) => r.length === 0),
      'no decorations when off',
    );
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('investieren'));
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await setMode('currentLine');
    const applied = await until(() => {
      const d = lens.decorations(uri);
      return d && (d.get('statement')?.length ?? 0) > 0 ? d : undefined;
    }, 'decorations on the cursor line');
    for (const ranges of applied.values())
      for (const r of ranges) assert.ok(r.start.line <= line && r.end.line >= line, `range on line ${r.start.line}`);
  });

  test('the toggle command switches decorations off and on', async () => {
    await open('articles/harbour-de.txt');
    assert.strictEqual(await vscode.commands.executeCommand('sourceLens.toggleDecorations'), 'off');
    assert.strictEqual(vscode.workspace.getConfiguration('sourceLens').get('decorations.mode'), 'off');
    assert.strictEqual(await vscode.commands.executeCommand('sourceLens.toggleDecorations'), 'all');
  });

  test('follow an edit (debounced)', async () => {
    const editor = await open('articles/harbour-followup.txt');
    const lens = await api();
    const doc = editor.document;
    await until(() => lens.decorations(doc.uri), 'first decorations');
    const ok = await editor.edit((e) =>
      e.insert(new vscode.Position(doc.lineCount, 0), '\n„Wir prüfen den Bau genau“, sagte Stadtrat Paul Berger.'),
    );
    assert.ok(ok);
    await until(
      () =>
        (lens.decorations(doc.uri)?.get('statement') ?? []).some((r) =>
          doc.getText(r).includes('Wir prüfen den Bau genau'),
        ),
      'the new statement decorated',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
