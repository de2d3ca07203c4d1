import {
  bbox as turfBbox,
  booleanIntersects,
  booleanPointInPolygon,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { NearbyItem } from '../core/profile';

/** Programme areas and projects inside an area or within a distance of it (1 km by default). */
export interface NearbyProgrammeArea {
  id: string;
  name: string;
  programme: string;
  startYear: number | null;
  geometry: Polygon | MultiPolygon;
  synthetic: boolean;
}

export interface NearbyProject {
  id: string;
  name: string;
  type: string;
  foundedYear: number | null;
  lon: number;
  lat: number;
  synthetic: boolean;
}

export type NearbyResult = NearbyItem;

type Box = [number, number, number, number];

/** The box grown by `km` (lat degrees ≈ 111 km; lon degrees shrink with cos(lat)). */
function grow(box: Box, km: number): Box {
  const dLat = km / 110.5;
  const cos = Math.max(0.01, Math.cos((Math.max(Math.abs(box[1]), Math.abs(box[3])) * Math.PI) / 180));
  const dLon = km / (111.3 * cos);
  return [box[0] - dLon, box[1] - dLat, box[2] + dLon, box[3] + dLat];
}

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function outlines(geometry: Polygon | MultiPolygon): Feature<LineString>[] {
  const lines = polygonToLine(geometry) as Feature<LineString | MultiLineString> | { features: Feature<LineString | MultiLineString>[] };
  const features = 'features' in lines ? lines.features : [lines];
  return features.flatMap((f) =>
    f.geometry.type === 'LineString'
      ? [f as Feature<LineString>]
      : f.geometry.coordinates.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }) as Feature<LineString>),
  );
}

function vertices(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.flat());
}

/** Shortest distance (km) from a point to the area: 0 inside. */
function pointDistance(lon: number, lat: number, area: Polygon | MultiPolygon, areaLines: Feature<LineString>[]): number {
  if (booleanPointInPolygon([lon, lat], area)) return 0;
  const p = point([lon, lat]);
  return Math.min(...areaLines.map((line) => pointToLineDistance(p, line, { units: 'kilometers' })));
}

/** Shortest distance (km) between two polygons: 0 when they touch or overlap. */
function polygonDistance(a: Polygon | MultiPolygon, aLines: Feature<LineString>[], b: Polygon | MultiPolygon): number {
  if (booleanIntersects(a, b)) return 0;
  const bLines = outlines(b);
  let best = Infinity;
  for (const [lon, lat] of vertices(b)) best = Math.min(best, pointDistance(lon, lat, a, aLines));
  for (const [lon, lat] of vertices(a)) {
    const p = point([lon, lat]);
    for (const line of bLines) best = Math.min(best, pointToLineDistance(p, line, { units: 'kilometers' }));
  }
  return best;
}

/**
 * Everything within `maxKm` of the area, nearest first (then by name). Pure: no I/O.
 * Distances are geodesic on the WGS 84 sphere as turf computes them.
 */
export function findNearby(
  area: Polygon | MultiPolygon,
  programmeAreas: readonly NearbyProgrammeArea[],
  projects: readonly NearbyProject[],
  maxKm = 1,
): NearbyResult[] {
  const reach = grow(turfBbox(area) as Box, maxKm);
  const areaLines = outlines(area);
  const results: NearbyResult[] = [];
  for (const pa of programmeAreas) {
    if (!boxesMeet(reach, turfBbox(pa.geometry) as Box)) continue;
    const distanceKm = polygonDistance(area, areaLines, pa.geometry);
    if (distanceKm <= maxKm) {
      results.push({ id: pa.id, name: pa.name, kind: 'programme_area', category: pa.programme, year: pa.startYear, distanceKm, synthetic: pa.synthetic });
    }
  }
  for (const project of projects) {
    if (!boxesMeet(reach, [project.lon, project.lat, project.lon, project.lat])) continue;
    const distanceKm = pointDistance(project.lon, project.lat, area, areaLines);
    if (distanceKm <= maxKm) {
      results.push({ id: project.id, name: project.name, kind: 'project', category: project.type, year: project.foundedYear, distanceKm, synthetic: project.synthetic });
    }
  }
  return results.sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, 'de'));
}
