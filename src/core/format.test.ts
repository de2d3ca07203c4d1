import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatValue } from './format';

describe('formatNumber', () => {
  it('uses German separators by default language de', () => {
    expect(formatNumber(1234567.25, 'de', 1)).toBe('1.234.567,3');
    expect(formatNumber(1234567.25, 'en', 1)).toBe('1,234,567.3');
  });
});

describe('formatValue', () => {
  it('writes percentages with a space before the sign', () => {
    expect(formatValue(12.5, '%', 'de')).toBe('12,5 %');
    expect(formatValue(41.26, 'm²', 'de')).toBe('41,3 m²');
    expect(formatValue(532864, 'Personen', 'de')).toBe('532.864');
  });
});

describe('formatFigure', () => {
  it('names statuses that carry no number instead of printing a number', () => {
    expect(formatFigure(null, 'secret', '%', 'de')).toBe('geheim');
    expect(formatFigure(null, 'secret', '%', 'en')).toBe('secret');
    expect(formatFigure(0, 'zero', '%', 'de')).toBe('0,0 %');
    expect(formatFigure(null, 'missing', '%', 'de')).toBe('keine Daten');
  });
});
