import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightsFromLists } from '../spatial/csr';
import { ebGlobal, ebLocal } from './empiricalBayes';
import { poissonInterval, wilsonInterval } from './intervals';
import { gammaQuantile, incompleteGamma, normalQuantile } from './specialFunctions';

describe('interval estimates', () => {
  it('property: the Wilson interval contains the estimate and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (n, f, conf) => {
        const x = Math.floor(f * n);
        const r = wilsonInterval(x, n, { confidence: conf });
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.upper).toBeLessThanOrEqual(1);
        expect(r.lower).toBeLessThanOrEqual(r.estimate);
        expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
      }),
      { numRuns: 500 },
    );
  });
  it('property: the exact Poisson interval contains the rate and narrows with confidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), (x, exposure) => {
        const r95 = poissonInterval(x, exposure);
        const r80 = poissonInterval(x, exposure, { confidence: 0.8 });
        expect(r95.lower).toBeLessThanOrEqual(r95.estimate);
        expect(r95.upper).toBeGreaterThan(r95.estimate);
        expect(r80.lower).toBeGreaterThanOrEqual(r95.lower);
        expect(r80.upper).toBeLessThanOrEqual(r95.upper);
      }),
      { numRuns: 200 },
    );
  });
  it('zero events: lower bound 0, upper −ln(0.025) (the "rule of 3.7")', () => {
    const r = poissonInterval(0, 1);
    expect(r.lower).toBe(0);
    expect(Math.abs(r.upper + Math.log(0.025))).toBeLessThan(1e-12);
  });
  it('special functions agree with known values', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-15);
    expect(Math.abs(incompleteGamma(1, 2).P - (1 - Math.exp(-2)))).toBeLessThan(1e-15);
    // Γ(shape 1) is the exponential distribution: quantile −ln(1 − p).
    expect(Math.abs(gammaQuantile(0.3, 1) + Math.log(0.7))).toBeLessThan(1e-14);
  });
  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(/between 0 and total/);
    expect(() => wilsonInterval(1, 0)).toThrow(/total must be/);
    expect(() => poissonInterval(-1, 1)).toThrow(/non-negative/);
    expect(() => poissonInterval(1, 1, { confidence: 1 })).toThrow(/confidence/);
  });
});

describe('Empirical Bayes', () => {
  it('estimates shrink towards the global rate, small populations most', () => {
    const cases = [0, 10, 1, 50];
    const pop = [10, 1000, 20, 2000];
    const r = ebGlobal(cases, pop);
    expect(r.b).toBeCloseTo(61 / 3030, 15);
    for (let i = 0; i < 4; i++) {
      const lo = Math.min(r.raw[i], r.b);
      const hi = Math.max(r.raw[i], r.b);
      expect(r.estimate[i]).toBeGreaterThanOrEqual(lo - 1e-15);
      expect(r.estimate[i]).toBeLessThanOrEqual(hi + 1e-15);
    }
    // Relative shrinkage is larger for area 2 (20 people) than for area 3 (2000 people).
    const shrink = (i: number): number => Math.abs(r.estimate[i] - r.raw[i]) / Math.abs(r.b - r.raw[i]);
    expect(shrink(2)).toBeGreaterThan(shrink(3));
  });
  it('no cases at all: estimates 0 instead of spdep\'s 0/0', () => {
    expect(Array.from(ebGlobal([0, 0], [10, 20]).estimate)).toEqual([0, 0]);
    const w = weightsFromLists([[1], [0], []]);
    expect(Array.from(ebLocal([0, 0, 0], [5, 5, 5], w).estimate)).toEqual([0, 0, 0]);
  });
  it('an island is smoothed towards itself only (its own rate)', () => {
    const w = weightsFromLists([[1], [0], []]);
    const r = ebLocal([1, 3, 2], [10, 30, 40], w);
    expect(r.estimate[2]).toBeCloseTo(0.05, 15);
  });
  it('validates input', () => {
    expect(() => ebGlobal([1], [0])).toThrow(/population/);
    expect(() => ebGlobal([-1], [1])).toThrow(/cases/);
    expect(() => ebGlobal([1, 2], [1])).toThrow(/same length/);
    expect(() => ebLocal([1, 2], [1, 1], weightsFromLists([[1], [0], []]))).toThrow(/2 areas/);
  });
});
