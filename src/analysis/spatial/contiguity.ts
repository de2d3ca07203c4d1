import { weightsFromPairs } from './csr';
import { toAreaRings, vertexTable, type PolygonInput } from './geometry';
import type { SpatialWeights, WeightsStyle } from './types';

export interface ContiguityOptions {
  /** `queen`: share at least one boundary point; `rook`: share at least two (a boundary segment). */
  rule?: 'queen' | 'rook';
  /**
   * Snapping tolerance in coordinate units: two vertices closer than this in x and in y count as
   * the same point. Default √ε ≈ 1.49e-8, as spdep `poly2nb`; raise it (e.g. 1e-6 for lon/lat,
   * 0.01 for metres) to bridge slivers and gaps in digitised boundaries.
   */
  snap?: number;
  /** `W` row-standardised (default) or `B` binary. */
  style?: WeightsStyle;
}

/**
 * Queen or rook contiguity weights from GeoJSON polygons, with the semantics of spdep `poly2nb`
 * (queen: ≥ 1 shared vertex within `snap`; rook: ≥ 2). Vertices are bucketed into snap-sized grid
 * cells and sorted, and each vertex is compared only with vertices in its own and adjacent cells,
 * so the cost is O(V log V) in the number of vertices. Areas without neighbours (or without geometry)
 * are listed in `islands`.
 *
 * @example
 * const w = contiguityWeights(featureCollection, { rule: 'queen' });
 * w.neighbours.subarray(w.offsets[0], w.offsets[1]); // neighbours of the first area
 */
export function contiguityWeights(input: PolygonInput, options: ContiguityOptions = {}): SpatialWeights {
  const rule = options.rule ?? 'queen';
  if (rule !== 'queen' && rule !== 'rook') throw new RangeError(`contiguityWeights: unknown rule ${String(rule)}`);
  const snap = options.snap ?? Math.sqrt(Number.EPSILON);
  if (!(Number.isFinite(snap) && snap > 0)) throw new RangeError('contiguityWeights: snap must be a positive number');
  const style = options.style ?? 'W';
  if (style !== 'W' && style !== 'B') throw new RangeError(`contiguityWeights: unknown style ${String(style)}`);
  const areas = toAreaRings(input);
  const { a, b } = touchingPairs(vertexTable(areas), areas.length, snap, rule === 'queen' ? 1 : 2);
  return weightsFromPairs(areas.length, a, b, style);
}

/** Pairs of areas (a < b) that share at least `minShared` vertices within `snap` (internal). */
function touchingPairs(
  table: { xs: Float64Array; ys: Float64Array; owner: Int32Array },
  n: number,
  snap: number,
  minShared: number,
): { a: Int32Array; b: Int32Array } {
  const { xs, ys, owner } = table;
  const V = xs.length;
  const cx = new Float64Array(V);
  const cy = new Float64Array(V);
  for (let v = 0; v < V; v++) {
    cx[v] = Math.floor(xs[v] / snap);
    cy[v] = Math.floor(ys[v] / snap);
  }
  const order = new Uint32Array(V);
  for (let v = 0; v < V; v++) order[v] = v;
  order.sort((p, q) => cx[p] - cx[q] || cy[p] - cy[q]);
  // Runs of equal cell x: start of the run for each sorted position, and run boundaries.
  const counts = new Map<number, number>();
  const add = (p: number, q: number): void => {
    const op = owner[p];
    const oq = owner[q];
    if (op === oq) return;
    if (Math.abs(xs[p] - xs[q]) > snap || Math.abs(ys[p] - ys[q]) > snap) return;
    const key = op < oq ? op * n + oq : oq * n + op;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  let runStart = 0;
  while (runStart < V) {
    const x = cx[order[runStart]];
    let runEnd = runStart;
    while (runEnd < V && cx[order[runEnd]] === x) runEnd++;
    // The next run, if it is the adjacent cell column.
    const nextStart = runEnd;
    let nextEnd = nextStart;
    if (nextStart < V && cx[order[nextStart]] === x + 1) while (nextEnd < V && cx[order[nextEnd]] === x + 1) nextEnd++;
    let lower = nextStart; // first position in the next column with cy >= current cy - 1
    for (let s = runStart; s < runEnd; s++) {
      const p = order[s];
      const y = cy[p];
      // Same column: later vertices with cy in {y, y + 1}.
      for (let t = s + 1; t < runEnd && cy[order[t]] <= y + 1; t++) add(p, order[t]);
      // Next column: cy in {y - 1, y, y + 1}; `lower` only moves forward since y is non-decreasing.
      while (lower < nextEnd && cy[order[lower]] < y - 1) lower++;
      for (let t = lower; t < nextEnd && cy[order[t]] <= y + 1; t++) add(p, order[t]);
    }
    runStart = runEnd;
  }
  let m = 0;
  for (const c of counts.values()) if (c >= minShared) m++;
  const a = new Int32Array(m);
  const b = new Int32Array(m);
  let t = 0;
  for (const [key, c] of counts) {
    if (c < minShared) continue;
    a[t] = Math.floor(key / n);
    b[t] = key - a[t] * n;
    t++;
  }
  return { a, b };
}
