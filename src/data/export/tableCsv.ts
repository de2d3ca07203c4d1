import { neutraliseFormula, quoteCsvCell } from '../import/normalised';
import type { Language } from '../../core/types';

/** A cell of an exported table: text stays text (keys keep their zeros), numbers stay numbers. */
export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  kind: 'text' | 'number';
}

/** A table as exported to CSV and .xlsx, with footer lines (source, licence, demo mark, date, rule). */
export interface ExportTable {
  columns: ExportColumn[];
  rows: ExportCell[][];
  footer: string[];
}

/** The CSV dialect per language: German Excel expects `;` and a decimal comma. */
export function csvDialect(lang: Language): { delimiter: ';' | ','; decimal: ',' | '.' } {
  return lang === 'de' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

/** A number without thousands separators, full precision, the decimal mark of the dialect. */
function numberCell(value: number, decimal: ',' | '.'): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** A text cell: formula starts neutralised (also across line breaks), then RFC 4180 quoting. */
export function safeTextCell(text: string): string {
  return quoteCsvCell(neutraliseFormula(text));
}

/**
 * The table as CSV text (RFC 4180, CRLF, UTF-8 with BOM so that spreadsheet programs read the
 * umlauts): header, rows, an empty line and the footer lines, each a single quoted-if-needed cell.
 */
export function writeTableCsv(table: ExportTable, lang: Language): string {
  const { delimiter, decimal } = csvDialect(lang);
  const line = (cells: ExportCell[], kinds: readonly ('text' | 'number')[]) =>
    cells
      .map((cell, i) => {
        if (cell === null) return '';
        if (typeof cell === 'number') return kinds[i] === 'number' ? numberCell(cell, decimal) : safeTextCell(String(cell));
        return safeTextCell(cell);
      })
      .join(delimiter);
  const kinds = table.columns.map((c) => c.kind);
  const lines = [line(table.columns.map((c) => c.header), table.columns.map(() => 'text'))];
  for (const row of table.rows) lines.push(line(row, kinds));
  if (table.footer.length > 0) {
    lines.push('');
    for (const text of table.footer) lines.push(safeTextCell(text));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
