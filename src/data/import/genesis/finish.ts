import { aggregateKeys, dominantLevel, isAggregateName, readAreaKey, type KeyLevel } from '../../../core/areaKey';
import { problem, type IndicatorInfo, type NormalisedRow } from '../normalised';
import type { ProblemList } from './problemList';

const COARSE: ReadonlySet<KeyLevel> = new Set(['deutschland', 'land', 'regbez']);

/**
 * Common last step of every table importer: marks aggregate rows (DG, keys that contain other keys,
 * Länder/Regierungsbezirke above a finer table, total names), finds the table's level, reports
 * duplicate (area, indicator, period) rows, and lists the indicators with their periods.
 */
export function finishRows(rows: NormalisedRow[], problems: ProblemList, fileName: string): { level: KeyLevel | null; indicators: IndicatorInfo[] } {
  const keys = new Set<string>();
  for (const row of rows) keys.add(row.areaKey);
  const totals = aggregateKeys(keys);
  const level = dominantLevel([...keys].filter((key) => !totals.has(key)));
  const fineTable = level !== null && !COARSE.has(level);
  // Per key, not per row: a wide table repeats each key once per value column.
  const aggregateKey = new Map<string, boolean>();
  for (const key of keys) {
    const reading = readAreaKey(key);
    aggregateKey.set(key, totals.has(key) || (reading.kind !== 'not_a_key' && COARSE.has(reading.level) && fineTable));
  }
  const aggregateName = new Map<string, boolean>();
  for (const row of rows) {
    if (row.aggregate || aggregateKey.get(row.areaKey)) {
      row.aggregate = true;
      continue;
    }
    let byName = aggregateName.get(row.areaName);
    if (byName === undefined) {
      byName = isAggregateName(row.areaName);
      aggregateName.set(row.areaName, byName);
    }
    row.aggregate = byName;
  }
  // Duplicates: first line per (indicator, period) and key, without a joined string per row.
  const seen = new Map<string, Map<string, Map<string, number>>>();
  const byId = new Map<string, IndicatorInfo>();
  for (const row of rows) {
    let periods = seen.get(row.indicator);
    if (!periods) {
      periods = new Map();
      seen.set(row.indicator, periods);
      byId.set(row.indicator, { id: row.indicator, label: row.label, unit: row.unit, periods: [] });
    }
    let lines = periods.get(row.period);
    if (!lines) {
      lines = new Map();
      periods.set(row.period, lines);
    }
    const first = lines.get(row.areaKey);
    if (first === undefined) {
      lines.set(row.areaKey, row.line);
      continue;
    }
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
