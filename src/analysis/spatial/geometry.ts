import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** What the spatial functions accept: a FeatureCollection, or an array of Features or Geometries. */
export type PolygonInput = FeatureCollection | ReadonlyArray<Feature | Geometry | null>;

/** Polygon rings of each area (outer ring first per part); null or non-polygon geometry gives []. */
export type AreaRings = Position[][][];

/**
 * Validate the input and return, for each area in input order, its polygon parts (rings).
 * Throws on anything that is not a FeatureCollection/array; a null geometry or a point becomes an
 * area without rings (an island), so nothing is dropped.
 * @example toAreaRings({ type: 'FeatureCollection', features: [] }) // → []
 */
export function toAreaRings(input: PolygonInput): AreaRings[] {
  let items: ReadonlyArray<Feature | Geometry | null>;
  if (Array.isArray(input)) items = input;
  else if (input && (input as FeatureCollection).type === 'FeatureCollection' && Array.isArray((input as FeatureCollection).features)) {
    items = (input as FeatureCollection).features;
  } else throw new TypeError('spatial: expected a GeoJSON FeatureCollection or an array of features/geometries');
  return items.map((item) => {
    const geometry: Geometry | null = item && (item as Feature).type === 'Feature' ? (item as Feature).geometry : (item as Geometry | null);
    if (!geometry) return [];
    if (geometry.type === 'Polygon') return [cleanRings(geometry.coordinates)];
    if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(cleanRings);
    return [];
  });
}

/** The rings of one polygon, without copying; malformed positions are skipped where they are read. */
function cleanRings(rings: Position[][]): Position[][] {
  if (!Array.isArray(rings)) return [];
  const all: unknown[] = rings;
  return all.every(Array.isArray) ? rings : (all.filter(Array.isArray) as Position[][]);
}

/** A position with two finite coordinates (GeoJSON from files may hold anything). */
export function isPoint(p: unknown): p is Position {
  return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** A ring with its malformed positions left out (copies only when something is left out). */
function validRing(ring: Position[]): Position[] {
  for (let t = 0; t < ring.length; t++) if (!isPoint(ring[t])) return ring.filter(isPoint);
  return ring;
}

/** Vertices of all areas in flat typed arrays, without each ring's closing repeat (internal). */
export interface VertexTable {
  xs: Float64Array;
  ys: Float64Array;
  owner: Int32Array;
}

export function vertexTable(areas: AreaRings[]): VertexTable {
  let count = 0;
  for (const parts of areas) for (const rings of parts) for (const ring of rings) count += ring.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const owner = new Int32Array(count);
  let v = 0;
  for (let a = 0; a < areas.length; a++) {
    for (const rings of areas[a]) {
      for (const raw of rings) {
        const ring = validRing(raw);
        let len = ring.length;
        if (len > 1 && ring[0][0] === ring[len - 1][0] && ring[0][1] === ring[len - 1][1]) len--;
        for (let t = 0; t < len; t++) {
          xs[v] = ring[t][0];
          ys[v] = ring[t][1];
          owner[v] = a;
          v++;
        }
      }
    }
  }
  return { xs: xs.subarray(0, v), ys: ys.subarray(0, v), owner: owner.subarray(0, v) };
}

/**
 * Planar area-weighted centroid of each area (holes subtract). An area of zero area falls back to the
 * mean of its vertices; an area without geometry gets NaN coordinates.
 * @example centroids([{ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }]) // → { xs: [1], ys: [1] }
 */
export function centroids(input: PolygonInput): { xs: Float64Array; ys: Float64Array } {
  const areas = toAreaRings(input);
  const xs = new Float64Array(areas.length);
  const ys = new Float64Array(areas.length);
  for (let a = 0; a < areas.length; a++) {
    let A = 0;
    let cx = 0;
    let cy = 0;
    let sx = 0;
    let sy = 0;
    let m = 0;
    for (const rings of areas[a]) {
      rings.forEach((raw, r) => {
        const ring = validRing(raw);
        let ra = 0;
        let rx = 0;
        let ry = 0;
        const len = ring.length;
        if (len === 0) return;
        const x0 = ring[0][0];
        const y0 = ring[0][1]; // shift for precision
        for (let t = 0; t < len; t++) {
          const p = ring[t];
          const q = ring[(t + 1) % len];
          const px = p[0] - x0;
          const py = p[1] - y0;
          const qx = q[0] - x0;
          const qy = q[1] - y0;
          const cross = px * qy - qx * py;
          ra += cross;
          rx += (px + qx) * cross;
          ry += (py + qy) * cross;
          sx += p[0];
          sy += p[1];
          m++;
        }
        // Signed area: outer ring counts positive, holes negative whatever their winding.
        const sign = (r === 0 ? 1 : -1) * Math.sign(ra);
        A += sign * ra * 0.5;
        cx += sign * (rx / 6 + x0 * ra * 0.5);
        cy += sign * (ry / 6 + y0 * ra * 0.5);
      });
    }
    if (A !== 0 && Number.isFinite(A)) {
      xs[a] = cx / A;
      ys[a] = cy / A;
    } else {
      xs[a] = m > 0 ? sx / m : NaN;
      ys[a] = m > 0 ? sy / m : NaN;
    }
  }
  return { xs, ys };
}
