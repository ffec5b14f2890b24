// German sources named by a phrase of the clause rather than its subject: media and issues that carry an
// impersonal passive. Invented fixtures.
import { strict as assert } from 'node:assert';
import { statementWith } from './speakerFixtures';

describe('statements: sources named by a phrase of the clause', () => {
  it('takes the media or an issue after "in" as the source of a passive without agent', () => {
    const media = statementWith(
      'Der Tag begann ruhig. In den Medien war der Plan schon als „Wunder der Technik“ bezeichnet worden.',
      [],
      'Wunder der Technik',
    );
    assert.equal(media.speaker?.text, 'den Medien');
    const issue = statementWith(
      'Der Tag begann ruhig. In der neuen Ausgabe der Zeitschrift wird erwogen, ob der Plan zu teuer ist.',
      [],
      'zu teuer',
    );
    assert.equal(issue.speaker?.text, 'der neuen Ausgabe der Zeitschrift');
  });
});
