import { area, circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { circleOverlapShares, polygonOverlapShares } from './circleOverlap';

const square = (key: string, x0: number, y0: number, size: number): Feature<Polygon, { key: string }> => ({
  type: 'Feature',
  properties: { key },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]] },
});

describe('circleOverlapShares', () => {
  // Two adjacent 0.1° squares near the equator (≈ 11 km wide); a third far away.
  const west = square('w', 0, 0, 0.1);
  const east = square('e', 0.1, 0, 0.1);
  const far = square('far', 5, 5, 0.1);

  it('splits a circle on the shared edge into two equal shares and ignores areas outside', () => {
    const shares = circleOverlapShares([west, east, far], [0.1, 0.05], 2);
    expect(shares.map((s) => s.key)).toEqual(['e', 'w']);
    expect(shares[0].areaFraction).toBeCloseTo(shares[1].areaFraction, 3);
    // Half a disc of radius 2 km over the square's surface.
    const expected = area(circle([0.1, 0.05], 2, { steps: 64, units: 'kilometers' })) / 2 / area(west);
    expect(shares[0].areaFraction).toBeCloseTo(expected, 2);
    expect(shares[0].areaFraction).toBeGreaterThan(0.05);
    expect(shares[0].areaFraction).toBeLessThan(0.06);
  });

  it('gives a share of 1 to an area wholly inside the circle', () => {
    const shares = circleOverlapShares([west, east], [0.05, 0.05], 9);
    expect(shares.find((s) => s.key === 'w')?.areaFraction).toBe(1);
    expect(shares.find((s) => s.key === 'e')?.areaFraction).toBeLessThan(1);
  });

  it('a circle inside one square touches only that square', () => {
    const shares = circleOverlapShares([west, east], [0.05, 0.05], 1);
    expect(shares.map((s) => s.key)).toEqual(['w']);
  });

  it('rejects a radius that is not positive', () => {
    expect(() => circleOverlapShares([west], [0, 0], 0)).toThrow(RangeError);
    expect(() => circleOverlapShares([west], [0, 0], Number.NaN)).toThrow(RangeError);
  });
});

describe('polygonOverlapShares (drawn custom area)', () => {
  const west = square('w', 0, 0, 0.1);
  const east = square('e', 0.1, 0, 0.1);
  const poly = (ring: [number, number][]): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } });

  it('weights each area by the share of its surface inside the drawn polygon', () => {
    // The west square whole, the east square's left quarter (x 0.1 – 0.125).
    const shares = polygonOverlapShares([west, east], poly([[-0.01, -0.01], [0.125, -0.01], [0.125, 0.11], [-0.01, 0.11]]));
    expect(shares.map((s) => s.key)).toEqual(['e', 'w']);
    expect(shares[1].areaFraction).toBe(1);
    expect(shares[0].areaFraction).toBeCloseTo(0.25, 2);
  });

  it('rejects a polygon that crosses itself or has fewer than 3 distinct vertices', () => {
    expect(() => polygonOverlapShares([west], poly([[0, 0], [0.1, 0.1], [0.1, 0], [0, 0.1]]))).toThrow(/crosses itself/);
    expect(() => polygonOverlapShares([west], poly([[0, 0], [0.1, 0.1], [0.1, 0.1]]))).toThrow(/3 distinct/);
  });
});
