import { isStatus } from '../../core/status';
import type { MemberProject, ProgrammeArea, Status } from '../../core/types';

/**
 * The saved workspace: the user's imported datasets (their normalised rows and provenance, never the
 * demo) as one versioned JSON document. The same document is kept in the browser (IndexedDB) and
 * exported as `quartiersatlas-workspace-v1.json`. Older versions are migrated on reading; anything
 * that is not a valid workspace is rejected with a reason instead of being half-loaded.
 */
export const WORKSPACE_FORMAT = 'quartiersatlas-workspace';
export const WORKSPACE_VERSION = 1;
export const WORKSPACE_FILE_NAME = `quartiersatlas-workspace-v${WORKSPACE_VERSION}.json`;
/** A saved workspace larger than this is not read (the browser would stall on parsing it). */
export const MAX_WORKSPACE_CHARS = 200 * 1024 * 1024;

/** One mapped indicator of a dataset. `denominator` names another indicator of the same dataset. */
export interface SavedIndicator {
  id: string;
  label: string;
  unit: string;
  denominator: string | null;
}

export interface SavedProvenance {
  fileName: string;
  format: string;
  tableCode: string | null;
  title: string | null;
  referenceDates: string[];
  licence: string | null;
  stand: string | null;
  level: string | null;
  importedAt: string;
}

/** `[areaKey, indicatorId, period, value, status]` — compact, because datasets can be large. */
export type SavedRow = [string, string, string, number | null, Status];

/**
 * One area of a boundary layer the user loaded (districts from a GeoJSON, Zensus grid cells), in
 * WGS 84. `flags` names geometry problems found on import (the feature is kept, see the import report).
 */
export interface SavedArea {
  key: string;
  name: string;
  level: string;
  parentKey: string | null;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
  flags?: string[];
}

/** One member project of a list the user loaded, in WGS 84 (located in an area again when loaded). */
export type SavedProject = Omit<MemberProject, 'areaKey' | 'synthetic'>;

/** One programme area (Soziale Stadt, Sozialer Zusammenhalt, …) of a list the user loaded, in WGS 84. */
export type SavedProgrammeArea = Omit<ProgrammeArea, 'synthetic'> & {
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
};

export interface SavedDataset {
  id: string;
  name: string;
  provenance: SavedProvenance;
  /** Empty only for a dataset that brings areas. */
  indicators: SavedIndicator[];
  rows: SavedRow[];
  /** Optional (added compatibly in format version 1): boundaries the dataset brings. */
  areas?: SavedArea[];
  /** Optional (added compatibly in format version 1): a member-project list. */
  projects?: SavedProject[];
  /** Optional (added compatibly in format version 1): a programme-area list. */
  programmeAreas?: SavedProgrammeArea[];
  /**
   * Optional (added compatibly in format version 1): ids of indicators of other datasets (e.g. the
   * demo's `population`) that this dataset adds rows to — new areas or periods, never a second value.
   */
  extends?: string[];
}

/** True when the dataset brings boundaries, projects or programme areas (it may then have no indicators). */
export function bringsLayers(d: Pick<SavedDataset, 'areas' | 'projects' | 'programmeAreas'>): boolean {
  return (d.areas?.length ?? 0) > 0 || (d.projects?.length ?? 0) > 0 || (d.programmeAreas?.length ?? 0) > 0;
}

export interface WorkspaceDocument {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  savedAt: string;
  datasets: SavedDataset[];
}

export type WorkspaceReadError =
  | { reason: 'too_large'; size: number }
  | { reason: 'not_json'; detail: string }
  | { reason: 'not_workspace' }
  | { reason: 'newer_version'; version: number }
  | { reason: 'invalid'; path: string };

export type WorkspaceRead = { ok: true; workspace: WorkspaceDocument; migratedFrom: number | null } | ({ ok: false } & WorkspaceReadError);

export function emptyWorkspace(now = new Date()): WorkspaceDocument {
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, savedAt: now.toISOString(), datasets: [] };
}

export function serialiseWorkspace(workspace: WorkspaceDocument): string {
  return JSON.stringify(workspace);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/**
 * Version 0 (the first prototype) kept rows as objects and the file name at the top of a dataset.
 * It is migrated to version 1 here; each later version adds one step to `MIGRATIONS`.
 */
function migrate0to1(doc: Record<string, unknown>): Record<string, unknown> {
  const datasets = Array.isArray(doc.datasets) ? doc.datasets : [];
  return {
    format: WORKSPACE_FORMAT,
    version: 1,
    savedAt: isText(doc.savedAt) ? doc.savedAt : new Date(0).toISOString(),
    datasets: datasets.map((d: unknown) => {
      if (!isObject(d)) return d;
      const rows = Array.isArray(d.rows) ? d.rows : [];
      return {
        id: d.id,
        name: d.name,
        provenance: {
          fileName: d.fileName, format: isText(d.format) ? d.format : 'csv', tableCode: null, title: null,
          referenceDates: [], licence: null, stand: null, level: null,
          importedAt: isText(d.importedAt) ? d.importedAt : new Date(0).toISOString(),
        },
        indicators: Array.isArray(d.indicators)
          ? d.indicators.map((i: unknown) => (isObject(i) ? { ...i, denominator: i.denominator ?? null } : i))
          : d.indicators,
        rows: rows.map((r: unknown) => (isObject(r) ? [r.areaKey, r.indicator, r.period, r.value, r.status] : r)),
      };
    }),
  };
}

const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = { 0: migrate0to1 };

function checkRow(row: unknown): row is SavedRow {
  return Array.isArray(row) && row.length === 5 && isText(row[0]) && isText(row[1]) && isText(row[2]) &&
    (row[3] === null || (typeof row[3] === 'number' && Number.isFinite(row[3]))) && isText(row[4]) && isStatus(row[4]);
}

const AREA_LEVELS = new Set(['land', 'kreis', 'gemeinde', 'quartier', 'grid']);

function isPosition(p: unknown): boolean {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function isRings(rings: unknown): boolean {
  return Array.isArray(rings) && rings.every((ring) => Array.isArray(ring) && ring.every(isPosition));
}

function isPolygonal(g: unknown): boolean {
  return isObject(g) && ((g.type === 'Polygon' && isRings(g.coordinates)) ||
    (g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.every(isRings)));
}

const isYear = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v));

/** `[k].field` of the first invalid saved project, or null. */
function firstInvalidProject(projects: unknown): string | null {
  if (!Array.isArray(projects)) return '';
  const ids = new Set<string>();
  for (const [k, p] of projects.entries()) {
    if (!isObject(p) || !isText(p.id) || p.id === '' || ids.has(p.id)) return `[${k}].id`;
    ids.add(p.id);
    if (!isText(p.name) || !isText(p.type)) return `[${k}].name`;
    if (!isYear(p.foundedYear)) return `[${k}].foundedYear`;
    if (!isPosition([p.lon, p.lat]) || Math.abs(p.lon as number) > 180 || Math.abs(p.lat as number) > 90) return `[${k}].lon`;
  }
  return null;
}

/** `[k].field` of the first invalid saved programme area, or null. */
function firstInvalidProgrammeArea(areas: unknown): string | null {
  if (!Array.isArray(areas)) return '';
  const ids = new Set<string>();
  for (const [k, a] of areas.entries()) {
    if (!isObject(a) || !isText(a.id) || a.id === '' || ids.has(a.id)) return `[${k}].id`;
    ids.add(a.id);
    if (!isText(a.name) || !isText(a.programme) || a.programme === '') return `[${k}].name`;
    if (!isYear(a.startYear)) return `[${k}].startYear`;
    if (!isTextOrNull(a.areaKey)) return `[${k}].areaKey`;
    if (!isPolygonal(a.geometry)) return `[${k}].geometry`;
  }
  return null;
}

/** `[k].field` of the first invalid saved area, or null. */
function firstInvalidArea(areas: unknown): string | null {
  if (!Array.isArray(areas)) return '';
  const keys = new Set<string>();
  for (const [k, a] of areas.entries()) {
    if (!isObject(a) || !isText(a.key) || a.key === '' || keys.has(a.key)) return `[${k}].key`;
    keys.add(a.key);
    if (!isText(a.name)) return `[${k}].name`;
    if (!isText(a.level) || !AREA_LEVELS.has(a.level)) return `[${k}].level`;
    if (!isTextOrNull(a.parentKey)) return `[${k}].parentKey`;
    if (a.geometry !== null && !isPolygonal(a.geometry)) return `[${k}].geometry`;
    if (a.flags !== undefined && !(Array.isArray(a.flags) && a.flags.every(isText))) return `[${k}].flags`;
  }
  return null;
}

/** The path of the first invalid part, or null when the document is a valid version-1 workspace. */
function firstInvalid(doc: Record<string, unknown>): string | null {
  if (!isText(doc.savedAt)) return 'savedAt';
  if (!Array.isArray(doc.datasets)) return 'datasets';
  const ids = new Set<string>();
  for (const [i, d] of doc.datasets.entries()) {
    const at = `datasets[${i}]`;
    if (!isObject(d) || !isText(d.id) || d.id === '' || ids.has(d.id)) return `${at}.id`;
    ids.add(d.id);
    if (!isText(d.name)) return `${at}.name`;
    const p = d.provenance;
    if (!isObject(p) || !isText(p.fileName) || !isText(p.format) || !isTextOrNull(p.tableCode) || !isTextOrNull(p.title) ||
      !Array.isArray(p.referenceDates) || !p.referenceDates.every(isText) || !isTextOrNull(p.licence) ||
      !isTextOrNull(p.stand) || !isTextOrNull(p.level) || !isText(p.importedAt)) return `${at}.provenance`;
    if (d.areas !== undefined) {
      const invalidArea = firstInvalidArea(d.areas);
      if (invalidArea !== null) return `${at}.areas${invalidArea}`;
    }
    if (d.projects !== undefined) {
      const invalidProject = firstInvalidProject(d.projects);
      if (invalidProject !== null) return `${at}.projects${invalidProject}`;
    }
    if (d.programmeAreas !== undefined) {
      const invalidProgrammeArea = firstInvalidProgrammeArea(d.programmeAreas);
      if (invalidProgrammeArea !== null) return `${at}.programmeAreas${invalidProgrammeArea}`;
    }
    if (d.extends !== undefined && !(Array.isArray(d.extends) && d.extends.every((x) => isText(x) && x !== ''))) return `${at}.extends`;
    const extended: string[] = Array.isArray(d.extends) ? d.extends : [];
    const layers = bringsLayers(d as Pick<SavedDataset, 'areas' | 'projects' | 'programmeAreas'>);
    if (!Array.isArray(d.indicators) || (d.indicators.length === 0 && !layers && extended.length === 0)) return `${at}.indicators`;
    const indicatorIds = new Set<string>();
    for (const [k, ind] of d.indicators.entries()) {
      if (!isObject(ind) || !isText(ind.id) || ind.id === '' || indicatorIds.has(ind.id) || !isText(ind.label) ||
        !isText(ind.unit) || !isTextOrNull(ind.denominator)) return `${at}.indicators[${k}]`;
      indicatorIds.add(ind.id);
    }
    if (extended.some((x) => indicatorIds.has(x))) return `${at}.extends`;
    for (const x of extended) indicatorIds.add(x);
    if (!Array.isArray(d.rows)) return `${at}.rows`;
    for (const [k, row] of d.rows.entries()) {
      if (!checkRow(row) || !indicatorIds.has(row[1])) return `${at}.rows[${k}]`;
    }
  }
  return null;
}

/** Reads a saved or exported workspace: size first, then JSON, version (migrating older ones), structure. */
export function readWorkspace(text: string, maxChars = MAX_WORKSPACE_CHARS): WorkspaceRead {
  if (text.length > maxChars) return { ok: false, reason: 'too_large', size: text.length };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not_json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isObject(parsed) || parsed.format !== WORKSPACE_FORMAT || typeof parsed.version !== 'number' || !Number.isInteger(parsed.version)) {
    return { ok: false, reason: 'not_workspace' };
  }
  const from = parsed.version;
  if (from > WORKSPACE_VERSION) return { ok: false, reason: 'newer_version', version: from };
  let doc: Record<string, unknown> = parsed;
  for (let v = from; v < WORKSPACE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'not_workspace' };
    doc = step(doc);
  }
  const invalid = firstInvalid(doc);
  if (invalid !== null) return { ok: false, reason: 'invalid', path: invalid };
  return { ok: true, workspace: doc as unknown as WorkspaceDocument, migratedFrom: from === WORKSPACE_VERSION ? null : from };
}

/** Bilingual text for a read error: what happened and what to do. */
export function workspaceErrorText(error: WorkspaceReadError): { de: string; en: string } {
  switch (error.reason) {
    case 'too_large':
      return {
        de: `Der gespeicherte Arbeitsstand ist zu groß (${Math.round(error.size / 1048576)} MB; Grenze ${Math.round(MAX_WORKSPACE_CHARS / 1048576)} MB) und wurde nicht geladen.`,
        en: `The saved workspace is too large (${Math.round(error.size / 1048576)} MB; limit ${Math.round(MAX_WORKSPACE_CHARS / 1048576)} MB) and was not loaded.`,
      };
    case 'not_json':
      return { de: `Der Arbeitsstand ist beschädigt (kein gültiges JSON: ${error.detail}).`, en: `The workspace is damaged (not valid JSON: ${error.detail}).` };
    case 'not_workspace':
      return { de: 'Die Datei ist kein Quartiersatlas-Arbeitsstand.', en: 'The file is not a Quartiersatlas workspace.' };
    case 'newer_version':
      return {
        de: `Der Arbeitsstand stammt aus einer neueren Version (Format ${error.version}); diese Version liest Format ${WORKSPACE_VERSION}.`,
        en: `The workspace comes from a newer version (format ${error.version}); this version reads format ${WORKSPACE_VERSION}.`,
      };
    case 'invalid':
      return { de: `Der Arbeitsstand ist beschädigt (ungültig bei „${error.path}“).`, en: `The workspace is damaged (invalid at "${error.path}").` };
  }
}
