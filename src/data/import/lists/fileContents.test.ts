import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toWgs84 } from '../../../analysis/geometry/crs';
import { analyseBytes } from '../worker/analyseBytes';
import { importTable } from '../detect/importTable';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/lists/${name}`, import.meta.url)));
const square = (x: number, y: number) => [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]];
const collection = (features: Array<{ properties: Record<string, unknown>; geometry: unknown }>) =>
  bytes(JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) }));

describe('what a file holds: detected, changeable', () => {
  it('a CSV with id, name and lon/lat is a member-project list, unless the user reads it as a table', () => {
    const list = importTable(fixture('projects-wgs84.csv'), { fileName: 'p.csv' });
    expect(list.contents).toBe('projects');
    expect(list.table).toBeNull();
    expect(list.list?.kind === 'projects' && list.list.result.rows.map((p) => [p.id, p.lon, p.lat])).toEqual([['P1', 9.73, 52.37], ['P2', 9.75, 52.39]]);
    const table = importTable(fixture('projects-wgs84.csv'), { fileName: 'p.csv', contents: 'table' });
    expect(table.list).toBeUndefined();
    expect(table.table).not.toBeNull();
  });

  it('an indicator table is not taken for a list', () => {
    const t = importTable(bytes('AGS;Name;Einwohner 2023\n03241001;Hannover;548186\n'), { fileName: 't.csv' });
    expect(t.contents).toBeUndefined();
    expect(t.table?.rows[0]).toMatchObject({ areaKey: '03241001', value: 548186 });
  });

  it('a UTM list asks for the zone (a warning, not an error) and converts once it is confirmed', () => {
    const asked = importTable(fixture('projects-utm.csv'), { fileName: 'utm.csv' });
    expect(asked.problems.map((p) => [p.severity, p.code, p.column])).toEqual([['warning', 'crs_ambiguous', 'Rechtswert']]);
    expect(asked.list?.result.crs).toMatchObject({ candidates: ['EPSG:25832', 'EPSG:25833'], needsConfirmation: true });
    const done = importTable(fixture('projects-utm.csv'), { fileName: 'utm.csv', confirmCrs: 'EPSG:25832' });
    expect(done.problems).toEqual([]);
    const [lon, lat] = toWgs84('EPSG:25832')!([553000, 5809000]);
    expect(done.list?.kind === 'projects' && done.list.result.rows[0]).toMatchObject({ id: '1', name: 'Stadtteiltreff Sahlkamp', lon, lat, line: 2 });
  });

  it('GeoJSON points are projects; polygons naming a programme are programme areas; other polygons are areas', () => {
    const points = importTable(collection([{ properties: { Nr: 7, Bezeichnung: 'Treff', Art: 'Treff', Seit: 2012 }, geometry: { type: 'Point', coordinates: [9.7, 52.3] } }]), { fileName: 'p.geojson' });
    expect(points.contents).toBe('projects');
    expect(points.list?.kind === 'projects' && points.list.result.rows[0]).toMatchObject({ id: '7', name: 'Treff', type: 'Treff', foundedYear: 2012, lon: 9.7, lat: 52.3, line: 1 });

    const programme = importTable(collection([{ properties: { id: 'SZ-1', Gebiet: 'Sahlkamp', Programm: 'Sozialer Zusammenhalt', Aufnahmejahr: 2019 }, geometry: { type: 'Polygon', coordinates: square(9.7, 52.3) } }]), { fileName: 'f.geojson' });
    expect(programme.contents).toBe('programme-areas');
    expect(programme.list?.kind === 'programme-areas' && programme.list.result.rows[0]).toMatchObject({ id: 'SZ-1', name: 'Sahlkamp', programme: 'Sozialer Zusammenhalt', startYear: 2019, areaKey: null });

    const areas = importTable(collection([{ properties: { key: 'B1', name: 'Mitte' }, geometry: { type: 'Polygon', coordinates: square(9.7, 52.3) } }]), { fileName: 'a.geojson' });
    expect(areas.contents).toBe('areas');
    expect(areas.list).toBeUndefined();
  });

  it('programme areas without a programme are refused naming the feature, or take the programme the user gives', () => {
    const file = collection([
      { properties: { id: 'A', name: 'Nord' }, geometry: { type: 'Polygon', coordinates: square(9.7, 52.3) } },
      { properties: { id: 'B', name: 'Süd' }, geometry: { type: 'Polygon', coordinates: square(9.8, 52.3) } },
    ]);
    const refused = importTable(file, { fileName: 'f.geojson', contents: 'programme-areas' });
    expect(refused.problems.map((p) => [p.severity, p.code, p.line, p.unit, p.column])).toEqual([
      ['error', 'missing_property', 1, 'feature', 'programme'], ['error', 'missing_property', 2, 'feature', 'programme'],
    ]);
    expect(refused.problems[0].todoEn).toContain('import wizard');
    const given = importTable(file, { fileName: 'f.geojson', contents: 'programme-areas', defaultProgramme: 'Soziale Stadt' });
    expect(given.problems).toEqual([]);
    expect(given.list?.result.rows.map((r) => ('programme' in r ? r.programme : ''))).toEqual(['Soziale Stadt', 'Soziale Stadt']);
  });

  it('an Excel sheet with coordinates is a project list; keys stay text', async () => {
    const xlsx = new Uint8Array(await writeXlsxFile([
      [{ value: 'Kennung' }, { value: 'Projektname' }, { value: 'Typ' }, { value: 'lon' }, { value: 'lat' }],
      [{ value: '007' }, { value: 'Nachbarschaftsladen' }, { value: 'Laden' }, { value: 9.74 }, { value: 52.38 }],
    ]).toBuffer());
    const r = await analyseBytes(xlsx, { fileName: 'p.xlsx' });
    expect(r.contents).toBe('projects');
    expect(r.list?.kind === 'projects' && r.list.result.rows).toMatchObject([{ id: '007', name: 'Nachbarschaftsladen', type: 'Laden', lon: 9.74, lat: 52.38, line: 2 }]);
  });

  it('a bad coordinate names file, line and column', () => {
    const r = importTable(bytes('id;name;lon;lat\n1;A;9,7;52,3\n2;B;neun;52,4\n'), { fileName: 'b.csv' });
    expect(r.problems.map((p) => [p.severity, p.code, p.file, p.line, p.column])).toEqual([['error', 'bad_coordinate', 'b.csv', 3, 'lon']]);
  });
});
