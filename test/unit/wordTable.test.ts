import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DE_ADJECTIVES_FRONT_CODED } from '../../src/core/resources/deAdjectives';
import { DE_NOUN_FORMS_FRONT_CODED, DE_NOUN_HASH_BITS } from '../../src/core/resources/deNouns';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Units } from '../../src/core/resources/wordTable';
import { FilterThenExact, HashBits, IntSet, SetUnion, WordTable, unitsOf } from '../../src/core/resources/wordTable';
import { nounHash } from '../../src/core/actors/words';
import { analyzeArticle } from '../../src/core/analyze';
import { EN_WORDS_TEXT } from '../../src/core/resources/enWords';
import { GIVEN_NAMES_TEXT } from '../../src/core/resources/givenNames';
import { GERMAN_GIVEN_NAMES_TEXT, SURNAMES_TEXT } from '../../src/core/resources/personNames';
import { WORLD_CITIES_TEXT } from '../../src/core/resources/worldCities';

/** Front coding as resources/generate.mjs writes it: with `block`, every block-th line starts a block ("\t", no shared prefix). */
function frontCode(words: readonly string[], block = 0): string {
  let prev = '';
  return words
    .map((x, k) => {
      let i = 0;
      const starts = block > 0 && k % block === 0;
      if (!starts) while (i < prev.length && i < x.length && i < 40 && prev[i] === x[i]) i++;
      prev = x;
      return (k === 0 ? '' : starts ? '\t' : '\n') + String.fromCharCode(48 + i) + x.slice(i);
    })
    .join('');
}

/** Whether a WordTable still holds its front-coded or sorted text as it is (not decoded, not indexed). */
const undecoded = (t: ReadonlySet<string>): boolean => {
  const fields = t as unknown as { coded: string | null; sortedText: string | null };
  return fields.coded !== null || fields.sortedText !== null;
};

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'Z', 'İ', 'Σ', '😀'), maxLength: 6 });

describe('WordTable (the compact word lists)', () => {
  it('has exactly the members of new Set(text.split(sep)), empty segments included, in first-occurrence order', () => {
    fc.assert(
      // Sorted lists (the generated ones) are looked up by binary search, others through a hash table.
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(word, { maxLength: 10 }),
        fc.boolean(),
        (w, probes, sort) => {
          const words = sort ? [...new Set(w.flatMap((x) => x.split(' ')))].sort() : w;
          const text = words.join(' ');
          const set = new Set(text.split(' '));
          const table = WordTable.split(text, ' ');
          assert.deepEqual([...table], [...set]);
          assert.equal(table.size, set.size);
          for (const p of [...probes, ...words, '']) assert.equal(table.has(p), set.has(p), p);
        },
      ),
    );
  });

  it('reads a front-coded list as the words it codes', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const sorted = [...new Set(words.filter((w) => !w.includes('\n')))].sort();
        const table = WordTable.frontCoded(frontCode(sorted));
        assert.deepEqual([...table], sorted);
        for (const w of [...words, '']) assert.equal(table.has(w), sorted.includes(w));
      }),
    );
  });

  it('reads a front-coded list in any order, repeated words included, as the set of its words', () => {
    // Sorted lists are looked up by binary search, others through a hash table: the same members either way.
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.boolean(), (words, sort) => {
        const list = words.filter((w) => !w.includes('\n'));
        if (sort) list.sort();
        const table = WordTable.frontCoded(frontCode(list));
        assert.deepEqual([...table], [...new Set(list)]);
        for (const w of [...words, '', ...list.map((x) => `${x}x`)]) assert.equal(table.has(w), list.includes(w));
      }),
    );
  });

  it('answers the same after a sorted list switches from binary search to its hash table', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${(i * 7919) % 1000}`);
    const sorted = [...new Set(words)].sort();
    const probes = [...sorted, ...sorted.map((w) => `${w}x`), '', 'w', 'zz'];
    for (const table of [WordTable.split(sorted.join(' '), ' '), WordTable.frontCoded(frontCode(sorted))]) {
      const slots = (): number => (table as unknown as { slots: Int32Array }).slots.length;
      // Binary search for a quarter as many look-ups as the table has words, then the hash table.
      const before: boolean[] = [];
      for (let i = 0; i < sorted.length >> 2; i++) before.push(table.has(probes[i]!));
      assert.equal(slots(), 0, 'no hash table at first');
      for (let i = sorted.length >> 2; i < probes.length; i++) before.push(table.has(probes[i]!));
      assert.ok(slots() > 0, 'a hash table once looked up often');
      assert.deepEqual(
        probes.map((p) => table.has(p)),
        before,
      );
      assert.deepEqual(
        before,
        probes.map((p) => sorted.includes(p)),
      );
      assert.deepEqual([...table], sorted);
    }
  });

  it('answers from a front-coded list in blocks as from the decoded list, before and after decoding it', () => {
    const wordIn = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'Z', 'İ', '😀', '\t'), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(wordIn, { maxLength: 60 }),
        fc.array(wordIn, { maxLength: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (w, probes, block) => {
          const sorted = [...new Set(w.filter((x) => !x.includes('\t')))].sort();
          const table = WordTable.frontCoded(frontCode(sorted, block));
          const all = [...probes, ...sorted, ...sorted.map((x) => `${x}a`), ...sorted.map((x) => x.slice(0, -1)), ''];
          const expected = all.map((p) => sorted.includes(p));
          assert.deepEqual(
            all.map((p) => table.has(p)),
            expected,
          );
          if (sorted.length > block) assert.ok(undecoded(table), 'searched in its blocks, not decoded');
          assert.deepEqual([...table], sorted);
          assert.ok(!undecoded(table), 'decoded to be iterated');
          assert.deepEqual(
            all.map((p) => table.has(p)),
            expected,
          );
        },
      ),
    );
  });

  it('decodes a front-coded list in blocks once it is looked up often, with the same answers', () => {
    const sorted = [...new Set(Array.from({ length: 500 }, (_, i) => `w${(i * 7919) % 2000}`))].sort();
    const table = WordTable.frontCoded(frontCode(sorted, 16));
    const probes = [...sorted, ...sorted.map((w) => `${w}x`), '', 'w', 'zz'];
    const expected = probes.map((p) => sorted.includes(p));
    let i = 0;
    for (; undecoded(table) && i < 20_000; i++)
      assert.equal(table.has(probes[i % probes.length]!), expected[i % probes.length]);
    assert.ok(!undecoded(table) && i > 5_000, `decoded after ${i} look-ups`);
    assert.deepEqual(
      probes.map((p) => table.has(p)),
      expected,
    );
    assert.equal(table.size, sorted.length);
  });

  it('decodes a list whose block does not start afresh instead of searching it', () => {
    // "\t2c" claims two characters of "ab": the blocks cannot be searched alone; decoded, the words are right.
    const table = WordTable.frontCoded('0ab\t2c\n0d');
    assert.ok(table.has('abc') && table.has('d') && !table.has('c'));
    assert.ok(!undecoded(table));
    assert.deepEqual([...table], ['ab', 'abc', 'd']);
  });

  it('ships the German lists sorted, in blocks that start afresh, and searched without decoding', () => {
    for (const coded of [DE_NOUN_FORMS_FRONT_CODED, DE_ADJECTIVES_FRONT_CODED]) {
      const lazy = WordTable.frontCoded(coded);
      const words = [...WordTable.frontCoded(coded)];
      const set = new Set(words);
      for (let i = 1; i < words.length; i++) assert.ok(words[i - 1]! < words[i]!, `${words[i - 1]} < ${words[i]}`);
      for (const line of coded.split('\t')) assert.equal(line.charCodeAt(0), 48);
      for (let i = 0; i < words.length; i += 97) {
        assert.ok(lazy.has(words[i]!), words[i]);
        assert.equal(lazy.has(`${words[i]}q`), set.has(`${words[i]}q`));
      }
      assert.ok(undecoded(lazy));
    }
  });

  it('answers from a sorted list by bisecting its text as split() does, before and after indexing it', () => {
    const wordIn = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'Z', '😀', ' '), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(wordIn, { maxLength: 60 }), fc.array(wordIn, { maxLength: 20 }), (w, probes) => {
        const sorted = [...new Set(w.filter((x) => !x.includes(' ')))].sort();
        fc.pre(sorted.length > 0); // an empty text is one empty word, which the contract excludes
        const table = WordTable.sorted(sorted.join(' '), ' ');
        const all = [...probes, ...sorted, ...sorted.map((x) => `${x}a`), ...sorted.map((x) => x.slice(0, -1)), ''];
        const expected = all.map((p) => sorted.includes(p));
        assert.deepEqual(
          all.map((p) => table.has(p)),
          expected,
        );
        assert.ok(undecoded(table), 'not indexed while looked up a few times');
        assert.deepEqual([...table], sorted);
        assert.deepEqual(
          all.map((p) => table.has(p)),
          expected,
        );
      }),
    );
    const table = WordTable.sorted('b|d|f', '|');
    for (let i = 0; i < 20_000 && undecoded(table); i++) assert.ok(table.has('d') && !table.has('c'));
    assert.ok(!undecoded(table), 'indexed once looked up often');
    assert.ok(table.has('b') && table.has('f') && !table.has('a') && !table.has('g') && table.size === 3);
  });

  it('ships the lists read as sorted texts ascending, distinct and without empty words', () => {
    for (const [text, sep] of [
      [EN_WORDS_TEXT, ' '],
      [GIVEN_NAMES_TEXT, ' '],
      [GERMAN_GIVEN_NAMES_TEXT, ' '],
      [SURNAMES_TEXT, ' '],
      [WORLD_CITIES_TEXT, '|'],
    ] as const) {
      const words = text.split(sep);
      assert.ok(words[0]!.length > 0);
      for (let i = 1; i < words.length; i++) assert.ok(words[i - 1]! < words[i]!, `${words[i - 1]} < ${words[i]}`);
    }
  });

  it("answers the same from a list given as code units (the bundles' lists file) as from its string", () => {
    // The bundles pass each big list as a view of dist/lists.bin: Latin-1 bytes, or UTF-16 code units at some
    // offset of a larger buffer (see src/core/resources/listFile.ts); the reference is the Set of the words.
    const view = (text: string, wide: boolean): Units => {
      const pad = 3;
      if (!wide) {
        const b = new Uint8Array(text.length + pad);
        for (let i = 0; i < text.length; i++) b[pad + i] = text.charCodeAt(i);
        return b.subarray(pad);
      }
      const b = new Uint16Array(text.length + pad);
      for (let i = 0; i < text.length; i++) b[pad + i] = text.charCodeAt(i);
      return b.subarray(pad);
    };
    const latin = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'Z', 'ÿ'), minLength: 1, maxLength: 6 });
    const any = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'Z', 'İ', 'Σ', '😀'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.oneof(latin, any), { maxLength: 50 }), fc.array(any), (wide, w, probes) => {
        const ok = w.filter((x) => wide || ![...x].some((c) => c.charCodeAt(0) > 0xff));
        const sorted = [...new Set(ok)].sort();
        fc.pre(sorted.length > 0);
        const set = new Set(sorted);
        const all = [...probes, ...sorted, ...sorted.map((x) => `${x}a`), ...sorted.map((x) => x.slice(0, -1)), ''];
        for (const table of [
          WordTable.sorted(view(sorted.join('|'), wide), '|'),
          WordTable.split(view(sorted.join(' '), wide), ' '),
          WordTable.frontCoded(view(frontCode(sorted, 4), wide)),
          WordTable.frontCoded(view(frontCode(sorted), wide)),
        ]) {
          for (const p of all) assert.equal(table.has(p), set.has(p), p);
          assert.deepEqual([...table], sorted);
          for (const p of all) assert.equal(table.has(p), set.has(p), p);
        }
      }),
    );
    assert.deepEqual(unitsOf('aä'), new Uint8Array([97, 0xe4]));
    assert.deepEqual(unitsOf('aΣ'), new Uint16Array([97, 0x3a3]));
  });

  it('passes the lists the bundles carry as code units only to the word tables', () => {
    // esbuild.mjs moves these constants to dist/lists.bin and gives the bundles a typed view of their bytes, not a
    // string: a string method on one would work in the tests (which read the TypeScript literals) and fail only
    // in the bundles. Every use of each must be an argument of a WordTable factory or HashBits.fromBase64.
    const build = readFileSync(join(__dirname, '../../../esbuild.mjs'), 'utf8');
    const block = /const LIST_CONSTANTS = \{([^}]*)\}/.exec(build);
    assert.ok(block, 'LIST_CONSTANTS in esbuild.mjs');
    const names = [...block[1]!.matchAll(/(\w+): '(units|bits)'/g)].map((m) => m[1]!);
    assert.ok(names.length >= 7, names.join());
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.ts')) files.push(join(dir, e.name));
    };
    walk(join(__dirname, '../../../src'));
    let uses = 0;
    for (const f of files) {
      // Import statements blanked out (same length); definitions and comments skipped.
      const src = readFileSync(f, 'utf8').replace(/^import [^;]*;/gms, (m) => m.replace(/[^\n]/g, ' '));
      for (const name of names)
        for (const m of src.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
          const line = src.slice(src.lastIndexOf('\n', m.index) + 1, src.indexOf('\n', m.index));
          if (new RegExp(`^export const ${name}\\b|^\\s*(//|\\*|/\\*)`).test(line)) continue;
          uses++;
          const before = src.slice(Math.max(0, m.index - 40), m.index);
          assert.ok(
            /(WordTable\.(sorted|split|frontCoded)|HashBits\.fromBase64)\(\s*$/.test(before),
            `${f}: ${name} is used as something else than a word table's text: ${line.trim()}`,
          );
        }
    }
    assert.ok(uses >= 8, `${uses} uses found`);
  });

  it('gives the bundle (lists read from dist/lists.bin) the answers of the sources (lists as string literals)', () => {
    // npm run test:core builds the bundles first; the seeds read German and English through every list.
    const bundle = join(__dirname, '../../../dist/core.js');
    const seeds = join(__dirname, '../../../seeds');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(bundle) as typeof import('../../src/core/index');
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(seeds, f), 'utf8');
      assert.equal(JSON.stringify(built.analyzeArticle(text, f)), JSON.stringify(analyzeArticle(text, f)), f);
    }
  });

  it('joins several lists as one set', () => {
    const table = WordTable.splitAll(['Anna Ben', 'Ben Cem', 'Dora'], ' ');
    assert.deepEqual([...table], ['Anna', 'Ben', 'Cem', 'Dora']);
    assert.ok(table.has('Cem') && !table.has('Anna Ben') && !table.has(''));
  });
});

describe('HashBits (a filter of hashes)', () => {
  it('says yes for every hash put in, and answers the same after a round trip through base64', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 })),
        fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 })),
        fc.integer({ min: 3, max: 12 }),
        (hashes, probes, log2) => {
          const bits = HashBits.of(hashes, log2);
          for (const h of hashes) assert.ok(bits.has(h));
          const low = new Set(hashes.map((h) => h & (2 ** log2 - 1)));
          for (const p of probes) assert.equal(bits.has(p), low.has(p & (2 ** log2 - 1)));
          const again = HashBits.fromBase64(bits.toBase64());
          for (const p of [...hashes, ...probes]) assert.equal(again.has(p), bits.has(p));
        },
      ),
    );
  });

  it('ships a noun-hash filter with every noun form in it, and few others', () => {
    const bits = HashBits.fromBase64(DE_NOUN_HASH_BITS);
    const nouns = [...WordTable.frontCoded(DE_NOUN_FORMS_FRONT_CODED)];
    for (const n of nouns) assert.ok(bits.has(nounHash(n.toLowerCase())), n);
    let yes = 0;
    for (let h = 0; h < 100_000; h++) if (bits.has(h * 7919)) yes++;
    assert.ok(yes < 6_000, `${yes} of 100,000 other hashes pass`);
    // The bundles carry the filter's bits inflated (esbuild.mjs): taken as they are, the same answers.
    const raw = HashBits.fromBase64(new Uint8Array(inflateRawSync(Buffer.from(DE_NOUN_HASH_BITS, 'base64'))));
    for (let h = 0; h < 100_000; h++) assert.equal(raw.has(h * 7919), bits.has(h * 7919));
    for (const n of nouns.slice(0, 2000)) assert.ok(raw.has(nounHash(n.toLowerCase())), n);
  });
});

describe('SetUnion', () => {
  it('has the members of new Set([...a, ...b]), in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 10 }), { maxLength: 4 }), fc.array(word), (lists, probes) => {
        const union = new SetUnion(lists.map((l) => new Set(l)));
        const set = new Set(lists.flat());
        for (const p of [...probes, ...set]) assert.equal(union.has(p), set.has(p));
        assert.deepEqual([...union], [...set]);
        assert.equal(union.size, set.size);
      }),
    );
    const union = new SetUnion([new Set(['b']), WordTable.sorted('a|c', '|')]);
    for (let i = 0; i < 12_000; i++) assert.ok(union.has(i % 2 ? 'a' : 'b') && !union.has('d'));
    assert.ok(union.has('c'));
  });
});

describe('IntSet', () => {
  it('has exactly the members of a Set of the same numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (values, probes) => {
        const set = new Set(values);
        const ints = new IntSet(values);
        assert.equal(ints.size, set.size);
        assert.deepEqual([...ints], [...set]);
        for (const p of [...values, ...probes, 0, 0.5, 2 ** 40]) assert.equal(ints.has(p), set.has(p), String(p));
      }),
    );
  });
});

describe('FilterThenExact', () => {
  it('asks the filter until it has been asked so often, then the exact set, built once', () => {
    const filter = HashBits.of([1, 2, 3], 3); // 9 & 7 = 1: the filter says yes to 9 wrongly
    let built = 0;
    const test = new FilterThenExact(
      filter,
      () => {
        built++;
        return new IntSet([1, 2, 3]);
      },
      3,
    );
    assert.deepEqual([test.has(9), test.has(2), test.has(4)], [true, true, false]);
    assert.equal(built, 0);
    assert.deepEqual([test.has(9), test.has(2), test.has(4), test.has(1)], [false, true, false, true]);
    assert.equal(built, 1);
  });
});
