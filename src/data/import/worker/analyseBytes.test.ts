import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { analyseBytes } from './analyseBytes';

async function workbook(): Promise<Uint8Array> {
  const buffer = await writeXlsxFile([
    { sheet: 'Hinweise', data: [[{ value: 'Quelle: Stadt' }]] },
    { sheet: 'Daten', data: [
      [{ value: 'AGS' }, { value: 'Einwohner 2023' }],
      [{ value: '03241001' }, { value: 548186 }],
      [{ value: '03101000' }, { value: 252000 }],
    ] },
    { sheet: 'Zweites', data: [
      [{ value: 'AGS' }, { value: 'Quote 2023' }],
      [{ value: '03102000' }, { value: 8.5 }],
    ] },
  ]).toBuffer();
  return new Uint8Array(buffer);
}

describe('worker routing (analyseBytes)', () => {
  it('an xlsx workbook goes to the xlsx importer: keys keep their zero, the sheet with keys is chosen', async () => {
    const result = await analyseBytes(await workbook(), { fileName: 'daten.xlsx' });
    expect(result.format).toBe('xlsx');
    expect(result.table?.rows.map((r) => r.areaKey)).toEqual(['03241001', '03101000']);
    expect(result.table?.rows.map((r) => r.value)).toEqual([548186, 252000]);
  });

  it('the sheet option picks another sheet by name or number', async () => {
    const bytes = await workbook();
    const byName = await analyseBytes(bytes, { fileName: 'daten.xlsx', sheet: 'Zweites' });
    const byNumber = await analyseBytes(bytes, { fileName: 'daten.xlsx', sheet: '3' });
    expect(byName.table?.rows.map((r) => [r.areaKey, r.value])).toEqual([['03102000', 8.5]]);
    expect(byNumber.table?.rows.map((r) => [r.areaKey, r.value])).toEqual([['03102000', 8.5]]);
    const missing = await analyseBytes(bytes, { fileName: 'daten.xlsx', sheet: 'Gibtsnicht' });
    expect(missing.table).toBeNull();
    expect(missing.problems[0].code).toBe('sheet_not_found');
  });

  it('CSV text and a non-Office ZIP still go to the text/ZIP detector', async () => {
    const csv = await analyseBytes(new TextEncoder().encode('AGS;Wert 2023\n03241001;12,5\n'), { fileName: 'a.csv' });
    expect(csv.format).not.toBe('xlsx');
    expect(csv.table?.rows.map((r) => [r.areaKey, r.value])).toEqual([['03241001', 12.5]]);
    const zip = await analyseBytes(zipSync({ 'notes.txt': new TextEncoder().encode('hallo') }), { fileName: 'x.zip' });
    expect(zip.format).not.toBe('xlsx');
  });
});
