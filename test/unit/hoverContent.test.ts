// The hover cards' Markdown, built in plain Node (hoverContent.ts has no editor dependency): article text is
// escaped, and quotations take the marks of the UI language through the translator.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core';
import { hoverCards } from '../../src/vscode/hoverContent';
import { plainTranslate } from '../../src/vscode/text';

const text =
  'Harbour plan approved\nMaria Albers said the *port* [would](command:evil) grow. "We are ready," Albers told reporters.\n';

describe('hover card markdown', () => {
  it('escapes article text and quotes it in the UI language', () => {
    const a = analyzeArticle(text, 'news/harbour.txt');
    const at = text.indexOf('Albers told');
    const en = hoverCards(a, at, undefined, plainTranslate).cards.join('\n');
    assert.match(en, /Maria Albers/);
    assert.match(en, /“We are ready,?”/);
    assert.doesNotMatch(en, /„/);
    const said = hoverCards(a, text.indexOf('port'), undefined, plainTranslate).cards.join('\n');
    assert.doesNotMatch(said, /\]\(command:evil\)/);
    const german: typeof plainTranslate = (m, ...args) => plainTranslate(m === '“{0}”' ? '„{0}“' : m, ...args);
    const de = hoverCards(a, at, undefined, german).cards.join('\n');
    assert.match(de, /„We are ready,?“/);
  });
});
