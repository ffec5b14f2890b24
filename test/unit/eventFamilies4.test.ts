import * as assert from 'node:assert/strict';
import { betweenParties } from '../../src/core/corpus/eventSimilarity';
import { analyzeArticle } from '../../src/core/analyze';
import { family, grouped } from './eventFixtures';

// A rate decision held against one cut (or raised) weeks later on the same weekday, undated (issue 9, the rates
// family: 0.571 alone at main 4bab792; all 186 fixture files in one folder 0.889 -> 0.913). Two readings:
// - an act named as one that did not happen ("a cut was not on the table", "a further hike was ruled out", "eine
//   Senkung stehe erst an, wenn ...", "keine Senkung") is no act the article reports: it gives no act concept;
// - the outcome of a decision (a hold, a cut, a hike: "unverändert", "unchanged", "belassen" name the hold) is an
//   occasion of its own, like an act at one place: no bridge of one day or one person joins it to another act.
// decisions (an invented family written after the rule, not tuned on: a hike and a hold four weeks apart on a
// Tuesday, undated) 0.571 -> 1.000. Not reached: ministers (talks and the signing two Fridays apart: the talks'
// reports name the agreement they negotiate, which is no negation).

function fingerprint(text: string) {
  return analyzeArticle(text, 'x.txt').fingerprint!;
}

describe('a decision held against one taken weeks later (test/fixtures/events, rates and decisions)', () => {
  it('reads an act named as one that did not happen as no act of the article', () => {
    const held = fingerprint(
      'Lindmark central bank holds rates\n\nThe central bank of Norway left its main interest rate unchanged on Thursday. ' +
        'Governor Ivo Brask said a cut was "not on the table" yet.\n',
    );
    assert.equal(held.act, 'hold');
    assert.ok(!held.keys!.includes('c:cut'));
    const de = fingerprint(
      'Notenbank belässt Zins\n\nDie Notenbank hat den Leitzins am Donnerstag unverändert gelassen. Eine Zinssenkung ' +
        'sei ausgeschlossen, sagte der Notenbankchef. Keine Senkung also.\n',
    );
    assert.ok(!de.keys!.includes('c:cut'));
    const cut = fingerprint(
      'Notenbank senkt Zins\n\nDie Notenbank hat den Leitzins am Donnerstag gesenkt. Die Zinssenkung kam überraschend.\n',
    );
    assert.equal(cut.act, 'cut');
  });

  it('makes the outcome of a decision an occasion of its own', () => {
    assert.equal(betweenParties({ act: 'hold' }, { act: 'treaty' }), false);
    assert.equal(betweenParties({ act: 'cut' }, { act: null }), false);
    assert.equal(betweenParties({ act: 'treaty' }, { act: 'visit' }), true);
  });

  for (const name of ['rates', 'decisions'])
    it(`groups the ${name} family as its gold does`, () => {
      const { texts, gold } = family(name);
      assert.deepEqual(grouped(texts), gold);
    });

  it('keeps the hold apart from a visit of the same weekday in the same country with the same name', () => {
    const texts: Record<string, string> = {};
    for (const name of ['rates', 'treaties'])
      for (const [f, t] of Object.entries(family(name).texts)) texts[`${name}/${f}`] = t;
    const hold = grouped(texts).find((g) => g.includes('rates/r1-en-hold.txt'))!;
    assert.deepEqual(hold, ['rates/r1-en-hold.txt', 'rates/r2-de-hold.txt', 'rates/r3-de-zloty.txt']);
  });
});
