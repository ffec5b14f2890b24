// Alignment of claims across articles of one event, on hand-built analyses (independent of extraction).
import * as assert from 'node:assert/strict';
import { alignClaims, emptyAnalysis, splitSentences, wordDiff } from '../../src/core';
import type { ArticleAnalysis, Statement, StatementKind } from '../../src/core';

/** An article whose statements are marked in the text as [[kind|speaker|content]]; the markers are removed. */
function article(path: string, marked: string): { a: ArticleAnalysis; text: string } {
  let text = '';
  const statements: Statement[] = [];
  let rest = marked;
  for (;;) {
    const i = rest.indexOf('[[');
    if (i < 0) break;
    text += rest.slice(0, i);
    const j = rest.indexOf(']]', i);
    const [kind, speaker, content] = rest.slice(i + 2, j).split('|') as [StatementKind, string, string];
    const start = text.length;
    text += content;
    statements.push({
      start,
      end: text.length,
      kind,
      content: { start, end: text.length, text: content, parts: [{ start, end: text.length }] },
      cue: null,
      speaker: speaker
        ? { start, end: start, text: speaker, actorId: `person:${speaker.toLowerCase()}`, vague: false }
        : null,
      via: [],
      hedged: false,
    });
    rest = rest.slice(j + 2);
  }
  text += rest;
  const a = emptyAnalysis(path, null, text.length);
  a.statements = statements;
  a.sentences = splitSentences(text);
  return { a, text };
}

describe('alignClaims', () => {
  it('aligns the same quote across outlets and shows how its wording drifts', () => {
    const x = article(
      'x.txt',
      'Die Ministerin sprach am Abend. [[direct|Lind|Wir werden die Brücke bis zum Sommer vollständig sanieren]]',
    );
    const y = article(
      'y.txt',
      'Am Abend sagte sie: [[direct|Lind|Wir werden die Brücke bis zum Herbst vollständig sanieren]]',
    );
    const claims = alignClaims(
      [x.a, y.a],
      new Map([
        [x.a.path, x.text],
        [y.a.path, y.text],
      ]),
    );
    assert.equal(claims.length, 1);
    assert.equal(claims[0]!.articles, 2);
    assert.equal(claims[0]!.quote, true);
    assert.deepEqual(claims[0]!.quoteDrift[0]!.diff, { removed: ['sommer'], added: ['herbst'] });
    assert.equal(claims[0]!.attributionDrift.length, 0);
  });

  it('aligns claims, not circumstances: sharing only the place and day of the occasion is no shared claim', () => {
    /** The article with its place names as a place actor (as actor detection gives them). */
    const withPlace = (x: { a: ArticleAnalysis; text: string }, place: string) => {
      const mentions = [...x.text.matchAll(new RegExp(place, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + place.length,
        text: place,
      }));
      x.a.actors = [
        {
          id: `place:${place}`,
          name: place,
          kind: 'place',
          roles: [],
          roleSpans: [],
          aliases: [],
          mentions,
          descriptors: [],
        },
      ];
      return x;
    };
    const x = withPlace(
      article(
        'x.txt',
        '[[indirect|Lind|During a meeting outside Port Ellsby on Wednesday]] the leaders agreed on a hotline.',
      ),
      'Port Ellsby',
    );
    const y = withPlace(
      article(
        'y.txt',
        'The two leaders emerged from a meeting outside Port Ellsby on Wednesday with a deal on fishing quotas.',
      ),
      'Port Ellsby',
    );
    const texts = (...as: { a: ArticleAnalysis; text: string }[]) => new Map(as.map((v) => [v.a.path, v.text]));
    assert.equal(alignClaims([x.a, y.a], texts(x, y)).length, 0);
    // A place the claim is about still counts: the same announced visit is one claim.
    const v = withPlace(
      article('v.txt', 'Reports say [[according-to|Agency|Kovar could visit Port Ellsby next week]].'),
      'Port Ellsby',
    );
    const w = withPlace(
      article('w.txt', 'Officials said [[according-to|Official|Kovar could be expected in Port Ellsby next week]].'),
      'Port Ellsby',
    );
    assert.equal(alignClaims([v.a, w.a], texts(v, w)).length, 1);
  });

  /** The article with the given names marked as actors of the given kinds (as actor detection gives them). */
  const withActors = (x: { a: ArticleAnalysis; text: string }, actors: [string, 'person' | 'place'][]) => {
    x.a.actors = actors.map(([name, kind]) => ({
      id: `${kind}:${name}`,
      name,
      kind,
      roles: [],
      roleSpans: [],
      aliases: [],
      mentions: [...x.text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + name.length,
        text: name,
      })),
      descriptors: [],
    }));
    return x;
  };
  const texts = (...as: { a: ArticleAnalysis; text: string }[]) => new Map(as.map((v) => [v.a.path, v.text]));

  it('aligns what is said, not the occasion: sharing who, where and what happened is no shared claim', () => {
    const cast: [string, 'person' | 'place'][] = [
      ['Dale Marlow', 'person'],
      ['Fenwick', 'place'],
    ];
    const x = withActors(
      article(
        'x.txt',
        '[[indirect|Officials|A shooting at the rally of former president Dale Marlow in Fenwick is investigated as an attempted assassination]], officials said.',
      ),
      cast,
    );
    // The occasion as fact: the same people, place, act and role, nothing of what the officials said.
    const y = withActors(
      article('y.txt', 'Former president Dale Marlow was injured in a shooting at his rally in Fenwick on Saturday.'),
      cast,
    );
    // What the officials said, as fact.
    const z = withActors(
      article('z.txt', 'Federal agents investigate the shooting as an attempted assassination of Dale Marlow.'),
      cast,
    );
    const claims = alignClaims([x.a, y.a, z.a], texts(x, y, z));
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0]!.members.map((m) => m.path).sort(), ['x.txt', 'z.txt']);
    assert.equal(claims[0]!.attributionDrift.length, 1);
    assert.match(claims[0]!.attributionDrift[0]!.reason, /x\.txt attributes it to Officials; z\.txt states it as fact/);
  });

  it('takes the words of a place (its adjective, "province") for where, not for what is said', () => {
    const x = withActors(
      article('x.txt', 'In Korvania [[indirect|Army|die Armee werde in der korvanischen Provinz Haldor bleiben]].'),
      [
        ['Korvania', 'place'],
        ['Haldor', 'place'],
      ],
    );
    const y = withActors(
      article(
        'y.txt',
        'Die Armee setzt in der korvanischen Provinz Haldor eine Offensive fort, um die Rebellen zu schwächen. Korvania schweigt.',
      ),
      [
        ['Korvania', 'place'],
        ['Haldor', 'place'],
      ],
    );
    assert.deepEqual(alignClaims([x.a, y.a], texts(x, y)), []);
  });

  it('does not align claims about different days: a strike from 10 January is no version of one from 4 March', () => {
    const x = article(
      'x.txt',
      '[[indirect|Haas|die Gewerkschaft der Lokführer streike im Fernverkehr ab dem 10. Januar]]',
    );
    const y = article('y.txt', 'Die Gewerkschaft der Lokführer streikt im Fernverkehr ab dem 4. März erneut.');
    assert.deepEqual(alignClaims([x.a, y.a], texts(x, y)), []);
    // Another weekday is another day too; the same month, or a day on one side only, is no conflict.
    const w = article('w.txt', '[[indirect|Haas|die Gewerkschaft der Lokführer streike im Fernverkehr am Mittwoch]]');
    const v = article('v.txt', 'Die Gewerkschaft der Lokführer streikt im Fernverkehr am Freitag erneut.');
    assert.deepEqual(alignClaims([w.a, v.a], texts(w, v)), []);
    const u = article('u.txt', 'Die Gewerkschaft der Lokführer streikt im Fernverkehr ab dem 12. Januar erneut.');
    const t = article('t.txt', 'Die Gewerkschaft der Lokführer streikt im Fernverkehr erneut.');
    assert.equal(alignClaims([x.a, u.a], texts(x, u)).length, 1);
    assert.equal(alignClaims([x.a, t.a], texts(x, t)).length, 1);
  });

  it('marks attribution drift when one outlet states as fact what another attributes', () => {
    const x = article(
      'x.txt',
      '[[according-to|Agentur|Die Fabrik soll im Mai 300 Arbeiter entlassen haben]]. Sonst nichts.',
    );
    const y = article('y.txt', 'Die Fabrik hat im Mai 300 Arbeiter entlassen. Das Wetter war gut.');
    const claims = alignClaims(
      [x.a, y.a],
      new Map([
        [x.a.path, x.text],
        [y.a.path, y.text],
      ]),
    );
    assert.equal(claims.length, 1);
    assert.equal(claims[0]!.attributionDrift.length, 1);
    assert.match(claims[0]!.attributionDrift[0]!.reason, /states it as fact/);
  });

  it('marks attribution drift when two outlets name different sources', () => {
    const x = article('x.txt', '[[indirect|Lind|Der Hafen werde 2026 um zwei Terminals erweitert]]');
    const y = article('y.txt', '[[indirect|Berg|Der Hafen werde 2026 um zwei neue Terminals erweitert]]');
    const claims = alignClaims(
      [x.a, y.a],
      new Map([
        [x.a.path, x.text],
        [y.a.path, y.text],
      ]),
    );
    assert.equal(claims.length, 1);
    assert.match(claims[0]!.attributionDrift[0]!.reason, /Lind.*Berg/);
  });

  it('names in a drift the source the article resolved, in its dictionary form, not the word that pointed to it', () => {
    // "demnach" (accordingly) points back to the agency named before; another text names the agency in the dative.
    const x = article(
      'x.txt',
      '[[according-to|demnach|Das Zentrum des Bebens lag nahe der Stadt Korvak in 12 Kilometern Tiefe]]',
    );
    const y = article(
      'y.txt',
      '[[according-to|dem Seismischen Dienst|Das Zentrum des Bebens lag nahe Korvak in 12 Kilometern Tiefe]]',
    );
    x.a.statements[0]!.speaker!.actorId = 'organization:nordseis';
    y.a.statements[0]!.speaker!.actorId = 'organization:seismischen-dienst';
    const actor = (id: string, name: string) => ({
      id,
      name,
      kind: 'organization' as const,
      aliases: [name],
      roles: [],
      roleSpans: [],
      descriptors: [],
      mentions: [],
    });
    x.a.actors = [
      actor('organization:nordseis', 'Nordseis'),
      actor('organization:seismischer-dienst', 'Seismischer Dienst'),
    ];
    y.a.actors = [actor('organization:seismischen-dienst', 'Seismischen Dienst')];
    const claims = alignClaims(
      [x.a, y.a],
      new Map([
        [x.a.path, x.text],
        [y.a.path, y.text],
      ]),
    );
    assert.equal(claims.length, 1);
    assert.equal(
      claims[0]!.attributionDrift[0]!.reason,
      'x.txt attributes it to Nordseis; y.txt to Seismischer Dienst',
    );
  });

  it('reports drift only between versions of one claim, not between the ends of a chain of claims', () => {
    // x (a ruling) and z (an announcement) each share most of their words with y's sentence, which tells both; x
    // and z share only "Gewerkschaft" and "Streik": they are no versions of one another, whatever their speakers.
    const x = article('x.txt', '[[indirect|Haas|das Gericht erlaube der Gewerkschaft den Streik der Lokführer]]');
    const y = article(
      'y.txt',
      'Das Gericht erlaubte der Gewerkschaft den Streik der Lokführer, die Gewerkschaft kündigte einen Streik von Wochen im Fernverkehr an.',
    );
    const z = article(
      'z.txt',
      '[[indirect|Brandt|die Gewerkschaft kündige einen Streik von Wochen im Fernverkehr an]]',
    );
    const claims = alignClaims(
      [x.a, y.a, z.a],
      new Map([
        [x.a.path, x.text],
        [y.a.path, y.text],
        [z.a.path, z.text],
      ]),
    );
    assert.equal(claims.length, 1);
    const c = claims[0]!;
    assert.equal(c.articles, 3);
    const paths = c.attributionDrift.map((d) => [c.members[d.a]!.path, c.members[d.b]!.path].sort().join(' '));
    assert.deepEqual(paths.sort(), ['x.txt y.txt', 'y.txt z.txt']);
  });

  it('does not align unrelated claims, nor claims within one article', () => {
    const x = article(
      'x.txt',
      '[[direct|Lind|Die Steuern steigen nicht]] und [[direct|Lind|die Steuern steigen nicht]]',
    );
    const y = article('y.txt', '[[direct|Berg|Der Zug fährt morgen pünktlich ab]]');
    assert.deepEqual(
      alignClaims(
        [x.a, y.a],
        new Map([
          [x.a.path, x.text],
          [y.a.path, y.text],
        ]),
      ),
      [],
    );
  });
});

describe('wordDiff', () => {
  it('lists the words each wording has that the other lacks', () => {
    assert.deepEqual(wordDiff('volle Unterstützung', 'die volle Unterstützung!'), { removed: [], added: ['die'] });
  });
});
