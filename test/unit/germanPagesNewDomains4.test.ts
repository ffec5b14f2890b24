// German saved pages of ten further domains (a bakery chain, a festival, a railway line, a flood, a museum theft, an
// election count, a start-up, a police raid, a university ranking, a ferry: the invented pages in
// test/fixtures/pages-de4, measured before the rules these tests hold). Each test holds one kind of error those pages
// showed and fails without the rule that fixed it. All names are invented, and differ from the pages'.
import { strict as assert } from 'node:assert';
import { germanPage as page, kindOf, names, speakerOf } from './pageHelpers';

describe('German saved pages of ten further domains (4): actors', () => {
  it("reads an association, the noun for its task or a region's adjective, and a town as one organisation", () => {
    const a = page(
      'Titel\n\nDer Zweckverband Abwasser Hollmingen warnte. Der Förderverein Hallenbad Kesselbrück sammelt Geld. ' +
        'Der Landvolkverband Hohe Marsch protestierte. Die Fleischerinnung Kesselbrück tagte.\n',
    );
    assert.equal(kindOf(a, 'Zweckverband Abwasser Hollmingen'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Förderverein Hallenbad Kesselbrück'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Landvolkverband Hohe Marsch'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Fleischerinnung Kesselbrück'), 'organization', JSON.stringify(names(a)));
  });

  it("leaves a club word and its town to the club, and a noun run that ends in no town out of a body's name", () => {
    const a = page(
      'Titel\n\nEr spielte beim Traditionsverein Preußen Hollmingen. Der Bauernverband Milch Preise senkte nichts.\n',
    );
    assert.equal(kindOf(a, 'Preußen Hollmingen'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Traditionsverein Preußen Hollmingen'), undefined, JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Bauernverband Milch Preise'), undefined, JSON.stringify(names(a)));
  });

  it('reads "Radio" and a town or a name as a broadcaster, not the town ("Radio Kesselbrück", "Radio Moorkante")', () => {
    const a = page(
      'Titel\n\nDas sagte sie dem Sender Radio Kesselbrück. Auch Radio Hamburg berichtete. Radio Moorkante ' +
        'meldete es zuerst. Im Radio Musik zu hören, ist schön.\n',
    );
    assert.equal(kindOf(a, 'Radio Kesselbrück'), 'media', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Radio Hamburg'), 'media', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Radio Moorkante'), 'media', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Radio Musik'), undefined, JSON.stringify(names(a)));
  });
});

describe("German saved pages of ten further domains (4): a town's administration as the source", () => {
  it('resolves "nach Angaben der Stadt", "teilte die Gemeinde mit" to the town named before as "die Stadt X"', () => {
    const a = page(
      'Titel\n\nDie Stadt Hollmingen wies die Kritik zurück. Nach Angaben der Stadt kamen 4000 Gäste. Die ' +
        'Gemeinde Kesselbrück schwieg. Die Straße bleibe gesperrt, teilte die Gemeinde mit.\n',
    );
    assert.equal(speakerOf(a, '4000 Gäste'), 'Hollmingen');
    assert.equal(speakerOf(a, 'bleibe gesperrt'), 'Kesselbrück');
  });

  it('guesses no town for "der Stadt" when the article named none as an administration', () => {
    const a = page('Titel\n\nIn Hollmingen regnet es seit Tagen. Nach Angaben der Stadt kamen 4000 Gäste.\n');
    assert.equal(speakerOf(a, '4000 Gäste'), null);
  });
});
