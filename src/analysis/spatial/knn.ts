import { weightsFromLists } from './csr';
import { centroids, type PolygonInput } from './geometry';
import { buildPointGrid } from './pointGrid';
import type { SpatialWeights, WeightsStyle } from './types';

/**
 * k-nearest-neighbour weights between area centroids (planar, Euclidean; project lon/lat first for
 * accurate distances). Ties in distance go to the lower area index. Not symmetric in general.
 * Areas without geometry have no neighbours and are not anyone's neighbour (reported as islands).
 *
 * @example knnWeights(featureCollection, 4) // each area's 4 nearest centroids, weights 1/4
 */
export function knnWeights(input: PolygonInput, k: number, options: { style?: WeightsStyle } = {}): SpatialWeights {
  const { xs, ys } = centroids(input);
  return knnWeightsFromPoints(xs, ys, k, options);
}

/**
 * k-nearest-neighbour weights between points.
 * @example knnWeightsFromPoints(Float64Array.of(0, 1, 3), Float64Array.of(0, 0, 0), 1) // 0→1, 1→0, 2→1
 */
export function knnWeightsFromPoints(
  xs: Float64Array,
  ys: Float64Array,
  k: number,
  options: { style?: WeightsStyle } = {},
): SpatialWeights {
  if (!(xs instanceof Float64Array) || !(ys instanceof Float64Array) || xs.length !== ys.length) {
    throw new TypeError('knnWeights: xs and ys must be Float64Arrays of equal length');
  }
  const n = xs.length;
  const valid: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) valid.push(i);
  if (!Number.isInteger(k) || k < 1 || k >= Math.max(valid.length, 2)) {
    throw new RangeError(`knnWeights: k must be an integer from 1 to ${Math.max(valid.length - 1, 1)}, got ${k}`);
  }
  const style = options.style ?? 'W';
  const grid = buildPointGrid(xs, ys, 0);
  const lists: number[][] = new Array(n);
  const bestD = new Float64Array(k);
  const bestI = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    lists[i] = [];
    if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i]))) continue;
    let found = 0;
    const gx = Math.floor((xs[i] - grid.minX) / grid.cell);
    const gy = Math.floor((ys[i] - grid.minY) / grid.cell);
    const consider = (j: number): void => {
      if (j === i) return;
      const dx = xs[j] - xs[i];
      const dy = ys[j] - ys[i];
      const d = dx * dx + dy * dy;
      if (found === k && (d > bestD[k - 1] || (d === bestD[k - 1] && j > bestI[k - 1]))) return;
      let t = found < k ? found++ : k - 1;
      while (t > 0 && (bestD[t - 1] > d || (bestD[t - 1] === d && bestI[t - 1] > j))) {
        bestD[t] = bestD[t - 1];
        bestI[t] = bestI[t - 1];
        t--;
      }
      bestD[t] = d;
      bestI[t] = j;
    };
    for (let r = 0; ; r++) {
      // Visit the ring of cells at Chebyshev distance r.
      for (let cy = gy - r; cy <= gy + r; cy++) {
        if (cy < 0 || cy >= grid.rows) continue;
        const step = cy === gy - r || cy === gy + r ? 1 : 2 * r;
        for (let cx = gx - r; cx <= gx + r; cx += step || 1) {
          if (cx < 0 || cx >= grid.cols) continue;
          const c = cx + cy * grid.cols;
          for (let t = grid.starts[c]; t < grid.starts[c + 1]; t++) consider(grid.items[t]);
        }
      }
      // Every unvisited point is at least r·cell away.
      const reach = r * grid.cell;
      if (found === k && reach * reach > bestD[k - 1]) break;
      if (gx - r < 0 && gy - r < 0 && gx + r >= grid.cols && gy + r >= grid.rows) break;
    }
    for (let t = 0; t < found; t++) lists[i].push(bestI[t]);
  }
  return weightsFromLists(lists, style);
}
