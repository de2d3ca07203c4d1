import type { SpatialWeights, WeightsStyle } from './types';

/**
 * Build CSR weights from per-area neighbour lists (internal; lists must hold valid indices, no self).
 * Each list is sorted ascending and de-duplicated; weights are 1/k (style W) or 1 (style B).
 * @example weightsFromLists([[1], [0]], 'W').weights // → Float64Array [1, 1]
 */
export function weightsFromLists(lists: ArrayLike<ArrayLike<number>>, style: WeightsStyle = 'W'): SpatialWeights {
  const n = lists.length;
  const offsets = new Int32Array(n + 1);
  const sortedLists: Int32Array[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const l = Int32Array.from(lists[i] as ArrayLike<number>).sort();
    let m = 0;
    for (let t = 0; t < l.length; t++) if (t === 0 || l[t] !== l[t - 1]) l[m++] = l[t];
    sortedLists[i] = l.subarray(0, m);
    offsets[i + 1] = offsets[i] + m;
  }
  const neighbours = new Int32Array(offsets[n]);
  for (let i = 0; i < n; i++) neighbours.set(sortedLists[i], offsets[i]);
  return finishWeights(n, offsets, neighbours, style);
}

/**
 * Build CSR weights from symmetric undirected pairs (a[t], b[t]) with a ≠ b (internal).
 * @example weightsFromPairs(3, Int32Array.of(0), Int32Array.of(1), 'B').islands // → [2]
 */
export function weightsFromPairs(n: number, a: Int32Array, b: Int32Array, style: WeightsStyle): SpatialWeights {
  const degree = new Int32Array(n);
  for (let t = 0; t < a.length; t++) {
    degree[a[t]]++;
    degree[b[t]]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const neighbours = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let t = 0; t < a.length; t++) {
    neighbours[fill[a[t]]++] = b[t];
    neighbours[fill[b[t]]++] = a[t];
  }
  for (let i = 0; i < n; i++) sortRange(neighbours, offsets[i], offsets[i + 1]);
  return finishWeights(n, offsets, neighbours, style);
}

/** Sort a[from..to) ascending: insertion sort for the short rows of contiguity weights. */
function sortRange(a: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

function finishWeights(n: number, offsets: Int32Array, neighbours: Int32Array, style: WeightsStyle): SpatialWeights {
  const weights = new Float64Array(neighbours.length);
  const islands: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1] - offsets[i];
    if (k === 0) islands.push(i);
    const w = style === 'W' ? 1 / k : 1;
    for (let t = offsets[i]; t < offsets[i + 1]; t++) weights[t] = w;
  }
  return { n, offsets, neighbours, weights, islands, style };
}
