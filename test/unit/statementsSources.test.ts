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

describe('statements: the clause an according-to phrase vouches for', () => {
  it('starts after "und" when the phrase opens a conjunct of its own', () => {
    const s = statementWith(
      'Der Tag begann ruhig. Der Mann soll die Kasse geöffnet haben und laut Zeugen auch versucht haben, das Geld zu nehmen.',
      [],
      'das Geld zu nehmen',
    );
    assert.equal(s.kind, 'according-to');
    assert.equal(s.content.text, 'auch versucht haben, das Geld zu nehmen.');
    // The source's own "und" is no conjunct of the claim.
    const both = statementWith(
      'Der Tag begann ruhig. Die Erschütterungen waren Berichten der Sender Nord und Süd zufolge weithin zu spüren.',
      [],
      'weithin',
    );
    assert.ok(both.content.text.startsWith('Die Erschütterungen'), both.content.text);
  });
  it('starts after a colon before the phrase', () => {
    const s = statementWith(
      'Der Tag begann ruhig. Die Sprecherin schloss sich der Kritik an: Die Mittel seien ihrer Meinung nach zu hart.',
      [],
      'zu hart',
    );
    assert.equal(s.content.text, 'Die Mittel seien ihrer Meinung nach zu hart.');
  });
});
