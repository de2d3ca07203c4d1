import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { jsonErrorPosition } from './jsonErrorPosition';
import { problemAt, type ImportProblem, type ProblemText } from './problem';

/** Reading a GeoJSON FeatureCollection as text, with JSON errors located by line and column. */
export interface RawFeature {
  /** 1-based feature number. */
  number: number;
  properties: Record<string, unknown>;
  geometry: unknown;
}

export interface GeoJsonRead {
  features: RawFeature[];
  problems: ImportProblem[];
}

const MAX_DEPTH = 64;

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** Rejects absurd nesting before JSON.parse (a 100,000-deep array would blow the stack). */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

export function readGeoJson(file: string, text: string): GeoJsonRead {
  const whole = (t: ProblemText) => ({ features: [], problems: [problemAt(file, null, null, t)] });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return whole({ code: 'empty_file', messageDe: 'Die Datei ist leer.', messageEn: 'The file is empty.',
      hintDe: 'Eine GeoJSON-FeatureCollection wählen.', hintEn: 'Choose a GeoJSON FeatureCollection.' });
  }
  if (tooDeep(body)) {
    return whole({ code: 'too_deep', messageDe: `Die Datei ist tiefer als ${MAX_DEPTH} Ebenen verschachtelt.`,
      messageEn: `The file is nested deeper than ${MAX_DEPTH} levels.`,
      hintDe: 'Eine gültige GeoJSON-Datei wählen.', hintEn: 'Choose a valid GeoJSON file.' });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = jsonErrorPosition(body);
    const where = position === null ? null : lineColumn(body, position);
    return {
      features: [],
      problems: [problemAt(file, where?.line ?? null, where ? `Zeichen ${where.column} / character ${where.column}` : null, {
        code: 'invalid_json',
        messageDe: `Ungültiges JSON: ${message}`, messageEn: `Invalid JSON: ${message}`,
        hintDe: 'Die Datei an der genannten Stelle reparieren oder neu exportieren.', hintEn: 'Repair the file at that place or export it again.',
      })],
    };
  }
  const collection = data as { type?: unknown; features?: unknown };
  if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return whole({ code: 'not_feature_collection', messageDe: 'Die Datei ist keine GeoJSON-FeatureCollection.',
      messageEn: 'The file is not a GeoJSON FeatureCollection.',
      hintDe: 'Als FeatureCollection in WGS 84 (EPSG:4326) exportieren.', hintEn: 'Export as a FeatureCollection in WGS 84 (EPSG:4326).' });
  }
  const problems: ImportProblem[] = [];
  const features: RawFeature[] = [];
  collection.features.forEach((feature: unknown, i: number) => {
    const f = feature as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (!f || typeof f !== 'object' || f.type !== 'Feature') {
      problems.push(problemAt(file, i + 1, null, { code: 'not_feature', messageDe: 'Das Objekt ist kein GeoJSON-Feature.',
        messageEn: 'The object is not a GeoJSON Feature.', hintDe: 'Datei neu exportieren.', hintEn: 'Export the file again.' }, 'feature'));
      return;
    }
    const properties = f.properties && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {};
    features.push({ number: i + 1, properties, geometry: f.geometry ?? null });
  });
  return { features, problems };
}

function validPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/**
 * Checks a Polygon/MultiPolygon in lon/lat: finite numbers, coordinates within ±180/±90, closed rings
 * of at least 4 positions. Returns a problem text or the typed geometry.
 */
export function checkPolygonal(geometry: unknown): { geometry: Polygon | MultiPolygon } | { problem: ProblemText } {
  const g = geometry as Geometry | null;
  const bad = (de: string, en: string, hintDe: string, hintEn: string) =>
    ({ problem: { code: 'bad_geometry', messageDe: de, messageEn: en, hintDe, hintEn } });
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    return bad('Die Geometrie ist kein Polygon oder MultiPolygon.', 'The geometry is not a Polygon or MultiPolygon.',
      'Flächen als (Multi-)Polygone exportieren.', 'Export areas as (multi-)polygons.');
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      return bad('Ein Polygon hat keine Ringe.', 'A polygon has no rings.', 'Datei neu exportieren.', 'Export the file again.');
    }
    for (const ring of polygon as unknown[]) {
      if (!Array.isArray(ring) || !ring.every(validPosition)) {
        return bad('Koordinaten sind keine endlichen Zahlen.', 'Coordinates are not finite numbers.',
          'Datei neu exportieren.', 'Export the file again.');
      }
      if (ring.some(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90)) {
        return bad('Koordinaten liegen außerhalb von Längen-/Breitengraden (projiziertes Koordinatensystem?).',
          'Coordinates lie outside longitude/latitude ranges (projected coordinate system?).',
          'In WGS 84 (EPSG:4326) umprojizieren.', 'Reproject to WGS 84 (EPSG:4326).');
      }
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) {
        return bad('Ein Ring ist nicht geschlossen oder hat weniger als 4 Punkte.',
          'A ring is not closed or has fewer than 4 positions.', 'Geometrie reparieren.', 'Repair the geometry.');
      }
    }
  }
  return { geometry: g as Polygon | MultiPolygon };
}

/** A property as text: strings kept; numbers refused for keys (a lost leading zero cannot be restored). */
export function propText(properties: Record<string, unknown>, name: string): string | null | undefined {
  if (!Object.prototype.hasOwnProperty.call(properties, name)) return null;
  const value = properties[name];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return undefined;
}
