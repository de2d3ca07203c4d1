import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from './atlas';
import type { Connector } from './connector';
import { loadDemo } from './demo';
import { openNodeConnector } from './engine/duckdbNode';
import { createAtlasData } from './queries';

const readTiny = (path: string) => readFile(new URL(`../../test/fixtures/tiny/${path}`, import.meta.url), 'utf8');

let db: Connector;
let atlas: AtlasData;
beforeAll(async () => {
  db = await openNodeConnector();
  await loadDemo(db, readTiny);
  // The tiny fixture has no population and counts of 1–2: these tests are about the queries, so disclosure
  // control is switched off here (data/disclosure.db.test.ts tests it on the real demo).
  atlas = createAtlasData(db, { disclosure: { minCount: 1, minPopulation: 0, unknownPopulation: 'publish', secondary: false } });
});
afterAll(async () => {
  await db.close();
});

describe('AtlasData over the tiny fixture', () => {
  it('lists indicators, periods, levels, areas', async () => {
    expect((await atlas.indicators()).map((i) => i.id)).toEqual(['einwohner', 'sgb2']);
    expect(await atlas.periods('sgb2')).toEqual(['2021', '2022', '2023']);
    expect(await atlas.periods('unknown')).toEqual([]);
    expect(await atlas.levels()).toEqual(['land', 'kreis', 'gemeinde', 'quartier']);
    expect((await atlas.areas('kreis')).map((a) => [a.key, a.name, a.parentKey])).toEqual([
      ['03101', 'Braunschweig', '03'], ['03241', 'Region Hannover', '03'],
    ]);
    expect(await atlas.area('03241001')).toMatchObject({ key: '03241001', level: 'gemeinde', name: 'Hannover', vintage: '2016-12-31', synthetic: false });
    expect(await atlas.area('3241001')).toBeNull();
  });

  it('levelFigures returns value + status per area of the level', async () => {
    expect(await atlas.levelFigures('sgb2', '2021', 'quartier')).toEqual([
      { areaKey: '03241001001', value: 20, status: 'ok', numerator: 7000, denominator: 35000 },
      // A source-withheld figure loses its denominator too (disclosure engine: withheld = no counts at all).
      { areaKey: '03241001002', value: null, status: 'secret', numerator: null, denominator: null },
      { areaKey: '03241001003', value: 0, status: 'zero', numerator: 0, denominator: 40000 },
    ]);
    expect((await atlas.levelFigures('sgb2', '2023', 'kreis')).map((f) => [f.areaKey, f.value])).toEqual([['03101', 9.4], ['03241', 10.5]]);
  });

  it('boundaries are GeoJSON features with key properties', async () => {
    const fc = await atlas.boundaries('quartier');
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.key)).toEqual(['03241001001', '03241001002', '03241001003']);
    expect(fc.features[1].properties).toEqual({ key: '03241001002', name: 'Mitte', level: 'quartier', parentKey: '03241001', synthetic: true });
    expect(fc.features[1].geometry.type).toBe('Polygon');
  });

  it('programme areas, projects, datasets', async () => {
    const pa = await atlas.programmeAreas();
    expect(pa.features.map((f) => f.properties)).toEqual([
      { id: 'pa-1', name: 'Mitte-Ost', programme: 'Sozialer Zusammenhalt', startYear: 2019, areaKey: '03241001002', synthetic: true },
    ]);
    expect((await atlas.projects()).map((p) => [p.id, p.areaKey, p.foundedYear])).toEqual([['p-1', '03241001001', 1995], ['p-2', '03241002', 2005]]);
    const ds = await atlas.datasets();
    expect(ds.map((d) => d.id)).toEqual(['tiny-boundaries', 'tiny-demo']);
    expect(ds[0].importedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d/);
  });
});

describe('profile of Quartier 03241001001 (Linden-Nord) in 2021', () => {
  it('references go Quartier → city → Kreis → Land, ranks are within the level', async () => {
    const profile = await atlas.profile('03241001001', '2021');
    expect(profile.area.key).toBe('03241001001');
    expect(profile.ancestors.map((a) => a.key)).toEqual(['03', '03241', '03241001']);
    const sgb2 = profile.lines.find((l) => l.indicator.id === 'sgb2')!;
    expect(sgb2.figure).toEqual({ value: 20, status: 'ok', numerator: 7000, denominator: 35000 });
    // 2021 quartier values: 20, secret, 0 → 20 is first of the two areas with a value
    expect([sgb2.rank, sgb2.rankOf]).toEqual([1, 2]);
    expect(sgb2.references.map((r) => [r.areaKey, r.areaName, r.level, r.value])).toEqual([
      ['03241001', 'Hannover', 'gemeinde', 14], ['03241', 'Region Hannover', 'kreis', 11], ['03', 'Niedersachsen', 'land', 8],
    ]);
    expect(sgb2.series).toEqual([
      { period: '2021', value: 20, status: 'ok' }, { period: '2022', value: 19, status: 'ok' }, { period: '2023', value: 18, status: 'ok' },
    ]);
    expect(sgb2.referenceSeries).toEqual([{ areaName: 'Hannover', points: [
      { period: '2021', value: 14 }, { period: '2022', value: 13.5 }, { period: '2023', value: 13 },
    ] }]);
    const residents = profile.lines.find((l) => l.indicator.id === 'einwohner')!;
    // 35000 vs 30000 and 40000 → second
    expect([residents.rank, residents.rankOf]).toEqual([2, 3]);
    expect(profile.synthetic).toBe(true);
    expect(profile.sources).toEqual([{ source: 'Synthetische Demodaten', licence: 'CC0-1.0', attribution: 'Quartiersatlas, synthetisch', referenceDate: '31.12.' }]);
  });

  it('a secret figure has no rank; the zero figure ranks last', async () => {
    const mitte = await atlas.profile('03241001002', '2021');
    const sgb2 = mitte.lines.find((l) => l.indicator.id === 'sgb2')!;
    expect(sgb2.figure.status).toBe('secret');
    expect(sgb2.rank).toBeNull();
    expect(sgb2.rankOf).toBe(2);
    const sued = await atlas.profile('03241001003', '2021');
    expect(sued.lines.find((l) => l.indicator.id === 'sgb2')!.rank).toBe(2);
  });

  it('nearby: the project inside (distance 0) and the programme area 1.4 km away is not', async () => {
    const linden = await atlas.profile('03241001001', '2021');
    expect(linden.nearby.map((n) => [n.id, n.kind, n.distanceKm])).toEqual([['p-1', 'project', 0]]);
    const mitte = await atlas.profile('03241001002', '2021');
    expect(mitte.nearby.map((n) => [n.id, n.kind])).toEqual([['pa-1', 'programme_area'], ['p-1', 'project']]);
    expect(mitte.nearby[0].distanceKm).toBe(0);
    expect(mitte.nearby[1].distanceKm).toBeGreaterThan(0.3);
    expect(mitte.nearby[1].distanceKm).toBeLessThan(0.4);
  });

  it('a Land profile has no references; an unknown area is an error', async () => {
    const land = await atlas.profile('03', '2022');
    expect(land.ancestors).toEqual([]);
    expect(land.lines.every((l) => l.references.length === 0 && l.referenceSeries.length === 0)).toBe(true);
    await expect(atlas.profile('99', '2022')).rejects.toThrow(/unbekannt.*unknown/);
  });

  it('a period without data gives missing figures, not errors', async () => {
    const profile = await atlas.profile('03241001001', '1999');
    expect(profile.lines.map((l) => [l.figure.status, l.rank, l.rankOf])).toEqual([['missing', null, 0], ['missing', null, 0]]);
  });
});
