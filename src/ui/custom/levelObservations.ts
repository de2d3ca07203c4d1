import type { AtlasData } from '../../data/atlas';
import type { Indicator, Level, Observation } from '../../core/types';
import { figuresOf } from '../compare/levelData';

/** Indicators with data in the year. */
export function indicatorsOfYear(indicators: readonly Indicator[], periods: Record<string, string[]>, year: string): Indicator[] {
  return indicators.filter((i) => (periods[i.id] ?? []).includes(year));
}

/** Disclosed figures of every given indicator for one year and level, as observations. */
export async function levelObservations(atlas: AtlasData, indicators: readonly Indicator[], year: string, level: Level): Promise<Observation[]> {
  const lists = await Promise.all(indicators.map((i) => figuresOf(atlas, i.id, year, level)));
  return lists.flatMap((list, n) =>
    list.map((f) => ({ areaKey: f.areaKey, indicator: indicators[n].id, period: year, value: f.value, status: f.status, numerator: f.numerator, denominator: f.denominator })),
  );
}
