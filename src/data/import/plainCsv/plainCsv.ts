import { readAreaKey } from '../../../core/areaKey';
import { parseCsvText } from '../csvParse';
import { detectDecimal } from '../detect/decimal';
import { finishRows } from '../genesis/finish';
import { readPeriod } from '../genesis/period';
import { ProblemList } from '../genesis/problemList';
import { indicatorId } from '../genesis/slug';
import { variableWithUnit } from '../genesis/unit';
import { fastNumber, isValueLike, readValueCell } from '../genesis/valueCell';
import { problem, type NormalisedRow, type TableImport } from '../normalised';
import { cleanHeaders } from './headers';

export interface PlainCsvOptions {
  fileName: string;
  delimiter: string;
  decimal?: ',' | '.';
  /** Period for value columns whose header names none (e.g. `2023`). */
  period?: string;
  /** Force (true) or deny (false) a header row; detected when absent. */
  hasHeader?: boolean;
  padKeys?: boolean;
  /** Import rows with too few/many fields (padded as missing) instead of refusing the file. */
  allowRagged?: boolean;
  /**
   * Rows that together name the columns (0 = no header; 2 = e.g. `Einwohner;;` over `2020;2021`).
   * Wins over `hasHeader`; detected (0 or 1) when absent.
   */
  headerRows?: number;
  /**
   * The column holding area keys, chosen by the user: its header name or `#3` (1-based). Its cells
   * are taken as keys as they are (text), also when they are not official AGS/ARS (own district keys).
   */
  keyColumn?: string;
}

/**
 * Several header rows → one name per column. A cell left empty in an upper row belongs to the
 * group cell on its left (`Einwohner;;` spans two columns); the parts are joined with a space.
 */
export function combineHeaderRows(rows: readonly (readonly string[])[], width: number): string[] {
  const filled = rows.map((row, r) => {
    const out: string[] = [];
    let group = '';
    for (let c = 0; c < width; c++) {
      const cell = (row[c] ?? '').trim();
      if (cell !== '') group = cell;
      out.push(cell !== '' ? cell : r < rows.length - 1 ? group : '');
    }
    return out;
  });
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of filled) if (row[c] !== '' && parts[parts.length - 1] !== row[c]) parts.push(row[c]);
    return parts.join(' ');
  });
}

/** `#3` (1-based) or a header name (case and blanks ignored) → column index, or -1. */
function findColumn(names: readonly string[], wanted: string): number {
  const numbered = /^#(\d+)$/.exec(wanted.trim());
  if (numbered) {
    const index = Number(numbered[1]) - 1;
    return index >= 0 && index < names.length ? index : -1;
  }
  const norm = (s: string) => s.trim().toLowerCase();
  return names.findIndex((n) => norm(n) === norm(wanted));
}

function keyLike(cell: string): boolean {
  const reading = readAreaKey(cell);
  return reading.kind === 'key' || (reading.kind === 'lost_zero' && (reading.key.length === 7 || reading.key.length === 4));
}

/** True when the cell holds more than blanks (most cells start with a visible ASCII character: no trim then). */
function hasText(cell: string): boolean {
  const first = cell.charCodeAt(0);
  return (first > 32 && first < 127) || (cell.length > 0 && cell.trim() !== '');
}

function filledLength(row: readonly string[]): number {
  let n = row.length;
  while (n > 0 && !hasText(row[n - 1])) n--;
  return n;
}

/**
 * Whether the share of non-empty cells of column `c` passing `test` is accepted by `accept`
 * (e.g. `> 0.5`), as `passing / nonEmpty` over all cells would decide it; stops as soon as the
 * remaining cells cannot change the outcome (`accept` must not decrease as the share grows).
 */
function columnShare(rows: readonly (readonly string[])[], c: number, nonEmpty: number, test: (v: string) => boolean, accept: (share: number) => boolean): boolean {
  if (nonEmpty === 0) return accept(0);
  let passing = 0;
  let seen = 0;
  for (const row of rows) {
    const raw = row[c];
    if (raw === undefined || !hasText(raw)) continue;
    seen++;
    if (test(raw.trim())) {
      passing++;
      if (accept(passing / nonEmpty)) return true;
    } else if (!accept((passing + nonEmpty - seen) / nonEmpty)) return false;
  }
  return accept(passing / nonEmpty);
}

/** Non-empty (after trimming) cells per column. */
function nonEmptyCounts(rows: readonly (readonly string[])[], width: number): number[] {
  const counts = new Array<number>(width).fill(0);
  for (const row of rows) {
    const n = Math.min(width, row.length);
    for (let c = 0; c < n; c++) if (hasText(row[c])) counts[c]++;
  }
  return counts;
}

/** The cells of every row but the key column's, in order (for decimal detection, without one big array). */
function* cellsBesideKey(rows: readonly (readonly string[])[], keyColumn: number): Generator<string> {
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) if (c !== keyColumn) yield row[c];
  }
}

/** A trailing year in a header is the period: `Einwohner 2020` → label `Einwohner`, period `2020`. */
function splitPeriod(name: string): { label: string; period: string | null } {
  const whole = readPeriod(name);
  if (whole) return { label: '', period: whole };
  const match = /^(.*?)[\s_-]+((?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$/.exec(name);
  return match ? { label: match[1].trim(), period: readPeriod(match[2]) } : { label: name, period: null };
}

/** A plain table (any delimiter, German or English numbers, with or without header) with an AGS key column. */
export function parsePlainCsv(text: string, options: PlainCsvOptions): TableImport {
  const { fileName } = options;
  const problems = new ProblemList();
  const parsed = parseCsvText(text, { delimiter: options.delimiter });
  for (const p of parsed.problems) {
    problems.add(problem('error', `csv_${p.code}`, fileName, { line: p.line }, `Zeile ${p.line}: CSV-Fehler (${p.message}).`,
      `Line ${p.line}: CSV error (${p.message}).`, 'Prüfen Sie die Anführungszeichen ab dieser Zeile.', 'Check the quotes from that line on.'));
  }
  const provenance = { fileName, tableCode: null, title: null, referenceDates: [] as string[], licence: null, stand: null, footnotes: [] };
  const empty = (): TableImport => ({ format: 'csv', provenance, indicators: [], rows: [], problems: problems.list(), level: null, keyColumn: null });
  // Non-empty records, as parallel arrays (no object per row): their cells, source line and filled length.
  const recordRows: string[][] = [];
  const recordLines: number[] = [];
  const recordFilled: number[] = [];
  for (let i = 0; i < parsed.rows.length; i++) {
    const filled = filledLength(parsed.rows[i]);
    if (filled === 0) continue;
    recordRows.push(parsed.rows[i]);
    recordLines.push(parsed.lines[i]);
    recordFilled.push(filled);
  }
  if (recordRows.length === 0) {
    problems.add(problem('error', 'empty_file', fileName, {}, 'Die Datei enthält keine Zeilen.', 'The file has no rows.', 'Prüfen Sie die Datei.', 'Check the file.'));
    return empty();
  }
  const first = recordRows[0];
  const detectedHeader = !first.some(keyLike) || first.slice(1).every((c) => c.trim() === '' || !isValueLike(c, 'de'));
  const headerRows = Math.max(0, Math.min(options.headerRows ?? ((options.hasHeader ?? detectedHeader) ? 1 : 0), recordRows.length));
  const hasHeader = headerRows > 0;
  const head = recordRows.slice(0, headerRows);
  // Width: the header's, else the most common row length (a ragged row must not widen the table).
  const mostCommon = () => {
    const tally = new Map<number, number>();
    for (const filled of recordFilled) tally.set(filled, (tally.get(filled) ?? 0) + 1);
    return [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  };
  const width = hasHeader ? Math.max(...recordFilled.slice(0, headerRows)) : mostCommon();
  const data = recordRows.slice(headerRows);
  const dataLines = recordLines.slice(headerRows);
  const dataFilled = recordFilled.slice(headerRows);
  if (data.length === 0) {
    problems.add(problem('error', 'header_only', fileName, { line: recordLines[0] }, 'Die Datei enthält nur eine Kopfzeile, keine Daten.',
      'The file has a header row but no data.', 'Exportieren Sie die Tabelle mit Daten.', 'Export the table with its data.'));
    return empty();
  }
  const rawHeader = hasHeader ? combineHeaderRows(head, width) : Array.from({ length: width }, () => '');
  const { names, fixes } = cleanHeaders(rawHeader);
  for (const fix of fixes) {
    if (!hasHeader) break;
    problems.add(problem('warning', `header_${fix.reason}`, fileName, { line: recordLines[0], column: fix.name },
      `Spalte ${fix.index + 1}: Überschrift „${fix.original}“ wird als „${fix.name}“ geführt.`,
      `Column ${fix.index + 1}: header "${fix.original}" is shown as "${fix.name}".`,
      'Benennen Sie die Spalte in der Datei eindeutig, wenn der neue Name nicht passt.', 'Give the column a unique name in the file if the new name does not fit.'));
  }
  const nonEmpty = nonEmptyCounts(data, names.length);
  const chosenKey = options.keyColumn !== undefined && options.keyColumn.trim() !== '';
  const keyColumn = chosenKey ? findColumn(names, options.keyColumn!)
    : names.findIndex((_, c) => nonEmpty[c] >= 0.5 * data.length && columnShare(data, c, nonEmpty[c], keyLike, (share) => share >= 0.9));
  if (chosenKey && keyColumn < 0) {
    problems.add(problem('error', 'key_column_not_found', fileName, { column: options.keyColumn }, `Die gewählte Schlüsselspalte „${options.keyColumn}“ gibt es nicht (Spalten: ${names.join(', ')}).`,
      `The chosen key column "${options.keyColumn}" does not exist (columns: ${names.join(', ')}).`, 'Wählen Sie eine der vorhandenen Spalten (Name oder #Nummer).', 'Choose one of the columns (name or #number).'));
    return empty();
  }
  if (keyColumn < 0) {
    problems.add(problem('error', 'no_area_key_column', fileName, {}, 'Keine Spalte mit Gebietsschlüsseln (AGS/ARS, z. B. 03241) gefunden.',
      'No column with area keys (AGS/ARS, e.g. 03241) found.', 'Fügen Sie eine Spalte mit dem amtlichen Gemeindeschlüssel hinzu.', 'Add a column with the official municipality key.'));
    return empty();
  }
  const decimal = options.decimal ?? detectDecimal(cellsBesideKey(data, keyColumn), options.delimiter === ',' ? '.' : ',').decimal;
  const style = decimal === '.' ? 'en' : 'de';
  const valueColumns: number[] = [];
  let nameColumn: number | null = null;
  names.forEach((name, c) => {
    if (c === keyColumn) return;
    if (columnShare(data, c, nonEmpty[c], (v) => isValueLike(v, style), (share) => share > 0.5)) valueColumns.push(c);
    else if (nameColumn === null) nameColumn = c;
    else problems.add(problem('warning', 'text_column_ignored', fileName, { column: name },
      `Spalte „${name}“ enthält Text und wird nicht als Merkmal übernommen.`, `Column "${name}" holds text and is not imported as an indicator.`,
      'Wenn sie Zahlen enthalten soll, prüfen Sie Dezimal- und Tausendertrennzeichen.', 'If it should hold numbers, check decimal and thousands separators.'));
  });
  const out: NormalisedRow[] = [];
  const ids = new Map<string, string>();
  const meta = valueColumns.map((c) => {
    const { label: rawLabel, period } = splitPeriod(names[c]);
    const withUnit = variableWithUnit(rawLabel);
    const label = withUnit?.variable ?? (rawLabel || names[c]);
    // The indicator id is asked for when the column's first value is read (ids depend on that order).
    return { column: c, label, unit: withUnit?.unit ?? '', period: period ?? options.period ?? null, id: null as string | null };
  });
  const noPeriod = valueColumns.filter((_, i) => meta[i].period === null);
  if (noPeriod.length > 0) {
    problems.add(problem('error', 'no_period', fileName, { column: names[noPeriod[0]] },
      `Für ${noPeriod.length} Spalte(n) ist kein Zeitraum bekannt (z. B. „${names[noPeriod[0]]}“).`,
      `No period is known for ${noPeriod.length} column(s) (e.g. "${names[noPeriod[0]]}").`,
      'Geben Sie den Zeitraum an (--period 2023) oder schreiben Sie das Jahr in die Überschrift.', 'Give the period (--period 2023) or put the year in the header.'));
    return empty();
  }
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const line = dataLines[r];
    const filled = dataFilled[r];
    if (filled > width || row.length < width) {
      // Short rows may be padded when the user allows it; cells beyond the header would be lost: always an error.
      const padded = options.allowRagged === true && filled <= width;
      problems.add(problem(padded ? 'warning' : 'error', 'ragged_row', fileName, { line },
        `Zeile ${line}: ${filled > width ? filled : row.length} Felder statt ${width}.`, `Line ${line}: ${filled > width ? filled : row.length} fields instead of ${width}.`,
        'Prüfen Sie die Zeile, oder importieren Sie mit --allow-ragged (fehlende Werte werden „keine Daten“).',
        'Check the row, or import with --allow-ragged (missing cells become "no data").'));
      if (!padded) continue;
    }
    const reading = readAreaKey(row[keyColumn] ?? '');
    let key = reading.key; // = normaliseAreaKey(cell)
    if (chosenKey) {
      // The user's own keys (e.g. district numbers of a city): text as it is, only an empty cell is refused.
      if (key === '') {
        problems.add(problem('error', 'invalid_key', fileName, { line, column: names[keyColumn] }, `Zeile ${line}: Die Schlüsselspalte ist leer.`,
          `Line ${line}: the key column is empty.`, 'Ergänzen oder entfernen Sie die Zeile.', 'Fill in or remove the row.'));
        continue;
      }
    } else if (reading.kind === 'lost_zero') {
      if (options.padKeys) key = reading.proposed;
      else problems.add(problem('warning', 'key_lost_zero', fileName, { line, column: names[keyColumn] },
        `Zeile ${line}: Schlüssel ${reading.key} – fehlt die führende Null (${reading.proposed})?`, `Line ${line}: key ${reading.key} – was its leading zero lost (${reading.proposed})?`,
        'Bestätigen Sie das Auffüllen mit führender Null (--pad-keys).', 'Confirm padding with a leading zero (--pad-keys).'));
    } else if (reading.kind === 'not_a_key') {
      problems.add(problem('error', 'invalid_key', fileName, { line, column: names[keyColumn] }, `Zeile ${line}: „${key}“ ist kein Gebietsschlüssel.`,
        `Line ${line}: "${key}" is not an area key.`, 'Korrigieren oder entfernen Sie die Zeile.', 'Correct or remove the row.'));
      continue;
    }
    const name = nameColumn === null ? '' : (row[nameColumn] ?? '').trim();
    for (const m of meta) {
      const c = m.column;
      const raw = row[c] ?? '';
      // Most cells are plain numbers: read without an intermediate object.
      const fast = fastNumber(raw, style);
      if (fast !== null) {
        out.push({
          areaKey: key, areaName: name, indicator: m.id ??= indicatorId(null, [m.label], ids, m.label), label: m.label,
          unit: m.unit, period: m.period as string, value: fast, status: 'ok', aggregate: false, line,
        });
        continue;
      }
      const cell = readValueCell(raw, { style, zeroIsSymbol: false });
      if (!cell.ok) {
        problems.add(problem('error', 'invalid_value', fileName, { line, column: names[c] }, `Zeile ${line}, Spalte „${names[c]}“: ${cell.de}.`,
          `Line ${line}, column "${names[c]}": ${cell.en}.`, 'Korrigieren Sie den Wert.', 'Correct the value.'));
        continue;
      }
      out.push({
        areaKey: key, areaName: name, indicator: m.id ??= indicatorId(null, [m.label], ids, m.label), label: m.label,
        unit: m.unit || (cell.percent ? '%' : ''), period: m.period as string,
        value: cell.status === 'zero' ? null : cell.value, status: cell.status, aggregate: false, line,
      });
    }
  }
  const { level, indicators } = finishRows(out, problems, fileName);
  return { format: 'csv', provenance, indicators, rows: out, problems: problems.list(), level, keyColumn: names[keyColumn] };
}
