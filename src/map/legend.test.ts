import { describe, expect, it } from 'vitest';
import type { Indicator } from '../core/types';
import { buildChoropleth } from './choropleth';
import { boundDigits, buildLegend, referenceDateFor } from './legend';
import { rgbaToCss, sequentialPalette } from './palette';

const indicator: Indicator = {
  id: 'sgb2_quote', labelDe: 'SGB-II-Quote', labelEn: 'SGB II rate', unit: '%', polarity: 'higher_is_need',
  numerator: 'Personen in SGB-II-Bedarfsgemeinschaften', denominator: 'Einwohner unter 65 Jahren', scale: 100,
  definitionDe: '', definitionEn: '', referenceDate: '31.12.', source: 'Synthetische Demodaten',
  licence: 'CC0', attribution: 'Quartiersatlas', synthetic: true,
};

describe('buildLegend', () => {
  const keys = ['1', '2', '3', '4', 's', 'n'];
  const ch = buildChoropleth(keys, [
    { areaKey: '1', value: 4.25, status: 'ok' },
    { areaKey: '2', value: 8.5, status: 'ok' },
    { areaKey: '3', value: 12.75, status: 'ok' },
    { areaKey: '4', value: 1234.5, status: 'ok' },
    { areaKey: 's', value: null, status: 'suppressed' },
  ], { method: 'quantile', classes: 2 });

  it('formats class bounds the German way and names indicator, unit, date, method and source', () => {
    const legend = buildLegend(indicator, '2024', ch, 'de');
    expect(legend.title).toBe('SGB-II-Quote');
    expect(legend.unit).toBe('%');
    expect(legend.referenceDate).toBe('31.12.2024');
    expect(legend.method).toBe('quantile');
    expect(legend.source).toBe('Synthetische Demodaten');
    expect(legend.synthetic).toBe(true);
    expect(legend.classes.map((c) => c.label)).toEqual(['4,3 – 10,6', '10,6 – 1.234,5']);
    expect(legend.classes.map((c) => c.count)).toEqual([2, 2]);
    expect(legend.classes[0].colour).toBe(rgbaToCss(sequentialPalette(2)[0]));
  });

  it('uses English number format and label in English', () => {
    const legend = buildLegend(indicator, '2024', ch, 'en');
    expect(legend.title).toBe('SGB II rate');
    expect(legend.classes[1].label).toBe('10.6 – 1,234.5');
  });

  it('has entries for no data and secret with their counts and distinct colours', () => {
    const legend = buildLegend(indicator, '2024', ch, 'de');
    expect(legend.noData.count).toBe(1);
    expect(legend.secret.count).toBe(1);
    expect(legend.noData.colour).not.toBe(legend.secret.colour);
  });
});

describe('boundDigits', () => {
  it('adds decimals until neighbouring bounds differ', () => {
    expect(boundDigits([1.01, 1.02, 1.5], '%', 'de')).toBe(2);
    expect(boundDigits([1, 2, 3], 'Personen', 'de')).toBe(0);
    expect(boundDigits([1.2, 1.2, 3], '%', 'de')).toBe(1);
  });
});

describe('referenceDateFor', () => {
  it('appends the period to a day-month date and keeps other texts', () => {
    expect(referenceDateFor(indicator, '2023')).toBe('31.12.2023');
    expect(referenceDateFor({ ...indicator, referenceDate: '' }, '2023')).toBe('2023');
    expect(referenceDateFor({ ...indicator, referenceDate: 'Jahresdurchschnitt' }, '2023')).toBe('Jahresdurchschnitt 2023');
  });
});
