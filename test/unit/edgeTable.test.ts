import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EdgeTable } from '../../src/core/resources/edgeTable';

describe('EdgeTable (the trie edges of resources/edgeTable.ts)', () => {
  it('answers as a Map keyed by node * 65536 + code, through growth and overwrites', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(200_000), fc.nat(0xffff), fc.nat(1_000_000)), { maxLength: 3_000 }),
        fc.array(fc.tuple(fc.nat(200_000), fc.nat(0xffff))),
        (sets, probes) => {
          const table = new EdgeTable();
          const map = new Map<number, number>();
          for (const [node, code, child] of sets) {
            table.set(node, code, child);
            map.set(node * 65536 + code, child);
          }
          assert.equal(table.size, map.size);
          for (const [node, code] of [...sets.map(([n, c]) => [n, c] as const), ...probes])
            assert.equal(table.get(node, code), map.get(node * 65536 + code) ?? -1);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps node 0 and code 0 apart from an empty slot', () => {
    const table = new EdgeTable();
    assert.equal(table.get(0, 0), -1);
    table.set(0, 0, 0);
    table.set(0, 1, 5);
    assert.equal(table.get(0, 0), 0);
    assert.equal(table.get(0, 1), 5);
    assert.equal(table.get(1, 0), -1);
  });
});
