import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../decode';
import { isFfcsvHeader, parseFfcsv } from './ffcsv';

const text = (() => {
  const decoded = decodeBytes(new Uint8Array(readFileSync(new URL('../../../../test/fixtures/genesis/12411-0015_flat.csv', import.meta.url))), { fileName: 'f.csv' });
  if (!decoded.ok) throw new Error('fixture');
  return decoded.text;
})();

describe('parseFfcsv (current flat file layout)', () => {
  const result = parseFfcsv(text, { fileName: '12411-0015_flat.csv', delimiter: ';' });
  it('recognises the header', () => {
    expect(isFfcsvHeader(text.split('\n')[0].split(';'))).toBe(true);
    expect(isFfcsvHeader(['Kreis', 'Wert'])).toBe(false);
  });
  it('finds the area variable, the breakdown and the periods', () => {
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('genesis-ffcsv');
    expect(result.provenance.tableCode).toBe('12411');
    expect(result.keyColumn).toBe('1_variable_attribute_code');
    expect(result.level).toBe('kreis');
    expect(result.indicators.map((i) => [i.id, i.label, i.unit, i.periods])).toEqual([
      ['12411__bevoelkerungsstand__maennlich', 'Bevölkerungsstand – männlich', 'Personen', ['2022', '2023']],
      ['12411__bevoelkerungsstand__weiblich', 'Bevölkerungsstand – weiblich', 'Personen', ['2022', '2023']],
    ]);
  });
  it('reads values with the decimal comma and statuses from the _q column', () => {
    const get = (key: string, label: string, period: string) => result.rows.find((r) => r.areaKey === key && r.label.endsWith(label) && r.period === period);
    expect(get('03101', 'männlich', '2023')).toMatchObject({ value: 124312, status: 'ok', line: 2, areaName: 'Braunschweig, kreisfreie Stadt' });
    expect(get('03101', 'männlich', '2022')).toMatchObject({ value: 123985, status: 'ok' });
    expect(get('03241', 'weiblich', '2023')).toMatchObject({ value: null, status: 'secret' });
    expect(get('03159', 'männlich', '2023')).toMatchObject({ value: null, status: 'zero' });
    expect(get('03101', 'weiblich', '2022')).toMatchObject({ value: null, status: 'blocked' });
    expect(result.rows).toHaveLength(8);
  });
});

describe('parseFfcsv (older layout with CODE__Label__Unit columns)', () => {
  it('reads one indicator per value column, quality from its __q column', () => {
    const old = [
      'Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;1_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl;BEVSTD__Bevoelkerungsstand__q',
      '12411;Bevölkerung;STAG;Stichtag;31.12.2022;KREISE;Kreise;03101;Braunschweig;248.823;e',
      '12411;Bevölkerung;STAG;Stichtag;31.12.2022;KREISE;Kreise;03102;Salzgitter;...;...',
    ].join('\n');
    const result = parseFfcsv(old, { fileName: 'old.csv', delimiter: ';' });
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.areaKey, r.label, r.unit, r.period, r.value, r.status])).toEqual([
      ['03101', 'Bevoelkerungsstand', 'Anzahl', '2022', 248823, 'ok'],
      ['03102', 'Bevoelkerungsstand', 'Anzahl', '2022', null, 'not_yet'],
    ]);
  });
  it('refuses a flat file without an area variable', () => {
    const result = parseFfcsv('statistics_code;time;value\n12411;2022;5\n', { fileName: 'x.csv', delimiter: ';' });
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'ffcsv_columns' });
  });
});
