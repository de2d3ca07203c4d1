import { area, bbox, booleanIntersects, circle, featureCollection, intersect, kinks } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface CircleOverlap {
  key: string;
  /** Share (0, 1] of the area's surface inside the circle. */
  areaFraction: number;
}

/**
 * Areas that intersect a circle (centre [lon, lat], radius in km) and the share of each one's surface
 * inside it. Used as the overlap weight of a radius custom area when the population inside is unknown
 * (surface-weighted rule: residents are assumed evenly spread over the area). Shares below `minShare`
 * (slivers from boundary noise) are left out; shares above 1 − 1e-9 are reported as 1.
 *
 * @example circleOverlapShares(features, [9.73, 52.37], 2).map((o) => o.key)
 */
export function circleOverlapShares(
  features: readonly Feature<Polygon | MultiPolygon, { key: string }>[],
  center: [number, number],
  radiusKm: number,
  options: { steps?: number; minShare?: number } = {},
): CircleOverlap[] {
  if (!(radiusKm > 0) || !Number.isFinite(radiusKm)) throw new RangeError('circleOverlapShares: radius must be a positive number of km');
  if (!center.every(Number.isFinite)) throw new RangeError('circleOverlapShares: centre must be [lon, lat]');
  const { steps = 64, minShare = 1e-4 } = options;
  return polygonOverlapShares(features, circle(center, radiusKm, { steps, units: 'kilometers' }), { minShare });
}

/**
 * Areas that intersect a polygon (a drawn custom area, or the circle above) and the share of each
 * one's surface inside it: the same surface-weighted rule as the radius. Throws a RangeError for a
 * polygon with fewer than 3 distinct vertices or whose edges cross (turf `kinks`).
 *
 * @example polygonOverlapShares(features, polygon([[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4], [9.7, 52.3]]]))
 */
export function polygonOverlapShares(
  features: readonly Feature<Polygon | MultiPolygon, { key: string }>[],
  disc: Feature<Polygon>,
  options: { minShare?: number } = {},
): CircleOverlap[] {
  const { minShare = 1e-4 } = options;
  const ring = disc.geometry.coordinates[0];
  if (!ring || new Set(ring.map((p) => p.join(','))).size < 3) throw new RangeError('polygonOverlapShares: the polygon needs at least 3 distinct vertices');
  if (kinks(disc).features.length > 0) throw new RangeError('polygonOverlapShares: the polygon crosses itself');
  const [cx0, cy0, cx1, cy1] = bbox(disc);
  const out: CircleOverlap[] = [];
  for (const f of features) {
    const [x0, y0, x1, y1] = bbox(f);
    if (x1 < cx0 || x0 > cx1 || y1 < cy0 || y0 > cy1) continue;
    if (!booleanIntersects(f, disc)) continue;
    const whole = area(f);
    if (!(whole > 0)) continue;
    const part = intersect(featureCollection<Polygon | MultiPolygon>([f, disc]));
    if (!part) continue;
    const share = Math.min(1, area(part) / whole);
    if (share < minShare) continue;
    out.push({ key: f.properties.key, areaFraction: share > 1 - 1e-9 ? 1 : share });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
