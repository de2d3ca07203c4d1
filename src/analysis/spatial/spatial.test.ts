import fc from 'fast-check';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { contiguityWeights } from './contiguity';
import { distanceBandWeights, distanceBandWeightsFromPoints } from './distanceBand';
import { benjaminiHochberg } from './fdr';
import { knnWeightsFromPoints } from './knn';
import { localMoran } from './lisa';
import { moranI } from './moran';
import { mulberry32 } from './prng';
import type { SpatialWeights } from './types';

/** side × side unit squares, row-major, optionally shifted by a tiny jitter per polygon. */
function lattice(side: number, jitter = 0): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  const rnd = mulberry32(9);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const j = (): number => (rnd() - 0.5) * 2 * jitter;
      const ring = [[c + j(), r + j()], [c + 1 + j(), r + j()], [c + 1 + j(), r + 1 + j()], [c + j(), r + 1 + j()]];
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } });
    }
  }
  return { type: 'FeatureCollection', features };
}
const row = (w: SpatialWeights, i: number): number[] => Array.from(w.neighbours.subarray(w.offsets[i], w.offsets[i + 1]));

describe('contiguity weights', () => {
  it('queen and rook on a 3 × 3 lattice', () => {
    const q = contiguityWeights(lattice(3), { rule: 'queen' });
    const r = contiguityWeights(lattice(3), { rule: 'rook' });
    expect(row(q, 4)).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect(row(r, 4)).toEqual([1, 3, 5, 7]);
    expect(row(q, 0)).toEqual([1, 3, 4]);
    expect(row(r, 0)).toEqual([1, 3]);
    expect(Array.from(q.weights.subarray(q.offsets[4], q.offsets[5]))).toEqual(new Array(8).fill(1 / 8));
  });
  it('snapping bridges tiny gaps only when the tolerance allows it', () => {
    const gappy = lattice(3, 1e-5);
    expect(contiguityWeights(gappy).islands.length).toBe(9);
    const snapped = contiguityWeights(gappy, { snap: 1e-4 });
    expect(row(snapped, 4)).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
  });
  it('areas without neighbours or geometry are reported as islands, not dropped', () => {
    const fc3 = lattice(2);
    fc3.features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[10, 10], [11, 10], [11, 11], [10, 10]]] } });
    fc3.features.push({ type: 'Feature', properties: {}, geometry: null } as unknown as Feature<Polygon>);
    const w = contiguityWeights(fc3);
    expect(w.n).toBe(6);
    expect(w.islands).toEqual([4, 5]);
    expect(w.offsets[6] - w.offsets[4]).toBe(0);
  });
  it('MultiPolygon parts and binary style', () => {
    const features: Feature[] = [
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[5, 0], [6, 0], [6, 1], [5, 1], [5, 0]]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[6, 0], [7, 0], [7, 1], [6, 1], [6, 0]]] } },
    ];
    const w = contiguityWeights(features, { style: 'B' });
    expect(row(w, 0)).toEqual([1]);
    expect(Array.from(w.weights)).toEqual([1, 1]);
  });
  it('rejects what is not polygons', () => {
    expect(() => contiguityWeights({} as FeatureCollection)).toThrow(/FeatureCollection/);
    expect(() => contiguityWeights(lattice(2), { snap: -1 })).toThrow(/snap/);
  });
  it('property: queen/rook equal a brute-force vertex comparison, also across grid-cell edges', () => {
    // snap = 1/256 makes the hash cells exactly 1 wide, so vertices near integers straddle cell edges.
    const snap = 1 / 256;
    const coord = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(-0.003, -0.001, 0, 0.001, 0.003, 0.5));
    const triangle = fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(triangle, { minLength: 2, maxLength: 12 }), (tris) => {
        const polys = tris.map((t) => t.map(([[x, dx], [y, dy]]) => [x + dx, y + dy]));
        const features = polys.map((ring) => ({ type: 'Polygon' as const, coordinates: [[...ring, ring[0]]] }));
        for (const rule of ['queen', 'rook'] as const) {
          const w = contiguityWeights(features, { rule, snap });
          for (let a = 0; a < polys.length; a++) {
            const expected: number[] = [];
            for (let b = 0; b < polys.length; b++) {
              if (a === b) continue;
              let shared = 0;
              for (const p of polys[a]) for (const q of polys[b]) if (Math.abs(p[0] - q[0]) <= snap && Math.abs(p[1] - q[1]) <= snap) shared++;
              if (shared >= (rule === 'queen' ? 1 : 2)) expected.push(b);
            }
            expect(row(w, a)).toEqual(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('property: row-standardised rows sum to 1 and contiguity is symmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 0, max: 1 }), (side, rook) => {
        const w = contiguityWeights(lattice(side), { rule: rook ? 'rook' : 'queen' });
        for (let i = 0; i < w.n; i++) {
          let s = 0;
          for (let t = w.offsets[i]; t < w.offsets[i + 1]; t++) {
            s += w.weights[t];
            expect(row(w, w.neighbours[t])).toContain(i);
          }
          expect(Math.abs(s - 1)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('distance-based weights', () => {
  it('k nearest neighbours, ties to the lower index', () => {
    const xs = Float64Array.of(0, 1, 2, 10, 11);
    const ys = new Float64Array(5);
    const w = knnWeightsFromPoints(xs, ys, 2);
    expect(row(w, 0)).toEqual([1, 2]);
    expect(row(w, 1)).toEqual([0, 2]);
    expect(row(w, 3)).toEqual([2, 4]);
    expect(() => knnWeightsFromPoints(xs, ys, 5)).toThrow(/k must be/);
  });
  it('property: knn on random points equals brute force', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })), { minLength: 6, maxLength: 80 }), fc.integer({ min: 1, max: 5 }), (pts, k) => {
        const xs = Float64Array.from(pts.map((p) => p[0]));
        const ys = Float64Array.from(pts.map((p) => p[1]));
        const w = knnWeightsFromPoints(xs, ys, k);
        pts.forEach((_, i) => {
          const brute = pts
            .map((p, j) => ({ j, d: (p[0] - xs[i]) ** 2 + (p[1] - ys[i]) ** 2 }))
            .filter((e) => e.j !== i)
            .sort((a, b) => a.d - b.d || a.j - b.j)
            .slice(0, k)
            .map((e) => e.j)
            .sort((a, b) => a - b);
          expect(row(w, i)).toEqual(brute);
        });
      }),
      { numRuns: 100 },
    );
  });
  it('distance band includes the threshold and reports islands', () => {
    const w = distanceBandWeightsFromPoints(Float64Array.of(0, 1, 2, 9), new Float64Array(4), 1);
    expect(row(w, 1)).toEqual([0, 2]);
    expect(w.islands).toEqual([3]);
    const polys = distanceBandWeights(lattice(3), 1.0000001);
    expect(row(polys, 4)).toEqual([1, 3, 5, 7]);
  });
});

describe("Moran's I and LISA", () => {
  const w = contiguityWeights(lattice(10));
  const rnd = mulberry32(3);
  const smooth = Array.from({ length: 100 }, (_, i) => Math.floor(i / 10) + (i % 10) + rnd());
  const noise = Array.from({ length: 100 }, () => rnd());
  it('a smooth surface is positively autocorrelated, noise is not', () => {
    const a = moranI(smooth, w, { permutations: 199, seed: 5 });
    expect(a.I).toBeGreaterThan(0.5);
    expect(a.pSim).toBe(1 / 200);
    const b = moranI(noise, w, { permutations: 199, seed: 5 });
    expect(Math.abs(b.z)).toBeLessThan(3);
    expect(b.pSim).toBeGreaterThan(0.01);
  });
  it('LISA: quadrants, folded p-values in range, local I sum relates to global I', () => {
    const r = localMoran(smooth, w, { permutations: 199, seed: 1, fdr: true });
    expect(r.quadrant[0]).toBe(3); // low values in the corner → LL
    expect(r.quadrant[99]).toBe(1); // high → HH
    for (const p of r.pSim) {
      expect(p).toBeGreaterThanOrEqual(1 / 200);
      expect(p).toBeLessThanOrEqual(0.5 + 1 / 200);
    }
    expect(r.pSim[0]).toBe(1 / 200);
    const sum = r.Ii.reduce((s, v) => s + v, 0);
    expect(Math.abs(sum / 100 - moranI(smooth, w, { permutations: 0 }).I)).toBeLessThan(1e-12);
    r.pAdjusted!.forEach((q, i) => expect(q).toBeGreaterThanOrEqual(r.pSim[i]));
  });
  it('reports progress and can be cancelled', () => {
    const seen: number[] = [];
    localMoran(smooth, w, { permutations: 9, onProgress: (done, total) => seen.push(done / total) });
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.length).toBeGreaterThan(10);
    const controller = new AbortController();
    controller.abort();
    expect(() => localMoran(smooth, w, { permutations: 9, signal: controller.signal })).toThrow(/cancelled/);
  });
  it('validates its input', () => {
    expect(() => moranI([1, 2, 3], w)).toThrow(/expected 100 values/);
    expect(() => moranI(new Array(100).fill(1), w)).toThrow(/all values are equal/);
    expect(() => localMoran([...smooth.slice(0, 99), NaN], w)).toThrow(/not a finite number/);
    const broken = { ...w, offsets: w.offsets.slice(0, 5) };
    expect(() => localMoran(smooth, broken)).toThrow(/malformed/);
  });
  it('benjaminiHochberg keeps NaN and rejects invalid p', () => {
    expect(Array.from(benjaminiHochberg([0.01, NaN, 0.04, 0.03]))).toEqual([0.03, NaN, 0.04, 0.04]);
    expect(() => benjaminiHochberg([1.5])).toThrow(/outside/);
  });
});
