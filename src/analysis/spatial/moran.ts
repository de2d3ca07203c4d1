import { mulberry32 } from './prng';
import type { SpatialWeights } from './types';
import { checkValuesAndWeights, spatialLag } from './validate';

export interface MoranOptions {
  /** Number of random permutations for `pSim` (0 skips them), default 999. */
  permutations?: number;
  /** Seed of the mulberry32 generator, default 1. */
  seed?: number;
}

export interface MoranResult {
  /** Moran's I. */
  I: number;
  /** E[I] = −1/(n − 1) (n without islands). */
  expectedI: number;
  /** Var[I] under the randomisation assumption (spdep `moran.test(randomisation = TRUE)`). */
  variance: number;
  /** (I − E[I]) / √Var[I]: the analytical z under randomisation, as spdep `moran.test`. */
  z: number;
  /** Folded pseudo p-value from the permutations, (larger + 1)/(permutations + 1) (as PySAL esda); NaN without permutations. */
  pSim: number;
  /** z of I against the permutation distribution (mean and population SD of the simulated I, as esda `z_sim`). */
  zSim: number;
  permutations: number;
  /** Number of areas used (islands excluded from n, as spdep with `adjust.n = TRUE`). */
  n: number;
}

/**
 * Global Moran's I: I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i², z = x − mean(x).
 * Islands keep their value in the mean but are not counted in n (spdep `adjust.n = TRUE`).
 * Inference: analytical z under randomisation, and a permutation test that shuffles the values
 * (Fisher–Yates driven by mulberry32(seed)).
 *
 * @example
 * const w = contiguityWeights(columbus, { rule: 'queen' });
 * moranI(crime, w).I // → 0.500188557… (spdep)
 */
export function moranI(values: ArrayLike<number>, weights: SpatialWeights, options: MoranOptions = {}): MoranResult {
  const x = checkValuesAndWeights(values, weights, 'moranI');
  const permutations = options.permutations ?? 999;
  if (!Number.isInteger(permutations) || permutations < 0) throw new RangeError('moranI: permutations must be a non-negative integer');
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) throw new RangeError('moranI: seed must be a finite number');
  const nAll = weights.n;
  let mean = 0;
  for (let i = 0; i < nAll; i++) mean += x[i];
  mean /= nAll;
  const z = new Float64Array(nAll);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < nAll; i++) {
    z[i] = x[i] - mean;
    m2 += z[i] * z[i];
    m4 += z[i] ** 4;
  }
  if (m2 === 0) throw new RangeError('moranI: all values are equal; Moran\'s I is undefined');
  const n = nAll - weights.islands.length;
  const { s0, s1, s2 } = weightSums(weights);
  if (s0 === 0) throw new RangeError('moranI: the weights have no links');
  const statistic = (v: Float64Array): number => {
    const lag = spatialLag(weights, v);
    let cross = 0;
    for (let i = 0; i < nAll; i++) cross += v[i] * lag[i];
    return (n / s0) * (cross / m2);
  };
  const I = statistic(z);
  const expectedI = -1 / (n - 1);
  const K = (nAll * m4) / (m2 * m2); // kurtosis over all areas, as spdep moran()
  const num = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) - K * (n * (n - 1) * s1 - 2 * n * s2 + 6 * s0 * s0);
  const variance = num / ((n - 1) * (n - 2) * (n - 3) * s0 * s0) - expectedI * expectedI;
  const zScore = (I - expectedI) / Math.sqrt(variance);

  let pSim = NaN;
  let zSim = NaN;
  if (permutations > 0) {
    const next = mulberry32(seed);
    const perm = Float64Array.from(z);
    const sims = new Float64Array(permutations);
    for (let p = 0; p < permutations; p++) {
      for (let i = nAll - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      sims[p] = statistic(perm);
    }
    let larger = 0;
    let sum = 0;
    for (let p = 0; p < permutations; p++) {
      if (sims[p] >= I) larger++;
      sum += sims[p];
    }
    if (permutations - larger < larger) larger = permutations - larger;
    pSim = (larger + 1) / (permutations + 1);
    const simMean = sum / permutations;
    let ss = 0;
    for (let p = 0; p < permutations; p++) ss += (sims[p] - simMean) ** 2;
    zSim = (I - simMean) / Math.sqrt(ss / permutations);
  }
  return { I, expectedI, variance, z: zScore, pSim, zSim, permutations, n };
}

/** S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)² (internal). */
export function weightSums(weights: SpatialWeights): { s0: number; s1: number; s2: number } {
  const { n, offsets, neighbours } = weights;
  const w = weights.weights;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < n; i++) {
    for (let t = offsets[i]; t < offsets[i + 1]; t++) {
      const j = neighbours[t];
      s0 += w[t];
      rowSum[i] += w[t];
      colSum[j] += w[t];
      const wji = weightOf(weights, j, i);
      s1 += (w[t] + wji) ** 2;
    }
  }
  // The loop visited every ordered pair (i, j) with a link i→j. Ordered pairs (j, i) without a link
  // but whose reverse i→j exists also contribute (0 + w_ij)²: add them, then halve.
  s1 = 0.5 * s1 + 0.5 * oneWayCorrection(weights);
  let s2 = 0;
  for (let i = 0; i < n; i++) s2 += (rowSum[i] + colSum[i]) ** 2;
  return { s0, s1, s2 };
}

/** Σ over links i→j whose reverse j→i is absent of (w_ij)²: the reverse term the loop did not visit. */
function oneWayCorrection(weights: SpatialWeights): number {
  const { n, offsets, neighbours } = weights;
  let extra = 0;
  for (let i = 0; i < n; i++) {
    for (let t = offsets[i]; t < offsets[i + 1]; t++) {
      if (!hasLink(weights, neighbours[t], i)) extra += weights.weights[t] ** 2;
    }
  }
  return extra;
}

function findLink(weights: SpatialWeights, i: number, j: number): number {
  let lo = weights.offsets[i];
  let hi = weights.offsets[i + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = weights.neighbours[mid];
    if (v === j) return mid;
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function hasLink(weights: SpatialWeights, i: number, j: number): boolean {
  return findLink(weights, i, j) >= 0;
}

function weightOf(weights: SpatialWeights, i: number, j: number): number {
  const t = findLink(weights, i, j);
  return t >= 0 ? weights.weights[t] : 0;
}
