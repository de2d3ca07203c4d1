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
  const quoteChar = options.quoteChar ?? '"';
  const result = canSplit(text, options.delimiter, quoteChar) ? splitUnquoted(text, options.delimiter) : parseWithPapaparse(text, options);
  // papaparse yields one trailing empty row for a file ending in a newline.
  const { rows, lines } = result;
  if (rows.length > 0) {
    const last = rows[rows.length - 1];
    if (last.length === 1 && last[0] === '') {
      rows.pop();
      lines.pop();
    }
  }
  return result;
}

/** Characters papaparse refuses as a delimiter (it falls back to `,`). */
const BAD_DELIMITERS = ['\r', '\n', '"', '\ufeff'];

/** Text without a single quote character: papaparse itself then only splits (its "fast mode"); so do we, without its per-row overhead. */
function canSplit(text: string, delimiter: string, quoteChar: string): boolean {
  // papaparse strips a leading BOM before counting its cursor: leave such a text to it.
  return quoteChar !== '' && delimiter !== '' && !BAD_DELIMITERS.includes(delimiter) && text.charCodeAt(0) !== 0xfeff && text.indexOf(quoteChar) === -1;
}

/** papaparse's line-ending guess for a text without quotes: `\n` unless `\r` comes first, then `\r\n` if most `\r` are followed by `\n`. */
function guessNewline(text: string): '\n' | '\r' | '\r\n' {
  const head = text.substring(0, 1024 * 1024);
  const firstCr = head.indexOf('\r');
  if (firstCr === -1) return '\n';
  const firstLf = head.indexOf('\n');
  if (firstLf !== -1 && firstLf < firstCr) return '\n';
  let crs = 0;
  let crlfs = 0;
  for (let i = firstCr; i !== -1; i = head.indexOf('\r', i + 1)) {
    crs++;
    if (head.charCodeAt(i + 1) === 10) crlfs++;
  }
  // papaparse: pieces of split('\r') (crs + 1) that start with `\n` (crlfs) ≥ half of the pieces.
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}

/**
 * Exactly what papaparse does with a text without quotes (split on its guessed line ending, then
 * on the delimiter; no errors), and the same start lines (every CR, LF or CRLF counts).
 */
function splitUnquoted(text: string, delimiter: string): CsvParseResult {
  const newline = guessNewline(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  const listener = text.length >= PROGRESS_MIN_CHARS ? progressListener : null;
  // With `\n` line ends and no CR anywhere, row i starts on line i + 1.
  const simpleLines = newline === '\n' && text.indexOf('\r') === -1;
  const single = delimiter.length === 1;
  let line = 1;
  let offset = 0;
  // As `text.split(newline).map((row) => row.split(delimiter))`, without the intermediate row strings.
  for (;;) {
    const found = text.indexOf(newline, offset);
    const end = found === -1 ? text.length : found;
    let cells: string[];
    if (single) {
      // Count first: an array of the exact length (pushing grows each row's array to 16 slots, which all survive).
      let count = 1;
      for (let i = text.indexOf(delimiter, offset); i !== -1 && i < end; i = text.indexOf(delimiter, i + 1)) count++;
      cells = new Array<string>(count);
      let start = offset;
      for (let k = 0; k < count - 1; k++) {
        const i = text.indexOf(delimiter, start);
        cells[k] = text.slice(start, i);
        start = i + 1;
      }
      cells[count - 1] = text.slice(start, end);
    } else cells = text.slice(offset, end).split(delimiter);
    rows.push(cells);
    const cursor = found === -1 ? end : end + newline.length;
    if (simpleLines) lines.push(rows.length);
    else {
      lines.push(line);
      line += countNewlines(text, offset, cursor);
    }
    offset = cursor;
    if (listener && rows.length % PROGRESS_EVERY_ROWS === 0) listener({ loaded: cursor, total: text.length, rows: rows.length });
    if (found === -1) break;
  }
  return { rows, problems: [], lines };
}

/** Every text through papaparse, row by row (quoted cells, errors). Exported for tests that compare the split path with it. */
export function parseWithPapaparse(text: string, options: CsvParseOptions): CsvParseResult {
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
  return { rows, problems, lines };
}
