import { describe, expect, it } from 'vitest';
import { DRAW_LAYER_IDS, drawFeatures, drawStyleLayers } from '../../map/drawLayers';
import { createMapPick, type LonLat } from './mapPick';

describe('map pick mode (custom area centre and drawn polygon)', () => {
  it('idle: clicks are not taken (the map selects areas as usual)', () => {
    const pick = createMapPick();
    expect(pick.click([9.7, 52.4])).toBe(false);
    expect(pick.get().mode).toBe('idle');
  });

  it('centre: the next click sets the centre once and ends the mode; cancel (Escape) leaves without a centre', () => {
    const pick = createMapPick();
    const got: LonLat[] = [];
    pick.startCentre((p) => got.push(p));
    expect(pick.get().mode).toBe('centre');
    expect(pick.click([9.73, 52.37])).toBe(true);
    expect(got).toEqual([[9.73, 52.37]]);
    expect(pick.get().mode).toBe('idle');
    expect(pick.click([1, 1])).toBe(false);
    pick.startCentre((p) => got.push(p));
    pick.cancel();
    expect(pick.click([2, 2])).toBe(false);
    expect(got).toHaveLength(1);
  });

  it('polygon: clicks add vertices, a double-click spot counts once, Backspace removes the last, finish needs three', () => {
    const pick = createMapPick();
    const rings: LonLat[][] = [];
    let notified = 0;
    pick.subscribe(() => notified++);
    pick.startPolygon((r) => rings.push(r));
    pick.click([9.7, 52.3]);
    pick.click([9.8, 52.3]);
    expect(pick.finish()).toBe(false);
    pick.click([9.8, 52.4]);
    pick.click([9.8, 52.4]); // second click of a double-click
    expect(pick.get().vertices).toHaveLength(3);
    pick.click([9.9, 52.5]);
    pick.removeLast();
    expect(pick.get().vertices).toEqual([[9.7, 52.3], [9.8, 52.3], [9.8, 52.4]]);
    expect(pick.finish()).toBe(true);
    expect(rings).toEqual([[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4]]]);
    expect(pick.get()).toEqual({ mode: 'idle', vertices: [] });
    expect(notified).toBeGreaterThan(5);
  });

  it('polygon: cancel drops the vertices and calls nobody', () => {
    const pick = createMapPick();
    let called = false;
    pick.startPolygon(() => (called = true));
    pick.click([9.7, 52.3]);
    pick.cancel();
    expect(pick.get().vertices).toEqual([]);
    expect(pick.finish()).toBe(false);
    expect(called).toBe(false);
  });

  it('the drawing shows the corners, then the closed polygon', () => {
    expect(drawFeatures([]).features).toEqual([]);
    expect(drawFeatures([[9.7, 52.3], [9.8, 52.3]]).features.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'LineString']);
    const three = drawFeatures([[9.7, 52.3], [9.8, 52.3], [9.8, 52.4]]).features;
    expect(three.find((f) => f.geometry.type === 'Polygon')?.geometry).toEqual({ type: 'Polygon', coordinates: [[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4], [9.7, 52.3]]] });
    expect(drawStyleLayers().map((l) => l.id)).toEqual([...DRAW_LAYER_IDS]);
  });
});
