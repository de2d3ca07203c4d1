import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { computeCoverage, type CoverageAreaInput } from './computeCoverage';
import { highNeedCut } from './highNeed';
import { overlapOf, prepareProgrammes } from './programmeOverlap';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
// 0.01° of longitude at 52.4° N ≈ 0.679 km
const KM_PER_LON_DEG = 111.195 * Math.cos((52.4 * Math.PI) / 180);
const project = (id: string, lon: number, lat: number) => ({ id, name: id, type: 'Treff', foundedYear: 2000, lon, lat, synthetic: false });
const v = (value: number | null, withheld = false) => ({ value, withheld });

describe('highNeedCut', () => {
  it('top quintile of ten ranked values is the two highest; withheld and missing values are not ranked', () => {
    const values = [v(1), v(2), v(3), v(4), v(5), v(6), v(7), v(8), v(9), v(10), v(99, true), v(null)];
    const r = highNeedCut(values, 0.2, 'higher_is_need');
    expect(r.ranked).toBe(10);
    expect(r.cut).toBe(9);
    expect(r.high.map((h, i) => (h ? i : -1)).filter((i) => i >= 0)).toEqual([8, 9]);
  });

  it('lower is need: the lowest values are the top class, the cut is in the indicator unit', () => {
    const r = highNeedCut([v(5), v(1), v(3), v(2)], 0.25, 'lower_is_need');
    expect(r.cut).toBe(1);
    expect(r.high).toEqual([false, true, false, false]);
  });

  it('ties with the last area of the class are included; ceil rounds the class up', () => {
    const r = highNeedCut([v(1), v(4), v(4), v(2), v(3), v(1), v(0)], 0.1, 'higher_is_need');
    // ceil(0.1 · 7) = 1 area, but two areas share the top value 4
    expect(r.high).toEqual([false, true, true, false, false, false, false]);
    expect(() => highNeedCut([v(1)], 0, 'higher_is_need')).toThrow(RangeError);
  });

  it('nothing ranked gives no cut and no high need', () => {
    expect(highNeedCut([v(null), v(3, true)], 0.2, 'higher_is_need')).toEqual({ cut: null, ranked: 0, high: [false, false] });
  });
});

describe('overlapOf', () => {
  const area = box(9.7, 52.3, 9.8, 52.4);
  it('half covered by a programme area: share ≈ 0.5 and covered', () => {
    const r = overlapOf(area, prepareProgrammes([{ id: 'west', geometry: box(9.6, 52.3, 9.75, 52.4) }]));
    expect(r.share).toBeCloseTo(0.5, 2);
    expect(r.programmeIds).toEqual(['west']);
  });

  it('overlapping programme areas count once in the share', () => {
    const r = overlapOf(area, prepareProgrammes([
      { id: 'a', geometry: box(9.7, 52.3, 9.75, 52.4) },
      { id: 'b', geometry: box(9.72, 52.3, 9.75, 52.4) },
    ]));
    expect(r.share).toBeCloseTo(0.5, 2);
    expect(r.programmeIds.sort()).toEqual(['a', 'b']);
  });

  it('a small programme area wholly inside counts (half of it inside), a sliver at the edge does not', () => {
    const small = box(9.75, 52.35, 9.751, 52.351); // 0.01 % of the area
    const sliver = box(9.7995, 52.3, 9.9, 52.4); // 0.5 % of the area, 0.5 % of the programme area
    const r = overlapOf(area, prepareProgrammes([{ id: 'small', geometry: small }, { id: 'sliver', geometry: sliver }]));
    expect(r.programmeIds).toEqual(['small']);
    expect(r.share).toBeGreaterThan(0.0049);
    expect(r.share).toBeLessThan(0.0054);
    expect(overlapOf(area, prepareProgrammes([{ id: 'far', geometry: box(11, 53, 11.1, 53.1) }]))).toEqual({ share: 0, programmeIds: [] });
  });
});

describe('computeCoverage', () => {
  const area = (key: string, x0: number, need: number | null, population: number | null, withheld = false): CoverageAreaInput => ({
    key, name: `Gebiet ${key}`, geometry: box(x0, 52.3, x0 + 0.1, 52.4), need, withheld, population,
  });
  // Ten areas side by side, need = 1..10; A9 and A10 are the top quintile.
  const areas = Array.from({ length: 10 }, (_, i) => area(`A${i + 1}`, 8 + i * 0.1, i + 1, 1000 * (i + 1)));
  areas.push(area('S', 7.5, null, 500, true));
  areas.push(area('N', 7.3, null, 500));
  const a9x = 8 + 8 * 0.1;
  const a10x = 8 + 9 * 0.1;
  const programmes = [{ id: 'PA', geometry: box(a9x, 52.3, a9x + 0.05, 52.4) }]; // west half of A9
  const east15 = project('east-1.5km', a10x + 0.1 + 1.5 / KM_PER_LON_DEG, 52.35); // 1.5 km east of A10

  it('a high-need area with no programme area and no project within the distance is a gap', () => {
    const r = computeCoverage(areas, programmes, [east15], { share: 0.2, distanceM: 1000, polarity: 'higher_is_need' });
    const byKey = new Map(r.rows.map((row) => [row.key, row]));
    expect(r.highNeedCount).toBe(2);
    expect(r.cut).toBe(9);
    expect(byKey.get('A9')).toMatchObject({ category: 'covered', inProgramme: true, highNeed: true });
    expect(byKey.get('A10')).toMatchObject({ category: 'gap', inProgramme: false, projectWithin: false });
    expect(byKey.get('A10')?.nearestProjectM).toBeGreaterThan(1450);
    expect(byKey.get('A10')?.nearestProjectM).toBeLessThan(1550);
    expect(byKey.get('A1')).toMatchObject({ category: 'other', highNeed: false, nearestProjectM: null });
    expect(byKey.get('S')).toMatchObject({ category: 'withheld', need: null, highNeed: false });
    expect(byKey.get('N')?.category).toBe('no_data');
    expect(r).toMatchObject({ gapCount: 1, withheldCount: 1, noDataCount: 1, ranked: 10 });
  });

  it('the project within 2 km closes the gap', () => {
    const r = computeCoverage(areas, programmes, [east15], { share: 0.2, distanceM: 2000, polarity: 'higher_is_need' });
    expect(r.gapCount).toBe(0);
    expect(r.rows.find((row) => row.key === 'A10')).toMatchObject({ category: 'covered', projectWithin: true, inProgramme: false });
  });

  it('population share: population weighted by the surface share inside programme areas', () => {
    // A9: 9000 residents, half inside; A10: 10000, none inside → 4500 / 19000
    const r = computeCoverage(areas, programmes, [], { share: 0.2, distanceM: 1000, polarity: 'higher_is_need' });
    expect(r.populationShare).toBeCloseTo(4500 / 19000, 3);
    const unknown = areas.map((a) => (a.key === 'A10' ? { ...a, population: null } : a));
    const r2 = computeCoverage(unknown, programmes, [], { share: 0.2, distanceM: 1000, polarity: 'higher_is_need' });
    expect(r2.populationShare).toBeCloseTo(0.5, 3);
    expect(r2.populationUnknown).toBe(1);
  });

  it('lower is need turns the class around; a project inside the area is at 0 m', () => {
    const inside = project('inside', 8.05, 52.35);
    const r = computeCoverage(areas, programmes, [inside], { share: 0.2, distanceM: 0, polarity: 'lower_is_need' });
    const high = r.rows.filter((row) => row.highNeed).map((row) => row.key);
    expect(high).toEqual(['A1', 'A2']);
    expect(r.rows[0]).toMatchObject({ nearestProjectM: 0, projectWithin: true, category: 'covered' });
    expect(r.rows[1].category).toBe('gap');
  });
});

describe('nearestPointKm', () => {
  const area = box(9.7, 52.3, 9.8, 52.4);
  it('0 inside, the nearest outline distance outside, null beyond the search radius', async () => {
    const { nearestPointKm } = await import('./nearestPoint');
    const east = (km: number) => ({ lon: 9.8 + km / KM_PER_LON_DEG, lat: 52.35 });
    expect(nearestPointKm(area, [east(3), { lon: 9.75, lat: 52.35 }], 20)).toBe(0);
    const d = nearestPointKm(area, [east(3), east(1.2), { lon: Number.NaN, lat: 52 }], 20);
    expect(d).toBeGreaterThan(1.17);
    expect(d).toBeLessThan(1.23);
    expect(nearestPointKm(area, [east(3)], 2)).toBeNull();
    // a point that is nearer by bounding box but farther by outline: a diagonal corner vs a straight east point
    const corner = { lon: 9.8 + 0.9 / KM_PER_LON_DEG, lat: 52.4 + 0.9 / 111.2 };
    expect(nearestPointKm(area, [corner, east(1.1)], 20)).toBeCloseTo(1.1, 1);
  });
});
