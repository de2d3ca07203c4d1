import { useEffect, useMemo, useState } from 'react';
import { computeCoverage, type CoverageAreaInput, type CoverageResult } from '../../analysis/coverage/computeCoverage';
import { THRESHOLD_SHARE, type CoverageThreshold } from '../../analysis/coverage/highNeed';
import { EXCLUSION_CODES } from '../../analysis/index/types';
import type { AreaFeatureCollection, AtlasData, LevelFigure } from '../../data/atlas';
import type { Indicator, Level, Polarity } from '../../core/types';
import { DEFAULT_DIST, NEED_INDEX } from '../../core/viewParams';
import { figureNumber, isSecretStatus } from '../../map/choropleth';
import { useIndexWorkbench } from '../analysis/useIndexWorkbench';
import { boundariesOf } from '../map/boundaryCache';
import type { AtlasMeta } from '../meta';

/** What the coverage view computes from the URL state and the threshold. */
export interface CoverageModel {
  /** `index` or an indicator id. */
  needId: string;
  needIndicator: Indicator | null;
  polarity: Polarity;
  /** The period the need values are from. */
  year: string;
  distanceM: number;
  threshold: CoverageThreshold;
  boundaries: AreaFeatureCollection | null;
  result: CoverageResult | null;
  loading: boolean;
  error: string | null;
}

interface Loaded {
  id: string;
  boundaries: AreaFeatureCollection;
  need: LevelFigure[] | null;
  population: LevelFigure[];
}

/** The period of the need indicator: the chosen year when it has one, else its latest. */
export function needYear(periods: readonly string[], year: string): string {
  return periods.includes(year) ? year : (periods[periods.length - 1] ?? year);
}

/**
 * Loads the need values (indicator figures through AtlasData, or the social index of the MSS preset
 * via the index workbench), the population and the boundaries of the level, and computes the
 * coverage (pure, `computeCoverage`). Inactive outside the coverage view (nothing loaded).
 */
export function useCoverage(
  atlas: AtlasData, meta: AtlasMeta, level: Level, year: string, need: string, dist: number | undefined,
  threshold: CoverageThreshold, active: boolean,
): CoverageModel {
  const isIndex = need === NEED_INDEX;
  const needIndicator = isIndex ? null : (meta.indicatorById.get(need) ?? null);
  const periodsOf = (id: string) => meta.periods[id] ?? [];
  const valueYear = isIndex ? year : needYear(periodsOf(need), year);
  const popYear = needYear(periodsOf('population'), valueYear);
  const workbench = useIndexWorkbench(atlas, meta, level, year, active && isIndex);
  const id = `${level}|${need}|${valueYear}|${popYear}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!active || loaded?.id === id) return;
    let live = true;
    setError(null);
    Promise.all([
      boundariesOf(atlas, level),
      isIndex ? Promise.resolve(null) : atlas.levelFigures(need, valueYear, level),
      meta.indicatorById.has('population') ? atlas.levelFigures('population', popYear, level) : Promise.resolve([]),
    ])
      .then(([boundaries, needFigures, population]) => live && setLoaded({ id, boundaries, need: needFigures, population }))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [atlas, meta, level, need, valueYear, popYear, isIndex, id, active, loaded?.id]);

  const current = loaded?.id === id ? loaded : null;
  const distanceM = dist ?? DEFAULT_DIST;
  const polarity: Polarity = isIndex ? 'higher_is_need' : (needIndicator?.polarity ?? 'higher_is_need');
  const { prepared, evaluation } = workbench;
  const inputs = useMemo((): CoverageAreaInput[] | null => {
    if (!active || !current) return null;
    const population = new Map(current.population.map((f) => [f.areaKey, f]));
    let needOf: (key: string) => { need: number | null; withheld: boolean };
    if (isIndex) {
      if (!prepared || !evaluation) return null;
      const suppressed = EXCLUSION_CODES.indexOf('suppressed_value');
      needOf = (key) => {
        const i = prepared.keyIndex.get(key);
        if (i === undefined) return { need: null, withheld: false };
        const value = evaluation.statusIndex[i];
        return { need: Number.isFinite(value) ? value : null, withheld: evaluation.excluded[i] === suppressed };
      };
    } else {
      const figures = new Map((current.need ?? []).map((f) => [f.areaKey, f]));
      needOf = (key) => {
        const f = figures.get(key);
        return f ? { need: figureNumber(f), withheld: isSecretStatus(f.status) } : { need: null, withheld: false };
      };
    }
    return current.boundaries.features.map((feature) => {
      const key = feature.properties.key;
      const p = population.get(key);
      return {
        key, name: feature.properties.name, geometry: feature.geometry, ...needOf(key),
        population: p && !isSecretStatus(p.status) ? figureNumber(p) : null,
      };
    });
  }, [active, current, isIndex, prepared, evaluation]);

  const result = useMemo(() => {
    if (!inputs) return null;
    const programmes = meta.programmeAreas.features.filter((f) => f.geometry).map((f) => ({ id: f.properties.id, geometry: f.geometry }));
    return computeCoverage(inputs, programmes, meta.projects, { share: THRESHOLD_SHARE[threshold], distanceM, polarity });
  }, [inputs, meta, threshold, distanceM, polarity]);

  const indexError = isIndex ? workbench.error : null;
  return {
    needId: need, needIndicator, polarity, year: valueYear, distanceM, threshold,
    boundaries: current?.boundaries ?? null, result,
    loading: active && !result && !error && !indexError,
    error: error ?? indexError,
  };
}
