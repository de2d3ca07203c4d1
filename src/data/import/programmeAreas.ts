import type { MultiPolygon, Polygon } from 'geojson';
import { checkPolygonal, propText, readGeoJson } from './geojsonText';
import { problemAt, type ImportProblem } from './problem';

/**
 * Programme areas (Soziale Stadt, Sozialer Zusammenhalt, …) as a GeoJSON FeatureCollection.
 * Properties: `id, name, programme, start_year, area_key, synthetic`.
 */
export interface ProgrammeAreaRow {
  id: string;
  name: string;
  programme: string;
  startYear: number | null;
  areaKey: string | null;
  geometry: Polygon | MultiPolygon;
  synthetic: boolean;
  feature: number;
}

export function parseProgrammeAreasGeoJson(file: string, text: string): { rows: ProgrammeAreaRow[]; problems: ImportProblem[] } {
  const read = readGeoJson(file, text);
  const problems = [...read.problems];
  const rows: ProgrammeAreaRow[] = [];
  const seen = new Set<string>();
  for (const feature of read.features) {
    const p = feature.properties;
    const at = (column: string, code: string, de: string, en: string, hintDe: string, hintEn: string) =>
      problems.push(problemAt(file, feature.number, column, { code, messageDe: de, messageEn: en, hintDe, hintEn }, 'feature'));
    const textProp = (name: string, required: boolean) => {
      const value = propText(p, name);
      if (value === undefined) {
        at(name, 'not_text', 'Die Eigenschaft muss Text sein.', 'The property must be text.', 'Als Zeichenkette exportieren.', 'Export it as a string.');
      } else if (value === null && required) {
        at(name, 'missing_property', 'Die Eigenschaft fehlt.', 'The property is missing.', 'Eigenschaft ergänzen.', 'Add the property.');
        return undefined;
      }
      return value;
    };
    const id = textProp('id', true);
    const name = textProp('name', true);
    const programme = textProp('programme', true);
    const areaKey = textProp('area_key', false);
    const start = p.start_year ?? null;
    const startOk = start === null || (typeof start === 'number' && Number.isInteger(start));
    if (!startOk) at('start_year', 'not_an_integer', 'start_year muss eine ganze Zahl sein.', 'start_year must be a whole number.', 'Jahr als Zahl eintragen.', 'Enter the year as a number.');
    const synthetic = p.synthetic ?? false;
    if (typeof synthetic !== 'boolean') at('synthetic', 'not_a_boolean', 'synthetic muss true oder false sein.', 'synthetic must be true or false.', 'true oder false eintragen.', 'Enter true or false.');
    const checked = checkPolygonal(feature.geometry);
    if ('problem' in checked) problems.push(problemAt(file, feature.number, 'geometry', checked.problem, 'feature'));
    if (id) {
      if (seen.has(id)) at('id', 'duplicate_key', `Kennung ${id} kommt mehrfach vor.`, `Id ${id} appears more than once.`, 'Kennungen eindeutig machen.', 'Make ids unique.');
      seen.add(id);
    }
    if (!id || !name || !programme || areaKey === undefined || !startOk || typeof synthetic !== 'boolean' || 'problem' in checked) continue;
    rows.push({ id, name, programme, startYear: start as number | null, areaKey, geometry: checked.geometry, synthetic, feature: feature.number });
  }
  return { rows, problems };
}
