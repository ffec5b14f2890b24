// The outlet a text states (text/outlet.ts through parseLayout): credit lines, agencies in the dateline,
// copyright and domain lines, bylines with their outlet, a site name after the title; and what is no outlet:
// headings, dates, an editor's initials, a photo credit, an agency only quoted. Invented names and texts.
import * as assert from 'node:assert/strict';
import { parseLayout } from '../../src/core';
import { outletLike } from '../../src/core/text/outlet';

const BODY = 'Die Stadt Weststadt baut eine neue Brücke über den Fluss. Die Arbeiten beginnen im Mai.';
const EN_BODY = 'The town of Westport will build a new bridge over the river. Work starts in May.';

/** The outlet parseLayout reads, checked against the text at its offsets. */
function outlet(text: string): string | null {
  const o = parseLayout(text).outlet;
  if (!o) return null;
  assert.equal(text.slice(o.start, o.end), o.text, 'offsets point at the name');
  return o.text;
}

describe('outlet stated in the text', () => {
  it('reads credit lines and the agencies of a dateline', () => {
    assert.equal(outlet(`Brücke für Weststadt\n\n${BODY}\n\nQuelle: Weststädter Anzeiger`), 'Weststädter Anzeiger');
    assert.equal(outlet(`Brücke für Weststadt\n\nWeststadt (dpa) - ${BODY}`), 'dpa');
    assert.equal(outlet(`Weststadt (Nordpresse Nachrichtenagentur) – ${BODY}`), 'Nordpresse');
    assert.equal(outlet(`Bridge for Westport\n\nWESTPORT, June 3 (Reuters) - ${EN_BODY}`), 'Reuters');
    assert.equal(outlet(`Bridge for Westport\n\nWestport Herald with AP and AFP\n\n${EN_BODY}`), 'Westport Herald');
    assert.equal(outlet(`${BODY}\n\nab/cd (dpa, AFP)`), 'dpa');
    assert.equal(outlet(`${BODY} (dpa)`), 'dpa');
  });

  it('reads copyright and domain lines, a byline with its outlet and a site name after the title', () => {
    assert.equal(
      outlet(`${EN_BODY}\n\nCopyright 2024 The Associated Press. All rights reserved.`),
      'The Associated Press',
    );
    assert.equal(outlet(`${BODY}\n\n© 2024 Westdeutsche Rundschau`), 'Westdeutsche Rundschau');
    assert.equal(outlet(`${BODY}\n\n© dpa-infocom, dpa:240108-99-12345/2`), 'dpa-infocom');
    assert.equal(outlet(`https://www.weststadt-kurier.de/lokales/bruecke-123\n\n${BODY}`), 'weststadt-kurier.de');
    assert.equal(outlet(`${BODY}\n\nweststadt-kurier.de`), 'weststadt-kurier.de');
    assert.equal(outlet(`Bridge for Westport\n\nBy Jane Roe, Reuters\n\n${EN_BODY}`), 'Reuters');
    assert.equal(outlet(`Neue Brücke für Weststadt | weststadt-kurier.de\n\n${BODY}`), 'weststadt-kurier.de');
    assert.equal(outlet(`Bridge for Westport - The Westport Times\n\n${EN_BODY}`), 'The Westport Times');
    assert.equal(outlet(`${EN_BODY}\n\nThis article first appeared in the Westport Courier.`), 'Westport Courier');
  });

  it('takes a lone last line only when it looks like an outlet', () => {
    assert.equal(outlet(`Brücke für Weststadt\n\n${BODY}\n\nwestblick`), 'westblick');
    assert.equal(outlet(`Brücke für Weststadt\n\n${BODY}\n\nDer Spiegel`), 'Der Spiegel');
    for (const heading of ['Fußnoten', 'Weitere Artikel zum Thema', 'Themenverwandte Artikel', 'Hintergrund', 'und'])
      assert.equal(outlet(`Brücke für Weststadt\n\n${BODY}\n\n${heading}`), null, heading);
  });

  it('states no outlet where the text names none as its own', () => {
    // A photo credit credits the photo; an agency quoted in the text is a source; initials and dates are no name.
    assert.equal(outlet(`Mayor Lena Holm in Westport on May 3, 2024. Photo: AFP\n\n${EN_BODY}`), null);
    assert.equal(outlet(`${EN_BODY} A resident told the news agency AFP that the bridge was overdue.`), null);
    assert.equal(outlet(`${BODY}\n\n(itu)`), null);
    assert.equal(outlet(`${BODY}\n\nDer Bau beginnt am 3. Mai. (02.01.2009)`), null);
    assert.equal(outlet(`Brücke für Weststadt\n\n${BODY}\n\nAutor: Lena Holm`), null);
    assert.equal(outlet(`Von Lena Holm und Tom Brandt\n\n${BODY}`), null);
    assert.equal(outlet(`Bridge for Westport - what we know\n\n${EN_BODY}`), null);
  });

  it('tells outlet-like names from headings, dates and function words', () => {
    for (const yes of ['dpa', 'Reuters', 'Le Monde', 'tagesschau.de', 'Saale-Bote', 'Badische Zeitung', 'observador'])
      assert.ok(outletLike(yes), yes);
    for (const no of ['Bilder', '02.01.2009', 'itu', 'den', 'werden wird', 'LinksVideobericht Al Jazeera'])
      assert.ok(!outletLike(no), no);
  });
});

describe('dateline of a regional paper: a place in capitals and a period', () => {
  const dateline = (text: string): string | null => parseLayout(text).dateline?.text ?? null;

  it('reads "KRANICHFELDE. Mit …" and "BAD ORLAU. Die …" as the place of the lead', () => {
    assert.equal(dateline(`Brücke gesperrt\n\nKRANICHFELDE. ${BODY}\n`), 'KRANICHFELDE');
    assert.equal(
      dateline(`Brücke gesperrt\n\nBAD ORLAU. ${BODY}\n`),
      null,
      'a short first word is no place in capitals',
    );
    assert.equal(dateline(`Brücke gesperrt\n\nHALLE-NORDOST. ${BODY}\n`), 'HALLE-NORDOST');
  });

  it('leaves labels in capitals and short acronyms alone', () => {
    assert.equal(dateline(`Brücke gesperrt\n\nANZEIGE. ${BODY}\n`), null);
    assert.equal(dateline(`Brücke gesperrt\n\nUPDATE. ${BODY}\n`), null);
    assert.equal(dateline(`Brücke gesperrt\n\nUSA. ${BODY}\n`), null);
    assert.equal(dateline(`Bridge closed\n\nWESTPORT. ${EN_BODY}\n`), 'WESTPORT');
  });
});

describe('masthead: the outlet name in capitals above the headline', () => {
  it('reads "WESTPORT HERALD" over a date line as the outlet, and the next line as the title', () => {
    const text = `WESTPORT HERALD\nTuesday 3 March 2026\n\nBridge to close for repairs\n\n${EN_BODY}\n`;
    const layout = parseLayout(text);
    assert.equal(layout.title?.text, 'Bridge to close for repairs');
    assert.equal(layout.outlet?.text, 'WESTPORT HERALD');
  });

  it('keeps a headline in capitals as it was, and takes a topic line in capitals above one for a kicker, not an outlet', () => {
    const shout = `BRÜCKE GESPERRT\n\n${BODY}\n\n${BODY}\n`;
    assert.equal(parseLayout(shout).title?.text, 'BRÜCKE GESPERRT');
    assert.equal(parseLayout(shout).outlet, null);
    // A topic line above the headline is the page's kicker (test/fixtures/page-tops): the headline is the title.
    const kicker = `HOCHWASSER\nDie Brücke bleibt gesperrt\n\n${BODY}\n`;
    assert.equal(parseLayout(kicker).title?.text, 'Die Brücke bleibt gesperrt');
    assert.equal(parseLayout(kicker).outlet, null);
  });
});

describe("dateline under a teaser: the agency text below a saved page's summary", () => {
  it('reads "Brackwede (dpa) – …" opening the second paragraph as the dateline and the agency as the outlet', () => {
    const text = `Brücke gesperrt\n\n${BODY}\n\nBrackwede (dpa) – ${BODY}\n`;
    const layout = parseLayout(text);
    assert.equal(layout.dateline?.text, 'Brackwede');
    assert.equal(layout.outlet?.text, 'dpa');
    assert.ok(!layout.body.some((b) => text.slice(b.start, b.end).startsWith('Brackwede (dpa)')), 'not body text');
  });

  it('takes no party in brackets, no bare place and nothing after the fourth paragraph for one', () => {
    assert.equal(parseLayout(`Brücke gesperrt\n\n${BODY}\n\nAnna Vogt (SPD): ${BODY}\n`).dateline, null);
    assert.equal(parseLayout(`Brücke gesperrt\n\n${BODY}\n\nBRACKWEDE - ${BODY}\n`).dateline, null);
    const late = `Brücke gesperrt\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nBrackwede (dpa) – ${BODY}\n`;
    assert.equal(parseLayout(late).dateline, null);
  });
});
