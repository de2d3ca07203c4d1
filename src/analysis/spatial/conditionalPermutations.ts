import { xoshiro128State } from './prng';
import type { SpatialWeights } from './types';

export interface PermutationControl {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const TWO_POW_32 = 4294967296;
const INV_TWO_POW_32 = 1 / TWO_POW_32;

/**
 * Complete conditional permutations for local Moran (as PySAL esda `conditional_random` without its
 * shared table, and GeoDa's "complete" mode): for every area i and permutation, k_i areas drawn
 * uniformly without replacement from the n − 1 others replace i's neighbours; `pSim[i]` becomes the
 * folded pseudo p-value (min(larger, permutations − larger) + 1)/(permutations + 1), where larger
 * counts simulated I_i ≥ observed. Areas without neighbours are left untouched.
 *
 * Every area has its own xoshiro128** stream (xoshiro128State(seed, i)), so p-values depend only on
 * the seed, never on the order in which areas run. Draws are exactly uniform (Lemire's bounded
 * integers with rejection; exact for n < 2^21). Rows with equal weights and k_i ≤ (n − 1)/2 (all
 * contiguity, k-nearest and distance-band weights) use rejection of repeats against a stamp array
 * and two 16-bit draws per random number when n allows; other rows a partial Fisher–Yates shuffle
 * with undo and per-neighbour weights. No allocation inside the loops.
 */
export function conditionalPermutations(
  z: Float64Array,
  m2: number,
  Ii: Float64Array,
  weights: SpatialWeights,
  permutations: number,
  seed: number,
  pSim: Float64Array,
  control: PermutationControl = {},
): void {
  const { n, offsets } = weights;
  const w = weights.weights;
  const m = n - 1;
  const stamp = new Int32Array(n);
  let token = 0;
  // Two indices per 32-bit number when 16 bits suffice and Lemire rejects at most a quarter of them.
  const narrow = n <= 65536 && 65536 % n <= 16384;
  const threshold16 = 65536 % n;
  const threshold32 = TWO_POW_32 % n;
  const state = new Int32Array(4);
  let pool: Int32Array | null = null;
  let swaps: Int32Array | null = null;
  const progressEvery = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const k = offsets[i + 1] - start;
    if (k > 0 && m > 0) {
      xoshiro128State(seed, i, state);
      const scale = z[i] / m2;
      const observed = Ii[i];
      const w0 = w[start];
      let equal = true;
      for (let t = 1; t < k; t++) if (w[start + t] !== w0) equal = false;
      let larger = 0;
      if (equal && 2 * k <= m) {
        // The observed lag summed the way the simulated ones are, so that ties compare equal.
        let observedSum = 0;
        for (let t = 0; t < k; t++) observedSum += z[weights.neighbours[start + t]];
        const observedEqual = scale * (w0 * observedSum);
        if (token > 0x7fffffff - permutations) {
          stamp.fill(0);
          token = 0;
        }
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3];
        for (let p = 0; p < permutations; p++) {
          token++;
          stamp[i] = token; // i is never drawn
          let sum = 0;
          for (let t = 0; t < k; ) {
            // xoshiro128** step (as xoshiro128ss in ./prng.ts), inlined.
            const r = Math.imul(s1, 5);
            const bits = Math.imul((r << 7) | (r >>> 25), 9);
            const shifted = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= shifted;
            s3 = (s3 << 11) | (s3 >>> 21);
            if (narrow) {
              const lo = (bits & 0xffff) * n; // area = high 16 bits; reject low < 2^16 mod n (Lemire)
              const a = lo >>> 16;
              if ((lo & 0xffff) >= threshold16 && stamp[a] !== token) {
                stamp[a] = token;
                sum += z[a];
                t++;
              }
              if (t < k) {
                const hi = (bits >>> 16) * n;
                const b = hi >>> 16;
                if ((hi & 0xffff) >= threshold16 && stamp[b] !== token) {
                  stamp[b] = token;
                  sum += z[b];
                  t++;
                }
              }
            } else {
              const a = ((bits >>> 0) * n * INV_TWO_POW_32) | 0; // high word of the 32 × 32 product
              if (Math.imul(bits, n) >>> 0 >= threshold32 && stamp[a] !== token) {
                stamp[a] = token;
                sum += z[a];
                t++;
              }
            }
          }
          if (scale * (w0 * sum) >= observedEqual) larger++;
        }
      } else {
        if (pool === null || swaps === null) {
          pool = new Int32Array(m); // virtual indices 0..n-2; v ≥ i is area v + 1
          for (let v = 0; v < m; v++) pool[v] = v;
          swaps = new Int32Array(m);
        }
        const draws = Math.min(k, m);
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3];
        const before = i - 1;
        for (let p = 0; p < permutations; p++) {
          let lagSim = 0;
          for (let t = 0; t < draws; ) {
            const r = Math.imul(s1, 5);
            const bits = Math.imul((r << 7) | (r >>> 25), 9);
            const shifted = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= shifted;
            s3 = (s3 << 11) | (s3 >>> 21);
            const bound = m - t;
            if (Math.imul(bits, bound) >>> 0 < TWO_POW_32 % bound) continue; // Lemire rejection
            const pick = t + (((bits >>> 0) * bound * INV_TWO_POW_32) | 0);
            const v = pool[pick];
            pool[pick] = pool[t];
            pool[t] = v;
            swaps[t] = pick;
            lagSim += w[start + t] * z[v + ((before - v) >>> 31)]; // +1 when v ≥ i, without a branch
            t++;
          }
          for (let t = draws - 1; t >= 0; t--) {
            const pick = swaps[t];
            const v = pool[pick];
            pool[pick] = pool[t];
            pool[t] = v;
          }
          if (scale * lagSim >= observed) larger++;
        }
      }
      if (permutations - larger < larger) larger = permutations - larger;
      pSim[i] = (larger + 1) / (permutations + 1);
    }
    if ((i + 1) % progressEvery === 0 || i === n - 1) {
      if (control.signal?.aborted) throw new DOMException('localMoran: cancelled', 'AbortError');
      control.onProgress?.(i + 1, n);
    }
  }
}
