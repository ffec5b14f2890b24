// The hand-written statement tokenizer gives exactly the tokens of the regex that defines them (statements/tokens.ts
// TOKEN), and its letter count what the regex counts, on random text that mixes Latin, other scripts, astral
// letters, lone surrogates, combining marks, digits, clock times and joiners, within any span (a token never
// reaches past the span's end).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countLetterRuns, countLettersAndDigits, TOKEN, tokenize } from '../../src/core/statements/tokens';
import type { Span } from '../../src/core/types';

const PIECES = [
  'a',
  'Z',
  'ä',
  'ß',
  'é',
  'ǅ',
  'ɏ',
  'ɐ',
  'я',
  'ת',
  '中',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '\u0301',
  '²',
  '½',
  '٣',
  '0',
  '1',
  '9',
  '12',
  ':',
  '15:36',
  '1:2',
  '123:45',
  '-',
  "'",
  '’',
  '.',
  ',',
  ';',
  '(',
  ')',
  '–',
  '—',
  '!',
  '?',
  '„',
  '“',
  ' ',
  '\n',
  '\u00a0',
  '\u2011',
  'der',
  'die',
  'the',
  'and',
  'le',
  'de',
  'Nord-Korea',
  "Merkel's",
  '30,000',
  '1,000,00',
  ',000',
  '000',
  '1234,567',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

function byRegex(text: string, span: Span): [number, number][] {
  const slice = text.slice(span.start, span.end);
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const out: [number, number][] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push([span.start + m.index, span.start + m.index + m[0].length]);
  return out;
}

describe('statement tokens', () => {
  it('tokenize gives the tokens of TOKEN, within any span', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const span = { start, end: start + (b % (text.length - start + 1)) };
        const toks = tokenize(text, span, []);
        assert.deepEqual(
          toks.map((t) => [t.start, t.end]),
          byRegex(text, span),
        );
        for (const t of toks) {
          assert.equal(t.text, text.slice(t.start, t.end));
          assert.equal(t.punct, !/[\p{L}\p{N}]/u.test(t.text));
        }
      }),
      { numRuns: 6000 },
    );
  });

  it('countLettersAndDigits and countLetterRuns count what /[\\p{L}\\p{N}]/gu and /[\\p{L}\\p{N}]+/gu match, within any span', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.equal(
          countLettersAndDigits(text, start, end),
          (text.slice(start, end).match(/[\p{L}\p{N}]/gu) ?? []).length,
        );
        assert.equal(countLetterRuns(text, start, end), (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length);
      }),
      { numRuns: 6000 },
    );
  });
});
