import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../data/import/csvParse';
import { run as runImport } from './import';
import { fakeImportIo } from './fakeImportIo';
import { run as runInspect } from './inspect';

const fakeIo = fakeImportIo;
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url)));

describe('atlas inspect: GeoJSON', () => {
  it('reports the detected CRS, that it needs confirmation, and errors/warnings per feature', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { AGS: '03241001' }, geometry: { type: 'Polygon', coordinates: [[[540000, 5800000], [550000, 5800000], [550000, 5810000], [540000, 5810000], [540000, 5800000]]] } },
      { type: 'Feature', properties: { AGS: '03241002' }, geometry: { type: 'Polygon', coordinates: [[[540000, 5800000], [550000, 5810000], [550000, 5800000], [540000, 5810000], [540000, 5800000]]] } },
    ] });
    const { io, out } = fakeIo({ 'b.geojson': text });
    expect(await runInspect(['b.geojson', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ format: 'geojson', keyColumn: 'AGS', level: 'gemeinde', rows: 2 });
    expect(report.geo.crs).toMatchObject({ detected: 'EPSG:25832', candidates: ['EPSG:25832', 'EPSG:25833'], needsConfirmation: true });
    expect(report.geo.perFeature).toEqual([{ feature: 2, key: '03241002', errors: ['self_intersection'], warnings: [] }]);
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['crs_ambiguous', 'geometry_self_intersection']));

    const confirmed = fakeIo({ 'b.geojson': text });
    expect(await runInspect(['b.geojson', '--json', '--crs', 'EPSG:25832'], confirmed.io)).toBe(0);
    expect(JSON.parse(confirmed.out.join('')).geo.crs).toMatchObject({ source: 'confirmed', reprojected: true, needsConfirmation: false });
  });

  it('invalid GeoJSON: exit 1, the error names line and column', async () => {
    const { io, out } = fakeIo({ 'bad.geojson': fixture('geojson/invalid-json.geojson') });
    expect(await runInspect(['bad.geojson', '--json'], io)).toBe(1);
    expect(JSON.parse(out.join('')).errors[0]).toMatchObject({ code: 'invalid_json', line: 3 });
  });

  it('atlas import refuses GeoJSON with a clear message and writes nothing', async () => {
    const { io, written, err } = fakeIo({ 'a.geojson': '{"type":"Feature","properties":{"AGS":"03241001"},"geometry":null}' });
    expect(await runImport(['a.geojson', '--out', 'o.csv'], io)).toBe(1);
    expect(written.size).toBe(0);
    expect(err.join('\n')).toContain('not a table of values');
  });
});

describe('atlas import: xlsx and Zensus grid', () => {
  it('imports a chosen Excel sheet to the long table, keys as text', async () => {
    const xlsx = new Uint8Array(await writeXlsxFile([
      { sheet: 'Leer', data: [] },
      { sheet: 'Werte', data: [[{ value: 'AGS' }, { value: 'Name' }, { value: 'Einwohner 2023' }], [{ value: '03241001' }, { value: 'Hannover' }, { value: 548186 }]] },
    ]).toBuffer());
    const { io, written } = fakeIo({ 't.xlsx': xlsx });
    expect(await runImport(['t.xlsx', '--sheet', 'Werte', '--out', 'o.csv'], io)).toBe(0);
    const rows = parseCsvText(written.get('o.csv')!, { delimiter: ',' }).rows;
    expect(rows[1]).toEqual(['03241001', 'Hannover', 'einwohner', 'Einwohner', '', '2023', '548186', 'ok']);
  });

  it('imports a Zensus grid table; inspect reports cells and the parts-vs-total note without failing', async () => {
    const { io, written, out } = fakeIo({ 'g.csv': fixture('zensus/grid-1km-ids.csv') });
    expect(await runInspect(['g.csv', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ format: 'zensus-grid', grid: { cells: 3, cellSize: 1000 }, errors: [] });
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['parts_not_total']);
    expect(await runImport(['g.csv', '--out', 'o.csv'], io)).toBe(0);
    expect(written.get('o.csv')!.split('\r\n')[1]).toBe('CRS3035RES1000mN3260000E4320000,,zensus2022__insgesamt_bevoelkerung,Insgesamt_Bevoelkerung,,2022,1234,ok');
  });
});

describe('atlas inspect: member-project and programme-area lists', () => {
  const projects = 'Nr;Name;Art;Rechtswert;Hochwert\n1;Treff;Treff;553000,0;5809000,0\n';

  it('names the contents and the rows a list would load, asking for the zone first', async () => {
    const asked = fakeIo({ 'p.csv': projects });
    expect(await runInspect(['p.csv', '--json'], asked.io)).toBe(0);
    const first = JSON.parse(asked.out.join(''));
    expect(first).toMatchObject({ contents: 'projects', rows: 0, list: { kind: 'projects', rows: 0, crs: { needsConfirmation: true } } });
    expect(first.warnings.map((w: { code: string }) => w.code)).toEqual(['crs_ambiguous']);
    const confirmed = fakeIo({ 'p.csv': projects });
    expect(await runInspect(['p.csv', '--json', '--crs', 'EPSG:25832'], confirmed.io)).toBe(0);
    expect(JSON.parse(confirmed.out.join(''))).toMatchObject({ contents: 'projects', rows: 1, list: { rows: 1, crs: { needsConfirmation: false } } });
  });

  it('--contents reads a GeoJSON as programme areas; one without a programme exits 1 naming the feature', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'A', name: 'Nord' }, geometry: { type: 'Polygon', coordinates: [[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4], [9.7, 52.3]]] } }] });
    const { io, out, err } = fakeIo({ 'f.geojson': text });
    expect(await runInspect(['f.geojson', '--json', '--contents', 'programme-areas'], io)).toBe(1);
    expect(JSON.parse(out.join(''))).toMatchObject({ contents: 'programme-areas', errors: [{ code: 'missing_property', line: 1, column: 'programme' }] });
    expect(err.join('\n')).toContain('programme');
    const bad = fakeIo({ 'f.geojson': text });
    expect(await runInspect(['f.geojson', '--contents', 'punkte'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('Unbekannter Inhalt „punkte“');
  });
});

describe('atlas import: a project list is not a table of values', () => {
  it('says so and writes nothing; --contents table reads it as a table', async () => {
    const text = 'id;name;x;y;Einwohner 2023\n03241001;Hannover;1;2;548186\n';
    const listed = fakeIo({ 'l.csv': text });
    expect(await runImport(['l.csv', '--out', 'o.csv'], listed.io)).toBe(1);
    expect(listed.written.size).toBe(0);
    expect(listed.err.join('\n')).toContain('list of member projects');
    const table = fakeIo({ 'l.csv': text });
    expect(await runImport(['l.csv', '--contents', 'table', '--period', '2023', '--out', 'o.csv'], table.io)).toBe(0);
    const rows = parseCsvText(table.written.get('o.csv')!, { delimiter: ',' }).rows;
    expect(rows.find((r) => r[6] === '548186')?.[0]).toBe('03241001');
  });
});
