import type { MultiPolygon, Polygon } from 'geojson';
import { importGeoJson, type GeoJsonImport } from '../geojson/importGeoJson';
import { problemAt, type ImportProblem } from '../problem';
import type { ProgrammeAreaRow } from '../programmeAreas';
import { propertyText, type ListOptions, type ListResult } from './projectList';

/**
 * Programme areas from any GeoJSON a city has (UTM, Gauß-Krüger, clockwise rings, …): validated and
 * reprojected by the GeoJSON importer (after CRS confirmation), then `ProgrammeAreaRow`s in WGS 84.
 * Properties `id`, `name`, `programme`; optional `start_year`, `area_key`. Unusable geometries reject the file.
 */
export function programmeAreasFromGeoJson(file: string, geoText: string, options: ProgrammeListOptions = {}): ListResult<ProgrammeAreaRow> {
  return programmeAreasFromGeo(file, importGeoJson(geoText, { fileName: file, confirmCrs: options.confirmCrs }), options);
}

export interface ProgrammeListOptions extends ListOptions {
  /** The programme of features without a `programme` property (a city's list of one programme's areas). */
  defaultProgramme?: string;
}

const ID = /^(id|nr|nummer|kennung|gebiet_?id|fid)$/i;
const NAME = /^(name|bezeichnung|gebiet|gebietsname|titel)$/i;
const PROGRAMME = /^(programme|program|programm|f(oe|ö)rderprogramm|f(oe|ö)rderung)$/i;
const START = /^(start_?year|startjahr|beginn|seit|aufnahme(jahr)?|jahr)$/i;
const AREA_KEY = /^(area_?key|gebietsschl(ue|ü)ssel|ags|schl(ue|ü)ssel)$/i;

/** True when any feature names its programme: the file is a programme-area list rather than a boundary layer. */
export function namesProgrammes(geo: GeoJsonImport): boolean {
  return geo.features.some((f) => Object.keys(f.properties).some((k) => PROGRAMME.test(k.trim())));
}

/** Programme areas from an already read GeoJSON (the import wizard reads the file once). */
export function programmeAreasFromGeo(file: string, geo: GeoJsonImport, options: ProgrammeListOptions = {}): ListResult<ProgrammeAreaRow> {
  const crs = { detected: geo.crs.detected, candidates: geo.crs.candidates, needsConfirmation: geo.crs.needsConfirmation, swapped: geo.crs.swapped };
  const problems: ImportProblem[] = geo.problems
    .filter((p) => p.severity === 'error' || p.code.startsWith('crs_') || p.code === 'null_geometry' || /^geometry_(bad|unclosed|too_few|self|unknown)/.test(p.code))
    .map((p) => problemAt(file, p.line ?? null, p.column ?? null, { code: p.code, messageDe: p.de, messageEn: p.en, hintDe: p.todoDe, hintEn: p.todoEn }, 'feature'));
  if (problems.length > 0) return { rows: [], problems, crs };
  const rows: ProgrammeAreaRow[] = [];
  const seen = new Set<string>();
  for (const f of geo.features) {
    const p = f.properties;
    const values: Record<'id' | 'name' | 'programme', string> = {
      id: propertyText(p, ID), name: propertyText(p, NAME), programme: propertyText(p, PROGRAMME) || (options.defaultProgramme ?? '').trim(),
    };
    const str = (k: 'id' | 'name' | 'programme') => values[k];
    const missing = (['id', 'name', 'programme'] as const).find((k) => str(k) === '');
    if (missing || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      problems.push(problemAt(file, f.number, missing ?? 'geometry', {
        code: missing ? 'missing_property' : 'not_polygonal',
        messageDe: missing ? `Die Eigenschaft „${missing}“ fehlt oder ist kein Text.` : 'Die Geometrie ist kein (Multi-)Polygon.',
        messageEn: missing ? `The property "${missing}" is missing or not text.` : 'The geometry is not a (multi-)polygon.',
        hintDe: missing === 'programme' ? 'Eigenschaft „programme“ ergänzen oder im Import-Assistenten ein Programm für alle Gebiete angeben.'
          : missing ? 'Eigenschaft als Text ergänzen.' : 'Fördergebiete als Flächen exportieren.',
        hintEn: missing === 'programme' ? 'Add the property "programme" or give one programme for all areas in the import wizard.'
          : missing ? 'Add the property as text.' : 'Export programme areas as polygons.',
      }, 'feature'));
      continue;
    }
    if (seen.has(str('id'))) {
      problems.push(problemAt(file, f.number, 'id', { code: 'duplicate_key', messageDe: `Kennung ${str('id')} kommt mehrfach vor.`, messageEn: `Id ${str('id')} appears more than once.`,
        hintDe: 'Kennungen eindeutig machen.', hintEn: 'Make ids unique.' }, 'feature'));
      continue;
    }
    seen.add(str('id'));
    const start = propertyText(p, START);
    rows.push({ id: str('id'), name: str('name'), programme: str('programme'), startYear: /^\d{4}$/.test(start) ? Number(start) : null,
      areaKey: propertyText(p, AREA_KEY) || null, geometry: f.geometry as Polygon | MultiPolygon, synthetic: options.synthetic ?? false, feature: f.number });
  }
  return { rows: problems.length > 0 ? [] : rows, problems, crs };
}
