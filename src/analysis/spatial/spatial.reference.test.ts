import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { contiguityWeights } from './contiguity';
import { distanceBandWeights } from './distanceBand';
import { centroids } from './geometry';
import { knnWeights } from './knn';
import { localMoran } from './lisa';
import { moranI } from './moran';
import type { SpatialWeights } from './types';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/reference/${name}`, import.meta.url), 'utf8');
const columbus = JSON.parse(fixture('columbus.geojson')) as FeatureCollection;
const ref = JSON.parse(fixture('columbus-spdep.json')) as {
  n: number;
  queen: number[][];
  rook: number[][];
  knn4: number[][];
  centroids: number[][];
  moran: Record<string, { I: number; expectedI: number; variance: number; z: number }>;
  moranRookCRIME: { I: number; variance: number; z: number };
  localmoran: Record<string, number[]>;
  dband05: { neighbours: number[][]; islands: number[]; I: number; expectedI: number; variance: number; z: number; Ii: number[] };
};
const field = (name: string): number[] => columbus.features.map((f) => Number(f.properties?.[name]));
const lists = (w: SpatialWeights): number[][] =>
  Array.from({ length: w.n }, (_, i) => Array.from(w.neighbours.subarray(w.offsets[i], w.offsets[i + 1])));
const close = (a: number, b: number, tol = 1e-9): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('spatial weights against spdep 1.2-7 on Columbus', () => {
  it('queen contiguity equals poly2nb(queen = TRUE)', () => {
    const w = contiguityWeights(columbus, { rule: 'queen' });
    expect(w.n).toBe(49);
    expect(lists(w)).toEqual(ref.queen);
    expect(w.islands).toEqual([]);
  });
  it('rook contiguity equals poly2nb(queen = FALSE)', () => {
    expect(lists(contiguityWeights(columbus, { rule: 'rook' }))).toEqual(ref.rook);
  });
  it('centroids equal sf st_centroid and 4 nearest neighbours equal knearneigh', () => {
    const c = centroids(columbus);
    ref.centroids.forEach(([x, y], i) => {
      close(c.xs[i], x, 1e-12);
      close(c.ys[i], y, 1e-12);
    });
    expect(lists(knnWeights(columbus, 4))).toEqual(ref.knn4.map((l) => [...l].sort((a, b) => a - b)));
  });
});

describe("Moran's I against spdep moran.test / localmoran", () => {
  const queen = contiguityWeights(columbus, { rule: 'queen' });
  it('global I of CRIME is 0.500188557 (queen, row-standardised)', () => {
    const r = moranI(field('CRIME'), queen, { permutations: 0 });
    close(r.I, 0.500188557, 1e-9);
    close(r.I, ref.moran.CRIME.I, 1e-12);
  });
  it.each(['CRIME', 'HOVAL', 'INC'])('%s: I, E[I], Var[I] and z under randomisation within 1e-9', (name) => {
    const r = moranI(field(name), queen, { permutations: 99 });
    const e = ref.moran[name];
    close(r.I, e.I);
    close(r.expectedI, e.expectedI);
    close(r.variance, e.variance);
    close(r.z, e.z);
  });
  it('rook weights: I, variance and z within 1e-9', () => {
    const r = moranI(field('CRIME'), contiguityWeights(columbus, { rule: 'rook' }), { permutations: 0 });
    close(r.I, ref.moranRookCRIME.I);
    close(r.variance, ref.moranRookCRIME.variance);
    close(r.z, ref.moranRookCRIME.z);
  });
  it.each(['CRIME', 'HOVAL', 'INC'])('%s: every local I_i within 1e-9', (name) => {
    const r = localMoran(field(name), queen, { permutations: 0 });
    expect(r.Ii.length).toBe(49);
    ref.localmoran[name].forEach((v, i) => close(r.Ii[i], v));
  });
  it('CRIME is strongly clustered: the permutation test rejects randomness', () => {
    const r = moranI(field('CRIME'), queen, { permutations: 999, seed: 42 });
    expect(r.pSim).toBe(0.001);
    expect(r.zSim).toBeGreaterThan(4);
  });
});

describe('distance band with islands against spdep dnearneigh(0, 0.5) + zero.policy', () => {
  const w = distanceBandWeights(columbus, 0.5);
  it('same neighbour lists and the same 4 islands', () => {
    expect(lists(w)).toEqual(ref.dband05.neighbours);
    expect(w.islands).toEqual(ref.dband05.islands);
    expect(w.islands.length).toBe(4);
  });
  it("Moran's I with islands (n adjusted), variance and z within 1e-9; local I_i within 1e-9", () => {
    const r = moranI(field('CRIME'), w, { permutations: 0 });
    close(r.I, ref.dband05.I);
    close(r.expectedI, ref.dband05.expectedI);
    close(r.variance, ref.dband05.variance);
    close(r.z, ref.dband05.z);
    expect(r.n).toBe(45);
    const l = localMoran(field('CRIME'), w, { permutations: 9 });
    ref.dband05.Ii.forEach((v, i) => close(l.Ii[i], v));
    for (const i of w.islands) {
      expect(l.quadrant[i]).toBe(0);
      expect(l.pSim[i]).toBeNaN();
    }
  });
});
