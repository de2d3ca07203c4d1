import type { GeoJsonImport } from '../geojson/importGeoJson';
import type { ImportProblem as ReaderProblem } from '../normalised';
import type { ImportProblem } from '../problem';
import type { ProgrammeAreaRow } from '../programmeAreas';
import type { ProjectRow } from '../projects';
import { namesProgrammes, programmeAreasFromGeo } from './programmeAreaList';
import { projectsFromGeo, type ListResult } from './projectList';

/**
 * What a file holds, as the import wizard offers it: an indicator table, a boundary layer (areas of a
 * level), programme areas (Soziale Stadt / Sozialer Zusammenhalt) or member projects. Detected from the
 * file, changeable by the user.
 */
export type FileContents = 'table' | 'areas' | 'programme-areas' | 'projects';

export type AnalysedList =
  | { kind: 'projects'; result: ListResult<ProjectRow> }
  | { kind: 'programme-areas'; result: ListResult<ProgrammeAreaRow> };

/** Points → projects; polygons that name a programme → programme areas; other polygons → areas. */
export function proposeGeoContents(geo: GeoJsonImport): Exclude<FileContents, 'table'> {
  const typed = geo.features.filter((f) => f.geometry !== null);
  if (typed.length > 0 && typed.every((f) => f.geometry!.type === 'Point')) return 'projects';
  return namesProgrammes(geo) ? 'programme-areas' : 'areas';
}

export interface GeoListOptions {
  confirmCrs?: string;
  defaultProgramme?: string;
}

/** The list a GeoJSON holds when its contents are projects or programme areas; undefined for boundaries. */
export function geoList(fileName: string, geo: GeoJsonImport, contents: FileContents, options: GeoListOptions): AnalysedList | undefined {
  if (contents === 'projects') return { kind: 'projects', result: projectsFromGeo(fileName, geo, options) };
  if (contents === 'programme-areas') return { kind: 'programme-areas', result: programmeAreasFromGeo(fileName, geo, options) };
  return undefined;
}

/** A list's problem that is a question to the user (which coordinate system), not an error. */
export function isCrsQuestion(p: Pick<ImportProblem, 'code'>): boolean {
  return p.code === 'crs_ambiguous' || p.code === 'crs_needs_confirmation';
}

/** A list's problem in the reader's shape (a CRS question is not an error: the wizard asks it). */
export function fromListProblem(p: ImportProblem): ReaderProblem {
  return {
    severity: isCrsQuestion(p) ? 'warning' : 'error', code: p.code, file: p.file, line: p.line ?? undefined, column: p.column ?? undefined,
    ...(p.unit === 'feature' ? { unit: 'feature' as const } : {}),
    de: p.messageDe, en: p.messageEn, todoDe: p.hintDe, todoEn: p.hintEn,
  };
}

