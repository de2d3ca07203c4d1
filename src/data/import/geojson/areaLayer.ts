import type { Level } from '../../../core/types';
import type { SavedArea } from '../../workspace/format';
import { checkPolygonal } from '../geojsonText';
import type { GeoJsonImport } from './importGeoJson';

/** What the user chooses for a boundary layer in the wizard. */
export interface AreaLayerChoice {
  /** Property holding the area keys (kept as text). */
  keyProperty: string;
  /** Property holding the names; null = the key is the name. */
  nameProperty: string | null;
  level: Level;
  /** The area the new ones lie in (e.g. the Gemeinde of the city's districts), or null. */
  parentKey: string | null;
}

export type SkipReason = 'no_key' | 'duplicate_key' | 'key_exists' | 'not_polygon';

/** The validation report of a layer: what is loaded, what is flagged (kept), what is left out and why. */
export interface AreaLayer {
  areas: SavedArea[];
  /** Kept, with the geometry problems found (geometry left out when it cannot be drawn). */
  flagged: Array<{ feature: number; key: string; codes: string[]; drawn: boolean }>;
  skipped: Array<{ feature: number; key: string | null; reason: SkipReason }>;
  /** The coordinates are in WGS 84 (as given or reprojected after the CRS was confirmed). */
  inWgs84: boolean;
}

/** Property names of the features, in first-seen order. */
export function featureProperties(geo: GeoJsonImport): string[] {
  const names = new Set<string>();
  for (const f of geo.features) for (const name of Object.keys(f.properties)) names.add(name);
  return [...names];
}

/** A property that looks like names (text that is not a key), for the wizard's first proposal. */
export function proposeNameProperty(geo: GeoJsonImport, keyProperty: string | null): string | null {
  const names = featureProperties(geo).filter((n) => n !== keyProperty);
  const preferred = names.find((n) => /^(name|gen|bez|bezeichnung|stadtteil|quartier|bezirk)$/i.test(n));
  if (preferred) return preferred;
  return names.find((n) => geo.features.every((f) => typeof f.properties[n] === 'string' && /\p{L}/u.test(String(f.properties[n])))) ?? null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * A validated GeoJSON import + the user's choices → the areas of a boundary layer. Nothing is dropped
 * silently: every feature is either an area (perhaps flagged) or listed in `skipped` with its reason.
 */
export function buildAreaLayer(geo: GeoJsonImport, choice: AreaLayerChoice, existingKeys: ReadonlySet<string> = new Set()): AreaLayer {
  const inWgs84 = !geo.crs.needsConfirmation && (geo.crs.reprojected || geo.crs.detected === 'EPSG:4326');
  const areas: SavedArea[] = [];
  const flagged: AreaLayer['flagged'] = [];
  const skipped: AreaLayer['skipped'] = [];
  const seen = new Set<string>();
  for (const f of geo.features) {
    const key = text(f.properties[choice.keyProperty]);
    if (key === null) { skipped.push({ feature: f.number, key: null, reason: 'no_key' }); continue; }
    if (seen.has(key)) { skipped.push({ feature: f.number, key, reason: 'duplicate_key' }); continue; }
    if (existingKeys.has(key)) { skipped.push({ feature: f.number, key, reason: 'key_exists' }); continue; }
    const type = f.geometry?.type;
    if (f.geometry !== null && type !== 'Polygon' && type !== 'MultiPolygon') { skipped.push({ feature: f.number, key, reason: 'not_polygon' }); continue; }
    seen.add(key);
    const drawable = f.geometry !== null && !('problem' in checkPolygonal(f.geometry));
    const errors = f.flags.filter((flag) => flag.severity === 'error').map((flag) => flag.code);
    if (errors.length > 0 || (f.geometry !== null && !drawable)) flagged.push({ feature: f.number, key, codes: errors, drawn: drawable });
    const name = (choice.nameProperty === null ? null : text(f.properties[choice.nameProperty])) ?? key;
    areas.push({
      key, name, level: choice.level, parentKey: choice.parentKey,
      geometry: drawable ? (f.geometry as SavedArea['geometry']) : null,
      ...(errors.length > 0 ? { flags: errors } : {}),
    });
  }
  return { areas, flagged, skipped, inWgs84 };
}
