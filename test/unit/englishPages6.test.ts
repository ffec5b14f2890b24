// English saved pages of a sixth round of domains (test/fixtures/english-pages3: chip export rules, a hospital strike,
// a bridge collapse, a music festival, an antitrust suit, an election count, a drought, an airline merger, a
// university protest, a vaccine trial), invented and scored before the rules below were written (gold.json, made from
// expected.json by `node scripts/english-pages-gold.mjs english-pages3`). First measured: mentions F1 0.823 (person
// precision 0.681, organisation recall 0.704), speaker resolved 0.608, attributed statements 0.954. Each rule below
// also helps english-pages2; each test holds one kind of error and fails without its rule.
import { strict as assert } from 'node:assert';
import type { ArticleAnalysis } from '../../src/core/types';
import { actorOf, page, scoreAgainstGold, stmt } from './pageHelpers';

function kindOf(a: ArticleAnalysis, text: string): string | undefined {
  return a.actors.find((x) => x.mentions.some((m) => m.text === text))?.kind;
}
// A lead long enough to be read as English.
const LEAD = 'The officials said on Monday that the plan would go ahead as the council had agreed last year.';

describe('English saved pages, round six: names', () => {
  it("ends firms' names in 'Health', 'Micro', 'Infrastructure', 'Biologics', 'Water' and the like", () => {
    const a = page(
      `Strike\n\nNurses walked out at three hospitals run by Veltrane Health, the first strike in decades. Water ` +
        `bills rose, Severnmoor Water said. A vaccine from Veridane Biologics cut admissions. ${LEAD}\n`,
    );
    assert.equal(kindOf(a, 'Veltrane Health'), 'organization');
    assert.equal(kindOf(a, 'Severnmoor Water'), 'organization');
    assert.equal(kindOf(a, 'Veridane Biologics'), 'organization');
  });

  it("reads a district named by its service and a state's clipped name before an agency's word as bodies", () => {
    const a = page(
      `Drought\n\nGrowers will get 15% of their usual water, the Sandhill Water District said on Thursday. Cal Fire ` +
        `said the blaze was 5% contained. ${LEAD}\n`,
    );
    assert.equal(kindOf(a, 'Sandhill Water District'), 'organization');
    assert.equal(kindOf(a, 'Cal Fire'), 'organization');
  });

  it("reads a dateline's place in capitals as the place where the text writes it in title case", () => {
    const a = page(
      `Drought\n\nCORBIN FLATS, Calif. — Growers near the town will get less water this summer. Dry canals run ` +
        `through Corbin Flats. ${LEAD}\n`,
    );
    assert.equal(kindOf(a, 'Corbin Flats'), 'place');
  });

  it("reads a name an apposition calls a business as an organisation ('X, the maker of', 'X, a developer of')", () => {
    const a = page(
      `Layoffs\n\nQuillbright, the maker of the Notewell app, said it would cut 1,800 jobs. Pinecrest Games, a ` +
        `developer of puzzle apps, told lawmakers that the store had removed its app. ${LEAD}\n`,
    );
    assert.equal(kindOf(a, 'Quillbright'), 'organization');
    assert.equal(kindOf(a, 'Pinecrest Games'), 'organization');
    assert.equal(actorOf(a, stmt(a, '1,800 jobs')), 'Quillbright');
    assert.equal(actorOf(a, stmt(a, 'removed its app')), 'Pinecrest Games');
  });
});

describe('English saved pages, round six: statements', () => {
  it("takes 'radioed that' for a verb of saying", () => {
    const a = page(`Collapse\n\nA crane operator radioed that the deck was moving minutes before it fell. ${LEAD}\n`);
    assert.equal(stmt(a, 'the deck was moving').speaker?.text, 'A crane operator');
  });

  it("takes the clause after 'said on Monday' that opens with 'it'", () => {
    const a = page(`Suit\n\nCorvane said it was sued. The company said on Monday it would fight the suit. ${LEAD}\n`);
    assert.equal(stmt(a, 'fight the suit').speaker?.text, 'The company');
  });

  it('takes the clause after the cue whose quotation opens with its verb, not the phrase before the cue', () => {
    const a = page(
      `Strike\n\nIn a statement posted online, the company said patient care "will not be affected". ${LEAD}\n`,
    );
    const s = stmt(a, 'patient care');
    assert.equal(s.speaker?.text, 'the company');
    assert.ok(!a.statements.some((x) => x.content.text.startsWith('In a statement')));
  });
});

describe('English saved pages, round six: speakers', () => {
  it("gives a body's or a country's organ ('X's board', 'X's government', 'X's Seattle field office') to its owner", () => {
    const a = page(
      `Merger\n\nSkyvane agreed to buy Nordair on Monday. Nordair's board said it backed the offer. Ireland said talks ` +
        `would go on. Ireland's government said it would not sign the deal. The FBI's Seattle field office said it ` +
        `was investigating the attack. ${LEAD}\n`,
    );
    assert.equal(actorOf(a, stmt(a, 'backed the offer')), 'Nordair');
    assert.equal(actorOf(a, stmt(a, 'not sign the deal')), 'Ireland');
    assert.equal(actorOf(a, stmt(a, 'investigating the attack')), 'FBI');
  });
});

describe('English saved pages, round six: the pages against their gold', () => {
  // First measured: mentions 0.823, attributed 0.954.
  it('scores mentions F1 >= 0.90 and attributed statements F1 >= 0.96', () => {
    const { mentions, attributed } = scoreAgainstGold('english-pages3');
    assert.ok(mentions >= 0.9, `mentions F1 ${mentions.toFixed(3)}`);
    assert.ok(attributed >= 0.96, `attributed F1 ${attributed.toFixed(3)}`);
  });
});
