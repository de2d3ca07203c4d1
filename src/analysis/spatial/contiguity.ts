import { weightsFromPairs } from './csr';
import { CellTable } from './cellTable';
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
 * (queen: ≥ 1 shared vertex within `snap`; rook: ≥ 2). Vertices are hashed into grid cells 256·snap
 * wide and each vertex is compared only with vertices in its own cell and, near a cell edge, the
 * adjacent cells, so the cost is about linear in the number of vertices V (plus a sort of the matches). Areas without neighbours (or without geometry)
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

/** Grid cells are this many snap tolerances wide: few vertices lie near a cell edge. */
const CELL_FACTOR = 256;
/** Neighbour cells visited from a cell, as (dx, dy) pairs: (0,1), (1,-1), (1,0), (1,1). */
const OFFSETS = [0, 1, 1, -1, 1, 0, 1, 1];

function pairKey(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

function grow(keys: Float64Array): Float64Array {
  const bigger = new Float64Array(keys.length * 2);
  bigger.set(keys);
  return bigger;
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
  // 1. Bucket vertices into grid cells of CELL_FACTOR·snap (hash table), grouped by cell (counting sort).
  const size = snap * CELL_FACTOR;
  const cells = new CellTable(V);
  const cellOf = new Int32Array(V);
  for (let v = 0; v < V; v++) cellOf[v] = cells.add(Math.floor(xs[v] / size), Math.floor(ys[v] / size));
  const C = cells.size;
  const start = new Int32Array(C + 1);
  for (let v = 0; v < V; v++) start[cellOf[v] + 1]++;
  for (let c = 0; c < C; c++) start[c + 1] += start[c];
  const fill = start.slice(0, C);
  const items = new Int32Array(V);
  for (let v = 0; v < V; v++) items[fill[cellOf[v]]++] = v;
  // 2. Compare each vertex with the later vertices of its own cell and, only when it lies within
  //    `snap` of the cell's right/top/bottom edge, with the "forward" neighbour cells (1,-1), (1,0),
  //    (1,1), (0,1): every pair of adjacent cells is then looked at from one side only.
  let keys: Float64Array = new Float64Array(Math.max(16, V));
  let count = 0;
  const reach = snap * (1 + 1e-9);
  for (let c = 0; c < C; c++) {
    const s0 = start[c];
    const s1 = start[c + 1];
    const gx = cells.xs[c];
    const gy = cells.ys[c];
    const right = (gx + 1) * size;
    const top = (gy + 1) * size;
    const bottom = gy * size;
    for (let s = s0; s < s1; s++) {
      const p = items[s];
      for (let t = s + 1; t < s1; t++) {
        const q = items[t];
        if (owner[p] !== owner[q] && Math.abs(xs[p] - xs[q]) <= snap && Math.abs(ys[p] - ys[q]) <= snap) {
          if (count === keys.length) keys = grow(keys);
          keys[count++] = pairKey(owner[p], owner[q], n);
        }
      }
      const nearRight = right - xs[p] <= reach;
      const nearTop = top - ys[p] <= reach;
      const nearBottom = ys[p] - bottom <= reach;
      if (!nearRight && !nearTop) continue;
      for (let o = 0; o < 8; o += 2) {
        const dx = OFFSETS[o];
        const dy = OFFSETS[o + 1];
        if ((dx === 1 && !nearRight) || (dy === 1 && !nearTop) || (dy === -1 && !nearBottom)) continue;
        const d = cells.get(gx + dx, gy + dy);
        if (d < 0) continue;
        for (let t = start[d]; t < start[d + 1]; t++) {
          const q = items[t];
          if (owner[p] !== owner[q] && Math.abs(xs[p] - xs[q]) <= snap && Math.abs(ys[p] - ys[q]) <= snap) {
            if (count === keys.length) keys = grow(keys);
            keys[count++] = pairKey(owner[p], owner[q], n);
          }
        }
      }
    }
  }
  // 3. Count matches per pair of areas (native numeric sort, then runs).
  const sorted = keys.subarray(0, count).sort();
  const pa: number[] = [];
  const pb: number[] = [];
  for (let i = 0; i < count; ) {
    let j = i;
    while (j < count && sorted[j] === sorted[i]) j++;
    if (j - i >= minShared) {
      const a = Math.floor(sorted[i] / n);
      pa.push(a);
      pb.push(sorted[i] - a * n);
    }
    i = j;
  }
  return { a: Int32Array.from(pa), b: Int32Array.from(pb) };
}
