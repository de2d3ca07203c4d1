import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import type { ExportTable } from './tableCsv';

/**
 * The table as an .xlsx workbook (one sheet): key and name columns as TEXT cells (a key such as
 * `03241001` keeps its zero), numbers as numbers, the footer lines below the table.
 */
export function tableSheet(table: ExportTable): SheetData {
  const header: Cell[] = table.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const rows: Cell[][] = table.rows.map((row) =>
    row.map((cell, i): Cell => {
      if (cell === null) return null;
      if (table.columns[i]?.kind === 'number' && typeof cell === 'number' && Number.isFinite(cell)) {
        return { value: cell, type: Number };
      }
      return { value: String(cell), type: String };
    }),
  );
  const footer: Cell[][] = table.footer.map((text) => [{ value: text, type: String }]);
  return [header, ...rows, ...(footer.length > 0 ? [[null], ...footer] : [])];
}

export async function writeTableXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const name = sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Tabelle';
  return writeXlsxFile(tableSheet(table), { sheet: name }).toBlob();
}
