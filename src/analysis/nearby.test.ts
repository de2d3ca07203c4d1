import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { findNearby } from './nearby';
import { createAreaLocator } from './pointArea';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
// 0.01° of longitude at 52.4° N ≈ 0.679 km
const KM_PER_LON_DEG = 111.195 * Math.cos((52.4 * Math.PI) / 180);
const area = box(9.7, 52.3, 9.8, 52.45);
const project = (id: string, lon: number, lat: number) => ({ id, name: id, type: 'Treff', foundedYear: 2000, lon, lat, synthetic: false });
const programme = (id: string, geometry: Polygon) => ({ id, name: id, programme: 'Soziale Stadt', startYear: 2010, geometry, synthetic: true });

describe('findNearby', () => {
  it('distance 0 inside, geodesic distance outside, nothing beyond 1 km', () => {
    const result = findNearby(area, [], [
      project('inside', 9.75, 52.4),
      project('west-0.5km', 9.7 - 0.5 / KM_PER_LON_DEG, 52.4),
      project('east-1.5km', 9.8 + 1.5 / KM_PER_LON_DEG, 52.4),
      project('far', 11, 53),
    ]);
    expect(result.map((r) => r.id)).toEqual(['inside', 'west-0.5km']);
    expect(result[0].distanceKm).toBe(0);
    expect(result[1].distanceKm).toBeCloseTo(0.5, 2);
    expect(result[1]).toMatchObject({ kind: 'project', category: 'Treff', year: 2000 });
  });

  it('programme areas: overlapping → 0, a gap measured between outlines', () => {
    const gap = 0.8 / KM_PER_LON_DEG;
    const result = findNearby(area, [
      programme('overlap', box(9.79, 52.35, 9.85, 52.36)),
      programme('gap-0.8km', box(9.8 + gap, 52.35, 9.9, 52.36)),
      programme('gap-3km', box(9.8 + 3 / KM_PER_LON_DEG, 52.35, 10, 52.36)),
    ], []);
    expect(result.map((r) => [r.id, r.kind])).toEqual([['overlap', 'programme_area'], ['gap-0.8km', 'programme_area']]);
    expect(result[0].distanceKm).toBe(0);
    expect(result[1].distanceKm).toBeCloseTo(0.8, 2);
    expect(result[1].synthetic).toBe(true);
  });
});

describe('createAreaLocator', () => {
  it('returns the finest area containing the point', () => {
    const locator = createAreaLocator([
      { key: '03', level: 'land', geometry: box(9, 52, 11, 53) },
      { key: '03241001', level: 'gemeinde', geometry: box(9.6, 52.3, 9.9, 52.45) },
      { key: '03241001002', level: 'quartier', geometry: box(9.7, 52.3, 9.8, 52.45) },
      { key: 'nogeom', level: 'quartier', geometry: null },
    ]);
    expect(locator.locate(9.75, 52.4)).toBe('03241001002');
    expect(locator.locate(9.65, 52.4)).toBe('03241001');
    expect(locator.locate(10.5, 52.5)).toBe('03');
    expect(locator.locate(12, 52.5)).toBeNull();
  });
});
