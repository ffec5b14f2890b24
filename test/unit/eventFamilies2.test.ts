import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { family, grouped } from './eventFixtures';

// Near misses from domains the event model was not built on, written as unseen text before any change to it and
// scored first as they came (test/fixtures/events/<family>, each with its gold partition as the eval sets have it):
// German and English excerpts of three to seven sentences, some with date lines, bylines and credits, several
// outlets, two events of one story a while apart plus an unrelated report of one of their outlets.
// - courts: a regional court's ruling against a firm, the appeal court overturning it seven months later, and the
//   same court's other ruling of the same day in the same outlet's template;
// - derby: the same two clubs' league match in September and the return match in February (two reports undated),
//   and one club's cup match in the outlet of one of the reports;
// - results: one firm's first-quarter and second-quarter results, and another firm's first-quarter results of the
//   same day from the same city and agency.
// Written after the calibration of the weights and the wire-dateline rule, as a check of both, and never tuned on
// (pairwise F1 alone at main 6b5f8b8 -> with both):
// - ship (0.571 -> 1.000): a container ship aground in a river and refloated three weeks later, and a port strike of
//   the same day from the same agency's wire.
// Read in the right sense (test/unit/eventSenses.test.ts), grouped as their gold:
// - elections (0.667 -> 1.000): a short report of the first round, which a "constitutional court judge" made a
//   report of a court's act, joins the first round's reports once a judge is a role, not the court's act;
// - recalls (0.667 -> 1.000): the English report of a dishwasher recall read "start a fire" as a launch and the
//   German short one "Brandgefahr" as a fire; with a recall act, a verb before its object naming no act and a
//   compound whose head is a risk naming none, the three reports of the recall join.
// Not yet grouped as their gold (pairwise F1 alone, at the commit that added this file; see its message):
// - quake (0.667): a three-sentence German update of the death toll, sharing only the region and the country with
//   the English report, stays alone;
// - of those written as a check: fine (0.667 -> 0.667: a short undated report of the share price after an
//   antitrust fine stays alone), plane (0.250 -> 0.333: an emergency landing and the accident report eight months
//   later; a short English report of the landing joins the report, an undated German report of it stays alone; 0.667
//   once the English "engine fire" is a fire as the German "Triebwerksbrand": the two reports of the accident report
//   join, the short English report of the landing, which names no fire, stays alone), theft
//   (0.500 -> 0.500: a museum theft and the arrests six weeks later; the English report of the theft joins those of
//   the arrests, which repeat its figures), wildfire (0.600 -> 0.857: a second fire on the same island a month later,
//   its German report, marked "erneut", apart from its English one);

describe('near misses from other domains (test/fixtures/events)', () => {
  it("reads the day of a wire dateline without a year as the report's day, and keeps two such reports three weeks apart apart", () => {
    const first = `Vote in Slovenia heads to run-off

LJUBLJANA, Oct 26 (AP) — Former judge Irena Vodnik and economist Tomaz Brecelj will meet in a run-off after neither won a majority in the presidential election on Sunday.

Vodnik took 38.2 percent and Brecelj 31.5 percent. Turnout was 52 percent.
`;
    const runoff = `Slovenia elects Vodnik as president

LJUBLJANA, Nov 16 (Reuters) - Former judge Irena Vodnik won the presidential run-off on Sunday against economist Tomaz Brecelj, with 57.4 percent.

Turnout rose to 58 percent from 52 percent.
`;
    assert.equal(analyzeArticle(first, 'a.txt').fingerprint!.when, '--10-26');
    assert.equal(analyzeArticle(runoff, 'b.txt').fingerprint!.when, '--11-16');
    assert.equal(grouped({ 'a.txt': first, 'b.txt': runoff }).length, 2);
  });

  for (const name of ['courts', 'derby', 'results', 'ship', 'elections', 'recalls'])
    it(`groups the ${name} family as its gold does`, () => {
      const { texts, gold } = family(name);
      assert.deepEqual(grouped(texts), gold);
    });
});
