import type { MultiPolygon, Polygon } from 'geojson';
import { importGeoJson } from '../geojson/importGeoJson';
import { problemAt, type ImportProblem } from '../problem';
import type { ProgrammeAreaRow } from '../programmeAreas';
import type { ListOptions, ListResult } from './projectList';

/**
 * Programme areas from any GeoJSON a city has (UTM, Gauß-Krüger, clockwise rings, …): validated and
 * reprojected by the GeoJSON importer (after CRS confirmation), then `ProgrammeAreaRow`s in WGS 84.
 * Properties `id`, `name`, `programme`; optional `start_year`, `area_key`. Unusable geometries reject the file.
 */
export function programmeAreasFromGeoJson(file: string, geoText: string, options: ListOptions = {}): ListResult<ProgrammeAreaRow> {
  const geo = importGeoJson(geoText, { fileName: file, confirmCrs: options.confirmCrs });
  const crs = { detected: geo.crs.detected, candidates: geo.crs.candidates, needsConfirmation: geo.crs.needsConfirmation };
  const problems: ImportProblem[] = geo.problems
    .filter((p) => p.severity === 'error' || p.code.startsWith('crs_') || p.code === 'null_geometry' || /^geometry_(bad|unclosed|too_few|self|unknown)/.test(p.code))
    .map((p) => problemAt(file, p.line ?? null, p.column ?? null, { code: p.code, messageDe: p.de, messageEn: p.en, hintDe: p.todoDe, hintEn: p.todoEn }, 'feature'));
  if (problems.length > 0) return { rows: [], problems, crs };
  const rows: ProgrammeAreaRow[] = [];
  const seen = new Set<string>();
  for (const f of geo.features) {
    const p = f.properties;
    const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string).trim() : '');
    const missing = ['id', 'name', 'programme'].find((k) => str(k) === '');
    if (missing || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      problems.push(problemAt(file, f.number, missing ?? 'geometry', {
        code: missing ? 'missing_property' : 'not_polygonal',
        messageDe: missing ? `Die Eigenschaft „${missing}“ fehlt oder ist kein Text.` : 'Die Geometrie ist kein (Multi-)Polygon.',
        messageEn: missing ? `The property "${missing}" is missing or not text.` : 'The geometry is not a (multi-)polygon.',
        hintDe: missing ? 'Eigenschaft als Text ergänzen.' : 'Fördergebiete als Flächen exportieren.', hintEn: missing ? 'Add the property as text.' : 'Export programme areas as polygons.',
      }, 'feature'));
      continue;
    }
    if (seen.has(str('id'))) {
      problems.push(problemAt(file, f.number, 'id', { code: 'duplicate_key', messageDe: `Kennung ${str('id')} kommt mehrfach vor.`, messageEn: `Id ${str('id')} appears more than once.`,
        hintDe: 'Kennungen eindeutig machen.', hintEn: 'Make ids unique.' }, 'feature'));
      continue;
    }
    seen.add(str('id'));
    const start = p.start_year;
    rows.push({ id: str('id'), name: str('name'), programme: str('programme'), startYear: typeof start === 'number' && Number.isInteger(start) ? start : null,
      areaKey: str('area_key') || null, geometry: f.geometry as Polygon | MultiPolygon, synthetic: options.synthetic ?? false, feature: f.number });
  }
  return { rows: problems.length > 0 ? [] : rows, problems, crs };
}
