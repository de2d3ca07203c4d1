import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { openNodeConnector } from '../engine/duckdbNode';
import { bulkImportCsv } from './bulkCsv';
import { importTable } from './detect/importTable';

let db: Connector;
beforeAll(async () => { db = await openNodeConnector(); }, 60_000);
afterAll(async () => { await db.close(); });

const CSV = [
  'AGS;Gemeinde;Einwohner 2023;Arbeitslosenquote 2023',
  '03241001;Hannover;545.045;7,1',
  '03101000;Braunschweig;-;(6,2)',
  '03102000;Salzgitter;.;x',
  '03103000;Wolfsburg;;5',
].join('\r\n');

describe('bulk CSV fast path (DuckDB read_csv + SQL normalisation)', () => {
  it('gives the same long rows as the JS importer: keys text, German numbers, symbols as statuses', async () => {
    const result = await bulkImportCsv(db, CSV, { fileName: 'small.csv', table: 'bulk_small' });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, rows: 8, delimiter: ';', decimal: ',', keyColumn: 'AGS' });
    const rows = await db.query('SELECT area_key, area_name, label, period, value, status FROM bulk_small ORDER BY area_key, label');
    const js = importTable(new TextEncoder().encode(CSV), { fileName: 'small.csv' }).table!.rows
      .map((r) => ({ area_key: r.areaKey, area_name: r.areaName, label: r.label, period: r.period, value: r.value, status: r.status }))
      .sort((a, b) => a.area_key.localeCompare(b.area_key) || a.label.localeCompare(b.label));
    expect(rows).toEqual(js);
    expect(rows.find((r) => r.area_key === '03241001' && r.label === 'Einwohner')!.value).toBe(545045);
    expect(rows.find((r) => r.area_key === '03101000' && r.label === 'Arbeitslosenquote')).toMatchObject({ value: 6.2, status: 'limited' });
  });

  it('rejects a file with a cell that is neither number nor symbol, naming the first line; nothing left behind', async () => {
    const result = await bulkImportCsv(db, `${CSV}\r\n03151009;Gifhorn;abc;1`, { fileName: 'bad.csv', table: 'bulk_bad' });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'invalid_value', line: 6, file: 'bad.csv' });
    expect(await db.query("SELECT * FROM information_schema.tables WHERE table_name LIKE 'bulk_bad%'")).toEqual([]);
    const nan = await bulkImportCsv(db, `${CSV}\r\n03151009;Gifhorn;nan;inf`, { fileName: 'nan.csv', table: 'bulk_nan' });
    expect(nan.problems[0]).toMatchObject({ code: 'invalid_value', line: 6 });
    expect(nan.problems[0].de).toContain('2 Zellen');
  });

  it('warns about 7-digit keys whose leading zero was lost, keeping them as text', async () => {
    const result = await bulkImportCsv(db, 'AGS;Einwohner 2023\n3241001;5\n3101000;6\n', { fileName: 'lost.csv', table: 'bulk_lost' });
    expect(result.problems.map((p) => p.code)).toEqual(['key_lost_zero']);
    expect((await db.query('SELECT area_key FROM bulk_lost ORDER BY 1')).map((r) => r.area_key)).toEqual(['3101000', '3241001']);
  });
});
