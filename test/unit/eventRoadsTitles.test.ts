import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { computeConcepts } from '../../src/core/corpus/fingerprint';

// Invented texts (session 27, evfam6): towns, roads and people made up.
function keys(path: string, text: string): string[] {
  return analyzeArticle(text, path).fingerprint?.keys ?? [];
}

describe('event features: roads and "-meister" offices', () => {
  it('reads a road number the same in both spellings ("A 31" and "A31", "B 118" and "B118", "I-84" and "I84")', () => {
    const de = keys(
      'de.txt',
      'Unfall auf der A 31 bei Hennelsfeld\n\nAuf der A 31 bei Hennelsfeld sind am Donnerstag drei Lastwagen ' +
        'zusammengestoßen. Der Verkehr wurde über die B 118 umgeleitet, teilte die Polizei mit.\n',
    );
    const en = keys(
      'en.txt',
      'Lorries collide on German A31\n\nThree lorries collided on the A31 near Hennelsfeld on Thursday, police said. ' +
        'Traffic was diverted onto the B118.\n',
    );
    const roads = (ks: string[]) => ks.filter((k) => /^n:[ab][0-9]+$/.test(k)).sort();
    assert.equal(roads(de).length, 2, de.join(' '));
    assert.deepEqual(roads(de), roads(en), `${de.join(' ')} / ${en.join(' ')}`);
    // The road's number is no count.
    assert.ok(!de.includes('#:31') && !de.includes('#:118'), de.join(' '));
    const us = keys(
      'us.txt',
      'Pileup on I-84\n\nA 47-year-old driver was hurt when six cars collided on the I-84 near Caldmoor on Sunday.\n',
    );
    assert.ok(us.includes('n:i84'), us.join(' '));
    // "A 47-year-old" is an article and an age, no road.
    assert.ok(!us.includes('n:a47'), us.join(' '));
  });

  it('reads no champion in a "-meister" office or trade ("Kreisbrandmeister", "Hausmeister", "Bäckermeister")', () => {
    for (const w of ['kreisbrandmeister', 'brandmeister', 'hausmeister', 'bäckermeister', 'straßenmeisterei'])
      assert.ok(!computeConcepts(w).includes('champion'), w);
    assert.ok(computeConcepts('kreisbrandmeister').includes('fire'));
    for (const w of ['weltmeister', 'europameisterin', 'vizemeister', 'landesmeister', 'meisterschaft'])
      assert.ok(computeConcepts(w).includes('champion'), w);
    const k = keys(
      'fire.txt',
      'Scheune in Rottwiesen abgebrannt\n\nIn Rottwiesen ist in der Nacht eine Scheune abgebrannt. ' +
        'Kreisbrandmeister Olaf Gerstenkamp sagte, 60 Feuerwehrleute seien im Einsatz gewesen.\n',
    );
    assert.ok(!k.includes('c:champion'), k.join(' '));
  });
});
