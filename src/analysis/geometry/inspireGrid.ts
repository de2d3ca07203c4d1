import type { Polygon } from 'geojson';
import { toWgs84 } from './crs';

/** One cell of the INSPIRE/Zensus grid in EPSG:3035: lower-left corner and edge length in metres. */
export interface GridCell {
  id: string;
  east: number;
  north: number;
  size: number;
}

/** `CRS3035RES1000mN3260000E4320000` (also 100m, 10000m, `RES1km`) → cell; null if not such an id. */
export function parseGridId(id: string): GridCell | null {
  const m = /^CRS3035RES(\d+)(m|km)N(\d+)E(\d+)$/.exec(id.trim());
  if (!m) return null;
  const size = Number(m[1]) * (m[2] === 'km' ? 1000 : 1);
  const north = Number(m[3]);
  const east = Number(m[4]);
  if (!(size > 0) || north % size !== 0 || east % size !== 0) return null;
  return { id: gridId(east, north, size), east, north, size };
}

export function gridId(east: number, north: number, size: number): string {
  return `CRS3035RES${size}mN${north}E${east}`;
}

/** Cell from its centre (`x_mp_1km`, `y_mp_1km`); null when the centre is not on the grid. */
export function cellFromCentre(x: number, y: number, size: number): GridCell | null {
  const east = x - size / 2;
  const north = y - size / 2;
  if (!Number.isFinite(east) || !Number.isFinite(north) || east % size !== 0 || north % size !== 0) return null;
  return { id: gridId(east, north, size), east, north, size };
}

const toLonLat = toWgs84('EPSG:3035')!;

/** The cell as a WGS 84 polygon (corners reprojected, counter-clockwise, closed). */
export function cellPolygon(cell: GridCell): Polygon {
  const { east: e, north: n, size: s } = cell;
  const ring = ([[e, n], [e + s, n], [e + s, n + s], [e, n + s], [e, n]] as Array<[number, number]>).map(toLonLat);
  return { type: 'Polygon', coordinates: [ring] };
}
