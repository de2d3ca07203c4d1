import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toWgs84 } from '../../../analysis/geometry/crs';
import { programmeAreasFromGeoJson } from './programmeAreaList';
import { projectsFromCsv, projectsFromGeoJson, projectsFromRows } from './projectList';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/lists/${name}`, import.meta.url), 'utf8');

describe('member project lists', () => {
  it('WGS 84 lon/lat CSV → projects directly', () => {
    const r = projectsFromCsv('p.csv', fixture('projects-wgs84.csv'));
    expect(r.problems).toEqual([]);
    expect(r.rows.map((p) => [p.id, p.name, p.type, p.lon, p.lat, p.line])).toEqual([['P1', 'Quartierstreff', 'Treff', 9.73, 52.37, 2], ['P2', 'Elterncafe', 'Cafe', 9.75, 52.39, 3]]);
  });

  it('UTM easting/northing with decimal commas: 32N vs 33N asked first, converted after confirmation', () => {
    const asked = projectsFromCsv('utm.csv', fixture('projects-utm.csv'));
    expect(asked.rows).toEqual([]);
    expect(asked.crs).toMatchObject({ candidates: ['EPSG:25832', 'EPSG:25833'], needsConfirmation: true });
    expect(asked.problems[0]).toMatchObject({ code: 'crs_ambiguous', file: 'utm.csv', column: 'Rechtswert' });
    const done = projectsFromCsv('utm.csv', fixture('projects-utm.csv'), { confirmCrs: 'EPSG:25832' });
    expect(done.problems).toEqual([]);
    const [lon, lat] = toWgs84('EPSG:25832')!([553000, 5809000]);
    expect(done.rows[0]).toMatchObject({ id: '1', name: 'Stadtteiltreff Sahlkamp', type: 'Treff', foundedYear: 2004, lon, lat, line: 2 });
    expect(done.rows[1].lon).toBeGreaterThan(9.6);
  });

  it('a zone in the column name narrows the choice to one system (still confirmed before conversion)', () => {
    const r = projectsFromRows('z.xlsx', ['id', 'name', 'UTM32_Ost', 'UTM32_Nord'], [{ line: 2, cells: ['a', 'A', '553000', '5809000'] }]);
    expect(r.crs).toMatchObject({ candidates: ['EPSG:25832'], needsConfirmation: true });
    expect(r.problems[0].code).toBe('crs_needs_confirmation');
  });

  it('missing columns, bad numbers and duplicate ids name line and column', () => {
    expect(projectsFromCsv('m.csv', 'name;lon;lat\nA;9.7;52.3\n').problems[0]).toMatchObject({ code: 'missing_column', column: 'id' });
    const r = projectsFromCsv('b.csv', 'id;name;lon;lat\n1;A;9,7;52,3\n1;B;9,8;52,4\n2;C;abc;52,4\n');
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['bad_coordinate', 4, 'lon'], ['duplicate_key', 3, 'id']]);
    expect(r.rows.map((p) => [p.lon, p.lat])).toEqual([[9.7, 52.3]]);
  });

  it('GeoJSON points → projects', () => {
    const r = projectsFromGeoJson('p.geojson', JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'P1', name: 'Treff', type: 'Treff', founded_year: 2010 }, geometry: { type: 'Point', coordinates: [9.73, 52.37] } },
    ] }));
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ id: 'P1', lon: 9.73, lat: 52.37, foundedYear: 2010, line: 1 });
  });
});

describe('programme area lists from GeoJSON', () => {
  const area = (coordinates: number[][][], properties: Record<string, unknown> = { id: 'SZ-1', name: 'Sahlkamp', programme: 'Sozialer Zusammenhalt', start_year: 2019 }) =>
    JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } }] });

  it('a clockwise UTM polygon is rewound and reprojected after confirmation', () => {
    const utm = [[[553000, 5809000], [553000, 5810000], [554000, 5810000], [554000, 5809000], [553000, 5809000]]];
    expect(programmeAreasFromGeoJson('a.geojson', area(utm)).problems[0].code).toBe('crs_ambiguous');
    const r = programmeAreasFromGeoJson('a.geojson', area(utm), { confirmCrs: 'EPSG:25832' });
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ id: 'SZ-1', programme: 'Sozialer Zusammenhalt', startYear: 2019, areaKey: null });
    const [lon] = (r.rows[0].geometry as { coordinates: number[][][] }).coordinates[0][0];
    expect(lon).toBeGreaterThan(9.7);
  });

  it('a self-intersecting area or missing property rejects the list, naming the feature', () => {
    const bow = [[[9.7, 52.3], [9.8, 52.4], [9.8, 52.3], [9.7, 52.4], [9.7, 52.3]]];
    expect(programmeAreasFromGeoJson('a.geojson', area(bow)).problems[0]).toMatchObject({ code: 'geometry_self_intersection', line: 1, unit: 'feature' });
    const square = [[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4], [9.7, 52.4], [9.7, 52.3]]];
    expect(programmeAreasFromGeoJson('a.geojson', area(square, { id: 'X', name: 'Y' })).problems[0]).toMatchObject({ code: 'missing_property', column: 'programme' });
  });
});
