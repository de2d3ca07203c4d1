import type { Polygon } from 'geojson';
import type { SavedArea } from '../../workspace/format';
import type { KnownArea } from '../../workspace/joinReport';

/** `CRS3035RES1000mN3260000E4320000` → `1 km N3260000 E4320000` (a readable name for tooltips and tables). */
export function gridCellName(id: string): string {
  const m = /^CRS3035RES(\d+)(k?m)N(\d+)E(\d+)$/i.exec(id);
  if (!m) return id;
  const metres = m[2].toLowerCase() === 'km' ? Number(m[1]) * 1000 : Number(m[1]);
  const size = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return `${size} N${m[3]} E${m[4]}`;
}

/** Grid cells as areas of the level `grid` (no parent: cells lie across the hierarchy); cells already loaded are left out. */
export function gridAreas(cells: ReadonlyArray<{ id: string; geometry: Polygon }>, existing: ReadonlySet<string> = new Set()): SavedArea[] {
  return cells.filter((c) => !existing.has(c.id)).map((c) => ({
    key: c.id, name: gridCellName(c.id), level: 'grid', parentKey: null, geometry: c.geometry,
  }));
}

/** The cells as the join's known areas (level `grid`), so the table's rows can be matched to them. */
export function gridKnownAreas(cells: ReadonlyArray<{ id: string }>): KnownArea[] {
  return cells.map((c) => ({ key: c.id, name: gridCellName(c.id), level: 'grid' }));
}
