import { readAreaKey } from '../../../core/areaKey';
import type { NumberStyle } from '../../../core/germanNumber';
import { readPeriod } from './period';
import { isValueLike } from './valueCell';

/** Where the parts of a classic GENESIS table are, as row and column indices. */
export interface Layout {
  titleEnd: number;
  headerRows: number[];
  dataStart: number;
  footerStart: number;
  keyColumn: number;
  nameColumn: number | null;
  dateColumn: number | null;
  breakdownColumns: number[];
  valueColumns: number[];
}

const FOOTER_LINE = /^_{3,}$/;

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** A key, or a 4-/7-digit key that lost its zero (not a year such as 2015, which would read as Hamburg). */
function isKeyCell(cell: string): boolean {
  const reading = readAreaKey(cell);
  if (reading.kind === 'key') return true;
  if (reading.kind !== 'lost_zero') return false;
  return reading.key.length === 7 || (reading.key.length === 4 && !/^(19|20)\d\d$/.test(reading.key));
}

/** Column of the key cell when the row is a data row (a key followed by a value or symbol), else -1. */
function dataRowKeyColumn(row: readonly string[], style: NumberStyle): number {
  for (let j = 0; j < Math.min(row.length, 5); j++) {
    if (!isKeyCell(row[j])) continue;
    for (let k = j + 1; k < row.length; k++) if (isValueLike(row[k], style)) return j;
  }
  return -1;
}

/** Finds footer, first data row, header rows and column roles; null when no row carries an area key. */
export function findLayout(rows: readonly string[][], style: NumberStyle): Layout | null {
  let footerStart = rows.findIndex((row) => FOOTER_LINE.test((row[0] ?? '').trim()) && row.slice(1).every((c) => c.trim() === ''));
  if (footerStart < 0) footerStart = rows.length;
  let dataStart = -1;
  let firstKeyColumn = -1;
  for (let i = 0; i < footerStart && dataStart < 0; i++) {
    firstKeyColumn = dataRowKeyColumn(rows[i], style);
    if (firstKeyColumn >= 0) dataStart = i;
  }
  if (dataStart < 0) return null;
  // Rows above with a key in the same column are data too, even when their values are broken.
  while (dataStart > 0 && isKeyCell(rows[dataStart - 1][firstKeyColumn] ?? '')) dataStart--;

  const headerRows: number[] = [];
  for (let i = dataStart - 1; i >= 0 && headerRows.length < 6; i--) {
    const row = rows[i];
    if (isBlankRow(row) || !row.slice(1).some((cell) => cell.trim() !== '')) break;
    headerRows.unshift(i);
  }
  const titleEnd = headerRows.length > 0 ? headerRows[0] : dataStart;

  const data = rows.slice(dataStart, footerStart).filter((row) => !isBlankRow(row));
  // Width: the most common filled length of data rows (a ragged row must not widen the table).
  const filled = (row: readonly string[]) => {
    let last = row.length - 1;
    while (last >= 0 && row[last].trim() === '') last--;
    return last + 1;
  };
  const tally = new Map<number, number>();
  for (const row of data) tally.set(filled(row), (tally.get(filled(row)) ?? 0) + 1);
  let width = 0;
  let widthCount = 0;
  for (const [w, n] of tally) if (n > widthCount || (n === widthCount && w > width)) [width, widthCount] = [w, n];
  for (const r of headerRows) width = Math.max(width, filled(rows[r]));
  const statsWidth = Math.max(width, ...data.map(filled));
  const stats = Array.from({ length: statsWidth }, () => ({ nonEmpty: 0, key: 0, value: 0, date: 0, text: 0 }));
  for (const row of data) {
    for (let c = 0; c < width; c++) {
      const cell = (row[c] ?? '').trim();
      if (cell === '') continue;
      const s = stats[c];
      s.nonEmpty++;
      if (isKeyCell(cell)) s.key++;
      if (readPeriod(cell) !== null) s.date++;
      if (isValueLike(cell, style)) s.value++;
      else s.text++;
    }
  }
  const share = (n: number, c: number) => (stats[c].nonEmpty === 0 ? 0 : n / stats[c].nonEmpty);
  const keyColumn = stats.findIndex((s, c) => c < 5 && s.nonEmpty >= 0.5 * data.length && share(s.key, c) >= 0.9);
  if (keyColumn < 0) return null;
  // Long tables carry the date in a column before the key column.
  let dateColumn: number | null = null;
  for (let c = 0; c < keyColumn; c++) {
    if (stats[c].nonEmpty === data.length && share(stats[c].date, c) === 1) dateColumn = c;
  }
  const isText = (c: number) => share(stats[c].text, c) > 0.5;
  const lead: number[] = [];
  for (let c = 0; c < keyColumn; c++) if (c !== dateColumn && isText(c)) lead.push(c);
  let leadEnd = keyColumn;
  while (leadEnd + 1 < width && isText(leadEnd + 1)) lead.push(++leadEnd);
  const nameColumn = lead.find((c) => c > keyColumn) ?? lead[0] ?? null;
  const breakdownColumns = lead.filter((c) => c !== nameColumn);
  const valueColumns: number[] = [];
  for (let c = leadEnd + 1; c < width; c++) valueColumns.push(c);
  return { titleEnd, headerRows, dataStart, footerStart, keyColumn, nameColumn, dateColumn, breakdownColumns, valueColumns };
}
