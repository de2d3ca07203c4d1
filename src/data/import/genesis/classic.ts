import { normaliseAreaKey, readAreaKey } from '../../../core/areaKey';
import type { NumberStyle } from '../../../core/germanNumber';
import { parseCsvText } from '../csvParse';
import { problem, type NormalisedRow, type TableImport } from '../normalised';
import { finishRows, warnAllDash } from './finish';
import { readFooter, readTitleBlock } from './frame';
import { findLayout, isBlankRow } from './layout';
import { readPeriod } from './period';
import { ProblemList } from './problemList';
import { indicatorId } from './slug';
import { isUnit, variableWithUnit } from './unit';
import { readValueCell } from './valueCell';

export interface ClassicOptions {
  fileName: string;
  delimiter: string;
  decimal?: ',' | '.';
  /** Period to use when the table names none (e.g. `2016`). */
  period?: string;
  /** Apply the proposed padding of keys whose leading zero was eaten (after the user confirmed it). */
  padKeys?: boolean;
}

interface ColumnMeta {
  parts: string[];
  unit: string | null;
  period: string | null;
  name: string;
}

/** A column without a header is named by its 1-based number: `#2`. */
function columnName(index: number): string {
  return `#${index + 1}`;
}

/** Reads the header cells above one value column: label parts, unit, period. */
function describeColumn(rows: readonly string[][], headerRows: readonly number[], c: number): ColumnMeta {
  const parts: string[] = [];
  let unit: string | null = null;
  let period: string | null = null;
  for (const r of headerRows) {
    const cell = (rows[r][c] ?? '').replace(/\s+/g, ' ').trim();
    if (cell === '') continue;
    const asPeriod = readPeriod(cell);
    if (asPeriod !== null && period === null) period = asPeriod;
    else if (isUnit(cell) && unit === null) unit = cell;
    else {
      const withUnit = variableWithUnit(cell);
      if (withUnit && unit === null) unit = withUnit.unit;
      parts.push(withUnit ? withUnit.variable : cell);
    }
  }
  const name = [...parts, unit ?? '', period ?? ''].filter((p) => p !== '').join(' / ') || columnName(c);
  return { parts, unit, period, name };
}

/** Drops a part equal (ignoring case) to the one before it: `insgesamt – Insgesamt` → `insgesamt`. */
function dedupe(parts: readonly string[]): string[] {
  return parts.filter((part, i) => i === 0 || part.toLowerCase() !== parts[i - 1].toLowerCase());
}

/**
 * Parses a classic GENESIS / Regionalstatistik CSV table (title block, 1–4 header rows, key and
 * name columns, wide or long layout, symbols, footer) into normalised long rows.
 */
export function parseGenesisClassic(text: string, options: ClassicOptions): TableImport {
  const { fileName } = options;
  const style: NumberStyle = options.decimal === '.' ? 'en' : 'de';
  const problems = new ProblemList();
  const parsed = parseCsvText(text, { delimiter: options.delimiter });
  for (const p of parsed.problems) {
    problems.add(problem('error', `csv_${p.code}`, fileName, { line: p.line },
      `Zeile ${p.line}: CSV-Fehler (${p.message}).`, `Line ${p.line}: CSV error (${p.message}).`,
      'Prüfen Sie Anführungszeichen in dieser Zeile.', 'Check the quotes on that line.'));
  }
  const { rows, lines } = parsed;
  const empty: TableImport = {
    format: 'genesis-csv', rows: [], indicators: [], problems: [], level: null, keyColumn: null,
    provenance: { fileName, tableCode: null, title: null, referenceDates: [], licence: null, stand: null, footnotes: [] },
  };
  const layout = findLayout(rows, style);
  if (!layout) {
    problems.add(problem('error', 'no_area_key_column', fileName, {},
      'Keine Spalte mit Gebietsschlüsseln (AGS/ARS, z. B. 03241) und Werten gefunden.',
      'No column with area keys (AGS/ARS, e.g. 03241) followed by values found.',
      'Laden Sie die Tabelle mit Schlüsseln (Regionalschlüssel/AGS) herunter.', 'Download the table with area keys (AGS/ARS).'));
    return { ...empty, problems: problems.list() };
  }
  const title = readTitleBlock(rows.slice(0, layout.titleEnd).map((row) => row.filter((c) => c.trim() !== '').join(' ')));
  const footer = readFooter(rows.slice(layout.footerStart + 1).map((row) => row.filter((c) => c.trim() !== '').join(' ')));
  const header = (c: number) => layout.headerRows.map((r) => (rows[r][c] ?? '').trim()).filter((h) => h !== '').join(' / ');
  const columns = new Map(layout.valueColumns.map((c) => [c, describeColumn(rows, layout.headerRows, c)]));

  const out: NormalisedRow[] = [];
  const ids = new Map<string, string>();
  const referenceDates = new Set<string>();
  if (title.referenceDate) referenceDates.add(title.referenceDate);
  for (const r of layout.headerRows) {
    for (const c of layout.valueColumns) {
      const cell = (rows[r][c] ?? '').trim();
      if (readPeriod(cell) !== null) referenceDates.add(cell);
    }
  }
  let missingPeriodReported = false;
  const width = Math.max(layout.keyColumn, layout.nameColumn ?? 0, ...layout.valueColumns) + 1;

  for (let i = layout.dataStart; i < layout.footerStart; i++) {
    const row = rows[i];
    const line = lines[i];
    if (isBlankRow(row)) continue;
    let filled = row.length;
    while (filled > 0 && row[filled - 1].trim() === '') filled--;
    if (filled > width || row.length < width) {
      problems.add(problem('error', 'ragged_row', fileName, { line },
        `Zeile ${line}: ${filled > width ? filled : row.length} Felder statt ${width}.`,
        `Line ${line}: ${filled > width ? filled : row.length} fields instead of ${width}.`,
        'Prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile.', 'Check delimiters and quotes on that line.'));
      continue;
    }
    const rawKey = row[layout.keyColumn];
    const name = layout.nameColumn === null ? '' : row[layout.nameColumn].trim();
    let key = normaliseAreaKey(rawKey);
    const reading = readAreaKey(rawKey);
    if (reading.kind === 'lost_zero') {
      if (options.padKeys) key = reading.proposed;
      else {
        problems.add(problem('warning', 'key_lost_zero', fileName, { line, column: header(layout.keyColumn) || columnName(layout.keyColumn) },
          `Zeile ${line}: Schlüssel ${reading.key} hat ${reading.key.length} Stellen – fehlt die führende Null (${reading.proposed})?`,
          `Line ${line}: key ${reading.key} has ${reading.key.length} digits – was its leading zero lost (${reading.proposed})?`,
          'Bestätigen Sie das Auffüllen mit führender Null (--pad-keys).', 'Confirm padding with a leading zero (--pad-keys).'));
      }
    } else if (reading.kind === 'not_a_key' && key !== '') {
      problems.add(problem('error', 'invalid_key', fileName, { line, column: header(layout.keyColumn) || columnName(layout.keyColumn) },
        `Zeile ${line}: „${key}“ ist kein Gebietsschlüssel.`, `Line ${line}: "${key}" is not an area key.`,
        'Korrigieren Sie den Schlüssel in der Datei.', 'Correct the key in the file.'));
      continue;
    }
    if (key === '' && name === '') {
      problems.add(problem('error', 'missing_key', fileName, { line },
        `Zeile ${line}: Werte ohne Gebietsschlüssel und Namen.`, `Line ${line}: values without area key or name.`,
        'Ergänzen Sie den Schlüssel oder entfernen Sie die Zeile.', 'Add the key or remove the row.'));
      continue;
    }
    const rowPeriodRaw = layout.dateColumn === null ? null : row[layout.dateColumn].trim();
    if (rowPeriodRaw) referenceDates.add(rowPeriodRaw);
    const breakdown = layout.breakdownColumns.map((c) => row[c].replace(/\s+/g, ' ').trim()).filter((b) => b !== '');
    for (const c of layout.valueColumns) {
      const meta = columns.get(c) as ColumnMeta;
      const period = (rowPeriodRaw ? readPeriod(rowPeriodRaw) : null) ?? meta.period ?? title.period ?? options.period ?? null;
      if (period === null) {
        if (!missingPeriodReported) {
          problems.add(problem('error', 'no_period', fileName, { line, column: meta.name },
            'Die Tabelle nennt keinen Stichtag/Zeitraum (weder im Titel noch in Kopf- oder Datumsspalte).',
            'The table names no reference date or period (not in the title, header or a date column).',
            'Geben Sie den Zeitraum an (--period 2016).', 'Give the period (--period 2016).'));
          missingPeriodReported = true;
        }
        continue;
      }
      const cell = readValueCell(row[c], { style, zeroIsSymbol: true });
      if (!cell.ok) {
        problems.add(problem('error', 'invalid_value', fileName, { line, column: meta.name },
          `Zeile ${line}, Spalte „${meta.name}“: ${cell.de}.`, `Line ${line}, column "${meta.name}": ${cell.en}.`,
          'Korrigieren Sie den Wert oder ersetzen Sie ihn durch ein Zeichen wie „.“ (geheim).',
          'Correct the value or replace it by a symbol such as "." (secret).'));
        continue;
      }
      if (cell.status === 'missing') {
        problems.add(problem('warning', 'empty_value', fileName, { line, column: meta.name },
          `Zeile ${line}, Spalte „${meta.name}“: leere Zelle, als „keine Daten“ übernommen.`,
          `Line ${line}, column "${meta.name}": empty cell, kept as "no data".`,
          'Prüfen Sie, ob der Wert fehlt.', 'Check whether the value is missing.'));
      }
      const labelParts = dedupe([...(title.variable && meta.parts.length < 2 ? [title.variable] : []), ...breakdown, ...meta.parts]);
      const label = labelParts.join(' – ') || title.variable || meta.name;
      const unit = meta.unit ?? title.unit ?? (cell.percent ? '%' : '');
      out.push({
        areaKey: key, areaName: name, indicator: indicatorId(title.tableCode, labelParts, ids, label), label, unit, period,
        value: cell.status === 'zero' ? null : cell.value, status: cell.status, aggregate: key === '', line,
      });
    }
  }
  warnAllDash(out, problems, fileName);
  const { level, indicators } = finishRows(out, problems, fileName);
  return {
    format: 'genesis-csv',
    provenance: {
      fileName, tableCode: title.tableCode, title: title.title, referenceDates: [...referenceDates],
      licence: footer.licence, stand: footer.stand, footnotes: footer.footnotes,
    },
    indicators, rows: out, problems: problems.list(), level,
    keyColumn: header(layout.keyColumn) || columnName(layout.keyColumn),
  };
}
