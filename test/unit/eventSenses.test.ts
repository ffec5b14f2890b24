import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { computeConcepts, fingerprintHas } from '../../src/core/corpus/fingerprint';

// Event concepts read in the sense the text uses them (issue 9): a compound's head, a verb with its object and a
// role in a person's title decide whether a word names the act an article reports.
describe('event concepts in the sense the text uses them', () => {
  it('reads a compound whose head is a risk, a warning or a protection as no act of its first part', () => {
    for (const [w, c] of [
      ['brandgefahr', 'fire'],
      ['sturmwarnung', 'storm'],
      ['erdbebenschutz', 'quake'],
      ['streikdrohung', 'strike'],
    ] as const)
      assert.ok(!computeConcepts(w).includes(c), w);
    // The act as the head, or with an ending of its own, stays the act.
    for (const [w, c] of [
      ['waldbrand', 'fire'],
      ['brandstiftung', 'fire'],
      ['sturm', 'storm'],
      ['streik', 'strike'],
    ] as const)
      assert.ok(computeConcepts(w).includes(c), w);
  });

  it('reads an English noun that is also a verb as no act before its object ("start a fire", "strike a deal")', () => {
    const fp = analyzeArticle(
      'Maker recalls 86,000 dishwashers\n\nThe maker is recalling 86,000 dishwashers because a part can overheat and start a fire, it said on Wednesday. Both sides hope to strike a deal.\n',
      'a.txt',
    ).fingerprint!;
    assert.ok(!fingerprintHas(fp, 'c:launch'));
    assert.ok(!fingerprintHas(fp, 'c:strike'));
    const launch = analyzeArticle(
      'Rocket start delayed\n\nThe start of the rocket was delayed again on Tuesday, the agency said.\n',
      'b.txt',
    ).fingerprint!;
    assert.ok(fingerprintHas(launch, 'c:launch'));
  });

  it('reads the English noun "fire" as a fire, as the German "Brand"', () => {
    assert.ok(computeConcepts('fire').includes('fire'));
    assert.ok(!computeConcepts('fired').includes('fire'));
    const fp = analyzeArticle(
      'Cracked blade caused engine fire, investigators say\n\nA cracked turbine blade caused the engine fire on a jet in Hamburg last August, investigators said on Wednesday.\n',
      'a.txt',
    ).fingerprint!;
    assert.equal(fp.act, 'fire');
  });

  it("reads a judge as a role, not as a court's act", () => {
    const fp = analyzeArticle(
      "Ex-judge leads first round in Slovenia\n\nIrena Vodnik, a former constitutional court judge, led the first round of Slovenia's presidential election with 38 percent, preliminary results showed.\n",
      'a.txt',
    ).fingerprint!;
    assert.notEqual(fp.act, 'court');
    assert.ok(!computeConcepts('richter').includes('court'));
  });

  it('reads a recall as an act of its own', () => {
    for (const text of [
      'Kessler recalls 86,000 dishwashers\n\nThe appliance maker Kessler is recalling about 86,000 dishwashers across Europe, the company said on Wednesday. The recall covers two models.\n',
      'Rückruf für Spülmaschinen\n\nDer Hersteller Kessler hat 86.000 Geschirrspüler zurückgerufen. Der Rückruf betrifft zwei Modelle, teilte das Unternehmen am Mittwoch mit.\n',
    ])
      assert.equal(analyzeArticle(text, 'a.txt').fingerprint!.act, 'recall');
  });
});
