import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weightsFromLists } from '../spatial/csr';
import { benjaminiHochberg } from '../spatial/fdr';
import { ebGlobal, ebLocal } from './empiricalBayes';
import { poissonInterval, wilsonInterval } from './intervals';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/reference/${name}`, import.meta.url), 'utf8');
const auckland = JSON.parse(fixture('auckland-eb.json')) as {
  cases: number[];
  population: number[];
  neighbours: number[][];
  EBest: { raw: number[]; estmm: number[]; a: number; b: number };
  EBlocal: { raw: number[]; est: number[]; a: number[]; m: number[] };
  EBlocalGeoda: { est: number[] };
};
const intervals = JSON.parse(fixture('intervals.json')) as {
  wilson: { x: number; n: number; lower: number; upper: number }[];
  poisson: { x: number; exposure: number; lower: number; upper: number; lower90: number; upper90: number }[];
  bh: { p: number[]; adjusted: number[] };
};
const close = (a: number, b: number, tol = 1e-9): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);
/** Relative tolerance for quantities that are not of order one. */
const closeRel = (a: number, b: number, tol = 1e-9): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('Empirical Bayes against spdep (spData auckland, Marshall 1991)', () => {
  it('ebGlobal equals EBest: every estimate and a, b within 1e-9', () => {
    const r = ebGlobal(auckland.cases, auckland.population);
    close(r.a, auckland.EBest.a);
    close(r.b, auckland.EBest.b);
    auckland.EBest.estmm.forEach((v, i) => close(r.estimate[i], v));
    auckland.EBest.raw.forEach((v, i) => close(r.raw[i], v));
    expect(r.a).toBeGreaterThan(0); // the prior variance is really estimated, not clamped
  });
  it('ebLocal equals EBlocal: estimates, a_i and m_i within 1e-9', () => {
    const w = weightsFromLists(auckland.neighbours, 'B');
    const r = ebLocal(auckland.cases, auckland.population, w);
    auckland.EBlocal.est.forEach((v, i) => close(r.estimate[i], v));
    auckland.EBlocal.a.forEach((v, i) => close(r.a[i], v));
    auckland.EBlocal.m.forEach((v, i) => close(r.m[i], v));
  });
  it('ebLocal variant geoda equals EBlocal(geoda = TRUE)', () => {
    const w = weightsFromLists(auckland.neighbours, 'W');
    const r = ebLocal(auckland.cases, auckland.population, w, { variant: 'geoda' });
    auckland.EBlocalGeoda.est.forEach((v, i) => close(r.estimate[i], v));
    // The two variants differ somewhere, so the test above is not vacuous.
    expect(auckland.EBlocalGeoda.est.some((v, i) => Math.abs(v - auckland.EBlocal.est[i]) > 1e-6)).toBe(true);
  });
});

describe('interval estimates against R', () => {
  it.each(intervals.wilson.map((w) => [w.x, w.n, w] as const))('Wilson %i/%i equals prop.test(correct = FALSE)', (_x, _n, w) => {
    const r = wilsonInterval(w.x, w.n);
    close(r.lower, w.lower);
    close(r.upper, w.upper);
  });
  it.each(intervals.poisson.map((p) => [p.x, p.exposure, p] as const))('exact Poisson %i / %d equals poisson.test', (_x, _t, p) => {
    const r = poissonInterval(p.x, p.exposure);
    closeRel(r.lower, p.lower);
    closeRel(r.upper, p.upper);
    const r90 = poissonInterval(p.x, p.exposure, { confidence: 0.9 });
    closeRel(r90.lower, p.lower90);
    closeRel(r90.upper, p.upper90);
  });
  it('Benjamini–Hochberg equals p.adjust(method = "BH")', () => {
    const q = benjaminiHochberg(intervals.bh.p);
    intervals.bh.adjusted.forEach((v, i) => close(q[i], v, 1e-12));
  });
});
