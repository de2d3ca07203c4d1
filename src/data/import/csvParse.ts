import Papa from 'papaparse';

/** The only module that imports papaparse. Every cell stays text: no dynamic typing, ever. */
export interface CsvParseOptions {
  /** Field delimiter; detect it beforehand (papaparse's own guess is wrong for `;` with decimal commas). */
  delimiter: string;
  /** Quote character, `"` by default. */
  quoteChar?: string;
}

export interface CsvParseProblem {
  /** 1-based line number in the file. */
  line: number;
  code: string;
  message: string;
}

export interface CsvParseResult {
  rows: string[][];
  problems: CsvParseProblem[];
}

export function parseCsvText(text: string, options: CsvParseOptions): CsvParseResult {
  const result = Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    quoteChar: options.quoteChar ?? '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows = result.data;
  // papaparse yields one trailing empty row for a file ending in a newline.
  if (rows.length > 0) {
    const last = rows[rows.length - 1];
    if (last.length === 1 && last[0] === '') rows.pop();
  }
  const problems = result.errors.map((error) => ({
    line: (error.row ?? 0) + 1,
    code: error.code,
    message: error.message,
  }));
  return { rows, problems };
}
