import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ckmeans } from 'simple-statistics';
import { classIndex } from './classIndex';
import { classify } from './classify';
import type { ClassMethod } from './types';

const sse = (values: number[], cls: number[]): number => {
  const groups = new Map<number, number[]>();
  values.forEach((v, i) => groups.set(cls[i], [...(groups.get(cls[i]) ?? []), v]));
  let s = 0;
  for (const g of groups.values()) {
    const m = g.reduce((a, b) => a + b, 0) / g.length;
    s += g.reduce((a, b) => a + (b - m) ** 2, 0);
  }
  return s;
};

describe('classify: behaviour', () => {
  it('jenks splits obvious groups, breaks are the largest value of each class', () => {
    const r = classify([12, 1, 3, 2, 11, 10], { method: 'jenks', classes: 2 });
    expect(r).toEqual({ method: 'jenks', classes: 2, breaks: [1, 3, 12], counts: [3, 3], closed: 'right', missing: 0 });
  });
  it('NaN, Infinity and non-numbers are left out and counted as missing', () => {
    const r = classify([1, NaN, 2, Infinity, 3, -Infinity, 4, 5, 6] as number[], { method: 'equal', classes: 2 });
    expect(r.missing).toBe(3);
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(r.breaks).toEqual([1, 3.5, 6]);
  });
  it('fewer distinct values than classes reduces k and says so', () => {
    const r = classify([1, 1, 2, 2, 3, 3], { method: 'jenks', classes: 5 });
    expect(r.classes).toBe(3);
    expect(r.requestedClasses).toBe(5);
    expect(r.counts).toEqual([2, 2, 2]);
    const q = classify([0, 0, 0, 0, 0, 0, 0, 1, 2, 3], { method: 'quantile', classes: 4 });
    expect(q.breaks).toEqual([0, 0.75, 3]); // duplicate breaks merged, as R classInt
    expect(q.requestedClasses).toBe(4);
  });
  it('a single distinct value gives one class', () => {
    for (const method of ['quantile', 'equal', 'jenks', 'sd'] as ClassMethod[]) {
      const r = classify([7, 7, 7], { method, classes: 3 });
      expect(r.breaks).toEqual([7, 7]);
      expect(r.counts).toEqual([3]);
    }
  });
  it('rejects bad input with clear errors', () => {
    expect(() => classify([1, 2, 3], { method: 'nope' as ClassMethod })).toThrow(/unknown method/);
    expect(() => classify([1, 2, 3], { method: 'jenks', classes: 1 })).toThrow(/classes must be an integer from 2 to 20/);
    expect(() => classify([1, 2, 3], { method: 'jenks', classes: 2.5 })).toThrow(/classes/);
    expect(() => classify([NaN, NaN], { method: 'equal' })).toThrow(/no finite values/);
    expect(() => classify([1, 2], { method: 'manual' })).toThrow(/at least 2 breaks/);
    expect(() => classify([1, 2], { method: 'manual', breaks: [0, 2, 1] })).toThrow(/strictly increasing/);
    expect(() => classify([1, 5], { method: 'manual', breaks: [0, 2, 4] })).toThrow(/do not cover/);
    expect(() => classify([1, 5], { method: 'box', hinge: -1 })).toThrow(/hinge/);
  });
  it('manual breaks are used as given, left-closed with the maximum in the last class', () => {
    const r = classify([0, 5, 10, 15, 20], { method: 'manual', breaks: [0, 10, 20] });
    expect(r.counts).toEqual([2, 3]);
    expect(r.closed).toBe('left');
  });
  it('box map: 6 classes with outliers beyond 1.5 IQR, hinge configurable', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    const r = classify(values, { method: 'box' });
    // Q1 = 3.25, median 5.5, Q3 = 7.75 (type 7), IQR 4.5, fences -3.5 and 14.5
    expect(r.breaks).toEqual([-3.5, -3.5, 3.25, 5.5, 7.75, 14.5, 100]);
    expect(r.counts).toEqual([0, 3, 2, 2, 2, 1]);
    const wide = classify(values, { method: 'box', hinge: 30 });
    expect(wide.counts[5]).toBe(0);
  });
  it('sd map: bands at mean ± 1 and 2 sample standard deviations inside the range', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, sample sd 2.138…
    const r = classify(values, { method: 'sd' });
    const s = Math.sqrt(32 / 7);
    // 5 − 2s = 0.72 < min and 5 + 2s = 9.28 > max fall outside the range and are dropped.
    expect(r.breaks).toEqual([2, 5 - s, 5, 5 + s, 9]);
    expect(r.counts).toEqual([1, 3, 3, 1]);
  });
  it('does not mutate its input', () => {
    const values = [3, 1, 2, NaN, 5, 4];
    const copy = [...values];
    classify(values, { method: 'quantile', classes: 3 });
    expect(values).toEqual(copy);
  });
  it('classIndex: -1 for NaN and values outside the breaks', () => {
    expect(classIndex(NaN, [0, 1, 2])).toBe(-1);
    expect(classIndex(3, [0, 1, 2])).toBe(-1);
    expect(classIndex(2, [0, 1, 2], 'left')).toBe(1);
    expect(classIndex(1, [0, 1, 2], 'left')).toBe(1);
    expect(classIndex(1, [0, 1, 2], 'right')).toBe(0);
    expect(classIndex(0, [0, 1, 2], 'right')).toBe(0);
  });
});

describe('classify: properties', () => {
  const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 });
  const method = fc.constantFrom<ClassMethod>('quantile', 'equal', 'jenks', 'sd', 'box');
  it('counts sum to the number of finite values, breaks are monotone and span min…max', () => {
    fc.assert(
      fc.property(values, method, fc.integer({ min: 2, max: 9 }), (xs, m, k) => {
        const r = classify(xs, { method: m, classes: k });
        expect(r.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
        expect(r.counts.length).toBe(r.classes);
        expect(r.breaks.length).toBe(r.classes + 1);
        for (let i = 1; i < r.breaks.length; i++) expect(r.breaks[i]).toBeGreaterThanOrEqual(r.breaks[i - 1]);
        expect(r.breaks[0]).toBeLessThanOrEqual(Math.min(...xs));
        expect(r.breaks[r.breaks.length - 1]).toBeGreaterThanOrEqual(Math.max(...xs));
        for (const x of xs) expect(classIndex(x, r.breaks, r.closed)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
  it('jenks reaches the same optimal within-class sum of squares as ckmeans', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 10, maxLength: 200 }), fc.integer({ min: 2, max: 9 }), (xs, k) => {
        const r = classify(xs, { method: 'jenks', classes: k });
        const ours = sse(xs, xs.map((x) => classIndex(x, r.breaks, r.closed)));
        const ref = ckmeans(xs, r.classes);
        const refCls = xs.map((x) => ref.findIndex((cluster) => cluster.includes(x)));
        expect(Math.abs(ours - sse(xs, refCls))).toBeLessThanOrEqual(1e-6 * Math.max(1, ours));
      }),
      { numRuns: 200 },
    );
  });
});
