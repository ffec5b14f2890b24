// German constructions found wrong on invented news of new domains (test/fixtures/attribution-de, fifth set):
// an according-to phrase whose source ends in a quoted name ("Laut einem Bericht der „Kirchenzeitung Nord“ …"):
// the name's closing mark is the source's, not the claim's first character; and a "wie" clause whose subject is a
// name in quotation marks ("Wie die „Aktion Nordhilfe“ mitteilte", "Wie „ostwind online“ berichtete"), which the
// noun-phrase reader skipped (no speaker, or no statement). Invented fixtures.
import { strict as assert } from 'node:assert';
import { statementWith } from './speakerFixtures';

describe('statements: a quoted name closing an according-to phrase (German)', () => {
  it('keeps the closing mark with the source and out of the claim after "laut"', () => {
    const s = statementWith(
      'Die Landeskirche will Häuser verkaufen. Laut einem Bericht der „Kirchenzeitung Nord“ sollen die Erlöse in die Kirchen fließen.',
      [],
      'Erlöse',
    );
    assert.equal(s.speaker?.text, 'einem Bericht der „Kirchenzeitung Nord“');
    assert.equal(s.content.text, 'sollen die Erlöse in die Kirchen fließen.');
  });
  it('does so for a source named in quotation marks alone', () => {
    const s = statementWith(
      'Der Verbund erhöht die Preise. Laut „Wetterauer Tagblatt“ will die Stadt einen Teil übernehmen.',
      [],
      'Teil übernehmen',
    );
    assert.equal(s.content.text, 'will die Stadt einen Teil übernehmen.');
  });
});

describe('statements: a quoted name as the subject of a "wie" clause (German)', () => {
  it('takes an article and a quoted name as the source', () => {
    const s = statementWith(
      'Die Lage bleibt schwierig. Wie die „Aktion Nordhilfe“ heute mitteilte, werde vor Ort effektive Hilfe geleistet.',
      [],
      'effektive Hilfe',
    );
    assert.equal(s.speaker?.text, 'die „Aktion Nordhilfe“');
  });
  it('takes a quoted name without an article, lower-case too', () => {
    const s = statementWith(
      'Die Behörden greifen durch. Wie „ostwind online“ berichtete, sperrten die Behörden den Zugang zu der Seite.',
      [],
      'sperrten',
    );
    assert.equal(s.speaker?.text, '„ostwind online“');
    assert.equal(s.content.text, 'sperrten die Behörden den Zugang zu der Seite.');
  });
  it('closes the quotation of a source named with its kind ("die Zeitung „X“")', () => {
    const s = statementWith(
      'Die Lage bleibt schwierig. Wie die Zeitung „Nordkurier“ berichtete, sollen die Arbeiten bald beginnen.',
      [],
      'Arbeiten',
    );
    assert.equal(s.speaker?.text, 'die Zeitung „Nordkurier“');
  });
});
