import { describe, expect, it } from 'vitest';
import { weightsFromLists } from './csr';
import { localMoran } from './lisa';
import { mulberry32, xoshiro128ss, xoshiro128State } from './prng';
import type { SpatialWeights } from './types';

/** Rook neighbours of a side × side grid (row-major), as lists. */
function gridLists(side: number): number[][] {
  return Array.from({ length: side * side }, (_, i) => {
    const r = Math.floor(i / side);
    const c = i % side;
    const out: number[] = [];
    if (r > 0) out.push(i - side);
    if (c > 0) out.push(i - 1);
    if (c < side - 1) out.push(i + 1);
    if (r < side - 1) out.push(i + side);
    return out;
  });
}

describe('xoshiro128**', () => {
  it('matches the reference C implementation (Blackman & Vigna, xoshiro128starstar.c)', () => {
    // Outputs of the reference C code for the state {1, 2, 3, 4}, and for a second state after 1000 steps.
    const s = Int32Array.of(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => xoshiro128ss(s))).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    const t = Int32Array.of(0x9e3779b9 | 0, 0x7f4a7c15, 0xdeadbeef | 0, -1);
    for (let i = 0; i < 1000; i++) xoshiro128ss(t);
    expect(xoshiro128ss(t)).toBe(3906483208);
  });
  it('gives every (seed, stream) its own reproducible, non-zero state', () => {
    expect(Array.from(xoshiro128State(1, 7))).toEqual(Array.from(xoshiro128State(1, 7)));
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) for (let stream = 0; stream < 50; stream++) seen.add(xoshiro128State(seed, stream).join(','));
    expect(seen.size).toBe(1000);
  });
});

describe('LISA complete conditional permutations', () => {
  const lists = gridLists(30);
  const w = weightsFromLists(lists);
  const rnd = mulberry32(3);
  const noise = Array.from({ length: 900 }, () => rnd());

  it('with a fixed seed is deterministic, and the seed matters', () => {
    const a = localMoran(noise, w, { permutations: 99, seed: 11 });
    const b = localMoran(noise, w, { permutations: 99, seed: 11 });
    const c = localMoran(noise, w, { permutations: 99, seed: 12 });
    expect(Array.from(a.pSim)).toEqual(Array.from(b.pSim));
    expect(Array.from(a.pSim)).not.toEqual(Array.from(c.pSim));
  });

  it('draws afresh for every area: an area keeps its p-value when another area changes its neighbours', () => {
    const changed = lists.map((l, i) => (i === 500 ? [499, 501] : l));
    const a = localMoran(noise, w, { permutations: 199, seed: 4 });
    const b = localMoran(noise, weightsFromLists(changed), { permutations: 199, seed: 4 });
    for (let i = 0; i < 900; i++) if (i !== 500) expect(b.pSim[i]).toBe(a.pSim[i]);
  });

  it('under a random field the folded p-values are about uniform on (0, 0.5]', () => {
    const r = localMoran(noise, w, { permutations: 999, seed: 5 });
    const share = (cut: number): number => r.pSim.filter((p) => p <= cut).length / 900;
    // Folded: P(p ≤ c) ≈ 2c under the null hypothesis.
    expect(share(0.05)).toBeGreaterThan(0.06);
    expect(share(0.05)).toBeLessThan(0.14);
    expect(share(0.25)).toBeGreaterThan(0.42);
    expect(share(0.25)).toBeLessThan(0.58);
    expect(Math.max(...r.pSim)).toBeLessThanOrEqual(0.5 + 1 / 1000);
  });

  it('finds a planted hot spot: its centre gets p ≤ 0.01, quadrant HH', () => {
    const x = noise.slice();
    for (const r of [14, 15, 16]) for (const c of [14, 15, 16]) x[r * 30 + c] = 3 + rnd();
    const res = localMoran(x, w, { permutations: 999, seed: 1 });
    expect(res.pSim[15 * 30 + 15]).toBeLessThanOrEqual(0.01);
    expect(res.quadrant[15 * 30 + 15]).toBe(1);
  });

  it('draws uniformly over the other areas, two 16-bit draws per random number (n = 50)', () => {
    // Area 0 has one neighbour; its simulated lag is a uniform draw of the other values.
    const n = 50;
    const star = Array.from({ length: n }, (_, i) => (i === 0 ? [1] : i === 1 ? [0] : [i === n - 1 ? 2 : i + 1]));
    const x = Array.from({ length: n }, (_, i) => (i === 2 ? 1 : 0));
    // With one "1" among 49 others and x_0 below the mean, P(sim ≤ observed lag 0) ≈ 48/49.
    const r = localMoran(x, weightsFromLists(star), { permutations: 9999, seed: 2 });
    expect(Math.abs(r.pSim[0] - (1 / 49 + 1 / 10000))).toBeLessThan(0.006);
  });

  it('draws uniformly over the other areas with 32-bit draws (n = 40,000)', () => {
    const n = 40_000; // 2^16 mod n rejects too many 16-bit draws, so whole 32-bit numbers are used
    const pair = Array.from({ length: n }, (_, i) => (i === 0 ? [1] : i === 1 ? [0] : []));
    const x = Array.from({ length: n }, (_, i) => (i % 4 === 2 ? 1 : 0));
    // Area 0 (a 0, its neighbour a 0): a simulated I_0 is below the observed one only when a 1 is
    // drawn, with probability 10,000 / 39,999.
    const r = localMoran(x, weightsFromLists(pair), { permutations: 9999, seed: 3 });
    expect(Math.abs(r.pSim[0] - 10_000 / 39_999)).toBeLessThan(0.015);
    expect(r.pSim[5]).toBeNaN();
  });

  it('rows with unequal weights: neighbour t gets weight w_t (partial Fisher–Yates path)', () => {
    const n = 50;
    const weights: SpatialWeights = {
      n,
      offsets: Int32Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : 2)),
      neighbours: Int32Array.of(1, 2),
      weights: Float64Array.of(0.75, 0.25),
      islands: Array.from({ length: n - 1 }, (_, i) => i + 1),
      style: 'W',
    };
    // Ones at areas 0, 1 and 3: the observed lag of area 0 is 0.75·z(one) + 0.25·z(zero). A simulated
    // lag reaches it only when slot 0 (weight 0.75) draws a one: probability 2/49. With the weights
    // ignored (0.5 each) one drawn one in either slot would do: probability ≈ 0.08.
    const x = Array.from({ length: n }, (_, i) => (i === 0 || i === 1 || i === 3 ? 1 : 0));
    const r = localMoran(x, weights, { permutations: 9999, seed: 6 });
    expect(Math.abs(r.pSim[0] - (2 / 49 + 1 / 10000))).toBeLessThan(0.008);
  });

  it('when every other area is a neighbour, each draw is exactly the others (no repeats, never i)', () => {
    const all = Array.from({ length: 6 }, (_, i) => [0, 1, 2, 3, 4, 5].filter((j) => j !== i));
    const r = localMoran([0, 1, 2, 3, 4, 5], weightsFromLists(all, 'B'), { permutations: 99, seed: 1 });
    // Every simulated I_i equals the observed one: larger = 99, folded to 0 → p = 1/100.
    for (const p of r.pSim) expect(p).toBe(1 / 100);
  });
});
