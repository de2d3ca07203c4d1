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
