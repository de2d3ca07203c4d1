import { useEffect, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import type { Level } from '../../core/types';
import type { AtlasMeta } from '../meta';
import { figuresOf } from '../compare/levelData';
import { figureNumber } from '../../map/choropleth';
import { buildTableRows, type TableFigure, type TableRow } from './tableModel';

export interface TableData {
  rows: TableRow[];
  /** Periods of the trend column, oldest first. */
  periods: string[];
}

/** Every indicator of the year for all areas of the level, plus the rank indicator's trend. */
export function useTableData(atlas: AtlasData, meta: AtlasMeta, level: Level, year: string, indicatorId: string) {
  const [data, setData] = useState<TableData | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    setError(false);
    (async () => {
      const indicators = meta.indicators.filter((i) => (meta.periods[i.id] ?? []).includes(year));
      const periods = meta.periods[indicatorId] ?? [];
      // Both sets of queries at once (the year's columns and the trend), not one after the other.
      const [lists, series] = await Promise.all([
        Promise.all(indicators.map((i) => figuresOf(atlas, i.id, year, level))),
        Promise.all(periods.map((p) => figuresOf(atlas, indicatorId, p, level))),
      ]);
      const figures = new Map<string, Map<string, TableFigure>>();
      indicators.forEach((i, n) => figures.set(i.id, new Map(lists[n].map((f) => [f.areaKey, { value: f.value, status: f.status }]))));
      const trends = new Map<string, (number | null)[]>();
      series.forEach((list, p) => {
        for (const f of list) {
          let t = trends.get(f.areaKey);
          if (!t) trends.set(f.areaKey, (t = periods.map(() => null)));
          t[p] = figureNumber(f);
        }
      });
      const areas = meta.areas.filter((a) => a.level === level);
      const rows = buildTableRows({
        areas,
        parentName: (key) => meta.areaByKey.get(key)?.name ?? key,
        indicators: meta.indicators,
        figures,
        rankIndicator: indicatorId,
        trends,
      });
      if (live) setData({ rows, periods });
    })().catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [atlas, meta, level, year, indicatorId]);
  return { data, error };
}
