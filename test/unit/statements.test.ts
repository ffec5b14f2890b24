// Attributed statements on small invented fixtures, German and English. Actors are built by hand so the
// tests do not depend on the actor module; spans are located by their text in the fixture.
import { strict as assert } from 'node:assert';
import { parseLayout } from '../../src/core/text/layout';
import { splitSentences } from '../../src/core/text/sentences';
import { findStatements } from '../../src/core/statements';
import { findQuotes } from '../../src/core/statements/quotes';
import type { Actor, ActorKind, DocContext, Statement } from '../../src/core/types';

function doc(text: string, language = 'de'): DocContext {
  const layout = parseLayout(text);
  const ranges = layout.title ? [layout.title, ...layout.body] : layout.body;
  return { text, language, layout, sentences: splitSentences(text, ranges), date: null };
}

function actor(
  text: string,
  id: string,
  kind: ActorKind,
  names: string[],
  descriptors: string[] = [],
  roles: string[] = [],
): Actor {
  const mentions = [];
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1))
      mentions.push({ start: i, end: i + n.length, text: n });
  const desc = [];
  for (const d of descriptors)
    for (let i = text.indexOf(d); i >= 0; i = text.indexOf(d, i + 1))
      desc.push({ start: i, end: i + d.length, text: d });
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
    const text =
      'Die Firma teilte mit: „Unser Produkt „Lumo“ bleibt auf dem Markt, bis die Prüfung abgeschlossen ist.“';
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
    const text =
      'Brenner war zufrieden. „Das Team hat gekämpft“, sagte er, „und das zählt am Ende mehr als jedes Ergebnis.“';
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
    const s = withContent(
      run('Der Minister Paul Gerber erklärte am Dienstag, dass die Steuern nicht steigen würden.'),
      'Steuern nicht steigen',
    );
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text.includes('Paul Gerber'), true);
  });

  it('finds Konjunktiv reported speech after "sagte,"', () => {
    const s = withContent(run('Gerber sagte, die Regierung werde das Gesetz im Herbst vorlegen.'), 'Gesetz im Herbst');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'Gerber');
  });

  it('finds a content clause before an inverted frame', () => {
    const s = withContent(
      run('Die Verhandlungen seien gescheitert, sagte die Sprecherin der Gewerkschaft.'),
      'Verhandlungen seien gescheitert',
    );
    assert.equal(s.kind, 'indirect');
    assert.ok(s.speaker?.text.includes('Sprecherin'));
  });

  it('takes the finite part of a split verb as the cue', () => {
    const s = withContent(
      run('Die Stadtverwaltung teilte am Freitag mit, die Schwimmhalle bleibe bis Mai geschlossen.'),
      'Schwimmhalle',
    );
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

  it('leaves a relative clause on an according-to source out of the claim, and reads its own cue', () => {
    const stmts = run(
      'Der Zaun sei seit Wochen beschädigt gewesen, so der Hausmeister, der auch angab, dass niemand den Schaden gemeldet habe. Laut dem Gutachten, das die Stadt bestellt hatte, seien die Kosten gestiegen. Vom ersten Mai an, so die Planer, die das Projekt betreuen, werde die Straße gesperrt. Nach Angaben von Karla Weiß, der Leiterin des Bauamts, beginnen die Arbeiten im Juni.',
    );
    const a = withContent(stmts, 'seit Wochen');
    assert.equal(a.content.text, 'Der Zaun sei seit Wochen beschädigt gewesen');
    const b = withContent(stmts, 'niemand den Schaden');
    assert.equal(b.cue?.text, 'angab');
    assert.ok(b.speaker?.text.startsWith('der Hausmeister'), b.speaker?.text);
    assert.equal(withContent(stmts, 'Kosten gestiegen').content.text, 'seien die Kosten gestiegen.');
    // The main clause resumes after the relative clause: the claim goes on there.
    assert.ok(withContent(stmts, 'Vom ersten Mai').content.text.endsWith('werde die Straße gesperrt.'));
    // An apposition ("der Leiterin des Bauamts") is no relative clause.
    assert.ok(withContent(stmts, 'im Juni').content.text.includes('beginnen die Arbeiten im Juni'));
  });

  it('finds "wie X mitteilte" as according-to', () => {
    const s = withContent(
      run('Wie das Ministerium mitteilte, wird die Straße ab Montag gesperrt.'),
      'Straße ab Montag',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'das Ministerium');
  });

  it('finds a reported speech act without content', () => {
    const s = withContent(run('Die Opposition forderte den Rücktritt des Landrats.'), 'Rücktritt');
    assert.equal(s.kind, 'reported');
    assert.equal(s.speaker?.text, 'Die Opposition');
  });

  it('takes the sentence before as the content of "Das berichtete X", even when that sentence has a source of its own', () => {
    const text =
      'Wie aus Kreisen des Vorstands verlautete, will der Konzern sein Werk im Norden umbauen. ' +
      'Das berichtete die Wirtschaftszeitung am Montag. Der Umbau soll im Sommer beginnen. ' +
      'Dieses stelle eine Verletzung der Verträge dar.';
    const stmts = run(text);
    const relayed = stmts.find((x) => x.cue?.text === 'berichtete');
    assert.ok(relayed, JSON.stringify(stmts.map((x) => x.content.text)));
    assert.equal(relayed.kind, 'indirect');
    assert.ok(relayed.content.text.startsWith('Wie aus Kreisen'), relayed.content.text);
    assert.equal(relayed.speaker?.text, 'die Wirtschaftszeitung');
    // Konjunktiv I "stelle … dar" after a demonstrative goes on reporting; it frames no sentence before it.
    assert.ok(!stmts.some((x) => x.cue?.text === 'stelle' && x.content.text.includes('Der Umbau')));
  });

  it('lists no claim for announcing details, a result or a decision, but keeps its speaker as the source after it', () => {
    const text =
      'Der Minister gab am Montag Details zum Bau der Leitung bekannt. Die Behörde hat ein erstes Ergebnis der Prüfung bekannt gegeben. ' +
      'Die Regierung gab ihre Entscheidung über das Verfahren bekannt. Die Kandidaten würden dann von einem Ausschuss bestimmt. ' +
      'Die Polizei gab die Festnahme des Täters bekannt.';
    const stmts = run(text);
    assert.ok(!stmts.some((x) => /Details|Ergebnis|Entscheidung/u.test(x.content.text)), JSON.stringify(stmts));
    assert.equal(withContent(stmts, 'Die Kandidaten würden').speaker?.text, 'Die Regierung');
    assert.equal(withContent(stmts, 'die Festnahme').kind, 'reported');
  });

  it('takes an infinitive group right after the cue, without its comma, as the content', () => {
    const text =
      'Der Präsident hatte am Donnerstag angekündigt bei der Wahl im September erneut anzutreten. ' +
      'Der Konzern hat angekündigt die Preise ab Oktober zu erhöhen. Viele glauben um Mitternacht zu feiern.';
    const stmts = run(text);
    const a = withContent(stmts, 'bei der Wahl');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.content.text, 'bei der Wahl im September erneut anzutreten');
    assert.equal(a.speaker?.text, 'Der Präsident');
    assert.equal(withContent(stmts, 'die Preise').content.text, 'die Preise ab Oktober zu erhöhen');
    assert.ok(!stmts.some((x) => x.content.text.includes('Mitternacht')));
  });

  it('takes a relative clause whose pronoun speaks as the content of its act, not the sentence around it', () => {
    const text =
      'Die Familie bestätigte die Angaben der Polizei, die einen unnatürlichen Tod bekannt gab. ' +
      'Die Alternative, die Anna Beispiel nannte, ist ein Eingriff in den Nahverkehr.';
    const stmts = run(text, [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])]);
    const rel = stmts.find((x) => x.cue?.text === 'gab');
    assert.ok(rel, JSON.stringify(stmts.map((x) => x.content.text)));
    assert.equal(rel.content.text, 'die einen unnatürlichen Tod bekannt gab');
    const named = stmts.find((x) => x.cue?.text === 'nannte');
    assert.ok(named && named.content.text.startsWith('Die Alternative'), JSON.stringify(named));
  });

  it('finds a speech noun with its content clause, its source in the noun phrase, not inside reported speech', () => {
    const text =
      'Die Partei reagierte auf die Forderung des Vorsitzenden, in der Gesundheitspolitik auf die Regierung zuzugehen. ' +
      'Wegen der Berichte von Reisenden, sie seien zur Ausreise aufgefordert worden, wachsen die Sorgen. ' +
      'Der Ausbruch erfolgte trotz einer Warnung der Wärter, auf fliehende Häftlinge zu schießen. ' +
      'So gebe es Hinweise, dass die Zahlen steigen würden.';
    const stmts = run(text);
    const a = withContent(stmts, 'auf die Regierung zuzugehen');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.content.text, 'in der Gesundheitspolitik auf die Regierung zuzugehen');
    assert.equal(a.speaker?.text, 'die Forderung des Vorsitzenden');
    assert.equal(withContent(stmts, 'zur Ausreise').content.text, 'sie seien zur Ausreise aufgefordert worden');
    assert.equal(withContent(stmts, 'fliehende Häftlinge').speaker?.text, 'einer Warnung der Wärter');
    assert.ok(!stmts.some((x) => x.cue?.text === 'Hinweise'));
  });

  it('finds "gab … an" with an object as a reported speech act, and narration with "geben" as none', () => {
    const text =
      'Das Landesamt gab die Zahl der Verletzten am Abend mit zwölf an. Als Ursache gaben die Prüfer einen Riss in der Leitung an. Die Stadt gab am Montag ein Fest für die Helfer.';
    const stmts = run(text);
    const a = withContent(stmts, 'mit zwölf an');
    assert.equal(a.kind, 'reported');
    assert.equal(a.speaker?.text, 'Das Landesamt');
    assert.equal(withContent(stmts, 'einen Riss').speaker?.text, 'die Prüfer');
    assert.ok(!stmts.some((x) => x.content.text.includes('ein Fest')));
  });

  it('finds an expectation or a fear with a noun object as a reported stance, not a passive, reflexive or attribute', () => {
    const text =
      'Der Tag begann ruhig. Viele Ökonomen erwarten im Herbst eine weitere Senkung der Zinsen. ' +
      'Die Gewerkschaft hatte einen Abbau von Stellen befürchtet. Eine Entscheidung wird im Mai erwartet. ' +
      'Die Forscher erwarten sich neue Daten. Die Armee begann die lange erwartete Offensive. ' +
      'Der Sturm hat sich wie erwartet abgeschwächt.';
    const stmts = run(text);
    const a = withContent(stmts, 'weitere Senkung');
    assert.equal(a.kind, 'reported');
    assert.equal(a.speaker?.text, 'Viele Ökonomen');
    assert.equal(withContent(stmts, 'Abbau von Stellen').speaker?.text, 'Die Gewerkschaft');
    assert.equal(stmts.length, 2, JSON.stringify(stmts.map((x) => x.content.text)));
  });

  it('finds an opinion without a content clause ("sieht darin …", "hält … für …"), not a beneficiary or a duty', () => {
    const text =
      'Der Tag begann ruhig. Die Umweltexpertin sieht darin einen Rückschritt für den Naturschutz. ' +
      'Viele Ökonomen halten den Plan für einen Fehler. Der Bürgermeister hielt eine Rede für die Helfer. ' +
      'Sie sieht darin eine Pflicht, weiter zu helfen. Der Verein hält an seinem Plan fest.';
    const stmts = run(text);
    const a = withContent(stmts, 'Rückschritt');
    assert.equal(a.kind, 'reported');
    assert.equal(a.speaker?.text, 'Die Umweltexpertin');
    assert.equal(withContent(stmts, 'einen Fehler').speaker?.text, 'Viele Ökonomen');
    assert.equal(stmts.length, 2, JSON.stringify(stmts.map((x) => x.content.text)));
  });

  it('finds an expectation with "rechnen mit" and a noun object, not "rechnete … nach" nor an infinitive', () => {
    const text =
      'Der Tag begann ruhig. Mit einer Besserung rechnet der Wetterdienst erst am Montag. ' +
      'Die Werft rechnet für das nächste Jahr mit einem Gewinn. Sie rechnete die Kosten mit dem Rechner nach. ' +
      'Die Partei hätte mit vielen Stimmen rechnen können.';
    const stmts = run(text);
    assert.equal(withContent(stmts, 'Besserung').speaker?.text, 'der Wetterdienst');
    assert.equal(withContent(stmts, 'Gewinn').kind, 'reported');
    assert.equal(stmts.length, 2, JSON.stringify(stmts.map((x) => x.content.text)));
  });

  it('lists a content clause with words around its quotation as indirect, the quotation inside it; a bare quotation once', () => {
    const text =
      'Ein Sprecher der Feuerwehr meinte, der Fahrer „hätte das Schild sehen müssen“. Die Bürgermeisterin sagte: „Wir bauen die Kreuzung um.“';
    const stmts = run(text);
    const host = withContent(stmts, 'der Fahrer');
    assert.equal(host.kind, 'indirect');
    const q = stmts.find((x) => x.kind === 'direct' && x.content.text === '„hätte das Schild sehen müssen“');
    assert.ok(q, JSON.stringify(stmts.map((x) => [x.kind, x.content.text])));
    assert.equal(q.nestedIn, stmts.indexOf(host));
    const bare = stmts.filter((x) => x.content.text.includes('Kreuzung'));
    assert.deepEqual(
      bare.map((x) => x.kind),
      ['direct'],
    );
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

  it('continues the subject of the sentence before the first Konjunktiv sentence of an article', () => {
    const text =
      'Haushalt beschlossen\n\nDer Kreistag hat den Haushalt beschlossen. Landrätin Gisela Mertens verteidigte die Erhöhung. Der Kreis müsse immer mehr Aufgaben übernehmen.';
    const s = withContent(run(text, [actor(text, 'p1', 'person', ['Gisela Mertens'])]), 'Aufgaben übernehmen');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Landrätin Gisela Mertens');
    // A subject that cannot speak ("Mängel" found in a passive) opens nothing.
    const passive = 'Es wurden zahlreiche Mängel festgestellt. Die Kontrolle beschränke sich auf Formalien.';
    assert.ok(!run(passive).some((x) => x.content.text.includes('Formalien')));
  });

  it('takes the source between "war" and "zu lesen" ("war am Freitag in der Zeitung zu lesen")', () => {
    const text = 'Der Verband habe von den Werten gewusst, war am Freitag in der Zeitung „Nordposten“ zu lesen.';
    const s = withContent(run(text), 'von den Werten gewusst');
    assert.equal(s.kind, 'indirect');
    assert.ok(s.speaker?.text.startsWith('der Zeitung'), s.speaker?.text);
    // Something heard or read with no content names no source.
    assert.equal(run('Die Glocke war im ganzen Tal zu hören.').length, 0);
  });

  it('does not report plain narration', () => {
    assert.equal(run('Am Montag fuhr der Zug pünktlich ab. Die Sonne schien über dem Bahnhof.').length, 0);
  });

  it("lists a second frame of the same speaker in one sentence inside the sentence's statement", () => {
    const text =
      'Die Ministerin sagte, sie sei erleichtert. Sie verurteilte den Angriff und rief zur Ruhe auf, indem sie sagte: „Gewalt ist keine Lösung.“';
    const stmts = run(text);
    const host = stmts.find((s) => s.start === text.indexOf('Sie verurteilte') && s.end >= text.indexOf('Lösung'));
    assert.ok(host, 'the sentence is one statement');
    const others = stmts.filter((s) => s !== host && s.start > text.indexOf('Sie verurteilte'));
    assert.ok(others.length > 0);
    for (const o of others) assert.equal(stmts[o.nestedIn!], host);
    // A coordinated verb of the same subject: its quotation extends the statement of the first verb.
    const two = 'Das Ministerium nannte die Äußerung „absurd“ und sprach von einer „Provokation“.';
    const all = run(two);
    const first = all.find((s) => s.nestedIn === undefined);
    assert.ok(first && first.end >= two.indexOf('Provokation“') + 'Provokation“'.length - 1);
    assert.ok(all.filter((s) => s.nestedIn === undefined).length === 1);
  });

  it('skips the apposition of a speaker after the cue and takes the name into the speaker', () => {
    const text =
      'Nach dem Scheitern der Gespräche verkündete der Chef der Gewerkschaft Nordbahn (GNB), Anna Beispiel, am Montag, dass die Mitglieder streiken werden.';
    const anna = actor(text, 'person:anna', 'person', ['Anna Beispiel']);
    const s = withContent(run(text, [anna]), 'streiken');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.content.text, 'dass die Mitglieder streiken werden.');
    assert.equal(s.speaker?.text, 'der Chef der Gewerkschaft Nordbahn (GNB), Anna Beispiel');
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
    const text =
      'Präsident Arvo Lind reiste nach Riga. Das lettische Staatsoberhaupt sagte, die Gespräche seien gut verlaufen.';
    const lind = actor(text, 'person:arvo-lind', 'person', ['Arvo Lind'], ['Das lettische Staatsoberhaupt']);
    const s = withContent(run(text, [lind]), 'Gespräche seien');
    assert.equal(s.speaker?.actorId, 'person:arvo-lind');
  });

  it('does not take a place that qualifies the source for the source', () => {
    const text = 'Die Gebühr steigt um zwei Euro, wie die Behörde in Tallinn mitteilte.';
    const tallinn = actor(text, 'place:tallinn', 'place', ['Tallinn']);
    const s = withContent(run(text, [tallinn]), 'Gebühr');
    assert.match(s.speaker?.text ?? '', /Behörde/);
    assert.equal(s.speaker?.actorId, null);
    const text2 = 'Tallinn wies die Vorwürfe zurück und sagte, der Vertrag gelte weiter.';
    const city = actor(text2, 'place:tallinn', 'place', ['Tallinn']);
    assert.equal(withContent(run(text2, [city]), 'Vertrag').speaker?.actorId, 'place:tallinn');
  });

  it('resolves "dieser Quelle" to the previous source', () => {
    const text =
      'Laut der Agentur Nordpress wird der Gipfel verschoben. Dieser Quelle zufolge könnte er im Juli stattfinden.';
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
    const b = withContent(
      run('Laut einem hochrangigen Regierungsbeamten soll das Treffen geheim gewesen sein.'),
      'Treffen',
    );
    assert.equal(b.speaker?.vague, true);
    assert.equal(b.hedged, true);
    const c = withContent(run('Laut dem Bauleiter Karl Sommer ist die Brücke sicher.'), 'Brücke');
    assert.equal(c.speaker?.vague, false);
    const d = withContent(run('Wirtschaftsexperten zufolge dürfte die Inflation sinken.'), 'Inflation');
    assert.equal(d.speaker?.vague, true);
    const e = withContent(run('Kreml-Beobachter zufolge sei der Schritt lange geplant gewesen.'), 'Schritt');
    assert.equal(e.speaker?.vague, true);
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

  it('hedges the reportive "soll … haben", not a plan, schedule or purpose', () => {
    const a = withContent(run('Laut der Polizei soll der Fahrer zu schnell gefahren sein.'), 'Fahrer');
    assert.equal(a.hedge?.text, 'soll');
    const b = withContent(run('Laut der Gewerkschaft soll der Streik am Donnerstag um zwei Uhr beginnen.'), 'Streik');
    assert.equal(b.hedged, false);
    const c = withContent(run('Laut dem Ministerium soll das Geld den Schulen helfen.'), 'Schulen');
    assert.equal(c.hedged, false);
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
    const s = withContent(
      run('"We will rebuild the bridge by summer," Mayor Jana Holm said on Monday.', [], 'en'),
      'rebuild the bridge',
    );
    assert.equal(s.kind, 'direct');
    assert.ok(s.speaker?.text.includes('Jana Holm'));
  });

  it('finds "said that" indirect speech', () => {
    const s = withContent(
      run('The minister said that taxes would not rise next year.', [], 'en'),
      'taxes would not rise',
    );
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
    const text =
      'Am Montag erklärte der Bürgermeister, die Brücke werde im Mai eröffnet, zwei Jahre nachdem der Bau begonnen hatte.';
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
    const text =
      'Der Trainer sagte, das Team sei müde. Es habe zu viele Spiele gehabt. Die Pause komme zur rechten Zeit.';
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
    assert.ok(
      !stmts.some((s) => s.kind === 'indirect' && s.content.text === 'Die Verbände A'),
      JSON.stringify(stmts.map((s) => [s.kind, s.content.text])),
    );
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
    const stmts = run(
      'The mayor said the bridge was "a vital link" for the town, while the works continue until June.',
      [],
      'en',
    );
    const host = withContent(stmts, 'the bridge was');
    assert.ok(!host.content.text.includes('works'), host.content.text);
    const quote = stmts.find((s) => s.kind === 'direct' && s.content.text.includes('vital link'));
    assert.ok(quote && stmts[quote.nestedIn!] === host);
  });
});

describe('statements: continuations in Konjunktiv I', () => {
  it('continues the last source over a narrative sentence and into the next paragraph', () => {
    const text =
      'Die Ministerin Lea Sommer erklärte, der Haushalt sei solide.\n\nDas Parlament tagt am Dienstag.\n\nDie Schulden würden bis 2030 halbiert. Zudem gebe es keine neuen Steuern.';
    const stmts = run(text, [actor(text, 'person:lea-sommer', 'person', ['Lea Sommer'])]);
    const c = withContent(stmts, 'keine neuen Steuern');
    assert.equal(c.kind, 'continuation');
    assert.equal(c.speaker?.actorId, 'person:lea-sommer');
    assert.ok(!stmts.some((s) => s.content.text.includes('tagt am Dienstag')));
  });

  it('lists a quotation inside a continuation again as a direct statement', () => {
    const text = 'Der Sprecher Tom Ries sagte, die Ware sei verdorben. Sie sei „völlig unbrauchbar“ gewesen.';
    const stmts = run(text);
    const host = withContent(stmts, 'Sie sei');
    assert.equal(host.kind, 'continuation');
    const quote = stmts.find((s) => s.kind === 'direct' && s.content.text.includes('unbrauchbar'));
    assert.ok(quote && stmts[quote.nestedIn!] === host);
  });

  it('reads "ich halte", "ich plane" as indicative, not reported speech', () => {
    const text =
      'Die Autorin Mia Roth sagte, sie sei zufrieden.\n\nIch halte das für einen Erfolg und plane ein neues Buch.';
    assert.ok(!run(text).some((s) => s.content.text.includes('neues Buch')));
  });

  it('continues the source with a sentence about what "soll" happen', () => {
    const text = 'Die Stadt kündigte an, die Brücke werde saniert. Die Arbeiten sollen im Mai beginnen.';
    const s = withContent(run(text), 'im Mai beginnen');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Die Stadt');
    // A schedule is reported, but not as uncertain.
    assert.equal(s.hedged, false);
  });

  it('continues no source with a "soll" that ends a relative clause', () => {
    const text =
      'Die Stadt kündigte an, die Brücke werde saniert. Gebaut wird mit einem Stahl, der besonders lange halten soll.';
    assert.ok(!run(text).some((s) => s.content.text.includes('Stahl')));
    // The same "soll" as the finite verb of a main clause still continues the source.
    const main = 'Die Stadt kündigte an, die Brücke werde saniert. Der Stahl soll besonders lange halten.';
    assert.equal(withContent(run(main), 'Der Stahl').kind, 'continuation');
  });
});

describe('statements: passive, impersonal and light-verb frames', () => {
  it('reads a passive speech act with its content clause, without a speaker or with its agent', () => {
    const stmts = run(
      'Am Abend wurde bekannt gegeben, dass die Fähre ausfällt. Später wurde von der Reederei bestätigt, dass der Ersatzbus fährt.',
    );
    const a = withContent(stmts, 'die Fähre ausfällt');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.speaker, null);
    const b = withContent(stmts, 'der Ersatzbus fährt');
    assert.equal(b.speaker?.text, 'der Reederei');
  });

  it('reads an impersonal passive with adverbs before its participle or in the perfect with "worden"', () => {
    const cases: Array<[string, string]> = [
      ['Im Herbst wurde dann bekannt, dass die Schule schließt.', 'die Schule schließt'],
      ['Allerdings wurde inzwischen auch bekannt, dass der Tunnel undicht ist.', 'der Tunnel undicht'],
      ['Zunächst war vermutet worden, dass ein Kabelbrand die Ursache sei.', 'ein Kabelbrand'],
      ['Am Morgen war noch befürchtet worden, dass der Deich bricht.', 'der Deich bricht'],
      ['Es ist mittlerweile bekannt geworden, dass die Firma verkauft wird.', 'die Firma verkauft'],
    ];
    for (const [text, content] of cases) {
      const s = withContent(run(text), content);
      assert.equal(s.kind, 'indirect', text);
      assert.equal(s.speaker, null, text);
    }
    // A personal passive ("Der Zug wurde erwartet") frames nothing.
    assert.equal(run('Der Zug wurde am Abend erwartet.').length, 0);
  });

  it('takes the document after "heißt es in" as the source', () => {
    const s = withContent(run('In dem Gutachten heißt es, die Mauer sei nicht mehr standfest.'), 'Mauer sei');
    assert.equal(s.speaker?.text, 'dem Gutachten');
  });

  const idioms: Array<[string, string, string]> = [
    ['Der Verband ist der Meinung, dass die Gebühren zu hoch sind.', 'Gebühren zu hoch', 'Der Verband'],
    ['Die Prüfer kamen zu dem Schluss, dass die Bilanz fehlerhaft ist.', 'Bilanz fehlerhaft', 'Die Prüfer'],
    ['Die Ärztin hält es für möglich, dass der Patient bald entlassen wird.', 'Patient bald', 'Die Ärztin'],
    ['Der Trainer zeigte sich zuversichtlich, dass die Mannschaft aufsteigt.', 'Mannschaft aufsteigt', 'Der Trainer'],
    ['Die Bank rechnet damit, dass die Zinsen steigen.', 'Zinsen steigen', 'Die Bank'],
  ];
  for (const [text, content, speaker] of idioms) {
    it(`finds the light-verb frame in "${text.slice(0, 40)}…"`, () => {
      const s = withContent(run(text), content);
      assert.equal(s.kind, 'indirect');
      assert.equal(s.speaker?.text, speaker);
    });
  }

  it('does not frame an adjective that judges a fact ("Zwar sei Druck notwendig, …")', () => {
    const stmts = run('Zwar sei politischer Druck notwendig, das habe aber nichts mit Sanktionen zu tun.');
    assert.ok(
      !stmts.some((s) => s.speaker?.text === 'politischer Druck'),
      JSON.stringify(stmts.map((s) => s.speaker?.text)),
    );
  });
});

describe('statements: according-to phrases', () => {
  it('finds "nach einem Bericht der Zeitung" and "Dem Vernehmen nach"', () => {
    const stmts = run(
      'Nach einem Bericht der Lokalzeitung wird das Kino geschlossen. Dem Vernehmen nach soll dort ein Hotel entstehen.',
    );
    assert.equal(withContent(stmts, 'Kino geschlossen').kind, 'according-to');
    assert.ok(withContent(stmts, 'Hotel entstehen').speaker?.text.includes('Vernehmen'));
  });

  it('takes the whole genitive source after "nach Angaben eines …"', () => {
    const s = withContent(run('Der Zug war nach Angaben eines Sprechers der Bahn überfüllt.'), 'überfüllt');
    assert.ok(s.speaker?.text.includes('eines Sprechers der Bahn'), s.speaker?.text);
  });

  it('reads ", wonach …" as a claim of the noun before it', () => {
    const s = withContent(run('Es gibt eine Schätzung, wonach im Jahr 500 Wölfe im Land leben.'), '500 Wölfe');
    assert.equal(s.kind, 'according-to');
    assert.equal(s.content.text.startsWith('im Jahr'), true);
    assert.ok(s.speaker?.text.includes('Schätzung'));
  });

  it('limits the claim to the relative clause that holds the frame', () => {
    const s = withContent(
      run('Die Polizei fand die Tasche, die nach eigenen Angaben des Mannes Werkzeug enthielt.'),
      'Werkzeug',
    );
    assert.ok(!s.content.text.includes('Polizei fand'), s.content.text);
  });

  it('splits a sentence that ends with a separable particle ("hängt davon ab.")', () => {
    const s = withContent(
      run('Die Ernte hängt vom Wetter ab. Nach Ansicht der Bauern bleibt eine Lähmung des Marktes wahrscheinlich.'),
      'Lähmung',
    );
    assert.ok(!s.content.text.includes('Heilung'), s.content.text);
  });

  it('yields a speakerless passive frame to an according-to phrase in the same sentence', () => {
    const s = withContent(
      run('Es wurde festgestellt, dass die Pumpe defekt war, so der Bericht der Prüfer.'),
      'Pumpe defekt',
    );
    assert.ok(s.speaker?.text.includes('Bericht'), s.speaker?.text);
  });
});

describe('statements: speakers of frames and quotations', () => {
  it('finds the subject after a fronted "Als Grund" and an adverb', () => {
    const stmts = run(
      'Als Grund nannte die Behörde die fehlenden Gutachten. Offiziell geht die Regierung davon aus, dass die Zahl sinkt.',
    );
    assert.equal(withContent(stmts, 'Zahl sinkt').speaker?.text, 'die Regierung');
    assert.ok(stmts.some((s) => s.speaker?.text === 'die Behörde'));
  });

  it('takes a pronoun after the verb over a fronted object, and the subject after a fronted preposition', () => {
    const stmts = run(
      'Die Arbeit des Vereins lobte er mit den Worten, sie sei vorbildlich. In der Notiz teilten sie mit, dass die Regel ende. Angesichts der Lage erwägt die Kammer, die Sitzung zu vertagen.',
    );
    assert.equal(withContent(stmts, 'vorbildlich').speaker?.text, 'er');
    assert.equal(withContent(stmts, 'Regel ende').speaker?.text, 'sie');
    assert.equal(withContent(stmts, 'Sitzung zu vertagen').speaker?.text, 'die Kammer');
  });

  it('finds the subject across a short bracket, an apposition before the verb, and after a fronted time phrase', () => {
    const text =
      'Am Morgen hatte der Landesverband (LVB) der Imker betont, dass die Völker gesund seien. Wie die Leiterin, Anna Beispiel, ausführte, sei der Bestand stabil. Wenige Stunden nach der Sitzung erklärte der Rat, die Lage sei ruhig.';
    const stmts = run(text, [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])]);
    assert.ok(withContent(stmts, 'Völker gesund').speaker?.text.startsWith('der Landesverband'));
    assert.equal(withContent(stmts, 'Bestand stabil').speaker?.text, 'Anna Beispiel');
    assert.equal(withContent(stmts, 'Lage sei ruhig').speaker?.text, 'der Rat');
  });

  it('gives a relative clause to its antecedent and pronoun, and a document to impersonal and passive frames', () => {
    const stmts = run(
      'Gehört wurde ein Zeuge, der angab, den Mann gesehen zu haben. In der Fassung des Berichts, die am Montag erschien, heißt es, die Kosten seien gestiegen. So wird in einer Erklärung des Verbands gefordert, dass die Frist verlängert werde. Die Preise seien gestiegen, hieß es bei der Kammer.',
    );
    assert.equal(withContent(stmts, 'Mann gesehen').speaker?.text, 'ein Zeuge, der');
    assert.ok(withContent(stmts, 'Kosten seien').speaker?.text.includes('Berichts'));
    assert.ok(withContent(stmts, 'Frist verlängert').speaker?.text.includes('Erklärung'));
    assert.ok(withContent(stmts, 'Preise seien').speaker?.text.includes('Kammer'));
  });

  it('lets the subject of a sentence without a statement speak the reported speech after it', () => {
    const text =
      'Der Minister sagte, der Plan sei fertig. Das Wetter war gut. Anna Beispiel gab sich zuversichtlich. Man sei auf einem guten Weg.';
    const stmts = run(text, [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])]);
    assert.equal(withContent(stmts, 'guten Weg').speaker?.text, 'Anna Beispiel');
  });

  it('reads a clock time as one word and a Konjunktiv I after a name as reported speech', () => {
    const text = 'Um 15:36 Uhr meldete dann die Zeitung, Anna Beispiel rechne mit einer Einigung.';
    const stmts = run(text, [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])]);
    assert.equal(withContent(stmts, 'rechne mit').speaker?.text, 'die Zeitung');
  });

  it('takes a name with an apposition, not the object after the verb', () => {
    const text =
      'Jan Berg, der Sprecher des Vereins, wies den Vorwurf zurück. Der Verband (VBS) ist der Ansicht, dass die Regel gilt.';
    const stmts = run(text, [actor(text, 'person:jan-berg', 'person', ['Jan Berg'])]);
    assert.ok(
      stmts.some((s) => s.speaker?.text === 'Jan Berg'),
      JSON.stringify(stmts.map((s) => s.speaker?.text)),
    );
    assert.ok(withContent(stmts, 'Regel gilt').speaker?.text.startsWith('Der Verband'));
  });

  it('gives a quotation after a colon to the noun phrase before it', () => {
    const stmts = run('Der Kapitän Olaf Brandt: „Wir laufen morgen früh wieder aus, sobald der Sturm nachlässt.“');
    assert.ok(withContent(stmts, 'laufen morgen').speaker?.text.includes('Olaf Brandt'));
  });

  it('gives a nested quotation to the speaker of its own frame, relayed by the outer source', () => {
    const stmts = run('Die Agentur berichtete, der Minister habe gesagt: „Wir bauen die Schule neu.“');
    const quote = stmts.find((s) => s.kind === 'direct' && s.content.text.includes('Schule neu'));
    assert.equal(quote?.speaker?.text, 'der Minister');
    assert.equal(quote?.via[0]?.text, 'Die Agentur');
  });

  it('lets the main clause carry the statement after "Wie X erwähnt hatte, …"', () => {
    const s = withContent(
      run('Wie die Kammer bereits erwähnt hatte, betonte der Präsident, dass die Frist hält.'),
      'Frist hält',
    );
    assert.equal(s.speaker?.text, 'der Präsident');
  });

  it('does not take a quoted name or an attributive participle as speech', () => {
    const text =
      'Die „Initiative Grüne Stadt“ lädt ein. In einem als dringend bezeichneten Gespräch äußerte die Stadträtin Bedenken, dass der Park schrumpft.';
    const stmts = run(text, [
      actor(text, 'organization:initiative-gruene-stadt', 'organization', ['Initiative Grüne Stadt']),
    ]);
    assert.ok(!stmts.some((s) => s.kind === 'direct'), JSON.stringify(stmts.map((s) => [s.kind, s.content.text])));
    assert.ok(!stmts.some((s) => s.cue?.text === 'bezeichneten'));
    assert.equal(withContent(stmts, 'Park schrumpft').speaker?.text, 'die Stadträtin');
  });

  it('reads "wie X bekannt gab" with the particle written apart as an according-to frame', () => {
    const s = withContent(
      run('Wie das Landesamt heute bekannt gab, wird die Brücke im Mai gesperrt.'),
      'Brücke im Mai',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'das Landesamt');
  });

  it('takes "laut" with attributes before the noun ("laut einer am Montag veröffentlichten Mitteilung")', () => {
    const s = withContent(
      run('Laut einer am Montag veröffentlichten Mitteilung des Vereins wurden 300 Bäume gepflanzt.'),
      '300 Bäume',
    );
    assert.equal(s.kind, 'according-to');
    assert.ok(s.speaker?.text.includes('Mitteilung des Vereins'), s.speaker?.text);
  });

  it('takes "nach" with a compound source noun ("nach Unternehmensangaben", "nach ersten Untersuchungen")', () => {
    const a = withContent(run('Nach Unternehmensangaben arbeiten am Standort rund 900 Menschen.'), '900 Menschen');
    assert.equal(a.kind, 'according-to');
    const b = withContent(run('Nach ersten Untersuchungen liegt kein Fremdverschulden vor.'), 'Fremdverschulden');
    assert.equal(b.kind, 'according-to');
  });

  it('reads "Wie X, apposition, mitteilte, …" as an according-to frame spoken by X', () => {
    const text = 'Wie die Sprecherin des Bezirksamts, Anna Beispiel, mitteilte, bleibt das Bad bis Juni geschlossen.';
    const s = withContent(
      run(text, [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])]),
      'Bad bis Juni',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'Anna Beispiel');
    assert.ok(!s.content.text.includes('mitteilte'), s.content.text);
  });

  it('skips a fronted sentence adverb or "Als" with a bare noun, and keeps a capitalised adjective in the subject', () => {
    const a = withContent(
      run('Insgesamt spricht die Feuerwehr von einem ruhigen Abend, dennoch blieb ein Schaden.'),
      'ruhigen Abend',
    );
    assert.ok(a.speaker?.text.startsWith('die Feuerwehr'), a.speaker?.text);
    const b = withContent(run('Als Grund für die Absage gab die Schule an, das Dach sei undicht.'), 'Dach sei');
    assert.equal(b.speaker?.text, 'die Schule');
    const c = withContent(
      run('Internationale Beobachter erklärten, die Abstimmung sei fair verlaufen.'),
      'Abstimmung sei',
    );
    assert.equal(c.speaker?.text, 'Internationale Beobachter');
  });

  it('does not take a long quoted name after an article as speech', () => {
    const stmts = run('Der „Preis der Stadtwerke für mutige Bürger im Jahr 2020“ geht an eine Schülerin aus Kiel.');
    assert.equal(stmts.length, 0, JSON.stringify(stmts.map((s) => [s.kind, s.content.text])));
    const speech = run('Die Ministerin sagte: „Wir werden die Schulen im nächsten Jahr sanieren.“');
    assert.ok(speech.some((s) => s.kind === 'direct'));
  });

  it('reads "X verb …, dass …" with an unlisted verb in a reported-speech sentence as indirect, spoken by X', () => {
    const text =
      'Die Ministerin sprach am Morgen im Landtag über den Haushalt. Die Opposition setzte dem entgegen, dass die Kosten viel zu hoch seien.';
    const s = withContent(run(text), 'Kosten viel zu hoch');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'Die Opposition');
    assert.ok(s.content.text.startsWith('dass'), s.content.text);
  });

  it('keeps a predicative "als" clause whole as a reported speech act ("würdigte X als Y, das …")', () => {
    const stmts = run('Die Bürgermeisterin würdigte den Verein als ein Vorbild, das vielen Familien geholfen hat.');
    const s = stmts.find((x) => x.kind === 'reported');
    assert.ok(s, JSON.stringify(stmts.map((x) => [x.kind, x.content.text])));
    assert.ok(s.content.text.startsWith('Die Bürgermeisterin würdigte'), s.content.text);
    assert.equal(s.speaker?.text, 'Die Bürgermeisterin');
  });

  it('gives an according-to phrase in a later clause only that clause ("…, da nach Angaben X …")', () => {
    const s = withContent(
      run('Der Zug kam mit Verspätung an, da nach Angaben der Bahn ein Signal ausgefallen war.'),
      'Signal ausgefallen',
    );
    assert.equal(s.kind, 'according-to');
    assert.ok(!s.content.text.includes('Verspätung'), s.content.text);
    const t = withContent(run('Die Zahl der Gäste, die am Abend kamen, lag laut Veranstalter bei 500.'), 'bei 500');
    assert.ok(t.content.text.includes('Zahl der Gäste'), t.content.text);
  });

  it('starts a statement framed in a relative clause at its antecedent clause ("…, in dem er voraussagte, dass …")', () => {
    const text =
      'Der Bürgermeister schrieb einen Brief an die Ministerin, in dem er voraussagte, dass die Brücke bald fertig werde.';
    const s = withContent(run(text), 'Brücke bald fertig');
    assert.equal(text.slice(s.start, s.start + 17), 'Der Bürgermeister');
  });

  it('ends a quoted speech act before a circumstantial phrase ("lobte die „…“ Zusammenarbeit im Vorfeld …")', () => {
    const text =
      'Die Ministerin lobte am Montag die „hervorragende“ Zusammenarbeit der beiden Städte im Vorfeld eines geplanten Besuchs.';
    const s = run(text).find((x) => x.kind === 'direct');
    assert.ok(s);
    assert.ok(text.slice(s.start, s.end).endsWith('beiden Städte'), text.slice(s.start, s.end));
  });

  it('ends the content of a fronted subordinate frame where the main clause resumes ("Nachdem X mitgeteilt hatte, dass …, hatte …")', () => {
    const s = withContent(
      run('Nachdem die Sprecherin mitgeteilt hatte, dass die Halle geschlossen bleibe, verließen die Gäste den Platz.'),
      'Halle geschlossen',
    );
    assert.equal(s.content.text, 'dass die Halle geschlossen bleibe');
    assert.equal(s.speaker?.text, 'die Sprecherin');
  });

  it('takes a quoted name after a speech verb and an article as the speaker ("…, schreibt die „Rundschau“")', () => {
    const stmts = run('Der Tag begann ruhig. „Das wird die größte Reform seit Jahren“, schreibt die „Rundschau“.');
    const s = withContent(stmts, 'größte Reform');
    assert.equal(s.kind, 'direct');
    assert.ok(s.speaker?.text.includes('Rundschau'), s.speaker?.text);
    assert.ok(!stmts.some((x) => x.content.text.includes('Rundschau')));
  });

  it('reads "laut ndr.de", "…, laut dem …" and a fronted "Laut X" before another frame', () => {
    const a = withContent(run('Bei Bränden gibt es laut ndr.de eine hohe Dunkelziffer.'), 'Dunkelziffer');
    assert.equal(a.speaker?.text, 'ndr.de');
    const b = withContent(
      run('Dem Gericht liegt ein Gutachten vor, laut dem der Mann schwer verletzt worden war.'),
      'schwer verletzt',
    );
    assert.equal(b.content.text, 'der Mann schwer verletzt worden war');
    const stmts = run('Laut der Zeitung appellierte der Minister an die Bürger, mehr Strom zu sparen.');
    assert.ok(
      stmts.some((s) => s.kind === 'according-to' && s.speaker?.text === 'der Zeitung'),
      JSON.stringify(stmts.map((s) => [s.kind, s.speaker?.text])),
    );
  });

  it('takes no content before a frame unless a comma, colon, dash or quotation sets it off, and none that is a bare noun phrase', () => {
    const a = run('Am Ende des Abends gab der Wahlleiter eine Beteiligung von 70 Prozent bekannt.');
    assert.ok(!a.some((s) => s.content.text === 'Am Ende des Abends'), JSON.stringify(a.map((s) => s.content.text)));
    const b = run('Der Vorsitzende der Fraktion, Anna Beispiel, hatte den Minister aufgefordert.');
    assert.ok(
      !b.some((s) => s.kind === 'indirect' && s.content.text.startsWith('Der Vorsitzende')),
      JSON.stringify(b.map((s) => s.content.text)),
    );
    const c = withContent(run('Die Lage sei ruhig, sagte der Sprecher.'), 'Lage sei ruhig');
    assert.equal(c.speaker?.text, 'der Sprecher');
  });

  it('lists each quotation of a clause as its own direct statement, with the speaker of the frame before it', () => {
    const stmts = run(
      'Die Trainerin nannte den Platzverweis „überzogen“, der Kapitän bezeichnete die Karte als „lächerlich“.',
    );
    const a = withContent(stmts, 'überzogen');
    const b = withContent(stmts, 'lächerlich');
    assert.notEqual(a, b);
    assert.equal(a.content.parts.length, 1);
    assert.equal(a.speaker?.text, 'Die Trainerin');
    assert.equal(b.speaker?.text, 'der Kapitän');
  });

  it('does not let a passive speech verb in the content take a trailing ", berichtete X" as its relay', () => {
    const s = withContent(
      run('Das Programm sei auch von der Aufsicht ausdrücklich gelobt worden, berichtete die Sprecherin.'),
      'ausdrücklich gelobt',
    );
    assert.equal(s.speaker?.text, 'die Sprecherin');
    assert.equal(s.kind, 'indirect');
  });

  it('lets an institution that is the subject of the sentence before speak a following Konjunktiv sentence', () => {
    const text =
      'Der Minister sagte, die Lage sei ernst. Das Landesinstitut sieht dagegen keine besondere Gefahr. Nur Halter von Geflügel seien zu schützen.';
    const s = withContent(run(text), 'Halter von Geflügel');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Das Landesinstitut');
  });

  it('lets the subject of a verb of saying in the sentence before speak a following Konjunktiv sentence', () => {
    const text =
      'Der Minister sagte, die Lage sei ernst. Die Stadtkämmerei äußerte Zweifel an dieser Darstellung. Die Kosten seien viel zu niedrig angesetzt.';
    const s = withContent(run(text), 'Die Kosten seien');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Die Stadtkämmerei');
    // Without a verb of saying the earlier source goes on.
    const text2 =
      'Der Minister sagte, die Lage sei ernst. Die Stadtkämmerei prüfte die Rechnungen. Die Kosten seien viel zu niedrig angesetzt.';
    const s2 = withContent(run(text2), 'Die Kosten seien');
    assert.notEqual(s2.speaker?.text, 'Die Stadtkämmerei');
    // A separable cue's finite form without its particle ("stellten … bereit") is no verb of saying.
    const text3 =
      'Der Minister sagte, die Lage sei ernst. Die Stadtwerke stellten Notstromaggregate bereit. Die Kosten seien viel zu niedrig angesetzt.';
    const s3 = withContent(run(text3), 'Die Kosten seien');
    assert.notEqual(s3.speaker?.text, 'Die Stadtwerke');
  });

  it('takes a name starting with a particle ("Von der Beispiel") as subject, and not a dative "der …en Zeitung"', () => {
    const text = 'Von der Beispiel betonte, die Schulen seien gut ausgestattet.';
    const a = withContent(
      run(text, [actor(text, 'person:von-der-beispiel', 'person', ['Von der Beispiel'])]),
      'Schulen seien',
    );
    assert.equal(a.speaker?.text, 'Von der Beispiel');
    const text2 = 'Der englischsprachigen Zeitung sagte Anna Beispiel: „Ich bleibe hier, was auch immer geschieht.“';
    const b = withContent(
      run(text2, [actor(text2, 'person:anna-beispiel', 'person', ['Anna Beispiel'])]),
      'Ich bleibe hier',
    );
    assert.equal(b.speaker?.text, 'Anna Beispiel');
  });

  it('gives "X zitiert Y mit den Worten: „…“" to Y, relayed by X', () => {
    const s = withContent(
      run('Die Rundschau zitiert einen Anwohner mit den Worten: „Es war ein lauter Knall, dann brannte das Dach.“'),
      'lauter Knall',
    );
    assert.equal(s.speaker?.text, 'einen Anwohner');
    assert.equal(s.via[0]?.text, 'Die Rundschau');
  });

  it('gives a frame after a relative clause to its antecedent; a speech verb in the relative clause relays', () => {
    const s = withContent(
      run('Ein hoher Beamter, den die Zeitung zitiert, kommentierte, die Pläne seien längst überholt.'),
      'Pläne seien',
    );
    assert.equal(s.speaker?.text, 'Ein hoher Beamter');
    assert.equal(s.via[0]?.text, 'die Zeitung');
    assert.ok(!s.content.text.includes('kommentierte'), s.content.text);
  });

  it('continues the last source with a reportive "soll … haben" a few sentences later, not the subject before it', () => {
    const text =
      'Nach Angaben der Polizei wurde der Mann am Abend festgenommen. Er war allein. Er soll zuvor mehrere Autos beschädigt haben.';
    const s = withContent(run(text), 'mehrere Autos');
    assert.equal(s.kind, 'continuation');
    assert.ok(s.speaker?.text.includes('Polizei'), s.speaker?.text);
  });

  it('reads "hielt fest, dass …", "bot an, … zu …" and "Ermittlungen ergaben, dass …" as speech frames', () => {
    const a = withContent(run('Der Ausschuss hielt fest, dass die Kosten gestiegen seien.'), 'Kosten gestiegen');
    assert.equal(a.speaker?.text, 'Der Ausschuss');
    const b = withContent(run('Der Händler bot an, die Ware am Montag zu liefern.'), 'Ware am Montag');
    assert.equal(b.speaker?.text, 'Der Händler');
    const c = withContent(run('Die Ermittlungen ergaben, dass der Brand gelegt worden war.'), 'Brand gelegt');
    assert.equal(c.speaker?.text, 'Die Ermittlungen');
  });

  it('reads "Wie aus X hervorgeht, …" as an according-to frame with the "aus" phrase as source', () => {
    const s = withContent(
      run('Wie aus einer Mitteilung der Feuerwehr hervorgeht, wurden drei Menschen verletzt.'),
      'drei Menschen',
    );
    assert.equal(s.kind, 'according-to');
    assert.ok(s.speaker?.text.startsWith('einer Mitteilung der Feuerwehr'), s.speaker?.text);
  });

  it('takes the pronoun after the verb as subject of "Die Pläne, …, bezeichnete er als „…“", with no content before it', () => {
    const stmts = run(
      'Der Tag begann ruhig. Die Pläne der Regierung, die Steuern zu senken, bezeichnete er als einen „groben Fehler“.',
    );
    const s = withContent(stmts, 'groben Fehler');
    assert.equal(s.speaker?.text, 'er');
    assert.ok(
      !stmts.some((x) => x.content.text.startsWith('Die Pläne')),
      JSON.stringify(stmts.map((x) => x.content.text)),
    );
  });

  it('keeps a genitive name with adjectives in the subject ("Kiels oberster Bürgermeister")', () => {
    const s = withContent(run('Kiels oberster Bürgermeister sagte, die Brücke werde bald saniert.'), 'Brücke werde');
    assert.equal(s.speaker?.text, 'Kiels oberster Bürgermeister');
  });

  it('does not report a call to a rally without content, but reads "rief X auf, … zu …" as indirect', () => {
    assert.ok(
      !run('Die Gewerkschaft hatte zu einer Kundgebung in der Innenstadt aufgerufen.').some(
        (s) => s.kind === 'reported',
      ),
    );
    const s = withContent(
      run('Die Gewerkschaft rief die Mitglieder auf, am Montag die Arbeit niederzulegen.'),
      'Arbeit niederzulegen',
    );
    assert.equal(s.speaker?.text, 'Die Gewerkschaft');
  });

  it('takes a surname with its particle as subject when only the surname is a known person ("Von der Beispiel betonte")', () => {
    const text = 'Von der Musterfrau betonte, die Kinder seien gut betreut.';
    const s = withContent(run(text, [actor(text, 'person:musterfrau', 'person', ['Musterfrau'])]), 'Kinder seien');
    assert.equal(s.speaker?.text, 'Von der Musterfrau');
  });

  it('gives a quotation after "…, wonach …:" to the clause subject, not to the noun the wonach clause hangs on', () => {
    const text =
      'Der Tag begann ruhig. Er schließt sich dem Verdacht der Kritiker an, wonach die Wahl politisch motiviert sei: „Man muss sich nur die Liste ansehen, dann ist alles klar.“';
    const s = withContent(run(text), 'die Liste ansehen');
    assert.equal(s.speaker?.text, 'Er');
  });

  it('reads a Konjunktiv II of a strong verb ("stünden") as reported speech after a cue and an adverb', () => {
    const s = withContent(
      run('Der Tag begann ruhig. Er betonte jedoch, die Mitglieder stünden geschlossen hinter der Forderung.'),
      'Mitglieder stünden',
    );
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'Er');
  });

  it('takes the subject of a relative clause opened by a preposition as speaker ("…, bei dem sie gesagt hatte, …")', () => {
    const s = withContent(
      run(
        'Der Tag begann ruhig. Anlass war ein Interview, bei dem sie gesagt hatte, sie habe einen falschen Namen angegeben.',
      ),
      'falschen Namen',
    );
    assert.equal(s.speaker?.text, 'sie');
    assert.equal(s.cue?.text, 'gesagt');
  });

  it('ends the claim of an according-to phrase at a semicolon, and reads reflexive "ergibt sich" as no cue', () => {
    const stmts = run(
      'Der Tag begann ruhig. Die Innenpolitik geht ihn laut Verfassung nichts an; seine Macht ergibt sich vielmehr daraus, dass er Neuwahlen ansetzen kann.',
    );
    const s = withContent(stmts, 'Innenpolitik');
    assert.equal(s.kind, 'according-to');
    assert.ok(!s.content.text.includes('Macht'), s.content.text);
    assert.ok(
      !stmts.some((x) => x.content.text.includes('Neuwahlen')),
      JSON.stringify(stmts.map((x) => x.content.text)),
    );
  });

  it('reads an indicative main clause after "sagte X," as reported speech, but not a relative clause', () => {
    const s = withContent(
      run(
        'Der Tag begann ruhig. Bei ihrem Auftritt in Brüssel sagte die Ministerin, die Regierung hält sich an die Konvention.',
      ),
      'Regierung hält',
    );
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.text, 'die Ministerin');
    const stmts = run(
      'Der Tag begann ruhig. „Wir sind bereit“, berichtet das Institut, das Extremisten-Websites begutachtet.',
    );
    assert.ok(
      !stmts.some((x) => x.content.text.startsWith('das Extremisten')),
      JSON.stringify(stmts.map((x) => x.content.text)),
    );
  });

  it('lets a bracketed abbreviation between subject and verb split no clause ("Wie die Mission (UNMISS) mitteilte")', () => {
    const s = withContent(
      run('Der Tag begann ruhig. Wie die Mission (UNMISS) mitteilte, handelt es sich um Aufständische.'),
      'Aufständische',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'die Mission');
    const t = withContent(
      run('Der Tag begann ruhig. Es handle sich um Aufständische, teilte Anna Beispiel (SPD) mit.'),
      'Aufständische',
    );
    assert.equal(t.speaker?.text, 'Anna Beispiel');
  });

  it('reads an impersonal phrase in a "wie" clause ("Wie aus Regierungskreisen verlautete, …") as an according-to frame', () => {
    const s = withContent(
      run('Der Tag begann ruhig. Wie aus Regierungskreisen verlautete, tritt der Minister zurück.'),
      'der Minister zurück',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'aus Regierungskreisen');
  });

  it('reports no speech act for a toll ("forderte 92 Menschenleben"), "sprechen" without "von"/"über"/"sich", "(X berichtete)" or "bezeichnet man"', () => {
    const stmts = run(
      'Der Tag begann ruhig. In Vietnam forderte das Unwetter 92 Menschenleben. Die Partei scheint bereit (Beispielzeitung berichtete). Die Zahlen sprechen für den Amtsinhaber. Der Pilot sprach mit seiner Frau. Der Minister sprach von 800 Autos.',
    );
    assert.deepEqual(
      stmts.map((x) => x.content.text),
      ['Der Minister sprach von 800 Autos.'],
    );
    assert.equal(
      run('Der Tag begann ruhig. Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.')
        .length,
      0,
    );
  });

  it('lists no statement for an unframed quotation worded like a title, but keeps a quoted sentence', () => {
    const stmts = run(
      'Der Verein stellte am Montag seine Reihe vor. Zu den Vorträgen gehört „Geschichte der Gastronomie im Großen Garten“ am Freitag. „Wir freuen uns auf viele Gäste und auf gute Gespräche.“',
    );
    assert.ok(
      !stmts.some((x) => x.content.text.includes('Gastronomie')),
      JSON.stringify(stmts.map((x) => x.content.text)),
    );
    assert.ok(
      stmts.some((x) => x.content.text.includes('Wir freuen uns')),
      JSON.stringify(stmts.map((x) => x.content.text)),
    );
  });

  it('takes a number with its noun as subject ("80 Prozent befürworteten, dass …"), but not a fronted year', () => {
    const s = withContent(
      run('Die Umfrage kam am Montag. 80 Prozent befürworteten, dass Abgeordnete selbst vorsorgen müssen.'),
      'selbst vorsorgen',
    );
    assert.equal(s.speaker?.text, '80 Prozent');
    const t = withContent(run('Die Umfrage kam am Montag. 2008 sagte er, die Lage sei ernst.'), 'Lage sei');
    assert.equal(t.speaker?.text, 'er');
  });

  it('finds the subject by the modal verb when the cue is an infinitive ("Heute will der Minister mitteilen, …", "soll X gesagt haben")', () => {
    const s = withContent(
      run('Der Tag begann ruhig. Heute will der Minister mitteilen, dass das Verfahren ausgesetzt wird.'),
      'ausgesetzt',
    );
    assert.equal(s.speaker?.text, 'der Minister');
    const t = withContent(
      run('Der Tag begann ruhig. Nach dem Spiel soll der Trainer gesagt haben: „Wir waren heute einfach zu langsam.“'),
      'zu langsam',
    );
    assert.equal(t.speaker?.text, 'der Trainer');
  });

  it('gives a coordinated verb the subject that follows the main verb after a fronted clause ("Als …, biss der Mann ihn und rief: „…“")', () => {
    const s = withContent(
      run(
        'Der Flug verlief ruhig. Als ein Gast zu Hilfe eilte, biss der Mann den Gast und rief: „Lasst mich sofort raus!“',
      ),
      'sofort raus',
    );
    assert.equal(s.speaker?.text, 'der Mann');
  });

  it('reads "legte fest, dass …" as an indirect statement, and "legte den Termin fest" as none', () => {
    const s = withContent(
      run('Der Tag begann ruhig. Das Ministerium legte fest, dass bis August 30 Wale gejagt werden dürfen.'),
      'Wale gejagt',
    );
    assert.equal(s.speaker?.text, 'Das Ministerium');
    assert.equal(run('Der Tag begann ruhig. Das Ministerium legte den Termin fest.').length, 0);
  });

  it('continues a source with a Konjunktiv I of a common verb ("ändere", "übertreibe"), not with a capitalised noun ("Stelle")', () => {
    const stmts = run(
      'Der Sprecher sagte, das System habe sich bewährt. Daran ändere auch der Zwischenfall vom Wochenende nichts.',
    );
    const s = withContent(stmts, 'Zwischenfall');
    assert.equal(s.kind, 'continuation');
    assert.equal(s.speaker?.text, 'Der Sprecher');
    const t = run('Der Tag begann ruhig. Ich glaube, die Künstler wollen gut aussehen, das kommt an erster Stelle.');
    assert.ok(!t.some((x) => x.kind === 'indirect'), JSON.stringify(t.map((x) => x.content.text)));
  });

  it('takes a short quotation after "mit den Worten" as direct speech whatever the verb, but not a quoted name before it', () => {
    const s = withContent(
      run(
        'Der Tag begann ruhig. Der Sprecher versuchte mit den Worten zu beruhigen: „Der Fonds ist funktionstüchtig“.',
      ),
      'funktionstüchtig',
    );
    assert.equal(s.kind, 'direct');
    assert.equal(s.speaker?.text, 'Der Sprecher');
    const t = run(
      'Der Tag begann ruhig. Der Fraktionschef wird von der „Beispielzeitung“ mit den Worten zitiert: „Er ist angeschlagen.“',
    );
    assert.ok(!t.some((x) => x.content.text.includes('Beispielzeitung')), JSON.stringify(t.map((x) => x.content.text)));
  });

  it('reads "ließ X verlauten" as a frame with X as speaker', () => {
    const s = withContent(
      run(
        'Der Tag begann ruhig. Außerdem ließ der Pressedienst des Ministeriums verlauten, dass über die Integration beraten werden solle.',
      ),
      'Integration',
    );
    assert.equal(s.speaker?.text, 'der Pressedienst des Ministeriums');
    const t = withContent(
      run('Der Tag begann ruhig. „Wir unterstützen das Land bei seinen Reformen“, ließ ein Sprecher kurz verlauten.'),
      'Reformen',
    );
    assert.equal(t.speaker?.text, 'ein Sprecher');
  });
  it('runs a statement with a closing frame to the end of the sentence, adverbials after the speaker included', () => {
    const de =
      'Der Tag begann ruhig. Die Schule werde im Herbst umgebaut, sagte die Rektorin am Abend vor Eltern in der Aula.';
    const s = withContent(run(de), 'Schule werde');
    assert.equal(de.slice(s.start, s.end).endsWith('in der Aula'), true, de.slice(s.start, s.end));
    const en =
      'The day began quietly. "We will rebuild the bridge by spring," the mayor told reporters at a briefing on Monday.';
    const t = withContent(run(en, [], 'en'), 'rebuild the bridge');
    assert.equal(en.slice(t.start, t.end).endsWith('on Monday'), true, en.slice(t.start, t.end));
    // A quotation after the sentence, in the same unit, is not part of the statement.
    const next =
      'Der Tag begann ruhig. Es sei ein ruhiger Abend gewesen, kommentierte die Feuerwehr via Kanal B. »Der Erfolg eines Einsatzes wie diesem hängt davon ab, was wir lernen.«';
    const v = withContent(run(next), 'ruhiger Abend');
    assert.equal(next.slice(v.start, v.end).endsWith('via Kanal B'), true, next.slice(v.start, v.end));
    // A frame before its content keeps the content's end; a second frame after the first is not swallowed.
    const two =
      'Der Tag begann ruhig. Die Brücke sei sicher, sagte der Ingenieur, und die Stadt erklärte, sie prüfe weiter.';
    const u = withContent(run(two), 'Brücke sei sicher');
    assert.equal(two.slice(u.start, u.end).includes('Stadt'), false, two.slice(u.start, u.end));
  });
  it('takes rejecting a claim as speech, rejecting a motion or contesting a match as none', () => {
    const claim = run('Der Tag begann ruhig. Die Bürgermeisterin wies die Vorwürfe der Opposition zurück.');
    assert.equal(claim.length, 1, JSON.stringify(claim.map((x) => x.content.text)));
    const motion = run('Der Tag begann ruhig. Das Landgericht wies die Klage des Vereins am Freitag zurück.');
    assert.equal(motion.length, 0, JSON.stringify(motion.map((x) => x.content.text)));
    const match = run('Der Tag begann ruhig. Die Mannschaft bestreitet ihr letztes Vorrundenspiel am Sonntag.');
    assert.equal(match.length, 0, JSON.stringify(match.map((x) => x.content.text)));
    const en = run(
      'The day began quietly. A federal judge rejected an appeal filed by the builder on Monday.',
      [],
      'en',
    );
    assert.equal(en.length, 0, JSON.stringify(en.map((x) => x.content.text)));
    const enClaim = run('The day began quietly. The mayor rejected the allegations made by the opposition.', [], 'en');
    assert.equal(enClaim.length, 1, JSON.stringify(enClaim.map((x) => x.content.text)));
  });
  it('continues a source with a Konjunktiv II in the main clause, not with one in a clause after a narrated main clause', () => {
    const cont = run(
      'Die Ministerin sagte, der Haushalt sei solide. Ohne die Reform wären die Schulden deutlich höher gewesen.',
    );
    assert.ok(
      cont.some((x) => x.content.text.includes('Schulden') && x.speaker?.text === 'Die Ministerin'),
      JSON.stringify(cont.map((x) => [x.content.text, x.speaker?.text])),
    );
    const text =
      'Die Ministerin sagte, der Haushalt sei solide. Die Lage ist seit Jahren schwierig, auch wegen der Sorge, die Zinsen könnten steigen.';
    const narrated = run(text);
    assert.deepEqual(
      narrated.map((x) => text.slice(x.start, x.end)),
      ['Die Ministerin sagte, der Haushalt sei solide.'],
    );
  });
  it('continues no source with a sub-heading, a line without closing punctuation', () => {
    const text =
      'Der Verband erklärte, die Preise würden steigen.\n\nWorauf Kunden jetzt achten sollten\n\nDie Tarife gelten ab Mai.';
    const st = run(text);
    assert.ok(!st.some((x) => x.content.text.includes('Worauf')), JSON.stringify(st.map((x) => x.content.text)));
    // The same words closing a sentence in running text do continue the source.
    const prose = run('Der Verband erklärte, die Preise würden steigen. Kunden sollten die Tarife jetzt vergleichen.');
    assert.ok(
      prose.some((x) => x.content.text.includes('vergleichen') && x.speaker?.text === 'Der Verband'),
      JSON.stringify(prose.map((x) => [x.content.text, x.speaker?.text])),
    );
  });
  it('reads "wie X zeigten" and "wie auf/in X zu sehen/zu lesen war" as according-to, "zeigte, wie …" as none', () => {
    const shown = withContent(
      run('Der Tag begann ruhig. Der Damm brach kurz nach Mitternacht, wie Bilder einer Wetterkamera zeigten.'),
      'Damm brach',
    );
    assert.equal(shown.kind, 'according-to');
    assert.equal(shown.speaker?.text, 'Bilder einer Wetterkamera');
    const seen = withContent(
      run('Der Tag begann ruhig. Hunderte warteten vor dem Rathaus, wie auf Videos im Netz zu sehen war.'),
      'Hunderte warteten',
    );
    assert.equal(seen.kind, 'according-to');
    const read = withContent(
      run('Der Tag begann ruhig. Die Schule schließe im Sommer, wie in der Lokalzeitung zu lesen war.'),
      'Schule schließe',
    );
    assert.equal(read.speaker?.text.includes('Lokalzeitung'), true);
    assert.equal(run('Der Tag begann ruhig. Die Trainerin zeigte, wie man den Ball annimmt.').length, 0);
  });
  it('reads "begründete X mit Y" as a reported speech act, "liegt in … begründet" as none', () => {
    const st = run(
      'Der Tag begann ruhig. Die Trainerin begründete ihren Rücktritt mit der Belastung durch die Reisen.',
    );
    assert.equal(st.length, 1, JSON.stringify(st.map((x) => x.content.text)));
    assert.equal(st[0]!.speaker?.text, 'Die Trainerin');
    const none = run('Der Tag begann ruhig. Die hohen Preise liegen in der Knappheit des Holzes begründet.');
    assert.equal(none.length, 0, JSON.stringify(none.map((x) => x.content.text)));
  });
  it('keeps a capitalised attribute with its noun in a speaker before the verb or in a genitive ("Die Nordische Welle", "Angaben der Nordischen Bahn")', () => {
    const a = withContent(run('Der Tag begann ruhig. Die Nordische Welle berichtet, die Lage sei ernst.'), 'Lage sei');
    assert.equal(a.speaker?.text, 'Die Nordische Welle');
    const b = withContent(
      run('Der Tag begann ruhig. Nach Angaben der Nordischen Bahn ist die Strecke bis Freitag gesperrt.'),
      'Strecke',
    );
    assert.equal(b.speaker?.text, 'Angaben der Nordischen Bahn');
    assert.equal(b.content.text.startsWith('ist die Strecke'), true, b.content.text);
    const c = withContent(
      run('Der Tag begann ruhig. Ein Sprecher des Roten Kreuzes sagte, die Hilfe komme an.'),
      'Hilfe',
    );
    assert.equal(c.speaker?.text, 'Ein Sprecher des Roten Kreuzes');
    // After the verb, a noun and its object stay apart: "äußerten die Fachleute Zweifel".
    const d = withContent(
      run('Der Tag begann ruhig. Am Montag äußerten die Fachleute Zweifel, dass die Brücke halte.'),
      'Brücke',
    );
    assert.equal(d.speaker?.text, 'die Fachleute');
  });
  it('lists no speech act whose verb closes a subordinate clause ("…, nachdem X ihn angekündigt hatte"); a main clause keeps it', () => {
    const sub = run(
      'Der Tag begann ruhig. Die Halle blieb am Abend leer, nachdem die Trainerin ihren Rücktritt angekündigt hatte.',
    );
    assert.equal(sub.length, 0, JSON.stringify(sub.map((x) => x.content.text)));
    const main = run('Der Tag begann ruhig. Die Trainerin hatte am Abend ihren Rücktritt angekündigt.');
    assert.equal(main.length, 1, JSON.stringify(main.map((x) => x.content.text)));
    assert.equal(main[0]!.kind, 'reported');
  });
  it('lists a capitalised quoted word inside a content clause as no second statement ("der „Sammelstelle“"), a label after "als" and a quoted adjective as one', () => {
    const term = run('Der Tag begann ruhig. Die Trainerin sagte, die Förderung der „Sammelstelle“ sei zu hoch.');
    assert.deepEqual(
      term.map((x) => x.kind),
      ['indirect'],
    );
    const label = run('Der Tag begann ruhig. Die Trainerin sagte, sie sehe den Plan als einen „Irrweg“ an.');
    assert.deepEqual(label.map((x) => x.kind).sort(), ['direct', 'indirect']);
    const adjective = run('Der Tag begann ruhig. Die Trainerin sagte, die Lage sei „kritisch“.');
    assert.deepEqual(adjective.map((x) => x.kind).sort(), ['direct', 'indirect']);
  });
  it('takes no purpose or result clause after a cue for content ("…, um den Weg freizumachen", "…, so dass …"); a zu-infinitive stays', () => {
    const purpose = run(
      'Der Tag begann ruhig. Die Menschen forderten den Rücktritt der Regierung, um den Weg zu Neuwahlen freizumachen.',
    );
    assert.equal(
      purpose.some((x) => x.content.text.startsWith('um den Weg')),
      false,
      JSON.stringify(purpose.map((x) => [x.kind, x.content.text])),
    );
    const result = run(
      'Der Tag begann ruhig. Die Pilotin meldete dem Tower einen Schaden, so dass ein Großalarm ausgelöst wurde.',
    );
    assert.equal(
      result.some((x) => x.kind === 'indirect' && x.content.text.startsWith('so dass')),
      false,
      JSON.stringify(result.map((x) => [x.kind, x.content.text])),
    );
    const offer = withContent(
      run('Der Tag begann ruhig. Die Trainerin forderte die Spieler auf, den Vertrag zu prüfen.'),
      'Vertrag',
    );
    assert.equal(offer.kind, 'indirect');
  });
  it('lists no statement for a negated cue ("wollte nicht bestätigen, dass …"), keeps a negated denial ("schloss nicht aus"), and lets reported speech after it continue its speaker', () => {
    const none = run('Der Tag begann ruhig. Die Polizei wollte nicht bestätigen, dass der Fahrer betrunken war.');
    assert.equal(none.length, 0, JSON.stringify(none.map((x) => x.content.text)));
    const neither = run(
      'Der Tag begann ruhig. Die Polizei konnte weder bestätigen noch ausschließen, dass der Fahrer betrunken war.',
    );
    assert.equal(neither.length, 0, JSON.stringify(neither.map((x) => x.content.text)));
    const denial = run('Der Tag begann ruhig. Die Polizei schloss nicht aus, dass der Fahrer betrunken war.');
    assert.equal(withContent(denial, 'betrunken').speaker?.text, 'Die Polizei');
    const affirmed = run('Der Tag begann ruhig. Die Polizei bestätigte, dass der Fahrer betrunken war.');
    assert.equal(withContent(affirmed, 'betrunken').kind, 'indirect');
    const after = run(
      'Der Tag begann ruhig. Die Sprecherin der Polizei hat nicht angegeben, wer die Täter waren. Es handle sich aber um eine bekannte Gruppe.',
    );
    assert.equal(after.length, 1, JSON.stringify(after.map((x) => x.content.text)));
    assert.equal(after[0]!.kind, 'continuation');
    assert.equal(after[0]!.speaker?.text, 'Die Sprecherin der Polizei');
  });
});
