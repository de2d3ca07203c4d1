import type { Geometry } from 'geojson';
import { dominantLevel, readAreaKey, type KeyLevel } from '../../../core/areaKey';
import { coordinateBBox } from '../../../analysis/geometry/bbox';
import { CRS_DEFS, CRS_NAMES, crsFromMember, guessCrsFromBBox, toWgs84 } from '../../../analysis/geometry/crs';
import { checkGeometry, DEFAULT_MAX_VERTICES, mapPositions, type GeometryBudget, type GeometryFlag } from '../../../analysis/geometry/validateGeometry';
import { problem, type ImportProblem } from '../normalised';
import { flagProblem } from './flagText';
import { chooseKeyProperty } from './keyProperty';
import { parseJsonText } from './syntax';

export interface GeoFeature {
  /** 1-based position in the file. */
  number: number;
  properties: Record<string, unknown>;
  /** In WGS 84 when `crs.reprojected` or the file already was; else in the source system. Null: none or unreadable. */
  geometry: Geometry | null;
  flags: GeometryFlag[];
  /** Valid closed polygons only: the others are kept but left out of area maths. */
  areaUsable: boolean;
  key: string | null;
}

export interface CrsReport {
  /** `EPSG:…` the coordinates are in (as stated, detected or confirmed); null if unknown. */
  detected: string | null;
  source: 'member' | 'ranges' | 'confirmed' | 'none';
  candidates: string[];
  /** Lat/lon written as lon/lat. */
  swapped: boolean;
  /** The user must confirm (`confirmCrs`) before the coordinates are converted to WGS 84. */
  needsConfirmation: boolean;
  reprojected: boolean;
}

export interface GeoJsonImport {
  format: 'geojson';
  features: GeoFeature[];
  crs: CrsReport;
  keyProperty: string | null;
  level: KeyLevel | null;
  problems: ImportProblem[];
}

export interface GeoJsonOptions {
  fileName: string;
  /** `EPSG:25832` etc., or `swap-axes` for a lat/lon file: confirms the reprojection to WGS 84. */
  confirmCrs?: string;
  keyProperty?: string;
  padKeys?: boolean;
  maxVertices?: number;
  /** Time budget of the topology checks, in ms (default 20 s). */
  timeBudgetMs?: number;
  now?: () => number;
}

function empty(problems: ImportProblem[]): GeoJsonImport {
  return { format: 'geojson', features: [], crs: { detected: null, source: 'none', candidates: [], swapped: false, needsConfirmation: false, reprojected: false }, keyProperty: null, level: null, problems };
}

type RawFeature = { number: number; properties: Record<string, unknown>; geometry: unknown };

/** Structure layer: FeatureCollection, a single Feature, or a bare geometry. */
function readStructure(fileName: string, data: unknown, problems: ImportProblem[]): { raw: RawFeature[]; crs: unknown } | null {
  const d = data as { type?: unknown; features?: unknown; crs?: unknown } | null;
  const bad = () => {
    problems.push(problem('error', 'not_geojson', fileName, {}, 'Die Datei ist kein GeoJSON (erwartet: FeatureCollection, Feature oder Geometrie).',
      'The file is not GeoJSON (expected: FeatureCollection, Feature or geometry).',
      'Exportieren Sie die Geodaten als GeoJSON (RFC 7946).', 'Export the geodata as GeoJSON (RFC 7946).'));
    return null;
  };
  if (!d || typeof d !== 'object' || Array.isArray(d)) return bad();
  let list: unknown[];
  if (d.type === 'FeatureCollection') {
    if (!Array.isArray(d.features)) return bad();
    list = d.features;
  } else if (d.type === 'Feature') list = [d];
  else if (typeof d.type === 'string' && d.type !== '' && 'coordinates' in d) list = [{ type: 'Feature', properties: {}, geometry: d }];
  else return bad();
  const raw: RawFeature[] = [];
  list.forEach((item, i) => {
    const f = item as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (!f || typeof f !== 'object' || f.type !== 'Feature') {
      problems.push(problem('warning', 'not_a_feature', fileName, { line: i + 1 }, `Objekt ${i + 1} ist kein GeoJSON-Feature und wird übersprungen.`,
        `Item ${i + 1} is not a GeoJSON Feature and is skipped.`, 'Exportieren Sie die Datei neu.', 'Export the file again.'));
      return;
    }
    const properties = f.properties && typeof f.properties === 'object' && !Array.isArray(f.properties) ? { ...(f.properties as Record<string, unknown>) } : {};
    raw.push({ number: i + 1, properties, geometry: f.geometry ?? null });
  });
  return { raw, crs: d.crs };
}

function decideCrs(fileName: string, member: unknown, raw: RawFeature[], confirm: string | undefined, problems: ImportProblem[]): CrsReport {
  const stated = crsFromMember(member);
  const bbox = coordinateBBox(raw.map((f) => (f.geometry as { coordinates?: unknown } | null)?.coordinates));
  const guess = bbox ? guessCrsFromBBox(bbox) : { candidates: [], swapped: false };
  if (stated && !CRS_DEFS[stated]) {
    problems.push(problem('error', 'crs_unknown', fileName, {}, `Das Koordinatensystem ${stated} ist nicht bekannt.`, `The coordinate system ${stated} is not known.`,
      'Projizieren Sie die Datei nach WGS 84 (EPSG:4326) oder ETRS89/UTM (EPSG:25832).', 'Reproject the file to WGS 84 (EPSG:4326) or ETRS89/UTM (EPSG:25832).'));
    return { detected: stated, source: 'member', candidates: [stated], swapped: false, needsConfirmation: false, reprojected: false };
  }
  if (stated && bbox && !guess.candidates.includes(stated)) {
    problems.push(problem('warning', 'crs_member_mismatch', fileName, {}, `Laut „crs“ ist die Datei in ${stated}, die Koordinaten passen aber zu ${guess.candidates.join(' oder ') || 'keinem bekannten System'}.`,
      `The "crs" member says ${stated}, but the coordinates fit ${guess.candidates.join(' or ') || 'no known system'}.`,
      'Prüfen Sie das Koordinatensystem beim Export.', 'Check the coordinate system of the export.'));
  }
  const candidates = stated ? [stated] : guess.candidates;
  const swapped = !stated && guess.swapped;
  const source: CrsReport['source'] = stated ? 'member' : candidates.length > 0 ? 'ranges' : 'none';
  if (candidates.length === 0 && bbox !== null) {
    problems.push(problem('error', 'crs_not_detected', fileName, {}, 'Das Koordinatensystem ist nicht erkennbar (die Koordinaten liegen nicht in Deutschland).',
      'The coordinate system cannot be recognised (the coordinates do not lie in Germany).',
      'Projizieren Sie die Datei nach WGS 84 (EPSG:4326) oder geben Sie das System an (--crs EPSG:…).', 'Reproject the file to WGS 84 (EPSG:4326) or name the system (--crs EPSG:…).'));
  }
  const isWgs = candidates.length === 1 && candidates[0] === 'EPSG:4326' && !swapped;
  const confirmed = confirm !== undefined && (confirm === 'swap-axes' ? swapped : candidates.includes(confirm) || (candidates.length === 0 && CRS_DEFS[confirm] !== undefined));
  if (confirm !== undefined && !confirmed) {
    problems.push(problem('error', 'crs_confirmation_mismatch', fileName, {}, `Bestätigt wurde ${confirm}, die Datei passt aber zu ${swapped ? 'swap-axes' : candidates.join(', ') || '–'}.`,
      `${confirm} was confirmed, but the file fits ${swapped ? 'swap-axes' : candidates.join(', ') || '–'}.`,
      'Bestätigen Sie eines der vorgeschlagenen Systeme.', 'Confirm one of the proposed systems.'));
  }
  const needsConfirmation = !isWgs && !confirmed && (candidates.length > 0 || swapped);
  if (needsConfirmation) {
    const list = swapped ? 'vertauschte Achsen (Breite/Länge), Vorschlag: swap-axes' : candidates.map((c) => `${c} (${CRS_NAMES[c] ?? c})`).join(' oder ');
    const listEn = swapped ? 'swapped axes (lat/lon), proposal: swap-axes' : candidates.map((c) => `${c} (${CRS_NAMES[c] ?? c})`).join(' or ');
    const ambiguous = candidates.length > 1;
    problems.push(problem('warning', ambiguous ? 'crs_ambiguous' : 'crs_needs_confirmation', fileName, {},
      ambiguous ? `Die Koordinaten passen zu mehreren Systemen: ${list}. Bitte wählen.` : `Die Koordinaten sind in ${list}; sie werden erst nach Bestätigung nach WGS 84 umgerechnet.`,
      ambiguous ? `The coordinates fit several systems: ${listEn}. Please choose.` : `The coordinates are in ${listEn}; they are converted to WGS 84 only after confirmation.`,
      `Bestätigen Sie das System (--crs ${swapped ? 'swap-axes' : candidates[0]}).`, `Confirm the system (--crs ${swapped ? 'swap-axes' : candidates[0]}).`));
  }
  const detected = confirmed && confirm !== 'swap-axes' ? confirm! : swapped ? 'EPSG:4326' : candidates[0] ?? null;
  return { detected, source: confirmed ? 'confirmed' : source, candidates, swapped, needsConfirmation, reprojected: false };
}

/**
 * GeoJSON boundaries or points, validated layer by layer: syntax, structure, numbers, topology,
 * winding; CRS from a legacy `crs` member or the coordinate ranges, converted to WGS 84 with proj4
 * only after confirmation. Flagged features are kept (attributes and all) and left out of area maths.
 */
export function importGeoJson(text: string, options: GeoJsonOptions): GeoJsonImport {
  const { fileName } = options;
  const parsed = parseJsonText(fileName, text);
  if (!parsed.ok) return empty([parsed.problem]);
  const problems: ImportProblem[] = [];
  const structure = readStructure(fileName, parsed.data, problems);
  if (!structure) return empty(problems);
  if (structure.raw.length === 0) {
    problems.push(problem('error', 'no_features', fileName, {}, 'Die Datei enthält keine Objekte.', 'The file holds no features.',
      'Exportieren Sie die Ebene mit ihren Objekten.', 'Export the layer with its features.'));
    return empty(problems);
  }
  const crs = decideCrs(fileName, structure.crs, structure.raw, options.confirmCrs, problems);
  const convert = crs.needsConfirmation || crs.detected === null ? null
    : crs.swapped ? (xy: [number, number]): [number, number] => [xy[1], xy[0]]
    : crs.detected === 'EPSG:4326' ? null : toWgs84(crs.detected);
  crs.reprojected = convert !== null;
  const now = options.now ?? (() => Date.now());
  const budget: GeometryBudget = { maxVertices: options.maxVertices ?? DEFAULT_MAX_VERTICES, deadline: now() + (options.timeBudgetMs ?? 20_000), now };
  const keys = chooseKeyProperty(structure.raw.map((f) => f.properties), options.keyProperty);
  if (keys.property === null) {
    problems.push(problem('warning', 'no_key_property', fileName, {}, 'Keine Eigenschaft mit Gebietsschlüsseln (AGS/ARS) gefunden.', 'No property with area keys (AGS/ARS) found.',
      'Geben Sie die Schlüssel-Eigenschaft an (--key AGS); Schlüssel als Text ("03241001").', 'Name the key property (--key AGS); keys as text ("03241001").'));
  }
  let timedOutReported = false;
  const features: GeoFeature[] = structure.raw.map((f) => {
    const rawKey = keys.property === null ? undefined : f.properties[keys.property];
    let key: string | null = typeof rawKey === 'string' ? rawKey.trim() : typeof rawKey === 'number' && Number.isFinite(rawKey) ? String(rawKey) : null;
    const label = key ? ` (${keys.property} ${key})` : '';
    if (typeof rawKey === 'number' && key !== null) {
      const reading = readAreaKey(key);
      if (reading.kind === 'lost_zero') {
        if (options.padKeys) key = reading.proposed;
        else problems.push(problem('warning', 'key_lost_zero', fileName, { line: f.number, column: keys.property! },
          `Objekt ${f.number}: Schlüssel ${key} ist eine Zahl – fehlt die führende Null (${reading.proposed})?`, `Feature ${f.number}: key ${key} is a number – was its leading zero lost (${reading.proposed})?`,
          'Bestätigen Sie das Auffüllen (--pad-keys) oder speichern Sie Schlüssel als Text.', 'Confirm padding (--pad-keys) or store keys as text.'));
      }
    }
    if (f.geometry === null) {
      problems.push(problem('warning', 'null_geometry', fileName, { line: f.number, column: 'geometry' }, `Objekt ${f.number}${label} hat keine Geometrie; die Sachdaten werden übernommen.`,
        `Feature ${f.number}${label} has no geometry; its attributes are kept.`, 'Ergänzen Sie die Geometrie, wenn das Gebiet auf der Karte erscheinen soll.', 'Add the geometry if the area should appear on the map.'));
      return { number: f.number, properties: f.properties, geometry: null, flags: [], areaUsable: false, key };
    }
    let check = checkGeometry(f.geometry, convert ? { ...budget, skipTopology: true } : budget);
    if (convert && check.geometry && check.flags.every((flag) => flag.severity !== 'error')) {
        const first = check.flags;
      check = checkGeometry(mapPositions(check.geometry, convert), budget);
      check.flags = [...first, ...check.flags.filter((flag) => !first.some((f) => f.code === flag.code))];
    }
    for (const flag of check.flags) {
      if (flag.code === 'timed_out') {
        if (timedOutReported) continue;
        timedOutReported = true;
      }
      problems.push(flagProblem(fileName, f.number, label, flag));
    }
    return { number: f.number, properties: f.properties, geometry: check.geometry, flags: check.flags, areaUsable: check.areaUsable, key };
  });
  const level = dominantLevel(features.map((f) => f.key).filter((k): k is string => k !== null));
  return { format: 'geojson', features, crs, keyProperty: keys.property, level, problems };
}
