import * as assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/core/analyze';
import { findDates } from '../../src/core/dates';
import { datesCompatible, EventIndex, eventFingerprint, groupEvents } from '../../src/core/events';
import { detectLanguage } from '../../src/core/language';
import { parseLayout } from '../../src/core/layout';
import { splitSentences } from '../../src/core/sentences';
import type { ArticleAnalysis } from '../../src/core/types';

// Analysis without the actor and statement phases: the grouping must work from the text's own features.
function article(path: string, text: string): ArticleAnalysis {
  const a = emptyAnalysis(path, null, text.length);
  const language = detectLanguage(text);
  const layout = parseLayout(text);
  const sentences = splitSentences(text, layout.title ? [layout.title, ...layout.body] : layout.body);
  const dates = findDates(text, language, sentences);
  return {
    ...a, language, layout, sentences, title: layout.title?.text ?? null, date: dates.articleDate, dates: dates.mentions,
    fingerprint: eventFingerprint({ text, language, layout, sentences, date: dates.articleDate }, dates),
  };
}

function together(events: { articles: string[] }[], a: string, b: string): boolean {
  return events.some((e) => e.articles.includes(a) && e.articles.includes(b));
}

// Invented events.
const FLOOD_DE = article('flood-de.txt', `Hochwasser in Norvik: Damm bei Ellsby gebrochen
Norvik, 3. März 2031 – In der Provinz Norvik ist am Montag der Damm bei Ellsby gebrochen. Nach Angaben der Behörde Hydrolux wurden 1.240 Menschen in Sicherheit gebracht, 17 Dörfer stehen unter Wasser.
Gouverneurin Talia Brenmark sprach von der „schwersten Flut seit Menschengedenken in unserer Provinz“. Der Pegel der Lune erreichte 8,35 Meter.
Hydrolux kündigte an, die Evakuierung in Ellsby fortzusetzen.`);
const FLOOD_EN = article('flood-en.txt', `Dam bursts near Ellsby as floods hit Norvik province
Floodwater poured through the Ellsby dam in Norvik province on Monday, March 3, 2031, forcing 1,240 people from their homes, the agency Hydrolux said. Seventeen villages are under water.
Governor Talia Brenmark called it the worst flood in living memory. The river Lune peaked at 8.35 metres.`);
const FLOOD_LATER = article('flood-later.txt', `Norvik: Gouverneurin Brenmark besucht Ellsby
Norvik, 14. Oktober 2031 – Gouverneurin Talia Brenmark hat am Dienstag Ellsby besucht und den Wiederaufbau des Damms eröffnet. Hydrolux meldete, der neue Damm sei für einen Pegel von 10 Metern ausgelegt.
Brenmark sagte, die Provinz Norvik habe aus dem Hochwasser gelernt.`);
const RATE_1 = article('rate-1.txt', `Zentralbank von Valdora senkt erstmals den Leitzins
Die Zentralbank von Valdora hat erstmals seit sechs Jahren ihren Leitzins gesenkt. Der Satz sinkt um 0,25 Prozentpunkte auf 3,75 Prozent, teilte die Notenbank in Corvale am Donnerstag mit. Präsident Oskar Lindqvist sagte, die Inflation liege bei 2,4 Prozent.`);
const RATE_1_EN = article('rate-1-en.txt', `Valdora central bank cuts rates for the first time in six years
The central bank of Valdora cut its key interest rate by 25 basis points to 3.75 percent on Thursday, its first cut in six years. Governor Oskar Lindqvist said inflation stood at 2.4 percent, the bank said in Corvale.`);
const RATE_5 = article('rate-5.txt', `Zentralbank von Valdora senkt zum fünften Mal den Leitzins
Die Zentralbank von Valdora hat den Leitzins zum fünften Mal in Folge gesenkt. Der Satz sinkt um 0,25 Prozentpunkte auf 2,75 Prozent, teilte die Notenbank in Corvale mit. Präsident Oskar Lindqvist sagte, die Inflation liege nun bei 1,8 Prozent.`);

describe('events', () => {
  it('puts every article in exactly one event, with a label and reasons', () => {
    const arts = [FLOOD_DE, FLOOD_EN, FLOOD_LATER, RATE_1, RATE_1_EN, RATE_5];
    const events = groupEvents(arts);
    const all = events.flatMap((e) => e.articles).sort();
    assert.deepEqual(all, arts.map((a) => a.path).sort());
    for (const e of events) {
      assert.ok(e.label.length > 0);
      for (const p of e.articles) assert.ok(e.reasons?.[p]?.length, `reasons for ${p}`);
    }
  });

  it('joins the same event across outlets and languages', () => {
    const events = groupEvents([FLOOD_DE, FLOOD_EN, RATE_1, RATE_1_EN]);
    assert.ok(together(events, 'flood-de.txt', 'flood-en.txt'));
    assert.ok(together(events, 'rate-1.txt', 'rate-1-en.txt'));
    assert.ok(!together(events, 'flood-de.txt', 'rate-1.txt'));
    const e = events.find((x) => x.articles.includes('flood-en.txt'))!;
    assert.match(e.reasons!['flood-en.txt']!.join(' '), /Ellsby|Brenmark|Hydrolux/);
  });

  it('keeps the same actors in another month apart', () => {
    const events = groupEvents([FLOOD_DE, FLOOD_EN, FLOOD_LATER]);
    assert.ok(together(events, 'flood-de.txt', 'flood-en.txt'));
    assert.ok(!together(events, 'flood-de.txt', 'flood-later.txt'));
    assert.ok(!together(events, 'flood-en.txt', 'flood-later.txt'));
  });

  it('keeps a near miss (the next decision) apart', () => {
    const events = groupEvents([RATE_1, RATE_1_EN, RATE_5]);
    assert.ok(together(events, 'rate-1.txt', 'rate-1-en.txt'));
    assert.ok(!together(events, 'rate-1.txt', 'rate-5.txt'));
    assert.ok(!together(events, 'rate-1-en.txt', 'rate-5.txt'));
  });

  it('compares event dates with a tolerance', () => {
    assert.ok(datesCompatible('2024-06-18', '2024-06-19'));
    assert.ok(datesCompatible('2024-06', '2024-06-19'));
    assert.ok(datesCompatible(null, '2025-08-12'));
    assert.ok(!datesCompatible('2024-06-19', '2025-08-12'));
    assert.ok(!datesCompatible('2024-06', '2024-09-02'));
    assert.ok(datesCompatible('--02-06', '2023-02-07'));
  });

  it('indexes incrementally: add, related, update, remove', () => {
    const index = new EventIndex();
    for (const a of [FLOOD_DE, RATE_1, RATE_5, FLOOD_LATER]) index.add(a.path, a.fingerprint!);
    const ev = index.add(FLOOD_EN.path, FLOOD_EN.fingerprint!);
    assert.equal(index.eventOf('flood-de.txt')?.id, ev);
    assert.equal(index.related('flood-en.txt', 3)[0]?.path, 'flood-de.txt');
    // The English report is edited into a rate story: it moves to the rate event.
    index.update(FLOOD_EN.path, RATE_1_EN.fingerprint!);
    assert.equal(index.eventOf('flood-en.txt')?.id, index.eventOf('rate-1.txt')?.id);
    index.remove('rate-1.txt');
    assert.equal(index.size, 4);
    assert.ok(!index.events().some((e) => e.articles.includes('rate-1.txt')));
  });
});
