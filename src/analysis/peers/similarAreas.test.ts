import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/types';
import { prepareIndexInput } from '../index/prepareIndexInput';
import { indicatorSpace, type IndicatorSpace } from './indicatorSpace';
import { similarAreas } from './similarAreas';

const space = (rows: Record<string, number[]>): IndicatorSpace => ({
  keys: Object.keys(rows),
  dimensions: ['u', 'v'],
  z: Float64Array.from(Object.values(rows).flat()),
});

describe('similarAreas', () => {
  const s = space({ A: [0, 0], B: [3, 4], C: [1, 0], D: [0, -1], E: [NaN, 2], F: [NaN, NaN] });

  it('returns the k nearest by Euclidean distance, ties by key, target left out', () => {
    const r = similarAreas(s, 'A', { k: 3, minShared: 2 });
    expect(r.peers).toEqual([{ key: 'C', distance: 1, shared: 2 }, { key: 'D', distance: 1, shared: 2 }, { key: 'B', distance: 5, shared: 2 }]);
    expect(r.skipped).toEqual(['E', 'F']);
  });

  it('uses shared dimensions, rescaled, for pairwise missing values', () => {
    const r = similarAreas(s, 'A', { k: 10 });
    // E shares only v: |0 − 2| = 2, rescaled by √(2/1)
    expect(r.peers.find((p) => p.key === 'E')).toEqual({ key: 'E', distance: 2 * Math.SQRT2, shared: 1 });
    expect(r.skipped).toEqual(['F']);
    expect(similarAreas(s, 'A', { missing: 'complete', k: 10 }).skipped).toEqual(['E', 'F']);
  });

  it('rejects an unknown target, a target without enough values, and bad options', () => {
    expect(() => similarAreas(s, 'Z')).toThrow(/unknown area Z/);
    expect(() => similarAreas(s, 'F')).toThrow(/0 of 2/);
    expect(() => similarAreas(s, 'E', { missing: 'complete' })).toThrow(/1 of 2/);
    expect(() => similarAreas(s, 'A', { k: 0 })).toThrow(/k must/);
  });
});

describe('indicatorSpace', () => {
  it('standardises each indicator over all areas and orients it', () => {
    const obs = (areaKey: string, indicator: string, value: number): Observation => ({ areaKey, indicator, period: '2024', value, status: 'ok', numerator: null, denominator: null });
    const prepared = prepareIndexInput(
      [obs('A', 'u', 1), obs('B', 'u', 2), obs('C', 'u', 3), obs('A', 'w', 10), obs('B', 'w', 30), obs('C', 'w', 20)],
      [{ key: 'A' }, { key: 'B' }, { key: 'C' }],
    );
    const sp = indicatorSpace(prepared, [{ id: 'u' }, { id: 'w', polarity: 'lower_is_need' }, { id: 'absent' }], '2024');
    expect(Array.from(sp.z)).toEqual([-1, 1, NaN, 0, -1, NaN, 1, -0, NaN]);
    // A (−1, 1) is √5 from both B (0, −1) and C (1, 0), rescaled by √(3/2) for the missing third dimension
    const peers = similarAreas(sp, 'A', { k: 2 }).peers;
    expect(peers.map((p) => p.key)).toEqual(['B', 'C']);
    peers.forEach((p) => expect(p.distance).toBeCloseTo(Math.sqrt(7.5), 12));
  });
});
