import { describe, expect, it } from 'vitest';
import { buildChoropleth, colourFor, figureNumber } from './choropleth';
import { NO_DATA_COLOUR, SECRET_COLOUR, sequentialPalette } from './palette';

const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'secret', 'dash', 'none', 'slash'];
const figures = [
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((areaKey, i) => ({ areaKey, value: (i + 1) * 10, status: 'ok' as const })),
  { areaKey: 'secret', value: null, status: 'secret' as const },
  { areaKey: 'dash', value: null, status: 'zero' as const },
  { areaKey: 'slash', value: 5, status: 'unreliable' as const },
];

describe('buildChoropleth', () => {
  const ch = buildChoropleth(keys, figures, { method: 'quantile', classes: 5 });

  it('classifies every usable number, including a true zero', () => {
    expect(ch.classification?.classes).toBe(5);
    expect(ch.classification?.counts.reduce((s, c) => s + c, 0)).toBe(11);
    expect(ch.categories.dash).toEqual({ kind: 'class', index: 0 });
  });

  it('gives the lowest value the lightest and the highest the darkest class colour', () => {
    const palette = sequentialPalette(5);
    expect(colourFor(ch, 'a')).toEqual(palette[0]);
    expect(colourFor(ch, 'j')).toEqual(palette[4]);
  });

  it('separates secret values from missing data', () => {
    expect(ch.categories.secret).toEqual({ kind: 'secret' });
    expect(colourFor(ch, 'secret')).toEqual(SECRET_COLOUR);
    expect(ch.categories.none).toEqual({ kind: 'no_data' });
    expect(ch.categories.slash).toEqual({ kind: 'no_data' });
    expect(colourFor(ch, 'none')).toEqual(NO_DATA_COLOUR);
    expect(ch.secretCount).toBe(1);
    expect(ch.noDataCount).toBe(2);
    expect(SECRET_COLOUR).not.toEqual(NO_DATA_COLOUR);
  });

  it('ignores figures of areas that are not on the map and falls back for unknown keys', () => {
    const small = buildChoropleth(['a', 'b'], figures, { method: 'quantile', classes: 2 });
    expect(small.classification?.counts).toEqual([1, 1]);
    expect(colourFor(small, 'zzz')).toEqual(NO_DATA_COLOUR);
  });

  it('copes with a level without any number', () => {
    const empty = buildChoropleth(['x', 'y'], [{ areaKey: 'x', value: null, status: 'secret' }]);
    expect(empty.classification).toBeNull();
    expect(empty.secretCount).toBe(1);
    expect(empty.noDataCount).toBe(1);
  });

  it('keeps keys with a leading zero and prototype names as plain keys', () => {
    const odd = buildChoropleth(['03241', '__proto__', 'constructor'], [
      { areaKey: '03241', value: 1, status: 'ok' },
      { areaKey: '__proto__', value: 2, status: 'ok' },
      { areaKey: 'constructor', value: 3, status: 'ok' },
    ], { method: 'quantile', classes: 3 });
    expect(odd.categories['03241']).toEqual({ kind: 'class', index: 0 });
    expect(odd.categories.constructor).toEqual({ kind: 'class', index: 2 });
    expect(Object.keys(odd.colours).sort()).toEqual(['03241', '__proto__', 'constructor']);
  });
});

describe('figureNumber', () => {
  it('turns statuses into numbers only where they carry one', () => {
    expect(figureNumber({ value: 3, status: 'ok' })).toBe(3);
    expect(figureNumber({ value: null, status: 'zero' })).toBe(0);
    expect(figureNumber({ value: 2, status: 'limited' })).toBe(2);
    expect(figureNumber({ value: 2, status: 'secret' })).toBeNull();
    expect(figureNumber({ value: Number.NaN, status: 'ok' })).toBeNull();
  });
});
