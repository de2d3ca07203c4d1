import { readAreaKey } from '../../../core/areaKey';

/** A cell as read-excel-file gives it. */
export type XlsxCell = string | number | boolean | Date | null | undefined;

/** Cell → text: strings unchanged (a text "03241001" keeps its zero), numbers in JS notation (`.` decimal). */
export function cellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

function keyLike(cell: XlsxCell): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && readAreaKey(String(cell)).kind !== 'not_a_key';
  return typeof cell === 'string' && readAreaKey(cell.trim()).kind === 'key';
}

/** True when some cell of the sheet is an area key (used to pick the sheet with the table). */
export function sheetHasKeys(data: ReadonlyArray<ReadonlyArray<XlsxCell>>): boolean {
  return data.some((r) => r.some(keyLike));
}

export interface SheetTable {
  /** Title lines above the header (rows with a single filled cell). */
  title: string[];
  /** 1-based sheet row of the (last) header row. */
  headerRow: number;
  header: string[];
  /** Data rows with their 1-based sheet row numbers. */
  rows: Array<{ row: number; cells: string[] }>;
}

/**
 * Splits a sheet into title lines, up to four header rows (merged cells are only in their first
 * column: carried to the right, and the rows joined per column, `Einwohner 2023`) and data rows
 * (from the first row whose some cell is an area key).
 */
export function splitSheet(data: ReadonlyArray<ReadonlyArray<XlsxCell>>): SheetTable {
  const filled = (r: ReadonlyArray<XlsxCell>) => r.filter((c) => cellText(c).trim() !== '').length;
  const firstData = data.findIndex((r) => r.some(keyLike));
  const end = firstData < 0 ? Math.min(1, data.length) : firstData;
  const title: string[] = [];
  let start = 0;
  while (start < end - 1 && filled(data[start]) <= 1) {
    const t = data[start].map(cellText).find((c) => c.trim() !== '');
    if (t) title.push(t.trim());
    start++;
  }
  const headerRows = data.slice(Math.max(start, end - 4), end).filter((r) => filled(r) > 0);
  const width = Math.max(0, ...data.map((r) => r.length));
  const header = Array.from({ length: width }, () => '');
  headerRows.forEach((r, h) => {
    let carried = '';
    const last = h === headerRows.length - 1;
    for (let c = 0; c < width; c++) {
      const text = cellText(r[c]).trim();
      if (text !== '') carried = text;
      // Upper rows are carried over merged (empty) cells; the lowest row names each column itself.
      const part = text !== '' ? text : last ? '' : carried;
      if (part !== '' && !header[c].split(' ').includes(part)) header[c] = header[c] === '' ? part : `${header[c]} ${part}`;
    }
  });
  const from = firstData < 0 ? end : firstData;
  const rows = data.slice(from).map((r, i) => ({ row: from + i + 1, cells: Array.from({ length: width }, (_, c) => cellText(r[c])) }));
  return { title, headerRow: end, header, rows };
}
