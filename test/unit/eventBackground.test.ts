import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { family, grouped } from './eventFixtures';

// What a report names as having come before its own act is the background of that act, not the act (issue 9: "a
// war's background makes a visit's act 'attack'"). Read in the head: a span back-reference ("drei Wochen nach dem
// Erdbeben", "a month after the earthquake") and a sentence that opens with "Nach"/"After" ("Nach dem Hurrikan an
// der Küste …"); the one or two content words they name do not count for the dominant act, as a quoted act does
// not. They stay features (the words both reports share) and ordinals (the follow-up a span marks).
// calls (a prime minister's aid call after a hurricane, read as a storm report, apart from the English report of the
// same call): 0.923 -> 1.000 alone, and in one folder with all 36 families (215 files) 0.931 -> 0.934; every other
// family, events-dev, events-dev2, the seeds and the Wikinews wrong joins (96) unchanged.

function act(text: string): string | null {
  return analyzeArticle(text, 'x.txt').fingerprint!.act;
}

describe('an act a report names as what came before its own (test/fixtures/events, calls)', () => {
  it('reads the act after a sentence-opening "Nach" as background, not as the act reported', () => {
    assert.equal(
      act(
        'Varga sagt Lindmark Hilfe zu\n\nNach dem Hurrikan an der Küste von Lindmark hat Regierungschef Pál Varga dem ' +
          'Präsidenten Ode Brask in einem Telefonat Hilfe zugesagt. Das Land schickt 20 Tonnen Hilfsgüter, teilte die ' +
          'Regierung am Dienstag mit.\n',
      ),
      'phone',
    );
  });

  it('reads the act a span back-reference names as background, and keeps it as the act followed up', () => {
    const donors = analyzeArticle(
      'Donors pledge millions for Lindmark schools\n\nA month after the earthquake in northern Lindmark, donors at a ' +
        'conference in Geneva pledged 300 million dollars for schools and roads.\n',
      'x.txt',
    ).fingerprint!;
    assert.equal(donors.act, null);
    assert.equal(donors.ordinals['c:quake'], 2);
    assert.equal(
      act(
        'Geber sagen Millionen für Wiederaufbau zu\n\nVier Wochen nach dem schweren Erdbeben im Norden Lindmarks haben ' +
          'internationale Geber auf einer Konferenz in Genf 300 Millionen Dollar zugesagt. Das Geld soll in Schulen ' +
          'fließen.\n',
      ),
      null,
    );
  });

  it('still reads an act the head reports after a later "nach" as the act', () => {
    assert.equal(
      act(
        'Erdbeben erschüttert Lindmark\n\nEin Erdbeben der Stärke 6,1 hat am Mittwoch den Norden Lindmarks ' +
          'erschüttert. Nach dem Beben suchten Helfer nach Verschütteten.\n',
      ),
      'quake',
    );
  });

  it('groups the calls family as its gold does', () => {
    const { texts, gold } = family('calls');
    assert.deepEqual(grouped(texts), gold);
  });
});
