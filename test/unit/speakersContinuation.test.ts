// Who goes on speaking in a sentence of reported speech without a frame of its own (a continuation): the subject
// of a sentence without a statement right before it, found after a fronted phrase, or a person named as the
// subject a few such sentences before. Invented fixtures; actors are built by hand.
import { strict as assert } from 'node:assert';
import { parseLayout } from '../../src/core/text/layout';
import { splitSentences } from '../../src/core/text/sentences';
import { findStatements } from '../../src/core/statements';
import type { Actor, ActorKind, DocContext, Statement } from '../../src/core/types';

function doc(text: string): DocContext {
  const layout = parseLayout(text);
  const ranges = layout.title ? [layout.title, ...layout.body] : layout.body;
  return { text, language: 'de', layout, sentences: splitSentences(text, ranges), date: null };
}

function actor(text: string, id: string, kind: ActorKind, names: string[]): Actor {
  const mentions = [];
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1))
      mentions.push({ start: i, end: i + n.length, text: n });
  return { id, name: names[0]!, kind, roles: [], roleSpans: [], aliases: names, mentions, descriptors: [] };
}

function speakerOf(text: string, actors: Actor[], fragment: string): Statement['speaker'] {
  const stmts = findStatements(doc(text), actors);
  const s = stmts.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with "${fragment}" in ${JSON.stringify(stmts.map((x) => x.content.text))}`);
  return s.speaker;
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
