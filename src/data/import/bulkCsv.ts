import { readAreaKey } from '../../core/areaKey';
import type { Connector } from '../connector';
import { generatedFileName } from '../fileName';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import { parseCsvText } from './csvParse';
import { detectDecimal } from './detect/decimal';
import { detectDelimiter } from './detect/delimiter';
import { indicatorId } from './genesis/slug';
import { isValueLike } from './genesis/valueCell';
import { problem, type ImportProblem, type IndicatorInfo } from './normalised';
import { cleanHeaders } from './plainCsv/headers';

/**
 * The fast path for big plain CSV tables: the dialect (delimiter, decimal mark, header, key and value
 * columns) is detected in JS on the first lines; DuckDB then reads the whole file with explicit
 * VARCHAR columns (generated names, keys never sniffed) into a staging table, and SQL turns the wide
 * rows into the normalised long table `area_key, area_name, indicator, label, unit, period, value, status`.
 */
export interface BulkCsvOptions {
  fileName: string;
  /** Target table (created; replaced if it exists). */
  table: string;
  period?: string;
}

export interface BulkCsvResult {
  ok: boolean;
  rows: number;
  delimiter: string;
  decimal: ',' | '.';
  keyColumn: string | null;
  indicators: IndicatorInfo[];
  problems: ImportProblem[];
}

const SAMPLE_CHARS = 256 * 1024;

function yearOf(name: string): { label: string; period: string | null } {
  const m = /^(.*?)[\s_-]*((?:19|20)\d{2})$/.exec(name.trim());
  return m ? { label: m[1].trim() || name, period: m[2] } : { label: name, period: null };
}

/** SQL over a trimmed raw cell `t` (and `bare`, without limited-validity brackets): number, value and status (DIN 55301 symbols; a lone 0 is a number in plain files). */
function cellSql(decimal: ',' | '.'): { num: string; value: string; status: string } {
  const num = decimal === ','
    ? "TRY_CAST(replace(replace(bare, '.', ''), ',', '.') AS DOUBLE)"
    : "TRY_CAST(replace(bare, ',', '') AS DOUBLE)";
  // Numbers first: most cells are numbers, and CASE evaluates later branches only for the rest.
  const status = `CASE WHEN isfinite(num) THEN (CASE WHEN bare <> t THEN 'limited' ELSE 'ok' END)
    WHEN t IS NULL OR t = '' THEN 'missing' WHEN t = '-' THEN 'zero' WHEN t = '.' THEN 'secret'
    WHEN t = '/' THEN 'unreliable' WHEN t IN ('x', 'X') THEN 'blocked' WHEN t = '*' THEN 'suppressed'
    WHEN t IN ('…', '...') THEN 'not_yet' ELSE 'invalid' END`;
  return { num, value: 'num', status };
}

export async function bulkImportCsv(db: Connector, text: string, options: BulkCsvOptions): Promise<BulkCsvResult> {
  const { fileName } = options;
  const problems: ImportProblem[] = [];
  const guess = detectDelimiter(text.slice(0, SAMPLE_CHARS));
  const body = text.slice(guess.skip);
  const sampleText = body.slice(0, SAMPLE_CHARS);
  const sample = parseCsvText(sampleText.slice(0, sampleText.lastIndexOf('\n') + 1 || sampleText.length), { delimiter: guess.delimiter }).rows;
  const fail = (code: string, de: string, en: string, todoDe: string, todoEn: string): BulkCsvResult => {
    problems.push(problem('error', code, fileName, {}, de, en, todoDe, todoEn));
    return { ok: false, rows: 0, delimiter: guess.delimiter, decimal: ',', keyColumn: null, indicators: [], problems };
  };
  if (sample.length < 2) return fail('empty_file', 'Die Datei enthält keine Datenzeilen.', 'The file holds no data rows.', 'Prüfen Sie die Datei.', 'Check the file.');
  const { names } = cleanHeaders(sample[0]);
  const data = sample.slice(1);
  const decimal = detectDecimal(data.slice(0, 2000).flat(), guess.delimiter === ',' ? '.' : ',').decimal;
  const style = decimal === '.' ? 'en' : 'de';
  const column = (c: number) => data.map((r) => (r[c] ?? '').trim()).filter((v) => v !== '');
  const keyIndex = names.findIndex((_, c) => {
    const cells = column(c);
    return cells.length > 0 && cells.filter((v) => readAreaKey(v).kind !== 'not_a_key').length / cells.length >= 0.9;
  });
  if (keyIndex < 0) {
    return fail('no_area_key_column', 'Keine Spalte mit Gebietsschlüsseln (AGS/ARS) gefunden.', 'No column with area keys (AGS/ARS) found.',
      'Fügen Sie eine Spalte mit dem amtlichen Gemeindeschlüssel hinzu.', 'Add a column with the official municipality key.');
  }
  const valueColumns: number[] = [];
  let nameIndex: number | null = null;
  names.forEach((_, c) => {
    if (c === keyIndex) return;
    const cells = column(c);
    if (cells.length > 0 && cells.filter((v) => isValueLike(v, style)).length / cells.length > 0.5) valueColumns.push(c);
    else if (nameIndex === null) nameIndex = c;
  });
  const ids = new Map<string, string>();
  const indicators: IndicatorInfo[] = [];
  const selects: string[] = [];
  const params: string[] = [];
  for (const c of valueColumns) {
    const { label, period } = yearOf(names[c]);
    const p = period ?? options.period;
    if (!p) {
      return fail('no_period', `Für Spalte „${names[c]}“ ist kein Zeitraum bekannt.`, `No period is known for column "${names[c]}".`,
        'Geben Sie den Zeitraum an (--period 2023) oder schreiben Sie das Jahr in die Überschrift.', 'Give the period (--period 2023) or put the year in the header.');
    }
    const id = indicatorId(null, [label], ids, label);
    indicators.push({ id, label, unit: '', periods: [p] });
    selects.push(`SELECT c${keyIndex} AS area_key, ${nameIndex === null ? "''" : `coalesce(trim(c${nameIndex}), '')`} AS area_name, ? AS indicator, ? AS label, '' AS unit, ? AS period, trim(c${c}) AS t FROM staging`);
    params.push(id, label, p);
  }
  const file = generatedFileName('qa_bulk', 'csv');
  const staging = quoteIdent(`${options.table}__staging`);
  const target = quoteIdent(options.table);
  const columns = names.map((_, c) => `${quoteLiteral(`c${c}`)}: 'VARCHAR'`).join(', ');
  await db.registerFileText(file, body);
  try {
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${staging} AS SELECT * FROM read_csv(${quoteLiteral(file)},
      delim = ${quoteLiteral(guess.delimiter)}, quote = '"', escape = '"', header = false, skip = 1, auto_detect = false,
      columns = {${columns}})`);
    const { num, value, status } = cellSql(decimal);
    const cells = `SELECT *, ${num} AS num FROM (SELECT *, CASE WHEN starts_with(t, '(') AND ends_with(t, ')') THEN substr(t, 2, length(t) - 2) ELSE t END AS bare
      FROM (${selects.join(' UNION ALL ').replaceAll('FROM staging', `FROM ${staging}`)}))`;
    await db.query(`CREATE OR REPLACE TABLE ${target} AS SELECT area_key, area_name, indicator, label, unit, period, ${value} AS value, ${status} AS status
      FROM (${cells})`, params);
  } finally {
    await db.dropFile(file);
  }
  // One pass over the long table, one over the (half as long) staging table for the keys.
  const [bad] = await db.query(`SELECT count(*) FILTER (WHERE status = 'invalid')::INTEGER AS n, min(area_key) FILTER (WHERE status = 'invalid') AS key,
      count(*)::INTEGER AS total FROM ${target}`);
  if (Number(bad.n) > 0) {
    // The line is looked up only when needed: numbering every row would slow the fast path down.
    const [at] = await db.query(`SELECT min(line)::INTEGER AS line FROM (SELECT (row_number() OVER () + 1)::INTEGER AS line, c${keyIndex} AS k FROM ${staging}) WHERE k = ?`, [String(bad.key)]);
    bad.first = at?.line ?? null;
    problems.push(problem('error', 'invalid_value', fileName, { line: Number(bad.first) }, `${bad.n} Zellen sind weder Zahl noch Symbol (erste in Zeile ${bad.first}).`,
      `${bad.n} cells are neither a number nor a symbol (first on line ${bad.first}).`, 'Korrigieren Sie die Werte.', 'Correct the values.'));
  }
  const key = `c${keyIndex}`;
  const [keys] = await db.query(`SELECT count(*) FILTER (WHERE ${key} IS NULL OR NOT regexp_full_match(${key}, '[0-9]+|DG'))::INTEGER AS invalid,
      count(*) FILTER (WHERE length(${key}) IN (1, 4, 7, 11) AND NOT starts_with(${key}, '0'))::INTEGER AS lost FROM ${staging}`);
  if (Number(keys.invalid) > 0) {
    problems.push(problem('error', 'invalid_key', fileName, { column: names[keyIndex] }, `${keys.invalid} Zeilen haben keinen gültigen Gebietsschlüssel.`,
      `${keys.invalid} rows have no valid area key.`, 'Korrigieren oder entfernen Sie diese Zeilen.', 'Correct or remove those rows.'));
  }
  if (Number(keys.lost) > 0) {
    problems.push(problem('warning', 'key_lost_zero', fileName, { column: names[keyIndex] }, `${keys.lost} Schlüssel sind eine Stelle zu kurz – fehlt die führende Null?`,
      `${keys.lost} keys are one digit short – was the leading zero lost?`, 'Bestätigen Sie das Auffüllen mit führender Null (--pad-keys).', 'Confirm padding with a leading zero (--pad-keys).'));
  }
  await db.exec(`DROP TABLE IF EXISTS ${staging}`);
  const ok = !problems.some((p) => p.severity === 'error');
  if (!ok) await db.exec(`DROP TABLE IF EXISTS ${target}`);
  return { ok, rows: Number(bad.total), delimiter: guess.delimiter, decimal, keyColumn: names[keyIndex], indicators, problems };
}
