import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_STATUSES } from '../../core/status';
import { parseCsvText } from './csvParse';
import { neutraliseFormula, writeNormalisedCsv, type NormalisedRow } from './normalised';

const row = (over: Partial<NormalisedRow>): NormalisedRow => ({
  areaKey: '03241', areaName: 'Region Hannover', indicator: 'x', label: 'X', unit: 'Anzahl', period: '2016',
  value: 1, status: 'ok', aggregate: false, line: 1, ...over,
});

describe('writeNormalisedCsv', () => {
  it('writes the header, keeps keys as text and numbers with a decimal point', () => {
    const text = writeNormalisedCsv([row({ areaKey: '03241001', value: -0.7 }), row({ value: 1234.5 })]);
    expect(text).toBe('area_key,area_name,indicator,label,unit,period,value,status\r\n03241001,Region Hannover,x,X,Anzahl,2016,-0.7,ok\r\n03241,Region Hannover,x,X,Anzahl,2016,1234.5,ok\r\n');
  });
  it('leaves the value empty for symbols, the status carries them (also `-` → zero)', () => {
    const text = writeNormalisedCsv([row({ value: null, status: 'zero' }), row({ value: null, status: 'secret' }), row({ value: 0, status: 'lt_half' })]);
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      '03241,Region Hannover,x,X,Anzahl,2016,,zero', '03241,Region Hannover,x,X,Anzahl,2016,,secret', '03241,Region Hannover,x,X,Anzahl,2016,0,lt_half',
    ]);
  });
  it('quotes per RFC 4180 and neutralises formula starts, also in multi-line cells', () => {
    const text = writeNormalisedCsv([row({ areaName: '=HYPERLINK("x")\nzweite Zeile' }), row({ areaName: 'a;b "c"' }), row({ label: '@SUM(A1)', unit: '\tx', areaName: '-1+1' })]);
    const parsed = parseCsvText(text, { delimiter: ',' }).rows;
    expect(parsed[1][1]).toBe('\'=HYPERLINK("x")\nzweite Zeile');
    expect(parsed[2][1]).toBe('a;b "c"');
    expect(parsed[3].slice(1, 5)).toEqual(["'-1+1", 'x', "'@SUM(A1)", "'\tx"]);
  });
  it('property: every cell round-trips through the parser, and no text cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string(), label: fc.string(), value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), status: fc.constantFrom(...ALL_STATUSES) }), { maxLength: 20 }),
        (items) => {
          const rows = items.map((item) => row({ areaName: item.name, label: item.label, value: item.value, status: item.status }));
          const parsed = parseCsvText(writeNormalisedCsv(rows), { delimiter: ',' }).rows.slice(1);
          expect(parsed).toHaveLength(rows.length);
          parsed.forEach((cells, i) => {
            expect(cells).toHaveLength(8);
            expect(cells[1]).toBe(neutraliseFormula(rows[i].areaName));
            expect(cells[1]).not.toMatch(/^\s*[=+\-@]|^[\t\r\0]/);
            if (cells[6] !== '') expect(Number(cells[6])).toBe(rows[i].value === 0 ? 0 : rows[i].value);
            expect(cells[7]).toBe(rows[i].status);
          });
        },
      ),
    );
  });
});
