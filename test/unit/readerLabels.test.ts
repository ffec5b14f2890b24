// What a reader saw wrong on pages nobody here had read (session 25, in code-server): a headline with quotation
// marks ('"Sechs Meter hohe Wellen": …') broke a hover link's Markdown, so the card showed the raw link with its
// command URI; titles lost their opening quotation mark in the claims view and in "Said in …"; the picker's title
// said "1 other articles"; grouped by source, every claim repeated the name its group already gives.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, analyzeCorpus, buildCorpusLookup } from '../../src/core';
import { speaksForItself } from '../../src/vscode/articleFacts';
import { actorCard } from '../../src/vscode/hoverContent';
import { relatedTitle } from '../../src/vscode/reasonWords';
import { linkTitle, plainTranslate, type Translate } from '../../src/vscode/text';

const bundle = JSON.parse(readFileSync(join(process.cwd(), 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<
  string,
  string
>;
const german: Translate = (m, ...args) => plainTranslate(bundle[m] ?? m, ...args);

/** Every Markdown link of a card: its label, target and title, or null where a link is not well formed. */
function links(md: string): ({ label: string; title: string } | null)[] {
  const out: ({ label: string; title: string } | null)[] = [];
  for (const m of md.matchAll(/\]\(command:/g)) {
    // From the link's "](" on: the target (no spaces: it is percent-encoded), one space, a quoted title whose
    // inner quotes are escaped, then ")".
    const rest = md.slice(m.index);
    const well = /^\]\(command:[^\s)"]+ "((?:[^"\\]|\\.)*)"\)/.exec(rest);
    const before = md.slice(0, m.index);
    const label = /\[((?:\\.|[^\]\\])*)$/.exec(before)?.[1] ?? '';
    out.push(well ? { label, title: well[1]!.replace(/\\(.)/g, '$1') } : null);
  }
  return out;
}

const HERE = 'Hafen wächst weiter\nDie Reederin Tjarke Holmsen besuchte am Montag den Hafen.\n';
const THERE =
  '"Sechs Meter hohe Wellen": Reederin lobt die Besatzung\n' +
  'Tjarke Holmsen sagte am Dienstag, die Besatzung habe "ohne zu zögern" gehandelt.\n';

describe('what a reader sees of titles and labels', () => {
  const here = analyzeArticle(HERE, 'file:///w/articles/hafen.txt');
  const there = analyzeArticle(THERE, 'file:///w/articles/wellen.txt');
  const lookup = buildCorpusLookup(analyzeCorpus([here, there]));
  const holmsen = here.actors.find((a) => a.name === 'Tjarke Holmsen');

  it('a link to an article whose headline has quotation marks stays a link, its title whole', () => {
    assert.ok(holmsen, here.actors.map((a) => a.name).join(', '));
    const card = actorCard(here, holmsen, lookup, plainTranslate, 3);
    const found = links(card);
    assert.ok(found.length >= 2, card);
    assert.ok(
      found.every((l) => l !== null),
      card,
    );
    const toThere = found.find((l) => l!.title.includes('Reederin'));
    assert.ok(toThere, card);
    assert.match(toThere.title, /^"Sechs Meter hohe Wellen": Reederin lobt die Besatzung \(wellen\.txt\)$/);
    assert.equal(linkTitle('a "b" c'), 'a \\"b\\" c');
  });

  it('"Said in" names the other article by its whole headline, opening quotation mark and all', () => {
    const card = actorCard(here, holmsen!, lookup, plainTranslate, 3);
    assert.match(card, /Said in "Sechs Meter hohe Wellen": Reederin lobt die Besatzung: /);
  });

  it("the picker's title counts one other article in the singular", () => {
    assert.equal(relatedTitle(1, plainTranslate), 'Related coverage: 1 other article on this event');
    assert.equal(relatedTitle(3, plainTranslate), 'Related coverage: 3 other articles on this event');
    assert.equal(relatedTitle(1, german), 'Verwandte Berichte: 1 weiterer Artikel zu diesem Ereignis');
  });

  it('grouped by source, a named speaker who is its own source is the group: the claim shows its words', () => {
    const s = there.statements.find((x) => x.content.text.includes('Besatzung'));
    assert.ok(s, JSON.stringify(there.statements.map((x) => x.content.text)));
    assert.equal(speaksForItself(s), true);
    assert.equal(
      speaksForItself({ ...s, via: [{ text: 'dpa', start: 0, end: 3, actorId: null, cue: 'laut' }] }),
      false,
    );
    assert.equal(speaksForItself({ ...s, speaker: { ...s.speaker!, vague: true } }), false);
    assert.equal(speaksForItself({ ...s, speaker: null }), false);
  });
});
