import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildChoropleth } from './choropleth';
import { COVERAGE_COLOURS, coverageChoropleth, coverageGapLayer, coverageLegend, GAP_OUTLINE } from './coverage';

const square = (key: string, x: number) => ({
  type: 'Feature' as const, properties: { key },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
});

describe('coverage map builders', () => {
  const base = buildChoropleth(['a', 'b', 'c', 'd', 'e'], [
    { areaKey: 'a', value: 1, status: 'ok' }, { areaKey: 'b', value: 2, status: 'ok' }, { areaKey: 'c', value: 3, status: 'ok' },
  ]);
  const categoryOf = new Map([['a', 'gap'], ['b', 'covered'], ['c', 'other'], ['d', 'withheld']] as const);

  it('recolours every area by its category; withheld becomes secret (hatched), unknown keys no data', () => {
    const c = coverageChoropleth(base, categoryOf);
    expect(c.colours.a).toEqual(COVERAGE_COLOURS.gap);
    expect(c.colours.b).toEqual(COVERAGE_COLOURS.covered);
    expect(c.colours.c).toEqual(COVERAGE_COLOURS.other);
    expect(c.categories.d).toEqual({ kind: 'secret' });
    expect(c.categories.e).toEqual({ kind: 'no_data' });
    expect([c.secretCount, c.noDataCount]).toEqual([1, 1]);
    expect(new Set(Object.values(c.colours).map(String)).size).toBe(5);
  });

  it('outlines only the gap areas', () => {
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [square('a', 0), square('b', 1), square('c', 2)] };
    const layer = coverageGapLayer(fc, ['a', 'c']);
    expect(layer.data.features.map((f) => (f.properties as { key: string }).key)).toEqual(['a', 'c']);
    expect(layer.getLineColor).toEqual(GAP_OUTLINE);
    expect(layer.filled).toBe(false);
  });

  it('legend names each category in words with counts, in German and English', () => {
    const de = coverageLegend(['gap', 'gap', 'other'], 'de');
    expect(de.map((e) => e.count)).toEqual([2, 0, 1, 0, 0]);
    expect(de[0].label).toMatch(/^Lücke: hoher Bedarf/);
    expect(coverageLegend([], 'en')[3].label).toMatch(/^withheld/);
  });
});
