// Linear time and output by construction (issue 11): adversarial texts (repeated cues, quotes, commas, names,
// lists, a sentence without punctuation) cost the same per KB at 4× the size, and their export grows in
// proportion. The output check is exact (sizes are deterministic); the time check compares medians of CPU time
// (not wall time, so a loaded machine does not make it flake) with a margin a quadratic scan cannot meet: at 4× the
// size a rescan per cue costs 4× per KB, a linear scan 1×.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, toExport } from '../../src/core';

type Patterns = Record<string, (chars: number, seed?: number) => string>;
let PATTERNS: Patterns = {};

function cpuMs(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const exportSize = (text: string): number =>
  JSON.stringify(toExport({ version: 1, articles: [analyzeArticle(text, 'h.txt')], events: [] })).length;

describe('hostile input: linear time and output', function () {
  this.timeout(120_000);
  before(async () => {
    // The generators live with the benchmark (scripts/bench-hostile.mjs); this file runs from out/test/unit.
    const url = pathToFileURL(join(__dirname, '..', '..', '..', 'scripts', 'hostilePatterns.mjs')).href;
    PATTERNS = ((await import(url)) as { PATTERNS: Patterns }).PATTERNS;
    analyzeArticle('Anna Beispiel sagte, es regne.', 'warm.txt');
  });

  it('time per KB stays flat from 16 KB to 64 KB for every adversarial pattern', () => {
    // From 16 KB on, units are full (MAX_UNIT_CHARS), so a linear analysis costs the same per KB at any size.
    const small = 16 * 1024;
    const large = 64 * 1024;
    for (const [name, gen] of Object.entries(PATTERNS)) {
      const a = gen(small);
      const b = gen(large);
      analyzeArticle(a, 'warm.txt'); // compiles this pattern's paths before timing
      const ts = median([0, 1, 2].map(() => cpuMs(() => analyzeArticle(a, 'h.txt'))));
      const tl = median([0, 1, 2].map(() => cpuMs(() => analyzeArticle(b, 'h.txt'))));
      const ratio = tl / large / (Math.max(ts, 1) / small);
      const msg = `${name}: ${(ts / 16).toFixed(2)} → ${(tl / 64).toFixed(2)} ms/KB (×${ratio.toFixed(2)})`;
      assert.ok(ratio < 2.5, msg);
    }
  });

  it('the export grows in proportion to the input for every adversarial pattern', () => {
    // From 16 KB on, every run of text is cut into units of at most MAX_UNIT_CHARS, so the export per input
    // character no longer grows; below that it rises as the units fill up.
    for (const [name, gen] of Object.entries(PATTERNS)) {
      const small = exportSize(gen(16 * 1024)) / (16 * 1024);
      const large = exportSize(gen(64 * 1024)) / (64 * 1024);
      assert.ok(large < 64, `${name}: export ${large.toFixed(1)}× the input`);
      assert.ok(large / small < 1.5, `${name}: export per input char ×${(large / small).toFixed(2)} at 4× the size`);
    }
  });

  it('mixtures of adversarial chunks: no statement content longer than a unit, export at most 64× the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 50, max: 3000 }), fc.nat()), {
          minLength: 1,
          maxLength: 8,
        }),
        (chunks) => {
          const gens = Object.values(PATTERNS);
          const text = chunks.map(([p, n, seed]) => gens[p % gens.length]!(n, seed + 1)).join('');
          const a = analyzeArticle(text, 'mix.txt');
          for (const s of a.statements) assert.ok(s.content.end - s.content.start <= 4000, 'content within a unit');
          assert.ok(exportSize(text) <= 64 * text.length + 4096);
        },
      ),
      { numRuns: 25 },
    );
  });
});
