// Which phrase speaks when a clause has a subject and an according-to phrase ("nach Angaben des X"), and the noun
// phrases a speaker span covers. Invented fixtures; actors are built by hand.
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

function statementWith(text: string, actors: Actor[], fragment: string): Statement {
  const stmts = findStatements(doc(text), actors);
  const s = stmts.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with "${fragment}" in ${JSON.stringify(stmts.map((x) => x.content.text))}`);
  return s;
}

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
