import * as assert from 'node:assert/strict';
import { family, fingerprint, groupOf, grouped, only } from './eventFixtures';

// One event's German and English reports (issue 9; test/fixtures/events/xl*, session 28). Invented families written
// and measured before any rule (main 6d18a86): xlrescue 0.600, xlsanctions 1.000, xltransfer 0.923; cross-language
// true pairs of the three joined 12/15.

describe('the same event across German and English (test/fixtures/events/xl*, session 28)', () => {
  it("reads 'striker' and 'Stürmer' as a player, not a strike or a storm", () => {
    const en = fingerprint('Club sign striker\n\nRovers have signed striker Pavo Lentz for 9 million euros.\n');
    assert.notEqual(en.act, 'strike');
    assert.ok(en.keys!.includes('c:striker'));
    assert.ok(!en.keys!.includes('c:strike'));
    const de = fingerprint('Neuer Stürmer\n\nDer Verein hat Stürmer Pavo Lentz verpflichtet.\n');
    assert.ok(de.keys!.includes('c:striker'));
    assert.ok(!de.keys!.includes('c:storm'));
    // The English report of a transfer met its German report's act apart ("strike" against "treaty").
    assert.deepEqual(groupOf(only('xltransfer', 'b1-de-2024.txt', 'b2-en-2024.txt'), 'b1-de-2024.txt'), [
      'b1-de-2024.txt',
      'b2-en-2024.txt',
    ]);
  });

  it("reads 'Lösegeld' and 'ransom' as one thing", () => {
    assert.ok(fingerprint('Angriff\n\nDie Täter forderten Lösegeld von der Stadt.\n').keys!.includes('c:ransom'));
    assert.ok(fingerprint('Attack\n\nThe hackers demanded a ransom from the town.\n').keys!.includes('c:ransom'));
    assert.ok(
      grouped(family('cyber').texts).some((g) => g.includes('a5-de-short.txt') && g.includes('a2-en-ransom.txt')),
    );
  });

  it("gives a German '-ien' and an English '-ia' name one key", () => {
    const de = fingerprint('Sanktionen\n\nDie EU verhängt Sanktionen gegen Korvenien.\n');
    const en = fingerprint('Sanctions\n\nThe EU imposes sanctions on Korvenia.\n');
    const key = (fp: { keys?: string[] }) => fp.keys!.find((k) => k.startsWith('n:korven'));
    assert.equal(key(de), 'n:korveni');
    assert.equal(key(en), 'n:korveni');
  });
});
