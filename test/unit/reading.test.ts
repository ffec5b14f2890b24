// Reading: encodings, layout (title, dateline, credit lines, boilerplate), language, sentences.
import * as assert from 'node:assert/strict';
import { analyzeArticle, decodeBytes, detectLanguage, parseLayout, splitSentences } from '../../src/core';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('decodeBytes', () => {
  const sample = 'Größe „Zitat“ – €';
  it('reads UTF-8 without BOM', () => {
    const d = decodeBytes(Buffer.from(sample, 'utf8'));
    assert.equal(d.text, sample);
    assert.equal(d.encoding, 'utf-8');
  });
  it('removes a UTF-8 BOM so offsets start at the first character', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]));
    assert.equal(d.text, sample);
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    assert.equal(decodeBytes(le).text, sample);
    const be = Buffer.from(le);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 2; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    assert.equal(decodeBytes(be).text, sample);
    assert.equal(decodeBytes(be).encoding, 'utf-16be');
  });
  it('removes one BOM only: a second one stays in the text, so no offset shifts', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const d = decodeBytes(Buffer.concat([bom, bom, Buffer.from(sample, 'utf8')]));
    assert.equal(d.text, '\ufeff' + sample);
    const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
    assert.equal(le.text, '\ufeff' + sample);
  });
  it('reads UTF-16 without a BOM (LE and BE), says so, and still refuses binary with NUL bytes', () => {
    const text = 'Die Ministerin sagte am Montag, „alles“ sei geklärt.\r\n';
    const le = Buffer.from(text, 'utf16le');
    const d = decodeBytes(le);
    assert.equal(d.text, text);
    assert.equal(d.encoding, 'utf-16le');
    assert.match(d.warnings.join(' '), /UTF-16 LE/);
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    assert.equal(decodeBytes(be).text, text);
    assert.equal(decodeBytes(be).encoding, 'utf-16be');
    assert.throws(
      () => decodeBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0])),
      /binary/,
    );
  });
  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', () => {
    const bytes = Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x80, 0x20, 0x84, 0x5a, 0x93]); // Größe € „Z“
    const d = decodeBytes(bytes);
    assert.equal(d.text, 'Größe € „Z“');
    assert.equal(d.encoding, 'windows-1252');
    assert.equal(d.warnings.length, 1);
  });
  it('keeps CRLF line endings', () => {
    assert.equal(decodeBytes(Buffer.from('a\r\nb', 'utf8')).text, 'a\r\nb');
  });
  it('refuses binary input with a clear message', () => {
    assert.throws(
      () => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      /binary/,
    );
  });
  it('reads an empty file as empty text', () => {
    assert.equal(decodeBytes(new Uint8Array()).text, '');
  });
});

describe('detectLanguage', () => {
  it('tells German from English', () => {
    assert.equal(detectLanguage('Der Minister sagte am Montag, dass die Regierung nicht zurücktreten werde.'), 'de');
    assert.equal(detectLanguage('The minister said on Monday that the government would not resign.'), 'en');
  });
});

describe('parseLayout', () => {
  it('finds a title line, a dateline and a credit line', () => {
    const text =
      'Stadtrat beschließt neuen Haushalt\n(Bremen) Der Stadtrat hat am Dienstag den Haushalt beschlossen.\nQuelle: Weser-Bote';
    const l = parseLayout(text);
    assert.equal(l.title?.text, 'Stadtrat beschließt neuen Haushalt');
    assert.equal(l.dateline?.text, 'Bremen');
    assert.equal(l.outlet?.text, 'Weser-Bote');
    assert.equal(l.body.length, 1);
    assert.ok(text.slice(l.body[0]!.start, l.body[0]!.end).startsWith('Der Stadtrat'));
  });
  it('reads an agency dateline "CITY (agency) –"', () => {
    const l = parseLayout('Hamburg (dpa) – Der Hafen meldet Rekordumschlag. Das teilte die Behörde mit.');
    assert.equal(l.dateline?.text, 'Hamburg');
    assert.equal(l.outlet?.text, 'dpa');
  });
  it('takes "(agency)" closing the last paragraph as the outlet, outside the body', () => {
    const text = 'Erster Absatz ohne Titel endet hier.\nDer zweite Absatz endet auch. (nordwest-AFX)';
    const l = parseLayout(text);
    assert.equal(l.outlet?.text, 'nordwest-AFX');
    const last = l.body[l.body.length - 1]!;
    assert.equal(text.slice(last.start, last.end), 'Der zweite Absatz endet auch.');
  });
  it('takes a lone short last line as the outlet, and promo lines as boilerplate', () => {
    const text = 'Die Stadt wächst weiter.\nMehr zum Thema – Bericht: Die Stadt wächst\nabendpost';
    const l = parseLayout(text);
    assert.equal(l.outlet?.text, 'abendpost');
    assert.equal(l.boilerplate.length, 2);
    assert.equal(l.body.length, 1);
  });
  it('does not take a first paragraph ending in a period for a title', () => {
    assert.equal(parseLayout('Ein ganzer Satz steht hier.\nUnd noch einer.').title, null);
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations, ordinals and initials inside the sentence', () => {
    assert.deepEqual(sentencesOf('Dr. Anna Berg kam am 15. August nach Bonn. Sie blieb z. B. drei Tage.'), [
      'Dr. Anna Berg kam am 15. August nach Bonn.',
      'Sie blieb z. B. drei Tage.',
    ]);
    assert.deepEqual(sentencesOf('Der Umsatz stieg um 3 Mio. Euro. J. R. Miller lobte das.'), [
      'Der Umsatz stieg um 3 Mio. Euro.',
      'J. R. Miller lobte das.',
    ]);
    assert.deepEqual(sentencesOf('Im 19. Jahrhundert wuchs die Stadt. Danach nicht mehr.'), [
      'Im 19. Jahrhundert wuchs die Stadt.',
      'Danach nicht mehr.',
    ]);
    // An initial is followed by a name, never by an opening quotation mark.
    assert.deepEqual(sentencesOf('Das schrieb die Firma auf X. »Wir lernen daraus.« Schon J. »Jim« Berg sah das.'), [
      'Das schrieb die Firma auf X.',
      '»Wir lernen daraus.«',
      'Schon J. »Jim« Berg sah das.',
    ]);
  });
  it('ends a sentence after words that merely look like abbreviations ("ab", "so", "Lkw")', () => {
    assert.deepEqual(
      sentencesOf('Das hängt davon ab. Nach Ansicht der Stadt sei das so. Dann kam ein Lkw. Er hielt an.'),
      ['Das hängt davon ab.', 'Nach Ansicht der Stadt sei das so.', 'Dann kam ein Lkw.', 'Er hielt an.'],
    );
  });
  it('ends a sentence after a year or a number before a capital', () => {
    assert.deepEqual(sentencesOf('Das Werk schloss 2019. Heute steht es leer.'), [
      'Das Werk schloss 2019.',
      'Heute steht es leer.',
    ]);
  });
  it('keeps a closing quotation mark with its sentence and does not split before ", sagte"', () => {
    assert.deepEqual(sentencesOf('Er sagte: „Wir kommen.“ Dann ging er. „Nie wieder!“, rief sie.'), [
      'Er sagte: „Wir kommen.“',
      'Dann ging er.',
      '„Nie wieder!“, rief sie.',
    ]);
    assert.deepEqual(sentencesOf('"We will win." He left.'), ['"We will win."', 'He left.']);
  });
  it('splits at a missing space after a period', () => {
    assert.deepEqual(sentencesOf('Sie wollen Berlin besuchen.Die Reise ist geplant.'), [
      'Sie wollen Berlin besuchen.',
      'Die Reise ist geplant.',
    ]);
  });
  it('does not split inside numbers, abbreviations like U.S. or web addresses', () => {
    assert.deepEqual(sentencesOf('Die Quote lag bei 3.5 Prozent laut web.de und der U.S. Army.'), [
      'Die Quote lag bei 3.5 Prozent laut web.de und der U.S. Army.',
    ]);
  });
  it('always ends a sentence at a line break, CRLF included', () => {
    assert.deepEqual(sentencesOf('Titel ohne Punkt\r\nErster Satz. Zweiter Satz'), [
      'Titel ohne Punkt',
      'Erster Satz.',
      'Zweiter Satz',
    ]);
  });
});

describe('analyzeArticle on bad input', () => {
  it('says an empty file is empty and does not throw', () => {
    const a = analyzeArticle('', 'empty.txt');
    assert.equal(a.error, null);
    assert.match(a.warnings.join(' '), /empty/);
    assert.deepEqual(a.statements, []);
  });
  it('keeps a stray U+FEFF in text handed over directly, so offsets are those of the text given', () => {
    const text = '\ufeffTitel\nText.';
    const a = analyzeArticle(text, 'bom.txt');
    assert.equal(a.title, 'Titel');
    assert.equal(text.slice(a.layout.title!.start, a.layout.title!.end), 'Titel');
    assert.equal(a.length, text.length);
  });
  it('stops when the signal is aborted', () => {
    const c = new AbortController();
    c.abort(new Error('superseded'));
    assert.throws(() => analyzeArticle('Ein Text.', 'x.txt', { signal: c.signal }), /superseded/);
  });
});
