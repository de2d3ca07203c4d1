import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allProblems, importTable } from './importTable';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/${path}`, import.meta.url)));

describe('importTable', () => {
  it('recognises each GENESIS fixture and plain CSV', () => {
    expect(importTable(fixture('genesis/wide_latin1.csv'), { fileName: 'w.csv' })).toMatchObject({ format: 'genesis-csv', encoding: 'windows-1252', delimiter: ';', decimal: ',' });
    expect(importTable(fixture('genesis/long_utf8_bom.csv'), { fileName: 'l.csv' })).toMatchObject({ format: 'genesis-csv', encoding: 'utf-8' });
    expect(importTable(fixture('genesis/12411-0015_flat.csv'), { fileName: 'f.csv' }).format).toBe('genesis-ffcsv');
    expect(importTable(fixture('csv/english_comma.csv'), { fileName: 'e.csv' })).toMatchObject({ format: 'csv', delimiter: ',', decimal: '.' });
  });
  it('reads a flat file from a ZIP and stops a ZIP bomb', () => {
    const zip = zipSync({ '12411-0015_de_flat.csv': fixture('genesis/12411-0015_flat.csv') });
    const result = importTable(zip, { fileName: 'x.zip' });
    expect(result.format).toBe('genesis-ffcsv');
    expect(result.table?.rows).toHaveLength(8);
    const bomb = zipSync({ 'bomb_flat.csv': new Uint8Array(30_000_000) }, { level: 9 });
    const stopped = importTable(bomb, { fileName: 'bomb.zip', zipLimits: { maxEntries: 10, maxTotalBytes: 1_000_000 } });
    expect(stopped.problems[0].code).toBe('zip_too_large');
    expect(stopped.problems[0].en).toContain('1 MB');
  });
  it('names formats it does not read yet', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<w/>') });
    expect(importTable(xlsx, { fileName: 'table.csv' })).toMatchObject({ format: 'xlsx', table: null });
    expect(importTable(strToU8('{"type":"FeatureCollection","features":[]}'), { fileName: 'a.geojson' }).format).toBe('geojson');
    expect(importTable(strToU8('GITTER_ID_100m;Einwohner\nCRS3035RES100mN2689100E4337000;4\n'), { fileName: 'z.csv' }).format).toBe('zensus-grid');
    expect(allProblems(importTable(strToU8('%PDF-1.4 x'), { fileName: 'a.pdf' }))[0].code).toBe('not_text');
  });
  it('keeps line numbers after a sep= line', () => {
    const result = importTable(fixture('csv/sep_line_trailing.csv'), { fileName: 's.csv' });
    expect(result.table?.rows.map((r) => r.line)).toEqual([3, 4]);
  });
  it('refuses an empty file and a file over the size limit', () => {
    expect(allProblems(importTable(new Uint8Array(), { fileName: 'e.csv' }))[0].code).toBe('empty_file');
    expect(allProblems(importTable(strToU8('sep=;\n'), { fileName: 'e.csv' }))[0].code).toBe('empty_file');
    expect(allProblems(importTable(strToU8('a;b\n'.repeat(100)), { fileName: 'big.csv', maxBytes: 100 }))[0].code).toBe('file_too_large');
  });
  describe('overrides chosen in the wizard', () => {
    it('headerRows = 2 fixes a header that spans two rows', () => {
      const detected = importTable(fixture('import/two_header_rows.csv'), { fileName: 'h.csv' });
      expect(allProblems(detected).some((p) => p.severity === 'error')).toBe(true);
      const fixed = importTable(fixture('import/two_header_rows.csv'), { fileName: 'h.csv', headerRows: 2 });
      expect(allProblems(fixed).filter((p) => p.severity === 'error')).toEqual([]);
      expect(fixed.table?.indicators).toEqual([{ id: expect.any(String), label: 'Einwohner', unit: '', periods: ['2020', '2021'] }]);
      expect(fixed.table?.rows.map((r) => [r.areaKey, r.period, r.value])).toEqual([
        ['03241001', '2020', 535061], ['03241001', '2021', 536925], ['03241002', '2020', 34000], ['03241002', '2021', 34100],
      ]);
      expect(fixed.table?.rows[0].line).toBe(3);
    });
    it('headerRows = 0 reads the first row as data', () => {
      const text = new TextEncoder().encode('03241001;Hannover;12,5\n03241002;Barsinghausen;7,25\n');
      const result = importTable(text, { fileName: 'n.csv', headerRows: 0, period: '2023' });
      expect(result.table?.rows.map((r) => [r.areaKey, r.value])).toEqual([['03241001', 12.5], ['03241002', 7.25]]);
      const withHeader = importTable(text, { fileName: 'n.csv', headerRows: 1, period: '2023' });
      expect(withHeader.table?.rows.map((r) => r.areaKey)).toEqual(['03241002']);
    });
    it('a key column chosen by the user keeps the city\'s own keys as text', () => {
      const detected = importTable(fixture('import/own_district_keys.csv'), { fileName: 'k.csv' });
      expect(allProblems(detected).map((p) => p.code)).toContain('no_area_key_column');
      const chosen = importTable(fixture('import/own_district_keys.csv'), { fileName: 'k.csv', keyColumn: 'Bezirk' });
      expect(allProblems(chosen).filter((p) => p.severity === 'error')).toEqual([]);
      expect(chosen.table?.keyColumn).toBe('Bezirk');
      expect(chosen.table?.rows.map((r) => [r.areaKey, r.areaName, r.value])).toEqual([['B01', 'Mitte', 1200], ['B02', 'Nord', 800], ['B03', 'Süd', 950]]);
      expect(importTable(fixture('import/own_district_keys.csv'), { fileName: 'k.csv', keyColumn: '#1' }).table?.rows[0].areaKey).toBe('B01');
      const missing = importTable(fixture('import/own_district_keys.csv'), { fileName: 'k.csv', keyColumn: 'Quartier' });
      expect(allProblems(missing).find((p) => p.code === 'key_column_not_found')?.de).toContain('Bezirk, Name, Einwohner');
    });
    it('ISO-8859-1 (windows-1252) chosen by hand shows ä correctly; UTF-8 forced does not', () => {
      const latin = importTable(fixture('import/latin1_umlauts.csv'), { fileName: 'l.csv', encoding: 'windows-1252' });
      expect(latin.encoding).toBe('windows-1252');
      expect(latin.table?.rows.map((r) => r.areaName)).toEqual(['Hämelerwald', 'Bückeburg']);
      const utf = importTable(fixture('import/latin1_umlauts.csv'), { fileName: 'l.csv', encoding: 'utf-8' });
      expect(utf.encoding).toBe('utf-8');
      expect(utf.problems.map((p) => p.code)).toContain('encoding_forced');
      expect(utf.table?.rows.map((r) => r.areaName)).not.toContain('Hämelerwald');
    });
    it('a format chosen by the user wins over detection', () => {
      const genesis = fixture('genesis/wide_latin1.csv');
      expect(importTable(genesis, { fileName: 'w.csv' }).format).toBe('genesis-csv');
      expect(importTable(genesis, { fileName: 'w.csv', format: 'csv' }).format).toBe('csv');
      const grid = new TextEncoder().encode('ID;Einwohner\nCRS3035RES1000mN3260000E4320000;4\n');
      const detected = importTable(grid, { fileName: 'g.csv' });
      expect(detected.format).toBe('zensus-grid');
      expect(detected.grid?.cells.map((c) => c.id)).toEqual(['CRS3035RES1000mN3260000E4320000']);
      const asCsv = importTable(grid, { fileName: 'g.csv', format: 'csv', keyColumn: 'ID', period: '2022' });
      expect(asCsv.format).toBe('csv');
      expect(asCsv.grid).toBeUndefined();
      expect(asCsv.table?.rows.map((r) => [r.areaKey, r.value])).toEqual([['CRS3035RES1000mN3260000E4320000', 4]]);
    });
  });
});
