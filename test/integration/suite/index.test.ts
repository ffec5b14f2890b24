import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { IndexProgress } from '../../../src/vscode/workspaceIndex';
import { api, fixture, open, until } from './helpers';

suite('workspace index', () => {
  test("runs in worker threads, off the extension host's main thread", async () => {
    const lens = await api();
    await lens.corpus();
    const stats = lens.indexStats();
    assert.strictEqual(stats.inProcess, false, 'the index uses dist/indexWorker.js');
    assert.ok(stats.threadIds.length >= 2, `analysis and event workers: ${stats.threadIds.join(', ')}`);
    assert.ok(stats.articles >= 8, `${stats.articles} articles`);
    assert.ok(stats.events >= 4);
  });

  test('a file created on disk joins its event: related coverage and the tree show it; deleted, it goes', async () => {
    const lens = await api();
    await lens.corpus();
    const here = fixture('articles/harbour-de.txt');
    const uri = fixture('articles/harbour-extra.txt');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        'Neue Kaianlage für den Hafen Rostock\n(Rostock) Rostock Port baut eine neue Kaianlage, wie die Hafengesellschaft am Dienstag mitteilte.\n' +
          '„Wir investieren 40 Millionen Euro in den Standort“, sagte Hafenchefin Maria Albers.\nQuelle: Ostseezeitung\n',
      ),
    );
    try {
      const related = await until(async () => {
        const r = await lens.related(here);
        return r.find((x) => x.path === uri.toString());
      }, 'the new article in related coverage');
      assert.ok(
        related.reasons.some((r) => r.kind === 'claims' || r.kind === 'quotes'),
        JSON.stringify(related.reasons),
      );
      assert.ok(
        lens.claims().some((n) => n.type === 'group' && n.group.path === uri.toString()),
        'in the claims view',
      );
      const alignment = await lens.alignment(here);
      const quote = alignment!.claims.find((c) => c.members.some((m) => m.path === uri.toString()));
      assert.ok(quote && quote.articles >= 3, 'the new article carries the aligned quote');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until(
      async () => !(await lens.related(here)).some((x) => x.path === uri.toString()),
      'the deleted article gone from related coverage',
    );
  });

  test('an article edited and put back by hand stays in its event', async () => {
    const lens = await api();
    await lens.corpus();
    const editor = await open('articles/harbour-en.txt');
    const other = fixture('articles/harbour-de.txt');
    const joined = async (): Promise<boolean> =>
      (await lens.related(editor.document.uri)).some((x) => x.path === other.toString());
    await until(joined, 'harbour-de related before the edit');
    const end = (): vscode.Position => editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end(), ' ')));
    await new Promise((r) => setTimeout(r, 800));
    const at = end();
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(at.translate(0, -1), at))));
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await new Promise((r) => setTimeout(r, 800));
    await lens.corpus();
    await until(joined, 'harbour-de related after the edit was undone');
  });

  test('an article edited and put back at once stays in its event', async () => {
    const lens = await api();
    await lens.corpus();
    const editor = await open('articles/harbour-de.txt');
    const other = fixture('articles/harbour-en.txt');
    const joined = async (): Promise<boolean> =>
      (await lens.related(editor.document.uri)).some((x) => x.path === other.toString());
    await until(joined, 'harbour-en related before the edit');
    const end = (): vscode.Position => editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end(), ' ')));
    const at = end();
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(at.translate(0, -1), at))));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await new Promise((r) => setTimeout(r, 800));
    await lens.corpus();
    await until(joined, 'harbour-en related after the edit was undone');
    await vscode.commands.executeCommand('sourceLens.claims.groupBy', 'event');
    const harbour = lens
      .claims()
      .find((n) => n.type === 'group' && n.group.items.some((r) => r.path.endsWith('harbour-en.txt')));
    assert.ok(
      harbour && harbour.type === 'group' && harbour.group.items.some((r) => r.path.endsWith('harbour-de.txt')),
    );
  });

  test('a full re-index reports its progress through the notification', async () => {
    const lens = await api();
    await lens.corpus();
    const seen: IndexProgress[] = [];
    const sub = lens.onIndexProgress((p) => seen.push(p));
    lens.setIndexProgressDelay(0);
    try {
      await vscode.commands.executeCommand('sourceLens.reindex');
      await until(() => seen.some((p) => p.phase === 'end'), 'the end of the indexing');
    } finally {
      sub.dispose();
      lens.setIndexProgressDelay(1000);
    }
    const start = seen.find((p) => p.phase === 'start')!;
    assert.ok(start.total >= 8, `${start.total} files`);
    const reports = seen.filter((p) => p.phase === 'report');
    assert.ok(reports.length > 0, 'the notification was shown and reported');
    assert.match(reports[reports.length - 1]!.message!, new RegExp(`^${start.total} / ${start.total}$`));
    assert.strictEqual(seen[seen.length - 1]!.done, start.total);
    await lens.corpus();
    assert.ok(lens.indexStats().lastIndexMs > 0);
  });

  test('a .txt outside the globs that reads like an article gets the offer', async () => {
    const lens = await api();
    const uri = fixture('notes/council.txt');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        'Gemeinderat beschließt neues Hallenbad\n(Husum) Der Gemeinderat von Husum hat am Mittwochabend den Bau eines neuen Hallenbads am Stadtpark beschlossen.\n' +
          '„Das ist ein großer Tag für alle Schwimmvereine der Stadt“, sagte Bürgermeisterin Ilse Marten nach der Abstimmung im Rathaus.\n' +
          'Laut der Stadtverwaltung kostet das Projekt rund zwölf Millionen Euro und soll im kommenden Frühjahr beginnen.\n',
      ),
    );
    const offered = new Promise<vscode.Uri>((resolve) => {
      const sub = lens.onDidOffer((u) => {
        if (u.toString() !== uri.toString()) return;
        sub.dispose();
        resolve(u);
      });
    });
    try {
      const editor = await open('notes/council.txt');
      assert.strictEqual(editor.document.languageId, 'plaintext', 'offered, not switched');
      await Promise.race([offered, new Promise((_, reject) => setTimeout(() => reject(new Error('no offer')), 10000))]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
