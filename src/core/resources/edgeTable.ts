// The edges of a trie whose nodes are numbers: (node, character code) -> child, in one open-addressing hash table
// of Int32Arrays. A Map keyed by node * 65536 + code did the same, but its keys pass 2^31 once a trie has more
// than 32,767 nodes (the role heads' has tens of thousands), so most were heap numbers: one allocation per look-up
// and a slow hash. Here a look-up allocates nothing. Grows by doubling; entries are never removed.

export class EdgeTable {
  /** node + 1 per slot (0: empty). */
  private nodes = new Int32Array(1024);
  private codes = new Int32Array(1024);
  private children = new Int32Array(1024);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  private static slot(node: number, code: number, mask: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b)) & mask;
  }

  /** The child of `node` along `code`, or -1. */
  get(node: number, code: number): number {
    const { nodes, codes, mask } = this;
    const key = node + 1;
    for (let s = EdgeTable.slot(node, code, mask); ; s = (s + 1) & mask) {
      const n = nodes[s]!;
      if (n === 0) return -1;
      if (n === key && codes[s] === code) return this.children[s]!;
    }
  }

  /** Sets the child of `node` along `code` (node and child ≥ 0). */
  set(node: number, code: number, child: number): void {
    if ((this.count + 1) * 2 > this.nodes.length) this.grow();
    const { nodes, codes, mask } = this;
    const key = node + 1;
    let s = EdgeTable.slot(node, code, mask);
    for (; nodes[s] !== 0; s = (s + 1) & mask) {
      if (nodes[s] === key && codes[s] === code) {
        this.children[s] = child;
        return;
      }
    }
    nodes[s] = key;
    codes[s] = code;
    this.children[s] = child;
    this.count++;
  }

  private grow(): void {
    const { nodes, codes, children } = this;
    const cap = nodes.length * 2;
    this.nodes = new Int32Array(cap);
    this.codes = new Int32Array(cap);
    this.children = new Int32Array(cap);
    this.mask = cap - 1;
    this.count = 0;
    for (let s = 0; s < nodes.length; s++) if (nodes[s] !== 0) this.set(nodes[s]! - 1, codes[s]!, children[s]!);
  }
}
