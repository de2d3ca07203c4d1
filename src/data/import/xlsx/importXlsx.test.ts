import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importXlsx, isXlsx } from './importXlsx';

/** Builds the fixture workbook with a maintained writer: a title, a two-row header, text and numeric keys. */
async function workbook(): Promise<Uint8Array> {
  const buffer = await writeXlsxFile([
    { sheet: 'Hinweise', data: [[{ value: 'Quelle: Stadt' }]] },
    {
      sheet: 'Daten',
      data: [
        [{ value: 'Bevölkerung und Arbeitslose' }],
        [{ value: 'AGS' }, { value: 'Gemeinde' }, { value: 'Einwohner' }, null, { value: 'Arbeitslose' }],
        [null, null, { value: '2022' }, { value: '2023' }, { value: '2023' }],
        [{ value: '03241001' }, { value: 'Hannover' }, { value: 545045 }, { value: 548186 }, { value: 7.1 }],
        [{ value: 3101000 }, { value: 'Braunschweig' }, { value: 251804 }, { value: 252000 }, { value: '-' }],
        [{ value: '03102000' }, { value: 'Salzgitter' }, { value: '.' }, { value: 104000 }, { value: 8.5 }],
      ],
    },
  ]).toBuffer();
  return new Uint8Array(buffer);
}

describe('xlsx import', () => {
  it('recognises a workbook', async () => {
    expect(isXlsx(await workbook())).toBe(true);
    expect(isXlsx(new TextEncoder().encode('AGS;x\n'))).toBe(false);
  });

  it('chosen sheet, title, two-row header, text keys keep their zero, numeric 7-digit key warned with padding proposal', async () => {
    const r = await importXlsx(await workbook(), { fileName: 'tab.xlsx', sheet: 'Daten' });
    const table = r.table!;
    expect(r.format).toBe('xlsx');
    expect(table.provenance.title).toBe('Bevölkerung und Arbeitslose');
    expect(table.indicators.map((i) => [i.label, i.periods])).toEqual([['Einwohner', ['2022', '2023']], ['Arbeitslose', ['2023']]]);
    const hannover = table.rows.filter((row) => row.areaKey === '03241001');
    expect(hannover.map((row) => row.value)).toEqual([545045, 548186, 7.1]);
    expect(table.rows.find((row) => row.areaKey === '03102000' && row.period === '2022')).toMatchObject({ status: 'secret', value: null });
    expect(table.rows.find((row) => row.areaName === 'Braunschweig' && row.label === 'Arbeitslose')).toMatchObject({ status: 'zero' });
    const lost = table.problems.find((p) => p.code === 'key_lost_zero')!;
    expect(lost).toMatchObject({ severity: 'warning', line: 5, file: 'tab.xlsx [Daten]' });
    expect(lost.de).toContain('03101000');
    expect(lost.todoEn).toContain('--pad-keys');
  });

  it('pads the key after confirmation', async () => {
    const r = await importXlsx(await workbook(), { fileName: 'tab.xlsx', sheet: '2', padKeys: true });
    expect(r.table!.rows.some((row) => row.areaKey === '03101000')).toBe(true);
    expect(r.table!.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('unknown sheet: error listing the sheets; no sheet given: the sheet with area keys, and a warning naming the others', async () => {
    const missing = await importXlsx(await workbook(), { fileName: 'tab.xlsx', sheet: 'Tabelle9' });
    expect(missing.problems[0]).toMatchObject({ code: 'sheet_not_found', severity: 'error' });
    expect(missing.problems[0].en).toContain('Hinweise, Daten');
    const first = await importXlsx(await workbook(), { fileName: 'tab.xlsx' });
    expect(first.problems[0]).toMatchObject({ code: 'sheet_chosen', severity: 'warning' });
    expect(first.problems[0].de).toContain('Blatt „Daten“ gelesen; weitere Blätter mit Daten: Hinweise');
    expect(first.table!.rows.length).toBe(9);
  });

  it('a damaged workbook is an error, not a crash', async () => {
    const bytes = await workbook();
    const r = await importXlsx(bytes.slice(0, 200), { fileName: 'broken.xlsx' });
    expect(r.table).toBeNull();
    expect(r.problems[0]).toMatchObject({ code: 'xlsx_unreadable', severity: 'error' });
  });
});
