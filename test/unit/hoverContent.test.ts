// The hover cards' Markdown, built in plain Node (hoverContent.ts has no editor dependency): article text is
// escaped, and quotations take the marks of the UI language through the translator.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core';
import { actorCard, distinctRoles, hoverCards, hoverLines, indexingLine } from '../../src/vscode/hoverContent';
import { plainTranslate } from '../../src/vscode/text';

const text =
  'Harbour plan approved\nMaria Albers said the *port* [would](command:evil) grow. "We are ready," Albers told reporters.\n';

describe('hover card markdown', () => {
  it('gives no card in page furniture, which is greyed and never marked (a photographer in a credit line)', () => {
    const text =
      'Hafen wächst\n\nHafenchefin Maria Albers sagte am Dienstag, der Umschlag sei gestiegen.\n\nFoto: Lena Brandt\n';
    const a = analyzeArticle(text, 'a.txt');
    assert.ok(
      a.layout.boilerplate.some((b) => text.slice(b.start, b.end).includes('Lena Brandt')),
      'the credit line is furniture',
    );
    assert.deepEqual(hoverCards(a, text.indexOf('Lena Brandt') + 2, undefined, plainTranslate).cards, []);
    assert.equal(hoverCards(a, text.indexOf('Maria Albers') + 2, undefined, plainTranslate).cards.length, 1);
  });

  it('lists a role once, not again with an owner before it ("company\'s operations director")', () => {
    const text = 'Water notice\n\nIts operations director, Melanie Okafor, said the network was flushed.\n';
    const a = analyzeArticle(text, 'a.txt');
    const okafor = a.actors.find((x) => x.name === 'Melanie Okafor')!;
    const card = actorCard(
      a,
      { ...okafor, roles: ['operations director', "the company's operations director", 'Betriebsdirektorin'] },
      undefined,
      plainTranslate,
      3,
    );
    assert.match(card.split('\n')[0]!, /Melanie Okafor\*\* · operations director; Betriebsdirektorin\s*$/);
    assert.deepEqual(
      distinctRoles([{ role: 'Vice President' }, { role: 'President' }, { role: "Ministry's spokesman" }]).map(
        (r) => r.role,
      ),
      ['Vice President', 'President', "Ministry's spokesman"],
      'another role, and an owner alone, stay',
    );
  });

  it('ends with a note while the folder is indexed: before it starts, and how far it is', () => {
    assert.equal(indexingLine(undefined, plainTranslate), undefined);
    assert.match(indexingLine({ done: 0, total: 0 }, plainTranslate)!, /not indexed yet/);
    assert.match(indexingLine({ done: 40, total: 45 }, plainTranslate)!, /40 of 45 files indexed so far/);
  });

  it('escapes article text and quotes it in the UI language', () => {
    const a = analyzeArticle(text, 'news/harbour.txt');
    const albers = a.actors.find((x) => x.name === 'Maria Albers')!;
    const en = actorCard(a, albers, undefined, plainTranslate, 3);
    assert.match(en, /Maria Albers/);
    assert.match(en, /Said here: \[“the \\\*port\\\* \\\[would\\\]\\\(command:evil\\\) grow/);
    assert.doesNotMatch(en, /\]\(command:evil\)/);
    assert.doesNotMatch(en, /„/);
    const german: typeof plainTranslate = (m, ...args) => plainTranslate(m === '“{0}”' ? '„{0}“' : m, ...args);
    assert.match(actorCard(a, albers, undefined, german, 3), /\[„the/);
  });

  it('gives one card inside a quote, naming the speaker once, without a "written" line for a short form', () => {
    const a = analyzeArticle(text, 'news/harbour.txt');
    const { cards } = hoverCards(a, text.indexOf('ready'), undefined, plainTranslate);
    assert.equal(cards.length, 1);
    assert.match(cards[0]!, /^\$\(quote\) \*\*Maria Albers\*\* · \*told\* · direct quote/);
    assert.doesNotMatch(cards[0]!, /written/);
    assert.ok(hoverLines(cards) <= 3, cards[0]);
    const de = 'Streit im Rathaus\n„Maria Albers hat recht“, sagte Bürgermeister Jonas Keller am Montag.\n';
    const b = analyzeArticle(de, 'news/rathaus.txt');
    const inQuote = hoverCards(b, de.indexOf('Albers'), undefined, plainTranslate).cards;
    assert.equal(inQuote.length, 1);
    assert.match(inQuote[0]!, /^\$\(quote\) \*\*Jonas Keller\*\* · Bürgermeister · \*sagte\*/);
    assert.match(inQuote[0]!, /\n\$\(person\) Named: \*\*Maria Albers\*\*/);
    const frame = hoverCards(b, de.indexOf('Keller'), undefined, plainTranslate).cards;
    assert.equal(frame.length, 1);
    assert.match(
      frame[0]!,
      /^\$\(person\) \*\*Jonas Keller\*\* · Bürgermeister  \nSaid here: \[“Maria Albers hat recht”\]/,
    );
  });

  it('says how a descriptor was written when the speaker resolves to a name', () => {
    const de =
      'Gericht in Kassel\nDer Angeklagte Peter Lindqvist schwieg lange. „Ich bereue nichts“, sagte der 71-Jährige.\n';
    const a = analyzeArticle(de, 'news/kassel.txt');
    const s = a.statements.find((x) => x.content.text.includes('bereue'))!;
    const person = a.actors.find((x) => x.name === 'Peter Lindqvist')!;
    // What the speaker resolution gives when it resolves the descriptor (rendered whatever resolves it).
    s.speaker = { ...s.speaker!, actorId: person.id };
    const card = hoverCards(a, de.indexOf('bereue'), undefined, plainTranslate).cards[0]!;
    assert.match(card, /^\$\(quote\) \*\*Peter Lindqvist\*\* \(written “der 71\\-Jährige”\)/);
  });
});
