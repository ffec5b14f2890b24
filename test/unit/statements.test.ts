// Attributed statements on small invented fixtures, German and English. Actors are built by hand so the
// tests do not depend on the actor module; spans are located by their text in the fixture.
import { strict as assert } from 'node:assert';
import { parseLayout } from '../../src/core/layout';
import { splitSentences } from '../../src/core/sentences';
import { findStatements } from '../../src/core/statements';
import { findQuotes } from '../../src/core/statements/quotes';
import type { Actor, ActorKind, DocContext, Statement } from '../../src/core/types';

function doc(text: string, language = 'de'): DocContext {
  const layout = parseLayout(text);
  const ranges = layout.title ? [layout.title, ...layout.body] : layout.body;
  return { text, language, layout, sentences: splitSentences(text, ranges), date: null };
}

function actor(text: string, id: string, kind: ActorKind, names: string[], descriptors: string[] = [], roles: string[] = []): Actor {
  const mentions = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) mentions.push({ start: i, end: i + n.length, text: n });
  const desc = [];
  for (const d of descriptors) for (let i = text.indexOf(d); i >= 0; i = text.indexOf(d, i + 1)) desc.push({ start: i, end: i + d.length, text: d });
  return { id, name: names[0] ?? id, kind, roles, roleSpans: [], aliases: names, mentions, descriptors: desc };
}

function run(text: string, actors: Actor[] = [], language = 'de'): Statement[] {
  return findStatements(doc(text, language), actors);
}

function withContent(stmts: Statement[], fragment: string): Statement {
  const s = stmts.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with content "${fragment}" in ${JSON.stringify(stmts.map((x) => x.content.text))}`);
  return s;
}

describe('statements: quotation marks', () => {
  const styles: Array<[string, string]> = [
    ['„', '“'],
    ['„', '”'],
    ['“', '”'],
    ['"', '"'],
    ['»', '«'],
    ['«', '»'],
    ['‚', '‘'],
    ["'", "'"],
  ];
  for (const [open, close] of styles) {
    it(`finds a direct quotation in ${open}…${close}`, () => {
      const text = `Die Lage ist ernst. ${open}Wir werden die Brücke bis zum Sommer wieder öffnen${close}, sagte Bürgermeisterin Jana Holm am Montag.`;
      const s = withContent(run(text), 'Brücke bis zum Sommer');
      assert.equal(s.kind, 'direct');
      assert.equal(s.speaker?.text.includes('Jana Holm'), true);
      assert.equal(s.cue?.text, 'sagte');
    });
  }

  it('keeps nested quotations inside the outer one', () => {
    const text = 'Die Firma teilte mit: „Unser Produkt „Lumo“ bleibt auf dem Markt, bis die Prüfung abgeschlossen ist.“';
    const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
    assert.equal(quotes.filter((q) => q.depth === 0).length, 1);
    assert.equal(quotes.filter((q) => q.depth === 1).length, 1);
  });

  it('does not take an apostrophe for a quotation mark', () => {
    const text = "Holm's office said it's fine.";
    assert.equal(findQuotes(text, [{ start: 0, end: text.length }]).length, 0);
  });

  it('joins a quotation that spans two sentences', () => {
    const text = '„Wir haben alles versucht. Am Ende hat es nicht gereicht“, sagte der Trainer Otto Brenner.';
    const s = withContent(run(text), 'alles versucht');
    assert.ok(s.content.text.includes('nicht gereicht'));
    assert.equal(s.speaker?.text.includes('Otto Brenner'), true);
  });

  it('lists an interrupted quotation as one statement with parts', () => {
    const text = 'Brenner war zufrieden. „Das Team hat gekämpft“, sagte er, „und das zählt am Ende mehr als jedes Ergebnis.“';
    const s = withContent(run(text), 'Team hat gekämpft');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.parts.length, 2);
  });

  it('treats a quoted name as no statement', () => {
    const text = 'Die Zeitung „Nordbote Abendblatt“ erscheint seit 1950 in Kiel.';
    assert.equal(run(text).length, 0);
  });
});

describe('statements: German frames', () => {
  it('finds indirect speech with a dass-clause', () => {
    const s = withContent(run('Der Minister Paul Gerber erklärte am Dienstag, dass die Steuern nicht steigen würden.'), 'Steuern nicht steigen');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text.includes('Paul Gerber'), true);
  });

  it('finds Konjunktiv reported speech after "sagte,"', () => {
    const s = withContent(run('Gerber sagte, die Regierung werde das Gesetz im Herbst vorlegen.'), 'Gesetz im Herbst');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'Gerber');
  });

  it('finds a content clause before an inverted frame', () => {
    const s = withContent(run('Die Verhandlungen seien gescheitert, sagte die Sprecherin der Gewerkschaft.'), 'Verhandlungen seien gescheitert');
    assert.equal(s.kind, 'indirect');
    assert.ok(s.speaker?.text.includes('Sprecherin'));
  });

  it('takes the finite part of a split verb as the cue', () => {
    const s = withContent(run('Die Stadtverwaltung teilte am Freitag mit, die Schwimmhalle bleibe bis Mai geschlossen.'), 'Schwimmhalle');
    assert.equal(s.cue?.text, 'teilte');
    assert.equal(s.speaker?.text, 'Die Stadtverwaltung');
  });

  it('finds "fügte … hinzu" after a quotation', () => {
    const s = withContent(run('„Wir bleiben dran“, fügte die Trainerin hinzu.'), 'Wir bleiben dran');
    assert.equal(s.cue?.text, 'fügte');
    assert.equal(s.speaker?.text, 'die Trainerin');
  });

  it('finds according-to frames: laut, zufolge, so, nach Angaben', () => {
    const a = withContent(run('Laut der Feuerwehr Nordstadt wurden drei Menschen verletzt.'), 'drei Menschen');
    assert.equal(a.kind, 'according-to');
    assert.ok(a.speaker?.text.includes('Feuerwehr'));
    const b = withContent(run('Der Polizei zufolge war der Fahrer betrunken.'), 'Fahrer betrunken');
    assert.equal(b.kind, 'according-to');
    assert.ok(b.speaker?.text.includes('Polizei'));
    const c = withContent(run('Die Arbeiten dauern noch zwei Wochen, so der Bauleiter.'), 'Arbeiten dauern');
    assert.equal(c.kind, 'according-to');
    assert.equal(c.speaker?.text, 'der Bauleiter');
    const d = withContent(run('Nach Angaben der Bahn fallen am Wochenende alle Züge aus.'), 'Züge aus');
    assert.equal(d.kind, 'according-to');
    assert.ok(d.speaker?.text.includes('Bahn'));
  });

  it('finds "wie X mitteilte" as according-to', () => {
    const s = withContent(run('Wie das Ministerium mitteilte, wird die Straße ab Montag gesperrt.'), 'Straße ab Montag');
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'das Ministerium');
  });

  it('finds a reported speech act without content', () => {
    const s = withContent(run('Die Opposition forderte den Rücktritt des Landrats.'), 'Rücktritt');
    assert.equal(s.kind, 'reported');
    assert.equal(s.speaker?.text, 'Die Opposition');
  });

  it('lists a quotation inside indirect speech twice', () => {
    const stmts = run('Die Richterin sagte, der Angeklagte habe „völlig planlos“ gehandelt.');
    assert.equal(stmts.filter((s) => s.kind === 'indirect').length, 1);
    const direct = stmts.find((s) => s.kind === 'direct');
    assert.ok(direct);
    assert.equal(direct.content.text, '„völlig planlos“');
    assert.equal(direct.speaker?.text, 'Die Richterin');
  });

  it('continues the source in a following Konjunktiv sentence', () => {
    const text = 'Die Gewerkschaft erklärte, die Gespräche seien gescheitert. Man werde nun zum Streik aufrufen.';
    const s = withContent(run(text), 'zum Streik');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Die Gewerkschaft');
  });

  it('does not report plain narration', () => {
    assert.equal(run('Am Montag fuhr der Zug pünktlich ab. Die Sonne schien über dem Bahnhof.').length, 0);
  });
});

describe('statements: speakers, vagueness, hedging, relays', () => {
  it('resolves a pronoun to the most recent person', () => {
    const text = 'Bürgermeisterin Jana Holm besuchte die Baustelle. „Wir liegen gut im Zeitplan“, sagte sie.';
    const holm = actor(text, 'person:jana-holm', 'person', ['Jana Holm']);
    const s = withContent(run(text, [holm]), 'Zeitplan');
    assert.equal(s.speaker?.text, 'sie');
    assert.equal(s.speaker?.actorId, 'person:jana-holm');
  });

  it('resolves a descriptor to its actor', () => {
    const text = 'Präsident Arvo Lind reiste nach Riga. Das lettische Staatsoberhaupt sagte, die Gespräche seien gut verlaufen.';
    const lind = actor(text, 'person:arvo-lind', 'person', ['Arvo Lind'], ['Das lettische Staatsoberhaupt']);
    const s = withContent(run(text, [lind]), 'Gespräche seien');
    assert.equal(s.speaker?.actorId, 'person:arvo-lind');
  });

  it('resolves "dieser Quelle" to the previous source', () => {
    const text = 'Laut der Agentur Nordpress wird der Gipfel verschoben. Dieser Quelle zufolge könnte er im Juli stattfinden.';
    const agency = actor(text, 'media:nordpress', 'media', ['Nordpress']);
    const s = withContent(run(text, [agency]), 'im Juli');
    assert.equal(s.speaker?.actorId, 'media:nordpress');
    assert.equal(s.hedged, true);
    assert.equal(s.hedge?.text, 'könnte');
  });

  it('marks vague sources with a reason', () => {
    const a = withContent(run('Experten zufolge wird der Preis weiter steigen.'), 'Preis');
    assert.equal(a.speaker?.vague, true);
    assert.match(a.vagueReason ?? '', /names no one/);
    const b = withContent(run('Laut einem hochrangigen Regierungsbeamten soll das Treffen geheim bleiben.'), 'Treffen');
    assert.equal(b.speaker?.vague, true);
    assert.equal(b.hedged, true);
    const c = withContent(run('Laut dem Bauleiter Karl Sommer ist die Brücke sicher.'), 'Brücke');
    assert.equal(c.speaker?.vague, false);
  });

  it('leaves the speaker empty for impersonal frames', () => {
    const s = withContent(run('Es wird vermutet, dass der Brand durch einen Kurzschluss entstand.'), 'Kurzschluss');
    assert.equal(s.speaker, null);
    assert.equal(s.hedged, true);
  });

  it('records a relay: "sagte X laut Y"', () => {
    const text = 'Die Lage sei stabil, sagte Ministerin Eva Dorn laut der Nachrichtenagentur Baltpress.';
    const s = withContent(run(text), 'Lage sei stabil');
    assert.ok(s.speaker?.text.includes('Eva Dorn'));
    assert.equal(s.via.length, 1);
    assert.ok(s.via[0]!.text.includes('Baltpress'));
  });

  it('does not hedge a plain claim', () => {
    const s = withContent(run('Der Trainer sagte, die Mannschaft sei bereit.'), 'Mannschaft');
    assert.equal(s.hedged, false);
  });

  it('never makes statements from boilerplate lines', () => {
    const text = 'Der Minister sagte, die Reform komme.\n\nMehr zum Thema – Minister sagte, alles werde gut';
    const stmts = run(text);
    assert.ok(stmts.every((s) => s.start < text.indexOf('Mehr zum Thema')));
  });
});

describe('statements: English', () => {
  it('finds "X said" with a quotation', () => {
    const s = withContent(run('"We will rebuild the bridge by summer," Mayor Jana Holm said on Monday.', [], 'en'), 'rebuild the bridge');
    assert.equal(s.kind, 'direct');
    assert.ok(s.speaker?.text.includes('Jana Holm'));
  });

  it('finds "said that" indirect speech', () => {
    const s = withContent(run('The minister said that taxes would not rise next year.', [], 'en'), 'taxes would not rise');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'The minister');
  });

  it('finds "according to" and vague officials', () => {
    const s = withContent(run('According to officials, the talks may resume in May.', [], 'en'), 'talks may resume');
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.vague, true);
    assert.equal(s.hedged, true);
  });
});

describe('statements: nesting, clause ends and continuations', () => {
  it('lists a quotation inside indirect speech twice and points the second listing at its host', () => {
    const stmts = run('Die Ministerin sagte, die Reform sei „ein großer Schritt“ für das Land.');
    const host = withContent(stmts, 'die Reform sei');
    const quote = stmts.find((s) => s.kind === 'direct' && s.content.text === '„ein großer Schritt“');
    assert.ok(quote, JSON.stringify(stmts.map((s) => s.content.text)));
    assert.equal(host.kind, 'indirect');
    assert.equal(host.nestedIn, undefined);
    assert.equal(stmts[quote.nestedIn!], host);
  });

  it('ends the claim before an adverbial clause after it and opens the statement with its clause', () => {
    const text = 'Am Montag erklärte der Bürgermeister, die Brücke werde im Mai eröffnet, zwei Jahre nachdem der Bau begonnen hatte.';
    const s = withContent(run(text), 'die Brücke werde');
    assert.equal(s.content.text, 'die Brücke werde im Mai eröffnet');
    assert.equal(s.start, 0);
  });

  it('starts an according-to claim after a fronted subordinate clause', () => {
    const text = 'Während die Stadt noch plant, kann der Verein laut Fachleuten schon im Herbst bauen.';
    const s = withContent(run(text), 'schon im Herbst');
    assert.equal(s.kind, 'according-to');
    assert.ok(s.content.text.startsWith('kann der Verein'), s.content.text);
  });

  it('joins consecutive sentences in reported speech into one continuation', () => {
    const text = 'Der Trainer sagte, das Team sei müde. Es habe zu viele Spiele gehabt. Die Pause komme zur rechten Zeit.';
    const conts = run(text).filter((s) => s.kind === 'continuation');
    assert.equal(conts.length, 1);
    assert.equal(conts[0]!.content.text, 'Es habe zu viele Spiele gehabt. Die Pause komme zur rechten Zeit.');
    assert.equal(conts[0]!.speaker?.text, 'Der Trainer');
  });

  it('continues the source with a reportive "soll … haben" sentence', () => {
    const text = 'Die Polizei teilte mit, der Täter sei geflohen. Er soll einen roten Wagen gefahren haben.';
    const s = withContent(run(text), 'roten Wagen');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Die Polizei');
  });

  it('does not take the subject before a comma as the content', () => {
    const text = 'Die Verbände A, B und C werfen dem Minister Untätigkeit vor.';
    const stmts = run(text);
    assert.ok(!stmts.some((s) => s.kind === 'indirect' && s.content.text === 'Die Verbände A'), JSON.stringify(stmts.map((s) => [s.kind, s.content.text])));
  });

  it('needs the separable particle at the end of its clause', () => {
    const stmts = run('Sie warf den Speer 60 Meter weit und siegte so vor der Titelverteidigerin.');
    assert.equal(stmts.length, 0, JSON.stringify(stmts.map((s) => s.content.text)));
  });

  it('does not report a passive speech act as said by its subject', () => {
    const stmts = run('Als Favorit wird der Finanzminister genannt.');
    assert.ok(!stmts.some((s) => s.kind === 'reported'), JSON.stringify(stmts.map((s) => [s.kind, s.speaker?.text])));
  });

  it('English: "while" ends the claim, and a nested quotation points at its host', () => {
    const stmts = run('The mayor said the bridge was "a vital link" for the town, while critics pointed to the cost.', [], 'en');
    const host = withContent(stmts, 'the bridge was');
    assert.ok(!host.content.text.includes('critics'), host.content.text);
    const quote = stmts.find((s) => s.kind === 'direct' && s.content.text.includes('vital link'));
    assert.ok(quote && stmts[quote.nestedIn!] === host);
  });
});
