import { aggregateKeys, dominantLevel, isAggregateName, readAreaKey, type KeyLevel } from '../../../core/areaKey';
import { problem, type IndicatorInfo, type NormalisedRow } from '../normalised';
import { KeyNumbers } from './keyNumbers';
import type { ProblemList } from './problemList';

const COARSE: ReadonlySet<KeyLevel> = new Set(['deutschland', 'land', 'regbez']);

/** First row (index) per key number of one (indicator, period): an array while keys × groups stay small, else a map. */
type FirstRows = Int32Array | Map<number, number>;
const MAX_INDEXED_CELLS = 1 << 23;

/**
 * Common last step of every table importer: marks aggregate rows (DG, keys that contain other keys,
 * Länder/Regierungsbezirke above a finer table, total names), finds the table's level, reports
 * duplicate (area, indicator, period) rows, and lists the indicators with their periods.
 */
export function finishRows(rows: NormalisedRow[], problems: ProblemList, fileName: string): { level: KeyLevel | null; indicators: IndicatorInfo[] } {
  // Each key gets a number once; rows of one source line repeat their key, so consecutive rows reuse the last lookup.
  const numbering = new KeyNumbers();
  const rowKey = new Int32Array(rows.length);
  let lastKey: string | undefined;
  let lastIndex = -1;
  for (let r = 0; r < rows.length; r++) {
    const key = rows[r].areaKey;
    if (key !== lastKey) {
      lastKey = key;
      lastIndex = numbering.numberOf(key);
    }
    rowKey[r] = lastIndex;
  }
  const keys = numbering.keys;
  const totals = aggregateKeys(keys);
  const level = dominantLevel(keys.filter((key) => !totals.has(key)));
  const fineTable = level !== null && !COARSE.has(level);
  // Per key, not per row: a wide table repeats each key once per value column.
  const aggregateKey = new Uint8Array(keys.length);
  keys.forEach((key, k) => {
    const reading = readAreaKey(key);
    aggregateKey[k] = totals.has(key) || (reading.kind !== 'not_a_key' && COARSE.has(reading.level) && fineTable) ? 1 : 0;
  });
  // Names are read once per run of rows with the same name (a memo map costs more than the check for unique names).
  let lastName: string | undefined;
  let lastByName = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.aggregate || aggregateKey[rowKey[r]] === 1) {
      row.aggregate = true;
      continue;
    }
    if (row.areaName !== lastName) {
      lastName = row.areaName;
      lastByName = isAggregateName(lastName);
    }
    row.aggregate = lastByName;
  }
  // Duplicates: first row per (indicator, period) and key, in a table indexed by key number.
  const seen = new Map<string, Map<string, FirstRows>>();
  const byId = new Map<string, IndicatorInfo>();
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let periods = seen.get(row.indicator);
    if (!periods) {
      periods = new Map();
      seen.set(row.indicator, periods);
      byId.set(row.indicator, { id: row.indicator, label: row.label, unit: row.unit, periods: [] });
    }
    let firstRows = periods.get(row.period);
    if (!firstRows) {
      cells += keys.length;
      firstRows = cells <= MAX_INDEXED_CELLS ? new Int32Array(keys.length).fill(-1) : new Map();
      periods.set(row.period, firstRows);
    }
    const k = rowKey[r];
    const firstRow = firstRows instanceof Int32Array ? firstRows[k] : firstRows.get(k) ?? -1;
    if (firstRow < 0) {
      if (firstRows instanceof Int32Array) firstRows[k] = r;
      else firstRows.set(k, r);
      continue;
    }
    const first = rows[firstRow].line;
    problems.add(problem('error', 'duplicate_key', fileName, { line: row.line },
      `Zeile ${row.line}: Gebiet ${row.areaKey}, Merkmal „${row.label}“, Zeitraum ${row.period} steht schon in Zeile ${first}.`,
      `Line ${row.line}: area ${row.areaKey}, indicator "${row.label}", period ${row.period} already appears on line ${first}.`,
      'Entfernen Sie die doppelte Zeile oder fassen Sie die Werte vorher zusammen.',
      'Remove the duplicate row or aggregate the values beforehand.'));
  }
  for (const [id, periods] of seen) byId.get(id)!.periods.push(...[...periods.keys()].sort());
  return { level, indicators: [...byId.values()] };
}

/** Warns once per area whose rows are all `-` (often: the area did not exist at that date). */
export function warnAllDash(rows: readonly NormalisedRow[], problems: ProblemList, fileName: string): void {
  const byLine = new Map<number, NormalisedRow[]>();
  for (const row of rows) {
    const list = byLine.get(row.line) ?? [];
    list.push(row);
    byLine.set(row.line, list);
  }
  const byArea = new Map<string, { name: string; lines: number[] }>();
  for (const [line, list] of byLine) {
    if (list.length < 2 || !list.every((row) => row.status === 'zero')) continue;
    const area = byArea.get(list[0].areaKey) ?? { name: list[0].areaName, lines: [] };
    area.lines.push(line);
    byArea.set(list[0].areaKey, area);
  }
  for (const [key, { name, lines }] of byArea) {
    const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
    problems.add(problem('warning', 'all_dash_row', fileName, { line: lines[0] },
      `${key} ${name}: alle Werte sind „-“ (Zeilen ${shown}) – gab es das Gebiet zu diesem Stichtag (Gebietsstand)?`,
      `${key} ${name}: every value is "-" (lines ${shown}) – did the area exist at that date (territorial status)?`,
      'Prüfen Sie den Gebietsstand; die Werte bleiben als „null (-)“ erhalten.',
      'Check the territorial status; the values are kept as "zero (-)".'));
  }
}
