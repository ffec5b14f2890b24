// German passives of speech acts: the agent named after "von"/"vom" (or fronted before the auxiliary) speaks.
// Invented fixtures; actors built by hand.
import { strict as assert } from 'node:assert';
import { findStatements } from '../../src/core/statements';
import { actor, doc, statementWith } from './speakerFixtures';

describe('statements: the agent of a German passive speech act', () => {
  it('reports "wurde von X als … bezeichnet" as the agent’s, and the agent goes on speaking', () => {
    const text =
      'Der Tag begann ruhig. Die Vorschläge des Vereins wurden von Ministerin Ilka Sauer als überzogen bezeichnet. Viele Betriebe seien dafür gar nicht gerüstet.';
    const actors = [actor(text, 'person:sauer', 'person', ['Ilka Sauer'])];
    const s = statementWith(text, actors, 'als überzogen bezeichnet');
    assert.equal(s.kind, 'reported');
    assert.equal(s.speaker?.text, 'Ministerin Ilka Sauer');
    assert.equal(statementWith(text, actors, 'gar nicht gerüstet').speaker?.text, 'Ministerin Ilka Sauer');
  });
  it('takes a fronted "Von X" before the auxiliary as the agent ("Von der Opposition wurde … kritisiert")', () => {
    const text = 'Der Tag begann ruhig. Von der Opposition wurde die Reise des Kanzlers als teuer kritisiert.';
    const s = statementWith(text, [], 'als teuer kritisiert');
    assert.equal(s.kind, 'reported');
    assert.equal(s.speaker?.text, 'der Opposition');
    const announced = statementWith(
      'Der Tag begann ruhig. Vom Verband der Lehrer werden weitere Streiks angekündigt.',
      [],
      'Streiks',
    );
    assert.equal(announced.speaker?.text, 'Vom Verband der Lehrer');
  });
  it('reports no act where "von" names what is spoken of or asked of someone', () => {
    for (const text of [
      'Der Tag begann ruhig. In mehreren Zeitungen war von dem Plan des Bürgermeisters berichtet worden.',
      'Der Tag begann ruhig. Von den Stadtwerken wurde eine Erklärung verlangt.',
      'Der Tag begann ruhig. Von großen Verlusten wird gesprochen und dass die Firma behauptet, gesund zu sein.',
    ]) {
      const stmts = findStatements(doc(text), []);
      assert.ok(
        stmts.every((x) => x.kind !== 'reported' || !x.speaker),
        JSON.stringify(stmts.map((x) => [x.kind, x.speaker?.text, x.content.text])),
      );
    }
  });
});
