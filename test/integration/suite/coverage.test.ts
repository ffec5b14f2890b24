import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { OpenedPassage } from '../../../src/vscode/relatedCoverage';
import { api, fixture, open, positionOf, until } from './helpers';

function lineOf(doc: vscode.TextDocument, marker: string): number {
  const line = doc
    .getText()
    .split('\n')
    .findIndex((l) => l.includes(marker));
  assert.ok(line >= 0, `"${marker}" in ${doc.uri.path}`);
  return line;
}

suite('coverage view', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test("the command opens a webview panel for the article's event: timeline, outlets, claims by outlet, drift", async () => {
    const editor = await open('articles/bridge-a.txt');
    const lens = await api();
    await lens.corpus();
    await vscode.commands.executeCommand('sourceLens.showCoverage');
    const state = await until(async () => {
      const s = await lens.coverage();
      return s?.model && s.model.rows.length >= 2 ? s : undefined;
    }, 'the coverage view with aligned claims');
    assert.strictEqual(state.path, editor.document.uri.toString());
    const event = (await lens.alignment(editor.document.uri))!.event;
    assert.strictEqual(state.eventId, event.id);
    // The tab names the event its heading names (not the open article's headline, session 27).
    const heading = /<h1 title="[^"]*">([^<]*)<\/h1>/.exec(state.html)?.[1] ?? '';
    assert.ok(heading, 'the page has a heading');
    const name = heading.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)));
    assert.ok(state.title.startsWith(`Coverage: ${name.slice(0, 30)}`), `${state.title} / ${name}`);
    assert.match(state.title, /^Coverage: \S/);
    assert.deepStrictEqual(
      state.model!.articles.map((a) => a.date),
      ['2025-03-03', '2025-03-04', '2025-03-04'],
    );
    const html = state.html;
    assert.match(
      html,
      /Content-Security-Policy" content="default-src 'none'; style-src [^"]+ 'nonce-[0-9a-f]{32}'; script-src 'nonce-[0-9a-f]{32}';"/,
    );
    for (const outlet of ['Nordkurier', 'Saale-Bote', 'Saxony Wire']) assert.ok(html.includes(outlet), outlet);
    assert.match(html, /<ins>wohl<\/ins> <ins>komplett<\/ins>/, 'the quote drift as a word difference');
    assert.match(html, /Nordkurier attributes it to Polizei; Saale-Bote states it as fact/);
    assert.match(html, /<th scope="col">/);
  });

  test('a link in the page opens the article at the passage', async () => {
    const lens = await api();
    await open('articles/bridge-a.txt');
    await vscode.commands.executeCommand('sourceLens.showCoverage');
    const state = await until(async () => (await lens.coverage())?.model ?? undefined, 'the coverage model');
    const target = fixture('articles/bridge-b.txt').toString();
    const row = state.rows.find((r) => r.claim.quote)!;
    const cell = row.cells.find((c) => c?.member.path === target)!;
    assert.ok(cell, 'bridge-b carries the quote');
    const opened = await lens.coverageMessage({
      type: 'open',
      path: target,
      start: cell.member.span.start,
      end: cell.member.span.end,
    });
    assert.ok(opened);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), target);
    const expected = lineOf(active.document, 'wohl bis Ende Mai');
    assert.strictEqual(opened.line, expected);
    assert.strictEqual(active.selection.start.line, expected);
    assert.match(active.document.getText(active.selection), /Die Brücke bleibt wohl bis Ende Mai komplett gesperrt/);
  });

  test('the page cannot open what the index does not hold', async () => {
    const lens = await api();
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    assert.strictEqual(
      await lens.coverageMessage({ type: 'open', path: fixture('notes/todo.txt').toString(), start: 0, end: 1 }),
      undefined,
    );
    assert.strictEqual(await lens.coverageMessage({ type: 'run', command: 'workbench.action.quit' }), undefined);
    assert.strictEqual(await lens.coverageMessage('open'), undefined);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });

  test('the view follows the index: a new article on the event appears', async () => {
    const lens = await api();
    await open('articles/bridge-a.txt');
    await vscode.commands.executeCommand('sourceLens.showCoverage');
    await until(async () => (await lens.coverage())?.model, 'the coverage model');
    const uri = fixture('articles/bridge-d.txt');
    const text = (await vscode.workspace.fs.readFile(fixture('articles/bridge-b.txt')))
      .toString()
      .replace('Saale-Bote', 'Lindenauer Anzeiger')
      .replace('Saale-Bote', 'Lindenauer Anzeiger');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      const state = await until(async () => {
        const s = await lens.coverage();
        return s?.model?.articles.some((a) => a.path === uri.toString()) ? s : undefined;
      }, 'the new article in the coverage view');
      assert.ok(state.html.includes('Lindenauer Anzeiger'));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until(
      async () => !(await lens.coverage())?.model?.articles.some((a) => a.path === uri.toString()),
      'the deleted article gone from the view',
    );
  });

  test('"Show Related Coverage" lands on the aligned passage: the same claim in the chosen article', async () => {
    const editor = await open('articles/bridge-a.txt');
    await (await api()).corpus();
    const pos = positionOf(editor.document, 'zwei Menschen', 3);
    editor.selection = new vscode.Selection(pos, pos);
    const target = fixture('articles/bridge-b.txt');
    const opened = await vscode.commands.executeCommand<OpenedPassage>(
      'sourceLens.showRelatedCoverage',
      target.toString(),
    );
    assert.strictEqual(opened.via, 'alignment');
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), target.toString());
    assert.strictEqual(opened.line, lineOf(active.document, 'Bei dem Unfall wurden zwei Menschen'));
    // Without an aligned claim (the English article aligns with none), the best-matching passage.
    const back = await open('articles/bridge-a.txt');
    const q = positionOf(back.document, 'Ende Mai', 2);
    back.selection = new vscode.Selection(q, q);
    const en = await vscode.commands.executeCommand<OpenedPassage>(
      'sourceLens.showRelatedCoverage',
      fixture('articles/bridge-en.txt').toString(),
    );
    assert.strictEqual(en.via, 'match');
  });
});
