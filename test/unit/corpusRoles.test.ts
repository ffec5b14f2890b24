// The hover's corpus step keeps its role index (statements/resolve.ts CorpusRoles) as articles come and go
// (corpus/related.ts putArticle, removeArticle): after any puts and removals it answers every speaker exactly as
// one made afresh from the look-up's articles. Invented articles built by hand (no analysis run).
import { strict as assert } from 'node:assert';
import { corpusSpeaker, createCorpusLookup, putArticle, removeArticle } from '../../src/core/corpus/related';
import { CorpusRoles, corpusRoleHolder } from '../../src/core/statements/resolve';
import type { Actor, ActorKind, ArticleAnalysis, Statement } from '../../src/core/types';
import { random } from './random';

function actor(id: string, kind: ActorKind, name: string, roles: string[] = []): Actor {
  return {
    id,
    name,
    kind,
    roles,
    aliases: [],
    mentions: [{ start: 0, end: name.length, text: name }],
  } as unknown as Actor;
}

/** Persons with roles (some one-word names, whose ids the look-up changes as full names come and go) and places. */
const PERSONS: [string, string[]][] = [
  ['Pavel Dorn', ['nordländischer Präsident']],
  ['Dorn', ['nordländischer Präsident']],
  ['Jens Molt', ['südländischer Präsident', 'Regierungssprecher']],
  ['Molt', ['Regierungssprecher']],
  ['Ilka Varga', ['Regierungssprecherin']],
  ['Tomas Reil', ['Polizeisprecher']],
  ['Reil', ['Polizeisprecher']],
  ['Edda Kranz', ['Polizeisprecher', 'Bahnchef']],
  ['Oskar Lind', ['Bahnchef']],
  ['Mira Holt', ['südländische Präsidentin']],
];
const PLACES = ['Nordhafen', 'Südtal', 'Weidenau', 'Kestrow'];
const SPEAKERS = [
  'Der nordländische Staatschef',
  'der südländische Präsident',
  'Der Regierungssprecher',
  'Die Regierungssprecherin',
  'Ein Polizeisprecher',
  'Der Bahnchef',
  'der Sprecher',
];

function article(path: string, r: () => number): ArticleAnalysis {
  const actors: Actor[] = [];
  let n = 0;
  for (const [name, roles] of PERSONS)
    if (r() < 0.3)
      actors.push(
        actor(
          `p${n++}`,
          'person',
          name,
          roles.filter(() => r() < 0.8),
        ),
      );
  for (const place of PLACES) if (r() < 0.4) actors.push(actor(`p${n++}`, 'place', place));
  return { path, actors, statements: [], sentences: [], warnings: [] } as unknown as ArticleAnalysis;
}

function unresolved(text: string): Statement {
  return { speaker: { text, actorId: null, vague: false }, via: [] } as unknown as Statement;
}

describe('corpus step: the role index kept as the index changes', () => {
  it('answers every speaker as one made afresh, after random puts and removals', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = random(seed);
      const lookup = createCorpusLookup();
      const paths = Array.from({ length: 14 }, (_, i) => `file:///ws/${i}.txt`);
      const probes = Array.from({ length: 5 }, (_, i) => article(`file:///probe/${i}.txt`, r));
      let checked = 0;
      for (let step = 0; step < 60; step++) {
        const p = paths[Math.floor(r() * paths.length)]!;
        if (r() < 0.3) removeArticle(lookup, p);
        else putArticle(lookup, article(p, r), { assignIds: true });
        // The index is made at the first hover (not at once), then kept.
        if (step === 5) corpusSpeaker(lookup, probes[0]!, unresolved(SPEAKERS[0]!));
        if (step < 5 || r() < 0.6) continue;
        const fresh = new CorpusRoles(lookup.byPath.values());
        for (const here of probes)
          for (const text of SPEAKERS) {
            const want = corpusRoleHolder(fresh, here, text);
            assert.equal(corpusSpeaker(lookup, here, unresolved(text)), want, `seed ${seed} step ${step}: ${text}`);
            if (want) checked++;
          }
      }
      assert.ok(checked > 0, `seed ${seed}: some speaker is resolved`);
    }
  });

  it('takes the holder of a removed article out, and a re-put article goes after the others', () => {
    const lookup = createCorpusLookup();
    const here = { path: 'x', actors: [], statements: [] } as unknown as ArticleAnalysis;
    const a = (path: string, name: string) =>
      ({
        path,
        actors: [actor('p0', 'person', name, ['nordländischer Präsident'])],
        statements: [],
        sentences: [],
        warnings: [],
      }) as unknown as ArticleAnalysis;
    putArticle(lookup, a('a.txt', 'Pavel Dorn'), { assignIds: true });
    assert.equal(corpusSpeaker(lookup, here, unresolved('Der nordländische Staatschef'))?.name, 'Pavel Dorn');
    putArticle(lookup, a('b.txt', 'Lena Sarow'), { assignIds: true });
    assert.equal(corpusSpeaker(lookup, here, unresolved('Der nordländische Staatschef')), null);
    removeArticle(lookup, 'a.txt');
    assert.equal(corpusSpeaker(lookup, here, unresolved('Der nordländische Staatschef'))?.name, 'Lena Sarow');
  });
});
