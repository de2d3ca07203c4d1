import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Level } from '../core/types';
import { boundsOf } from './bounds';
import { buildChoropleth } from './choropleth';
import { labelPoints } from './labels';
import { choroplethLayer, projectLayer, selectionLayer } from './layers';
import { hexToRgba, NO_DATA_COLOUR, rgbaToCss, SECRET_OUTLINE, sequentialPalette } from './palette';
import { hatchImage, offlineStyle } from './style';

// A U-shaped polygon: its centroid lies outside, a label point must not.
const uShape: Polygon = {
  type: 'Polygon',
  coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
};
const areas: FeatureCollection<Polygon | MultiPolygon, { key: string; name: string; level: Level }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: uShape, properties: { key: '03241', name: 'Region Hannover', level: 'kreis' } },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[10, 50], [11, 50], [11, 51], [10, 51], [10, 50]]] },
      properties: { key: '03101', name: 'Braunschweig <b>', level: 'kreis' },
    },
  ],
};

describe('labelPoints', () => {
  it('puts each label inside its area and carries the name as text', () => {
    const points = labelPoints(areas);
    expect(points.features).toHaveLength(2);
    expect(booleanPointInPolygon(points.features[0].geometry, uShape)).toBe(true);
    expect(points.features[1].properties).toEqual({ key: '03101', name: 'Braunschweig <b>', level: 'kreis', rank: 1 });
  });
});

describe('boundsOf', () => {
  it('spans all features', () => {
    expect(boundsOf(areas)).toEqual([[0, 0], [11, 51]]);
    expect(boundsOf({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});

describe('palette', () => {
  it('gives n distinct colours from light to dark', () => {
    for (let n = 1; n <= 12; n++) {
      const p = sequentialPalette(n);
      expect(p).toHaveLength(n);
      const lightness = p.map(([r, g, b]) => r + g + b);
      for (let i = 1; i < n; i++) expect(lightness[i]).toBeLessThanOrEqual(lightness[i - 1]);
      if (n <= 9) expect(new Set(p.map((c) => rgbaToCss(c))).size).toBe(n);
    }
  });

  it('never uses the no-data grey as a class colour', () => {
    for (let n = 1; n <= 9; n++) expect(sequentialPalette(n).map((c) => rgbaToCss(c))).not.toContain(rgbaToCss(NO_DATA_COLOUR));
  });

  it('converts hex both ways', () => {
    expect(hexToRgba('#2c7fb8')).toEqual([44, 127, 184, 255]);
    expect(rgbaToCss([44, 127, 184, 255])).toBe('#2c7fb8');
    expect(() => hexToRgba('red')).toThrow();
  });
});

describe('layer descriptors', () => {
  const ch = buildChoropleth(['03241', '03101'], [
    { areaKey: '03241', value: 3, status: 'ok' },
    { areaKey: '03101', value: null, status: 'secret' },
  ], { method: 'quantile', classes: 2 });

  it('colours the choropleth by key lookup and re-colours through updateTriggers', () => {
    const layer = choroplethLayer(areas, ch, 7);
    const fill = layer.getFillColor as (f: (typeof areas.features)[number]) => number[];
    expect(fill(areas.features[0])).toEqual(ch.colours['03241']);
    const line = layer.getLineColor as (f: (typeof areas.features)[number]) => number[];
    expect(line(areas.features[1])).toEqual(SECRET_OUTLINE);
    expect(layer.updateTriggers.getFillColor).toBe(7);
    expect(layer.pickable).toBe(true);
  });

  it('draws the selection as an outline only', () => {
    expect(selectionLayer(null).data.features).toEqual([]);
    const sel = selectionLayer(areas.features[0]);
    expect(sel.filled).toBe(false);
    expect(sel.data.features).toHaveLength(1);
  });

  it('drops projects without coordinates', () => {
    const base = { id: 'p', name: 'x', type: 'GWA', foundedYear: 2000, areaKey: null, synthetic: true };
    const layer = projectLayer([{ ...base, lon: 9.7, lat: 52.4 }, { ...base, id: 'q', lon: Number.NaN, lat: 52 }]);
    expect(layer.data.map((p) => p.id)).toEqual(['p']);
    expect(layer.getPosition(layer.data[0])).toEqual([9.7, 52.4]);
  });
});

describe('offlineStyle', () => {
  it('requests nothing: no glyphs, no sprite, no tiles, only inline GeoJSON sources', () => {
    const style = offlineStyle();
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('hatch tile has both opaque lines and transparent gaps', () => {
    const { data, width, height } = hatchImage(8);
    expect(data.length).toBe(width * height * 4);
    const alphas = new Set<number>();
    for (let i = 3; i < data.length; i += 4) alphas.add(data[i]);
    expect(alphas).toEqual(new Set([0, 220]));
  });
});
