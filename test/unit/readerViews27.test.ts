// What a reader saw wrong in the real VS Code on eight invented pages nobody here had read (session 27, vsux3,
// /work/notes/vsux3-invented: an escaped lynx, a stranded cable car, each beside a near miss): the Coverage view's
// tab named the open article while its heading names the event; an actor's card quoted a statement from a near
// miss a year off although the same event's coverage quotes them; "(+6)" after "Said here" read as six more
// statements here; a speaker note that fit the wrap column had no hover, so a narrower window clipped it with
// nothing to read it by; one name typed a person in one article and an organisation in another made two groups
// with the same label in the claims view.
import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, buildCorpusLookup, setEvents } from '../../src/core';
import type { CorpusAnalysis, CoverageEvent } from '../../src/core/types';
import { claimRowText, groupClaims, sameNameKey, splitEventLabel } from '../../src/vscode/claimGroups';
import { coverageHeading, coverageTabTitle } from '../../src/vscode/coverageHtml';
import { noteDecoration } from '../../src/vscode/decorationPlan';
import { actorCard, moreStatements } from '../../src/vscode/hoverContent';
import { plainTranslate as t } from '../../src/vscode/text';

describe('reader views (session 27 findings)', () => {
  it("the Coverage view's tab names the event its heading names, not the open article", () => {
    const model = { label: 'Ausreißer „Fidelio“ nach 30 Stunden wieder im Gehege (2026-11-03)' };
    assert.equal(coverageHeading(model), 'Ausreißer „Fidelio“ nach 30 Stunden wieder im Gehege');
    const tab = coverageTabTitle(model, t);
    assert.ok(tab.startsWith('Coverage: Ausreißer „Fidelio“'), tab);
    assert.ok(tab.length <= 'Coverage: '.length + 40, tab);
    assert.ok(!/\(2026/.test(tab), tab);
    assert.equal(coverageTabTitle({ label: 'Kurz' }, t), 'Coverage: Kurz');
  });

  it("an event's date and count are split from its name, so the claims view shows them beside a cut name", () => {
    assert.deepEqual(splitEventLabel('Zwei Wölfe aus Wildpark Grünhagen ausgebrochen (2025-06-18)'), {
      name: 'Zwei Wölfe aus Wildpark Grünhagen ausgebrochen',
      when: '2025-06-18',
      articles: null,
    });
    assert.deepEqual(splitEventLabel('Ausreißer „Fidelio“ wieder im Gehege (2026-11-03, 3 articles)'), {
      name: 'Ausreißer „Fidelio“ wieder im Gehege',
      when: '2026-11-03',
      articles: 3,
    });
    assert.deepEqual(splitEventLabel('Streik (2026-03, 2 articles)'), { name: 'Streik', when: '2026-03', articles: 2 });
    assert.deepEqual(splitEventLabel('Gipfel (2 articles)'), { name: 'Gipfel', when: null, articles: 2 });
    for (const own of ['Gipfel der G7 (G7)', 'Ohne Datum', '(2025-06-18)', '', 'Wahl (2026, 3 Runden)'])
      assert.deepEqual(splitEventLabel(own), { name: own, when: null, articles: null });
  });

  it('grouped by event, a row names its article by outlet or a short headline, leaving room for the words', () => {
    const parts = {
      speaker: 'Kessenauer Bergbahnen',
      words: 'ein beschädigtes Kabel habe die Stromversorgung unterbrochen',
      cue: 'erklärte',
      flags: '',
      title: 'Talbachbahn steht still: 64 Menschen per…',
      quote: 'ein beschädigtes Kabel habe die Stromversorgung unterbrochen',
    };
    assert.deepEqual(claimRowText('event', { ...parts, outlet: 'APA' }), {
      label: 'Kessenauer Bergbahnen',
      description: 'APA · ein beschädigtes Kabel habe die Stromversorgung unterbrochen',
    });
    const bare = claimRowText('event', { ...parts, outlet: null }).description;
    assert.ok(bare.startsWith('Talbachbahn steht…'), bare);
    assert.ok(bare.endsWith(' · ein beschädigtes Kabel habe die Stromversorgung unterbrochen'), bare);
    // The other groupings as before.
    assert.equal(claimRowText('source', { ...parts, outlet: 'APA' }).description, `${parts.title} · ${parts.quote}`);
    assert.deepEqual(claimRowText('actor', { ...parts, outlet: 'APA', flags: 'vague' }), {
      label: parts.words,
      description: `vague · ${parts.title}`,
    });
    assert.equal(claimRowText('article', { ...parts, outlet: 'APA' }).description, `erklärte · ${parts.quote}`);
  });

  it('a speaker note always has its full text as a hover, also when it fits the wrap column', () => {
    const fits = noteDecoration('— Kessenauer Bergbahnen', 'entschuldigte sich bei den Fahrgästen.', 110);
    assert.equal(fits.text, '— Kessenauer Bergbahnen');
    assert.equal(fits.hover, '— Kessenauer Bergbahnen');
    const cut = noteDecoration('— der Leiter der Bergrettung', 'x '.repeat(48), 110);
    assert.notEqual(cut.text, cut.hover);
    assert.equal(cut.hover, '— der Leiter der Bergrettung');
  });

  it('says how many more statements are here and how many elsewhere', () => {
    assert.equal(moreStatements(true, 2, 7, t), ' (+1 here, +5 elsewhere)');
    assert.equal(moreStatements(true, 1, 1, t), '');
    assert.equal(moreStatements(true, 3, 3, t), ' (+2 here)');
    assert.equal(moreStatements(false, 0, 5, t), ' (+4 elsewhere)');
    assert.equal(moreStatements(false, 0, 1, t), '');
  });

  it("an actor who says nothing here is quoted from the same event's coverage, not from a near miss", () => {
    const here = analyzeArticle(
      'Seilbahn steht still\n\nIn Kessenau hingen 64 Menschen in den Gondeln. Geschäftsführerin Vroni Pichlmayr entschuldigte sich.\n',
      'file:///w/b-here.txt',
    );
    // A near miss (another month, the same person) sorts first by path; the same event's article second.
    const nearMiss = analyzeArticle(
      'Bahn schließt zur Prüfung\n\nGeschäftsführerin Vroni Pichlmayr sagte am Donnerstag, der Notmotor werde im Oktober getestet.\n',
      'file:///w/a-near-miss.txt',
    );
    const same = analyzeArticle(
      'Betreiber räumt Fehler ein\n\nGeschäftsführerin Vroni Pichlmayr sagte am Montag, der Notmotor sei seit dem Herbst nicht getestet worden.\n',
      'file:///w/c-same.txt',
    );
    const corpus = analyzeCorpus([nearMiss, here, same]);
    const lookup = buildCorpusLookup(corpus);
    const events: CoverageEvent[] = [
      { id: 'e1', label: 'Seilbahn steht still', articles: [here.path, same.path] },
      { id: 'e2', label: 'Bahn schließt zur Prüfung', articles: [nearMiss.path] },
    ];
    setEvents(
      lookup,
      events,
      corpus.events.map((e) => e.id),
    );
    const inHere = lookup.byPath.get(here.path)!;
    const person = inHere.actors.find((a) => a.name === 'Vroni Pichlmayr');
    assert.ok(person, inHere.actors.map((a) => a.name).join(', '));
    const card = actorCard(inHere, person, lookup, t, 3);
    assert.match(card, /Said in Betreiber räumt Fehler ein: .*seit dem Herbst/, card);
    assert.match(card, /\(\+1 elsewhere\)/, card);
  });

  it('one name typed a person in one article and an organisation in another is one group', () => {
    assert.equal(sameNameKey('person:kessenauer-bergbahnen'), sameNameKey('organization:kessenauer-bergbahnen'));
    assert.equal(sameNameKey('vague'), 'vague');
    assert.equal(sameNameKey('text:die bergrettung'), 'text:die bergrettung');
    assert.equal(sameNameKey('file:///w/a.txt'), 'file:///w/a.txt');
    const a = analyzeArticle(
      'Bahn steht\n\nDie Firma Kessenauer Bergbahnen erklärte, ein Kabel sei beschädigt.\n',
      'a',
    );
    const b = analyzeArticle('Cable car\n\nKessenauer Bergbahnen said a damaged cable had cut the supply.\n', 'b');
    const retype = (x: typeof a, kind: 'person' | 'organization'): typeof a => {
      const id = `${kind}:kessenauer-bergbahnen`;
      const actors = x.actors.map((y) => (y.name === 'Kessenauer Bergbahnen' ? { ...y, id, kind } : y));
      const old = x.actors.find((y) => y.name === 'Kessenauer Bergbahnen')?.id;
      const statements = x.statements.map((s) =>
        s.speaker && s.speaker.actorId === old ? { ...s, speaker: { ...s.speaker, actorId: id } } : s,
      );
      return { ...x, actors, statements };
    };
    const corpus: CorpusAnalysis = {
      version: 1,
      articles: [retype(a, 'organization'), retype(b, 'person')],
      events: [],
    };
    for (const by of ['actor', 'source'] as const) {
      const groups = groupClaims(corpus, by).filter((g) => g.label === 'Kessenauer Bergbahnen');
      assert.equal(groups.length, 1, `${by}: ${JSON.stringify(groupClaims(corpus, by).map((g) => g.label))}`);
      assert.equal(groups[0]!.items.length, 2);
    }
  });
});
