// The related-coverage picker's reasons and the Coverage view's rows are relative to the article the reader has
// open: what each other article shares with it (the events worker's `pairs` job), and, when that answer is late
// (the picker waits 1 s), a fallback that is still relative, never what an article shares with a third member of
// the event. Three invented reports of one fire (test/fixtures/pair-reasons), each naming two of its three people:
// a reader of fire-a must not read "also names Bettina Quandler" (whom only fire-b and fire-c name).
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Reason, RelatedArticle } from '../../../src/core';
import { api, EXTENSION_ID, fixture, until } from './helpers';

const FILES = ['fire-a.txt', 'fire-b.txt', 'fire-c.txt'];
const namesIn = (rs: readonly Reason[]) => rs.flatMap((r) => (r.kind === 'names' ? r.names : []));
const figuresIn = (rs: readonly Reason[]) => rs.flatMap((r) => (r.kind === 'figures' ? r.figures : []));
const shown = (rs: readonly RelatedArticle[]) => JSON.stringify(rs.map((r) => [path.basename(r.path), r.reasons]));

suite('reasons relative to the reader’s article', () => {
  const uris = FILES.map((f) => fixture(`articles/${f}`));

  suiteSetup(async () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    for (let i = 0; i < FILES.length; i++) {
      const text = await vscode.workspace.fs.readFile(
        vscode.Uri.joinPath(root, 'test', 'fixtures', 'pair-reasons', FILES[i]!),
      );
      await vscode.workspace.fs.writeFile(uris[i]!, text);
    }
  });

  suiteTeardown(async () => {
    (await api()).setPairReasonsWait(1000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of uris) await Promise.resolve(vscode.workspace.fs.delete(u)).catch(() => undefined);
  });

  test('the picker: each article with what it shares with the open one (the events worker’s pairs)', async () => {
    const lens = await api();
    // A loaded machine's worker may answer late: wait long enough for its answer, not the fallback.
    lens.setPairReasonsWait(20000);
    const a = uris[0]!;
    const event = await until(
      async () => (await lens.corpus())?.events.find((e) => uris.every((u) => e.articles.includes(u.toString()))),
      'the fire’s three reports as one event',
      40000,
    ).catch(async (e: unknown) => {
      const seen = (await lens.corpus())?.events.filter((x) => x.articles.some((p) => p.includes('/fire-')));
      throw new Error(`${String(e)}: ${JSON.stringify(seen?.map((x) => x.articles.map((p) => path.basename(p))))}`);
    });
    assert.strictEqual(event.articles.length, 3);
    const related = await lens.related(a);
    assert.strictEqual(related.length, 2, shown(related));
    const b = related.find((r) => r.path === uris[1]!.toString());
    assert.ok(b, shown(related));
    assert.ok(namesIn(b.reasons).includes('Jannik Morweg'), shown(related));
    // Only the pairs job gives figures: the reasons came from the worker, not the fallback.
    assert.ok(figuresIn(b.reasons).includes('85'), shown(related));
    for (const r of related) assert.ok(!namesIn(r.reasons).includes('Bettina Quandler'), shown(related));
    // From fire-c the same pair reads otherwise: the mayor both name, not the fire chief only fire-a and fire-b do.
    const fromC = await lens.related(uris[2]!);
    const bFromC = fromC.find((r) => r.path === uris[1]!.toString());
    assert.ok(bFromC && namesIn(bFromC.reasons).includes('Bettina Quandler'), shown(fromC));
    for (const r of fromC) assert.ok(!namesIn(r.reasons).includes('Jannik Morweg'), shown(fromC));
  });

  test('when the pair reasons are late, the fallback is still relative to the open article', async () => {
    const lens = await api();
    lens.setPairReasonsWait(0);
    const related = await lens.related(uris[0]!);
    assert.strictEqual(related.length, 2, shown(related));
    for (const r of related) assert.ok(!namesIn(r.reasons).includes('Bettina Quandler'), shown(related));
    const b = related.find((r) => r.path === uris[1]!.toString())!;
    assert.ok(namesIn(b.reasons).includes('Jannik Morweg'), shown(related));
  });

  test('the Coverage view opened from an article: the rows under it give what each shares with it', async () => {
    const lens = await api();
    lens.setPairReasonsWait(20000);
    await vscode.window.showTextDocument(uris[0]!, { preview: false });
    await vscode.commands.executeCommand('sourceLens.showCoverage', uris[0]!.toString());
    const state = await until(async () => {
      const s = await lens.coverage();
      return s?.model && s.path === uris[0]!.toString() && s.model.articles.length === 3 ? s : undefined;
    }, 'the coverage view of the fire');
    const b = state.model!.articles.find((x) => x.path === uris[1]!.toString())!;
    assert.ok(namesIn(b.reasons).includes('Jannik Morweg'), JSON.stringify(b.reasons));
    for (const x of state.model!.articles)
      assert.ok(!namesIn(x.reasons).includes('Bettina Quandler'), JSON.stringify(x.reasons));
    // The worker late: the view opened from fire-c still says of each row only what it shares with fire-c.
    lens.setPairReasonsWait(0);
    await vscode.commands.executeCommand('sourceLens.showCoverage', uris[2]!.toString());
    const late = await until(async () => {
      const s = await lens.coverage();
      return s?.model && s.path === uris[2]!.toString() && s.model.articles.length === 3 ? s : undefined;
    }, 'the coverage view of the fire from fire-c');
    for (const x of late.model!.articles)
      assert.ok(!namesIn(x.reasons).includes('Jannik Morweg'), JSON.stringify(x.reasons));
  });
});
