import { benjaminiHochberg } from './fdr';
import { mulberry32 } from './prng';
import type { SpatialWeights } from './types';
import { checkValuesAndWeights, spatialLag } from './validate';

/** LISA cluster quadrant: 0 none (island), 1 HH, 2 LH, 3 LL, 4 HL (PySAL esda numbering). */
export type Quadrant = 0 | 1 | 2 | 3 | 4;
export const QUADRANT_LABELS = ['none', 'HH', 'LH', 'LL', 'HL'] as const;

export interface LocalMoranOptions {
  /** Conditional permutations per area, default 999 (0 skips inference). */
  permutations?: number;
  /** Seed of the mulberry32 generator, default 1. */
  seed?: number;
  /**
   * How the random neighbour sets are drawn (both conditional on area i, both seeded):
   * - `shared` (default, as PySAL esda `crand`): one table of `permutations` rows, each row K distinct
   *   random indices from 0…n−2 (partial Fisher–Yates, K = largest neighbour count); area i uses the
   *   first k_i indices of every row, skipping itself. Fast: no random numbers in the area loop.
   * - `independent`: fresh draws of k_i values for every area and permutation (uniform draws with
   *   repeats rejected, or a partial Fisher–Yates for large k_i). Independent across areas, ~2–3× slower.
   */
  sampling?: 'shared' | 'independent';
  /** Also return Benjamini–Hochberg adjusted pseudo p-values in `pAdjusted`. */
  fdr?: boolean;
  /** Called now and then with (areas done, areas total), e.g. to report progress from a worker. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the permutations with an AbortError when aborted. */
  signal?: AbortSignal;
}

export interface LocalMoranResult {
  /** Local Moran I_i = z_i / m2 · Σ_j w_ij z_j, z = x − mean, m2 = Σ z² / n (esda, spdep). 0 for islands. */
  Ii: Float64Array;
  /** Quadrant of (z_i, lag_i): HH/LL/HL/LH; z or lag ≤ 0 counts as low (esda); 0 for islands. */
  quadrant: Uint8Array;
  /** Folded pseudo p-values, (larger + 1)/(permutations + 1); NaN for islands or without permutations. */
  pSim: Float64Array;
  /** BH-adjusted pSim (only with `fdr: true`). */
  pAdjusted?: Float64Array;
  /** Spatial lag of z. */
  lag: Float64Array;
  permutations: number;
}

/**
 * Local Moran's I (LISA) with conditional permutation inference: for area i, the values of k_i
 * areas drawn without replacement from the other n − 1 replace its neighbours' values (see
 * `sampling`), mulberry32(seed) supplying the random numbers, so the result is deterministic for a
 * given seed. Pseudo p-values are folded as in esda: the count of
 * simulated I_i ≥ observed, or of the others if that is fewer, plus one, over permutations plus one.
 *
 * @example
 * const lisa = localMoran(crime, contiguityWeights(columbus), { seed: 1 });
 * lisa.Ii[0]; QUADRANT_LABELS[lisa.quadrant[0]]; lisa.pSim[0];
 */
export function localMoran(values: ArrayLike<number>, weights: SpatialWeights, options: LocalMoranOptions = {}): LocalMoranResult {
  const x = checkValuesAndWeights(values, weights, 'localMoran');
  const permutations = options.permutations ?? 999;
  if (!Number.isInteger(permutations) || permutations < 0) throw new RangeError('localMoran: permutations must be a non-negative integer');
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) throw new RangeError('localMoran: seed must be a finite number');
  const n = weights.n;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    z[i] = x[i] - mean;
    m2 += z[i] * z[i];
  }
  m2 /= n;
  if (m2 === 0) throw new RangeError('localMoran: all values are equal; local Moran is undefined');
  const lag = spatialLag(weights, z);
  const Ii = new Float64Array(n);
  const quadrant = new Uint8Array(n);
  const { offsets } = weights;
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1] === offsets[i]) continue;
    Ii[i] = (z[i] / m2) * lag[i];
    const high = z[i] > 0;
    const highLag = lag[i] > 0;
    quadrant[i] = high ? (highLag ? 1 : 4) : highLag ? 2 : 3;
  }
  const pSim = new Float64Array(n).fill(NaN);
  const sampling = options.sampling ?? 'shared';
  if (sampling !== 'shared' && sampling !== 'independent') throw new RangeError(`localMoran: unknown sampling ${String(sampling)}`);
  if (permutations > 0) {
    if (sampling === 'shared') sharedPermutations(z, m2, Ii, weights, permutations, seed, pSim, options);
    else conditionalPermutations(z, m2, Ii, weights, permutations, seed, pSim, options);
  }
  const result: LocalMoranResult = { Ii, quadrant, pSim, lag, permutations };
  if (options.fdr) result.pAdjusted = benjaminiHochberg(pSim);
  return result;
}

function sharedPermutations(
  z: Float64Array,
  m2: number,
  Ii: Float64Array,
  weights: SpatialWeights,
  permutations: number,
  seed: number,
  pSim: Float64Array,
  options: LocalMoranOptions,
): void {
  const { n, offsets } = weights;
  const w = weights.weights;
  const m = n - 1;
  let maxK = 0;
  for (let i = 0; i < n; i++) maxK = Math.max(maxK, offsets[i + 1] - offsets[i]);
  const K = Math.min(maxK, m);
  // The table: each row the first K entries of a partial Fisher–Yates shuffle of 0..n-2.
  const next = mulberry32(seed);
  const table = new Int32Array(permutations * K);
  const pool = new Int32Array(m);
  for (let v = 0; v < m; v++) pool[v] = v;
  for (let p = 0; p < permutations; p++) {
    for (let t = 0; t < K; t++) {
      const r = t + Math.floor(next() * (m - t));
      const picked = pool[r];
      pool[r] = pool[t];
      pool[t] = picked;
      table[p * K + t] = picked;
    }
  }
  const progressEvery = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const k = Math.min(offsets[i + 1] - start, m);
    if (k > 0) {
      const scale = z[i] / m2;
      const observed = Ii[i];
      const before = i - 1;
      let larger = 0;
      for (let p = 0, row = 0; p < permutations; p++, row += K) {
        let lagSim = 0;
        for (let t = 0; t < k; t++) {
          const picked = table[row + t];
          lagSim += w[start + t] * z[picked + ((before - picked) >>> 31)]; // skip i without a branch
        }
        if (scale * lagSim >= observed) larger++;
      }
      if (permutations - larger < larger) larger = permutations - larger;
      pSim[i] = (larger + 1) / (permutations + 1);
    }
    if ((i + 1) % progressEvery === 0 || i === n - 1) {
      if (options.signal?.aborted) throw new DOMException('localMoran: cancelled', 'AbortError');
      options.onProgress?.(i + 1, n);
    }
  }
}

function conditionalPermutations(
  z: Float64Array,
  m2: number,
  Ii: Float64Array,
  weights: SpatialWeights,
  permutations: number,
  seed: number,
  pSim: Float64Array,
  options: LocalMoranOptions,
): void {
  const { n, offsets } = weights;
  const w = weights.weights;
  // mulberry32 inlined (same stream as ./prng.ts): the loop below draws ~n·k·permutations numbers.
  let state = seed >>> 0;
  const m = n - 1;
  const pool = new Int32Array(m); // partial Fisher–Yates: virtual indices 0..n-2; v ≥ i maps to v + 1
  for (let v = 0; v < m; v++) pool[v] = v;
  const swaps = new Int32Array(n);
  const chosen = new Int32Array(n);
  const progressEvery = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const k = offsets[i + 1] - start;
    if (k > 0) {
      const scale = z[i] / m2;
      const observed = Ii[i];
      let larger = 0;
      const draws = Math.min(k, m);
      // Few draws from many areas: rejection of repeats is exact and cheaper than swapping.
      const reject = draws <= 16 && draws * 8 <= m;
      const before = i - 1;
      for (let p = 0; p < permutations; p++) {
        let lagSim = 0;
        let t = 0;
        while (t < draws) {
          state = (state + 0x6d2b79f5) | 0;
          let u = Math.imul(state ^ (state >>> 15), state | 1);
          u ^= u + Math.imul(u ^ (u >>> 7), u | 61);
          const unit = ((u ^ (u >>> 14)) >>> 0) * 2.3283064365386963e-10; // / 2^32
          let picked: number;
          if (reject) {
            picked = (unit * m) | 0;
            let s = 0;
            while (s < t && chosen[s] !== picked) s++;
            if (s < t) continue; // a repeat: draw again
            chosen[t] = picked;
          } else {
            const r = t + ((unit * (m - t)) | 0);
            picked = pool[r];
            pool[r] = pool[t];
            pool[t] = picked;
            swaps[t] = r;
          }
          // Virtual index → area, skipping i without a branch: +1 when picked ≥ i.
          lagSim += w[start + t] * z[picked + ((before - picked) >>> 31)];
          t++;
        }
        if (!reject) {
          for (let q = draws - 1; q >= 0; q--) {
            const r = swaps[q];
            const tmp = pool[r];
            pool[r] = pool[q];
            pool[q] = tmp;
          }
        }
        if (scale * lagSim >= observed) larger++;
      }
      if (permutations - larger < larger) larger = permutations - larger;
      pSim[i] = (larger + 1) / (permutations + 1);
    }
    if ((i + 1) % progressEvery === 0 || i === n - 1) {
      if (options.signal?.aborted) throw new DOMException('localMoran: cancelled', 'AbortError');
      options.onProgress?.(i + 1, n);
    }
  }
}
