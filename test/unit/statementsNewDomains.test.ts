// German constructions found missing on invented news of new domains (test/fixtures/attribution-de, third set):
// "aus Sicht der X", "haben vor, … zu", a colon after a clause whose subject speaks, "wie es aus X hieß" closing the
// sentence, "hieß es dort", a genitive without article after "nach Meinung". Invented fixtures.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core';
import { findStatements } from '../../src/core/statements';
import { doc, statementWith } from './speakerFixtures';

describe('statements: "aus Sicht der X" (German)', () => {
  it('makes the genitive after "aus Sicht" the source of the clause', () => {
    const s = statementWith(
      'Der Tag begann ruhig. Aus Sicht der Lehrergewerkschaft ist die Kürzung nur ein Notbehelf.',
      [],
      'Notbehelf',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'Sicht der Lehrergewerkschaft');
    assert.equal(s.content.text, 'ist die Kürzung nur ein Notbehelf.');
  });
  it('names no source for "aus ihrer Sicht"', () => {
    const stmts = findStatements(doc('Der Tag begann ruhig. Der Plan ist aus ihrer Sicht ein Notbehelf.'), []);
    assert.equal(stmts.length, 0, JSON.stringify(stmts.map((x) => x.content.text)));
  });
});

describe('statements: an intention with "haben vor, … zu" (German)', () => {
  it('frames the zu-infinitive after "hat vor,"/"haben vor,"', () => {
    const s = statementWith(
      'Der Tag begann ruhig. Die Händler haben vor, ein Bürgerbegehren gegen den Beschluss zu starten.',
      [],
      'Bürgerbegehren',
    );
    assert.equal(s.speaker?.text, 'Die Händler');
    assert.equal(s.content.text, 'ein Bürgerbegehren gegen den Beschluss zu starten.');
    const fused = statementWith(
      'Der Tag begann ruhig. Die Synode hat vor, im Frühjahr über den Plan abzustimmen.',
      [],
      'abzustimmen',
    );
    assert.equal(fused.speaker?.text, 'Die Synode');
  });
  it('frames nothing without a zu-infinitive ("hat viel vor, als …")', () => {
    const stmts = findStatements(
      doc('Der Tag begann ruhig. Der Verein hat am Wochenende viel vor, wenn das Wetter hält.'),
      [],
    );
    assert.equal(stmts.length, 0, JSON.stringify(stmts.map((x) => x.content.text)));
  });
});

describe('statements: a colon after a clause whose subject speaks (German)', () => {
  it('gives the Konjunktiv I after "X schlägt Alarm:" to X, also as the first statement', () => {
    const s = statementWith(
      'Der Tag begann ruhig. Der Kreisverband schlägt Alarm: In jeder dritten Ortswehr sei die Einsatzbereitschaft nicht gesichert.',
      [],
      'Ortswehr',
    );
    assert.equal(s.speaker?.text, 'Der Kreisverband');
    assert.equal(s.content.text, 'In jeder dritten Ortswehr sei die Einsatzbereitschaft nicht gesichert.');
  });
  it('gives it to the new subject, not the source before', () => {
    const text =
      'Der Tag begann ruhig. Die Beiträge würden steigen, teilte der Verband mit. Der Bund der Versicherten schlägt Alarm: Für viele Rentner werde der Schutz unbezahlbar.';
    assert.equal(statementWith(text, [], 'Rentner').speaker?.text, 'Der Bund der Versicherten');
  });
  it('leaves an indicative after the colon alone when no source came before', () => {
    const stmts = findStatements(doc('Der Tag begann ruhig. Die Lage ist klar: Der Zug wird nicht fahren.'), []);
    assert.equal(stmts.length, 0, JSON.stringify(stmts.map((x) => x.content.text)));
  });
});

describe('statements: "wie es aus X hieß" and "hieß es dort" (German)', () => {
  it('makes the source of a closing "wie es aus X hieß" clause the speaker, not the source before', () => {
    const text =
      'Der Tag begann ruhig. Die Beschwerden seien zahlreich, sagte die Referentin. Man halte sich an alle Vorgaben, wie es aus dem Unternehmen hieß.';
    const s = statementWith(text, [], 'Vorgaben');
    assert.ok(s.speaker?.text.includes('dem Unternehmen'), s.speaker?.text);
    assert.equal(s.content.text, 'Man halte sich an alle Vorgaben');
  });
  it('takes "dort" after "hieß es" as the source, resolved to the body that spoke just before', () => {
    const text =
      'Hilfe für Obstbauern\n\nDie Deutsche Bahn teilte mit, die Schäden seien groß. Über die Höhe werde bald entschieden, hieß es dort.\n';
    const a = analyzeArticle(text, 'news/dort.txt');
    const s = a.statements.find((x) => x.content.text.includes('Über die Höhe'));
    assert.ok(s, JSON.stringify(a.statements.map((x) => x.content.text)));
    assert.equal(s.speaker?.text, 'dort');
    const before = a.statements.find((x) => x.content.text.includes('Schäden'));
    const body = before?.speaker?.actorId ?? '';
    assert.ok(body.startsWith('organization:'), JSON.stringify(before?.speaker));
    assert.equal(s.speaker?.actorId, body);
  });
  it('resolves "dort" to no one after a person spoke', () => {
    const text =
      'Hilfe für Obstbauern\n\nDie Schäden seien groß, sagte Landrätin Gisela Marquardt. Über die Höhe werde bald entschieden, hieß es dort.\n';
    const a = analyzeArticle(text, 'news/dort2.txt');
    const s = a.statements.find((x) => x.content.text.includes('Über die Höhe'));
    assert.ok(s, JSON.stringify(a.statements.map((x) => x.content.text)));
    assert.equal(s.speaker?.text, 'dort');
    assert.equal(s.speaker?.actorId ?? null, null);
  });
});

describe('statements: a genitive without article after "nach Meinung" (German)', () => {
  it('keeps "politischer Beobachter" and "Österreichs" in the source, out of the content', () => {
    const text =
      'Der Tag begann ruhig. Die Stimmung soll nach Meinung politischer Beobachter die Opposition schwächen.';
    const s = statementWith(text, [], 'Opposition');
    assert.equal(s.speaker?.text, 'Meinung politischer Beobachter');
    const said = (s.content.parts ?? [s.content]).map((p) => text.slice(p.start, p.end)).join(' … ');
    assert.equal(said, 'Die Stimmung soll … die Opposition schwächen.');
    const both = statementWith(
      'Der Tag begann ruhig. Nach Ansicht vieler Experten und Fans werden zwei Teams das Finale erreichen.',
      [],
      'Finale',
    );
    assert.equal(both.speaker?.text, 'Ansicht vieler Experten und Fans');
    const country = statementWith(
      'Der Tag begann ruhig. Nach Auffassung Österreichs soll das Ziel nicht erwähnt werden.',
      [],
      'Ziel',
    );
    assert.equal(country.speaker?.text, 'Auffassung Österreichs');
    assert.equal(country.content.text, 'soll das Ziel nicht erwähnt werden.');
  });
});
