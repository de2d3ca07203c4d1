import { describe, expect, it } from 'vitest';
import { rankFigures } from './ranks';

describe('rankFigures', () => {
  it('ranks from the highest value, ties share a rank, statuses without numbers are left out', () => {
    const { ranks, rankOf } = rankFigures([
      { areaKey: 'a', value: 5, status: 'ok' },
      { areaKey: 'b', value: 9, status: 'ok' },
      { areaKey: 'c', value: 5, status: 'ok' },
      { areaKey: 'd', value: null, status: 'secret' },
      { areaKey: 'e', value: null, status: 'zero' },
    ]);
    expect(rankOf).toBe(4);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });
});
