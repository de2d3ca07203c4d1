import { describe, expect, it } from 'vitest';
import { linearRegression, sampleCorrelation } from 'simple-statistics';
import { rankingSeries } from './ranking';
import { scatterSeries } from './scatter';
import { changeFigures, sparkline } from './timeseries';
import type { Status } from '../core/types';

const fig = (areaKey: string, value: number | null, status: Status = 'ok') => ({ areaKey, value, status });
const name = (key: string) => `Gebiet ${key}`;

describe('rankingSeries', () => {
  it('sorts highest first, ties share the better rank, secret values are no bars', () => {
    const s = rankingSeries(
      [fig('03241001', 5), fig('03241002', 9), fig('03241003', 5), fig('03241004', null, 'secret'), fig('03241005', 7, 'secret'), fig('03241006', null, 'zero')],
      name,
      new Set(['03241003']),
    );
    expect(s.bars.map((b) => [b.key, b.rank])).toEqual([
      ['03241002', 1], ['03241001', 2], ['03241003', 2], ['03241006', 4],
    ]);
    expect(s.bars.find((b) => b.key === '03241006')?.value).toBe(0);
    expect(s.withoutNumber.map((w) => w.key).sort()).toEqual(['03241004', '03241005']);
    expect(s.bars.filter((b) => b.selected).map((b) => b.key)).toEqual(['03241003']);
    expect(s.selectedCount).toBe(1);
  });
});

describe('scatterSeries', () => {
  const xs = [1, 2, 3, 4, 5, 6.5];
  const ys = [2.1, 3.9, 6.2, 8.1, 9.7, 14];
  const xf = xs.map((x, i) => fig(`0${i}`, x));
  const yf = ys.map((y, i) => fig(`0${i}`, y));

  it('r and the OLS line agree with simple-statistics', () => {
    const s = scatterSeries(xf, yf, name, new Set(['01']));
    expect(s.points).toHaveLength(6);
    expect(s.r).toBeCloseTo(sampleCorrelation(xs, ys), 12);
    const { m, b } = linearRegression(xs.map((x, i) => [x, ys[i]]));
    expect(s.fit?.m).toBeCloseTo(m, 12);
    expect(s.fit?.b).toBeCloseTo(b, 12);
    expect(s.line).toEqual([{ x: 1, y: m * 1 + b }, { x: 6.5, y: m * 6.5 + b }]);
    expect(s.points.find((p) => p.key === '01')?.selected).toBe(true);
  });

  it('leaves out areas without a number in both, and has no r without spread', () => {
    const s = scatterSeries([...xf, fig('99', 3, 'secret')], [...yf.slice(1), fig('99', 4)], name, new Set());
    expect(s.points.map((p) => p.key)).not.toContain('99');
    expect(s.points.map((p) => p.key)).not.toContain('00');
    expect(s.leftOut).toBe(2);
    const flat = scatterSeries(xf, xf.map((f) => ({ ...f, value: 3 })), name, new Set());
    expect(flat.r).toBeNull();
    expect(flat.line).toEqual([]);
  });
});

describe('sparkline', () => {
  it('maps min to the bottom and max to the top of the box, left to right', () => {
    const s = sparkline([10, 20, 15], 42, 12);
    expect(s.path).toBe('M1 11 L21 1 L41 6');
    expect(s.last).toEqual({ x: 41, y: 6 });
    expect([s.min, s.max]).toEqual([10, 20]);
  });
  it('breaks the line at gaps and draws a flat series in the middle', () => {
    expect(sparkline([1, null, 1, 1], 32, 10).path).toBe('M1 5 M21 5 L31 5');
    expect(sparkline([null, null], 30, 10)).toEqual({ path: '', last: null, min: null, max: null });
  });
});

describe('changeFigures', () => {
  it('percentage points and percent; missing or zero base gives a status, not a number', () => {
    const from = [fig('a', 10), fig('b', 0), fig('c', null, 'secret')];
    const to = [fig('a', 12.5), fig('b', 2), fig('c', 4), fig('d', 3)];
    const points = changeFigures(from, to, 'points');
    expect(points.map((p) => p.value)).toEqual([2.5, 2, null, null]);
    expect(points[2].status).toBe('secret');
    expect(points[3].status).toBe('missing');
    const percent = changeFigures(from, to, 'percent');
    expect(percent[0].value).toBeCloseTo(25, 12);
    expect(percent[1].value).toBeNull();
  });
});
