// When a .txt is switched to an article at once, offered, or left alone (src/vscode/articleOffer.ts).
import * as assert from 'node:assert/strict';
import { offerDecision, type OfferInput } from '../../src/vscode/articleOffer';

const ARTICLE =
  'Stadtrat beschließt neuen Radweg\n(Leipzig) Der Stadtrat von Leipzig hat am Donnerstag einen neuen Radweg entlang der Elster beschlossen.\n' +
  '„Das ist ein guter Tag für alle Radfahrer“, sagte Stadträtin Petra Lange nach der Abstimmung im Rathaus.\n' +
  'Laut der Leipziger Volkszeitung kostet das Projekt rund drei Millionen Euro und soll im Frühjahr beginnen.';

function input(extra: Partial<OfferInput> = {}): OfferInput {
  return {
    languageId: 'plaintext',
    path: '/ws/notes/report.txt',
    claimed: false,
    offerEnabled: true,
    offered: false,
    declined: false,
    text: () => ARTICLE,
    ...extra,
  };
}

describe('the "looks like an article" offer', () => {
  it('offers a plain .txt that reads like a news article', () => {
    assert.equal(offerDecision(input()), 'offer');
    assert.equal(offerDecision(input({ path: '/ws/NOTES/REPORT.TXT' })), 'offer');
  });

  it('switches at once when the globs or an earlier "Read as Article" claim the file', () => {
    assert.equal(offerDecision(input({ claimed: true, offerEnabled: false })), 'claim');
  });

  it('leaves other text, other languages and other extensions alone', () => {
    assert.equal(offerDecision(input({ text: () => 'buy milk\ncall Tom\n' })), 'none');
    assert.equal(offerDecision(input({ languageId: 'markdown' })), 'none');
    assert.equal(offerDecision(input({ languageId: 'news-article', claimed: true })), 'none');
    assert.equal(offerDecision(input({ path: '/ws/notes/report.md' })), 'none');
  });

  it('asks once per file and session, never after "Don\'t Ask", never when the setting is off — without reading the text', () => {
    const unread = () => assert.fail('the text is not read');
    assert.equal(offerDecision(input({ offered: true, text: unread })), 'none');
    assert.equal(offerDecision(input({ declined: true, text: unread })), 'none');
    assert.equal(offerDecision(input({ offerEnabled: false, text: unread })), 'none');
  });
});
