import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runLisaJob } from './lisaJob';

/** A 5 × 5 lattice of unit squares plus one detached square (an island). */
function lattice(): { keys: string[]; geometries: Polygon[] } {
  const keys: string[] = [];
  const geometries: Polygon[] = [];
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 5; c++) {
      keys.push(`A${r}${c}`);
      geometries.push({ type: 'Polygon', coordinates: [[[c, r], [c + 1, r], [c + 1, r + 1], [c, r + 1], [c, r]]] });
    }
  }
  keys.push('ISLAND');
  geometries.push({ type: 'Polygon', coordinates: [[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]] });
  return { keys, geometries };
}

describe('runLisaJob', () => {
  it('finds a high-high cluster in one corner, a positive global I, and reports the island', () => {
    const { keys, geometries } = lattice();
    const values = keys.map((k) => (k === 'ISLAND' ? 5 : Number(k[1]) + Number(k[2]) < 3 ? 10 + Number(k[1]) : 1 + (Number(k[2]) % 2) * 0.1));
    const progress: number[] = [];
    const result = runLisaJob({ keys, geometries, values, permutations: 199, seed: 1, fdr: false, snap: 1e-9 }, (done) => progress.push(done));
    expect(result.islands).toEqual(['ISLAND']);
    expect(result.neighbourCount[keys.indexOf('A22')]).toBe(8);
    expect(result.moran.I).toBeGreaterThan(0.3);
    expect(result.moran.pSim).toBeLessThan(0.05);
    const corner = keys.indexOf('A00');
    expect(result.quadrant[corner]).toBe(1);
    expect(result.p[corner]).toBeLessThan(0.05);
    expect(result.quadrant[keys.indexOf('ISLAND')]).toBe(0);
    expect(progress.length).toBeGreaterThan(0);
    // seeded: the same input gives the same p-values
    const again = runLisaJob({ keys, geometries, values, permutations: 199, seed: 1, fdr: false, snap: 1e-9 });
    expect(again.p).toEqual(result.p);
    const fdr = runLisaJob({ keys, geometries, values, permutations: 199, seed: 1, fdr: true, snap: 1e-9 });
    fdr.p.forEach((p, i) => {
      if (Number.isFinite(p)) expect(p).toBeGreaterThanOrEqual(result.p[i]);
    });
  });
});
