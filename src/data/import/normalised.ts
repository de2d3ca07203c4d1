import { statusCarriesNumber } from '../../core/status';
import type { Status } from '../../core/types';

/**
 * What every table importer produces: one long row per area, indicator and period, with the value
 * and its status, plus problems that name file, line, column and what to do, in German and English.
 */
export interface NormalisedRow {
  areaKey: string;
  areaName: string;
  indicator: string;
  label: string;
  unit: string;
  period: string;
  /** null when the status carries no number (and for `-`, whose zero the status carries). */
  value: number | null;
  status: Status;
  /** Totals (DG, Länder above Kreise, "Insgesamt"): kept, but not areas of the map. */
  aggregate: boolean;
  /** 1-based line of the source file the value came from. */
  line: number;
}

export interface ImportProblem {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  /** 1-based source line, when the problem has one. */
  line?: number;
  /** `line` counts GeoJSON features instead of lines. */
  unit?: 'line' | 'feature';
  /** Column name or 1-based number, when the problem has one. */
  column?: string;
  de: string;
  en: string;
  /** What the user can do about it. */
  todoDe: string;
  todoEn: string;
}

export interface IndicatorInfo {
  id: string;
  label: string;
  unit: string;
  periods: string[];
}

export interface Provenance {
  fileName: string;
  tableCode: string | null;
  title: string | null;
  referenceDates: string[];
  licence: string | null;
  /** "Stand: …" line of the footer. */
  stand: string | null;
  footnotes: string[];
}

export type TableFormat = 'genesis-csv' | 'genesis-ffcsv' | 'csv' | 'xlsx' | 'zensus-grid';

export interface TableImport {
  format: TableFormat;
  provenance: Provenance;
  indicators: IndicatorInfo[];
  rows: NormalisedRow[];
  problems: ImportProblem[];
  /** Level of the non-aggregate keys, e.g. `kreis`. */
  level: string | null;
  keyColumn: string | null;
}

export const NORMALISED_COLUMNS = ['area_key', 'area_name', 'indicator', 'label', 'unit', 'period', 'value', 'status'] as const;

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r\0]/;

/** A text cell made safe for spreadsheets: `'` before a formula start (also when the cell spans lines). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: cells with `,` `;` `"` CR or LF are quoted, inner quotes doubled. */
export function quoteCsvCell(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatValue(row: NormalisedRow): string {
  if (row.value === null || !statusCarriesNumber(row.status)) return '';
  if (row.status === 'zero') return '';
  return Number.isFinite(row.value) ? String(row.value) : '';
}

/**
 * The normalised long table as UTF-8 CSV text: `,` delimiter, `.` decimal, CRLF line ends.
 * Text cells are protected against formula injection; the value column is a plain number.
 */
export function writeNormalisedCsv(rows: readonly NormalisedRow[]): string {
  // Pieces of a few thousand rows joined at once: flat text without an array or a string per row.
  const chunks = [`${NORMALISED_COLUMNS.join(',')}\r\n`];
  const parts: string[] = [];
  // Indicator, label, unit and period repeat over many rows: their written cells are kept per indicator.
  const middles = new Map<string, { label: string; unit: string; period: string; text: string }>();
  for (const row of rows) {
    let middle = middles.get(row.indicator);
    if (middle === undefined || middle.label !== row.label || middle.unit !== row.unit || middle.period !== row.period) {
      middle = { label: row.label, unit: row.unit, period: row.period,
        text: `,${csvTextCell(row.indicator)},${csvTextCell(row.label)},${csvTextCell(row.unit)},${csvTextCell(row.period)},` };
      middles.set(row.indicator, middle);
    }
    parts.push(csvTextCell(row.areaKey), ',', csvTextCell(row.areaName), middle.text, formatValue(row), ',', row.status, '\r\n');
    if (parts.length >= 32_768) {
      chunks.push(parts.join(''));
      parts.length = 0;
    }
  }
  chunks.push(parts.join(''));
  return chunks.join('');
}

/**
 * `quoteCsvCell(neutraliseFormula(text))`, with the common case checked by char codes: a cell that
 * starts with a visible ASCII character other than `= + - @` and holds none of `" , ;` CR LF is
 * written as it is (the expressions would leave it so); anything else takes the two functions.
 */
export function csvTextCell(text: string): string {
  const length = text.length;
  if (length === 0) return text;
  const first = text.charCodeAt(0);
  if (first <= 32 || first >= 127 || first === 61 || first === 43 || first === 45 || first === 64) return quoteCsvCell(neutraliseFormula(text));
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 44 || c === 59 || c === 13 || c === 10) return quoteCsvCell(neutraliseFormula(text));
  }
  return text;
}

/** Shorthand for importers: a problem with both languages and a hint. */
export function problem(
  severity: ImportProblem['severity'],
  code: string,
  file: string,
  where: { line?: number; column?: string },
  de: string,
  en: string,
  todoDe: string,
  todoEn: string,
): ImportProblem {
  return { severity, code, file, ...where, de, en, todoDe, todoEn };
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
