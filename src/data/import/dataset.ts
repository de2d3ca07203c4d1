import { createAreaLocator, type AreaShape } from '../../analysis/pointArea';
import type { Level } from '../../core/types';
import type { Connector } from '../connector';
import { generatedFileName } from '../fileName';
import { ensureSchema, TABLES, TABLE_ORDER, type TableName } from '../schema';
import { csvInsertSql, deleteDatasetRowsSql, insertRowSql } from '../sql/csvInsert';
import { parseCatalogue } from './catalogue';
import { crossCheck, type ImportContext } from './crossCheck';
import { parseAreasGeoJson, type AreaRow } from './geojsonAreas';
import { parseLongTable } from './longTable';
import { toNormalisedCsv, type CsvValue } from './normalisedCsv';
import { problemAt, type ImportProblem } from './problem';
import { parseProgrammeAreasGeoJson } from './programmeAreas';
import { parseProjectsCsv } from './projects';

/** A file's name (shown in problems and provenance, never used in SQL) and its text. */
export interface SourceFile {
  name: string;
  text: string;
}

/** The files of one dataset, by role. Every part is optional; all are written together or not at all. */
export interface DatasetParts {
  areas?: SourceFile[];
  indicators?: SourceFile;
  observations?: SourceFile;
  programmeAreas?: SourceFile;
  projects?: SourceFile;
}

/** Provenance of the dataset (one `datasets` row). */
export interface DatasetInfo {
  id: string;
  name: string;
  source: string;
  licence: string;
  attribution: string;
  synthetic: boolean;
  vintage?: string | null;
  tableCode?: string | null;
  title?: string | null;
  referenceDate?: string | null;
}

export interface ImportOptions {
  /** Replace an already imported dataset with the same id (inside the same transaction). */
  replace?: boolean;
}

export type ImportCounts = Record<Exclude<TableName, 'datasets' | 'methods'>, number>;
export type ImportOutcome = { ok: true; counts: ImportCounts } | { ok: false; problems: ImportProblem[] };

/** Parses every part (pure). */
export function parseDatasetParts(parts: DatasetParts, synthetic: boolean) {
  const areaParses = (parts.areas ?? []).map((file) => parseAreasGeoJson(file.name, file.text));
  const catalogue = parts.indicators ? parseCatalogue(parts.indicators.name, parts.indicators.text) : null;
  const observations = parts.observations ? parseLongTable(parts.observations.name, parts.observations.text) : null;
  const programme = parts.programmeAreas ? parseProgrammeAreasGeoJson(parts.programmeAreas.name, parts.programmeAreas.text) : null;
  const projects = parts.projects ? parseProjectsCsv(parts.projects.name, parts.projects.text, synthetic) : null;
  const areas: (AreaRow & { file: string })[] = areaParses.flatMap((p, i) =>
    p.areas.map((a) => ({ ...a, file: parts.areas![i].name })));
  return {
    areas,
    indicators: catalogue?.indicators ?? [],
    observations: observations?.rows ?? [],
    programmeAreas: programme?.rows ?? [],
    projects: projects?.rows ?? [],
    problems: [
      ...areaParses.flatMap((p) => p.problems), ...(catalogue?.problems ?? []), ...(observations?.problems ?? []),
      ...(programme?.problems ?? []), ...(projects?.problems ?? []),
    ],
  };
}

/** `area\0indicator\0period` of the values other datasets hold for `indicatorIds`. */
async function existingValues(connector: Connector, datasetId: string, indicatorIds: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const id of indicatorIds) {
    const rows = await connector.query('SELECT area_key, period FROM observations WHERE indicator = ? AND dataset <> ?', [id, datasetId]);
    for (const r of rows) keys.add(`${String(r.area_key)}\u0000${id}\u0000${String(r.period)}`);
  }
  return keys;
}

async function loadContext(connector: Connector, datasetId: string, needShapes: boolean, extended: readonly string[]): Promise<ImportContext & { shapes: AreaShape[]; datasetExists: boolean }> {
  const areas = await connector.query('SELECT key, level FROM areas WHERE dataset <> ?', [datasetId]);
  const indicators = await connector.query('SELECT id FROM indicators WHERE dataset <> ?', [datasetId]);
  const exists = await connector.query('SELECT count(*) AS n FROM datasets WHERE id = ?', [datasetId]);
  const programmeAreas = await connector.query('SELECT id FROM programme_areas WHERE dataset <> ?', [datasetId]);
  const projects = await connector.query('SELECT id FROM projects WHERE dataset <> ?', [datasetId]);
  const shapes = needShapes
    ? (await connector.query('SELECT key, level, geometry FROM areas WHERE dataset <> ? AND geometry IS NOT NULL', [datasetId]))
        .map((r) => ({ key: String(r.key), level: r.level as Level, geometry: JSON.parse(String(r.geometry)) }))
    : [];
  return {
    areaKeys: new Set(areas.map((r) => String(r.key))),
    indicatorIds: new Set(indicators.map((r) => String(r.id))),
    programmeAreaIds: new Set(programmeAreas.map((r) => String(r.id))),
    projectIds: new Set(projects.map((r) => String(r.id))),
    existingValues: await existingValues(connector, datasetId, extended),
    shapes,
    datasetExists: Number(exists[0]?.n ?? 0) > 0,
  };
}

/**
 * Imports one dataset: parse and check every part, then write a `datasets` row and all rows in one
 * transaction. Any problem rejects the whole import before anything is written; a database error
 * rolls everything back. Rows go through a generated CSV file and a fully typed `read_csv`.
 */
export async function importDataset(
  connector: Connector,
  dataset: DatasetInfo,
  parts: DatasetParts,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  await ensureSchema(connector);
  const parsed = parseDatasetParts(parts, dataset.synthetic);
  const own = new Set(parsed.indicators.map((i) => i.id));
  const extended = [...new Set(parsed.observations.map((o) => o.indicator))].filter((id) => !own.has(id));
  const context = await loadContext(connector, dataset.id, parsed.projects.length > 0, extended);
  const problems = [...parsed.problems, ...crossCheck(parsed, context, parts)];
  if (context.datasetExists && !options.replace) {
    problems.push(problemAt(dataset.id, null, null, {
      code: 'dataset_exists',
      messageDe: `Der Datensatz „${dataset.id}“ ist schon geladen.`, messageEn: `Dataset "${dataset.id}" is already loaded.`,
      hintDe: 'Ersetzen wählen oder eine andere Kennung vergeben.', hintEn: 'Choose replace or another id.',
    }));
  }
  if (problems.length > 0) return { ok: false, problems };

  const locator = createAreaLocator([...context.shapes, ...parsed.areas]);
  const tables: { name: TableName; rows: CsvValue[][] }[] = [
    { name: 'areas', rows: parsed.areas.map((a) => [a.key, a.level, a.name, a.type, a.parentKey, a.geometry ? JSON.stringify(a.geometry) : null, a.areaKm2, a.vintage ?? dataset.vintage ?? null, a.synthetic, dataset.id]) },
    { name: 'indicators', rows: parsed.indicators.map((i) => [i.id, i.labelDe, i.labelEn, i.unit, i.polarity, i.numerator, i.denominator, i.scale, i.definitionDe, i.definitionEn, i.referenceDate, i.source, i.licence, i.attribution, i.synthetic, dataset.id]) },
    { name: 'observations', rows: parsed.observations.map((o) => [o.areaKey, o.indicator, o.period, o.value, o.status, o.numerator, o.denominator, dataset.id]) },
    { name: 'programme_areas', rows: parsed.programmeAreas.map((p) => [p.id, p.name, p.programme, p.startYear, p.areaKey, JSON.stringify(p.geometry), p.synthetic, dataset.id]) },
    { name: 'projects', rows: parsed.projects.map((p) => [p.id, p.name, p.type, p.foundedYear, p.lon, p.lat, locator.locate(p.lon, p.lat), p.synthetic, dataset.id]) },
  ];
  const files: { table: TableName; file: string }[] = [];
  try {
    for (const table of tables) {
      if (table.rows.length === 0) continue;
      const file = generatedFileName();
      const spec = TABLES[table.name];
      await connector.registerFileText(file, toNormalisedCsv(spec.columns.map((c) => c.name), table.rows));
      files.push({ table: table.name, file });
    }
    const fileNames = [...(parts.areas ?? []), parts.indicators, parts.observations, parts.programmeAreas, parts.projects]
      .filter((f): f is SourceFile => f !== undefined);
    const hash = await sha256(fileNames.map((f) => `${f.name}\n${f.text}`).join('\n\u0000\n'));
    await connector.transaction(async () => {
      if (options.replace) {
        for (const name of [...TABLE_ORDER].reverse()) {
          if (name !== 'methods') await connector.query(deleteDatasetRowsSql(TABLES[name]), [dataset.id]);
        }
      }
      await connector.query(insertRowSql(TABLES.datasets), [
        dataset.id, dataset.name, fileNames.map((f) => f.name).join(', '), hash, dataset.tableCode ?? null,
        dataset.title ?? null, dataset.referenceDate ?? null, dataset.vintage ?? null, dataset.source,
        dataset.licence, dataset.attribution, dataset.synthetic, new Date().toISOString().replace('T', ' ').replace('Z', ''),
      ]);
      for (const { table, file } of files) await connector.query(csvInsertSql(TABLES[table], file));
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [problemAt(dataset.id, null, null, {
        code: 'database_error',
        messageDe: `Die Datenbank hat den Import abgelehnt; nichts wurde geändert: ${message}`,
        messageEn: `The database rejected the import; nothing was changed: ${message}`,
        hintDe: 'Auf doppelte Schlüssel mit bereits geladenen Daten prüfen.', hintEn: 'Check for keys that clash with data already loaded.',
      })],
    };
  } finally {
    for (const { file } of files) await connector.dropFile(file).catch(() => undefined);
  }
  return {
    ok: true,
    counts: {
      areas: parsed.areas.length, indicators: parsed.indicators.length, observations: parsed.observations.length,
      programme_areas: parsed.programmeAreas.length, projects: parsed.projects.length,
    },
  };
}

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
