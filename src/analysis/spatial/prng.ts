/**
 * Seeded pseudo-random numbers for permutation inference: mulberry32 (Tommy Ettinger, public domain),
 * a 32-bit state generator with period 2^32 that passes gjrand/PractRand at the sizes used here.
 * The same seed gives the same stream in every JS engine, so permutation p-values are reproducible.
 * A seed is any number; it is reduced to an unsigned 32-bit integer.
 *
 * @example const next = mulberry32(1); next(); // → a float in [0, 1), the same on every run
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna, public domain): 128-bit state, period 2^128 − 1, all 32 output
 * bits of good quality. Advances `state` (four int32 words, not all zero) and returns an unsigned
 * 32-bit integer. The LISA permutation loop inlines the same step (see ./conditionalPermutations.ts).
 *
 * @example const s = xoshiro128State(1, 0); xoshiro128ss(s); // → an integer in [0, 2^32)
 */
export function xoshiro128ss(state: Int32Array): number {
  const s0 = state[0], s1 = state[1], s2 = state[2] ^ s0, s3 = state[3] ^ s1;
  const r = Math.imul(s1, 5);
  const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
  state[0] = s0 ^ s3;
  state[1] = s1 ^ s2;
  state[2] = s2 ^ (s1 << 9);
  state[3] = (s3 << 11) | (s3 >>> 21);
  return result;
}

/**
 * A xoshiro128** state for stream `stream` (e.g. an area index) of `seed`: four words from a
 * splitmix32-style hash of (seed, stream), so that every area has its own reproducible stream,
 * independent of the order in which areas are processed (or of how they are split across workers).
 *
 * @example xoshiro128State(1, 42) // → Int32Array(4), the same on every run
 */
export function xoshiro128State(seed: number, stream: number, into: Int32Array = new Int32Array(4)): Int32Array {
  let x = ((seed >>> 0) ^ Math.imul(stream | 0, 0x9e3779b9)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d); // one extra round so that seed and stream mix before counting
  for (let j = 0; j < 4; j++) {
    x = (x + 0x9e3779b9) | 0;
    let a = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
    into[j] = a ^ (a >>> 16);
  }
  if ((into[0] | into[1] | into[2] | into[3]) === 0) into[0] = 1;
  return into;
}
