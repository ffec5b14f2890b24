// Who goes on speaking in a sentence of reported speech without a frame of its own (a continuation): the subject
// of a sentence without a statement right before it, found after a fronted phrase, or a person named as the
// subject a few such sentences before. Invented fixtures; actors are built by hand.
import { strict as assert } from 'node:assert';
import { actor, statementWith } from './speakerFixtures';
import type { Actor, Statement } from '../../src/core/types';

function speakerOf(text: string, actors: Actor[], fragment: string): Statement['speaker'] {
  return statementWith(text, actors, fragment).speaker;
}

describe('speakers: continuation after sentences without a statement', () => {
  it('takes the subject after the verb of a sentence with a fronted phrase', () => {
    const text =
      '„Ich muss arbeiten“, sagte Anna Beispiel.\n\n' +
      'Am 15. Mai hat die Wahlkommission den Termin für die Neuwahlen festgelegt. ' +
      'Mögliche Termine seien der 24. September sowie der 8. Oktober.';
    const actors = [
      actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel']),
      actor(text, 'organization:wahlkommission', 'organization', ['Wahlkommission']),
    ];
    const sp = speakerOf(text, actors, 'Mögliche Termine');
    assert.equal(sp?.text, 'die Wahlkommission');
    assert.equal(sp?.actorId, 'organization:wahlkommission');
  });

  it('skips adverbs between the verb and the subject, and adjectives in the fronted phrase', () => {
    const text =
      'Die Gewerkschaft lehnte den Plan ab, sagte Anna Beispiel.\n\n' +
      'Trotz gesunkener Zahlen gibt jetzt auch Karl Muster keine Entwarnung. Die Lage sei weiter schlecht.';
    const actors = [
      actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel']),
      actor(text, 'person:karl-muster', 'person', ['Karl Muster']),
    ];
    assert.equal(speakerOf(text, actors, 'Lage sei')?.text, 'Karl Muster');
  });

  it('goes back to a person named as the subject a few sentences before', () => {
    const text =
      '„Wir messen weiter“, sagte Anna Beispiel.\n\n' +
      'Karl Muster war mehrmals in Japan und hat dort die Strahlung gemessen. ' +
      'Einige Vertreter würden die Lage verharmlosen. ' +
      'Über die Folgen werde die Bevölkerung nicht aufgeklärt.';
    const actors = [
      actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel']),
      actor(text, 'person:karl-muster', 'person', ['Karl Muster']),
    ];
    assert.equal(speakerOf(text, actors, 'Folgen werde')?.actorId, 'person:karl-muster');
  });

  it('does not go back to a pronoun or a thing named before the nearest sentence', () => {
    const text =
      '„Wir messen weiter“, sagte Anna Beispiel.\n\n' +
      'Er wurde am letzten Tag der Grabung gefunden. ' +
      'Daneben lagen Tierreste und Steinwerkzeuge. ' +
      'Bei anderen Funden sei die Datierung oft ungenau.';
    const actors = [actor(text, 'person:anna-beispiel', 'person', ['Anna Beispiel'])];
    assert.equal(speakerOf(text, actors, 'Datierung')?.text, 'Anna Beispiel');
  });
});
