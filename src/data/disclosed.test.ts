import { describe, expect, it } from 'vitest';
import { resolveRules } from '../analysis/disclosure/rules';
import type { Row } from './connector';
import { discloseRows, ranksFromDisclosed, type DisclosedObservation } from './disclosed';

// A city (G) with four Quartiere; Q1 is small (250 residents), Q2 has a count of 2 in 2024.
const AREAS: [string, string, string | null][] = [
  ['03', 'land', null], ['03241', 'kreis', '03'], ['G', 'gemeinde', '03241'],
  ['G-Q1', 'quartier', 'G'], ['G-Q2', 'quartier', 'G'], ['G-Q3', 'quartier', 'G'], ['G-Q4', 'quartier', 'G'],
];
const POP: Record<string, number> = { '03': 8000000, '03241': 1100000, G: 2050, 'G-Q1': 250, 'G-Q2': 400, 'G-Q3': 600, 'G-Q4': 800 };
const NUM: Record<string, Record<string, number>> = {
  '2023': { '03': 90000, '03241': 14000, G: 205, 'G-Q1': 20, 'G-Q2': 40, 'G-Q3': 60, 'G-Q4': 85 },
  '2024': { '03': 91000, '03241': 14100, G: 200, 'G-Q1': 30, 'G-Q2': 2, 'G-Q3': 70, 'G-Q4': 98 },
};

function rows(): Row[] {
  const out: Row[] = [];
  for (const period of ['2023', '2024']) {
    for (const [key, level, parent] of AREAS) {
      const base = { area_key: key, period, level, parent_key: parent, status: 'ok' };
      out.push({ ...base, indicator: 'population', value: POP[key], numerator: POP[key], denominator: null });
      const n = NUM[period][key];
      out.push({ ...base, indicator: 'rate', value: (100 * n) / POP[key], numerator: n, denominator: POP[key] });
    }
  }
  return out;
}
const cell = (figures: DisclosedObservation[], key: string, indicator: string, period: string) =>
  figures.find((f) => f.areaKey === key && f.indicator === indicator && f.period === period)!;

describe('discloseRows', () => {
  const rules = resolveRules();
  const all = discloseRows(rows(), rules).figures;

  it('withholds the small Quartier (population), the count of 2 (minimum count), and keeps the others', () => {
    expect(cell(all, 'G-Q1', 'rate', '2024')).toMatchObject({ status: 'suppressed', value: null, numerator: null, denominator: null });
    expect(cell(all, 'G-Q1', 'population', '2024').status).toBe('suppressed');
    expect(cell(all, 'G-Q2', 'rate', '2024').status).toBe('suppressed');
    expect(cell(all, 'G-Q4', 'rate', '2024')).toMatchObject({ status: 'ok', numerator: 98 });
    expect(cell(all, 'G', 'rate', '2024')).toMatchObject({ status: 'ok', numerator: 200 });
  });

  it('2023: only Q1 is primary, so one more Quartier is withheld (secondary): the city total reveals neither', () => {
    const hidden = ['G-Q1', 'G-Q2', 'G-Q3', 'G-Q4'].filter((k) => cell(all, k, 'rate', '2023').status === 'suppressed');
    expect(hidden).toEqual(['G-Q1', 'G-Q2']); // Q2 is the smallest published sibling
  });

  it('a one-slice batch (indicator, period + population) gives exactly the figures of the whole-table batch', () => {
    for (const period of ['2023', '2024']) {
      const slice = rows().filter((r) => r.period === period && (r.indicator === 'rate' || r.indicator === 'population'));
      const alone = discloseRows(slice, rules).figures.filter((f) => f.indicator === 'rate');
      expect(alone).toEqual(all.filter((f) => f.indicator === 'rate' && f.period === period));
    }
  });
});

describe('ranksFromDisclosed', () => {
  const f = (areaKey: string, value: number | null): DisclosedObservation => ({
    areaKey, indicator: 'rate', period: '2024', value, status: value === null ? 'suppressed' : 'ok',
    numerator: null, denominator: null, level: 'quartier', parentKey: 'G',
  });
  const figures = [f('a', 10), f('b', 20), f('c', null), f('d', 20), f('e', 5)];

  it('1 = highest published value, ties share a rank; rankOf counts published areas only', () => {
    expect(ranksFromDisclosed(figures, 'quartier', '2024', 'a').get('rate')).toEqual({ rank: 3, rankOf: 4 });
    expect(ranksFromDisclosed(figures, 'quartier', '2024', 'd').get('rate')).toEqual({ rank: 1, rankOf: 4 });
  });

  it('a withheld figure has no rank', () => {
    expect(ranksFromDisclosed(figures, 'quartier', '2024', 'c').get('rate')).toEqual({ rank: null, rankOf: 4 });
  });

  it('other levels and periods are not counted', () => {
    const other = [...figures, { ...f('x', 99), level: 'gemeinde' as const }, { ...f('y', 99), period: '2023' }];
    expect(ranksFromDisclosed(other, 'quartier', '2024', 'a').get('rate')).toEqual({ rank: 3, rankOf: 4 });
  });
});
