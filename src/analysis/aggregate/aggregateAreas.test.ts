import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Observation, Status } from '../../core/types';
import { aggregateAreas } from './aggregateAreas';

const rate = (areaKey: string, num: number, den: number, status: Status = 'ok', period = '2024'): Observation => ({
  areaKey, indicator: 'x', period, value: (100 * num) / den, status, numerator: num, denominator: den,
});
const count = (areaKey: string, value: number | null, status: Status = 'ok', indicator = 'population'): Observation => ({
  areaKey, indicator, period: '2024', value, status, numerator: null, denominator: null,
});
const one = (r: ReturnType<typeof aggregateAreas>, indicator: string) => r.figures.find((f) => f.indicator === indicator) as Observation;

describe('aggregateAreas', () => {
  it('sums counts and recomputes rates from summed numerators and denominators (never averages)', () => {
    const figures = [rate('a', 10, 100), rate('b', 90, 300), count('a', 120), count('b', 380), rate('c', 1, 1)];
    const r = aggregateAreas(figures, [{ key: 'a' }, { key: 'b' }], { key: 'P' });
    expect(one(r, 'x')).toEqual({ areaKey: 'P', indicator: 'x', period: '2024', value: 25, numerator: 100, denominator: 400, status: 'ok' });
    expect(one(r, 'population').value).toBe(500);
    expect(r.figures).toHaveLength(2);
    expect(r.weights).toEqual([{ key: 'a', fraction: 1, basis: 'whole' }, { key: 'b', fraction: 1, basis: 'whole' }]);
  });

  it('weights partial members by population share, else by surface share', () => {
    const figures = [rate('a', 10, 100), rate('b', 90, 300), count('a', 100), count('b', 300)];
    const r = aggregateAreas(figures, [{ key: 'a' }, { key: 'b', populationFraction: 0.5, areaFraction: 0.9 }]);
    // 10 + 45 over 100 + 150
    expect(one(r, 'x')).toMatchObject({ numerator: 55, denominator: 250, value: 22 });
    expect(one(r, 'population').value).toBe(250);
    expect(r.weights[1]).toEqual({ key: 'b', fraction: 0.5, basis: 'population' });
    const s = aggregateAreas(figures, [{ key: 'a' }, { key: 'b', areaFraction: 0.2 }]);
    expect(one(s, 'population').value).toBeCloseTo(160, 12);
    expect(s.weights[1].basis).toBe('area');
  });

  it('uses a given scale and keeps a true zero', () => {
    const figures = [{ ...rate('a', 0, 50), value: 0 }, { ...rate('b', 0, 50), status: 'zero' as Status }];
    expect(one(aggregateAreas(figures, [{ key: 'a' }, { key: 'b' }]), 'x')).toMatchObject({ value: 0, status: 'zero' });
    const permille = [{ ...rate('a', 5, 1000), value: 5 }, { ...rate('b', 15, 1000), value: 15 }];
    expect(one(aggregateAreas(permille, [{ key: 'a' }, { key: 'b' }]), 'x').value).toBe(10);
    expect(one(aggregateAreas(permille, [{ key: 'a' }, { key: 'b' }], { scales: { x: 100 } }), 'x').value).toBe(1);
  });

  it('propagates suppression and reports incomplete members', () => {
    const figures = [rate('a', 10, 100), { ...rate('b', 2, 300), value: null, numerator: null, denominator: null, status: 'suppressed' as Status }, count('a', 100)];
    const r = aggregateAreas(figures, [{ key: 'a' }, { key: 'b' }]);
    expect(one(r, 'x')).toMatchObject({ value: null, numerator: null, denominator: null, status: 'suppressed' });
    expect(one(r, 'population')).toMatchObject({ value: null, status: 'missing' }); // b has no population figure
    const notYet = aggregateAreas([count('a', null, 'not_yet'), count('b', null, 'not_yet')], [{ key: 'a' }, { key: 'b' }]);
    expect(one(notYet, 'population').status).toBe('not_yet');
    const noCounts = aggregateAreas([{ ...rate('a', 1, 10), numerator: null }, rate('b', 1, 10)], [{ key: 'a' }, { key: 'b' }]);
    expect(one(noCounts, 'x')).toMatchObject({ value: null, status: 'missing' });
  });

  it('suppresses an aggregate that would reveal a withheld area by difference from a published total', () => {
    const figures = [rate('a', 10, 100), rate('b', 20, 300), { ...rate('c', 2, 50), value: null, numerator: null, denominator: null, status: 'suppressed' as Status }, rate('city', 32, 450)];
    const r = aggregateAreas(figures, [{ key: 'a' }, { key: 'b' }], { publishedGroups: [{ id: 'city', keys: ['a', 'b', 'c'] }] });
    expect(one(r, 'x').status).toBe('suppressed');
    expect(r.blocked[0]).toMatchObject({ indicator: 'x', period: '2024', check: { allowed: false } });
  });

  it('validates members', () => {
    expect(() => aggregateAreas([], [])).toThrow(/member/);
    expect(() => aggregateAreas([], [{ key: 'a', populationFraction: 0 }])).toThrow(/\(0, 1\]/);
    expect(() => aggregateAreas([], [{ key: 'a' }, { key: 'a' }])).toThrow(/twice/);
  });

  it('property: any aggregate with a withheld member input is suppressed; otherwise rates equal Σnum/Σden', () => {
    const member = fc.record({ num: fc.integer({ min: 0, max: 500 }), den: fc.integer({ min: 1, max: 5000 }), status: fc.constantFrom<Status>('ok', 'ok', 'ok', 'suppressed', 'secret') });
    fc.assert(fc.property(fc.array(member, { minLength: 1, maxLength: 12 }), (ms) => {
      const figures = ms.map((m, i) => ({ ...rate(`k${i}`, m.num, m.den), status: m.status }));
      const before = structuredClone(figures);
      const r = aggregateAreas(figures, ms.map((_, i) => ({ key: `k${i}` })), { scales: { x: 100 } });
      const f = one(r, 'x');
      if (ms.some((m) => m.status !== 'ok')) expect(f).toMatchObject({ value: null, numerator: null, denominator: null, status: 'suppressed' });
      else {
        const num = ms.reduce((a, m) => a + m.num, 0);
        const den = ms.reduce((a, m) => a + m.den, 0);
        expect(f.value).toBeCloseTo((100 * num) / den, 9);
      }
      expect(figures).toEqual(before);
    }));
  });
});
