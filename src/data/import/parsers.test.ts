import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue';
import { parseAreasGeoJson } from './geojsonAreas';
import { parseLongTable } from './longTable';
import { formatProblem } from './problem';
import { parseProgrammeAreasGeoJson } from './programmeAreas';
import { parseProjectsCsv } from './projects';

const tiny = (path: string) => readFileSync(new URL(`../../../test/fixtures/tiny/${path}`, import.meta.url), 'utf8');

describe('long observations CSV', () => {
  it('keeps keys as text and maps symbols to value + status', () => {
    const { rows, problems } = parseLongTable('observations.csv', tiny('demo/observations.csv'));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(54);
    const land = rows.find((r) => r.areaKey === '03' && r.indicator === 'sgb2' && r.period === '2021');
    expect(land).toMatchObject({ value: 8, status: 'ok', numerator: 640000, denominator: 8000000 });
    const secret = rows.find((r) => r.areaKey === '03241001002' && r.indicator === 'sgb2' && r.period === '2021');
    expect(secret).toMatchObject({ value: null, status: 'secret', numerator: null, denominator: 30000 });
    const zero = rows.find((r) => r.areaKey === '03241001003' && r.indicator === 'sgb2' && r.period === '2021');
    expect(zero).toMatchObject({ value: 0, status: 'zero', numerator: 0 });
  });

  it('reports line and column of a non-numeric value in both languages', () => {
    const text = 'area_key,indicator,period,value\n03241,sgb2,2021,12.5\n03241,sgb2,2022,zwölf\n';
    const { rows, problems } = parseLongTable('obs.csv', text);
    expect(rows).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'obs.csv', line: 3, column: 'value', code: 'not_a_value' });
    expect(formatProblem(problems[0])).toMatch(/obs\.csv, Zeile 3, Spalte „value“: .*zwölf.* \/ obs\.csv, line 3, column "value": /);
  });

  it('optional status and area_name columns; status must agree with the value', () => {
    const text = 'area_key,area_name,indicator,period,value,status\n03,Niedersachsen,a,2021,(4.5),\n03,Niedersachsen,a,2022,3,unreliable\n03,N,a,2023,,secret\n';
    const { rows, problems } = parseLongTable('obs.csv', text);
    expect(rows.map((r) => [r.value, r.status, r.areaName])).toEqual([[4.5, 'limited', 'Niedersachsen'], [null, 'secret', 'N']]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'status_forbids_value']]);
  });

  it('rejects duplicates, missing columns, empty files, ragged rows, numerators of secret values', () => {
    expect(parseLongTable('o.csv', '').problems[0].code).toBe('empty_file');
    expect(parseLongTable('o.csv', 'area_key,indicator,period,value\n').problems.map((p) => p.code)).toEqual(['no_rows']);
    expect(parseLongTable('o.csv', 'area_key,indicator,value\n03,a,1\n').problems[0]).toMatchObject({ code: 'missing_column', column: 'period' });
    const dup = parseLongTable('o.csv', 'area_key,indicator,period,value\n03,a,2021,1\n03,a,2021,2\n');
    expect(dup.problems[0]).toMatchObject({ line: 3, code: 'duplicate_observation' });
    expect(parseLongTable('o.csv', 'area_key,indicator,period,value\n03,a,2021\n').problems[0].code).toBe('ragged_row');
    const leak = parseLongTable('o.csv', 'area_key,indicator,period,value,numerator,denominator\n03,a,2021,.,17,100\n');
    expect(leak.problems[0]).toMatchObject({ column: 'numerator', code: 'numerator_reveals_value' });
  });

  it('a header named __proto__ is just a column (no prototype pollution)', () => {
    const text = 'area_key,indicator,period,value,__proto__\n03,a,2021,1,{"polluted":true}\n';
    const { rows, problems } = parseLongTable('o.csv', text);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts ; as delimiter and a BOM', () => {
    const { rows, problems } = parseLongTable('o.csv', '\uFEFFarea_key;indicator;period;value\n03241001;a;2021;1.5\n');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ areaKey: '03241001', value: 1.5 });
  });
});

describe('indicator catalogue CSV', () => {
  it('parses the fixture with quoted commas', () => {
    const { indicators, problems } = parseCatalogue('indicators.csv', tiny('demo/indicators.csv'));
    expect(problems).toEqual([]);
    expect(indicators.map((i) => i.id)).toEqual(['sgb2', 'einwohner']);
    expect(indicators[0]).toMatchObject({ polarity: 'higher_is_need', scale: 100, attribution: 'Quartiersatlas, synthetisch', synthetic: true });
    expect(indicators[1]).toMatchObject({ numerator: '', scale: 1 });
  });
  it('rejects a bad polarity and a duplicate id', () => {
    const head = 'id,label_de,label_en,unit,polarity,source,licence\n';
    const { problems } = parseCatalogue('i.csv', `${head}a,A,A,%,up,S,L\na,A,A,%,neutral,S,L\n`);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 'polarity', 'not_allowed'], [3, 'id', 'duplicate_key']]);
  });
});

describe('area boundaries GeoJSON', () => {
  it('parses the fixture and computes area_km2', () => {
    const { areas, problems } = parseAreasGeoJson('q.geojson', tiny('demo/quartiere.geojson'));
    expect(problems).toEqual([]);
    expect(areas.map((a) => a.key)).toEqual(['03241001001', '03241001002', '03241001003']);
    // 0.1° × 0.15° at 52.4° N ≈ 6.8 km × 16.7 km
    expect(areas[0].areaKm2).toBeGreaterThan(105);
    expect(areas[0].areaKm2).toBeLessThan(120);
    expect(areas[0]).toMatchObject({ level: 'quartier', parentKey: '03241001', synthetic: true });
  });

  it('locates invalid JSON by line', () => {
    const { problems } = parseAreasGeoJson('bad.geojson', '{\n "type": "FeatureCollection",\n "features": [,]\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid_json', line: 3 });
    expect(problems[0].messageDe).toMatch(/Ungültiges JSON/);
    expect(problems[0].messageEn).toMatch(/Invalid JSON/);
  });

  it('refuses numeric keys, unknown levels, projected coordinates, open rings and deep nesting', () => {
    const feature = (properties: object, coordinates: unknown) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } });
    const ring = [[9, 52], [10, 52], [10, 53], [9, 52]];
    const text = JSON.stringify({ type: 'FeatureCollection', features: [
      feature({ key: 3241001, name: 'A', level: 'gemeinde' }, [ring]),
      feature({ key: 'b', name: 'B', level: 'bezirk' }, [ring]),
      feature({ key: 'c', name: 'C', level: 'gemeinde' }, [[[550000, 5800000], [560000, 5800000], [560000, 5810000], [550000, 5800000]]]),
      feature({ key: 'd', name: 'D', level: 'gemeinde' }, [[[9, 52], [10, 52], [10, 53]]]),
    ] });
    const { areas, problems } = parseAreasGeoJson('x.geojson', text);
    expect(areas).toEqual([]);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, 'key', 'not_text'], [2, 'level', 'bad_level'], [3, 'geometry', 'bad_geometry'], [4, 'geometry', 'bad_geometry'],
    ]);
    expect(parseAreasGeoJson('deep.json', '['.repeat(100000)).problems[0].code).toBe('too_deep');
  });

  it('keeps a feature without geometry (attributes kept, no area)', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { key: '03', name: 'N', level: 'land' }, geometry: null }] });
    const { areas, problems } = parseAreasGeoJson('n.geojson', text);
    expect(problems).toEqual([]);
    expect(areas[0]).toMatchObject({ key: '03', geometry: null, areaKm2: null });
  });
});

describe('programme areas and projects', () => {
  it('parse the fixtures', () => {
    const pa = parseProgrammeAreasGeoJson('pa.geojson', tiny('demo/programme-areas.geojson'));
    expect(pa.problems).toEqual([]);
    expect(pa.rows[0]).toMatchObject({ id: 'pa-1', startYear: 2019, areaKey: '03241001002', synthetic: true });
    const pr = parseProjectsCsv('projects.csv', tiny('demo/projects.csv'), true);
    expect(pr.problems).toEqual([]);
    expect(pr.rows.map((r) => [r.id, r.foundedYear, r.lon, r.lat, r.synthetic])).toEqual([
      ['p-1', 1995, 9.695, 52.4, true], ['p-2', 2005, 9.4, 52.2, true],
    ]);
  });
  it('rejects projects with bad coordinates or years', () => {
    const pr = parseProjectsCsv('p.csv', 'id,name,type,founded_year,lon,lat\na,A,T,19x5,9,52\nb,B,T,2000,550000,5800000\n');
    expect(pr.problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 'founded_year', 'not_a_number'], [3, 'lon', 'bad_coordinate']]);
  });
});
