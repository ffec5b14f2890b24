import * as assert from 'node:assert/strict';
import { openingsDiffer } from '../../src/core/corpus/eventSimilarity';
import { fingerprint, groupOf, only } from './eventFixtures';

// Opposite acts on one object (issue 9; test/fixtures/events, session 28). Invented families written and measured
// before any rule (main 6d18a86): ward 0.267, ferrystrike 0.364, trial 0.400.

describe('closures and reopenings (test/fixtures/events, session 28)', () => {
  it("reads a closure and an opening again in the head, a reopening's report naming the closure it ends", () => {
    assert.equal(fingerprint('Brücke gesperrt\n\nDie Brücke bei Velmsted ist seit Montag gesperrt.\n').opening, 1);
    assert.equal(
      fingerprint('Ward to close\n\nThe hospital will close its ward, it said. It shut a clinic.\n').opening,
      1,
    );
    assert.equal(
      fingerprint(
        'Brücke wieder frei\n\nDrei Monate nach ihrer Sperrung ist die Brücke wieder für Autos freigegeben.\n',
      ).opening,
      2,
    );
    assert.equal(
      fingerprint('Station öffnet wieder\n\nDie Station hat am Montag nach der Schließung geöffnet.\n').opening,
      2,
    );
    assert.equal(
      fingerprint('Office reopens\n\nThe office reopened on Tuesday, six weeks after its closure.\n').opening,
      2,
    );
    // Neither: a closure named only in the body (after the title and the first two sentences).
    assert.equal(
      fingerprint(
        'Feuer gelöscht\n\nEin Brand wurde am Dienstag gelöscht. Die Feuerwehr war mit 40 Kräften da.\n\nDie Straße war gesperrt.\n',
      ).opening,
      undefined,
    );
  });

  it('keeps a closure apart from the opening again of what was closed, not two closures', () => {
    assert.equal(openingsDiffer({ opening: 1 }, { opening: 2 }), true);
    assert.equal(openingsDiffer({ opening: 2 }, { opening: 1 }), true);
    assert.equal(openingsDiffer({ opening: 1 }, { opening: 1 }), false);
    assert.equal(openingsDiffer({ opening: 2 }, {}), false);
  });

  it("keeps a closure's report apart from the reopening's weeks later (bridge, cyber)", () => {
    assert.deepEqual(groupOf(only('bridge', 'a2-en-closed.txt', 'b2-en-reopened.txt'), 'a2-en-closed.txt'), [
      'a2-en-closed.txt',
    ]);
    assert.deepEqual(groupOf(only('cyber', 'a2-en-ransom.txt', 'b1-de-restore.txt'), 'a2-en-ransom.txt'), [
      'a2-en-ransom.txt',
    ]);
  });
});
