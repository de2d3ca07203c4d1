import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/**
 * Layer-by-layer checks of one GeoJSON geometry (structure, numbers, topology, winding).
 * Pure: no I/O. A flagged feature is kept; `areaUsable` says whether area maths may use it.
 */
export type GeometryFlagCode =
  | 'unknown_type' | 'bad_coordinates' | 'unclosed_ring' | 'too_few_positions'
  | 'self_intersection' | 'rewound' | 'too_complex' | 'timed_out';

export interface GeometryFlag {
  code: GeometryFlagCode;
  /** `error`: the geometry is not usable for area maths; `warning`: usable, but changed or unchecked. */
  severity: 'error' | 'warning';
  /** Ring or part where it was found, e.g. `Polygon 1, Ring 2`. */
  where: string;
}

export interface GeometryCheck {
  /** The geometry (polygons rewound counter-clockwise), or null when it could not be read. */
  geometry: Geometry | null;
  flags: GeometryFlag[];
  /** Closed, valid polygons only. */
  areaUsable: boolean;
  vertices: number;
}

export interface GeometryBudget {
  /** Features with more vertices skip the self-intersection test (flag `too_complex`). */
  maxVertices: number;
  /** Clock value after which topology is no longer checked (flag `timed_out`). */
  deadline: number;
  now: () => number;
  /** Only structure, numbers, rings and winding (e.g. before a reprojection that is checked again). */
  skipTopology?: boolean;
}

export const DEFAULT_MAX_VERTICES = 200_000;

const TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.length <= 4 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Checks that `value` is an array nested `depth` times around positions. */
function positionsAt(value: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(value);
  return Array.isArray(value) && value.every((v) => positionsAt(v, depth - 1));
}

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function ringArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

function countPositions(value: unknown): number {
  return isPosition(value) ? 1 : (value as unknown[]).reduce<number>((n, v) => n + countPositions(v), 0);
}

export function checkGeometry(geometry: unknown, budget: GeometryBudget): GeometryCheck {
  const flags: GeometryFlag[] = [];
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || typeof g.type !== 'string' || !TYPES.has(g.type)) {
    return { geometry: null, flags: [{ code: 'unknown_type', severity: 'error', where: String(g && typeof g === 'object' ? g.type : g) }], areaUsable: false, vertices: 0 };
  }
  if (!positionsAt(g.coordinates, DEPTH[g.type])) {
    return { geometry: null, flags: [{ code: 'bad_coordinates', severity: 'error', where: g.type }], areaUsable: false, vertices: 0 };
  }
  const typed = g as Geometry;
  if (typed.type !== 'Polygon' && typed.type !== 'MultiPolygon') {
    return { geometry: typed, flags, areaUsable: false, vertices: countPositions((typed as { coordinates: unknown }).coordinates) };
  }
  const polygons: Position[][][] = typed.type === 'Polygon' ? [typed.coordinates] : typed.coordinates;
  let vertices = 0;
  let ringsOk = true;
  const rewound: Position[][][] = polygons.map((polygon, p) => {
    if (polygon.length === 0) {
      ringsOk = false;
      flags.push({ code: 'too_few_positions', severity: 'error', where: `Polygon ${p + 1}` });
    }
    return polygon.map((ring, r) => {
      vertices += ring.length;
      const where = `Polygon ${p + 1}, Ring ${r + 1}`;
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4) {
        ringsOk = false;
        flags.push({ code: 'too_few_positions', severity: 'error', where });
        return ring;
      }
      if (first[0] !== last[0] || first[1] !== last[1]) {
        ringsOk = false;
        flags.push({ code: 'unclosed_ring', severity: 'error', where });
        return ring;
      }
      // RFC 7946: exterior rings counter-clockwise, holes clockwise.
      const clockwise = ringArea2(ring) < 0;
      const wantClockwise = r > 0;
      if (clockwise !== wantClockwise) {
        flags.push({ code: 'rewound', severity: 'warning', where });
        return [...ring].reverse();
      }
      return ring;
    });
  });
  const out: Geometry = typed.type === 'Polygon' ? { type: 'Polygon', coordinates: rewound[0] } : { type: 'MultiPolygon', coordinates: rewound };
  if (!ringsOk) return { geometry: typed, flags, areaUsable: false, vertices };
  if (budget.skipTopology) return { geometry: out, flags, areaUsable: true, vertices };
  if (vertices > budget.maxVertices) {
    flags.push({ code: 'too_complex', severity: 'warning', where: `${vertices}` });
    return { geometry: out, flags, areaUsable: true, vertices };
  }
  if (budget.now() > budget.deadline) {
    flags.push({ code: 'timed_out', severity: 'warning', where: typed.type });
    return { geometry: out, flags, areaUsable: true, vertices };
  }
  const crossings = kinks({ type: 'Feature', properties: {}, geometry: out }).features;
  if (crossings.length > 0) {
    const [x, y] = crossings[0].geometry.coordinates;
    flags.push({ code: 'self_intersection', severity: 'error', where: `${x}, ${y}` });
    return { geometry: out, flags, areaUsable: false, vertices };
  }
  return { geometry: out, flags, areaUsable: true, vertices };
}

/** Applies a coordinate converter to every position of a geometry (new arrays; input unchanged). */
export function mapPositions(geometry: Geometry, convert: (xy: [number, number]) => [number, number]): Geometry {
  const walk = (value: unknown): unknown => {
    if (isPosition(value)) return convert([value[0], value[1]]);
    return (value as unknown[]).map(walk);
  };
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, convert)) };
  return { ...geometry, coordinates: walk(geometry.coordinates) } as Geometry;
}
