import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';
import { parseNumber } from './germanNumber';

function value(text: string, style: 'de' | 'en' = 'de'): number | string {
  const result = parseNumber(text, style);
  return result.ok ? result.value : result.code;
}

describe('parseNumber (German)', () => {
  it('reads dots as thousands separators', () => {
    expect(value('1.234')).toBe(1234);
    expect(value('12.345.678')).toBe(12345678);
  });
  it('reads the decimal comma, signs and surrounding blanks', () => {
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('-0,7')).toBe(-0.7);
    expect(value(' 3,5 ')).toBe(3.5);
    expect(value('\u22120,7')).toBe(-0.7);
    expect(value('+12')).toBe(12);
  });
  it('accepts a trailing percent sign and reports it', () => {
    expect(parseNumber('3,5 %')).toEqual({ ok: true, value: 3.5, percent: true });
    expect(parseNumber('12,5%')).toEqual({ ok: true, value: 12.5, percent: true });
  });
  it('accepts NBSP and narrow NBSP between thousands', () => {
    expect(value('1\u00a0234,5')).toBe(1234.5);
    expect(value('12\u202f345\u202f678')).toBe(12345678);
    expect(value('1 234')).toBe(1234);
  });
  it('refuses what is not a German number', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('abc')).toBe('not_a_number');
    expect(value('1.2.3')).toBe('not_a_number');
    expect(value('1,2,3')).toBe('not_a_number');
    expect(value('-')).toBe('not_a_number');
    expect(value('.')).toBe('not_a_number');
    expect(value('1.5')).toBe('ambiguous');
    expect(value('1,234.5')).toBe('ambiguous');
    expect(value('Infinity')).toBe('not_a_number');
  });
  it('keeps problems bilingual', () => {
    const result = parseNumber('abc');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.de).toContain('keine Zahl');
      expect(result.en).toContain('not a number');
    }
  });
});

describe('parseNumber (English, when told)', () => {
  it('reads commas as thousands and the decimal point', () => {
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('12,345,678', 'en')).toBe(12345678);
    expect(value('-0.7', 'en')).toBe(-0.7);
    expect(value('1.5e3', 'en')).toBe(1500);
    expect(value('1,5', 'en')).toBe('ambiguous');
  });
});

describe('parseNumber properties', () => {
  it('round-trips German formatting', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, digits) => {
        const x = n / 10 ** digits;
        const text = formatNumber(x, 'de', digits);
        const result = parseNumber(text, 'de');
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value).toBeCloseTo(Number(x.toFixed(digits)), 6);
      }),
    );
  });
  it('round-trips English formatting', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const x = n / 100;
        const result = parseNumber(formatNumber(x, 'en', 2), 'en');
        expect(result.ok && result.value).toBeCloseTo(x, 6);
      }),
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('de' as const, 'en' as const), (text, style) => {
        const result = parseNumber(text, style);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});
