import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_STATUSES, statusCarriesNumber } from '../../core/status';
import type { Status } from '../../core/types';
import { csvTextCell, neutraliseFormula, quoteCsvCell, writeNormalisedCsv, type NormalisedRow } from './normalised';

/** writeNormalisedCsv as first written (arrays, map, join per row): the reference for the faster one. */
function reference(rows: readonly NormalisedRow[]): string {
  const value = (row: NormalisedRow) => (row.value === null || !statusCarriesNumber(row.status) || row.status === 'zero' ? ''
    : Number.isFinite(row.value) ? String(row.value) : '');
  const lines = ['area_key,area_name,indicator,label,unit,period,value,status'];
  for (const row of rows) {
    const text = [row.areaKey, row.areaName, row.indicator, row.label, row.unit, row.period].map((cell) => quoteCsvCell(neutraliseFormula(cell)));
    lines.push([...text, value(row), row.status].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const tricky = fc.constantFrom('', '03241001', 'Lüneburg', '=1+1', '+49', '-3', '@SUM', ' =x', '\u00a0=x', '\t1', '\r', '\0', 'a,b', 'a;b', 'say "hi"', 'a\nb', 'Insgesamt', '%', 'x');
const text = fc.oneof(tricky, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }));
/** Few distinct values, so that one indicator meets other labels, units and periods. */
const few = fc.constantFrom('a', 'b', '=c', '');
const row = fc.record({
  areaKey: text, areaName: text, indicator: fc.oneof(few, text), label: fc.oneof(few, text), unit: fc.oneof(few, text), period: fc.oneof(few, text),
  value: fc.oneof(fc.constant(null), fc.double(), fc.integer()),
  status: fc.constantFrom<Status>(...ALL_STATUSES), aggregate: fc.boolean(), line: fc.nat(),
});

describe('writeNormalisedCsv fast cells', () => {
  it('writes exactly what the array/regex version wrote', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
      expect(writeNormalisedCsv(rows)).toBe(reference(rows));
    }), { numRuns: 3000 });
  });

  it('leaves plain cells as they are and protects the rest', () => {
    fc.assert(fc.property(text, (cell) => {
      expect(csvTextCell(cell)).toBe(quoteCsvCell(neutraliseFormula(cell)));
    }), { numRuns: 10_000 });
    expect(csvTextCell('03241001')).toBe('03241001');
    expect(csvTextCell('=1+1')).toBe("'=1+1");
    expect(csvTextCell('a;b')).toBe('"a;b"');
  });
});
