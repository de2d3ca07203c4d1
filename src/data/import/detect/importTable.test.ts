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
});
