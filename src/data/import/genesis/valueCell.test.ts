import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberStyle } from '../../../core/germanNumber';
import { fastNumber, isValueLike, readValueCell, readValueCellFully } from './valueCell';

const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
const digits = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
/** Numbers as tables write them: signs, thousands groups (right and wrong), decimal parts, either mark. */
const numberish = fc.tuple(
  fc.constantFrom('', '', '-', '+', '\u2212', ' ', '('),
  digits(0, 4),
  fc.array(fc.tuple(fc.constantFrom('.', ',', ' ', '\u00a0'), digits(0, 4)), { maxLength: 6 }),
  fc.constantFrom('', '', ',', '.'),
  digits(0, 18),
  fc.constantFrom('', '', '', '%', ' %', ')', ' ', 'e3', 'x'),
).map(([sign, lead, groups, mark, fraction, tail]) => `${sign}${lead}${groups.map(([s, d]) => s + d).join('')}${mark}${fraction}${tail}`);
/** Statistical symbols, empty cells, bracketed values, text, and anything else. */
const symbolish = fc.constantFrom('', ' ', '-', '.', 'x', 'X', '/', '*', '…', '...', '0', '0,0', '0.00', '( 12,3)', '(12.5)', '()',
  'Gemeinde 12', 'constructor', 'toString', '__proto__', 'NaN', 'Infinity', '1e400', '0x10', ' 3,5 ', '3,5 %', '- 5', '--5');
const cells = fc.oneof(numberish, symbolish, fc.string({ maxLength: 12 }));
const styles = fc.constantFrom<NumberStyle>('de', 'en');
const runs = { numRuns: 10_000 };

describe('readValueCell fast path', () => {
  it('reads exactly what the full parser reads, for every cell and option', () => {
    fc.assert(fc.property(cells, styles, fc.boolean(), (cell, style, zeroIsSymbol) => {
      expect(readValueCell(cell, { style, zeroIsSymbol })).toEqual(readValueCellFully(cell, { style, zeroIsSymbol }));
    }), runs);
  });

  it('gives a number only where parseNumber gives the same number (bit for bit)', () => {
    fc.assert(fc.property(cells, styles, (cell, style) => {
      const fast = fastNumber(cell, style);
      if (fast === null) return;
      const full = parseNumber(cell, style);
      expect(full.ok).toBe(true);
      expect(Object.is(fast, full.ok ? full.value : NaN)).toBe(true);
    }), runs);
  });

  it('takes the common cells and leaves zeros, blanks and symbols to the full parser', () => {
    expect(fastNumber('1.234.567,89', 'de')).toBe(1234567.89);
    expect(fastNumber('-0,3', 'de')).toBe(-0.3);
    expect(fastNumber('18,3', 'de')).toBe(18.3);
    expect(fastNumber('1,234.5', 'en')).toBe(1234.5);
    expect(fastNumber('0123', 'de')).toBe(123);
    for (const cell of ['0', '-0', '0,0', '1.23', '1.2345', ' 3,5', '3,5 %', '( 12,3)', '-', '.', '…', '1,', ',5', '1234567890123456']) {
      expect(fastNumber(cell, 'de')).toBeNull();
    }
    expect(readValueCell('( 12,3)', { style: 'de', zeroIsSymbol: false })).toEqual({ ok: true, value: 12.3, status: 'limited', percent: false });
  });

  it('tells value-like cells exactly as before (text rejected early, symbols and prototype names kept)', () => {
    const before = (raw: string, style: NumberStyle) => raw.trim() !== '' && readValueCellFully(raw.trim(), { style, zeroIsSymbol: true }).ok;
    fc.assert(fc.property(cells, styles, (cell, style) => {
      expect(isValueLike(cell, style)).toBe(before(cell, style));
    }), runs);
    expect(isValueLike('Gemeinde 12', 'de')).toBe(false);
    expect(isValueLike(' x ', 'de')).toBe(true);
  });
});

describe('names an object inherits are text, not statistical symbols', () => {
  it('a cell "constructor" or "toString" is not a value', () => {
    for (const cell of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(readValueCell(cell, { style: 'de', zeroIsSymbol: true }).ok, cell).toBe(false);
      expect(isValueLike(cell, 'de'), cell).toBe(false);
    }
    expect(readValueCell('x', { style: 'de', zeroIsSymbol: true })).toMatchObject({ ok: true, status: 'blocked' });
  });
});
