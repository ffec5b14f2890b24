import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ClaimNode } from '../../../src/vscode/claimsTree';
import { api, fixture, open, until } from './helpers';

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

suite('claims tree', () => {
  teardown(() => vscode.commands.executeCommand('sourceLens.claims.groupBy', 'article'));

  test('groups every statement by article; items show speaker, cue and snippet and reveal the span', async () => {
    const lens = await api();
    await lens.corpus();
    const groups = await until(() => {
      const g = lens.claims();
      return g.some((n) => n.type === 'group' && n.group.path?.endsWith('harbour-de.txt') && n.group.items.length >= 3)
        ? g
        : undefined;
    }, 'the harbour-de group');
    const group = groups.find(
      (n): n is Extract<ClaimNode, { type: 'group' }> =>
        n.type === 'group' && !!n.group.path?.endsWith('harbour-de.txt'),
    )!;
    const items = lens.claims(group).map((n) => lens.claimItem(n));
    const quote = items.find((i) => String(i.description).includes('Wir investieren'));
    assert.ok(quote, items.map((i) => `${labelOf(i)} ${String(i.description)}`).join('\n'));
    assert.strictEqual(labelOf(quote), 'Maria Albers');
    assert.match(String(quote.description), /sagte/);
    assert.strictEqual(quote.contextValue, 'statement');
    assert.ok(
      items.some((i) => i.iconPath instanceof vscode.ThemeIcon && i.iconPath.id === 'warning'),
      'vague or hedged items are marked',
    );
    await vscode.commands.executeCommand(quote.command!.command, ...(quote.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('harbour-de.txt'));
    assert.match(editor.document.getText(editor.selection), /Wir investieren/);
  });

  test('a statement other articles carry says so, with its drift in the tooltip', async () => {
    const lens = await api();
    await lens.corpus();
    const uri = fixture('articles/bridge-a.txt').toString();
    const item = await until(() => {
      const group = lens.claims().find((n) => n.type === 'group' && n.group.path === uri);
      const items = group ? lens.claims(group).map((n) => lens.claimItem(n)) : [];
      return items.find(
        (i) => String(i.description).includes('carried by 2') && String(i.description).includes('Ende Mai'),
      );
    }, 'the quote carried by two articles');
    assert.match(String(item.description), /quote drift/);
    const tooltip = (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip))
      .replace(/\\/g, '')
      .replace(/&nbsp;/g, ' ');
    assert.match(tooltip, /Carried by 2 articles: Saale-Bote/);
    assert.match(tooltip, /Quote drift: \+wohl \+komplett in Saale-Bote/);
  });

  test('switches to by actor, by source and by event', async () => {
    const lens = await api();
    await lens.corpus();
    await vscode.commands.executeCommand('sourceLens.claims.groupBy', 'actor');
    const byActor = lens.claims().map((n) => lens.claimItem(n));
    const albers = byActor.find((i) => labelOf(i) === 'Maria Albers');
    assert.ok(albers, byActor.map(labelOf).join(', '));
    assert.ok(parseInt(String(albers.description), 10) >= 2, 'Maria Albers speaks in two articles');
    await vscode.commands.executeCommand('sourceLens.claims.groupBy', 'source');
    assert.ok(lens.claims().length > 0);
    await vscode.commands.executeCommand('sourceLens.claims.groupBy', 'event');
    const events = lens.claims();
    const harbour = events.find(
      (n) => n.type === 'group' && n.group.items.some((r) => r.path.endsWith('harbour-en.txt')),
    );
    assert.ok(harbour && harbour.type === 'group');
    assert.ok(
      harbour.group.items.some((r) => r.path.endsWith('harbour-de.txt')),
      'both harbour articles under one event',
    );
    // The event's date and article count beside its name, in the window's language (not the core's English
    // "(…, 2 articles)" cut off with a long name); its rows name their article by outlet or a short headline.
    const groupItem = lens.claimItem(harbour);
    assert.doesNotMatch(labelOf(groupItem), /articles?\)$/);
    assert.match(String(groupItem.description), /\b\d+ articles · \d+ statements?$/);
    const rows = lens.claims(harbour).map((n) => lens.claimItem(n));
    const plain = rows.filter((r) => !/^(?:vague|hedged|carried|quote drift|attribution)/.test(String(r.description)));
    assert.ok(plain.length > 0, rows.map((r) => String(r.description)).join('\n'));
    for (const row of plain) {
      const which = String(row.description).split(' · ')[0] ?? '';
      assert.ok(which.length <= 24, `${labelOf(row)}: ${String(row.description)}`);
    }
  });

  test('filters: vague only, then cleared', async () => {
    const lens = await api();
    await lens.corpus();
    await vscode.commands.executeCommand('sourceLens.claims.filter', { vagueOnly: true });
    const all = lens.claims().flatMap((g) => lens.claims(g));
    assert.ok(all.length > 0);
    assert.ok(
      all.every(
        (n) =>
          n.type === 'statement' &&
          (n.ref.statement.hedged || n.ref.statement.speaker?.vague || n.ref.statement.via.some((v) => v.vague)),
      ),
    );
    await vscode.commands.executeCommand('sourceLens.claims.clearFilter');
    assert.ok(lens.claims().flatMap((g) => lens.claims(g)).length > all.length);
  });

  test('an edit updates the tree', async () => {
    const editor = await open('articles/orchestra.txt');
    const lens = await api();
    await editor.edit((e) =>
      e.insert(
        new vscode.Position(editor.document.lineCount, 0),
        '\n"The new season will be our boldest," said director Paul Gruber.',
      ),
    );
    await until(
      () =>
        lens
          .claims()
          .flatMap((g) => lens.claims(g))
          .some((n) => n.type === 'statement' && n.ref.statement.content.text.includes('our boldest')),
      'the edited statement in the tree',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a file added to the workspace appears, and disappears when deleted', async () => {
    const lens = await api();
    await lens.corpus();
    const uri = fixture('articles/added.txt');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from('Neuer Artikel\n„Wir eröffnen morgen die Brücke“, sagte Baudezernentin Clara Vogt am Freitag.\n'),
    );
    await until(
      () => lens.claims().some((n) => n.type === 'group' && n.group.path === uri.toString()),
      'the added article in the tree',
    );
    await vscode.workspace.fs.delete(uri);
    await until(
      () => !lens.claims().some((n) => n.type === 'group' && n.group.path === uri.toString()),
      'the deleted article gone',
    );
  });

  test('a file that cannot be analysed is listed with its reason, opens on a click, and goes when deleted', async () => {
    const lens = await api();
    await lens.corpus();
    const uri = fixture('articles/broken.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 0, 1, 2]));
    const listed = (): ClaimNode | undefined => {
      const group = lens.claims().find((n) => n.type === 'unanalysedGroup');
      return group && lens.claims(group).find((n) => n.type === 'unanalysed' && n.row.uri === uri.toString());
    };
    try {
      const row = await until(listed, 'the binary file in the claims view');
      const group = lens.claims()[0]!;
      assert.strictEqual(group.type, 'unanalysedGroup', 'listed above the claims');
      assert.match(labelOf(lens.claimItem(group)), /^1 file not analysed$/);
      const item = lens.claimItem(row);
      assert.strictEqual(labelOf(item), 'broken.txt');
      assert.strictEqual(item.description, 'binary, not text');
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      // A binary file may open in VS Code's binary placeholder, not a text editor: the active tab tells.
      await until(() => {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        const opened =
          input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : null;
        return opened?.toString() === uri.toString();
      }, 'the file opened');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until(() => !listed() && !lens.claims().some((n) => n.type === 'unanalysedGroup'), 'the row gone');
  });
});
