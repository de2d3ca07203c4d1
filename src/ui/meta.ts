import type { AtlasData, ProgrammeAreaCollection } from '../data/atlas';
import type { KnownValues } from '../core/viewState';
import type { AreaRecord, Indicator, Level, MemberProject } from '../core/types';

/** What the app reads once after start-up: the choices offered and the areas to search. */
export interface AtlasMeta {
  indicators: Indicator[];
  indicatorById: Map<string, Indicator>;
  levels: Level[];
  areas: AreaRecord[];
  areaByKey: Map<string, AreaRecord>;
  periods: Record<string, string[]>;
  programmeAreas: ProgrammeAreaCollection;
  projects: MemberProject[];
  /** True when anything loaded is synthetic demo data. */
  synthetic: boolean;
}

export async function loadMeta(atlas: AtlasData): Promise<AtlasMeta> {
  const [indicators, levels, programmeAreas, projects, datasets] = await Promise.all([
    atlas.indicators(), atlas.levels(), atlas.programmeAreas(), atlas.projects(), atlas.datasets(),
  ]);
  const areaLists = await Promise.all(levels.map((level) => atlas.areas(level)));
  const areas = areaLists.flat();
  const periodLists = await Promise.all(indicators.map((indicator) => atlas.periods(indicator.id)));
  const periods: Record<string, string[]> = Object.create(null);
  indicators.forEach((indicator, i) => (periods[indicator.id] = periodLists[i]));
  return {
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    levels,
    areas,
    areaByKey: new Map(areas.map((a) => [a.key, a])),
    periods,
    programmeAreas,
    projects,
    synthetic: datasets.some((d) => d.synthetic) || indicators.some((i) => i.synthetic),
  };
}

export function knownValues(meta: AtlasMeta): KnownValues {
  return {
    levels: meta.levels,
    indicators: meta.indicators.map((i) => i.id),
    years: (id) => meta.periods[id] ?? [],
    hasArea: (key) => meta.areaByKey.has(key),
  };
}
