// Unit tests of the corpus look-up (src/core/corpus/related.ts) and of the editor-free questions of
// src/vscode/articleFacts.ts, claimGroups.ts and articleOffer.ts, over small analyses built here (no analysis
// run): the look-ups behind the hover cards, the claims view and related coverage.
import * as assert from 'node:assert';
import {
  actorProfile,
  bestMatchingPassage,
  buildCorpusLookup,
  corpusActorId,
  createCorpusLookup,
  findAligned,
  memberIn,
  putArticle,
  quoteKey,
  relatedArticles,
  removeArticle,
  sameQuoteOutsideEvent,
  setEvents,
  slimForIndex,
} from '../../src/core/corpus/related';
import type { Actor, AlignedClaim, ArticleAnalysis, ClaimRef, CorpusAnalysis, Statement } from '../../src/core/types';
import {
  actorAt,
  actorsById,
  articleStats,
  chainLabel,
  isVague,
  sourceOf,
  statementsAt,
  vagueReasonOf,
} from '../../src/vscode/articleFacts';
import { looksLikeArticle } from '../../src/vscode/articleOffer';
import { groupClaims } from '../../src/vscode/claimGroups';

function span(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" in fixture`);
  return { start, end: start + part.length, text: part };
}

function actor(
  text: string,
  id: string,
  kind: Actor['kind'],
  name: string,
  forms: string[],
  roles: string[] = [],
): Actor {
  const mentions = forms.map((f) => span(text, f));
  return { id, name, kind, roles, roleSpans: [], aliases: [...new Set(forms)], mentions, descriptors: [] };
}

function statement(
  text: string,
  quote: string,
  opts: {
    cue?: string;
    speaker?: string;
    actorId?: string | null;
    vague?: boolean;
    via?: { text: string; actorId: string | null; vague?: boolean }[];
    hedged?: boolean;
    kind?: Statement['kind'];
  },
): Statement {
  const content = span(text, quote);
  const speaker = opts.speaker
    ? { ...span(text, opts.speaker), actorId: opts.actorId ?? null, vague: !!opts.vague }
    : null;
  const cue = opts.cue ? span(text, opts.cue) : null;
  const ends = [content.end, speaker?.end ?? 0, cue?.end ?? 0];
  const starts = [content.start, speaker?.start ?? Infinity, cue?.start ?? Infinity];
  return {
    start: Math.min(...starts),
    end: Math.max(...ends),
    kind: opts.kind ?? 'direct',
    content: { ...content, parts: [{ start: content.start, end: content.end }] },
    cue,
    speaker,
    via: (opts.via ?? []).map((v) => ({ ...span(text, v.text), actorId: v.actorId, vague: v.vague })),
    hedged: !!opts.hedged,
  };
}

function article(
  path: string,
  text: string,
  actors: Actor[],
  statements: Statement[],
  extra: Partial<ArticleAnalysis> = {},
): ArticleAnalysis {
  return {
    path,
    language: 'de',
    title: text.split('\n')[0] ?? null,
    outlet: null,
    dateline: null,
    error: null,
    warnings: [],
    actors,
    statements,
    sentences: [],
    layout: { title: null, dateline: null, outlet: null, boilerplate: [], body: [] },
    date: null,
    dates: [],
    length: text.length,
    ...extra,
  };
}

const T1 =
  'Hafen baut\n„Wir investieren 40 Millionen Euro“, sagte Hafenchefin Maria Albers.\nExperten zufolge wächst der Umschlag.\nLaut dpa soll der Bau im Herbst beginnen.';
const T2 =
  'Port builds\n"Wir investieren 40 Millionen Euro", said Maria Albers, the port chief.\nMayor Keller supports it.';
const T3 = 'Konzert in Wien\n„Nie klang der Saal besser“, sagte Dirigentin Anna Weber.';

function corpus(): CorpusAnalysis {
  const a1 = article(
    'a1',
    T1,
    [
      actor(T1, 'person:maria-albers', 'person', 'Maria Albers', ['Maria Albers'], ['Hafenchefin']),
      actor(T1, 'media:dpa', 'media', 'dpa', ['dpa']),
    ],
    [
      statement(T1, 'Wir investieren 40 Millionen Euro', {
        cue: 'sagte',
        speaker: 'Maria Albers',
        actorId: 'person:maria-albers',
      }),
      statement(T1, 'wächst der Umschlag', { cue: 'zufolge', speaker: 'Experten', vague: true, kind: 'according-to' }),
      statement(T1, 'soll der Bau im Herbst beginnen', {
        cue: 'Laut',
        speaker: 'dpa',
        actorId: 'media:dpa',
        kind: 'according-to',
        hedged: true,
      }),
    ],
    { date: '2024-06-11' },
  );
  const a2 = article(
    'a2',
    T2,
    [
      actor(T2, 'person:maria-albers', 'person', 'Maria Albers', ['Maria Albers'], ['the port chief']),
      actor(T2, 'person:keller', 'person', 'Keller', ['Keller'], ['Mayor']),
    ],
    [
      statement(T2, 'Wir investieren 40 Millionen Euro', {
        cue: 'said',
        speaker: 'Maria Albers',
        actorId: 'person:maria-albers',
        via: [],
      }),
    ],
    { date: '2024-06' },
  );
  const a3 = article(
    'a3',
    T3,
    [actor(T3, 'person:anna-weber', 'person', 'Anna Weber', ['Anna Weber'], ['Dirigentin'])],
    [statement(T3, 'Nie klang der Saal besser', { cue: 'sagte', speaker: 'Anna Weber', actorId: 'person:anna-weber' })],
  );
  return {
    version: 1,
    articles: [a1, a2, a3],
    events: [
      { id: 'e1', label: 'Hafen', articles: ['a1', 'a2'] },
      { id: 'e2', label: 'Konzert', articles: ['a3'] },
    ],
  };
}

function ref(path: string, statement: number, text: string, part: string): ClaimRef {
  const s = span(text, part);
  return {
    path,
    statement,
    span: { start: s.start, end: s.end },
    text: part,
    kind: statement >= 0 ? 'direct' : 'fact',
    speakerId: null,
    speakerText: null,
    vague: false,
    via: [],
  };
}

function claim(members: ClaimRef[]): AlignedClaim {
  return {
    id: 'c1',
    label: members[0]!.text,
    members,
    articles: new Set(members.map((m) => m.path)).size,
    quote: true,
    quoteDrift: [],
    attributionDrift: [],
  };
}

describe('related (core)', () => {
  it('finds the actor and the innermost statement at an offset', () => {
    const c = corpus();
    const a1 = c.articles[0]!;
    assert.strictEqual(actorAt(a1, T1.indexOf('Albers'))?.actor.name, 'Maria Albers');
    assert.strictEqual(actorAt(a1, 0), null);
    assert.strictEqual(
      statementsAt(a1, T1.indexOf('investieren'))[0]?.content.text,
      'Wir investieren 40 Millionen Euro',
    );
  });

  it('says why a source is vague and counts vague shares', () => {
    const a1 = corpus().articles[0]!;
    const vague = a1.statements[1]!;
    assert.ok(isVague(vague));
    assert.match(vagueReasonOf(vague)!, /Experten/);
    assert.strictEqual(vagueReasonOf(a1.statements[0]!), null);
    const s = articleStats(a1);
    assert.deepStrictEqual([s.actors, s.statements, s.vague, s.hedged], [2, 3, 1, 1]);
    assert.ok(Math.abs(s.vagueShare - 1 / 3) < 1e-9);
  });

  it('labels the speaker and relay chain', () => {
    const text = '„Wir kommen“, sagte Kim laut KCNA.';
    const kim = actor(text, 'person:kim', 'person', 'Kim Jong-un', ['Kim']);
    const kcna = actor(text, 'media:kcna', 'media', 'KCNA', ['KCNA']);
    const s = statement(text, 'Wir kommen', {
      cue: 'sagte',
      speaker: 'Kim',
      actorId: 'person:kim',
      via: [{ text: 'laut KCNA', actorId: 'media:kcna' }],
    });
    const a = article('k', text, [kim, kcna], [s]);
    assert.strictEqual(chainLabel(s, actorsById(a)), 'Kim Jong-un, via KCNA');
    assert.deepStrictEqual(sourceOf(s, actorsById(a)), { key: 'media:kcna', label: 'KCNA', vague: false });
  });

  it('profiles an actor across the corpus', () => {
    const c = corpus();
    const lookup = buildCorpusLookup(c);
    const a1 = c.articles[0]!;
    const p = actorProfile(lookup, a1, a1.actors[0]!, 3);
    assert.deepStrictEqual(p.roles, [
      { role: 'Hafenchefin', path: 'a1' },
      { role: 'the port chief', path: 'a2' },
    ]);
    assert.deepStrictEqual(
      p.elsewhere.map((e) => e.path),
      ['a2'],
    );
    assert.strictEqual(p.elsewhere[0]!.mention.start, T2.indexOf('Maria Albers'));
    assert.strictEqual(p.statementCount, 2);
    assert.deepStrictEqual(
      p.statements.map((s) => s.path),
      ['a1', 'a2'],
    );
  });

  it('resolves an actor of an edited article by its identity key', () => {
    const lookup = buildCorpusLookup(corpus());
    const fresh = actor('Maria Albers', 'person:local-1', 'person', 'Maria Albers', ['Maria Albers']);
    assert.strictEqual(corpusActorId(lookup, fresh), 'person:maria-albers');
    assert.strictEqual(
      corpusActorId(lookup, actor('Nobody Else', 'person:x', 'person', 'Nobody Else', ['Nobody Else'])),
      null,
    );
  });

  it('finds the same quote in articles of other events only (alignment covers the event)', () => {
    const c = corpus();
    const a1 = c.articles[0]!;
    assert.deepStrictEqual(
      sameQuoteOutsideEvent(buildCorpusLookup(c), 'a1', a1.statements[0]!),
      [],
      'a2 is in the same event',
    );
    const apart = {
      ...c,
      events: [
        { id: 'e1', label: 'Hafen', articles: ['a1'] },
        { id: 'e2', label: 'Port', articles: ['a2'] },
        { id: 'e3', label: 'Konzert', articles: ['a3'] },
      ],
    };
    assert.deepStrictEqual(
      sameQuoteOutsideEvent(buildCorpusLookup(apart), 'a1', a1.statements[0]!).map((r) => r.path),
      ['a2'],
    );
    assert.strictEqual(quoteKey('„Wir  investieren!“'), quoteKey('wir investieren'));
  });

  it('lists related articles of the same event with reasons, from quotes or from aligned claims', () => {
    const lookup = buildCorpusLookup(corpus());
    const related = relatedArticles(lookup, 'a1');
    assert.deepStrictEqual(
      related.map((r) => r.path),
      ['a2'],
    );
    assert.ok(
      related[0]!.reasons.some((r) => r.kind === 'names' && r.names.includes('Maria Albers')),
      JSON.stringify(related[0]!.reasons),
    );
    assert.ok(related[0]!.reasons.some((r) => r.kind === 'quotes'));
    assert.deepStrictEqual(relatedArticles(lookup, 'a3'), []);
    const aligned = relatedArticles(lookup, 'a1', [
      claim([
        ref('a1', 0, T1, 'Wir investieren 40 Millionen Euro'),
        ref('a2', 0, T2, 'Wir investieren 40 Millionen Euro'),
      ]),
    ]);
    assert.deepEqual(aligned[0]!.reasons.slice(0, 2), [
      { kind: 'claims', count: 1 },
      { kind: 'quotes', count: 1 },
    ]);
    assert.ok(
      !relatedArticles(lookup, 'a1', [])[0]!.reasons.some((r) => r.kind === 'quotes'),
      'with an alignment, quotes come from it',
    );
  });

  it('finds the aligned claim of a statement by span, by text, or by offset, and the member in another article', () => {
    const c = claim([
      ref('a1', 0, T1, 'Wir investieren 40 Millionen Euro'),
      ref('a2', 0, T2, 'Wir investieren 40 Millionen Euro'),
      ref('a2', -1, T2, 'Mayor Keller supports it.'),
    ]);
    const start = T1.indexOf('Wir investieren');
    assert.strictEqual(findAligned([c], 'a1', { span: { start, end: start + 33 } })?.member, 0);
    assert.strictEqual(
      findAligned([c], 'a1', { span: { start: 0, end: 1 }, text: ' Wir investieren  40 Millionen Euro' })?.member,
      0,
      'an edited copy: same text, other offsets',
    );
    assert.strictEqual(findAligned([c], 'a1', { offset: start + 5 })?.member, 0);
    assert.strictEqual(findAligned([c], 'a3', { offset: 3 }), null);
    assert.strictEqual(memberIn(c, 'a2')?.statement, 0, 'the statement before the stated-as-fact sentence');
    assert.strictEqual(memberIn(c, 'a3'), null);
  });

  it("joins a surname said first to the full name that comes later, and lists the earlier article's new ids", () => {
    const t1 = '„Wir bleiben dran“, sagte Albers.';
    const a1 = article(
      'a1',
      t1,
      [actor(t1, 'person:albers', 'person', 'Albers', ['Albers'])],
      [statement(t1, 'Wir bleiben dran', { cue: 'sagte', speaker: 'Albers', actorId: 'person:albers' })],
    );
    const t2 = 'Maria Albers kam nach Kiel.';
    const a2 = article('a2', t2, [actor(t2, 'person:maria-albers', 'person', 'Maria Albers', ['Maria Albers'])], []);
    const lookup = createCorpusLookup();
    putArticle(lookup, slimForIndex(a1), { assignIds: true });
    assert.strictEqual(lookup.byPath.get('a1')!.actors[0]!.id, 'person:albers');
    assert.strictEqual(lookup.reassigned.size, 0);
    putArticle(lookup, slimForIndex(a2), { assignIds: true });
    assert.deepStrictEqual([...lookup.reassigned], ['a1']);
    assert.strictEqual(lookup.byPath.get('a1')!.actors[0]!.id, 'person:maria-albers');
    assert.strictEqual(lookup.byPath.get('a1')!.statements[0]!.speaker!.actorId, 'person:maria-albers');
    assert.strictEqual(lookup.spoken.get('person:maria-albers')?.length, 1);
    assert.strictEqual(lookup.spoken.get('person:albers'), undefined);
    assert.deepStrictEqual(
      lookup.actors.get('person:maria-albers')?.map((o) => o.path),
      ['a2', 'a1'],
    );
    // The full name goes: the surname is alone again, with its own id.
    lookup.reassigned.clear();
    removeArticle(lookup, 'a2');
    assert.deepStrictEqual([...lookup.reassigned], ['a1']);
    assert.strictEqual(lookup.byPath.get('a1')!.statements[0]!.speaker!.actorId, 'person:albers');
    assert.strictEqual(lookup.actors.get('person:maria-albers'), undefined);
    assert.strictEqual(lookup.spoken.get('person:albers')?.length, 1);
  });

  it('keeps a look-up up to date article by article, with corpus-wide actor ids', () => {
    const c = corpus();
    const lookup = createCorpusLookup();
    for (const a of c.articles) putArticle(lookup, slimForIndex(a), { assignIds: true });
    setEvents(lookup, c.events);
    assert.strictEqual(lookup.actors.get('person:maria-albers')?.length, 2);
    assert.strictEqual(relatedArticles(lookup, 'a1')[0]?.path, 'a2');
    // A surname-only person joins the one full name it can be.
    const t4 = '„Wir bleiben dran“, sagte Albers.';
    const albers = actor(t4, 'person:albers', 'person', 'Albers', ['Albers']);
    const a4 = article(
      'a4',
      t4,
      [albers],
      [statement(t4, 'Wir bleiben dran', { cue: 'sagte', speaker: 'Albers', actorId: 'person:albers' })],
    );
    const ids = putArticle(lookup, slimForIndex(a4), { assignIds: true });
    assert.strictEqual(ids.get('person:albers'), 'person:maria-albers');
    assert.strictEqual(lookup.byPath.get('a4')!.statements[0]!.speaker!.actorId, 'person:maria-albers');
    assert.strictEqual(lookup.spoken.get('person:maria-albers')?.length, 3);
    const v = lookup.version;
    assert.strictEqual(lookup.corpus.articles.length, 4);
    removeArticle(lookup, 'a2');
    assert.ok(lookup.version > v);
    assert.deepStrictEqual(
      lookup.corpus.articles.map((a) => a.path),
      ['a1', 'a3', 'a4'],
    );
    assert.deepStrictEqual(
      lookup.actors.get('person:maria-albers')?.map((o) => o.path),
      ['a1', 'a4'],
    );
    assert.ok(!lookup.eventOf.has('a2'));
    setEvents(lookup, [{ id: 'e1', label: 'Hafen', articles: ['a1', 'a4'] }]);
    assert.deepStrictEqual(
      relatedArticles(lookup, 'a1').map((r) => r.path),
      ['a4'],
    );
    setEvents(lookup, [], ['e1']);
    assert.ok(!lookup.eventOf.has('a1'));
  });

  it('finds the best matching passage: the statement of the same speaker, else the closest sentence', () => {
    const c = corpus();
    const a2 = c.articles[1]!;
    const hit = bestMatchingPassage(a2, T2, {
      text: 'Wir investieren 40 Millionen Euro',
      actorIds: ['person:maria-albers'],
    });
    assert.strictEqual(T2.slice(hit!.start, hit!.end), 'Wir investieren 40 Millionen Euro');
    const withSentences = { ...a2, statements: [], sentences: [span(T2, 'Mayor Keller supports it.')] };
    const s = bestMatchingPassage(withSentences, T2, { text: 'Der Bürgermeister Keller unterstützt das' });
    assert.strictEqual(T2.slice(s!.start, s!.end), 'Mayor Keller supports it.');
    assert.strictEqual(bestMatchingPassage(withSentences, T2, { text: 'völlig anderes Thema' }), null);
  });

  it('groups claims by article, source, actor and event, with filters', () => {
    const c = corpus();
    assert.deepStrictEqual(
      groupClaims(c, 'article').map((g) => [g.key, g.items.length]),
      [
        ['a1', 3],
        ['a2', 1],
        ['a3', 1],
      ],
    );
    const byActor = groupClaims(c, 'actor');
    assert.strictEqual(byActor[0]!.label, 'Maria Albers');
    assert.strictEqual(byActor[0]!.items.length, 2);
    assert.ok(groupClaims(c, 'source').some((g) => g.vague && g.items.length === 1));
    assert.deepStrictEqual(
      groupClaims(c, 'event').map((g) => [g.label, g.items.length]),
      [
        ['Hafen', 4],
        ['Konzert', 1],
      ],
    );
    assert.strictEqual(groupClaims(c, 'article', { vagueOnly: true }).flatMap((g) => g.items).length, 2);
    assert.strictEqual(groupClaims(c, 'article', { hideVague: true }).flatMap((g) => g.items).length, 3);
    assert.strictEqual(groupClaims(c, 'article', { kinds: ['according-to'] }).flatMap((g) => g.items).length, 2);
  });

  it('slims an analysis for the index without touching the original', () => {
    const a1 = corpus().articles[0]!;
    const slim = slimForIndex({
      ...a1,
      sentences: [{ start: 0, end: 5 }],
      dates: [{ start: 0, end: 4, text: 'Hafe', iso: '2024' }],
    });
    assert.deepStrictEqual(
      slim.sentences,
      [{ start: 0, end: 5 }],
      'sentence spans stay: alignment reads them as the stated-as-fact side',
    );
    assert.deepStrictEqual(slim.dates, []);
    assert.ok(!('fingerprint' in slim), 'the event index keeps the fingerprint');
    slim.actors[0]!.id = 'changed';
    slim.statements[0]!.speaker!.actorId = 'changed';
    assert.strictEqual(a1.actors[0]!.id, 'person:maria-albers');
    assert.strictEqual(a1.statements[0]!.speaker!.actorId, 'person:maria-albers');
  });

  it('tells an article from other plain text', () => {
    const article =
      'Stadtrat beschließt neuen Radweg\n(Leipzig) Der Stadtrat von Leipzig hat am Donnerstag einen neuen Radweg entlang der Elster beschlossen.\n„Das ist ein guter Tag für alle Radfahrer“, sagte Stadträtin Petra Lange nach der Abstimmung im Rathaus.\nLaut der Leipziger Volkszeitung kostet das Projekt rund drei Millionen Euro und soll im Frühjahr beginnen.';
    assert.ok(looksLikeArticle(article));
    assert.ok(!looksLikeArticle('buy milk\ncall Tom\n'));
    assert.ok(!looksLikeArticle('x = 1\n'.repeat(100)));
  });
});
