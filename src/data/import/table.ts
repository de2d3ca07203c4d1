import { parseCsvText } from './csvParse';
import { problemAt, type ImportProblem } from './problem';

/** One data row of a CSV file with named columns (a Map: a header `__proto__` is just a key). */
export interface TableRecord {
  line: number;
  get(column: string): string;
  has(column: string): boolean;
}

export interface TableRead {
  records: TableRecord[];
  problems: ImportProblem[];
}

function detectDelimiter(firstLine: string): string {
  const count = (char: string) => firstLine.split(char).length - 1;
  const candidates = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(candidates[0]) > 0 ? candidates[0] : ',';
}

/**
 * Reads a header + rows CSV into records keyed by lower-cased, trimmed header names.
 * Checks: not empty, has data rows, required columns present, no duplicate headers, no ragged rows.
 */
export function readTable(file: string, text: string, required: readonly string[]): TableRead {
  const problems: ImportProblem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problems.push(problemAt(file, null, null, {
      code: 'empty_file',
      messageDe: 'Die Datei ist leer.', messageEn: 'The file is empty.',
      hintDe: 'Bitte eine Datei mit Kopfzeile und Daten wählen.', hintEn: 'Choose a file with a header row and data.',
    }));
    return { records: [], problems };
  }
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const parsed = parseCsvText(body, { delimiter: detectDelimiter(firstLine) });
  for (const p of parsed.problems) {
    problems.push(problemAt(file, p.line, null, {
      code: `csv_${p.code}`,
      messageDe: `CSV-Fehler: ${p.message}`, messageEn: `CSV error: ${p.message}`,
      hintDe: 'Anführungszeichen und Trennzeichen der Zeile prüfen.', hintEn: 'Check the quotes and delimiters of the line.',
    }));
  }
  const [header = [], ...rows] = parsed.rows;
  const names = header.map((name) => name.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (index.has(name)) {
      problems.push(problemAt(file, 1, name, {
        code: 'duplicate_header',
        messageDe: 'Die Spalte kommt mehrfach vor.', messageEn: 'The column appears more than once.',
        hintDe: 'Spalten eindeutig benennen.', hintEn: 'Give every column a distinct name.',
      }));
    } else index.set(name, i);
  });
  for (const column of required) {
    if (!index.has(column)) {
      problems.push(problemAt(file, 1, column, {
        code: 'missing_column',
        messageDe: 'Pflichtspalte fehlt.', messageEn: 'Required column is missing.',
        hintDe: `Kopfzeile muss enthalten: ${required.join(',')}`, hintEn: `The header must contain: ${required.join(',')}`,
      }));
    }
  }
  if (rows.length === 0) {
    problems.push(problemAt(file, null, null, {
      code: 'no_rows',
      messageDe: 'Die Datei enthält nur die Kopfzeile.', messageEn: 'The file has a header but no data rows.',
      hintDe: 'Datenzeilen ergänzen.', hintEn: 'Add data rows.',
    }));
  }
  const records: TableRecord[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length === 1 && cells[0].trim() === '') return; // blank line
    if (cells.length !== names.length) {
      problems.push(problemAt(file, line, null, {
        code: 'ragged_row',
        messageDe: `Die Zeile hat ${cells.length} statt ${names.length} Felder.`,
        messageEn: `The line has ${cells.length} fields instead of ${names.length}.`,
        hintDe: 'Trennzeichen und Anführungszeichen prüfen.', hintEn: 'Check delimiters and quotes.',
      }));
      return;
    }
    records.push({
      line,
      get: (column) => {
        const at = index.get(column);
        return at === undefined ? '' : (cells[at] ?? '');
      },
      has: (column) => index.has(column),
    });
  });
  return { records, problems };
}
