import { parseNumber, type NumberStyle } from '../../core/germanNumber';
import { parseCsvText } from '../../data/import/csvParse';
import { detectDecimal } from '../../data/import/detect/decimal';
import { detectDelimiter } from '../../data/import/detect/delimiter';

/**
 * Minimal reader for the analysis commands (classify, moran): one numeric field of a CSV (header
 * row, `,` `;` or tab, German or English decimals) or of a GeoJSON FeatureCollection's properties.
 * Cells without a number (empty, statistical symbols such as `.` or `-`, text) become NaN and are
 * counted, never dropped silently.
 */
export interface FieldValues {
  values: number[];
  /** Row/feature numbers (1-based) whose cell held no number. */
  notNumbers: number[];
  /** The parsed GeoJSON, when the input was GeoJSON. */
  geojson?: { type: 'FeatureCollection'; features: { id?: unknown; properties?: Record<string, unknown> | null; geometry: unknown }[] };
  /** Field names found in the file, for error messages. */
  fields: string[];
}

/** An input problem, worded in German and English. */
export class InputError extends Error {
  constructor(readonly de: string, readonly en: string) {
    super(`${de} / ${en}`);
    this.name = 'InputError';
  }
}

export function looksLikeGeoJson(path: string, text: string): boolean {
  return /\.(geo)?json$/i.test(path) || /^\s*\{/.test(text);
}

function toNumber(raw: unknown, style: NumberStyle): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN;
  if (typeof raw !== 'string') return NaN;
  const parsed = parseNumber(raw, style);
  return parsed.ok ? parsed.value : NaN;
}

export function readGeoJsonField(text: string, field: string): FieldValues {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Die Datei ist kein gültiges JSON (${(error as Error).message}).`, `the file is not valid JSON (${(error as Error).message}).`);
  }
  const fc = data as FieldValues['geojson'];
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new InputError('Die Datei ist keine GeoJSON-FeatureCollection.', 'the file is not a GeoJSON FeatureCollection.');
  }
  const fields = new Set<string>();
  for (const f of fc.features) for (const k of Object.keys(f?.properties ?? {})) fields.add(k);
  if (!fields.has(field)) throw unknownField(field, [...fields]);
  const notNumbers: number[] = [];
  const values = fc.features.map((f, i) => {
    const props = f?.properties ?? {};
    const v = toNumber(Object.hasOwn(props, field) ? props[field] : null, 'de');
    if (Number.isNaN(v)) notNumbers.push(i + 1);
    return v;
  });
  return { values, notNumbers, geojson: fc, fields: [...fields] };
}

export function readCsvField(text: string, field: string): FieldValues {
  const body = text.replace(/^\uFEFF/, '');
  const guess = detectDelimiter(body);
  const { rows } = parseCsvText(body.slice(guess.skip), { delimiter: guess.delimiter });
  if (rows.length === 0) throw new InputError('Die Datei ist leer.', 'the file is empty.');
  const header = rows[0].map((h) => h.trim());
  const column = header.indexOf(field);
  if (column < 0) throw unknownField(field, header);
  const data = rows.slice(1).filter((r) => !(r.length === 1 && r[0].trim() === ''));
  if (data.length === 0) throw new InputError('Die Datei enthält nur die Kopfzeile.', 'the file has a header row only.');
  const cells = data.map((r) => r[column] ?? '');
  const style: NumberStyle = detectDecimal(cells).decimal === ',' ? 'de' : 'en';
  const notNumbers: number[] = [];
  const values = cells.map((c, i) => {
    const v = toNumber(c, style);
    if (Number.isNaN(v)) notNumbers.push(i + 2); // line number: header is line 1
    return v;
  });
  return { values, notNumbers, fields: header };
}

function unknownField(field: string, fields: string[]): InputError {
  const list = fields.slice(0, 30).join(', ');
  return new InputError(`Feld „${field}“ nicht gefunden. Vorhanden: ${list}`, `field "${field}" not found. Available: ${list}`);
}
