// The one binary search of the code base. Every sorted-array question (the first span ending after a position,
// the last start before one, whether a sorted list holds a value) is a partition point: the first index at which
// a monotone predicate turns true.

/**
 * The first index i in [0, n) for which pred(i) is true, or n if there is none, in O(log n) calls of pred.
 * pred must be monotone over [0, n): false up to some index, true from there on (for an ascending array `xs`,
 * `partitionPoint(xs.length, (i) => xs[i] >= x)` is the first element at least x).
 */
export function partitionPoint(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
