import { parseArgs } from 'node:util';
import { checkSize, DEFAULT_MAX_BYTES } from '../../data/import/decode';
import type { TextEncodingName } from '../../data/import/detect/encoding';
import { allProblems, importTable } from '../../data/import/detect/importTable';
import { formatProblem, toBytes, usageError, type ImportIo } from './importIo';

export const INSPECT_HELP = `atlas inspect <Datei> [--json] [--encoding utf-8|windows-1252] [--period <Jahr>] [--max-bytes <n>]

  Erkennt Format, Kodierung, Trennzeichen und Dezimalzeichen einer Tabelle und prüft sie, ohne etwas zu importieren.
  Detects format, encoding, delimiter and decimal mark of a table and checks it without importing anything.
  Formate / formats: GENESIS-CSV (Regionalstatistik, GENESIS-Online, LSN-Online), GENESIS-Flatfile (ffcsv, auch als ZIP), CSV.
  Exit 0: importierbar / importable; 1: Fehler / errors.`;

/**
 * `atlas inspect <file> --json` → one JSON object: format, encoding, delimiter, decimal, table, title,
 * level, keyColumn, rows, indicators, statusCounts, warnings, errors.
 */
export async function run(args: string[], io: ImportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true,
      options: { json: { type: 'boolean' }, encoding: { type: 'string' }, period: { type: 'string' }, 'max-bytes': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return usageError(io, `Ungültige Option: ${(error as Error).message}`, `invalid option: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(INSPECT_HELP);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, 'Genau eine Datei angeben.', 'give exactly one file.');
  const [path] = positionals;
  const encoding = values.encoding as TextEncodingName | undefined;
  if (encoding && !['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'].includes(encoding)) {
    return usageError(io, `Unbekannte Kodierung „${encoding}“.`, `unknown encoding "${encoding}".`);
  }
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) return usageError(io, '--max-bytes braucht eine positive Zahl.', '--max-bytes needs a positive number.');
  const report = await inspectFile(path, io, { encoding, period: values.period, maxBytes });
  const { analysed: _analysed, problemLines, ...json } = report;
  if (values.json) io.stdout(JSON.stringify(json, null, 2));
  else {
    io.stdout(`${path}: ${report.format}, ${report.encoding ?? '?'}, Trennzeichen/delimiter ${JSON.stringify(report.delimiter)}, Dezimal/decimal ${JSON.stringify(report.decimal)}`);
    if (report.table) io.stdout(`Tabelle/table ${report.table}: ${report.title ?? ''}`);
    io.stdout(`${report.rows} Werte/values, Ebene/level ${report.level ?? '?'}, Schlüssel/key ${report.keyColumn ?? '?'}`);
    for (const i of report.indicators) io.stdout(`  ${i.id}: ${i.label} [${i.unit}] ${i.periods.join(', ')}`);
  }
  for (const line of problemLines) io.stderr(line);
  return report.errors.length > 0 ? 1 : 0;
}

export interface InspectReport {
  format: string;
  encoding: string | null;
  delimiter: string | null;
  decimal: string | null;
  table: string | null;
  title: string | null;
  level: string | null;
  keyColumn: string | null;
  rows: number;
  aggregateRows: number;
  indicators: Array<{ id: string; label: string; unit: string; periods: string[] }>;
  statusCounts: Record<string, number>;
  provenance: { licence: string | null; stand: string | null; referenceDates: string[]; footnotes: string[] } | null;
  warnings: Array<{ code: string; line?: number; column?: string; de: string; en: string }>;
  errors: Array<{ code: string; line?: number; column?: string; de: string; en: string }>;
  problemLines: string[];
}

export async function inspectFile(path: string, io: ImportIo, options: { encoding?: TextEncodingName; period?: string; maxBytes: number; padKeys?: boolean; allowRagged?: boolean }): Promise<InspectReport & { analysed: ReturnType<typeof importTable> | null }> {
  const size = io.fileSize ? await io.fileSize(path) : null;
  const early = size === null ? null : checkSize(size, path, options.maxBytes);
  const analysed = early ? null : importTable(toBytes(await io.readFile(path)), { fileName: path, ...options });
  const problems = analysed ? allProblems(analysed) : [early!];
  const table = analysed?.table ?? null;
  const statusCounts: Record<string, number> = {};
  for (const row of table?.rows ?? []) statusCounts[row.status] = (statusCounts[row.status] ?? 0) + 1;
  const brief = (p: (typeof problems)[number]) => ({ code: p.code, line: p.line, column: p.column, de: p.de, en: p.en, todoDe: p.todoDe, todoEn: p.todoEn });
  return {
    format: analysed?.format ?? 'unknown',
    encoding: analysed?.encoding ?? null,
    delimiter: analysed?.delimiter ?? null,
    decimal: analysed?.decimal ?? null,
    table: table?.provenance.tableCode ?? null,
    title: table?.provenance.title ?? null,
    level: table?.level ?? null,
    keyColumn: table?.keyColumn ?? null,
    rows: table?.rows.length ?? 0,
    aggregateRows: table?.rows.filter((r) => r.aggregate).length ?? 0,
    indicators: table?.indicators ?? [],
    statusCounts,
    provenance: table ? { licence: table.provenance.licence, stand: table.provenance.stand, referenceDates: table.provenance.referenceDates, footnotes: table.provenance.footnotes } : null,
    warnings: problems.filter((p) => p.severity === 'warning').map(brief),
    errors: problems.filter((p) => p.severity === 'error').map(brief),
    problemLines: problems.map(formatProblem),
    analysed,
  };
}
