import { isStatus, statusCarriesNumber } from '../../core/status';
import type { Observation, Status } from '../../core/types';
import { parseValueCell } from '../../core/valueCell';
import { CellReader } from './cells';
import { problemAt, type ImportProblem } from './problem';
import { readTable, type TableRecord } from './table';

/**
 * The long observations CSV: `area_key,indicator,period,value,numerator,denominator`, optional
 * `area_name`, `status`. Values are dot-decimal numbers or DIN symbols (`.` secret, `-` zero, …).
 */
export const LONG_TABLE_REQUIRED = ['area_key', 'indicator', 'period', 'value'] as const;

export interface LongTableRow extends Observation {
  line: number;
  areaName: string | null;
}

export interface LongTableParse {
  rows: LongTableRow[];
  problems: ImportProblem[];
}

export function parseLongTable(file: string, text: string): LongTableParse {
  const table = readTable(file, text, LONG_TABLE_REQUIRED);
  if (table.problems.some((p) => p.code === 'missing_column' || p.code === 'empty_file')) {
    return { rows: [], problems: table.problems };
  }
  const cells = new CellReader(file);
  const problems: ImportProblem[] = [];
  const rows: LongTableRow[] = [];
  const seen = new Map<string, number>();
  const fail = (record: TableRecord, column: string, code: string, de: string, en: string, hintDe: string, hintEn: string) =>
    problems.push(problemAt(file, record.line, column, { code, messageDe: de, messageEn: en, hintDe, hintEn }));

  for (const record of table.records) {
    const areaKey = cells.key(record, 'area_key');
    const indicator = cells.key(record, 'indicator');
    const period = cells.key(record, 'period');
    const areaName = record.has('area_name') ? (cells.text(record, 'area_name', false) ?? null) : null;
    const figure = readFigure(record, fail);
    const numerator = readPart(record, 'numerator', fail);
    const denominator = readPart(record, 'denominator', fail);
    if (figure && !statusCarriesNumber(figure.status) && numerator !== null && numerator !== undefined) {
      fail(record, 'numerator', 'numerator_reveals_value',
        `Der Zähler verrät den Wert mit Status „${figure.status}“.`, `The numerator reveals the value with status "${figure.status}".`,
        'Zähler leeren oder mit demselben Zeichen versehen.', 'Empty the numerator or give it the same symbol.');
      continue;
    }
    if (!areaKey || !indicator || !period || !figure || numerator === undefined || denominator === undefined) continue;
    const id = JSON.stringify([areaKey, indicator, period]);
    const first = seen.get(id);
    if (first !== undefined) {
      fail(record, 'area_key', 'duplicate_observation',
        `Gebiet ${areaKey}, Indikator ${indicator}, Zeitraum ${period} steht schon in Zeile ${first}.`,
        `Area ${areaKey}, indicator ${indicator}, period ${period} already appears on line ${first}.`,
        'Doppelte Zeile entfernen.', 'Remove the duplicate line.');
      continue;
    }
    seen.set(id, record.line);
    rows.push({ line: record.line, areaKey, indicator, period, areaName, ...figure, numerator, denominator });
  }
  return { rows, problems: [...table.problems, ...cells.problems, ...problems] };
}

type Fail = (record: TableRecord, column: string, code: string, de: string, en: string, hintDe: string, hintEn: string) => void;

/** Value + status from the `value` cell and the optional `status` column. */
function readFigure(record: TableRecord, fail: Fail): { value: number | null; status: Status } | undefined {
  const raw = record.get('value');
  const cell = parseValueCell(raw);
  if (!cell.ok) {
    fail(record, 'value', 'not_a_value', `„${raw.trim()}“ ist weder Zahl noch Zeichen nach DIN 55301.`,
      `"${raw.trim()}" is neither a number nor a DIN 55301 symbol.`,
      'Zahl mit Punkt (12.5) oder Zeichen wie . (geheim) und - (null) eintragen.',
      'Enter a dot-decimal number (12.5) or a symbol such as . (secret) or - (zero).');
    return undefined;
  }
  const statusText = record.has('status') ? record.get('status').trim() : '';
  if (statusText === '') return { value: cell.value, status: cell.status };
  if (!isStatus(statusText)) {
    fail(record, 'status', 'unknown_status', `Unbekannter Status „${statusText}“.`, `Unknown status "${statusText}".`,
      'Erlaubt: ok, zero, lt_half, secret, unreliable, blocked, not_yet, limited, suppressed, missing.',
      'Allowed: ok, zero, lt_half, secret, unreliable, blocked, not_yet, limited, suppressed, missing.');
    return undefined;
  }
  const carries = statusCarriesNumber(statusText);
  if (carries && cell.value === null) {
    fail(record, 'value', 'status_needs_value', `Status „${statusText}“ braucht eine Zahl.`,
      `Status "${statusText}" needs a number.`, 'Zahl eintragen oder Status ändern.', 'Enter a number or change the status.');
    return undefined;
  }
  if (!carries && cell.status === 'ok') {
    // A number with a status that carries none (e.g. secret): keep the status, never the number.
    fail(record, 'value', 'status_forbids_value', `Status „${statusText}“ darf keine Zahl tragen.`,
      `Status "${statusText}" must not carry a number.`, 'Zelle leeren oder Status ändern.', 'Empty the cell or change the status.');
    return undefined;
  }
  return { value: carries ? cell.value : null, status: statusText };
}

/** Numerator/denominator: a number, empty → null, a symbol → null (`-` → 0). */
function readPart(record: TableRecord, column: string, fail: Fail): number | null | undefined {
  if (!record.has(column)) return null;
  const raw = record.get(column);
  const cell = parseValueCell(raw);
  if (!cell.ok) {
    fail(record, column, 'not_a_value', `„${raw.trim()}“ ist keine Zahl.`, `"${raw.trim()}" is not a number.`,
      'Zahl mit Punkt oder ein Zeichen wie . eintragen.', 'Enter a dot-decimal number or a symbol such as .');
    return undefined;
  }
  return cell.value;
}
