import type { NormalisedRow } from '../import/normalised';
import { neutraliseFormula, quoteCsvCell, writeNormalisedCsv } from '../import/normalised';

export interface KnownArea {
  key: string;
  name: string;
  level: string;
}

export interface KeyEntry {
  key: string;
  name: string;
  /** First source line with the key (0 for areas of the workspace). */
  line: number;
}

export interface DuplicateEntry {
  key: string;
  indicator: string;
  period: string;
  lines: number[];
}

/** How the imported rows meet the loaded areas of one level. */
export interface JoinReport {
  /** Rows that would be loaded: not an aggregate, key an area of the level, not a duplicate. */
  matched: NormalisedRow[];
  matchedKeys: number;
  withoutArea: KeyEntry[];
  areasWithoutData: KeyEntry[];
  duplicates: DuplicateEntry[];
  aggregates: number;
}

/**
 * Joins normalised rows to the areas of `level` by key (text, exact: `03101` ≠ `3101`). Aggregates
 * (Deutschland, Land, totals) are counted, not joined. A key+indicator+period that occurs twice is a
 * duplicate: all of its rows are held back, so that no value is silently chosen.
 */
export function buildJoinReport(rows: readonly NormalisedRow[], areas: readonly KnownArea[], level: string): JoinReport {
  const ofLevel = new Map(areas.filter((a) => a.level === level).map((a) => [a.key, a]));
  const cells = new Map<string, NormalisedRow[]>();
  const withoutArea = new Map<string, KeyEntry>();
  let aggregates = 0;
  for (const row of rows) {
    if (row.aggregate) {
      aggregates++;
      continue;
    }
    if (!ofLevel.has(row.areaKey)) {
      if (!withoutArea.has(row.areaKey)) withoutArea.set(row.areaKey, { key: row.areaKey, name: row.areaName, line: row.line });
      continue;
    }
    const id = JSON.stringify([row.areaKey, row.indicator, row.period]);
    const list = cells.get(id);
    if (list) list.push(row);
    else cells.set(id, [row]);
  }
  const matched: NormalisedRow[] = [];
  const duplicates: DuplicateEntry[] = [];
  const keys = new Set<string>();
  for (const list of cells.values()) {
    if (list.length > 1) {
      duplicates.push({ key: list[0].areaKey, indicator: list[0].indicator, period: list[0].period, lines: list.map((r) => r.line) });
    } else {
      matched.push(list[0]);
      keys.add(list[0].areaKey);
    }
  }
  const withData = new Set([...cells.values()].map((list) => list[0].areaKey));
  const areasWithoutData = [...ofLevel.values()].filter((a) => !withData.has(a.key)).map((a) => ({ key: a.key, name: a.name, line: 0 }));
  return { matched, matchedKeys: keys.size, withoutArea: [...withoutArea.values()], areasWithoutData, duplicates, aggregates };
}

const safe = (text: string) => quoteCsvCell(neutraliseFormula(text));

/** A key list as CSV (`area_key,area_name,line`), safe against formula injection. */
export function keyListCsv(entries: readonly KeyEntry[]): string {
  const lines = ['area_key,area_name,line', ...entries.map((e) => [safe(e.key), safe(e.name), e.line > 0 ? String(e.line) : ''].join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function duplicatesCsv(entries: readonly DuplicateEntry[]): string {
  const lines = ['area_key,indicator,period,lines', ...entries.map((e) => [safe(e.key), safe(e.indicator), safe(e.period), safe(e.lines.join(' '))].join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export const matchedCsv = (report: JoinReport): string => writeNormalisedCsv(report.matched);

/** The lists of a join report that can be downloaded. */
export type JoinPart = 'matched' | 'withoutArea' | 'areasWithoutData' | 'duplicates';

/** One list of the report as the CSV the wizard offers for download. */
export function joinPartCsv(report: JoinReport, part: JoinPart): string {
  if (part === 'matched') return matchedCsv(report);
  if (part === 'duplicates') return duplicatesCsv(report.duplicates);
  return keyListCsv(part === 'withoutArea' ? report.withoutArea : report.areasWithoutData);
}

/**
 * What the page needs to show a join report of a large file: the counts, and each list cut to its
 * first `cap` entries (the full lists are downloaded as CSV from where the rows are kept).
 */
export interface JoinSummary {
  level: string;
  matched: number;
  matchedKeys: number;
  withoutArea: KeyEntry[];
  withoutAreaCount: number;
  areasWithoutData: KeyEntry[];
  areasWithoutDataCount: number;
  duplicates: DuplicateEntry[];
  duplicatesCount: number;
  aggregates: number;
}

export function summariseJoinReport(report: JoinReport, level: string, cap = 1000): JoinSummary {
  return {
    level,
    matched: report.matched.length,
    matchedKeys: report.matchedKeys,
    withoutArea: report.withoutArea.slice(0, cap),
    withoutAreaCount: report.withoutArea.length,
    areasWithoutData: report.areasWithoutData.slice(0, cap),
    areasWithoutDataCount: report.areasWithoutData.length,
    duplicates: report.duplicates.slice(0, cap),
    duplicatesCount: report.duplicates.length,
    aggregates: report.aggregates,
  };
}
