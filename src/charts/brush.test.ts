import { describe, expect, it } from 'vitest';
import { brushSelection, isBrush, keysInRange, rangeFromCorners } from './brush';

const points = [
  { key: '01', x: 1, y: 1 },
  { key: '02', x: 2, y: 5 },
  { key: '03', x: 3, y: 3 },
  { key: '04', x: 10, y: 3 },
];

describe('brush', () => {
  it('normalises corners given in any order', () => {
    expect(rangeFromCorners(5, 1, 2, 4)).toEqual({ xMin: 2, xMax: 5, yMin: 1, yMax: 4 });
  });

  it('finds the points inside the rectangle, bounds inclusive, keys as text', () => {
    expect(keysInRange(points, rangeFromCorners(1, 1, 3, 3))).toEqual(['01', '03']);
    expect(keysInRange(points, rangeFromCorners(3.5, 0, 9.9, 9))).toEqual([]);
    expect(keysInRange(points, rangeFromCorners(0, 0, 100, 100))).toEqual(['01', '02', '03', '04']);
  });

  it('tells a click from a drag', () => {
    expect(isBrush(rangeFromCorners(10, 10, 12, 13))).toBe(false);
    expect(isBrush(rangeFromCorners(10, 10, 30, 11))).toBe(true);
  });

  it('replaces or extends the selection and bounds it', () => {
    expect(brushSelection(['09'], ['01', '03'], false, 50)).toEqual({ keys: ['01', '03'], capped: false });
    expect(brushSelection(['09', '01'], ['01', '03'], true, 50)).toEqual({ keys: ['09', '01', '03'], capped: false });
    expect(brushSelection([], ['a', 'b', 'c'], false, 2)).toEqual({ keys: ['a', 'b'], capped: true });
  });
});
