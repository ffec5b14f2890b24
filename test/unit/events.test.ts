import * as assert from 'node:assert/strict';
import { analyzeArticle, emptyAnalysis } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { findDates } from '../../src/core/text/dates';
import {
  buildEventIndex,
  createFingerprinter,
  datesCompatible,
  EventIndex,
  eventDate,
  eventFingerprint,
  fingerprintTerms,
  groupEvents,
  ordinalRelation,
} from '../../src/core/corpus/events';
import { weekdaysDiffer } from '../../src/core/corpus/eventSimilarity';
import { computeConcepts } from '../../src/core/corpus/fingerprint';
import { reasonText, reasonTexts } from '../../src/core/corpus/reasons';
import { detectLanguage } from '../../src/core/text/language';
import { parseLayout } from '../../src/core/text/layout';
import { splitSentences } from '../../src/core/text/sentences';
import type { ArticleAnalysis, EventFingerprint } from '../../src/core/types';

// Analysis without the actor and statement phases: the grouping must work from the text's own features.
const TEXTS = new Map<string, string>();
function article(path: string, text: string): ArticleAnalysis {
  TEXTS.set(path, text);
  const a = emptyAnalysis(path, null, text.length);
  const language = detectLanguage(text);
  const layout = parseLayout(text);
  const sentences = splitSentences(text, layout.title ? [layout.title, ...layout.body] : layout.body);
  const dates = findDates(text, language, sentences);
  return {
    ...a,
    language,
    layout,
    sentences,
    title: layout.title?.text ?? null,
    date: dates.articleDate,
    dates: dates.mentions,
    fingerprint: eventFingerprint({ text, language, layout, sentences, date: dates.articleDate }, dates),
  };
}

function together(events: { articles: string[] }[], a: string, b: string): boolean {
  return events.some((e) => e.articles.includes(a) && e.articles.includes(b));
}

// Invented events.
const FLOOD_DE = article(
  'flood-de.txt',
  `Hochwasser in Norvik: Damm bei Ellsby gebrochen
Norvik, 3. März 2031 – In der Provinz Norvik ist am Montag der Damm bei Ellsby gebrochen. Nach Angaben der Behörde Hydrolux wurden 1.240 Menschen in Sicherheit gebracht, 17 Dörfer stehen unter Wasser.
Gouverneurin Talia Brenmark sprach von der „schwersten Flut seit Menschengedenken in unserer Provinz“. Der Pegel der Lune erreichte 8,35 Meter.
Hydrolux kündigte an, die Evakuierung in Ellsby fortzusetzen.`,
);
const FLOOD_EN = article(
  'flood-en.txt',
  `Dam bursts near Ellsby as floods hit Norvik province
Floodwater poured through the Ellsby dam in Norvik province on Monday, March 3, 2031, forcing 1,240 people from their homes, the agency Hydrolux said. Seventeen villages are under water.
Governor Talia Brenmark called it the worst flood in living memory. The river Lune peaked at 8.35 metres.`,
);
const FLOOD_LATER = article(
  'flood-later.txt',
  `Norvik: Gouverneurin Brenmark besucht Ellsby
Norvik, 14. Oktober 2031 – Gouverneurin Talia Brenmark hat am Dienstag Ellsby besucht und den Wiederaufbau des Damms eröffnet. Hydrolux meldete, der neue Damm sei für einen Pegel von 10 Metern ausgelegt.
Brenmark sagte, die Provinz Norvik habe aus dem Hochwasser gelernt.`,
);
const RATE_1 = article(
  'rate-1.txt',
  `Zentralbank von Valdora senkt erstmals den Leitzins
Die Zentralbank von Valdora hat erstmals seit sechs Jahren ihren Leitzins gesenkt. Der Satz sinkt um 0,25 Prozentpunkte auf 3,75 Prozent, teilte die Notenbank in Corvale am Donnerstag mit. Präsident Oskar Lindqvist sagte, die Inflation liege bei 2,4 Prozent.`,
);
const RATE_1_EN = article(
  'rate-1-en.txt',
  `Valdora central bank cuts rates for the first time in six years
The central bank of Valdora cut its key interest rate by 25 basis points to 3.75 percent on Thursday, its first cut in six years. Governor Oskar Lindqvist said inflation stood at 2.4 percent, the bank said in Corvale.`,
);
const RATE_5 = article(
  'rate-5.txt',
  `Zentralbank von Valdora senkt zum fünften Mal den Leitzins
Die Zentralbank von Valdora hat den Leitzins zum fünften Mal in Folge gesenkt. Der Satz sinkt um 0,25 Prozentpunkte auf 2,75 Prozent, teilte die Notenbank in Corvale mit. Präsident Oskar Lindqvist sagte, die Inflation liege nun bei 1,8 Prozent.`,
);

describe('events', () => {
  it('keeps apart reports that name the days of different weeks (three or more weekdays each, at most one shared)', () => {
    const fp = (text: string) => article('w.txt', text).fingerprint!;
    const january = fp(
      'Der Streik beginnt in der Nacht zum Mittwoch und dauert bis Freitag. Die Klage war am Dienstag gescheitert.',
    );
    const march = fp(
      'Die Gewerkschaft kündigte am Montag einen Streik an. Er beginnt am Mittwochabend im Güterverkehr und am Donnerstag im Personenverkehr.',
    );
    const sameWeek = fp('Am Dienstag scheiterte die Klage, am Mittwoch begann der Streik, am Freitag endet er.');
    const w = (f: EventFingerprint) => ({ weekdays: f.weekdays ?? 0, when: null });
    assert.equal(january.weekdays, (1 << 2) | (1 << 3) | (1 << 5)); // Tuesday, Wednesday, Friday
    assert.ok(weekdaysDiffer(w(january), w(march)));
    assert.ok(!weekdaysDiffer(w(january), w(sameWeek)));
    // Two weekdays say too little: no veto.
    assert.ok(!weekdaysDiffer({ weekdays: 0b0000110, when: null }, { weekdays: 0b0110000, when: null }));
    // Both dated to the day: the date gate decides (a visit's days, reported on different days).
    const day = (d: number) => ({ y: 2024, m: 5, d });
    assert.ok(weekdaysDiffer({ weekdays: 0b0001110, when: day(26) }, { weekdays: 0b1110000, when: null }));
    assert.ok(!weekdaysDiffer({ weekdays: 0b0001110, when: day(26) }, { weekdays: 0b1110000, when: day(28) }));
  });

  it('dates an event by what most members say, not by the first dated member', () => {
    // A report dated the Monday before that names the Wednesday votes for the Wednesday: 2 against 1.
    const whens = ['2024-01-08', null, '2024-01-10'];
    const states = (k: number, day: string) => k === 0 && day === '2024-01-10';
    assert.equal(eventDate(whens, states), '2024-01-10');
    assert.equal(
      eventDate([...whens].reverse(), (k, d) => states(2 - k, d)),
      '2024-01-10',
    );
    // Equal votes: the earliest (a visit's first day); months only without a full date; no year, no date.
    assert.equal(eventDate(['2024-05-27', '2024-05-26']), '2024-05-26');
    assert.equal(eventDate(['2031-03', '--03-04', '2031-03', '2030-12']), '2031-03');
    assert.equal(eventDate(['1945-01-16', '2007-01-13', '2007-01-13']), '2007-01-13');
    assert.equal(eventDate(['--05-28', null]), null);
  });

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
    assert.match(reasonTexts(e.reasons!['flood-en.txt']!).join(' '), /Ellsby|Brenmark|Hydrolux/);
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

  it('keeps a phone call of the same two leaders apart from their visit, whatever else is in the corpus', () => {
    // Undated reports (no date gate): three on an upcoming visit, one on a phone call between the same leaders.
    const visit1 = article(
      'visit-1.txt',
      `Kestria lobt Beziehungen zu Ostmar vor Besuch von Halvek
Präsidentin Velora Asmund von Kestria hat am Mittwoch die Beziehungen zu Ostmar gelobt, kurz vor einem erwarteten Besuch von Premier Dorin Halvek in Kestria. Halvek könnte Kestria bereits nächste Woche besuchen, meldete die Agentur Norpress.
Asmund sprach von einer „festen Freundschaft zwischen unseren Völkern“. Bei dem Besuch soll ein Vertrag über Zusammenarbeit unterzeichnet werden.
Kestria und Ostmar stehen wegen des Konflikts mit Varnia unter Sanktionen.`,
    );
    const visit2 = article(
      'visit-2.txt',
      `Halvek reist nach Kestria
Premier Dorin Halvek wird zu seinem geplanten Besuch in Kestria erwartet, wo er Präsidentin Velora Asmund treffen wird. Der Besuch ist der erste seit Jahren; die Straßen der Hauptstadt sind mit Fahnen geschmückt.
Asmund und Halvek wollen bei dem Besuch über den Konflikt mit Varnia und die Sanktionen sprechen, berichtete Norpress.`,
    );
    const visit3 = article(
      'visit-3.txt',
      `Besuch von Halvek in Kestria steht bevor
Ein bevorstehender Besuch von Premier Dorin Halvek in Kestria könnte die Zusammenarbeit mit Ostmar vertiefen, sagten Diplomaten am Freitag. Halvek werde in den nächsten Tagen in Kestria erwartet, wo Präsidentin Velora Asmund ihn empfangen wolle.
Ostmar wollte kein Datum für den Besuch bestätigen.`,
    );
    const call = article(
      'call.txt',
      `Asmund sichert Halvek volle Unterstützung zu
Präsidentin Velora Asmund von Kestria hat Premier Dorin Halvek von Ostmar in einem Telefongespräch ihre volle Unterstützung zugesagt. Das Telefongespräch fand am Dienstag statt, wenige Tage vor einem Gipfeltreffen in Lisoria über Getreideexporte.
Nach dem Telefonat erklärte Halvek, Ostmar werde die Lieferungen an Kestria im Herbst verdoppeln.`,
    );
    const seeds = [visit1, visit2, visit3, call];
    const others = [FLOOD_DE, FLOOD_EN, FLOOD_LATER, RATE_1, RATE_1_EN, RATE_5];
    for (const arts of [seeds, [...seeds, ...others]]) {
      const events = groupEvents(arts);
      assert.ok(together(events, 'visit-1.txt', 'visit-2.txt'), `visits together (${arts.length} articles)`);
      assert.ok(together(events, 'visit-1.txt', 'visit-3.txt'), `visits together (${arts.length} articles)`);
      for (const v of ['visit-1.txt', 'visit-2.txt', 'visit-3.txt'])
        assert.ok(!together(events, v, 'call.txt'), `${v} and the call apart (${arts.length} articles)`);
    }
  });

  it('does not take the act from what someone is quoted saying', () => {
    // Invented: one meeting; one report quotes a promise to "pick up the phone" (no full date in either, so
    // nothing bridges two different acts).
    const quoted = article(
      'talks-quoted.txt',
      `Asmund and Halvek agree to keep talking
President Velora Asmund and Prime Minister Dorin Halvek met in Lisoria on Wednesday. "If there is a problem, we will pick up the phone, call each other and take the call," Asmund told reporters after the meeting.
The meeting lasted four hours, Norpress reported.`,
    );
    const plain = article(
      'talks-plain.txt',
      `Asmund and Halvek meet in Lisoria
President Velora Asmund received Prime Minister Dorin Halvek for a meeting in Lisoria on Wednesday. Asmund and Halvek talked about grain exports for four hours, Norpress reported.`,
    );
    assert.equal(quoted.fingerprint!.act, 'meeting');
    assert.ok(fingerprintTerms(quoted.fingerprint!).has('c:phone'), 'the quoted concept is still a feature');
    assert.ok(together(groupEvents([quoted, plain]), 'talks-quoted.txt', 'talks-plain.txt'));
  });

  it('bounds rarity: in a large folder, what 150 reports share (a country in the news) does not make two reports one event', () => {
    const fp = (keys: string[], count = 1): EventFingerprint => ({
      keys,
      counts: Uint16Array.from(keys, () => count),
      when: null,
      headline: keys[0]!,
      language: 'de',
      ordinals: {},
      act: null,
      percents: [],
    });
    // 150 reports of different events about one country and its government (under a fifth of the folder, so their
    // shared features count in similarities), 650 on other things.
    const topic = [
      'n:ostmar',
      'n:halvek',
      'n:regierung',
      'n:hauptstadt',
      'w:minist',
      'c:protest',
      'w:parlament',
      'w:opposition',
    ];
    const index = new EventIndex();
    for (let i = 0; i < 150; i++) index.put(`topic-${i}`, fp([...topic, `n:ort${i}`, `w:sache${i}`, `#:${i}`], 3));
    for (let i = 0; i < 650; i++) index.put(`other-${i}`, fp([`n:anderer${i}`, `w:thema${i}`, `#:${1000 + i}`]));
    // Two short reports of two different events that share only the topic; two that share the names of one event.
    index.put('short-a', fp([...topic, 'n:ellsby']));
    index.put('short-b', fp([...topic, 'n:dunmere']));
    index.put('same-1', fp([...topic, 'n:varnia', 'n:lisoria']));
    index.put('same-2', fp([...topic, 'n:varnia', 'n:lisoria']));
    index.cluster();
    assert.notEqual(index.eventOf('short-a')?.id, index.eventOf('short-b')?.id);
    assert.equal(index.eventOf('same-1')?.id, index.eventOf('same-2')?.id);
    assert.equal(index.eventOf('same-1')?.articles.length, 2);
  });

  it('keeps the same act at places in different countries apart; a city and its country, or two cities of one country, stay compatible', () => {
    // Invented quakes and strikes at real places (the gazetteer is a generic resource).
    const quake = (path: string, place: string) =>
      article(
        path,
        `Erdbeben der Stärke 5,8 erschüttert ${place}
Ein Erdbeben der Stärke 5,8 hat am Sonntagmorgen ${place} erschüttert. Das Epizentrum lag nach Angaben der Erdbebenwarte in zwölf Kilometern Tiefe, 37 Menschen wurden verletzt.
Viele Häuser wurden beschädigt, Nachbeben hielten die Bewohner wach.`,
      );
    const greece = quake('quake-greece.txt', 'Griechenland');
    const athens = quake('quake-athens.txt', 'Athen');
    const mexico = quake('quake-mexico.txt', 'Mexiko');
    const north = quake('quake-north.txt', 'Nordgriechenland');
    assert.deepEqual(greece.fingerprint!.places, ['Griechenland']);
    assert.deepEqual(athens.fingerprint!.places, ['Griechenland']);
    assert.deepEqual(north.fingerprint!.places, ['Griechenland']);
    assert.deepEqual(mexico.fingerprint!.places, ['Mexiko']);
    const events = groupEvents([greece, athens, mexico, north, FLOOD_DE, RATE_1]);
    assert.ok(together(events, greece.path, athens.path), 'a country and its capital');
    assert.ok(together(events, greece.path, north.path), 'a country and its north');
    assert.ok(!together(events, greece.path, mexico.path), 'Greece and Mexico');
    assert.ok(!together(events, athens.path, mexico.path), 'Athens and Mexico');

    const strike = (path: string, city: string) =>
      article(
        path,
        `Lokführer streiken in ${city}
Die Lokführer der Gewerkschaft Varnag streiken seit Montag in ${city}. Der Streik im Personenverkehr dauert 48 Stunden, teilte Varnag-Chef Ivo Marsant mit.
Die Nordbahn fährt während des Streiks einen Notfahrplan.`,
      );
    const berlin = strike('strike-berlin.txt', 'Berlin'),
      munich = strike('strike-munich.txt', 'München'),
      vienna = strike('strike-vienna.txt', 'Wien');
    const strikes = groupEvents([berlin, munich, vienna, FLOOD_DE, RATE_1]);
    assert.ok(together(strikes, berlin.path, munich.path), 'two cities of one country');
    assert.ok(!together(strikes, berlin.path, vienna.path), 'Berlin and Vienna');
  });

  it('keeps reports whose heads state different years apart; a shared year, or a year after "seit", does not', () => {
    // Invented: a cup final in two seasons.
    const final = (path: string, head: string) =>
      article(
        path,
        `${head}
Der FC Norvik hat das Finale des Lune-Pokals gegen Ellsby United mit 3:1 gewonnen. Trainer Ivo Marsant sprach von einem verdienten Sieg, Kapitän Talia Brenmark erzielte zwei Treffer.
Die Mannschaft feiert am Sonntag mit den Fans.`,
      );
    const a = final('cup-a.txt', 'FC Norvik gewinnt den Lune-Pokal 2031');
    const b = final('cup-b.txt', 'FC Norvik gewinnt den Lune-Pokal 2036');
    const c = final('cup-c.txt', 'Lune-Pokal 2031: FC Norvik siegt');
    const d = final('cup-d.txt', 'FC Norvik gewinnt den Lune-Pokal, erstmals seit 2036');
    assert.deepEqual(a.fingerprint!.years, [2031]);
    assert.equal(d.fingerprint!.years, undefined);
    const events = groupEvents([a, b, c, d, FLOOD_DE, RATE_1]);
    assert.ok(together(events, a.path, c.path), 'the same year');
    assert.ok(!together(events, a.path, b.path), '2031 and 2036');
    assert.ok(!together(events, b.path, c.path), '2036 and 2031');
  });

  it("reads the head's places as countries: a genitive, two words, a compass part, none for a place of several countries", () => {
    const fp = (title: string) =>
      article('places.txt', `${title}\nDie Behörden berichten von großen Schäden. Die Lage bleibt unübersichtlich.`)
        .fingerprint!;
    assert.deepEqual(fp('Sturm über Mexikos Süden').places, ['Mexiko']);
    assert.deepEqual(fp('Sturm trifft New York').places, ['USA']);
    assert.deepEqual(fp('Kleinflugzeug stürzt in Nordschweden ab').places, ['Schweden']);
    assert.equal(fp('Sturm über Korea').places, undefined);
    assert.equal(fp('Sturm über der Stadt').places, undefined);
  });

  it('reads "wieder", "erneut", "again" in the head as a repetition of the article\'s act, "immer wieder" not', () => {
    // Invented: a union's strike, and its next strike reported in two wordings.
    const first = article(
      'strike-first.txt',
      `Lokführer der Gewerkschaft Varnag streiken bei der Nordbahn
Die Gewerkschaft Varnag hat ihre Mitglieder bei der Nordbahn zum Streik aufgerufen. Der Streik im Personenverkehr dauert bis Freitag, teilte Varnag-Chef Ivo Marsant mit.
Die Nordbahn fährt während des Streiks einen Notfahrplan.`,
    );
    const again = article(
      'strike-again.txt',
      `Varnag-Lokführer legen die Arbeit nieder
Die Lokführer der Gewerkschaft Varnag streiken wieder bei der Nordbahn. Der Streik im Personenverkehr soll 35 Stunden dauern, sagte Varnag-Chef Ivo Marsant.
Die Nordbahn fährt während des Streiks einen Notfahrplan.`,
    );
    const againEn = article(
      'strike-again-en.txt',
      `Varnag train drivers strike again
Train drivers of the Varnag union are on strike again at Nordbahn. The strike will last 35 hours, union leader Ivo Marsant said.
Nordbahn runs an emergency timetable during the strike.`,
    );
    const often = article(
      'strike-often.txt',
      `Varnag: Streik bei der Nordbahn
Bei der Nordbahn kommt es immer wieder zu Verspätungen. Die Gewerkschaft Varnag hat ihre Mitglieder zum Streik aufgerufen, teilte Ivo Marsant mit.
Der Streik dauert bis Freitag.`,
    );
    assert.equal(again.fingerprint!.ordinals['c:strike'], 2);
    assert.equal(againEn.fingerprint!.ordinals['c:strike'], 2);
    assert.equal(often.fingerprint!.ordinals['c:strike'], undefined);
    assert.equal(ordinalRelation(again.fingerprint!, first.fingerprint!), 'follow-up');
    assert.equal(ordinalRelation(again.fingerprint!, againEn.fingerprint!), 'agree');
  });

  it('keeps a first occurrence and a repetition apart even when a third report links both', () => {
    // Three reports with the same features: the first test flight, a report that gives no ordinal, and the second flight.
    const fp = (ordinals: Record<string, number>): EventFingerprint => ({
      keys: ['n:starport', 'c:testflight', 'c:rocket', '#:120', 'w:explodiert'],
      counts: Uint16Array.of(2, 2, 1, 1, 1),
      when: null,
      headline: 'Testflug',
      language: 'de',
      ordinals,
      act: null,
      percents: [],
    });
    const first = fp({ 'c:testflight': 1 }),
      plain = fp({}),
      second = fp({ 'c:testflight': 2 });
    const batch = new EventIndex();
    batch.put('first', first);
    batch.put('plain', plain);
    batch.put('second', second);
    // Average link alone would join the second flight: its penalised links to the other two still clear the threshold.
    assert.ok((batch.similarity('second', 'first') + batch.similarity('second', 'plain')) / 2 > 0.11);
    batch.cluster();
    assert.equal(batch.eventOf('first')?.id, batch.eventOf('plain')?.id);
    assert.notEqual(batch.eventOf('second')?.id, batch.eventOf('first')?.id);
    const incremental = new EventIndex();
    const e1 = incremental.add('first', first);
    assert.equal(incremental.add('plain', plain), e1);
    assert.notEqual(incremental.add('second', second), e1);
  });

  it('joins two reports of the same repetition, worded differently, and keeps them apart from the first occurrence', () => {
    // Invented: the second test flight of the rocket Orvana, in two wordings ("der zweite Testflug", "bei einem
    // zweiten Test … explodiert"), and its first flight.
    const second1 = article(
      'second-1.txt',
      `Orvana-Rakete beim zweiten Testflug explodiert
Der zweite Testflug der Riesenrakete Orvana des Unternehmens Kestrel Dynamics ist am Samstag abgebrochen worden. Die Rakete startete vom Raumhafen Dunmere in Valdora und explodierte nach acht Minuten in 140 Kilometern Höhe.
Kestrel-Chef Ivo Marsant sprach dennoch von einem Erfolg. Die Raketenstufe Orvana sei weiter geflogen als beim ersten Versuch.`,
    );
    const second2 = article(
      'second-2.txt',
      `Orvana: Malheur in Dunmere
Nachdem die größte Rakete von Kestrel Dynamics auch bei einem zweiten Test explodiert ist, gibt sich der Konzern unbeirrt. Es sei ein aufregender Teststart gewesen, schrieb das Unternehmen im Netz.
Die Behörde Avicor prüft nun den Abbruch, wie schon nach dem ersten Versuch im Frühjahr.`,
    );
    const first = article(
      'first.txt',
      `Orvana explodiert beim ersten Testflug
Die Riesenrakete Orvana von Kestrel Dynamics ist bei ihrem ersten Testflug explodiert. Die Rakete startete vom Raumhafen Dunmere in Valdora und explodierte nach vier Minuten.
Ivo Marsant sprach von einem Erfolg: Kestrel Dynamics habe viel gelernt.`,
    );
    assert.equal(ordinalRelation(second1.fingerprint!, second2.fingerprint!), 'agree');
    assert.equal(ordinalRelation(first.fingerprint!, second1.fingerprint!), 'conflict');
    const events = groupEvents([first, second1, second2]);
    assert.ok(together(events, 'second-1.txt', 'second-2.txt'));
    assert.ok(!together(events, 'first.txt', 'second-1.txt'));
    assert.ok(!together(events, 'first.txt', 'second-2.txt'));
  });

  it('gives a name written apart from its one-letter tail ("Kovar X", "Kovar X-Werk") the key of the name written together', () => {
    const apart = article(
      'apart.txt',
      `Kovar X baut neues Werk
Das Unternehmen Kovar X hat am Montag in Ellsby sein Kovar X-Werk eröffnet.`,
    );
    const together_ = article(
      'together.txt',
      `KovarX eröffnet Werk in Ellsby
KovarX hat am Montag in Ellsby ein neues Werk eröffnet.`,
    );
    const key = [...fingerprintTerms(together_.fingerprint!).keys()].find((k) => k.startsWith('n:kovar'));
    assert.ok(key, 'the joined name has a key');
    assert.ok(fingerprintTerms(apart.fingerprint!).has(key), `${key} in the article that writes the name apart`);
    // An English pronoun after a capitalised word is no tail.
    const en = article(
      'en.txt',
      `Then I went to Ellsby
Yesterday I met Brenmark in Ellsby, and Then I left.`,
    );
    assert.ok(![...fingerprintTerms(en.fingerprint!).keys()].some((k) => /^n:theni/.test(k)));
  });

  it('treats a shared repetition count as agreement and different counts of one act as a conflict', () => {
    const fp = (ordinals: Record<string, number>): Pick<EventFingerprint, 'ordinals' | 'keys'> => ({
      keys: ['c:quake', 'c:magnitude', 'n:beben', 'w:erschüttert'],
      ordinals,
    });
    // "ein weiteres Beben der Stärke …" and "erneut ein Erdbeben": a repetition of the act both mention.
    assert.equal(ordinalRelation(fp({ 'n:beben': 2, 'c:magnitude': 2 }), fp({ 'c:quake': 2 })), 'agree');
    assert.equal(ordinalRelation(fp({ 'c:quake': 2 }), fp({ 'c:quake': 2 })), 'agree');
    // A repetition against a report that gives none stays a follow-up (penalised), a first against a repetition a conflict.
    assert.equal(ordinalRelation(fp({ 'c:quake': 2 }), fp({})), 'follow-up');
    // So does one against a repetition of something the first does not mention ("another strong temblor", in English).
    const other = { keys: ['c:quake', 'c:magnitude', 'w:temblor'], ordinals: { 'w:temblor': 2 } };
    assert.equal(ordinalRelation(fp({ 'c:quake': 2 }), other), 'follow-up');
    assert.equal(ordinalRelation(fp({ 'c:quake': 1 }), fp({ 'c:quake': 2 })), 'conflict');
    // The second and the third test flight.
    assert.equal(ordinalRelation(fp({ 'c:quake': 2 }), fp({ 'c:quake': 3 })), 'conflict');
    // Different counts of something that is not an act ("die zweite Stufe", "der dritte Tag") only do not agree.
    assert.equal(ordinalRelation(fp({ 'w:erschüttert': 2 }), fp({ 'w:erschüttert': 3 })), 'none');
    // A count on something that is not an act against a report without one is no follow-up.
    assert.equal(ordinalRelation(fp({ 'n:beben': 2 }), fp({})), 'none');
  });

  it('joins an undated report to the occasion it shares most with, though the other report counts the meetings', () => {
    // Invented: the same two leaders met in Lisoria in 2031 ("their third meeting") and in Varnia in 2030; an
    // undated report of the Lisoria meeting names the meeting without a count.
    const fp = (keys: string[], when: string | null, ordinals: Record<string, number> = {}): EventFingerprint => ({
      keys,
      counts: Uint16Array.from(keys, () => 2),
      when,
      headline: keys.join(' '),
      language: 'de',
      ordinals,
      act: 'meeting',
      percents: [],
    });
    const topic = ['n:asmund', 'n:halvek', 'c:meeting', 'n:zusammenkunft', 'n:kestria', 'n:ostmar'];
    const index = new EventIndex();
    index.put('lisoria-dated', fp([...topic, 'n:lisoria', 'w:gipfel'], '2031-11-15', { 'n:zusammenkunft': 3 }));
    index.put('lisoria-undated', fp([...topic, 'n:lisoria', 'w:gipfel'], null));
    index.put('varnia', fp([...topic, 'n:varnia', 'w:hafen'], '2030-11-15'));
    index.cluster();
    assert.equal(index.eventOf('lisoria-undated')?.id, index.eventOf('lisoria-dated')?.id);
    assert.notEqual(index.eventOf('varnia')?.id, index.eventOf('lisoria-dated')?.id);
  });

  it('keeps the fingerprint compact: keys once, typed counts, lead twins as counts, only the shown forms a key cannot give', () => {
    const fp = FLOOD_DE.fingerprint!;
    assert.ok(Array.isArray(fp.keys) && fp.keys.length > 0);
    assert.equal(new Set(fp.keys).size, fp.keys.length);
    assert.ok(fp.counts instanceof Uint16Array && fp.counts.length === fp.keys.length);
    assert.ok(fp.leads instanceof Uint16Array && fp.leads.length === fp.keys.length);
    assert.equal(fp.terms, undefined);
    assert.equal(fp.display, undefined);
    const terms = fingerprintTerms(fp);
    // "Ellsby" (name key "elsby") is in the title and twice in the body, two of the mentions in the lead.
    assert.equal(terms.get('n:elsby'), 3);
    assert.equal(terms.get('l:n:elsby'), 2);
    assert.equal(terms.get('#:1240'), 1);
    assert.equal(terms.get('l:#:1240'), 1);
    // Only the forms the key does not give are stored: "Norvik" is "n:norvik" capitalised; "Ellsby" and "1.240" are stored.
    const shown = (fp.shown ?? '').split('\x1f');
    assert.equal(shown[fp.keys.indexOf('n:norvik')] ?? '', '');
    assert.equal(shown[fp.keys.indexOf('n:elsby')], 'Ellsby');
    assert.equal(shown[fp.keys.indexOf('#:1240')], '1.240');
  });

  it('groups fingerprints in the record form (terms and display) as it groups compact ones', () => {
    const toRecord = (fp: EventFingerprint): EventFingerprint => {
      const { keys: _k, counts: _c, leads: _l, shown: _s, ...rest } = fp;
      return { ...rest, terms: Object.fromEntries(fingerprintTerms(fp)), display: {} };
    };
    const arts = [FLOOD_DE, FLOOD_EN, FLOOD_LATER, RATE_1, RATE_1_EN, RATE_5];
    const compact = new EventIndex(),
      record = new EventIndex();
    for (const a of arts) {
      compact.put(a.path, a.fingerprint!);
      record.put(a.path, toRecord(a.fingerprint!));
    }
    compact.cluster();
    record.cluster();
    for (const a of arts)
      for (const b of arts)
        assert.ok(Math.abs(compact.similarity(a.path, b.path) - record.similarity(a.path, b.path)) < 1e-12);
    assert.deepEqual(
      compact.events().map((e) => e.articles),
      record.events().map((e) => e.articles),
    );
  });

  it('counts added terms (actor ids) with a compact fingerprint, and shows them in reasons', () => {
    const fp = (terms?: Record<string, number>): EventFingerprint => ({
      // The story names the actor ("n:brenmark"): an actor it did not name is not shown (reasonsTruth.test.ts).
      keys: ['n:elsby', 'n:brenmark', 'w:damm', 'c:flood', 'q:der damm ist gebrochen'],
      counts: Uint16Array.of(2, 1, 1, 1, 1),
      leads: Uint16Array.of(1, 0, 0, 0, 0),
      shown: 'Ellsby\x1fBrenmark\x1f\x1f\x1fder Damm ist gebrochen, sagte sie',
      when: null,
      headline: 'Damm',
      language: 'de',
      ordinals: {},
      act: null,
      percents: [],
      ...(terms ? { terms, display: { 'a:person:talia-brenmark': 'Talia Brenmark' } } : {}),
    });
    // b also names someone else; the shared actor adds to what a and b share.
    const other = (f: EventFingerprint): EventFingerprint => ({
      ...f,
      keys: [...f.keys!, 'n:other'],
      counts: Uint16Array.of(2, 1, 1, 1, 1, 3),
      leads: Uint16Array.of(1, 0, 0, 0, 0, 0),
    });
    const index = new EventIndex();
    index.put('a', fp({ 'a:person:talia-brenmark': 2 }));
    index.put('b', other(fp({ 'a:person:talia-brenmark': 2 })));
    const plain = new EventIndex();
    plain.put('a', fp());
    plain.put('b', other(fp()));
    assert.ok(index.similarity('a', 'b') > plain.similarity('a', 'b'));
    const reasons = index.reasons('a', ['b']).join(' ; ');
    assert.match(reasons, /quotes the same words: „der Damm ist gebrochen, sagte sie“/);
    assert.match(reasons, /also names Ellsby and Talia Brenmark/);
    // The topic in concepts (the same in every language), not word stems: "damm" weighs but is not shown.
    assert.ok(index.reasons('a', ['b']).includes('also writes of flood'), reasons);
  });

  it("calls an article's date the event date only when another article gives the same day", () => {
    const fp = (when: string): EventFingerprint => ({
      keys: ['n:elsby', 'w:damm', 'c:flood', 'q:der damm ist gebrochen'],
      counts: Uint16Array.of(2, 1, 1, 1),
      leads: Uint16Array.of(1, 0, 0, 0),
      shown: 'Ellsby\x1f\x1f\x1fder Damm ist gebrochen, sagte sie',
      when,
      headline: 'Damm',
      language: 'de',
      ordinals: {},
      act: null,
      percents: [],
    });
    const index = new EventIndex();
    index.put('a', fp('2031-03-03'));
    index.put('b', fp('2031-03-03'));
    index.put('c', fp('2031-03-04'));
    assert.ok(
      index.reasons('a', ['b', 'c']).includes('same event date: 3 March 2031'),
      index.reasons('a', ['b']).join(' ; '),
    );
    // c's day is its own reading (a publication day, say), not the day the others give.
    const c = index.reasons('c', ['a', 'b']);
    assert.ok(c.includes('dated 4 March 2031'), c.join(' ; '));
    assert.ok(!c.some((r) => r.startsWith('same event date')), c.join(' ; '));
  });

  it("lists as shared names only recognised actors' names, not the capitalised nouns two German reports share", () => {
    const a = analyzeArticle(
      `Haushaltsstreit in Norvik: Regierung kürzt Zuschüsse
Norvik, 3. März 2031 – Die Regierung der Provinz hat am Montag den Haushalt für das kommende Jahr vorgelegt. Finanzministerin Talia Brenmark kündigte an, die Zuschüsse für Schulen und Krankenhäuser um 120 Millionen Euro zu kürzen.
Die Opposition kritisierte die Kürzungen scharf. Brenmark sagte, der Haushalt müsse ausgeglichen werden.`,
      'a.txt',
    );
    const b = analyzeArticle(
      `Kürzungen im Haushalt: Brenmark verteidigt Sparkurs
Die Regierung will bei Schulen und Krankenhäusern sparen. Finanzministerin Talia Brenmark verteidigte am Montag den Haushalt gegen Kritik der Opposition.
Die Zuschüsse sollen um 120 Millionen Euro sinken, sagte Brenmark. Die Kürzungen seien unvermeidlich.`,
      'b.txt',
    );
    const events = analyzeCorpus([a, b]).events;
    assert.equal(events.length, 1, 'one event');
    for (const p of ['a.txt', 'b.txt']) {
      const names = events[0]!.reasons![p]!.filter((r) => r.kind === 'names');
      // Regierung, Haushalt, Zuschüsse, Schulen, Opposition … are shared too, and weigh in the similarity.
      assert.deepEqual(
        names,
        [{ kind: 'names', names: ['Talia Brenmark'] }],
        reasonTexts(events[0]!.reasons![p]!).join(' ; '),
      );
    }
    // The marker changes what reasons show, never a similarity.
    const marked = new EventIndex(),
      unmarked = new EventIndex();
    for (const x of [a, b]) {
      marked.put(x.path, x.fingerprint!);
      unmarked.put(x.path, { ...x.fingerprint!, names: undefined });
    }
    assert.ok(a.fingerprint!.names!.length > 0);
    assert.equal(marked.similarity('a.txt', 'b.txt'), unmarked.similarity('a.txt', 'b.txt'));
    assert.match(unmarked.reasons('a.txt', ['b.txt']).join(' ; '), /also names .*(Haushalt|Regierung)/);
    assert.doesNotMatch(marked.reasons('a.txt', ['b.txt']).join(' ; '), /Haushalt|Regierung|Opposition/);
  });

  it('says first, in words, the occasion two reports share: their act, and the day when both give it', () => {
    const fp = (when: string | null, act: string | null): EventFingerprint => ({
      keys: ['n:elsby', 'n:brenmark', 'w:gipfel'],
      counts: Uint16Array.of(2, 1, 1),
      leads: Uint16Array.of(1, 1, 0),
      shown: 'Ellsby\x1fBrenmark\x1f',
      when,
      headline: 'Gipfel',
      language: 'de',
      ordinals: {},
      act,
      percents: [],
    });
    const index = new EventIndex();
    index.put('a', fp('2023-11-15', 'meeting'));
    index.put('b', fp('2023-11-15', 'meeting'));
    index.put('c', fp('2023-11-16', 'meeting'));
    index.put('d', fp('2023-11-15', 'phone'));
    assert.equal(index.reasons('a', ['b'])[0], 'reports the same meeting on 15 November 2023');
    assert.equal(index.reasons('a', ['c'])[0], 'reports the same meeting');
    // Different main acts: no occasion is claimed, the shared names come first.
    assert.match(index.reasons('a', ['d'])[0]!, /^also names /);
    assert.equal(
      reasonText({ kind: 'occasion', act: 'phone', when: '2024-01' }),
      'reports the same phone call in January 2024',
    );
  });

  it("finds candidates through each article's most distinctive features only, with the same events here", () => {
    const arts = [FLOOD_DE, FLOOD_EN, FLOOD_LATER, RATE_1, RATE_1_EN, RATE_5];
    const all = buildEventIndex(arts, { candidateFeatures: 1e9 })
      .events()
      .map((e) => e.articles);
    for (const k of [1, 4, 16])
      assert.deepEqual(
        buildEventIndex(arts, { candidateFeatures: k })
          .events()
          .map((e) => e.articles),
        all,
      );
    // With one candidate feature, the flood reports still find each other (through their rarest shared feature).
    const index = buildEventIndex(arts, { candidateFeatures: 1 });
    assert.equal(index.related('flood-en.txt', 1)[0]?.path, 'flood-de.txt');
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

  it('keeps no state across indexes or fingerprinters: two in one process do not see each other', () => {
    // Two fingerprinters: one that has seen other articles first builds the same fingerprint as a fresh one.
    const ctx = (text: string) => {
      const language = detectLanguage(text);
      const layout = parseLayout(text);
      const sentences = splitSentences(text, layout.title ? [layout.title, ...layout.body] : layout.body);
      const dates = findDates(text, language, sentences);
      return [{ text, language, layout, sentences, date: dates.articleDate }, dates] as const;
    };
    const texts = [FLOOD_DE, FLOOD_EN, FLOOD_LATER, RATE_1, RATE_5].map((a) => TEXTS.get(a.path)!);
    const used = createFingerprinter();
    for (const t of texts.slice(1)) used.fingerprint(...ctx(t));
    assert.deepEqual(used.fingerprint(...ctx(texts[0]!)), createFingerprinter().fingerprint(...ctx(texts[0]!)));
    // Two indexes filled in turns group as each does alone.
    const floods = [FLOOD_DE, FLOOD_EN, FLOOD_LATER];
    const rates = [RATE_1, RATE_5, RATE_1_EN];
    const [x, y] = [new EventIndex(), new EventIndex()];
    for (let k = 0; k < 3; k++) {
      x.add(floods[k]!.path, floods[k]!.fingerprint!);
      y.add(rates[k]!.path, rates[k]!.fingerprint!);
    }
    const alone = (as: ArticleAnalysis[]) => {
      const i = new EventIndex();
      for (const a of as) i.add(a.path, a.fingerprint!);
      return i.events();
    };
    assert.deepEqual(x.events(), alone(floods));
    assert.deepEqual(y.events(), alone(rates));
    assert.ok(!x.events().some((e) => e.articles.some((p) => p.startsWith('rate'))));
  });
  it('reads a compound part left to right ("Preise" and "Benzinpreise" are no journeys, "Bürgermeister" no champion)', () => {
    for (const [w, c] of <[string, string][]>[
      ['preise', 'visit'],
      ['benzinpreise', 'visit'],
      ['ölpreises', 'visit'],
      ['oberbürgermeister', 'champion'],
      ['brandenburg', 'fire'],
      ['nachrichtenmagazins', 'rate'],
      ['steuerung', 'inflation'],
    ])
      assert.ok(!computeConcepts(w).includes(c), w);
    for (const [w, c] of <[string, string][]>[
      ['dienstreise', 'visit'],
      ['auslandsreise', 'visit'],
      ['verhandlungsrunde', 'round'],
      ['zinssenkung', 'cut'],
      ['weltmeister', 'champion'],
      ['großbrand', 'fire'],
      ['leitzinsen', 'rate'],
    ])
      assert.ok(computeConcepts(w).includes(c), w);
  });

  it('matches a stem that ends in -e at a word boundary ("Planeten" is no plane, "stärkere" no magnitude)', () => {
    for (const [w, c] of <[string, string][]>[
      ['planeten', 'plane'],
      ['planet', 'plane'],
      ['maschinelles', 'plane'],
      ['stärkere', 'magnitude'],
    ])
      assert.ok(!computeConcepts(w).includes(c), w);
    for (const [w, c] of <[string, string][]>[
      ['planes', 'plane'],
      ['maschinen', 'plane'],
      ['raketenstart', 'rocket'],
      ['bombenanschlag', 'bomb'],
      ['explosion', 'explode'],
      ['italienischen', 'italy'],
      ['ukraine-friedensmarsch', 'ukraine'],
    ])
      assert.ok(computeConcepts(w).includes(c), w);
  });

  it('reads "Preis" as a prize only where another word names the prize for certain', () => {
    // Invented texts.
    const price = article(
      'price.txt',
      `Ölpreis steigt auf neuen Höchststand
Der Ölpreis ist am Dienstag auf mehr als 95 Dollar je Barrel gestiegen. Händler verwiesen auf niedrige Vorräte; auch der Goldpreis legte zu.`,
    );
    const prize = article(
      'prize.txt',
      `Friedenspreis für Autorin aus Lisoria
Der Friedenspreis geht in diesem Jahr an die Autorin Mira Valdek. Die Auszeichnung wird im Oktober in der Paulskirche überreicht.`,
    );
    assert.ok(!fingerprintTerms(price.fingerprint!).has('c:prize'), 'a price is no prize');
    assert.ok(fingerprintTerms(prize.fingerprint!).has('c:prize'), 'a prize with its award');
    assert.equal(prize.fingerprint!.act, 'prize');
  });
});
