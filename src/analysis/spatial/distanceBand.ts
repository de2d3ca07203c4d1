import { weightsFromLists } from './csr';
import { centroids, type PolygonInput } from './geometry';
import { buildPointGrid } from './pointGrid';
import type { SpatialWeights, WeightsStyle } from './types';

/**
 * Distance-band weights: areas whose centroids are at most `threshold` apart (planar, Euclidean) are
 * neighbours. Areas with no centroid within the band are islands.
 * @example distanceBandWeights(featureCollection, 1500) // neighbours within 1.5 km (metric CRS)
 */
export function distanceBandWeights(input: PolygonInput, threshold: number, options: { style?: WeightsStyle } = {}): SpatialWeights {
  const { xs, ys } = centroids(input);
  return distanceBandWeightsFromPoints(xs, ys, threshold, options);
}

/**
 * Distance-band weights between points: j ≠ i is a neighbour of i when their distance ≤ threshold.
 * @example distanceBandWeightsFromPoints(Float64Array.of(0, 1, 5), Float64Array.of(0, 0, 0), 2).islands // → [2]
 */
export function distanceBandWeightsFromPoints(
  xs: Float64Array,
  ys: Float64Array,
  threshold: number,
  options: { style?: WeightsStyle } = {},
): SpatialWeights {
  if (!(xs instanceof Float64Array) || !(ys instanceof Float64Array) || xs.length !== ys.length) {
    throw new TypeError('distanceBandWeights: xs and ys must be Float64Arrays of equal length');
  }
  if (!(Number.isFinite(threshold) && threshold > 0)) throw new RangeError('distanceBandWeights: threshold must be a positive number');
  const n = xs.length;
  const grid = buildPointGrid(xs, ys, threshold);
  const reach = Math.ceil(threshold / grid.cell);
  const t2 = threshold * threshold;
  const lists: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    lists[i] = [];
    if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i]))) continue;
    const gx = Math.floor((xs[i] - grid.minX) / grid.cell);
    const gy = Math.floor((ys[i] - grid.minY) / grid.cell);
    for (let cy = Math.max(0, gy - reach); cy <= Math.min(grid.rows - 1, gy + reach); cy++) {
      for (let cx = Math.max(0, gx - reach); cx <= Math.min(grid.cols - 1, gx + reach); cx++) {
        const c = cx + cy * grid.cols;
        for (let t = grid.starts[c]; t < grid.starts[c + 1]; t++) {
          const j = grid.items[t];
          if (j === i) continue;
          const dx = xs[j] - xs[i];
          const dy = ys[j] - ys[i];
          if (dx * dx + dy * dy <= t2) lists[i].push(j);
        }
      }
    }
  }
  return weightsFromLists(lists, options.style ?? 'W');
}
