import { readFileSync } from 'node:fs';
import { area as turfArea } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { importGeoJson } from './importGeoJson';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/geojson/${name}`, import.meta.url), 'utf8');
const square = (x0: number, y0: number, d: number) => [[[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]]];
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const codes = (r: ReturnType<typeof importGeoJson>) => r.problems.map((p) => p.code);

describe('GeoJSON syntax and structure', () => {
  it('invalid JSON: error with line and column, bilingual, naming the file', () => {
    const r = importGeoJson(fixture('invalid-json.geojson'), { fileName: 'bad.geojson' });
    expect(r.problems).toHaveLength(1);
    const [p] = r.problems;
    expect(p).toMatchObject({ severity: 'error', code: 'invalid_json', file: 'bad.geojson', line: 3 });
    expect(Number(p.column)).toBeGreaterThan(40);
    expect(p.de).toMatch(/Zeile 3, Spalte \d+/);
    expect(p.en).toMatch(/line 3, column \d+/);
  });

  it('100,000-deep nesting is refused before JSON.parse (no stack overflow)', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = importGeoJson(`{"type":"FeatureCollection","features":${deep}}`, { fileName: 'deep.geojson' });
    expect(codes(r)).toEqual(['too_deep']);
    expect(r.problems[0].de).toContain('64 Ebenen');
  });

  it('brackets inside strings do not count as nesting', () => {
    const r = importGeoJson(fc([feature({ name: '['.repeat(500), AGS: '03241001' }, { type: 'Point', coordinates: [9.7, 52.4] })]), { fileName: 'a.geojson' });
    expect(codes(r)).not.toContain('too_deep');
    expect(r.features).toHaveLength(1);
  });

  it('not GeoJSON: structure error', () => {
    expect(codes(importGeoJson('{"type":"Foo"}', { fileName: 'x.json' }))).toEqual(['not_geojson']);
    expect(codes(importGeoJson('[1,2]', { fileName: 'x.json' }))).toEqual(['not_geojson']);
  });
});

describe('GeoJSON features: numbers, topology, winding, null geometry', () => {
  const wgs = (p: number[][][]) => ({ type: 'Polygon', coordinates: p });

  it('strings and NaN-like values as coordinates: feature flagged, attributes kept, excluded from area maths', () => {
    const r = importGeoJson(fc([
      feature({ AGS: '03241001' }, { type: 'Polygon', coordinates: [[[9.7, '52.3'], [9.8, 52.3], [9.8, 52.4], [9.7, 52.3]]] }),
      feature({ AGS: '03241002' }, { type: 'Point', coordinates: [1e999, 52] }),
      feature({ AGS: '03241003' }, wgs(square(9.7, 52.3, 0.1))),
    ]), { fileName: 'n.geojson' });
    expect(r.features.map((f) => f.flags.map((x) => x.code))).toEqual([['bad_coordinates'], ['bad_coordinates'], []]);
    expect(r.features[0].properties).toEqual({ AGS: '03241001' });
    expect(r.features[0].areaUsable).toBe(false);
    const p = r.problems.find((x) => x.code === 'geometry_bad_coordinates')!;
    expect(p).toMatchObject({ severity: 'warning', file: 'n.geojson', line: 1, column: 'geometry' });
    expect(p.de).toContain('Objekt 1 (AGS 03241001)');
    expect(p.en).toContain('Feature 1 (AGS 03241001)');
  });

  it('unclosed ring, < 4 positions, self-intersection: flagged, kept, not area-usable', () => {
    const r = importGeoJson(fc([
      feature({ AGS: '03241001' }, wgs([[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4], [9.7, 52.4]]])),
      feature({ AGS: '03241002' }, wgs([[[9.7, 52.3], [9.8, 52.3], [9.7, 52.3]]])),
      feature({ AGS: '03241003' }, wgs([[[9.7, 52.3], [9.8, 52.4], [9.8, 52.3], [9.7, 52.4], [9.7, 52.3]]])),
    ]), { fileName: 't.geojson' });
    expect(r.features.map((f) => f.flags[0]?.code)).toEqual(['unclosed_ring', 'too_few_positions', 'self_intersection']);
    expect(r.features.every((f) => !f.areaUsable && f.geometry !== null)).toBe(true);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(r.problems.find((p) => p.code === 'geometry_self_intersection')!.todoDe).toContain('Flächenberechnungen');
  });

  it('clockwise exterior is accepted and rewound counter-clockwise (area unchanged)', () => {
    const cw = [[[9.7, 52.3], [9.7, 52.4], [9.8, 52.4], [9.8, 52.3], [9.7, 52.3]]];
    const r = importGeoJson(fc([feature({ AGS: '03241001' }, wgs(cw))]), { fileName: 'cw.geojson' });
    const [f] = r.features;
    expect(f.flags.map((x) => x.code)).toEqual(['rewound']);
    expect(f.areaUsable).toBe(true);
    const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0];
    expect(ring).toEqual([...cw[0]].reverse());
    expect(turfArea(f.geometry!)).toBeCloseTo(turfArea({ type: 'Polygon', coordinates: cw } as never), 3);
  });

  it('null geometry keeps the attributes, with a warning', () => {
    const r = importGeoJson(fc([feature({ AGS: '03241001', GEN: 'Hannover' }, null)]), { fileName: 'null.geojson' });
    expect(r.features[0]).toMatchObject({ geometry: null, key: '03241001', properties: { GEN: 'Hannover' }, areaUsable: false });
    expect(codes(r)).toEqual(['null_geometry']);
  });

  it('operations that would take too long: vertex cap and time budget give a clear message', () => {
    const big = { type: 'Polygon', coordinates: [Array.from({ length: 501 }, (_, i) => i === 500 ? [9.7 + 0.1, 52.3] : [9.7 + 0.1 * Math.cos(i / 80 * Math.PI), 52.3 + 0.1 * Math.sin(i / 80 * Math.PI)])] };
    big.coordinates[0][500] = big.coordinates[0][0];
    const capped = importGeoJson(fc([feature({ AGS: '03241001' }, big)]), { fileName: 'big.geojson', maxVertices: 100 });
    expect(capped.features[0].flags.map((f) => f.code)).toContain('too_complex');
    let clock = 0;
    const late = importGeoJson(fc([feature({ AGS: '03241001' }, wgs(square(9.7, 52.3, 0.1))), feature({ AGS: '03241002' }, wgs(square(9.8, 52.3, 0.1)))]),
      { fileName: 'slow.geojson', timeBudgetMs: 5, now: () => (clock += 10) });
    expect(late.features.map((f) => f.flags.map((x) => x.code))).toEqual([['timed_out'], ['timed_out']]);
    expect(late.problems.filter((p) => p.code === 'geometry_timed_out')).toHaveLength(1);
    expect(late.problems[0].en).toContain('ran out of time');
  });
});

describe('GeoJSON coordinate reference systems', () => {
  it('plain WGS 84 needs no confirmation', () => {
    const r = importGeoJson(fc([feature({ AGS: '03241001' }, { type: 'Polygon', coordinates: square(9.7, 52.3, 0.1) })]), { fileName: 'w.geojson' });
    expect(r.crs).toMatchObject({ detected: 'EPSG:4326', needsConfirmation: false, reprojected: false });
    expect(r.keyProperty).toBe('AGS');
    expect(r.level).toBe('gemeinde');
  });

  it('EPSG:25832 from a legacy crs member: reprojected only after confirmation', () => {
    const text = fixture('clockwise-25832-with-crs.geojson');
    const asked = importGeoJson(text, { fileName: 'utm.geojson' });
    expect(asked.crs).toMatchObject({ detected: 'EPSG:25832', source: 'member', needsConfirmation: true, reprojected: false });
    expect(codes(asked)).toContain('crs_needs_confirmation');
    expect((asked.features[0].geometry as { coordinates: number[][][] }).coordinates[0][0][0]).toBeGreaterThan(500000);
    const done = importGeoJson(text, { fileName: 'utm.geojson', confirmCrs: 'EPSG:25832' });
    expect(done.crs).toMatchObject({ source: 'confirmed', needsConfirmation: false, reprojected: true });
    const ring = (done.features[0].geometry as { coordinates: number[][][] }).coordinates[0];
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThan(9.5);
      expect(lon).toBeLessThan(9.8);
      expect(lat).toBeGreaterThan(52.3);
      expect(lat).toBeLessThan(52.5);
    }
    expect(done.features[0].flags.map((f) => f.code)).toEqual(['rewound']);
    expect(turfArea(done.features[0].geometry!) / 1e6).toBeCloseTo(100, 0);
  });

  it('EPSG:25832 without crs member: 25832 vs 25833 is ambiguous → ask with both candidates', () => {
    const r = importGeoJson(fc([feature({ AGS: '03241001' }, { type: 'Polygon', coordinates: square(540000, 5800000, 10000) })]), { fileName: 'u.geojson' });
    expect(r.crs.candidates).toEqual(['EPSG:25832', 'EPSG:25833']);
    expect(r.crs.needsConfirmation).toBe(true);
    const p = r.problems.find((x) => x.code === 'crs_ambiguous')!;
    expect(p.de).toContain('EPSG:25833');
    expect(p.en).toContain('Please choose');
    expect(importGeoJson(fc([feature({}, { type: 'Point', coordinates: [540000, 5800000] })]), { fileName: 'u.geojson', confirmCrs: 'EPSG:25833' }).crs.reprojected).toBe(true);
    expect(codes(importGeoJson(fc([feature({}, { type: 'Point', coordinates: [540000, 5800000] })]), { fileName: 'u.geojson', confirmCrs: 'EPSG:3857' }))).toContain('crs_confirmation_mismatch');
  });

  it('EPSG:31467 (Gauß-Krüger zone 3) detected by ranges, reprojected with the datum shift', () => {
    const r = importGeoJson(fixture('gauss-krueger-31467.geojson'), { fileName: 'gk.geojson', confirmCrs: 'EPSG:31467' });
    expect(r.crs).toMatchObject({ detected: 'EPSG:31467', candidates: ['EPSG:31467'], reprojected: true });
    const [lon, lat] = (r.features[0].geometry as { coordinates: number[][][] }).coordinates[0][0];
    // Central meridian 9° E; DHDN → ETRS89 moves the point about 70 m west.
    expect(lon).toBeGreaterThan(8.998);
    expect(lon).toBeLessThan(8.9995);
    expect(lat).toBeCloseTo(52.333, 2);
  });

  it('EPSG:3857 detected and reprojected exactly', () => {
    const x = (9.5 * Math.PI / 180) * 6378137;
    const r = importGeoJson(fc([feature({}, { type: 'Point', coordinates: [x, 6_850_000] })]), { fileName: 'm.geojson', confirmCrs: 'EPSG:3857' });
    expect(r.crs.candidates).toEqual(['EPSG:3857']);
    expect((r.features[0].geometry as { coordinates: number[] }).coordinates[0]).toBeCloseTo(9.5, 9);
  });

  it('swapped lat/lon: detected, swap proposed, applied after confirmation', () => {
    const text = fc([feature({ AGS: '03241001' }, { type: 'Point', coordinates: [52.37, 9.73] })]);
    const asked = importGeoJson(text, { fileName: 's.geojson' });
    expect(asked.crs).toMatchObject({ swapped: true, needsConfirmation: true });
    expect(asked.problems.find((p) => p.code === 'crs_needs_confirmation')!.todoEn).toContain('swap-axes');
    const done = importGeoJson(text, { fileName: 's.geojson', confirmCrs: 'swap-axes' });
    expect((done.features[0].geometry as { coordinates: number[] }).coordinates).toEqual([9.73, 52.37]);
  });

  it('coordinates nowhere in Germany: error', () => {
    expect(codes(importGeoJson(fc([feature({}, { type: 'Point', coordinates: [9e9, 9e9] })]), { fileName: 'far.geojson' }))).toContain('crs_not_detected');
  });

  it('numeric 7-digit AGS key: warning with padding proposal; padded on request', () => {
    const text = fc([feature({ AGS: 3241001 }, null)]);
    const r = importGeoJson(text, { fileName: 'k.geojson' });
    expect(r.problems.find((p) => p.code === 'key_lost_zero')!.de).toContain('03241001');
    expect(importGeoJson(text, { fileName: 'k.geojson', padKeys: true }).features[0].key).toBe('03241001');
  });
});
