// What a reader sees, measured over every fixture article: the height of each hover card (median and max, in
// rendered lines), link text that is never a `file:` path, the Coverage view's outlet count against the outlets
// the texts state (read off the fixtures by hand, below), and page furniture never decorated as running text.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, fixture, hoverText, open, until } from './helpers';

/** The outlet each fixture's text states (a credit line "Quelle: …" / "Source: …"), or null: none stated. */
const STATED_OUTLETS: Record<string, string | null> = {
  'bridge-a.txt': 'Nordkurier',
  'bridge-b.txt': 'Saale-Bote',
  'bridge-en.txt': 'Saxony Wire',
  'harbour-de.txt': 'dpa',
  'harbour-en.txt': null,
  'harbour-followup.txt': null,
  'orchestra.txt': null,
  'escape.txt': null,
  'museum-de.txt': null,
  'museum-en.txt': null,
};

const ARTICLES = Object.keys(STATED_OUTLETS);

/** Rendered lines of a hover: its non-empty Markdown lines, a rule between two cards counting as one. */
function lines(text: string): number {
  return text.split('\n').filter((l) => l.trim()).length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

suite('what a reader sees', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('hover cards are a few lines, and no link text is a file: path', async () => {
    const lens = await api();
    await lens.corpus();
    const heights: number[] = [];
    const linkTexts: string[] = [];
    let tallest = '';
    for (const name of ARTICLES) {
      const editor = await open(`articles/${name}`);
      const doc = editor.document;
      const a = await lens.analysis(doc);
      await lens.alignment(doc.uri);
      const offsets = [
        ...a.actors.flatMap((x) => x.mentions.map((m) => m.start + 1)),
        ...a.statements.map((s) => s.content.start + 1),
      ];
      for (const o of offsets) {
        const text = await hoverText(doc, doc.positionAt(o));
        if (!text) continue;
        const h = lines(text);
        heights.push(h);
        if (h >= Math.max(...heights)) tallest = text;
        for (const m of text.matchAll(/\[((?:\\.|[^\]\\])*)\]\(/g)) linkTexts.push(m[1]!);
        const withoutTargets = text.replace(/\]\([^)]*\)/g, ']');
        assert.ok(!/file:/i.test(withoutTargets), `a file: path shown in a hover in ${name}:\n${text}`);
      }
    }
    const med = median(heights);
    const max = Math.max(...heights);
    console.log(
      `hover height over ${heights.length} hovers on ${ARTICLES.length} fixtures: median ${med} lines, max ${max}`,
    );
    assert.ok(heights.length > 40, `hovers measured: ${heights.length}`);
    assert.ok(linkTexts.length > 10, `links seen: ${linkTexts.length}`);
    assert.deepStrictEqual(
      linkTexts.filter((l) => /file:|\.txt$/i.test(l)),
      [],
      'link texts are titles, outlets or quotes',
    );
    assert.ok(med <= 3, `median ${med}`);
    assert.ok(max <= 6, `max ${max}:\n${tallest}`);
  });

  test("the Coverage view counts the outlets the texts state, and the others as 'source not stated'", async () => {
    const lens = await api();
    await lens.corpus();
    for (const name of ['bridge-a.txt', 'harbour-de.txt']) {
      await open(`articles/${name}`);
      await vscode.commands.executeCommand('sourceLens.showCoverage');
      const state = await until(async () => {
        const s = await lens.coverage();
        return s?.model && s.path === fixture(`articles/${name}`).toString() && s.model.articles.length >= 2
          ? s
          : undefined;
      }, `the coverage view of ${name}`);
      const model = state.model!;
      const files = model.articles.map((a) => a.path.split('/').pop()!);
      const stated = files.map((f) => STATED_OUTLETS[f] ?? null);
      const distinct = new Set(stated.filter((o): o is string => !!o));
      console.log(
        `coverage of ${name}: ${files.length} articles, outlets stated ${[...distinct].join(', ') || 'none'}; view: ${model.outlets.map((o) => o.name).join(', ')} + ${model.unstated.articles} not stated`,
      );
      assert.deepStrictEqual(model.outlets.map((o) => o.name).sort(), [...distinct].sort());
      assert.strictEqual(model.unstated.articles, stated.filter((o) => !o).length);
      for (const o of model.outlets) assert.ok(o.claims <= model.claimCount, `${o.name} carries at most every claim`);
      assert.ok(!state.html.includes('unknown outlet'));
      if (model.unstated.articles) assert.match(state.html, /source not stated/);
    }
  });

  test('page furniture is greyed, and nothing in it is decorated as an actor or a statement', async () => {
    const lens = await api();
    for (const name of ['bridge-a.txt', 'harbour-de.txt']) {
      const editor = await open(`articles/${name}`);
      const doc = editor.document;
      const a = await lens.analysis(doc);
      assert.ok(a.layout.boilerplate.length > 0, `${name} has a credit line`);
      const applied = await until(() => {
        const d = lens.decorations(doc.uri);
        return d && (d.get('furniture')?.length ?? 0) > 0 ? d : undefined;
      }, `furniture decorations in ${name}`);
      const furniture = applied.get('furniture')!;
      assert.strictEqual(furniture.length, a.layout.boilerplate.length);
      for (const [kind, ranges] of applied) {
        if (kind === 'furniture' || kind === 'speakerNote') continue;
        for (const r of ranges)
          assert.ok(!furniture.some((f) => f.contains(r.start)), `${kind} "${doc.getText(r)}" inside furniture`);
      }
    }
  });
});
