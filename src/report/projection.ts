import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Point } from './types';

/** Kilometres per degree of latitude (mean Earth radius 6371 km). */
export const KM_PER_DEGREE = (Math.PI * 6371) / 180;

export interface LonLatBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface BoxProjection {
  width: number;
  height: number;
  /** Box units (mm) per kilometre on the ground. */
  unitsPerKm: number;
  project(lon: number, lat: number): Point;
}

/**
 * Equirectangular projection with cos(latitude) scaling around the centre of `focus`, fitted
 * into a width × height box (y grows downwards) with `padding` (share of the focus extent) on
 * every side. Accurate enough for an excerpt of a few dozen kilometres.
 */
export function fitProjection(focus: LonLatBox, width: number, height: number, padding = 0.3): BoxProjection {
  const lat0 = (focus.minLat + focus.maxLat) / 2;
  const lon0 = (focus.minLon + focus.maxLon) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const spanX = Math.max((focus.maxLon - focus.minLon) * k, 1e-6) * (1 + 2 * padding);
  const spanY = Math.max(focus.maxLat - focus.minLat, 1e-6) * (1 + 2 * padding);
  const scale = Math.min(width / spanX, height / spanY);
  return {
    width,
    height,
    unitsPerKm: scale / KM_PER_DEGREE,
    project(lon, lat) {
      return [width / 2 + (lon - lon0) * k * scale, height / 2 - (lat - lat0) * scale];
    },
  };
}

export function boundsOf(geometry: Polygon | MultiPolygon): LonLatBox | null {
  let box: LonLatBox | null = null;
  for (const ring of ringsOf(geometry)) {
    for (const [lon, lat] of ring) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      if (!box) box = { minLon: lon, minLat: lat, maxLon: lon, maxLat: lat };
      else {
        box.minLon = Math.min(box.minLon, lon);
        box.minLat = Math.min(box.minLat, lat);
        box.maxLon = Math.max(box.maxLon, lon);
        box.maxLat = Math.max(box.maxLat, lat);
      }
    }
  }
  return box;
}

export function ringsOf(geometry: Polygon | MultiPolygon | null | undefined): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

type Edge = { inside(p: Point): boolean; cut(a: Point, b: Point): Point };

function edges(width: number, height: number): Edge[] {
  const at = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  return [
    { inside: (p) => p[0] >= 0, cut: (a, b) => { const p = at(a, b, (0 - a[0]) / (b[0] - a[0])); return [0, p[1]]; } },
    { inside: (p) => p[0] <= width, cut: (a, b) => { const p = at(a, b, (width - a[0]) / (b[0] - a[0])); return [width, p[1]]; } },
    { inside: (p) => p[1] >= 0, cut: (a, b) => { const p = at(a, b, (0 - a[1]) / (b[1] - a[1])); return [p[0], 0]; } },
    { inside: (p) => p[1] <= height, cut: (a, b) => { const p = at(a, b, (height - a[1]) / (b[1] - a[1])); return [p[0], height]; } },
  ];
}

/** Sutherland–Hodgman clipping of one ring to the box [0, width] × [0, height]. */
export function clipRing(ring: Point[], width: number, height: number): Point[] {
  let output = ring;
  for (const edge of edges(width, height)) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cut(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cut(previous, current));
      }
    }
    if (output.length === 0) break;
  }
  return output.length >= 3 ? output : [];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Projects, clips and thins one ring (drops points closer than `minStep` box units to the
 * previous kept point). Returns [] when nothing of the ring is inside the box.
 */
export function projectRing(ring: Position[], projection: BoxProjection, minStep = 0.2): Point[] {
  const projected: Point[] = [];
  for (const position of ring) {
    const [lon, lat] = position;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    projected.push(projection.project(lon, lat));
  }
  if (projected.length > 1) {
    const first = projected[0];
    const last = projected[projected.length - 1];
    if (first[0] === last[0] && first[1] === last[1]) projected.pop();
  }
  const clipped = clipRing(projected, projection.width, projection.height);
  const thinned: Point[] = [];
  for (const p of clipped) {
    const q: Point = [round(p[0]), round(p[1])];
    const prev = thinned[thinned.length - 1];
    if (prev && Math.hypot(q[0] - prev[0], q[1] - prev[1]) < minStep) continue;
    thinned.push(q);
  }
  return thinned.length >= 3 ? thinned : [];
}

/** SVG path data of closed rings: `M x y L x y … Z`. */
export function ringsToPath(rings: Point[][]): string {
  return rings.map((ring) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`).join('');
}
