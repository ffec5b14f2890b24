// German saved pages of ten further domains (a shipping line's insolvency, a regatta, a medicine shortage, a church
// merger, a zoo birth, a wind farm dispute, a school fire, a bus fare increase, an appeal ruling, an esports final:
// the invented pages in test/fixtures/pages-de6, measured before the rules these tests hold). Each test holds one
// kind of error and fails without the rule that fixed it. All names are invented, and differ from the pages'.
import { strict as assert } from 'node:assert';
import { germanPage as page, kindOf, names, scoreAgainstGold, speakerOf } from './pageHelpers';

describe('a body named by its head and a town the article names, though no list knows the town', () => {
  it('reads "Feuerwehr X", "Kirchenkreis X" as one organisation', () => {
    const a = page(
      'Titel\n\nWulfsiel - In Wulfsiel brannte am Abend eine Scheune. Die Feuerwehr Wulfsiel war mit 40 Kräften im ' +
        'Einsatz. Der Kirchenkreis Wulfsiel sammelt Spenden.\n',
    );
    assert.equal(kindOf(a, 'Feuerwehr Wulfsiel'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Kirchenkreis Wulfsiel'), 'organization', JSON.stringify(names(a)));
  });

  it('keeps a describing head out of a known name ("die Umweltorganisation Greenpeace")', () => {
    const a = page('Titel\n\nDie Umweltorganisation Greenpeace protestierte am Montag vor dem Werk.\n');
    assert.equal(kindOf(a, 'Umweltorganisation Greenpeace'), undefined, JSON.stringify(names(a)));
  });
});

describe("a firm's head and a word the lexicon does not list", () => {
  it('reads "Reederei X", "Spedition X GmbH" as one organisation, and the speaker "das Unternehmen" as it', () => {
    const a = page(
      'Titel\n\nDie Reederei Dünenfalke hat Insolvenz beantragt. Der Betrieb laufe weiter, teilte das Unternehmen ' +
        'mit. Die Spedition Elbkranich GmbH übernimmt zwei Schiffe.\n',
    );
    assert.equal(kindOf(a, 'Reederei Dünenfalke'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Spedition Elbkranich GmbH'), 'organization', JSON.stringify(names(a)));
    assert.equal(speakerOf(a, 'Betrieb laufe'), 'Reederei Dünenfalke');
  });

  it('leaves a firm named with "&" to the whole name ("Molkerei Haverkamp & Söhne")', () => {
    const a = page('Titel\n\nDie Molkerei Haverkamp & Söhne erhöht den Milchpreis.\n');
    assert.equal(kindOf(a, 'Molkerei Haverkamp'), undefined, JSON.stringify(names(a)));
  });
});

describe('"das Start-up X"', () => {
  it('is an organisation named X, the word "Start-up" neither part of it nor a person', () => {
    const a = page(
      'Titel\n\nDas Start-up Quellbit aus Wulfsiel hat vier Millionen Euro eingesammelt. Das Start-up beschäftigt ' +
        '20 Mitarbeiter.\n\nDas Team bei der Arbeit. Foto: Quellbit\n',
    );
    assert.equal(kindOf(a, 'Quellbit'), 'organization', JSON.stringify(names(a)));
    assert.ok(!a.actors.some((x) => x.name.startsWith('Start-up')), JSON.stringify(names(a)));
    assert.ok(!a.actors.some((x) => x.kind === 'person' && x.name === 'Quellbit'), JSON.stringify(names(a)));
  });
});

describe('pages-de6 as a whole', () => {
  it('keeps its mentions F1 and attributed statements F1', () => {
    const f1 = scoreAgainstGold('pages-de6', 'articles');
    assert.ok(f1.mentions >= 0.8, `mentions F1 ${f1.mentions.toFixed(3)}`);
    assert.ok(f1.attributed >= 0.87, `attributed statements F1 ${f1.attributed.toFixed(3)}`);
  });
});
