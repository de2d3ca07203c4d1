import type { MultiPolygon, Polygon } from 'geojson';
import { DEFAULT_DISCLOSURE_RULES, resolveRules, type DisclosureRules } from '../analysis/disclosure/rules';
import { describeRules } from '../analysis/disclosure/describeRules';
import { LEVELS, type Language, type Level } from '../core/types';
import type { AtlasData, AreaFeatureCollection, ProgrammeAreaCollection } from './atlas';
import type { Connector } from './connector';
import { createDisclosedTable, discloseSlice } from './disclosed';
import { queryProfile } from './profileQuery';
import { toArea, toDataset, toIndicator, toProgrammeArea, toProject } from './rows';
import {
  areaSql, areasSql, boundariesSql, datasetsSql, indicatorsSql, levelsSql, periodsSql,
  programmeAreasSql, projectsSql,
} from './sql/atlasSql';

export interface AtlasDataOptions {
  /** Disclosure-control rules applied to every figure returned; default `DEFAULT_DISCLOSURE_RULES`. */
  disclosure?: Partial<DisclosureRules>;
}

/**
 * The AtlasData facade over one connector: each method is one SQL statement (the profile a few).
 * Every figure passes the disclosure engine once, here (see data/disclosed.ts): views, reports and the
 * CLI never see a suppressed value.
 */
export function createAtlasData(connector: Connector, options: AtlasDataOptions = {}): AtlasData {
  const rules = resolveRules(options.disclosure ?? DEFAULT_DISCLOSURE_RULES);
  const disclosedTable = createDisclosedTable(connector, rules);
  return {
    disclosureRules: () => resolveRules(rules),
    disclosureNote: (lang: Language) => describeRules(rules, lang),
    async indicators() {
      return (await connector.query(indicatorsSql())).map(toIndicator);
    },
    async periods(indicatorId) {
      return (await connector.query(periodsSql(), [indicatorId])).map((r) => String(r.period));
    },
    async levels() {
      const present = new Set((await connector.query(levelsSql())).map((r) => String(r.level)));
      return LEVELS.filter((level) => present.has(level));
    },
    async areas(level: Level) {
      return (await connector.query(areasSql(), [level])).map(toArea);
    },
    async area(key) {
      const rows = await connector.query(areaSql(), [key]);
      return rows.length > 0 ? toArea(rows[0]) : null;
    },
    async boundaries(level): Promise<AreaFeatureCollection> {
      const rows = await connector.query(boundariesSql(), [level]);
      return {
        type: 'FeatureCollection',
        features: rows.map((r) => ({
          type: 'Feature',
          id: String(r.key),
          properties: {
            key: String(r.key), name: String(r.name), level: String(r.level) as Level,
            parentKey: r.parent_key === null ? null : String(r.parent_key), synthetic: r.synthetic === true,
          },
          geometry: JSON.parse(String(r.geometry)) as Polygon | MultiPolygon,
        })),
      };
    },
    async levelFigures(indicatorId, period, level) {
      const { figures } = await discloseSlice(connector, rules, indicatorId, period);
      return figures
        .filter((f) => f.level === level)
        .map((f) => ({ areaKey: f.areaKey, value: f.value, status: f.status, numerator: f.numerator, denominator: f.denominator }));
    },
    profile: (areaKey, period) => queryProfile(connector, areaKey, period, disclosedTable),
    async programmeAreas(): Promise<ProgrammeAreaCollection> {
      const rows = await connector.query(programmeAreasSql());
      return {
        type: 'FeatureCollection',
        features: rows
          .filter((r) => r.geometry !== null)
          .map((r) => ({
            type: 'Feature',
            id: String(r.id),
            properties: toProgrammeArea(r),
            geometry: JSON.parse(String(r.geometry)) as Polygon | MultiPolygon,
          })),
      };
    },
    async projects() {
      return (await connector.query(projectsSql())).map(toProject);
    },
    async datasets() {
      return (await connector.query(datasetsSql())).map(toDataset);
    },
  };
}
