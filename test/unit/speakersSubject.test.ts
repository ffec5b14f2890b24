// Which phrase speaks when a clause has a subject and an according-to phrase ("nach Angaben des X"), and the noun
// phrases a speaker span covers. Invented fixtures; actors are built by hand.
import { strict as assert } from 'node:assert';
import { actor, statementWith } from './speakerFixtures';

describe('speakers: a subject that cannot speak and an according-to phrase', () => {
  it('gives the statement to the according-to phrase when the subject names no one', () => {
    const text =
      'Die Nähe des Bären zu den Dörfern stellt nach Angaben des Sprechers des Ministeriums, Karl Muster, ein ' +
      'wachsendes Risiko dar – es sei nur eine Frage der Zeit, bis der Bär auf Menschen treffe.';
    const actors = [actor(text, 'person:karl-muster', 'person', ['Karl Muster'])];
    const s = statementWith(text, actors, 'Frage der Zeit');
    assert.match(s.speaker?.text ?? '', /^Angaben des Sprechers/u);
  });

  it('keeps a subject that can speak, with the according-to phrase as its relay', () => {
    const text =
      'Das Team um Anna Beispiel kam nach Angaben des Instituts zu dem Schluss, dass die Infektionen auf fehlendes ' +
      'Wissen zurückgehen.';
    const actors = [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])];
    const s = statementWith(text, actors, 'Infektionen');
    assert.match(s.speaker?.text ?? '', /^Das Team/u);
    const t = statementWith(
      'Die Ministerin stellte nach Angaben des Senders klar, es gebe keine Pläne für Kürzungen.',
      [],
      'keine Pläne',
    );
    assert.equal(t.speaker?.text, 'Die Ministerin');
  });
});

describe('speakers: "nach eigenen Angaben" as written, resolved as the subject', () => {
  it('keeps the words as the speaker and resolves them to the subject of the clause', () => {
    const text = 'Die Feuerwehr Musterstadt hat nach eigenen Angaben bislang die Hälfte der Halle abgesucht.';
    const actors = [actor(text, 'organization:feuerwehr-musterstadt', 'organization', ['Feuerwehr Musterstadt'])];
    const s = statementWith(text, actors, 'Hälfte der Halle');
    assert.equal(s.speaker?.text, 'eigenen Angaben');
    assert.equal(s.speaker?.actorId, 'organization:feuerwehr-musterstadt');
    assert.equal(s.speaker?.vague, false);
    const u = 'Karl Muster hat eigenen Angaben zufolge Briefe von Mitarbeitern erhalten.';
    const t = statementWith(u, [actor(u, 'person:karl-muster', 'person', ['Karl Muster'])], 'Briefe');
    assert.equal(t.speaker?.text, 'eigenen Angaben');
    assert.equal(t.speaker?.actorId, 'person:karl-muster');
  });
});

describe('speakers: a subject with an extended attribute', () => {
  it('takes the attribute between the article and the head into the subject', () => {
    const text =
      'Auf ihrer Seite schrieb die in Hamburg geborene Sängerin Lea Beispiel, sie freue sich auf den Auftritt.';
    const actors = [actor(text, 'person:lea-beispiel', 'person', ['Lea Beispiel'])];
    const s = statementWith(text, actors, 'freue sich');
    assert.equal(s.speaker?.text, 'die in Hamburg geborene Sängerin Lea Beispiel');
  });
  it('takes a front field without article as the subject, not the object after the verb', () => {
    const s = statementWith('Im Ausland lebende Fischer weisen die Vorwürfe der Behörde zurück.', [], 'Fischer');
    assert.equal(s.speaker?.text, 'Im Ausland lebende Fischer');
    const time = statementWith('Im vergangenen Jahr wies die Behörde die Vorwürfe zurück.', [], 'Vorwürfe');
    assert.equal(time.speaker?.text, 'die Behörde');
    const place = statementWith(
      'In diesem im Norden gelegenen Land wies die Regierung die Vorwürfe zurück.',
      [],
      'Land',
    );
    assert.equal(place.speaker?.text, 'die Regierung');
  });
});
