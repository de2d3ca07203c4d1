import type { MultiPolygon, Polygon } from 'geojson';
import { LEVELS, type Level } from '../core/types';
import type { AtlasData, AreaFeatureCollection, ProgrammeAreaCollection } from './atlas';
import type { Connector } from './connector';
import { queryProfile } from './profileQuery';
import { toArea, toDataset, toFigure, toIndicator, toProgrammeArea, toProject } from './rows';
import {
  areaSql, areasSql, boundariesSql, datasetsSql, indicatorsSql, levelFiguresSql, levelsSql, periodsSql,
  programmeAreasSql, projectsSql,
} from './sql/atlasSql';

/** The AtlasData facade over one connector: each method is one SQL statement (the profile a few). */
export function createAtlasData(connector: Connector): AtlasData {
  return {
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
      const rows = await connector.query(levelFiguresSql(), [indicatorId, period, level]);
      return rows.map((r) => ({ areaKey: String(r.area_key), ...toFigure(r) }));
    },
    profile: (areaKey, period) => queryProfile(connector, areaKey, period),
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
