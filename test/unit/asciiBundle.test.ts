import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

interface SourceMapLike {
  mappings: string;
}
interface AsciiBundle {
  decodeVlq(segment: string): number[];
  encodeVlq(numbers: readonly number[]): string;
  asciiEscape(code: string, map: SourceMapLike | null): { code: string; map: SourceMapLike | null };
}
let M: AsciiBundle;

/** A map with one segment per code unit of each line (generated column, source 0, line, column). */
function mapOfEveryUnit(code: string): SourceMapLike {
  const lines = code.split('\n');
  let prevLine = 0;
  let prevCol = 0;
  const mappings = lines.map((line, li) => {
    const segments: string[] = [];
    let gen = 0;
    for (let c = 0; c < line.length; c++) {
      segments.push(M.encodeVlq([c - gen, 0, li - prevLine, c - prevCol]));
      gen = c;
      prevLine = li;
      prevCol = c;
    }
    return segments.join(',');
  });
  return { mappings: mappings.join(';') };
}

/** The generated columns of each line's segments. */
function columns(map: SourceMapLike): number[][] {
  return map.mappings.split(';').map((line) => {
    let col = 0;
    return line === '' ? [] : line.split(',').map((s) => (col += M.decodeVlq(s)[0]!));
  });
}

describe('asciiBundle (scripts/asciiBundle.mjs: the bundles as pure ASCII)', () => {
  before(async () => {
    // The script lives with the build (esbuild.mjs); this file runs from out/test/unit.
    M = (await import(
      pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'asciiBundle.mjs')).href
    )) as AsciiBundle;
  });

  it('codes source-map numbers as base64 VLQ and back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), { minLength: 1, maxLength: 5 }), (ns) => {
        assert.deepEqual(M.decodeVlq(M.encodeVlq(ns)), ns);
      }),
    );
    assert.deepEqual(M.decodeVlq('AAgBC'), [0, 0, 16, 1]);
  });

  it('writes strings, regular expressions and identifiers that mean what they meant', () => {
    const code = [
      'const r = /[äöüß]+|😀/u; const s = "Straße 😀"; const t = `Grüße ${1}`;',
      'const Ä = { ä: "ä" }; module.exports = { r, s, t, k: Object.keys(Ä), big: /[\\u00e0-ÿ]/.test("é") }; // ü',
    ].join('\n');
    const out = M.asciiEscape(code, null).code;
    assert.ok(!/[^\x00-\x7f]/.test(out), out);
    const run = (src: string): { r: RegExp; s: string; t: string; k: string[]; big: boolean } => {
      const module = { exports: {} as { r: RegExp; s: string; t: string; k: string[]; big: boolean } };
      new Function('module', src)(module);
      return module.exports;
    };
    const a = run(code);
    const b = run(out);
    assert.equal(b.s, a.s);
    assert.equal(b.t, a.t);
    assert.deepEqual(b.k, a.k);
    assert.equal(b.big, a.big);
    for (const probe of ['ä', 'ß', 'Straße', '😀', '\ud83d', 'a', 'Ä'])
      assert.equal(b.r.exec(probe)?.[0], a.r.exec(probe)?.[0], probe);
  });

  it('moves every source-map segment to the same character of the escaped line', () => {
    const unit = fc.constantFrom('a', ' ', ';', 'ä', 'ß', '€', '😀', '\n', '\ud800');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const code = units.join('');
        const map = mapOfEveryUnit(code);
        const out = M.asciiEscape(code, map);
        const before = columns(map);
        const after = columns(out.map!);
        const inLines = code.split('\n');
        const outLines = out.code.split('\n');
        before.forEach((cols, li) =>
          cols.forEach((c, k) => {
            const ch = inLines[li]!.codePointAt(c)!;
            const at = after[li]![k]!;
            // The segment points at the character itself, or at the start of its escape.
            const expected = ch < 0x80 ? String.fromCodePoint(ch) : '\\u';
            if (ch >= 0xdc00 && ch < 0xe000) return; // the second half of a pair: inside the pair's escape
            assert.equal(outLines[li]!.slice(at, at + expected.length), expected, `line ${li} column ${c}`);
          }),
        );
      }),
    );
  });

  it('refuses a non-ASCII character after a backslash, whose escape would read differently', () => {
    assert.throws(() => M.asciiEscape('const r = /\\ä/;', null), /backslash/);
    assert.doesNotThrow(() => M.asciiEscape('const r = /\\\\ä/;', null));
  });
});
