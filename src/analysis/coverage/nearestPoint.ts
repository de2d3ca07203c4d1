import { bbox as turfBbox, booleanPointInPolygon, distance, point, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';

export interface LonLat {
  lon: number;
  lat: number;
}

function rings(geometry: Polygon | MultiPolygon): Feature<LineString>[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((p) => p.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }) as Feature<LineString>));
}

/**
 * Distance (km, geodesic as turf measures it; 0 inside) from the area to the nearest of the points, or
 * null when none is within `maxKm`. Points are visited by a lower bound (the distance to the area's
 * bounding box, less 1 % for the sphere) and the search stops once that bound exceeds the best
 * distance found, so usually only one or two exact outline distances are computed.
 */
export function nearestPointKm(geometry: Polygon | MultiPolygon, points: readonly LonLat[], maxKm: number): number | null {
  const [minX, minY, maxX, maxY] = turfBbox(geometry);
  const bounded = points
    .filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat))
    .map((p) => {
      const clamped = point([Math.min(maxX, Math.max(minX, p.lon)), Math.min(maxY, Math.max(minY, p.lat))]);
      return { p, bound: 0.99 * distance(point([p.lon, p.lat]), clamped, { units: 'kilometers' }) };
    })
    .filter((x) => x.bound <= maxKm)
    .sort((a, b) => a.bound - b.bound);
  let best = Infinity;
  let lines: Feature<LineString>[] | null = null;
  for (const { p, bound } of bounded) {
    if (bound > best) break;
    if (booleanPointInPolygon([p.lon, p.lat], geometry)) return 0;
    lines ??= rings(geometry);
    const at = point([p.lon, p.lat]);
    for (const line of lines) best = Math.min(best, pointToLineDistance(at, line, { units: 'kilometers' }));
  }
  return best <= maxKm ? best : null;
}
