import * as assert from 'node:assert';
import { api, hoverText, open, positionOf, until } from './helpers';

suite('hover cards', () => {
  test('on an actor: name, kind, roles, mentions elsewhere', async () => {
    const editor = await open('articles/harbour-de.txt');
    await (await api()).corpus();
    const text = await until(async () => {
      const t = await hoverText(editor.document, positionOf(editor.document, 'Maria Albers', 2));
      return t.includes('Maria Albers') && t.includes('other article') ? t : '';
    }, 'an actor hover with cross-article mentions');
    assert.match(text, /person/);
    assert.match(text, /Hafenchefin/);
    assert.match(text, /command:sourceLens\.revealSpan/, 'mentions elsewhere are links that open them');
    assert.ok(!/indexed so far|not indexed yet/.test(text), 'no indexing note once the folder is indexed');
  });

  test('on a quote: one card with speaker, cue, kind', async () => {
    const editor = await open('articles/harbour-de.txt');
    const text = await until(async () => {
      const t = await hoverText(editor.document, positionOf(editor.document, 'investieren', 3));
      return t.includes('$(quote)') ? t : '';
    }, 'a statement hover');
    assert.match(text, /Maria Albers/);
    assert.match(text, /sagte/);
    assert.ok(!text.includes('\n---\n'), 'one card');
  });

  test('on a statement whose speaker is a descriptor: the person it stands for, with the words written', async () => {
    // "Stadtsprecher Henrik Sommer stellte … vor. Der Stadtsprecher sagte, …": the second statement's speaker is
    // written as a descriptor and resolved to the person named earlier in the article; the same in English.
    for (const [file, marker, person, written] of [
      ['articles/museum-de.txt', 'Schulklassen', 'Henrik Sommer', 'Der Stadtsprecher'],
      ['articles/museum-en.txt', 'school classes', 'Clara Voss', 'The spokeswoman'],
    ] as const) {
      const editor = await open(file);
      const text = await until(async () => {
        const t = await hoverText(editor.document, positionOf(editor.document, marker, 2));
        return t.includes('$(quote)') ? t : '';
      }, `a statement hover in ${file}`);
      const first = text.split('\n')[0]!;
      assert.ok(first.startsWith(`$(quote) **${person}** (written `), `the card opens with the person: ${first}`);
      assert.ok(first.includes(written), `and the words the article wrote: ${first}`);
    }
  });

  test('on a vague source: the reason', async () => {
    const editor = await open('articles/harbour-de.txt');
    const text = await until(async () => {
      const t = await hoverText(editor.document, positionOf(editor.document, 'Umschlag', 2));
      return t.includes('$(quote)') ? t : '';
    }, 'a hover on the vague statement');
    assert.match(text, /Experten/);
    assert.match(text, /\$\(warning\)/);
  });

  test('on a quote others carry: corroboration and the quote drift as a word difference', async () => {
    const editor = await open('articles/bridge-a.txt');
    await (await api()).corpus();
    const text = await until(async () => {
      const t = await hoverText(editor.document, positionOf(editor.document, 'bis Ende Mai', 2));
      return t.includes('Carried by') ? t : '';
    }, 'a statement hover with corroboration');
    const plain = text.replace(/\\/g, ''); // Markdown escapes
    assert.match(plain, /Carried by 2 articles/);
    assert.match(plain, /\[Saale-Bote\]\(command:sourceLens\.revealSpan\?/, "a link to the other article's passage");
    assert.match(plain, /Quote drift: \+wohl \+komplett in \[Saale-Bote\]/);
  });

  test('on a claim another outlet states as fact: attribution drift', async () => {
    const editor = await open('articles/bridge-a.txt');
    await (await api()).corpus();
    const text = await until(async () => {
      const t = await hoverText(editor.document, positionOf(editor.document, 'zwei Menschen', 3));
      return t.includes('Attribution drift') ? t : '';
    }, 'a statement hover with attribution drift');
    assert.match(
      text.replace(/\\/g, ''),
      /Attribution drift: Nordkurier attributes it to Polizei; Saale-Bote states it as fact/,
    );
  });

  test('escapes article text: no links, emphasis or HTML from the article', async () => {
    const editor = await open('articles/escape.txt');
    const text = await until(async () => {
      const t = await hoverText(editor.document, positionOf(editor.document, 'kein', 1));
      return t.includes('$(quote)') ? t : '';
    }, 'a hover on the statement with markdown in it');
    assert.ok(!text.includes('](command:workbench'), text);
    assert.ok(!text.includes('<b>'), text);
  });
});
