// German attribution long tail (issue 10): a short subject whose clause goes on inside a quotation ("meinte, der
// Ehemann „…“"), and an according-to clause with words of its own around its quotation. Invented fixtures.
import { strict as assert } from 'node:assert';
import { findStatements } from '../../src/core/statements';
import { actor, doc, statementWith } from './speakerFixtures';

const contents = (text: string): string[] => findStatements(doc(text), []).map((s) => s.content.text);

describe('statements: a short subject whose clause goes on in a quotation (German)', () => {
  it('lists "meinte, der Ehemann „…“" as an indirect statement with the quotation inside it', () => {
    const text =
      'Der Fall beschäftigt die Stadt. Ein Polizeisprecher meinte, der Ehemann „konnte und wollte sich mit der Trennung nicht abfinden“. Die Ermittlungen dauern an.';
    const all = findStatements(doc(text), []);
    const indirect = all.find((s) => s.kind === 'indirect');
    assert.ok(indirect, JSON.stringify(all.map((s) => [s.kind, s.content.text])));
    assert.ok(indirect.content.text.startsWith('der Ehemann'), indirect.content.text);
    assert.equal(indirect.speaker?.text, 'Ein Polizeisprecher');
    assert.ok(all.some((s) => s.kind === 'direct' && s.content.text.startsWith('„konnte')));
  });
  it('does so with a possessive ("sagte, ihre „Gedanken sind …“") but not when the content came before the frame', () => {
    const text =
      'Die Nachricht erreichte London am Morgen. Die Königin sagte, ihre „Gedanken sind bei allen, die betroffen sind“.';
    const s = statementWith(text, [], 'ihre');
    assert.equal(s.kind, 'indirect');
    const before =
      'Die Nachricht erreichte London am Morgen. Sie sei „zutiefst erschüttert“, sagte die Königin, ihre „Gedanken sind bei allen, die betroffen sind“.';
    assert.ok(contents(before).some((c) => c.startsWith('Sie sei')));
  });
  it('lists an according-to clause with words of its own around the quotation as indirect ("fehle es „…“")', () => {
    const text =
      'Der Landtag debattierte lange. Nach den Worten der Abgeordneten Ina Brücker fehle es „an einem durchgreifenden Konzept zur Bekämpfung der Gewalt in den Schulen des ganzen Landes“.';
    const actors = [actor(text, 'person:bruecker', 'person', ['Ina Brücker'])];
    const all = findStatements(doc(text), actors);
    assert.ok(
      all.some((s) => s.content.text.startsWith('fehle es')),
      JSON.stringify(all.map((s) => s.content.text)),
    );
    assert.ok(all.some((s) => s.content.text.startsWith('„an einem')));
  });
  it('but keeps a quotation interrupted by its according-to phrase as one statement', () => {
    const text =
      'Der Landtag debattierte lange. „Allerdings bleibt das Problem der Verlagerung des Verkehrs in die Wohngebiete“ laut Brücker „auch in Zukunft bestehen“.';
    const all = findStatements(doc(text), []).filter((s) => s.content.text.includes('Allerdings'));
    assert.equal(all.length, 1, JSON.stringify(all.map((s) => s.content.text)));
  });
});

describe('statements: reported speech before its frame, and a sentence a later "Das" claims (German)', () => {
  it('takes a clause whose verb in Konjunktiv I ends in -e after its noun ("verringere die Kosten") as content', () => {
    const text = 'Der Tag begann ruhig. Die Reform verringere die Kosten der Länder, sagte der Minister.';
    const s = statementWith(text, [], 'verringere');
    assert.equal(s.content.text, 'Die Reform verringere die Kosten der Länder');
    assert.equal(s.speaker?.text, 'der Minister');
  });
  it('does not list the sentence before "Das berichtet Y." again as a continuation of the source before it', () => {
    const text =
      'Der Tag begann ruhig. Ein Sprecher der Stadt sagte, die Brücke sei marode. Ein Gutachter soll die Mängel schon vor Jahren gemeldet haben. Das berichtet die Zeitung.';
    const all = findStatements(doc(text), []).filter((s) => s.content.text.includes('Gutachter'));
    assert.equal(all.length, 1, JSON.stringify(all.map((s) => [s.kind, s.content.text, s.speaker?.text])));
    assert.equal(all[0]!.speaker?.text, 'die Zeitung');
  });
});
