// What a reader saw wrong in the real VS Code on eight invented pages nobody here had read (session 28, vsux4,
// test/fixtures/reader-unseen3: a sinkhole in a town square, a conductor's resignation, each beside a near miss):
// the claims view grouped by source or speaker showed "unnamed sources" and "no source named" as two groups a
// reader could not tell apart, the second saying of the article what was the analysis' gap (a speaker not found);
// a mayor's card linked a near miss two years older ahead of the other report of the event the reader had open.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, analyzeCorpus, buildCorpusLookup, setEvents } from '../../src/core';
import type { CorpusAnalysis, CoverageEvent } from '../../src/core/types';
import { groupClaims, noSpeakerText, unnamedGroupLabel } from '../../src/vscode/claimGroups';
import { actorCard, sameEventFirst } from '../../src/vscode/hoverContent';
import { plainTranslate as t, type Translate } from '../../src/vscode/text';

const bundle = JSON.parse(readFileSync(join(process.cwd(), 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<
  string,
  string
>;
const german: Translate = (message, ...args) => {
  const de = bundle[message];
  assert.ok(de, `no German for "${message}"`);
  return t(de, ...args);
};

const TEXT = [
  'Erdfall in Quellingen',
  '',
  'Ein Anwohner berichtete, er habe gegen drei Uhr ein dumpfes Grollen gehört. Der Geologe Benno Starkloff sagte, die Ursache sei noch unklar.',
].join('\n');

describe('reader views (session 28 findings)', () => {
  it('claims by source or speaker: unnamed sources apart from statements whose speaker was not found', () => {
    const a = analyzeArticle(TEXT, 'a.txt');
    assert.equal(a.statements.length, 2, JSON.stringify(a.statements.map((s) => s.content.text)));
    // The second statement as the analysis leaves one it found no speaker for.
    const lost = { ...a, statements: a.statements.map((s, i) => (i === 1 ? { ...s, speaker: null, via: [] } : s)) };
    const corpus: CorpusAnalysis = { ...analyzeCorpus([lost]), articles: [lost] };
    for (const by of ['source', 'actor'] as const) {
      const groups = groupClaims(corpus, by);
      const labels = groups.map((g) => unnamedGroupLabel(g, t) ?? g.label).sort();
      assert.deepEqual(labels, ['speaker not found', 'unnamed sources'], by);
      const de = groups.map((g) => unnamedGroupLabel(g, german)).sort();
      assert.deepEqual(de, ['Sprecher nicht erkannt', 'ungenannte Quellen'], by);
    }
    assert.equal(unnamedGroupLabel({ key: 'person:benno-starkloff', vague: false }, t), null);
    assert.equal(noSpeakerText(t), '(speaker not found)');
    assert.equal(noSpeakerText(german), '(Sprecher nicht erkannt)');
    assert.ok(german('Source Lens found these statements but not who made them.'));
  });

  it("an actor's card links the other articles of the reader's own event first, then the rest", () => {
    assert.deepEqual(
      sameEventFirst([{ path: 'a' }, { path: 'b' }, { path: 'c' }], ['x', 'c', 'b']).map((e) => e.path),
      ['b', 'c', 'a'],
    );
    assert.deepEqual(sameEventFirst([{ path: 'a' }], undefined), [{ path: 'a' }]);
    assert.deepEqual(sameEventFirst([], ['x', 'y']), []);
    const older = analyzeArticle(
      'Loch im Gehweg\n\nBürgermeisterin Ottilie Fahrenkamp sagte am Dienstag, ein Wasserrohr sei undicht gewesen.\n',
      'file:///w/a-older.txt',
    );
    const here = analyzeArticle(
      'Erdfall auf dem Marktplatz\n\nBürgermeisterin Ottilie Fahrenkamp sagte am Freitag, man habe großes Glück gehabt.\n',
      'file:///w/b-here.txt',
    );
    const same = analyzeArticle(
      'Sinkhole swallows car\n\nMayor Ottilie Fahrenkamp said on Friday that nobody had been hurt.\n',
      'file:///w/c-same.txt',
    );
    const corpus = analyzeCorpus([older, here, same]);
    const lookup = buildCorpusLookup(corpus);
    const events: CoverageEvent[] = [
      { id: 'e1', label: 'Erdfall', articles: [here.path, same.path] },
      { id: 'e2', label: 'Loch im Gehweg', articles: [older.path] },
    ];
    setEvents(
      lookup,
      events,
      corpus.events.map((e) => e.id),
    );
    const inHere = lookup.byPath.get(here.path)!;
    const person = inHere.actors.find((a) => a.name === 'Ottilie Fahrenkamp');
    assert.ok(person, inHere.actors.map((a) => a.name).join(', '));
    const card = actorCard(inHere, person, lookup, t, 3);
    const atSame = card.indexOf('Sinkhole swallows car');
    const atOlder = card.indexOf('Loch im Gehweg');
    assert.ok(atSame >= 0 && atOlder >= 0 && atSame < atOlder, card);
  });
});
