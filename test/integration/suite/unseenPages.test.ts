// What a reader saw wrong on saved pages nobody here had read (session 25, in code-server): a headline or a
// statement with quotation marks broke the hover's links (the raw Markdown with its command URI showed); the
// claims view dropped a headline's opening quotation mark and, grouped by source, repeated its group's name on
// every claim; the editor boxed each en dash of the text as an "ambiguous" character.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, fixture, hoverText, open, positionOf, until } from './helpers';

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

const QUOTED_HEADLINE =
  '"Sechs Meter hohe Wellen": Kapitänin Wiebke Sandahl über die Rettung\n' +
  '\n' +
  'Kapitänin Wiebke Sandahl sagte am Sonntag, ihre Mannschaft habe "ohne zu zögern" gehandelt.\n';
const NAMES_HER =
  'Werft feiert Stapellauf\n\nZum Stapellauf kam am Freitag auch Kapitänin Wiebke Sandahl nach Husum.\n';

suite('unseen pages: what a reader sees', () => {
  teardown(() => vscode.commands.executeCommand('sourceLens.claims.groupBy', 'article'));

  test('article text is read without boxes around its dashes and invisible spaces', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news-article' });
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), false);
  });

  test('links to a headline or a quote with quotation marks stay links; the tree keeps the headline whole', async () => {
    const lens = await api();
    await lens.corpus();
    const quoted = fixture('articles/unseen-wellen.txt');
    const names = fixture('articles/unseen-werft.txt');
    await vscode.workspace.fs.writeFile(quoted, Buffer.from(QUOTED_HEADLINE));
    await vscode.workspace.fs.writeFile(names, Buffer.from(NAMES_HER));
    try {
      const group = await until(
        () => lens.claims().find((n) => n.type === 'group' && n.group.path === quoted.toString()),
        'the article with the quoted headline in the tree',
      );
      assert.match(labelOf(lens.claimItem(group)), /^"Sechs Meter hohe Wellen": /);

      const editor = await open('articles/unseen-werft.txt');
      const at = positionOf(editor.document, 'Wiebke Sandahl', 3);
      const card = await until(async () => {
        const text = await hoverText(editor.document, at);
        return text.includes('Sechs Meter') ? text : undefined;
      }, 'the card naming the other article');
      const links = [...card.matchAll(/\]\(command:/g)];
      assert.ok(links.length >= 2, card);
      for (const m of links)
        assert.match(card.slice(m.index), /^\]\(command:[^\s)"]+ "(?:[^"\\]|\\.)*"\)/, `a broken link in:\n${card}`);
      assert.match(card, /Said in "Sechs Meter hohe Wellen"/);

      await vscode.commands.executeCommand('sourceLens.claims.groupBy', 'source');
      const sandahl = await until(
        () => lens.claims().find((n) => n.type === 'group' && labelOf(lens.claimItem(n)) === 'Wiebke Sandahl'),
        'the speaker as a source',
      );
      const nodes = lens.claims(sandahl);
      assert.ok(nodes.length > 0);
      for (const n of nodes) {
        const label = labelOf(lens.claimItem(n));
        assert.notEqual(label, 'Wiebke Sandahl', 'the claim by its words, not the name again');
        // Quotation marks for a quotation only: a paraphrase is not dressed as her words.
        if (n.type === 'statement') assert.equal(label.startsWith('“'), n.ref.statement.kind === 'direct', label);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(quoted);
      await vscode.workspace.fs.delete(names);
    }
    await until(
      () => !lens.claims().some((n) => n.type === 'group' && n.group.path === quoted.toString()),
      'the added articles gone',
    );
  });
});
