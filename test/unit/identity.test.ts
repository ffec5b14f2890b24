// The spelling-tolerant keys under which actors of different articles meet.
import * as assert from 'node:assert/strict';
import { actorKey, canonicalName } from '../../src/core/corpus/identity';
import { nameKey } from '../../src/core/text/nameKey';

describe('identity', () => {
  it('folds hyphens, spaces and German/English transliteration', () => {
    assert.equal(nameKey('Park Min-jae'), nameKey('Park Min Jae'));
    assert.equal(nameKey('Sorokow'), nameKey('Sorokov'));
    assert.equal(nameKey('Juri Tschernow'), nameKey('Yuri Chernov'));
    assert.notEqual(nameKey('Sorokow'), nameKey('Sorokin'));
  });

  it('brings exonyms of places and institutions together', () => {
    assert.equal(actorKey({ kind: 'place', name: 'Moskau' }), actorKey({ kind: 'place', name: 'Moscow' }));
    assert.equal(actorKey({ kind: 'place', name: 'Peking' }), actorKey({ kind: 'place', name: 'Beijing' }));
    assert.equal(actorKey({ kind: 'place', name: 'Vereinigte Staaten' }), actorKey({ kind: 'place', name: 'USA' }));
    assert.equal(
      actorKey({ kind: 'organization', name: 'Vereinte Nationen' }),
      actorKey({ kind: 'organization', name: 'UN' }),
    );
    assert.equal(canonicalName('person', 'Moskau'), 'Moskau');
  });

  it('treats media and organisations as one kind, people and places apart', () => {
    assert.equal(
      actorKey({ kind: 'media', name: 'Halden Post' }),
      actorKey({ kind: 'organization', name: 'Halden Post' }),
    );
    assert.notEqual(actorKey({ kind: 'person', name: 'Georgia' }), actorKey({ kind: 'place', name: 'Georgia' }));
  });
});
