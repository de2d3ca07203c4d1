import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTable } from '../detect/importTable';
import { buildAreaLayer, featureProperties, proposeNameProperty } from './areaLayer';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/import/${name}`, import.meta.url)));

describe('boundary layer from a GeoJSON', () => {
  it('asks 25832 or 25833 for UTM coordinates without a crs member and loads nothing before', () => {
    const asked = importTable(fixture('districts-utm.geojson'), { fileName: 'd.geojson' });
    expect(asked.geo?.crs).toMatchObject({ needsConfirmation: true, candidates: ['EPSG:25832', 'EPSG:25833'], reprojected: false });
    expect(asked.problems.map((p) => p.code)).toContain('crs_ambiguous');
    const layer = buildAreaLayer(asked.geo!, { keyProperty: 'BEZ_ID', nameProperty: 'BEZ_NAME', level: 'quartier', parentKey: '03241001' });
    expect(layer.inWgs84).toBe(false);
    expect(layer.areas.every((a) => a.geometry === null)).toBe(true);
  });

  it('reprojects after 25832 is confirmed: the districts lie in Hannover, keys and names as chosen', () => {
    const geo = importTable(fixture('districts-utm.geojson'), { fileName: 'd.geojson', confirmCrs: 'EPSG:25832' }).geo!;
    expect(geo.crs).toMatchObject({ detected: 'EPSG:25832', source: 'confirmed', reprojected: true, needsConfirmation: false });
    expect(featureProperties(geo)).toEqual(['BEZ_ID', 'BEZ_NAME', 'FLAECHE_HA']);
    expect(proposeNameProperty(geo, 'BEZ_ID')).toBe('BEZ_NAME');
    const layer = buildAreaLayer(geo, { keyProperty: 'BEZ_ID', nameProperty: 'BEZ_NAME', level: 'quartier', parentKey: '03241001' });
    expect(layer.inWgs84).toBe(true);
    expect(layer.areas.map((a) => [a.key, a.name, a.level, a.parentKey])).toEqual([
      ['B01', 'Mitte', 'quartier', '03241001'], ['B02', 'Nord', 'quartier', '03241001'], ['B03', 'Süd', 'quartier', '03241001'],
    ]);
    const [lon, lat] = (layer.areas[0].geometry!.coordinates as number[][][])[0][0];
    // 548000 E / 5801000 N in UTM 32 is about 9.70° E, 52.35° N (Hannover).
    expect(lon).toBeCloseTo(9.70, 1);
    expect(lat).toBeCloseTo(52.35, 1);
    // The clockwise third ring is rewound (a warning, not a flag) and stays drawable.
    expect(layer.flagged).toEqual([]);
    expect(layer.areas[2].geometry).not.toBeNull();
  });

  it('25833 confirmed puts the same numbers somewhere else (the question matters)', () => {
    const geo = importTable(fixture('districts-utm.geojson'), { fileName: 'd.geojson', confirmCrs: 'EPSG:25833' }).geo!;
    const layer = buildAreaLayer(geo, { keyProperty: 'BEZ_ID', nameProperty: null, level: 'quartier', parentKey: null });
    const [lon] = (layer.areas[0].geometry!.coordinates as number[][][])[0][0];
    expect(lon).toBeGreaterThan(15);
    expect(layer.areas[0].name).toBe('B01');
  });

  it('keeps an invalid feature flagged, names left-out features by number and key, refuses clashing keys', () => {
    const geo = importTable(fixture('districts-25832-crs-flagged.geojson'), { fileName: 'f.geojson', confirmCrs: 'EPSG:25832' }).geo!;
    expect(geo.crs.source).toBe('confirmed');
    const layer = buildAreaLayer(geo, { keyProperty: 'BEZ_ID', nameProperty: 'BEZ_NAME', level: 'quartier', parentKey: null }, new Set(['B02']));
    expect(layer.areas.map((a) => a.key)).toEqual(['B01', 'B03', 'B04']);
    expect(layer.flagged).toEqual([{ feature: 4, key: 'B04', codes: ['self_intersection'], drawn: true }]);
    expect(layer.areas[2].flags).toEqual(['self_intersection']);
    expect(layer.skipped).toEqual([{ feature: 2, key: 'B02', reason: 'key_exists' }, { feature: 5, key: null, reason: 'no_key' }]);
  });

  it('the member crs needs no question but still a confirmation before converting', () => {
    const geo = importTable(fixture('districts-25832-crs-flagged.geojson'), { fileName: 'f.geojson' }).geo!;
    expect(geo.crs).toMatchObject({ detected: 'EPSG:25832', source: 'member', candidates: ['EPSG:25832'], needsConfirmation: true });
  });
});
