import { CellReader } from './cells';
import { problemAt, type ImportProblem } from './problem';
import { readTable } from './table';

/** Member projects CSV: `id,name,type,founded_year,lon,lat` (WGS 84); optional `synthetic`. */
export interface ProjectRow {
  id: string;
  name: string;
  type: string;
  foundedYear: number | null;
  lon: number;
  lat: number;
  synthetic: boolean;
  line: number;
}

export function parseProjectsCsv(file: string, text: string, syntheticDefault = false): { rows: ProjectRow[]; problems: ImportProblem[] } {
  const table = readTable(file, text, ['id', 'name', 'type', 'lon', 'lat']);
  if (table.problems.some((p) => p.code === 'missing_column' || p.code === 'empty_file')) {
    return { rows: [], problems: table.problems };
  }
  const cells = new CellReader(file);
  const problems: ImportProblem[] = [];
  const rows: ProjectRow[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const id = cells.key(record, 'id');
    const name = cells.text(record, 'name');
    const type = cells.text(record, 'type', false);
    const foundedYear = cells.integer(record, 'founded_year');
    const lon = cells.number(record, 'lon', true);
    const lat = cells.number(record, 'lat', true);
    const synthetic = cells.boolean(record, 'synthetic', syntheticDefault);
    if (typeof lon === 'number' && typeof lat === 'number' && (Math.abs(lon) > 180 || Math.abs(lat) > 90)) {
      problems.push(problemAt(file, record.line, 'lon', {
        code: 'bad_coordinate', messageDe: 'Die Koordinaten sind keine Längen-/Breitengrade.',
        messageEn: 'The coordinates are not longitude/latitude.',
        hintDe: 'lon/lat in WGS 84 (EPSG:4326) angeben.', hintEn: 'Give lon/lat in WGS 84 (EPSG:4326).',
      }));
      continue;
    }
    if (id) {
      if (seen.has(id)) {
        problems.push(problemAt(file, record.line, 'id', {
          code: 'duplicate_key', messageDe: `Kennung ${id} kommt mehrfach vor.`, messageEn: `Id ${id} appears more than once.`,
          hintDe: 'Kennungen eindeutig machen.', hintEn: 'Make ids unique.',
        }));
      }
      seen.add(id);
    }
    if (!id || !name || type === undefined || foundedYear === undefined || typeof lon !== 'number' || typeof lat !== 'number' || synthetic === undefined) continue;
    rows.push({ id, name, type, foundedYear, lon, lat, synthetic, line: record.line });
  }
  return { rows, problems: [...table.problems, ...cells.problems, ...problems] };
}
