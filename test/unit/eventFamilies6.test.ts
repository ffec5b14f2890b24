import * as assert from 'node:assert/strict';
import { townsDiffer } from '../../src/core/corpus/eventSimilarity';
import { fingerprint, groupOf, only } from './eventFixtures';

// Towns no list knows, read by their shape and position (issue 9;
// test/fixtures/events, session 27). Invented families written and measured before any rule (main f2f07c6):
// bridge 0.267, plantfire 0.143, ceo 0.400.

describe('towns no list knows (test/fixtures/events, session 27)', () => {
  it("reads a date line's town and a place after 'in', 'bei', 'near' as the head's towns", () => {
    assert.deepEqual(
      fingerprint('Feuer gelöscht\n\nOrlenbrück, 04.02.2025, 14:20 Uhr\n\nEin Brand wurde am Dienstag gelöscht.\n')
        .towns,
      ['n:orlenbruk'],
    );
    assert.deepEqual(
      fingerprint('Bridge shut\n\nAuthorities closed a bridge near the town of Velmsted on Monday.\n').towns,
      ['n:velmst'],
    );
    // A weekday opens a date line but names no town; a known city is a site, not a town here.
    assert.equal(fingerprint('Feuer\n\nMontag, 04.02.2025\n\nEin Brand in Hamburg wurde gelöscht.\n').towns, undefined);
  });

  it('keeps apart two heads whose towns neither names, unless a known place joins them', () => {
    const a = { places: [] as string[], towns: [1], fids: [1, 5, 9] };
    const b = { places: [] as string[], towns: [2], fids: [2, 6, 9] };
    assert.equal(townsDiffer(a, b), true);
    // The other names the town somewhere (a report from elsewhere, a dateline's capital).
    assert.equal(townsDiffer(a, { ...b, fids: [1, 2, 6, 9] }), false);
    // Both place their towns in one known country: the towns may be of different grain.
    assert.equal(townsDiffer({ ...a, places: ['USA'] }, { ...b, places: ['USA'] }), false);
    assert.equal(townsDiffer(a, { ...b, towns: [] }), false);
  });

  it("keeps one town's act apart from the same act in another town on the same day (bridge, plantfire, ceo)", () => {
    assert.deepEqual(groupOf(only('bridge', 'a1-de-closed.txt', 'c1-de-hollerbeck.txt'), 'a1-de-closed.txt'), [
      'a1-de-closed.txt',
    ]);
    assert.deepEqual(groupOf(only('plantfire', 'f1-de-fire.txt', 'h1-de-ahlenfurt.txt'), 'f1-de-fire.txt'), [
      'f1-de-fire.txt',
    ]);
    assert.deepEqual(groupOf(only('ceo', 'k1-de-exit.txt', 'p1-de-korvalt.txt'), 'k1-de-exit.txt'), ['k1-de-exit.txt']);
  });
});
