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
  const keys = new Set(rows.map((row) => row.areaKey));
  const totals = aggregateKeys(keys);
  const level = dominantLevel([...keys].filter((key) => !totals.has(key)));
  const fineTable = level !== null && !COARSE.has(level);
  for (const row of rows) {
    const reading = readAreaKey(row.areaKey);
    const coarse = reading.kind !== 'not_a_key' && COARSE.has(reading.level) && fineTable;
    row.aggregate = row.aggregate || totals.has(row.areaKey) || coarse || isAggregateName(row.areaName);
  }
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = `${row.areaKey}\u0000${row.indicator}\u0000${row.period}`;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, row.line);
      continue;
    }
    problems.add(problem('error', 'duplicate_key', fileName, { line: row.line },
      `Zeile ${row.line}: Gebiet ${row.areaKey}, Merkmal „${row.label}“, Zeitraum ${row.period} steht schon in Zeile ${first}.`,
      `Line ${row.line}: area ${row.areaKey}, indicator "${row.label}", period ${row.period} already appears on line ${first}.`,
      'Entfernen Sie die doppelte Zeile oder fassen Sie die Werte vorher zusammen.',
      'Remove the duplicate row or aggregate the values beforehand.'));
  }
  const byId = new Map<string, IndicatorInfo>();
  for (const row of rows) {
    let info = byId.get(row.indicator);
    if (!info) {
      info = { id: row.indicator, label: row.label, unit: row.unit, periods: [] };
      byId.set(row.indicator, info);
    }
    if (!info.periods.includes(row.period)) info.periods.push(row.period);
  }
  for (const info of byId.values()) info.periods.sort();
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
