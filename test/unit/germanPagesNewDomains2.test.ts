// German saved pages of ten more domains (a central bank, a launch, an award, a wage round, a transfer, a
// sentencing, a museum, a storm warning, a drug approval, quarterly results: the invented pages in
// test/fixtures/pages-de2, measured before the rules these tests hold). Each test holds one kind of error those
// pages or pages-de showed and fails without the rule that fixed it. All names are invented.
import { strict as assert } from 'node:assert';
import { germanPage as page, kindOf, names, speakerOf } from './pageHelpers';

describe('German saved pages of ten more domains: actors', () => {
  it('takes the noun that belongs to a firm\'s own name into it ("Bankhaus X & Y", "Stiftung X & Y", "Reederei Lindviker Linienverkehr")', () => {
    const a = page(
      'Titel\n\nAnalystin Vera Klostermann vom Bankhaus Wendholt & Brück hält das für richtig. Die Stiftung ' +
        'Ammersee & Peutinger förderte das Projekt. Die Fahrt übernimmt die Reederei Ottersberger Linienverkehr.\n',
    );
    assert.equal(kindOf(a, 'Bankhaus Wendholt & Brück'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Stiftung Ammersee & Peutinger'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'Reederei Ottersberger Linienverkehr'), 'organization', JSON.stringify(names(a)));
  });

  it('keeps the full stop of "& Cie." with the name', () => {
    const a = page('Titel\n\nDer Händler Jonas Pfeilmeier vom Bankhaus Oberacker & Cie. sieht das anders.\n');
    assert.equal(kindOf(a, 'Bankhaus Oberacker & Cie.'), 'organization', JSON.stringify(names(a)));
  });

  it('reads "IG" and the field after it as one union ("IG Metall", "IG Bau"), an adjective with its noun', () => {
    const a = page(
      'Titel\n\nDie IG Metall erklärte, sie werde um jeden Arbeitsplatz kämpfen. Auch die IG Bau war dabei. Die ' +
        'IG Historische Altstadt lud zum Rundgang.\n',
    );
    assert.equal(kindOf(a, 'IG Metall'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'IG Bau'), 'organization', JSON.stringify(names(a)));
    assert.equal(kindOf(a, 'IG Historische Altstadt'), 'organization', JSON.stringify(names(a)));
    assert.ok(!names(a).some((n) => n.startsWith('IG:')), JSON.stringify(names(a)));
    assert.equal(speakerOf(a, 'um jeden Arbeitsplatz'), 'IG Metall');
  });

  it('reads a name after a noun for an animal, a drug or a craft as no actor, there and alone ("Giraffenbulle Mosi", "das Medikament Torvexa")', () => {
    const a = page(
      'Titel\n\nIm Zoo Ellerbrück ist Giraffenbulle Mosi gestorben. Mosi wurde 24 Jahre alt, sagte Zoodirektor ' +
        'Bernd Aschoff. Das Medikament Torvexa darf nun verkauft werden. Torvexa soll im Herbst kommen. Der ' +
        'Satellit Nordlys startete am Morgen.\n',
    );
    for (const thing of ['Mosi', 'Torvexa', 'Nordlys'])
      assert.ok(
        !a.actors.some((x) => x.name === thing || x.aliases.includes(thing)),
        `${thing}: ${JSON.stringify(names(a))}`,
      );
    assert.equal(kindOf(a, 'Bernd Aschoff'), 'person', JSON.stringify(names(a)));
  });

  it('does not drop a person after an animal word that is also a given or family name ("Trainer Wolf Brenning")', () => {
    const a = page('Titel\n\nEin Vertreter sagte, Trainer Wolf Brenning habe recht. Brenning lachte.\n');
    assert.equal(kindOf(a, 'Wolf Brenning'), 'person', JSON.stringify(names(a)));
  });

  it('continues a "für" name over a compound part whose end is left out ("für Boden- und Gewässerkunde")', () => {
    const a = page(
      'Titel\n\nForscher des Landesinstituts für Boden- und Gewässerkunde haben Proben genommen. Das Deutsche ' +
        'Zentrum für Wind- und Meerestechnik prüft sie.\n',
    );
    assert.equal(kindOf(a, 'Deutsche Zentrum für Wind- und Meerestechnik'), 'organization', JSON.stringify(names(a)));
    assert.ok(!names(a).some((n) => n.endsWith('für Wind:organization')), JSON.stringify(names(a)));
  });

  it('reads a town adjective before "Allgemeinen" as the town\'s paper', () => {
    const a = page('Titel\n\nDer Trainer Jannis Oltrogge sagte der Wiesenbacher Allgemeinen, er sei zufrieden.\n');
    assert.equal(kindOf(a, 'Wiesenbacher Allgemeinen'), 'media', JSON.stringify(names(a)));
  });

  it('opens an organisation\'s name with the capitalised adjective before it ("die Deutsche Lindqvist Gesellschaft")', () => {
    const a = page('Titel\n\nDie Deutsche Brenning Stiftung begrüßte die Entscheidung am Montag.\n');
    assert.equal(kindOf(a, 'Deutsche Brenning Stiftung'), 'organization', JSON.stringify(names(a)));
  });

  it("takes a name-like first word of a credit or sentence into a company's name before its legal form", () => {
    const a = page('Titel\n\nDas Werk in Aschenrode. Foto: Brellinger Antriebstechnik AG\n');
    assert.equal(kindOf(a, 'Brellinger Antriebstechnik AG'), 'organization', JSON.stringify(names(a)));
  });
});

describe('German saved pages of ten more domains: speakers', () => {
  it('resolves "der Ökonom", "die Französin", "der Anwalt" to the person who spoke right before', () => {
    const a = page(
      'Titel\n\nChefvolkswirt Arne Helmbrecht sagte, die Notenbank habe gut vorbereitet. Die Zinsen dürften nun ' +
        'sinken, erwartet der Ökonom. „Wir sind auf dem Weg“, sagte Notenbankpräsidentin Odile Marchetti. ' +
        'Weitere Schritte seien nicht ausgemacht, betonte die Französin.\n',
    );
    assert.equal(speakerOf(a, 'Die Zinsen dürften'), 'Arne Helmbrecht');
    assert.equal(speakerOf(a, 'Weitere Schritte'), 'Odile Marchetti');
  });

  it('leaves an office nobody named holds unresolved ("der Bürgermeister" after another speaker)', () => {
    const a = page(
      'Titel\n\nChefvolkswirt Arne Helmbrecht sagte, die Notenbank habe gut vorbereitet. Die Stadt werde sparen ' +
        'müssen, sagte der Bürgermeister.\n',
    );
    assert.notEqual(speakerOf(a, 'Die Stadt werde sparen'), 'Arne Helmbrecht');
  });
});
