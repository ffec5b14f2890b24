// Speaker resolution (statements/resolve.ts) on small invented fixtures: the speaker span stays as written, the
// resolved actor id names who it is. Actors are built by hand so the tests do not depend on the actor module.
import { strict as assert } from 'node:assert';
import { parseLayout } from '../../src/core/text/layout';
import { splitSentences } from '../../src/core/text/sentences';
import { findStatements } from '../../src/core/statements';
import { leaderKey, resolveAcrossCorpus } from '../../src/core/statements/resolve';
import type { Actor, ActorKind, ArticleAnalysis, DocContext, Statement } from '../../src/core/types';

function doc(text: string, language = 'de'): DocContext {
  const layout = parseLayout(text);
  const ranges = layout.title ? [layout.title, ...layout.body] : layout.body;
  return { text, language, layout, sentences: splitSentences(text, ranges), date: null };
}

function actor(text: string, id: string, kind: ActorKind, names: string[], roles: string[] = []): Actor {
  const mentions = [];
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      // Whole words only: "Nordbahn" is no mention of "Bahn".
      if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + n.length] ?? '')) continue;
      mentions.push({ start: i, end: i + n.length, text: n });
    }
  return { id, name: names[0] ?? id, kind, roles, roleSpans: [], aliases: names, mentions, descriptors: [] };
}

function speakerOf(text: string, actors: Actor[], fragment: string, language = 'de'): Statement['speaker'] {
  const stmts = findStatements(doc(text, language), actors);
  const s = stmts.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with content "${fragment}" in ${JSON.stringify(stmts.map((x) => x.content.text))}`);
  return s.speaker;
}

describe('speaker resolution', () => {
  it('gives a quotation standing as its own sentence after a one-letter name ("via X. »…«") to the source before it', () => {
    const text =
      'Der Flug sei ein »aufregender« Test gewesen, kommentierte Nordwerk via Kurznachrichtendienst X. »Der Erfolg eines Tests hängt davon ab, was wir lernen.« Der nächste Start folgt im Mai.';
    const firm = actor(text, 'organization:nordwerk', 'organization', ['Nordwerk']);
    const sp = speakerOf(text, [firm], 'was wir lernen');
    assert.equal(sp?.actorId, 'organization:nordwerk');
  });

  it('resolves a definite staff group ("Die Experten") to the body that spoke just before; a bare group stays vague', () => {
    const text =
      'Das Beben hatte laut dem Seismologischen Institut Nordheim eine Stärke von 5,1. Die Experten geben die Tiefe mit zehn Kilometern an. Experten sagten, Nachbeben seien wahrscheinlich. Die Medien berichteten, die Schulen blieben geschlossen.';
    const inst = actor(text, 'organization:sin', 'organization', ['Seismologischen Institut Nordheim']);
    const sp = speakerOf(text, [inst], 'zehn Kilometern');
    assert.equal(sp?.actorId, 'organization:sin');
    assert.equal(sp?.vague, false);
    const bare = speakerOf(text, [inst], 'Nachbeben');
    assert.equal(bare?.actorId, null);
    assert.equal(bare?.vague, true);
    // "die Medien" are not the institute's staff.
    assert.notEqual(speakerOf(text, [inst], 'Schulen')?.actorId, 'organization:sin');
  });

  it('resolves "die Vorsitzende des Komitees" to the person named with that role, else to the body', () => {
    const text =
      'Das Komitee für Chemie vergab den Preis. „Die Arbeit ist von grossem Nutzen“, so die Vorsitzenden des Komitees für Chemie. Die Wahl sei einstimmig gewesen, sagte Karin Lindqvist, Vorsitzende des Komitees für Chemie. Der Sprecher des Komitees für Chemie kündigte an, die Feier werde im Dezember stattfinden.';
    const body = actor(text, 'organization:komitee', 'organization', ['Komitee für Chemie', 'Komitees für Chemie']);
    const chair = actor(
      text,
      'person:karin-lindqvist',
      'person',
      ['Karin Lindqvist'],
      ['Vorsitzende des Komitees für Chemie'],
    );
    assert.equal(speakerOf(text, [body, chair], 'grossem Nutzen')?.actorId, 'person:karin-lindqvist');
    // No spokesperson is named: the body speaks.
    assert.equal(speakerOf(text, [body, chair], 'im Dezember')?.actorId, 'organization:komitee');
  });

  it('resolves "the head of the agency" to the person named with that role', () => {
    const text =
      'The head of the Harbour Agency said the port would reopen on Friday. Mark Ellison, head of the Harbour Agency, has led it since 2019.';
    const agency = actor(text, 'organization:harbour-agency', 'organization', ['Harbour Agency']);
    const head = actor(text, 'person:mark-ellison', 'person', ['Mark Ellison'], ['head of the Harbour Agency']);
    assert.equal(speakerOf(text, [agency, head], 'reopen on Friday', 'en')?.actorId, 'person:mark-ellison');
  });

  it('resolves a description to the organisation whose name it stood before ("die Pflegegewerkschaft VPK" … "Die Pflegegewerkschaft")', () => {
    const text =
      'Die Pflegegewerkschaft VPK ruft zum Warnstreik auf. Die Kliniken planen Notdienste. Die Pflegegewerkschaft teilte mit, der Streik werde zwei Tage dauern.';
    const union = actor(text, 'organization:vpk', 'organization', ['VPK']);
    const sp = speakerOf(text, [union], 'zwei Tage');
    assert.equal(sp?.text, 'Die Pflegegewerkschaft');
    assert.equal(sp?.actorId, 'organization:vpk');
    const en =
      'Swedish furniture maker Holmvik opened two stores. Shoppers queued for hours. The maker said it would open a third store in May.';
    const firm = actor(en, 'organization:holmvik', 'organization', ['Holmvik']);
    assert.equal(speakerOf(en, [firm], 'third store', 'en')?.actorId, 'organization:holmvik');
    // A demonym before a name is no description of it: "Der Norweger" is a person, not the parliament.
    const demonym =
      'Das Norweger Parlament tagt heute. Die Debatte beginnt früh. Der Norweger sagte, er sei mit dem Ergebnis zufrieden.';
    const parl = actor(demonym, 'organization:parlament', 'organization', ['Parlament']);
    assert.equal(speakerOf(demonym, [parl], 'zufrieden')?.actorId ?? null, null);
  });

  it('does not resolve another nation\'s leader by the head of the role ("der polnische Präsident" is not the US president)', () => {
    const text =
      'US-Präsident Tom Ashford traf Jan Nowak in Genf. Danach betonte der polnische Präsident, die Gespräche seien offen gewesen.';
    const us = actor(text, 'person:tom-ashford', 'person', ['Tom Ashford'], ['US-Präsident']);
    const pl = actor(text, 'person:jan-nowak', 'person', ['Jan Nowak']);
    assert.notEqual(speakerOf(text, [us, pl], 'Gespräche')?.actorId, 'person:tom-ashford');
    const en = 'French President Luc Morel met Anna Berg. The German president said the talks had been frank.';
    const fr = actor(en, 'person:luc-morel', 'person', ['Luc Morel'], ['French President']);
    assert.notEqual(speakerOf(en, [fr], 'talks had been', 'en')?.actorId, 'person:luc-morel');
  });

  it('resolves "die Bahn" to the organisation whose name ends in that word, the span as written', () => {
    const text =
      'Die Nordische Bahn hat den Fahrplan geändert. Die Züge fahren seltener. Die Bahn teilte mit, der Verkehr werde ab Montag wieder normal laufen.';
    const bahn = actor(text, 'organization:nordische-bahn', 'organization', ['Nordische Bahn']);
    const sp = speakerOf(text, [bahn], 'wieder normal');
    assert.equal(sp?.text, 'Die Bahn');
    assert.equal(sp?.actorId, 'organization:nordische-bahn');
  });

  it('resolves "die Notenbank in Frankfurt" to the central bank, not the place', () => {
    const text =
      'Die Westmark-Zentralbank senkt die Zinsen. Der Leitzins sinke um 0,25 Punkte, wie die Notenbank in Frankfurt am Main mitteilte.';
    const bank = actor(text, 'organization:westmark-zentralbank', 'organization', ['Westmark-Zentralbank']);
    const city = actor(text, 'place:frankfurt-am-main', 'place', ['Frankfurt am Main']);
    assert.equal(speakerOf(text, [bank, city], 'Leitzins')?.actorId, 'organization:westmark-zentralbank');
  });

  it('resolves "das Unternehmen" to the company named last, not a public body', () => {
    const text =
      'Die Behörde Luftamt prüft den Start. Die Firma Sternwerk baut die Rakete. Man habe viel gelernt, so das Unternehmen.';
    const amt = actor(text, 'organization:luftamt', 'organization', ['Luftamt']);
    const firm = actor(text, 'organization:sternwerk', 'organization', ['Sternwerk']);
    assert.equal(speakerOf(text, [amt, firm], 'viel gelernt')?.actorId, 'organization:sternwerk');
  });

  it('resolves a source compound ("nach Bahnangaben") to the organisation its first part names', () => {
    const text =
      'Die Nordische Bahn meldet Verspätungen. Nach Bahnangaben fallen am Freitag zwei Drittel der Züge aus.';
    const bahn = actor(text, 'organization:nordische-bahn', 'organization', ['Nordische Bahn']);
    assert.equal(speakerOf(text, [bahn], 'zwei Drittel')?.actorId, 'organization:nordische-bahn');
  });

  it('resolves "der 71-Jährige" to the person whose age the article gives', () => {
    const text =
      'Pavel Dorn (71) traf Jens Molt (58) in Riga. Molt schwieg. Der 71-Jährige sagte, man habe über den Handel gesprochen.';
    const dorn = actor(text, 'person:pavel-dorn', 'person', ['Pavel Dorn', 'Dorn']);
    const molt = actor(text, 'person:jens-molt', 'person', ['Jens Molt', 'Molt']);
    const sp = speakerOf(text, [dorn, molt], 'Handel');
    assert.equal(sp?.text, 'Der 71-Jährige');
    assert.equal(sp?.actorId, 'person:pavel-dorn');
  });

  it('resolves two people joined by "und" to the first of them', () => {
    const text =
      'Kanzlerin Ida Brand und Präsident Leo Vass trafen sich. Brand und Vass betonten, die Grenze bleibe offen.';
    const brand = actor(text, 'person:ida-brand', 'person', ['Ida Brand', 'Brand']);
    const vass = actor(text, 'person:leo-vass', 'person', ['Leo Vass', 'Vass']);
    assert.equal(speakerOf(text, [brand, vass], 'Grenze')?.actorId, 'person:ida-brand');
  });

  it('resolves two countries joined by "und" to the first of them, not the last name of the span', () => {
    const text = 'Die Nordinseln und Südland warnten, dass die Manöver die Region gefährdeten.';
    const north = actor(text, 'place:nordinseln', 'place', ['Nordinseln']);
    const south = actor(text, 'place:sudland', 'place', ['Südland']);
    assert.equal(speakerOf(text, [north, south], 'Manöver')?.actorId, 'place:nordinseln');
  });

  it('gives "laut einer Mitteilung" to the body that is the subject of the sentence before, not to a body in passing', () => {
    const text =
      'Die Feuerwehr Oststadt hat nach dem Fest Bilanz gezogen. Laut einer Mitteilung verlief der Abend ohne Zwischenfälle.';
    const fw = actor(text, 'organization:feuerwehr-oststadt', 'organization', ['Feuerwehr Oststadt']);
    assert.equal(speakerOf(text, [fw], 'ohne Zwischenfälle')?.actorId, 'organization:feuerwehr-oststadt');
    const passing =
      'Am Abend sprach auch die Feuerwehr Oststadt. Laut einer Mitteilung verlief der Abend ohne Zwischenfälle.';
    const fw2 = actor(passing, 'organization:feuerwehr-oststadt', 'organization', ['Feuerwehr Oststadt']);
    assert.equal(speakerOf(passing, [fw2], 'ohne Zwischenfälle')?.actorId ?? null, null);
  });

  it("gives the role of a place or organisation in the possessive to its owner, a person's role to no one", () => {
    for (const apostrophe of ['’', "'"]) {
      const text = `Ships blocked the ports. Nordland${apostrophe}s Foreign Minister said the blockade was part of a plan.`;
      const nordland = actor(text, 'place:nordland', 'place', ['Nordland']);
      assert.equal(speakerOf(text, [nordland], 'part of a plan', 'en')?.actorId, 'place:nordland', apostrophe);
    }
    const text = 'Ida Brand faces trial. Brand’s lawyer said the charges were baseless.';
    const brand = actor(text, 'person:ida-brand', 'person', ['Ida Brand', 'Brand']);
    assert.equal(speakerOf(text, [brand], 'baseless', 'en')?.actorId ?? null, null);
  });

  it('resolves a speaker followed by its abbreviation in brackets to that abbreviation', () => {
    const text = 'Die Vereinigung der Fährleute (VdF) kündigte an, dass am Montag keine Fähre fahren werde.';
    const vdf = actor(text, 'organization:vdf', 'organization', ['VdF']);
    assert.equal(speakerOf(text, [vdf], 'keine Fähre')?.actorId, 'organization:vdf');
  });

  it('resolves an English description with modifiers ("the ferry workers\' union") by the noun it stood before', () => {
    const text =
      "The strike was called by the ferry workers' union FWU on Monday. Talks failed in March. The ferry workers' union said the strike would last two days.";
    const fwu = actor(text, 'organization:fwu', 'organization', ['FWU']);
    const sp = speakerOf(text, [fwu], 'two days', 'en');
    assert.equal(sp?.text, "The ferry workers' union");
    assert.equal(sp?.actorId, 'organization:fwu');
  });

  it('resolves a body followed by its abbreviation between commas to the abbreviation', () => {
    const text =
      "Norland's Coastal Rescue and Safety agency, NCRS, said the storm had destroyed two piers. NCRS sent boats.";
    const long = actor(text, 'organization:coastal', 'organization', ['Coastal Rescue and Safety']);
    const ncrs = actor(text, 'organization:ncrs', 'organization', ['NCRS']);
    assert.equal(speakerOf(text, [long, ncrs], 'two piers', 'en')?.actorId, 'organization:ncrs');
  });

  it('takes "demnach" inside a clause as according-to, its source the previous statement\'s', () => {
    const text =
      'Das Erdbebenamt Nordland teilte mit, das Beben habe eine Stärke von 6,1 gehabt. Das Epizentrum lag demnach nahe der Küste.';
    const amt = actor(text, 'organization:erdbebenamt-nordland', 'organization', ['Erdbebenamt Nordland']);
    const stmts = findStatements(doc(text), [amt]);
    const s = stmts.find((x) => x.content.text.includes('Epizentrum'));
    assert.ok(s);
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'demnach');
    assert.equal(s.speaker?.actorId, 'organization:erdbebenamt-nordland');
  });
});

describe('speaker resolution: leaders of a nation and the corpus step', () => {
  it('keys a leader of a nation alike in German and English', () => {
    assert.equal(leaderKey('der russische Staatschef'), leaderKey('russischer Präsident'));
    assert.equal(leaderKey('the Russian leader'), leaderKey('russischer Präsident'));
    assert.equal(leaderKey('Chinas Präsident'), leaderKey('the Chinese leader'));
    assert.equal(leaderKey('The U.S. president'), leaderKey('U.S. President'));
    assert.notEqual(leaderKey('der russische Staatschef'), leaderKey('chinesischer Präsident'));
    assert.equal(leaderKey('der Sprecher'), null);
    assert.equal(leaderKey('der Präsident'), null);
  });

  it('resolves "der nordländische Staatschef" to the person whose role is that nation\'s president', () => {
    const text =
      'Der nordländische Präsident Pavel Dorn traf den südländischen Präsidenten Jens Molt. Der nordländische Staatschef sagte, man habe über den Handel gesprochen.';
    const dorn = actor(text, 'person:pavel-dorn', 'person', ['Pavel Dorn'], ['nordländischer Präsident']);
    const molt = actor(text, 'person:jens-molt', 'person', ['Jens Molt'], ['südländischer Präsident']);
    const sp = speakerOf(text, [molt, dorn], 'Handel');
    assert.equal(sp?.text, 'Der nordländische Staatschef');
    assert.equal(sp?.actorId, 'person:pavel-dorn');
  });

  it('resolves a leader an article never names from another article, and names the actor', () => {
    const a = 'Der nordländische Präsident Pavel Dorn besuchte die Werft.';
    const b = 'Der nordländische Staatschef sagte, die Werft bleibe geöffnet.';
    const dorn = actor(a, 'person:pavel-dorn', 'person', ['Pavel Dorn'], ['nordländischer Präsident']);
    const analysis = (text: string, actors: Actor[], path: string): ArticleAnalysis =>
      ({ path, actors, statements: findStatements(doc(text), actors) }) as unknown as ArticleAnalysis;
    const articles = [analysis(a, [dorn], 'a.txt'), analysis(b, [], 'b.txt')];
    resolveAcrossCorpus(articles);
    const s = articles[1]!.statements.find((x) => x.content.text.includes('Werft'));
    assert.equal(s?.speaker?.text, 'Der nordländische Staatschef');
    assert.equal(s?.speaker?.actorId, 'person:pavel-dorn');
    assert.equal(s?.speaker?.name, 'Pavel Dorn');
  });
});

describe('speaker resolution: number agreement of pronouns and coordinated subjects', () => {
  it('never resolves German "sie" with a plural verb to the one person named before; "sie" with a singular verb is that person', () => {
    const text =
      'Karl Brenner sprach am Montag in Hamm. Die Anwohner protestierten gegen den Bau. Sie sagten, der Lärm sei unerträglich. Sie sagte, der Bau gehe weiter.';
    const brenner = actor(text, 'person:karl-brenner', 'person', ['Karl Brenner']);
    assert.equal(speakerOf(text, [brenner], 'Lärm')?.actorId, null);
    assert.equal(speakerOf(text, [brenner], 'Bau gehe')?.actorId, 'person:karl-brenner');
  });

  it('resolves German plural "sie" to the body named just before, or to the first of two people joined by "und"', () => {
    const text =
      'Karl Brenner legte ein Angebot vor. Die Gewerkschaft Nordverdi lehnte es ab. Sie erklärten, das Angebot sei zu niedrig. Anna Weber und Peter Holm trafen sich danach in Köln. Wie sie mitteilten, seien die Gespräche gut verlaufen. Das hätten sie lange vorbereitet, hieß es.';
    const actors = [
      actor(text, 'person:karl-brenner', 'person', ['Karl Brenner']),
      actor(text, 'organization:nordverdi', 'organization', ['Nordverdi']),
      actor(text, 'person:anna-weber', 'person', ['Anna Weber']),
      actor(text, 'person:peter-holm', 'person', ['Peter Holm']),
    ];
    assert.equal(speakerOf(text, actors, 'zu niedrig')?.actorId, 'organization:nordverdi');
    assert.equal(speakerOf(text, actors, 'gut verlaufen')?.actorId, 'person:anna-weber');
  });

  it('never resolves English "they" to the single person who spoke before; a coordination "A and B" before it speaks', () => {
    const text =
      'Karl Brenner said the plant would close. The workers gathered outside the gates. They said the decision was unfair. On Monday the union leaders Anna Weber and Tom Holm met the board. They said the talks had failed.';
    const actors = [
      actor(text, 'person:karl-brenner', 'person', ['Karl Brenner']),
      actor(text, 'person:anna-weber', 'person', ['Anna Weber']),
      actor(text, 'person:tom-holm', 'person', ['Tom Holm']),
    ];
    assert.equal(speakerOf(text, actors, 'decision was unfair', 'en')?.actorId, null);
    assert.equal(speakerOf(text, actors, 'talks had failed', 'en')?.actorId, 'person:anna-weber');
  });

  it('takes "He and his colleagues said" as one speaker span, resolved as "he"', () => {
    const text = 'Senator Karl Brenner met the delegation on Monday. He and his colleagues said the bill would pass.';
    const brenner = actor(text, 'person:karl-brenner', 'person', ['Karl Brenner']);
    const sp = speakerOf(text, [brenner], 'bill would pass', 'en');
    assert.equal(sp?.text, 'He and his colleagues');
    assert.equal(sp?.actorId, 'person:karl-brenner');
  });

  it('takes "Er und seine Kollegen sagten" as one speaker span, resolved as "er"', () => {
    const text =
      'Karl Brenner traf am Montag die Delegation. Er und seine Kollegen sagten, das Gesetz werde verabschiedet.';
    const brenner = actor(text, 'person:karl-brenner', 'person', ['Karl Brenner']);
    const sp = speakerOf(text, [brenner], 'Gesetz werde');
    assert.equal(sp?.text, 'Er und seine Kollegen');
    assert.equal(sp?.actorId, 'person:karl-brenner');
  });
});
