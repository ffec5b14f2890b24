// German saved pages of other domains, invented (test/unit/germanPageFixtures.ts), read through the whole article
// analysis: each test holds one kind of error seen on unseen pages, and fails without the rule that fixed it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core';
import type { ArticleAnalysis } from '../../src/core/types';
import { FUSSBALL, GERICHT, PREIS, START, STUDIE, SYNODE, WETTER, ZINS } from './germanPageFixtures';

function page(text: string): ArticleAnalysis {
  return analyzeArticle(text, 'seite.txt');
}
function names(a: ArticleAnalysis): string[] {
  return a.actors.map((x) => x.name);
}
function kindOf(a: ArticleAnalysis, name: string): string | undefined {
  return a.actors.find((x) => x.name === name || x.aliases.includes(name))?.kind;
}

describe('German saved pages of other domains: actors', () => {
  it('types a club word before a word no list knows as a club, not a person ("Eintracht Lindenau", "Hertha BSC")', () => {
    const a = page(FUSSBALL.text);
    assert.equal(kindOf(a, 'Eintracht Lindenau'), 'organization', JSON.stringify(names(a)));
    const b = page(
      'Spielbericht\n\nIm Derby siegte Fortuna Kelsterbach gegen Hertha BSC mit 2:1. Auch Sturm Xaver zog über das Land.\n',
    );
    assert.equal(kindOf(b, 'Fortuna Kelsterbach'), 'organization', JSON.stringify(names(b)));
    assert.equal(kindOf(b, 'Hertha BSC'), 'organization', JSON.stringify(names(b)));
    assert.ok(!b.actors.some((x) => x.name === 'Sturm Xaver' && x.kind === 'organization'), JSON.stringify(names(b)));
  });

  it('keeps an association, diocese, church, chamber or cooperative with its region as one body ("Fischereiverband Mecklenburg-Vorpommern")', () => {
    const a = page(STUDIE.text);
    assert.equal(kindOf(a, 'Fischereiverband Mecklenburg-Vorpommern'), 'organization', JSON.stringify(names(a)));
    assert.ok(!names(a).includes('Mecklenburg-Vorpommern'), JSON.stringify(names(a)));
    const b = page(SYNODE.text);
    assert.equal(kindOf(b, 'Erzbistum Hamburg'), 'organization', JSON.stringify(names(b)));
    assert.ok(!names(b).includes('Hamburg'), JSON.stringify(names(b)));
    const c = page('Titel\n\nDie Handwerkskammer Kopparberg und der Weltverband FIFA tagten.\n');
    assert.equal(kindOf(c, 'Handwerkskammer Kopparberg'), 'organization', JSON.stringify(names(c)));
    assert.equal(kindOf(c, 'FIFA'), 'organization', JSON.stringify(names(c)));
  });

  it('reads a given name and the word after it in a byline or photo credit as a person ("Von Anna Beispiel")', () => {
    const a = page(ZINS.text);
    assert.equal(kindOf(a, 'Anna Beispiel'), 'person', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Mads Kjeldsen'), 'person', JSON.stringify(names(a)));
    assert.ok(!names(a).includes('Anna'), JSON.stringify(names(a)));
    const b = page('Titel\nVon Paul Koch\n\nDer Koch lobte die Suppe. Mit Paul Koch sprach niemand.\n');
    assert.equal(kindOf(b, 'Paul Koch'), 'person', JSON.stringify(names(b)));
  });

  it('splits a photo credit at its slashes and takes an unknown part beside a photographer or agency for the agency', () => {
    const a = page(START.text);
    for (const n of ['CNES', 'Arianespace']) assert.equal(kindOf(a, n), 'organization', JSON.stringify(names(a)));
    assert.ok(!names(a).includes('CNES/Arianespace'), JSON.stringify(names(a)));
    const b = page(FUSSBALL.text);
    assert.equal(kindOf(b, 'Imago'), 'media', JSON.stringify(names(b)));
    assert.equal(kindOf(b, 'Lars Hartmann'), 'person', JSON.stringify(names(b)));
    const c = page(PREIS.text);
    assert.equal(kindOf(c, 'picture alliance'), 'media', JSON.stringify(names(c)));
    const d = page('Titel\n\nDie Firma baut Öfen.\n\nDas Werk in Kopparberg. Foto: Lindvik\n');
    assert.ok(!d.actors.some((x) => x.kind === 'media'), JSON.stringify(names(d)));
  });

  it('joins an unknown acronym in brackets to the long name before it ("Die Nordische Zentralbank (NZB)")', () => {
    const a = page(ZINS.text);
    const bank = a.actors.find((x) => x.name === 'Nordische Zentralbank');
    assert.ok(bank?.aliases.includes('NZB'), JSON.stringify(a.actors.map((x) => [x.name, x.aliases])));
    assert.ok(!names(a).includes('NZB'), JSON.stringify(names(a)));
  });

  it('makes one actor of a German body\'s inflected forms, named in its uninflected form ("der Nordischen Zentralbank")', () => {
    const a = page(ZINS.text);
    const banks = a.actors.filter((x) => /Nordische/.test(x.name));
    assert.equal(banks.length, 1, JSON.stringify(names(a)));
    assert.equal(banks[0]!.name, 'Nordische Zentralbank');
    assert.equal(banks[0]!.mentions.length, 3, JSON.stringify(banks[0]!.mentions));
  });

  it('takes a storm\'s name after the word for it for no actor ("Sturmtief „Nora“", "Zyklon Larry")', () => {
    const a = page(WETTER.text);
    assert.ok(!names(a).includes('Nora'), JSON.stringify(names(a)));
    const b = page('Titel\n\nZyklon Larry traf die Küste. Larry brachte Regen. Sturm Graz verlor, Larry Page nicht.\n');
    assert.ok(!names(b).includes('Larry'), JSON.stringify(names(b)));
    assert.equal(kindOf(b, 'Sturm Graz'), 'organization', JSON.stringify(names(b)));
  });

  it('gives a club\'s second word standing alone to the club, not to a person ("Eintracht Lindenau" … "Lindenau")', () => {
    const a = page(FUSSBALL.text);
    const club = a.actors.find((x) => x.name === 'Eintracht Lindenau');
    assert.deepEqual(
      club?.mentions.map((m) => m.text),
      ['Eintracht Lindenau', 'Eintracht Lindenau', 'Lindenau'],
    );
    assert.ok(!a.actors.some((x) => x.kind === 'person' && x.name === 'Lindenau'), JSON.stringify(names(a)));
  });

  it('reads "Gewerkschaftsbund" after a capitalised adjective as a body ("Der Österreichische Gewerkschaftsbund")', () => {
    const a = page('Titel\n\nDer Österreichische Gewerkschaftsbund protestierte gegen den Plan.\n');
    assert.equal(kindOf(a, 'Österreichische Gewerkschaftsbund'), 'organization', JSON.stringify(names(a)));
  });

  it('keeps English words that end a company\'s name with the known company before them ("Sony Music", not "Sony")', () => {
    const a = page(
      'Titel\n\nDas Label Sony Music kündigte an, das Album zu veröffentlichen. Sony Music Entertainment wächst.\n',
    );
    assert.deepEqual(names(a), ['Sony Music', 'Sony Music Entertainment']);
  });

  it('takes the register letters of a file number for no body ("Az. 5 AZR 112/24")', () => {
    const a = page(GERICHT.text);
    assert.ok(!names(a).includes('AZR'), JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Bundesarbeitsgericht'), 'organization');
  });

  it('makes one actor of a German body across its case forms, named in the nominative its article shows', () => {
    const a = page(
      'Der Nordische Seenotverband hat vor einem Sturm gewarnt. „Die Wellen werden hoch“, sagte ein Sprecher des ' +
        'Nordischen Seenotverbandes am Dienstag. Das Baltische Hilfswerk schickte Boote. Nach Angaben des Baltischen ' +
        'Hilfswerks sind zwei Fähren ausgefallen. Die Nordische Fährgesellschaft stellte den Betrieb ein, teilte ein ' +
        'Sprecher der Nordischen Fährgesellschaft mit.',
    );
    const shown = JSON.stringify(a.actors.map((x) => [x.name, x.aliases]));
    const expected: [string, string[]][] = [
      ['Nordischer Seenotverband', ['Nordische Seenotverband', 'Nordischen Seenotverbandes']],
      ['Baltisches Hilfswerk', ['Baltische Hilfswerk', 'Baltischen Hilfswerks']],
      ['Nordische Fährgesellschaft', ['Nordische Fährgesellschaft', 'Nordischen Fährgesellschaft']],
    ];
    for (const [name, aliases] of expected) {
      const found = a.actors.filter((x) => x.aliases.some((al) => aliases.includes(al)));
      assert.equal(found.length, 1, shown);
      assert.equal(found[0]!.name, name, shown);
      assert.deepEqual([...found[0]!.aliases].sort(), [...aliases].sort(), shown);
    }
  });
});
