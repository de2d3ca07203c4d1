import { coordinateBBox } from '../../../analysis/geometry/bbox';
import { CRS_NAMES, guessCrsFromBBox, toWgs84 } from '../../../analysis/geometry/crs';
import { parseCsvText } from '../csvParse';
import { detectDelimiter } from '../detect/delimiter';
import { importGeoJson, type GeoJsonImport } from '../geojson/importGeoJson';
import { cleanHeaders } from '../plainCsv/headers';
import { problemAt, type ImportProblem } from '../problem';
import type { ProjectRow } from '../projects';
import { findCoordinateColumns, readCoordinate } from './coordinateColumns';

/**
 * Member-project lists as cities keep them: CSV or spreadsheet rows with WGS 84 lon/lat or UTM 32N/33N
 * easting/northing (found by column names, checked by ranges), or GeoJSON points → `ProjectRow`s in
 * WGS 84. Projected coordinates are converted only after the user confirms the system.
 */
export interface ListResult<T> {
  rows: T[];
  problems: ImportProblem[];
  crs: { detected: string | null; candidates: string[]; needsConfirmation: boolean; swapped?: boolean };
}

export interface ListOptions {
  /** Confirms the proposed system (`EPSG:25832`, `EPSG:25833`, `swap-axes`). */
  confirmCrs?: string;
  synthetic?: boolean;
}

const ID = /^(id|nr|nummer|kennung|projekt_?id)$/i;
const NAME = /^(name|bezeichnung|projekt|projektname|titel)$/i;
const TYPE = /^(type|typ|art|projektart|kategorie)$/i;
const YEAR = /^(founded_year|gruendungsjahr|gründungsjahr|seit|start|jahr|start_year)$/i;

const text = (de: string, en: string, hintDe: string, hintEn: string, code: string) => ({ code, messageDe: de, messageEn: en, hintDe, hintEn });

/** Rows of a sheet or CSV (header first) → projects. `lines[i]` is the file line of `rows[i]`. */
export function projectsFromRows(file: string, header: readonly string[], rows: ReadonlyArray<{ line: number; cells: readonly string[] }>, options: ListOptions = {}): ListResult<ProjectRow> {
  const problems: ImportProblem[] = [];
  const { names } = cleanHeaders(header);
  const col = (re: RegExp) => names.findIndex((n) => re.test(n.trim()));
  const [id, name, type, year] = [col(ID), col(NAME), col(TYPE), col(YEAR)];
  const coords = findCoordinateColumns(names);
  const none = { detected: null, candidates: [], needsConfirmation: false };
  if (id < 0 || name < 0 || !coords) {
    problems.push(problemAt(file, 1, id < 0 ? 'id' : name < 0 ? 'name' : 'lon/lat', text(
      'Pflichtspalten fehlen: Kennung (id), Name und Koordinaten (lon/lat oder Rechtswert/Hochwert).',
      'Required columns are missing: id, name and coordinates (lon/lat or easting/northing).',
      `Vorhanden: ${names.join(', ')}. Benennen Sie die Spalten entsprechend.`, `Present: ${names.join(', ')}. Rename the columns accordingly.`, 'missing_column')));
    return { rows: [], problems, crs: none };
  }
  const points = rows.map((r) => ({ ...r, x: readCoordinate(r.cells[coords.x] ?? ''), y: readCoordinate(r.cells[coords.y] ?? '') }));
  for (const p of points) {
    if (p.x === null || p.y === null) {
      problems.push(problemAt(file, p.line, names[p.x === null ? coords.x : coords.y], text('Die Koordinate ist keine Zahl.', 'The coordinate is not a number.',
        'Tragen Sie die Koordinate als Zahl ein.', 'Enter the coordinate as a number.', 'bad_coordinate')));
    }
  }
  const valid = points.filter((p): p is typeof p & { x: number; y: number } => p.x !== null && p.y !== null);
  const bbox = coordinateBBox(valid.map((p) => [p.x, p.y]));
  const guess = bbox ? guessCrsFromBBox(bbox) : { candidates: [], swapped: false };
  let candidates = guess.candidates;
  if (coords.kind === 'projected' && coords.zoneHint && candidates.includes(coords.zoneHint)) candidates = [coords.zoneHint];
  if (coords.kind === 'lonlat' && !candidates.includes('EPSG:4326') && bbox) {
    problems.push(problemAt(file, null, names[coords.x], text('Die Spalten heißen lon/lat, die Werte sind aber keine Längen-/Breitengrade.',
      'The columns are named lon/lat, but the values are not longitude/latitude.', 'Prüfen Sie die Spalten oder benennen Sie sie Rechtswert/Hochwert.',
      'Check the columns or name them easting/northing.', 'crs_mismatch')));
    return { rows: [], problems, crs: none };
  }
  const isWgs = candidates.length === 1 && candidates[0] === 'EPSG:4326' && !guess.swapped;
  const confirmed = options.confirmCrs !== undefined && (options.confirmCrs === 'swap-axes' ? guess.swapped : candidates.includes(options.confirmCrs));
  if (bbox && candidates.length === 0) {
    problems.push(problemAt(file, null, names[coords.x], text('Die Koordinaten passen zu keinem bekannten System in Deutschland.',
      'The coordinates fit no known system in Germany.', 'Geben Sie WGS 84 (lon/lat) oder UTM 32N/33N an.', 'Give WGS 84 (lon/lat) or UTM 32N/33N.', 'crs_not_detected')));
  } else if (bbox && !isWgs && !confirmed) {
    const list = guess.swapped ? 'swap-axes' : candidates.map((c) => `${c} (${CRS_NAMES[c] ?? c})`).join(' | ');
    problems.push(problemAt(file, null, names[coords.x], text(`Die Koordinaten sind in ${list}; Umrechnung nach WGS 84 erst nach Bestätigung.`,
      `The coordinates are in ${list}; they are converted to WGS 84 only after confirmation.`,
      `Bestätigen Sie das System (${guess.swapped ? 'swap-axes' : candidates[0]}).`, `Confirm the system (${guess.swapped ? 'swap-axes' : candidates[0]}).`,
      candidates.length > 1 ? 'crs_ambiguous' : 'crs_needs_confirmation')));
  }
  const crs = { detected: confirmed && options.confirmCrs !== 'swap-axes' ? options.confirmCrs! : candidates[0] ?? null, candidates, needsConfirmation: !isWgs && !confirmed && candidates.length > 0, swapped: guess.swapped };
  if (crs.needsConfirmation || (bbox && candidates.length === 0)) return { rows: [], problems, crs };
  const convert = guess.swapped ? (xy: [number, number]): [number, number] => [xy[1], xy[0]] : isWgs ? null : toWgs84(crs.detected!);
  const out: ProjectRow[] = [];
  const seen = new Map<string, number>();
  for (const p of valid) {
    const idText = (p.cells[id] ?? '').trim();
    const nameText = (p.cells[name] ?? '').trim();
    if (idText === '' || nameText === '') {
      problems.push(problemAt(file, p.line, idText === '' ? names[id] : names[name], text('Die Zelle ist leer.', 'The cell is empty.', 'Einen Wert eintragen.', 'Enter a value.', 'empty_cell')));
      continue;
    }
    const first = seen.get(idText);
    if (first !== undefined) {
      problems.push(problemAt(file, p.line, names[id], text(`Kennung ${idText} steht schon in Zeile ${first}.`, `Id ${idText} already appears on line ${first}.`,
        'Kennungen eindeutig machen.', 'Make ids unique.', 'duplicate_key')));
      continue;
    }
    seen.set(idText, p.line);
    const yearText = year >= 0 ? (p.cells[year] ?? '').trim() : '';
    const foundedYear = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    const [lon, lat] = convert ? convert([p.x, p.y]) : [p.x, p.y];
    out.push({ id: idText, name: nameText, type: type >= 0 ? (p.cells[type] ?? '').trim() : '', foundedYear, lon, lat, synthetic: options.synthetic ?? false, line: p.line });
  }
  return { rows: out, problems, crs };
}

export function projectsFromCsv(file: string, csvText: string, options: ListOptions = {}): ListResult<ProjectRow> {
  const body = csvText.replace(/^\uFEFF/, '');
  const parsed = parseCsvText(body, { delimiter: detectDelimiter(body.slice(0, 64 * 1024)).delimiter });
  const [header = [], ...rest] = parsed.rows;
  const rows = rest.map((cells, i) => ({ line: parsed.lines[i + 1], cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return projectsFromRows(file, header, rows, options);
}

/** GeoJSON points → projects (properties `id`, `name`, `type`, `founded_year` or their German names); CRS handled as for boundaries. */
export function projectsFromGeoJson(file: string, geoText: string, options: ListOptions = {}): ListResult<ProjectRow> {
  return projectsFromGeo(file, importGeoJson(geoText, { fileName: file, confirmCrs: options.confirmCrs }), options);
}

/** Property `re` of a feature as text: the first property whose name matches (numbers are written out). */
export function propertyText(props: Record<string, unknown>, re: RegExp): string {
  const name = Object.keys(props).find((k) => re.test(k.trim()));
  const v = name === undefined ? undefined : props[name];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

/** Projects from an already read GeoJSON (the import wizard reads the file once). */
export function projectsFromGeo(file: string, geo: GeoJsonImport, options: ListOptions = {}): ListResult<ProjectRow> {
  const problems: ImportProblem[] = geo.problems.filter((p) => p.severity === 'error' || p.code.startsWith('crs_')).map((p) =>
    problemAt(file, p.line ?? null, p.column ?? null, { code: p.code, messageDe: p.de, messageEn: p.en, hintDe: p.todoDe, hintEn: p.todoEn }, 'feature'));
  const crs = { detected: geo.crs.detected, candidates: geo.crs.candidates, needsConfirmation: geo.crs.needsConfirmation, swapped: geo.crs.swapped };
  if (problems.length > 0) return { rows: [], problems, crs };
  const rows: ProjectRow[] = [];
  const seen = new Map<string, number>();
  for (const f of geo.features) {
    const props = f.properties;
    const [idText, nameText] = [propertyText(props, ID), propertyText(props, NAME)];
    const g = f.geometry;
    if (!g || g.type !== 'Point' || idText === '' || nameText === '') {
      problems.push(problemAt(file, f.number, !g || g.type !== 'Point' ? 'geometry' : idText === '' ? 'id' : 'name', text(
        'Das Objekt braucht einen Punkt und die Eigenschaften id und name.', 'The feature needs a point and the properties id and name.',
        'Geometrie und Eigenschaften ergänzen.', 'Add the geometry and properties.', 'bad_project_feature'), 'feature'));
      continue;
    }
    const first = seen.get(idText);
    if (first !== undefined) {
      problems.push(problemAt(file, f.number, 'id', text(`Kennung ${idText} hat schon Objekt ${first}.`, `Id ${idText} already belongs to feature ${first}.`,
        'Kennungen eindeutig machen.', 'Make ids unique.', 'duplicate_key'), 'feature'));
      continue;
    }
    seen.set(idText, f.number);
    const yearText = propertyText(props, YEAR);
    rows.push({ id: idText, name: nameText, type: propertyText(props, TYPE), foundedYear: /^\d{4}$/.test(yearText) ? Number(yearText) : null,
      lon: g.coordinates[0], lat: g.coordinates[1], synthetic: options.synthetic ?? false, line: f.number });
  }
  return { rows, problems, crs };
}

/** True when a header names an id, a name and coordinate columns: a member-project list, not an indicator table. */
export function looksLikeProjectList(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim());
  return names.some((n) => ID.test(n)) && names.some((n) => NAME.test(n)) && findCoordinateColumns(names) !== null;
}
