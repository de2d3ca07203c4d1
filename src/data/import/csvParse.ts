import Papa from 'papaparse';

/** The only module that imports papaparse. Every cell stays text: no dynamic typing, ever. */
export interface CsvParseOptions {
  /** Field delimiter; detect it beforehand (papaparse's own guess is wrong for `;` with decimal commas). */
  delimiter: string;
  /** Quote character, `"` by default. */
  quoteChar?: string;
}

export interface CsvParseProblem {
  /** 1-based line number in the file (the line where the record starts). */
  line: number;
  code: string;
  message: string;
}

export interface CsvParseResult {
  rows: string[][];
  problems: CsvParseProblem[];
  /** 1-based line in the text where each row starts (a quoted cell may span several lines). */
  lines: number[];
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/** Progress of a running parse: characters read of the text, records so far. */
export interface ParseProgress {
  loaded: number;
  total: number;
  rows: number;
}

let progressListener: ((progress: ParseProgress) => void) | null = null;
const PROGRESS_EVERY_ROWS = 50_000;
const PROGRESS_MIN_CHARS = 1 << 20;

/**
 * Runs `run` (synchronous) and reports the progress of every large parse inside it: the import
 * worker posts it to the page while papaparse works through a big file.
 */
export function withParseProgress<T>(report: (progress: ParseProgress) => void, run: () => T): T {
  const previous = progressListener;
  progressListener = report;
  try {
    return run();
  } finally {
    progressListener = previous;
  }
}

export function parseCsvText(text: string, options: CsvParseOptions): CsvParseResult {
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CsvParseProblem[] = [];
  let offset = 0;
  let line = 1;
  const listener = text.length >= PROGRESS_MIN_CHARS ? progressListener : null;
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    quoteChar: options.quoteChar ?? '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      rows.push(result.data);
      lines.push(line);
      for (const error of result.errors) problems.push({ line, code: error.code, message: error.message });
      const cursor = result.meta.cursor;
      line += countNewlines(text, offset, cursor);
      offset = cursor;
      if (listener && rows.length % PROGRESS_EVERY_ROWS === 0) listener({ loaded: cursor, total: text.length, rows: rows.length });
    },
  });
  // papaparse yields one trailing empty row for a file ending in a newline.
  if (rows.length > 0) {
    const last = rows[rows.length - 1];
    if (last.length === 1 && last[0] === '') {
      rows.pop();
      lines.pop();
    }
  }
  return { rows, problems, lines };
}
