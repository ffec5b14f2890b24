// The spelling-tolerant keys under which actors of different articles meet.
import * as assert from 'node:assert/strict';
import type { Actor, ArticleAnalysis } from '../../src/core/types';
import { unifyActorIds } from '../../src/core/corpus/corpus';
import { ActorIdentity, actorKey, canonicalName } from '../../src/core/corpus/identity';
import { createCorpusLookup, putArticle } from '../../src/core/corpus/related';
import { analyzeArticle, emptyAnalysis } from '../../src/core/analyze';
import { abbreviationsSpelledOut } from '../../src/core/actors/initials';
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

  it('brings German inflected forms of a name together: a genitive last name, inflected adjectives of a body', () => {
    assert.equal(actorKey({ kind: 'person', name: 'Anna Bergs' }), actorKey({ kind: 'person', name: 'Anna Berg' }));
    assert.equal(
      actorKey({ kind: 'organization', name: 'Nordländischen Bahn' }),
      actorKey({ kind: 'organization', name: 'Nordländische Bahn' }),
    );
    assert.equal(
      actorKey({ kind: 'media', name: 'Nordländischer Rundschau' }),
      actorKey({ kind: 'organization', name: 'Nordländische Rundschau' }),
    );
    // A one-word name, a place, and a last name in "-ss" stay as written.
    assert.notEqual(actorKey({ kind: 'person', name: 'Bergs' }), actorKey({ kind: 'person', name: 'Berg' }));
    assert.notEqual(actorKey({ kind: 'place', name: 'Bergs' }), actorKey({ kind: 'place', name: 'Berg' }));
    assert.equal(actorKey({ kind: 'person', name: 'Carl Gauss' }), `person:${nameKey('Carl Gauss')}`);
    // The corpus id is the uninflected name when an article has it.
    const body = (id: string, name: string): Actor => ({
      id,
      name,
      kind: 'organization',
      roles: [],
      roleSpans: [],
      aliases: [name],
      mentions: [{ start: 0, end: name.length, text: name }],
      descriptors: [],
    });
    const articles = [
      { ...emptyAnalysis('a.txt', null), actors: [body('organization:x', 'Nordländischen Bahn')] },
      { ...emptyAnalysis('b.txt', null), actors: [body('organization:y', 'Nordländische Bahn')] },
    ];
    unifyActorIds(articles);
    assert.deepEqual(
      articles.map((a) => a.actors[0]!.id),
      ['organization:nordlandische-bahn', 'organization:nordlandische-bahn'],
    );
  });

  it("joins an abbreviation to the one body of the corpus it abbreviates, when their articles share another actor, in the batch and in the editor's index alike", () => {
    const actor = (name: string, kind: Actor['kind'] = 'organization'): Actor => ({
      id: `${kind}:${name.toLowerCase().replace(/\W+/gu, '-')}`,
      name,
      kind,
      roles: [],
      roleSpans: [],
      aliases: [name],
      mentions: [{ start: 0, end: name.length, text: name }],
      descriptors: [],
    });
    const art = (path: string, ...names: Actor[]): ArticleAnalysis => ({ ...emptyAnalysis(path, null), actors: names });
    const articles = [
      art('a.txt', actor('Nordland Ferry Workers Union'), actor('Nordhafen', 'place')),
      art('b.txt', actor('NFWU'), actor('Nordhafen', 'place')),
      // No actor in common with the other story: "NFWU" of a.txt/b.txt stays apart from this one.
      art('c.txt', actor('Southern Grain Cooperative'), actor('Westmark', 'place')),
      art('d.txt', actor('SGC'), actor('Ostheim', 'place')),
      // A legal form is no initial: "Helio Data SA" is no "HDSA".
      art('e.txt', actor('Helio Data SA'), actor('Nordhafen', 'place')),
      art('f.txt', actor('HDSA'), actor('Nordhafen', 'place')),
    ];
    // The same corpus as the editor's index takes it, article by article (putArticle with assignIds), in either
    // order: the same actors meet as in the batch. The inflected forms of a body meet there too (their key).
    articles.push(
      art('g.txt', actor('Nordländischen Bahn'), actor('Westmark', 'place')),
      art('h.txt', actor('Nordländische Bahn'), actor('Ostheim', 'place')),
    );
    const copy = (): ArticleAnalysis[] => structuredClone(articles);
    const grouping = (arts: ArticleAnalysis[]): string[][] => {
      const groups = new Map<string, string[]>();
      for (const a of arts)
        for (const x of a.actors) (groups.get(x.id) ?? groups.set(x.id, []).get(x.id)!).push(`${a.path}/${x.name}`);
      return [...groups.values()].map((g) => g.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    };
    const incremental = (arts: ArticleAnalysis[]): string[][] => {
      const lookup = createCorpusLookup();
      for (const a of arts) putArticle(lookup, a, { assignIds: true });
      return grouping(arts);
    };
    const batch = copy();
    unifyActorIds(batch);
    const expected = grouping(batch);
    assert.deepEqual(incremental(copy()), expected);
    assert.deepEqual(incremental(copy().reverse()), expected);
    assert.ok(expected.some((g) => g.includes('a.txt/Nordland Ferry Workers Union') && g.includes('b.txt/NFWU')));
    assert.ok(expected.some((g) => g.includes('g.txt/Nordländischen Bahn') && g.includes('h.txt/Nordländische Bahn')));
    unifyActorIds(articles);
    const id = (k: number): string => articles[k]!.actors[0]!.id;
    assert.equal(id(1), id(0));
    assert.equal(id(0), 'organization:nordland-ferry-workers-union');
    assert.notEqual(id(3), id(2));
    assert.notEqual(id(5), id(4));
  });

  it('joins an abbreviation to the one long name of the article whose initials spell it', () => {
    assert.deepEqual(
      [...abbreviationsSpelledOut(['Federal Bureau of Investigation', 'FBI', 'F.B.I.', 'Acme Corp.', 'NASA'])],
      [
        ['FBI', 'Federal Bureau of Investigation'],
        ['F.B.I.', 'Federal Bureau of Investigation'],
      ],
    );
    // Two long names with the same initials: the abbreviation stays on its own.
    assert.equal(abbreviationsSpelledOut(['National Rowing Association', 'Nordic Rail Alliance', 'NRA']).size, 0);
  });

  it('joins an abbreviation that keeps the "o" of "of" ("BoJ", "DoJ") and one that counts it ("BOJ") to the long name', () => {
    assert.deepEqual(
      [
        ...abbreviationsSpelledOut([
          'Bank of Japan',
          'BoJ',
          'BOJ',
          'Department of Justice',
          'DoJ',
          'Federal Bureau of Investigation',
          'FBI',
        ]),
      ],
      [
        ['BoJ', 'Bank of Japan'],
        ['BOJ', 'Bank of Japan'],
        ['DoJ', 'Department of Justice'],
        ['FBI', 'Federal Bureau of Investigation'],
      ],
    );
    const a = analyzeArticle(
      'Yen jumps\n\nThe BoJ raised rates. The Bank of Japan said prices were rising.\n',
      'en.txt',
    );
    const boj = a.actors.filter((x) => x.kind === 'organization');
    assert.deepEqual(
      boj.map((x) => x.name),
      ['Bank of Japan'],
    );
  });

  it('gives an abbreviation and its long name in one article one actor, in English and German', () => {
    const en = analyzeArticle(
      'Probe widens\n\nThe FBI said it was investigating. The Federal Bureau of Investigation later added that no arrests had been made.\n',
      'en.txt',
    );
    const fbi = en.actors.filter((a) => a.kind === 'organization');
    assert.deepEqual(
      fbi.map((a) => a.name),
      ['Federal Bureau of Investigation'],
    );
    assert.deepEqual(fbi[0]!.aliases.sort(), ['FBI', 'Federal Bureau of Investigation']);
    const de = analyzeArticle(
      'Streik angekündigt\n\nDie Gewerkschaft Deutscher Lokomotivführer hat einen Streik angekündigt. Die GDL teilte mit, der Streik beginne am Mittwoch.\n',
      'de.txt',
    );
    const gdl = de.actors.filter((a) => a.kind === 'organization');
    assert.equal(gdl.length, 1, JSON.stringify(gdl.map((a) => a.name)));
    assert.ok(gdl[0]!.aliases.includes('GDL'));
  });

  it("gives an outlet's abbreviation and its long name one actor of the medium's type, a legal form in the long name or not", () => {
    const a = analyzeArticle(
      'Cuts announced\n\nThe National Broadcasting Company said on Monday that it would cut jobs. The NBC said the cuts would affect its news programmes.\n',
      'en.txt',
    );
    const abc = a.actors.filter((x) => x.kind === 'organization' || x.kind === 'media');
    assert.equal(abc.length, 1, JSON.stringify(abc.map((x) => [x.name, x.kind])));
    assert.equal(abc[0]!.kind, 'media');
    assert.deepEqual(abc[0]!.aliases.sort(), ['NBC', 'National Broadcasting Company']);
    assert.equal(new Set(a.statements.map((s) => s.speaker?.actorId)).size, 1);
  });

  it("gives a bracketed short form the long name's gazetteer key: one actor, not two with one id", () => {
    const a = analyzeArticle(
      'Outbreak contained\n\nThe World Health Organization (WHO) said the outbreak was contained. The WHO will send experts.\n',
      'en.txt',
    );
    const who = a.actors.filter((x) => x.kind === 'organization');
    assert.equal(who.length, 1, JSON.stringify(who.map((x) => x.aliases)));
    assert.deepEqual(who[0]!.aliases.sort(), ['WHO', 'World Health Organization']);
  });

  describe('state: one object per index or run, nothing kept by module', () => {
    const person = (id: string, name: string): Actor => ({
      id,
      name,
      kind: 'person',
      roles: [],
      roleSpans: [],
      aliases: [name],
      mentions: [{ start: 0, end: name.length, text: name }],
      descriptors: [],
    });
    const article = (path: string, ...actors: Actor[]): ArticleAnalysis => ({ ...emptyAnalysis(path, null), actors });

    it('two ActorIdentity objects keep their own memo of name keys', () => {
      const a = new ActorIdentity();
      const b = new ActorIdentity();
      assert.equal(
        a.actorKey({ kind: 'person', name: 'Juri Tschernow' }),
        actorKey({ kind: 'person', name: 'Yuri Chernov' }),
      );
      assert.ok(a.size > 0);
      assert.equal(b.size, 0);
      assert.deepEqual(a.personWordKeys({ kind: 'person', name: 'Anna Berg' }), [nameKey('Anna'), nameKey('Berg')]);
      assert.equal(b.loneNameKey({ kind: 'person', name: 'Berg' }), nameKey('Berg'));
      assert.equal(b.loneNameKey({ kind: 'place', name: 'Berg' }), null);
    });

    it('two corpus look-ups in one process do not see each other', () => {
      const one = createCorpusLookup();
      const two = createCorpusLookup();
      putArticle(one, article('a.txt', person('person:anna-berg', 'Anna Berg')), { assignIds: true });
      // In the first look-up a lone "Berg" joins Anna Berg; in the second, which never saw her, it stays apart.
      const inOne = putArticle(one, article('b.txt', person('person:berg', 'Berg')), { assignIds: true });
      const inTwo = putArticle(two, article('b.txt', person('person:berg', 'Berg')), { assignIds: true });
      assert.equal(inOne.get('person:berg'), 'person:anna-berg');
      assert.equal(inTwo.get('person:berg'), 'person:berg');
      assert.notEqual(one.identity, two.identity);
      assert.equal(two.byPath.size, 1);
    });

    it('two runs of unifyActorIds give the same ids, whatever ran before', () => {
      const run = () => {
        const articles = [
          article('a.txt', person('person:anna-berg', 'Anna Berg')),
          article('b.txt', person('person:berg', 'Berg')),
        ];
        unifyActorIds(articles);
        return articles.map((a) => a.actors[0]!.id);
      };
      const first = run();
      unifyActorIds([article('c.txt', person('person:carl-berg', 'Carl Berg'))]);
      assert.deepEqual(run(), first);
      assert.deepEqual(first, ['person:anna-berg', 'person:anna-berg']);
    });
  });
});
