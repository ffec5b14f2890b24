// German constructions of the attribution long tail: a speaker's second verb, coordinated after "und" or after the
// comma that closes the reported clause. Invented fixtures; actors built by hand.
import { strict as assert } from 'node:assert';
import { findStatements } from '../../src/core/statements';
import { actor, doc, statementWith } from './speakerFixtures';

describe('statements: a speaker’s coordinated second verb (German)', () => {
  it('gives the verb right after "und" the subject of the verb before, not the object after it', () => {
    const text =
      'Der Tag begann ruhig. Ministerin Ilka Sauer sagte, die Lage an den Deichen sei ernst, und warnte die Anwohner, dass neues Hochwasser drohe.';
    const actors = [actor(text, 'person:sauer', 'person', ['Ilka Sauer'])];
    const said = statementWith(text, actors, 'Lage an den Deichen');
    assert.equal(said.content.text, 'die Lage an den Deichen sei ernst');
    assert.equal(said.speaker?.text, 'Ministerin Ilka Sauer');
    assert.equal(statementWith(text, actors, 'Hochwasser drohe').speaker?.text, 'Ministerin Ilka Sauer');
  });
  it('ends the reported clause at a comma and the speaker’s second verb with "jedoch"/"aber"', () => {
    const text =
      'Der Tag begann ruhig. Der Vorstand der Reederei erklärte, dass zwei Schiffe verkauft würden, bestritt jedoch die Darstellung, dass Stellen wegfielen.';
    const said = statementWith(text, [], 'Schiffe verkauft');
    assert.equal(said.content.text, 'dass zwei Schiffe verkauft würden');
    assert.equal(said.speaker?.text, 'Der Vorstand der Reederei');
    assert.equal(statementWith(text, [], 'Stellen wegfielen').speaker?.text, 'Der Vorstand der Reederei');
  });
  it('does not end it at a verb with a subject of its own, nor inside a subordinate clause of the content', () => {
    const relay =
      'Der Tag begann ruhig. Der Bürgermeister fügte hinzu, beide Städte würden „eng und verlässlich zusammenarbeiten“, meldeten örtliche Zeitungen am Dienstag.';
    const s = statementWith(relay, [], 'beide Städte');
    assert.ok(s.content.text.includes('zusammenarbeiten'), s.content.text);
    assert.equal(s.speaker?.text, 'Der Bürgermeister');
    const nested =
      'Der Tag begann ruhig. Der Sprecher des Amtes erklärte, Proben, die man im Fluss genommen habe, zeigten keine Belastung.';
    assert.ok(statementWith(nested, [], 'Proben').content.text.includes('zeigten keine Belastung'));
    const inside =
      'Der Tag begann ruhig. Die Polizei teilte mit, dass der Fahrer noch am Abend gefasst wurde und gestand.';
    assert.ok(statementWith(inside, [], 'Fahrer').content.text.includes('gestand'));
  });
});

describe('statements: the reason after a speech act or a judgement (German)', () => {
  it('lists a reason after a predicative act as the speaker’s, apart from the act', () => {
    const text =
      'Der Tag begann ruhig. Der Landrat bezeichnete die Zahlen als vorläufig, da noch nicht alle Gemeinden gemeldet hätten.';
    const act = statementWith(text, [], 'bezeichnete');
    assert.equal(act.kind, 'reported');
    assert.equal(act.content.text, 'Der Landrat bezeichnete die Zahlen als vorläufig');
    const why = statementWith(text, [], 'Gemeinden');
    assert.equal(why.kind, 'indirect');
    assert.equal(why.content.text, 'da noch nicht alle Gemeinden gemeldet hätten');
    assert.equal(why.speaker?.text, 'Der Landrat');
  });
  it('lists a reason in reported speech after an act without content, and after "hält … für"', () => {
    const rejected =
      'Der Tag begann ruhig. Die Reederei wies die Kritik am Montag zurück, weil jede Fähre einmal im Jahr eine Prüfung durchlaufe.';
    const why = statementWith(rejected, [], 'Prüfung durchlaufe');
    assert.equal(why.content.text, 'weil jede Fähre einmal im Jahr eine Prüfung durchlaufe');
    assert.equal(why.speaker?.text, 'Die Reederei');
    const held =
      'Der Tag begann ruhig. Die Ärztin hält die Öffnung der Schulen für einen Fehler, weil viele Kinder noch keine Impfung erhielten.';
    const grounds = statementWith(held, [], 'keine Impfung');
    assert.equal(grounds.content.text, 'weil viele Kinder noch keine Impfung erhielten');
    assert.equal(grounds.speaker?.text, 'Die Ärztin');
  });
  it('leaves a reason in the indicative after an act that is no judgement to the act', () => {
    const text =
      'Der Tag begann ruhig. Der Verband forderte den Rücktritt des Vorstands, weil die Bilanz monatelang gefälscht wurde.';
    const stmts = findStatements(doc(text), []);
    assert.ok(
      stmts.every((x) => !x.content.text.startsWith('weil')),
      JSON.stringify(stmts.map((x) => x.content.text)),
    );
  });
});

describe('statements: the claim a rejecting verb names (German)', () => {
  it('gives the clause after "wies die Darstellung zurück, …" to the rejected claim, not to the one who rejects it', () => {
    const text =
      'Der Tag begann ruhig. Die Bürgermeisterin wies die Darstellung der Opposition zurück, die Stadt habe zu spät gewarnt.';
    const s = statementWith(text, [], 'zu spät gewarnt');
    assert.equal(s.speaker?.text, 'die Darstellung der Opposition');
    const bare =
      'Der Tag begann ruhig. Der Trainer hat Berichte der Lokalzeitung zurückgewiesen, er wechsle im Sommer den Verein.';
    assert.equal(statementWith(bare, [], 'wechsle').speaker?.text, 'Berichte der Lokalzeitung');
  });
  it('keeps the subject where the clause is the subject’s own ("weist den Vorwurf als … zurück, …", no claim noun)', () => {
    const own =
      'Der Tag begann ruhig. Der Verein weist den Vorwurf als haltlos zurück, man habe alle Regeln eingehalten.';
    assert.equal(statementWith(own, [], 'Regeln eingehalten').speaker?.text, 'Der Verein');
    const plain = 'Der Tag begann ruhig. Die Firma wies am Montag zurück, dass sie Daten verkauft habe.';
    assert.equal(statementWith(plain, [], 'Daten verkauft').speaker?.text, 'Die Firma');
  });
});
