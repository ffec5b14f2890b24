import * as assert from 'node:assert/strict';
import { computeConcepts } from '../../src/core/corpus/fingerprint';
import { agreementsDiffer } from '../../src/core/corpus/eventSimilarity';
import { family, fingerprint, groupOf, grouped, only } from './eventFixtures';

// Explicit differences between near misses of one story (issue 9; test/fixtures/events, session 26). Invented
// families written and measured before any rule: cupfinal 0.625, cyber 0.444, lawvote 0.500 (main ac5f18f).

describe('near misses told apart by what their texts say (test/fixtures/events, session 26)', () => {
  it('reads whether an agreement was reached or not (yet)', () => {
    assert.equal(
      fingerprint('Talks\n\nDie Minister verhandelten am Freitag. Eine Einigung gab es noch nicht.\n').agreement,
      1,
    );
    assert.equal(fingerprint('Talks\n\nThe ministers met on Friday but reached no deal.\n').agreement, 1);
    assert.equal(fingerprint('Pakt\n\nDie Minister haben am Freitag ein Abkommen unterzeichnet.\n').agreement, 2);
    assert.equal(fingerprint('Pact\n\nThe two countries signed an agreement on Friday.\n').agreement, 2);
    assert.equal(
      fingerprint('Pakt\n\nDas Abkommen ist noch nicht unterzeichnet, die Minister sprechen weiter.\n').agreement,
      1,
    );
    assert.equal(fingerprint('Pact\n\nThe ministers met on Friday in Lisbon.\n').agreement, undefined);
    assert.equal(agreementsDiffer({ agreement: 1 }, { agreement: 2 }), true);
    assert.equal(agreementsDiffer({ agreement: 3 }, { agreement: 2 }), false);
    assert.equal(agreementsDiffer({}, { agreement: 2 }), false);
  });

  it('keeps talks that ended without a deal apart from the signing two weeks later (ministers)', () => {
    const { texts, gold } = family('ministers');
    assert.deepEqual(grouped(texts), gold);
  });

  it('joins no two reports that share only their date (cyber: two hackings on one Monday, in two towns)', () => {
    const texts = only('cyber', 'a1-de-attack.txt', 'd1-en-hospital.txt');
    assert.deepEqual(groupOf(texts, 'a1-de-attack.txt'), ['a1-de-attack.txt']);
  });

  it('takes no day to come for the day the event happened (prize: the shortlist names the ceremony day)', () => {
    assert.equal(
      fingerprint(
        'Shortlist\n\nThe jury on Tuesday named five novels. The winner will be announced at a ceremony on June 14.\n',
      ).when,
      null,
    );
    assert.equal(
      fingerprint('Award\n\nThe prize was handed to the author at a ceremony on June 14.\n').when,
      '--06-14',
    );
    const { texts } = family('prize');
    assert.deepEqual(groupOf(texts, 'b2-en-shortlist.txt'), ['b1-de-shortlist.txt', 'b2-en-shortlist.txt']);
  });

  it('reads "Auswahl" as no election and a veto as an act of a moment (prize, lawvote)', () => {
    assert.ok(!computeConcepts('endauswahl').includes('election'));
    assert.ok(computeConcepts('stichwahl').includes('election'));
    assert.ok(computeConcepts('vetoed').includes('veto'));
    // The president's veto on a Friday and parliament overriding it on a Thursday three weeks later.
    const texts = only('lawvote', 'b1-de-veto.txt', 'b2-en-veto.txt', 'c1-en-override.txt');
    assert.deepEqual(groupOf(texts, 'b2-en-veto.txt'), ['b1-de-veto.txt', 'b2-en-veto.txt']);
  });
});
