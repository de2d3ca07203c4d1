import { parseArgs } from 'node:util';
import { checkSize, DEFAULT_MAX_BYTES } from '../../data/import/decode';
import type { TextEncodingName } from '../../data/import/detect/encoding';
import { allProblems, importTable } from '../../data/import/detect/importTable';
import type { FileContents } from '../../data/import/lists/fileContents';
import { importXlsx, isXlsx } from '../../data/import/xlsx/importXlsx';
import { formatProblem, toBytes, usageError, type ImportIo } from './importIo';

export const INSPECT_HELP = `atlas inspect <Datei> [--json] [--encoding utf-8|windows-1252] [--period <Jahr>] [--max-bytes <n>] [--sheet <Blatt>] [--crs EPSG:25832|swap-axes] [--key <Eigenschaft>] [--contents table|areas|programme-areas|projects]

  Erkennt Format, Kodierung, Trennzeichen und Dezimalzeichen einer Tabelle und prüft sie, ohne etwas zu importieren.
  Detects format, encoding, delimiter and decimal mark of a table and checks it without importing anything.
  Formate / formats: GENESIS-CSV (Regionalstatistik, GENESIS-Online, LSN-Online), GENESIS-Flatfile (ffcsv, auch als ZIP), CSV, Excel (.xlsx), GeoJSON, Zensus-2022-Gitter.
  --sheet  Excel-Blatt (Name oder Nummer) / Excel sheet (name or number)
  --crs    GeoJSON: erkanntes Koordinatensystem bestätigen, dann Umrechnung nach WGS 84 / confirm the detected CRS, then reproject to WGS 84
  --key    GeoJSON: Eigenschaft mit den Gebietsschlüsseln / property holding the area keys
  --contents  Inhalt statt Erkennung: Indikatorentabelle, Gebiete, Fördergebiete, Mitgliedsprojekte / contents instead of detection
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
      options: { json: { type: 'boolean' }, encoding: { type: 'string' }, period: { type: 'string' }, 'max-bytes': { type: 'string' }, help: { type: 'boolean' },
        sheet: { type: 'string' }, crs: { type: 'string' }, key: { type: 'string' }, contents: { type: 'string' } },
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
  const contents = values.contents as FileContents | undefined;
  if (contents !== undefined && !['table', 'areas', 'programme-areas', 'projects'].includes(contents)) {
    return usageError(io, `Unbekannter Inhalt „${contents}“ (table, areas, programme-areas, projects).`, `unknown contents "${contents}" (table, areas, programme-areas, projects).`);
  }
  const report = await inspectFile(path, io, { encoding, period: values.period, maxBytes, sheet: values.sheet, confirmCrs: values.crs, keyProperty: values.key, contents });
  const { analysed: _analysed, problemLines, ...json } = report;
  if (values.json) io.stdout(JSON.stringify(json, null, 2));
  else {
    io.stdout(`${path}: ${report.format}, ${report.encoding ?? '?'}, Trennzeichen/delimiter ${JSON.stringify(report.delimiter)}, Dezimal/decimal ${JSON.stringify(report.decimal)}`);
    if (report.table) io.stdout(`Tabelle/table ${report.table}: ${report.title ?? ''}`);
    io.stdout(`${report.rows} Werte/values, Ebene/level ${report.level ?? '?'}, Schlüssel/key ${report.keyColumn ?? '?'}`);
    for (const i of report.indicators) io.stdout(`  ${i.id}: ${i.label} [${i.unit}] ${i.periods.join(', ')}`);
    if (report.list) io.stdout(`${report.list.rows} ${report.list.kind === 'projects' ? 'Mitgliedsprojekte/member projects' : 'Fördergebiete/programme areas'}`);
    if (report.geo) {
      const g = report.geo;
      io.stdout(`${g.features} Objekte/features, KBS/CRS ${g.crs.detected ?? '?'} (${g.crs.source})${g.crs.needsConfirmation ? `, Bestätigung nötig/needs confirmation: ${g.crs.swapped ? 'swap-axes' : g.crs.candidates.join(' | ')}` : ''}`);
    }
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
  /** GeoJSON only: feature count, CRS report, key property and per-feature errors/warnings. */
  geo?: {
    features: number;
    crs: { detected: string | null; source: string; candidates: string[]; swapped: boolean; needsConfirmation: boolean; reprojected: boolean };
    keyProperty: string | null;
    areaUsable: number;
    perFeature: Array<{ feature: number; key: string | null; errors: string[]; warnings: string[] }>;
  };
  /** Zensus grid only. */
  grid?: { cells: number; cellSize: number | null };
  /** What the file holds (detected, or `--contents`). */
  contents: FileContents;
  /** Member-project and programme-area lists: rows that would be loaded and the CRS report. */
  list?: { kind: 'projects' | 'programme-areas'; rows: number; crs: { detected: string | null; candidates: string[]; needsConfirmation: boolean } };
}

export async function inspectFile(path: string, io: ImportIo, options: { encoding?: TextEncodingName; period?: string; maxBytes: number; padKeys?: boolean; allowRagged?: boolean; sheet?: string; confirmCrs?: string; keyProperty?: string; contents?: FileContents }): Promise<InspectReport & { analysed: ReturnType<typeof importTable> | null }> {
  const size = io.fileSize ? await io.fileSize(path) : null;
  const early = size === null ? null : checkSize(size, path, options.maxBytes);
  const bytes = early ? null : toBytes(await io.readFile(path));
  const analysed = bytes === null ? null : isXlsx(bytes) ? await importXlsx(bytes, { fileName: path, ...options }) : importTable(bytes, { fileName: path, ...options });
  const geo = analysed?.geo;
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
    ...(geo ? {
      geo: {
        features: geo.features.length, crs: geo.crs, keyProperty: geo.keyProperty, areaUsable: geo.features.filter((f) => f.areaUsable).length,
        perFeature: geo.features.filter((f) => f.flags.length > 0).map((f) => ({
          feature: f.number, key: f.key,
          errors: f.flags.filter((x) => x.severity === 'error').map((x) => x.code), warnings: f.flags.filter((x) => x.severity === 'warning').map((x) => x.code),
        })),
      },
      level: geo.level,
      keyColumn: geo.keyProperty,
      rows: geo.features.length,
    } : {}),
    ...(analysed?.grid ? { grid: { cells: analysed.grid.cells.length, cellSize: analysed.grid.cellSize } } : {}),
    contents: analysed?.contents ?? 'table',
    ...(analysed?.list ? {
      list: { kind: analysed.list.kind, rows: analysed.list.result.rows.length, crs: analysed.list.result.crs },
      rows: analysed.list.result.rows.length,
    } : {}),
    analysed,
  };
}
