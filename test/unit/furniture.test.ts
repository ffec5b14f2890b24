// Page furniture (text/layout.ts): captions, credits, bylines, update stamps and date lines, recognised on any
// line, never a title or running text; the outlet and the publication date read from them. Invented names.
import * as assert from 'node:assert/strict';
import { analyzeArticle, parseLayout } from '../../src/core';

const kinds = (text: string) => (parseLayout(text).furniture ?? []).map((f) => `${f.kind}: ${f.text}`);

describe('page furniture', () => {
  it('reads a caption with its photo credit, even as the first line, and takes no title from it', () => {
    const text =
      'Mayor Lena Holm (R) and Governor Tom Brandt walk together in Westport on May 3, 2024. Photo : AFP\n\n' +
      'Mayor Lena Holm said on Friday that the bridge would reopen. She thanked the workers.\n';
    const l = parseLayout(text);
    assert.deepEqual(kinds(text), [
      'caption: Mayor Lena Holm (R) and Governor Tom Brandt walk together in Westport on May 3, 2024. Photo : AFP',
    ]);
    assert.equal(l.title, null);
    assert.ok(!l.body.some((b) => text.slice(b.start, b.end).includes('Photo')));
  });

  it('reads credit lines, bylines and update stamps anywhere', () => {
    const text = [
      'Neue Brücke in Weststadt eröffnet',
      'Von: dpa, AFP',
      'Von Lena Holm und Tom Brandt',
      'Die Brücke wurde am Montag eröffnet. Der Bürgermeister sprach von einem großen Tag.',
      'Foto: dpa/Tom Brandt',
      'Update 12.08., 14:03 Uhr: Die Polizei meldet keine Zwischenfälle.',
      'Die Feier dauerte bis zum Abend.',
      'msh/ab (dpa, Reuters)',
    ].join('\n\n');
    assert.deepEqual(kinds(text), [
      'credit: Von: dpa, AFP',
      'byline: Von Lena Holm und Tom Brandt',
      'credit: Foto: dpa/Tom Brandt',
      'update: Update 12.08., 14:03 Uhr:',
      'credit: msh/ab (dpa, Reuters)',
    ]);
    const l = parseLayout(text);
    assert.equal(l.title?.text, 'Neue Brücke in Weststadt eröffnet');
    assert.ok(l.body.some((b) => text.slice(b.start, b.end) === 'Die Polizei meldet keine Zwischenfälle.'));
    assert.equal(l.outlet?.text, 'dpa');
  });

  it('does not take running text that starts like a byline or a credit for furniture', () => {
    const text =
      'Brücke eröffnet\n\nVon Berlin nach Weststadt fahren nun wieder Züge. Die Strecke war gesperrt.\n\n' +
      'Quelle der Verzögerung war ein Gutachten, sagte die Stadt.\n';
    assert.deepEqual(kinds(text), []);
  });

  for (const [line, iso] of [
    ['15.11.24 17:36 Uhr', '2024-11-15'],
    ['München, 08.01.2024 | 10:51 | spi', '2024-01-08'],
    ['Wednesday, November 15, 2023', '2023-11-15'],
    ['Published on May 26, 2024, at 4:58 pm (Paris), updated on May 26, 2024, at 5:01 pm', '2024-05-26'],
    ['Stand: 12.08.2025 14:03 Uhr', '2025-08-12'],
    ['May 18,2024', '2024-05-18'],
  ] as const) {
    it(`reads the date line "${line}" as furniture and as the publication date`, () => {
      const text = `Brücke in Weststadt eröffnet\n\n${line}\n\nDie Brücke wurde am Mittwoch eröffnet. Es kamen viele.\n`;
      const l = parseLayout(text);
      assert.deepEqual(kinds(text), [`date: ${line}`]);
      assert.equal(l.title?.text, 'Brücke in Weststadt eröffnet');
      assert.equal(l.published, iso);
      // The date anchors relative dates ("am Mittwoch").
      assert.equal(analyzeArticle(text, 'a.txt').date, iso);
    });
  }

  it('reads the outlet of "<outlet> with <agencies>"', () => {
    const text = 'Bridge opens\n\nDaily Courier with AP and AFP\n\nThe bridge opened on Monday. Many came.\n';
    assert.equal(parseLayout(text).outlet?.text, 'Daily Courier');
  });

  it('takes the publication date from the file name when no date line gives one, and never needs one', () => {
    const text = 'Brücke eröffnet\n\nDie Brücke wurde am Mittwoch eröffnet. Es kamen viele.\n';
    assert.equal(analyzeArticle(text, 'news/2024-06-19-bruecke.txt').date, '2024-06-19');
    assert.equal(analyzeArticle(text, 'news/bruecke.txt').date, null);
  });
});
