import readXlsxFile from 'read-excel-file/universal';
import type { AnalysedFile, ImportTableOptions } from '../detect/importTable';
import { fromListProblem } from '../lists/fileContents';
import { looksLikeProjectList, projectsFromRows } from '../lists/projectList';
import { sniffMagic } from '../detect/magic';
import { isOfficeZip, listZipEntries } from '../detect/zip';
import { problem, quoteCsvCell, type ImportProblem } from '../normalised';
import { parsePlainCsv } from '../plainCsv/plainCsv';
import { sheetHasKeys, splitSheet, type XlsxCell } from './sheetRows';

/** True for an Office Open XML file (xlsx), told apart from other ZIPs by its entries. */
export function isXlsx(bytes: Uint8Array): boolean {
  return sniffMagic(bytes) === 'zip' && isOfficeZip(listZipEntries(bytes) ?? []);
}

function fail(fileName: string, problems: ImportProblem[]): AnalysedFile {
  return { format: 'xlsx', encoding: null, delimiter: null, decimal: null, table: null, problems };
}

/**
 * An Excel workbook: the sheet (`--sheet` name or 1-based number; else the first with data), title
 * lines and multi-row headers, then the plain-table logic (key column, wide → long, statuses).
 * Text cells stay text ("03241001"); a numeric key that lost its zero gets a warning and a padding proposal.
 */
export async function importXlsx(bytes: Uint8Array, options: ImportTableOptions): Promise<AnalysedFile> {
  const { fileName } = options;
  let sheets: Array<{ sheet: string; data: XlsxCell[][] }>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as unknown as Array<{ sheet: string; data: XlsxCell[][] }>;
  } catch (error) {
    return fail(fileName, [problem('error', 'xlsx_unreadable', fileName, {}, `Die Excel-Datei ist nicht lesbar (${(error as Error).message}).`,
      `The Excel file cannot be read (${(error as Error).message}).`, 'Öffnen und speichern Sie die Datei erneut als .xlsx, oder exportieren Sie CSV.', 'Open and save the file again as .xlsx, or export CSV.')]);
  }
  const names = sheets.map((s) => s.sheet);
  const problems: ImportProblem[] = [];
  let chosen: number;
  if (options.sheet !== undefined) {
    const n = /^\d+$/.test(options.sheet) ? Number(options.sheet) - 1 : -1;
    chosen = n >= 0 && n < sheets.length ? n : names.indexOf(options.sheet);
    if (chosen < 0) {
      return fail(fileName, [problem('error', 'sheet_not_found', fileName, {}, `Blatt „${options.sheet}“ gibt es nicht; vorhanden: ${names.join(', ')}.`,
        `There is no sheet "${options.sheet}"; the workbook has: ${names.join(', ')}.`, 'Wählen Sie ein vorhandenes Blatt (--sheet).', 'Choose an existing sheet (--sheet).')]);
    }
  } else {
    // Sheets with area keys first (a notes sheet before the table is common), then any sheet with data.
    const withData = sheets.map((s, i) => ({ i, n: s.data.length, keys: sheetHasKeys(s.data) })).filter((s) => s.n > 0)
      .sort((a, b) => Number(b.keys) - Number(a.keys) || a.i - b.i);
    chosen = withData[0]?.i ?? 0;
    if (withData.length > 1) {
      problems.push(problem('warning', 'sheet_chosen', fileName, {}, `Blatt „${names[chosen]}“ gelesen; weitere Blätter mit Daten: ${withData.slice(1).map((s) => names[s.i]).join(', ')}.`,
        `Sheet "${names[chosen]}" read; other sheets with data: ${withData.slice(1).map((s) => names[s.i]).join(', ')}.`, 'Wählen Sie ein anderes Blatt mit --sheet <Name>.', 'Choose another sheet with --sheet <name>.'));
    }
  }
  const sheet = sheets[chosen];
  const where = `${fileName} [${sheet?.sheet ?? ''}]`;
  if (!sheet || sheet.data.length === 0) {
    return fail(fileName, [problem('error', 'empty_sheet', where, {}, 'Das Blatt ist leer.', 'The sheet is empty.', 'Wählen Sie ein Blatt mit Daten (--sheet).', 'Choose a sheet with data (--sheet).')]);
  }
  const split = splitSheet(sheet.data);
  if (options.contents === 'projects' || (options.contents === undefined && looksLikeProjectList(split.header))) {
    const result = projectsFromRows(where, split.header, split.rows.map((r) => ({ line: r.row, cells: r.cells })), { confirmCrs: options.confirmCrs });
    return {
      format: 'xlsx', encoding: null, delimiter: null, decimal: null, table: null, contents: 'projects',
      problems: [...problems, ...result.problems.map(fromListProblem)], list: { kind: 'projects', result },
    };
  }
  // Blank lines keep the CSV line numbers equal to the sheet's row numbers.
  const lines: string[] = Array.from({ length: Math.max(0, split.headerRow - 1) }, () => '');
  lines.push(split.header.map(quoteCsvCell).join(';'));
  for (const { row, cells } of split.rows) {
    while (lines.length < row - 1) lines.push('');
    lines.push(cells.map(quoteCsvCell).join(';'));
  }
  const table = parsePlainCsv(lines.join('\n'), { fileName: where, delimiter: ';', decimal: '.', hasHeader: true, period: options.period, padKeys: options.padKeys, allowRagged: options.allowRagged });
  const title = split.title.join(' ') || null;
  return {
    format: 'xlsx', encoding: null, delimiter: null, decimal: '.',
    table: { ...table, format: 'xlsx', provenance: { ...table.provenance, fileName, title } },
    problems,
  };
}
