import * as assert from 'node:assert/strict';
import { findDates, scanTimeExpressions } from '../../src/core/text/dates';
import type { Span } from '../../src/core/types';

function whole(text: string): Span[] {
  // One sentence per line is enough for these fixtures.
  const out: Span[] = [];
  let s = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: s, end: s + line.length });
    s += line.length + 1;
  }
  return out;
}

function isoOf(text: string, phrase: string, language = 'de'): string | undefined {
  const r = findDates(text, language, whole(text));
  return r.mentions.find((m) => m.text === phrase)?.iso;
}

describe('dates', () => {
  it('parses German absolute dates, with and without a year', () => {
    const t = 'Der Vertrag wurde am 15. August 2022 unterzeichnet, die Frist endet am 12. Juni.';
    const r = findDates(t, 'de', whole(t));
    assert.equal(r.articleDate, '2022-08-15');
    assert.equal(isoOf(t, '15. August 2022'), '2022-08-15');
    // The yearless date takes the year that puts it nearest the anchor.
    assert.equal(isoOf(t, '12. Juni'), '2022-06-12');
  });

  it('parses a numeric day and month without a year in date positions only', () => {
    const t =
      'Am Freitag (14.03.) ist die Ministerin gelandet, am 15.3. reist sie ab.\nKapitel 3.2. folgt, Version 1.2.3 auch.';
    assert.equal(isoOf(t, '14.03.'), '--03-14');
    assert.equal(isoOf(t, '15.3.'), '--03-15');
    assert.equal(isoOf(t, '3.2.'), undefined);
    assert.equal(findDates(t, 'de', whole(t)).mentions.length, 2);
    // With a date line the year is resolved.
    const u = 'Ellsby, 14.03.2031\nAm Freitag (14.03.) ist sie gelandet.';
    assert.equal(isoOf(u, '14.03.'), '2031-03-14');
  });

  it('parses English dates, numeric dates, months and bare years', () => {
    const t = 'The summit on June 18, 2024 followed talks in March 2019 and a first meeting in 2017.';
    assert.equal(isoOf(t, 'June 18, 2024', 'en'), '2024-06-18');
    assert.equal(isoOf(t, 'March 2019', 'en'), '2019-03');
    assert.equal(isoOf(t, '2017', 'en'), '2017');
    const n = 'Stand: 03.02.2021\nDie Gemeinde meldete den Schaden.';
    assert.equal(findDates(n, 'de', whole(n)).articleDate, '2021-02-03');
  });

  it('resolves a weekday its clause speaks of as to come forward from the date line, others backward', () => {
    // 8 January 2024 was a Monday.
    const t =
      'München, 08.01.2024\nDer Streik beginnt in der Nacht zum Mittwoch und dauert bis Freitagabend. Die Gewerkschaft hatte am Freitag gewarnt.';
    assert.equal(isoOf(t, 'Mittwoch'), '2024-01-10');
    assert.equal(isoOf(t, 'bis Freitagabend'), '2024-01-12');
    assert.equal(isoOf(t, 'am Freitag'), '2024-01-05');
    // 10 January 2024 was a Wednesday: "will … Wednesday" is that day, "from Tuesday" the day before.
    const u =
      'January 10, 2024\nThe court on Tuesday rejected the injunction, so drivers will strike Wednesday through Friday.\nCargo drivers will strike from Tuesday.';
    assert.equal(isoOf(u, 'on Tuesday', 'en'), '2024-01-09');
    assert.equal(isoOf(u, 'Wednesday', 'en'), '2024-01-10');
    assert.equal(isoOf(u, 'Friday', 'en'), '2024-01-12');
    assert.equal(isoOf(u, 'Tuesday', 'en'), '2024-01-09');
    // A reported past after the cue ("soll … gesagt haben") and an explicit "letzten" stay in the past.
    const v = 'München, 08.01.2024\nEr soll am Mittwoch gesagt haben, dass er geht. Sie wird letzten Freitag erwähnen.';
    assert.equal(isoOf(v, 'am Mittwoch'), '2024-01-03');
    assert.equal(isoOf(v, 'letzten Freitag'), '2024-01-05');
  });

  it('leaves years that are quantities alone', () => {
    const t = 'Die Messe zählte 2019 Menschen und 2020 Euro Umsatz.';
    assert.deepEqual(
      scanTimeExpressions(t).filter((x) => x.kind === 'year'),
      [],
    );
  });

  it('resolves German relative expressions against a date line', () => {
    const t =
      'Berlin, 12. Juni 2024\nDie Ministerin reiste am Mittwoch ab. Im vergangenen Monat war sie in Rom. Vor dreieinhalb Jahren begann der Streit. Gestern kam die Antwort.';
    const r = findDates(t, 'de', whole(t));
    assert.equal(r.articleDate, '2024-06-12');
    assert.equal(isoOf(t, 'am Mittwoch'), '2024-06-12'); // 12 June 2024 was a Wednesday
    assert.equal(isoOf(t, 'Im vergangenen Monat'), '2024-05');
    assert.equal(isoOf(t, 'Vor dreieinhalb Jahren'), '2020-12');
    assert.equal(isoOf(t, 'Gestern'), '2024-06-11');
    assert.ok(r.mentions.find((m) => m.text === 'am Mittwoch')?.relative);
  });

  it('resolves English relative expressions', () => {
    const t =
      'March 4, 2025\nThe board met on Friday. Last week shares fell; two days ago the chief resigned; a vote follows next month.';
    const r = findDates(t, 'en', whole(t));
    assert.equal(r.articleDate, '2025-03-04'); // a Tuesday
    assert.equal(isoOf(t, 'on Friday', 'en'), '2025-02-28');
    assert.equal(isoOf(t, 'Last week', 'en'), '2025-02-25');
    assert.equal(isoOf(t, 'two days ago', 'en'), '2025-03-02');
    assert.equal(isoOf(t, 'next month', 'en'), '2025-04');
  });

  it('keeps relative expressions unresolved without an anchor, and "am Morgen" is not tomorrow', () => {
    const t = 'Am Morgen traf der Minister ein. Er sprach am Dienstag im Parlament.';
    const r = findDates(t, 'de', whole(t));
    assert.equal(r.articleDate, null);
    assert.deepEqual(r.mentions, []);
    const xs = scanTimeExpressions(t);
    assert.deepEqual(
      xs.map((x) => x.kind),
      ['weekday'],
    );
  });

  it('finds expressions only at word starts, by the shape of the digits or the word there', () => {
    const t =
      'Stand: 12.06.2024\nAm Dienstagmittag und am MONTAG, 3/4/2024, 2024-06-10 und 20240610, 123.06.2024, 1.6.24, 7th of June, ' +
      '5 days ago, 12.5 weeks ago, 2020er, x2019, ²2018, vor 3 Tagen, 1999-12-31T10:00, 𝐀 2017, 100 Jahre, Sonnabendnachmittag';
    const r = findDates(t, 'de', whole(t));
    assert.equal(r.articleDate, '2024-06-12');
    assert.deepEqual(
      r.mentions.map((m) => [m.text, m.iso]),
      [
        ['12.06.2024', '2024-06-12'],
        ['Am Dienstagmittag', '2024-06-11'],
        ['am MONTAG', '2024-06-10'],
        ['3/4/2024', '2024-03-04'],
        ['2024-06-10', '2024-06-10'],
        ['2024', '2024'],
        ['1.6.24', '2024-06-01'],
        ['7th of June', '2024-06-07'],
        ['5 days ago', '2024-06-07'],
        ['12.5 weeks ago', '2024-03-17'],
        ['vor 3 Tagen', '2024-06-09'],
        ['1999', '1999'],
        ['2017', '2017'],
        ['Sonnabendnachmittag', '2024-06-08'],
      ],
    );
  });
});
