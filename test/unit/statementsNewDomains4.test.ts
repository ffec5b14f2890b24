// German constructions found wrong on invented news of new domains (test/fixtures/attribution-de, fourth set):
// ", so X weiter" closing the content (also after an age noun, "der 52-Jährige"), and a hedge in a relative clause
// about the speaker, which hedges that clause, not the statement. Invented fixtures.
import { strict as assert } from 'node:assert';
import { statementWith } from './speakerFixtures';

describe('statements: ", so X weiter" (German)', () => {
  it('ends the content before ", so X weiter"', () => {
    const s = statementWith(
      'Der Tag begann ruhig. Der Verein sei gut aufgestellt, so der Trainer weiter.',
      [],
      'gut aufgestellt',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.speaker?.text, 'der Trainer');
    assert.equal(s.content.text, 'Der Verein sei gut aufgestellt');
  });
  it('takes an age noun before "weiter" as the source', () => {
    const s = statementWith('Der Tag begann ruhig. Er gehe ohne Groll, so der 52-Jährige weiter.', [], 'ohne Groll');
    assert.equal(s.speaker?.text, 'der 52-Jährige');
    assert.equal(s.content.text, 'Er gehe ohne Groll');
  });
});

describe('statements: a hedge in a relative clause about the speaker (German)', () => {
  it('does not hedge the statement for "vielleicht" in the speaker\'s relative clause', () => {
    const q = statementWith(
      'Der Tag begann ruhig. Der Pächter, der vielleicht bald eine Kamera einbaut, sagte: „So etwas habe ich nie erlebt.“',
      [],
      'nie erlebt',
    );
    assert.equal(q.speaker?.text, 'Der Pächter');
    assert.equal(q.hedged, false);
    const i = statementWith(
      'Der Tag begann ruhig. Die Bürgermeisterin, die möglicherweise erneut kandidiert, sagte, der Ort sei überlaufen.',
      [],
      'überlaufen',
    );
    assert.equal(i.hedged, false);
  });
  it('still hedges a hedge in the content and a reportive "soll" in the frame', () => {
    const c = statementWith(
      'Der Tag begann ruhig. Die Bürgermeisterin sagte, der Ort sei vielleicht überlaufen.',
      [],
      'überlaufen',
    );
    assert.equal(c.hedged, true);
    const f = statementWith(
      'Der Tag begann ruhig. Der Minister soll gesagt haben, die Lage sei ernst.',
      [],
      'Lage sei ernst',
    );
    assert.equal(f.hedged, true);
  });
});
