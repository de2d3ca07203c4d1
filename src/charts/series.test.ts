import { describe, expect, it } from 'vitest';
import type { ProfileLine } from '../core/profile';
import type { Indicator } from '../core/types';
import { timeSeriesChart } from './series';

const indicator = { id: 'sgb2_quote', unit: '%' } as Indicator;

function line(partial: Partial<ProfileLine>): ProfileLine {
  return {
    indicator, period: '2024', figure: { value: 1, status: 'ok', numerator: null, denominator: null },
    rank: 1, rankOf: 1, references: [], series: [], referenceSeries: [], ...partial,
  };
}

describe('timeSeriesChart', () => {
  it('pairs the area with the nearest reference by period and leaves gaps for statuses without a number', () => {
    const chart = timeSeriesChart(line({
      series: [
        { period: '2022', value: 10, status: 'ok' },
        { period: '2023', value: null, status: 'secret' },
        { period: '2024', value: null, status: 'zero' },
      ],
      referenceSeries: [
        { areaName: 'Hannover', points: [{ period: '2022', value: 8 }, { period: '2023', value: 9 }, { period: '2024', value: 9.5 }] },
        { areaName: 'Niedersachsen', points: [{ period: '2022', value: 7 }] },
      ],
    }));
    expect(chart.referenceName).toBe('Hannover');
    expect(chart.points).toEqual([
      { period: '2022', area: 10, reference: 8 },
      { period: '2023', area: null, reference: 9 },
      { period: '2024', area: 0, reference: 9.5 },
    ]);
    expect(chart.domain[0]).toBe(0);
    expect(chart.domain[1]).toBeGreaterThan(10);
    expect(chart.hasData).toBe(true);
  });

  it('works without reference and without numbers', () => {
    const chart = timeSeriesChart(line({ series: [{ period: '2024', value: null, status: 'secret' }] }));
    expect(chart.referenceName).toBeNull();
    expect(chart.hasData).toBe(false);
    expect(chart.domain).toEqual([0, 1]);
  });

  it('pads a flat series and keeps negative values below zero', () => {
    const chart = timeSeriesChart(line({ series: [{ period: '2023', value: -2, status: 'ok' }, { period: '2024', value: -2, status: 'ok' }] }));
    expect(chart.domain[0]).toBeLessThan(-2);
    expect(chart.domain[1]).toBeGreaterThan(-2);
  });
});
