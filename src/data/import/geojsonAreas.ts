import { area as turfArea } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { LEVELS, type Level } from '../../core/types';
import { checkPolygonal, propText, readGeoJson } from './geojsonText';
import { problemAt, type ImportProblem } from './problem';

/**
 * Area boundaries as a GeoJSON FeatureCollection in WGS 84. Feature properties:
 * `key, name, type, level ('land'|'kreis'|'gemeinde'|'quartier'), parent_key, vintage, synthetic?`.
 * Keys must be JSON strings (a number would have lost its leading zero). A feature without geometry
 * keeps its attributes (area_km2 null).
 */
export interface AreaRow {
  key: string;
  level: Level;
  name: string;
  type: string | null;
  parentKey: string | null;
  geometry: Polygon | MultiPolygon | null;
  areaKm2: number | null;
  vintage: string | null;
  synthetic: boolean;
  /** 1-based feature number, for problems found later (e.g. unknown parent). */
  feature: number;
}

export interface AreasParse {
  areas: AreaRow[];
  problems: ImportProblem[];
}

export function parseAreasGeoJson(file: string, text: string): AreasParse {
  const read = readGeoJson(file, text);
  const problems = [...read.problems];
  const areas: AreaRow[] = [];
  const seen = new Map<string, number>();
  for (const feature of read.features) {
    const p = feature.properties;
    const at = (column: string | null, code: string, de: string, en: string, hintDe: string, hintEn: string) =>
      problems.push(problemAt(file, feature.number, column, { code, messageDe: de, messageEn: en, hintDe, hintEn }, 'feature'));
    const textProp = (name: string, required: boolean) => {
      const value = propText(p, name);
      if (value === undefined) {
        at(name, 'not_text', 'Die Eigenschaft muss Text sein (Schlüssel als "03241001" in Anführungszeichen).',
          'The property must be text (keys as "03241001" in quotes).', 'Als Zeichenkette exportieren.', 'Export it as a string.');
      } else if (value === null && required) {
        at(name, 'missing_property', 'Die Eigenschaft fehlt.', 'The property is missing.',
          'Eigenschaft ergänzen.', 'Add the property.');
        return undefined;
      }
      return value;
    };
    const key = textProp('key', true);
    const name = textProp('name', true);
    const type = textProp('type', false);
    const parentKey = textProp('parent_key', false);
    const vintage = textProp('vintage', false);
    const levelText = textProp('level', true);
    const level = LEVELS.find((l) => l === levelText);
    if (levelText && !level) {
      at('level', 'bad_level', `Unbekannte Ebene „${levelText}“.`, `Unknown level "${levelText}".`,
        `Erlaubt: ${LEVELS.join(', ')}`, `Allowed: ${LEVELS.join(', ')}`);
    }
    const syntheticValue = p.synthetic ?? false;
    if (typeof syntheticValue !== 'boolean') {
      at('synthetic', 'not_a_boolean', 'synthetic muss true oder false sein.', 'synthetic must be true or false.',
        'true oder false eintragen.', 'Enter true or false.');
    }
    let geometry: Polygon | MultiPolygon | null = null;
    if (feature.geometry !== null) {
      const checked = checkPolygonal(feature.geometry);
      if ('problem' in checked) {
        problems.push(problemAt(file, feature.number, 'geometry', checked.problem, 'feature'));
        continue;
      }
      geometry = checked.geometry;
    }
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) {
        at('key', 'duplicate_key', `Schlüssel ${key} kommt schon in Objekt ${first} vor.`,
          `Key ${key} already appears in feature ${first}.`, 'Teile zu einem MultiPolygon zusammenfassen.',
          'Merge the parts into one MultiPolygon.');
      }
      seen.set(key, feature.number);
    }
    if (!key || !name || !level || type === undefined || parentKey === undefined || vintage === undefined) continue;
    if (typeof syntheticValue !== 'boolean') continue;
    const areaKm2 = geometry ? turfArea({ type: 'Feature', properties: {}, geometry }) / 1e6 : null;
    areas.push({ key, level, name, type, parentKey, geometry, areaKm2, vintage, synthetic: syntheticValue, feature: feature.number });
  }
  return { areas, problems };
}
