import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Polygonal geometry as used throughout the demo data. */
export type Areal = Polygon | MultiPolygon;

const FACTOR = 1e5;

/** Rounds a coordinate to 5 decimals (~1 m). */
export function round5(x: number): number {
  const r = Math.round(x * FACTOR) / FACTOR;
  return Object.is(r, -0) ? 0 : r;
}

function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round5(p[0]), round5(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1) {
    const [a, b] = [out[0], out[out.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  }
  return out.length >= 4 && Math.abs(ringArea(out)) > 0 ? out : null;
}

/** Planar signed area of a ring in degrees² (positive = counter-clockwise). */
export function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
function orient(ring: Position[], exterior: boolean): Position[] {
  const ccw = ringArea(ring) > 0;
  return ccw === exterior ? ring : [...ring].reverse();
}

function roundPolygon(rings: Position[][]): Position[][] | null {
  const exterior = roundRing(rings[0]);
  if (!exterior) return null;
  const holes = rings.slice(1).map(roundRing).filter((r): r is Position[] => r !== null);
  return [orient(exterior, true), ...holes.map((h) => orient(h, false))];
}

/**
 * Rounds every coordinate to 5 decimals, drops repeated points and degenerate rings and orients rings
 * (RFC 7946). Returns null when nothing is left. A multipolygon with one part becomes a polygon.
 */
export function roundGeometry(geometry: Areal): Areal | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = parts.map(roundPolygon).filter((p): p is Position[][] => p !== null);
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** Keeps only the polygonal part of a clipping result (turf may return a geometry collection). */
export function arealOf(feature: Feature | null): Areal | null {
  if (!feature || !feature.geometry) return null;
  const g = feature.geometry;
  return g.type === 'Polygon' || g.type === 'MultiPolygon' ? g : null;
}

/**
 * A FeatureCollection written with one feature per line: stable, diff-friendly and byte-identical
 * between runs (property order is the order of the objects passed in).
 */
export function featureCollectionText(features: readonly Feature[]): string {
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
