import { describe, expect, it } from 'vitest';
import { buildHistogram } from './histogram';
import { CLUSTER_COLOURS, clusterCategory, clusterLegend, clusterName } from './clusters';

describe('buildHistogram', () => {
  it('counts every finite value once and scales the tallest bar to the full height', () => {
    const h = buildHistogram([0, 1, 1, 2, 10, NaN], [0, 2, 10], { width: 100, height: 50, bins: 10 });
    expect(h.bars.reduce((s, b) => s + b.count, 0)).toBe(5);
    expect(h.bars[0].count).toBe(1);
    expect(h.bars[1].count).toBe(2);
    expect(h.bars[9].count).toBe(1);
    expect(h.maxCount).toBe(2);
    expect(h.bars[1].height).toBe(50);
    expect(h.bars[0].height).toBe(25);
    expect(h.bars[1].y).toBe(0);
  });
  it('draws breaks on the value scale and clamps those outside', () => {
    const h = buildHistogram([0, 10], [-5, 2.5, 10, 20], { width: 200 });
    expect(h.breaks.map((b) => b.x)).toEqual([0, 50, 200, 200]);
  });
  it('handles no values and a single repeated value', () => {
    expect(buildHistogram([], [1, 2]).bars).toEqual([]);
    const one = buildHistogram([3, 3, 3], [3, 3], { width: 80, bins: 4 });
    expect(one.bars[0].count).toBe(3);
    expect(one.breaks[0].x).toBe(40);
  });
});

describe('cluster map', () => {
  it('colours only significant quadrants, keeps islands apart', () => {
    expect(clusterCategory(1, 0.01, 3)).toBe('HH');
    expect(clusterCategory(3, 0.049, 2)).toBe('LL');
    expect(clusterCategory(2, 0.01, 2)).toBe('LH');
    expect(clusterCategory(4, 0.01, 2)).toBe('HL');
    expect(clusterCategory(1, 0.05, 3)).toBe('not_significant');
    expect(clusterCategory(1, NaN, 3)).toBe('not_significant');
    expect(clusterCategory(0, NaN, 0)).toBe('island');
    expect(clusterCategory(1, 0.001, 0)).toBe('island');
  });
  it('uses four distinct cluster colours, none grey', () => {
    const keys = ['HH', 'LL', 'LH', 'HL'] as const;
    const css = new Set(keys.map((k) => CLUSTER_COLOURS[k].join(',')));
    expect(css.size).toBe(4);
    for (const k of keys) {
      const [r, g, b] = CLUSTER_COLOURS[k];
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(40);
    }
  });
  it('names the quadrants in German and English and counts each category', () => {
    expect(clusterName('HH', 'de')).toContain('hoch-hoch');
    expect(clusterName('LL', 'en')).toContain('low-low');
    const legend = clusterLegend(['HH', 'HH', 'LL', 'not_significant'], 'de');
    expect(legend.find((e) => e.category === 'HH')?.count).toBe(2);
    expect(legend.find((e) => e.category === 'HL')?.count).toBe(0);
    expect(legend).toHaveLength(7);
  });
});

import { indexClassColours, indexColours, INDEX_EXCLUDED_COLOUR } from './indexClasses';

describe('index class colours', () => {
  it('gives distinct colours that darken with need, grey for excluded', () => {
    const four = indexClassColours(4);
    expect(new Set(four.map((c) => c.join())).size).toBe(4);
    const lightness = four.map(([r, g, b]) => r + g + b);
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
    expect(indexClassColours(12)).toHaveLength(12);
    const colours = indexColours(['a', 'b', 'c'], Int8Array.from([0, -1, 3]), 4);
    expect(colours.a).toEqual(four[0]);
    expect(colours.b).toEqual(INDEX_EXCLUDED_COLOUR);
    expect(colours.c).toEqual(four[3]);
  });
});
