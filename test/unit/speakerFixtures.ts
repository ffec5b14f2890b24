// Shared by the speaker tests (speakersContinuation, speakersSubject): a German document read as the pipeline reads
// it, actors built by hand from their names' occurrences, and the statement that contains a fragment.
import { strict as assert } from 'node:assert';
import { parseLayout } from '../../src/core/text/layout';
import { splitSentences } from '../../src/core/text/sentences';
import { findStatements } from '../../src/core/statements';
import type { Actor, ActorKind, DocContext, Statement } from '../../src/core/types';

export function doc(text: string): DocContext {
  const layout = parseLayout(text);
  const ranges = layout.title ? [layout.title, ...layout.body] : layout.body;
  return { text, language: 'de', layout, sentences: splitSentences(text, ranges), date: null };
}

export function actor(text: string, id: string, kind: ActorKind, names: string[]): Actor {
  const mentions = [];
  for (const n of names)
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1))
      mentions.push({ start: i, end: i + n.length, text: n });
  return { id, name: names[0]!, kind, roles: [], roleSpans: [], aliases: names, mentions, descriptors: [] };
}

/** The statement whose content contains `fragment` (the test fails when there is none). */
export function statementWith(text: string, actors: Actor[], fragment: string): Statement {
  const stmts = findStatements(doc(text), actors);
  const s = stmts.find((x) => x.content.text.includes(fragment));
  assert.ok(s, `no statement with "${fragment}" in ${JSON.stringify(stmts.map((x) => x.content.text))}`);
  return s;
}
