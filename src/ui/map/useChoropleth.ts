import { useEffect, useState } from 'react';
import type { AreaFeatureCollection, AtlasData, LevelFigure } from '../../data/atlas';
import type { Indicator, Level } from '../../core/types';
import { buildChoropleth, type Choropleth } from '../../map/choropleth';
import { rankFigures } from '../../map/ranks';
import { boundariesOf } from './boundaryCache';

/** Everything the map and the legend need for one level, indicator and year. */
export interface ChoroplethData {
  level: Level;
  indicator: Indicator;
  year: string;
  boundaries: AreaFeatureCollection;
  /** Faint surrounding areas (Gemeinden around the Quartiere), or null. */
  context: AreaFeatureCollection | null;
  choropleth: Choropleth;
  figures: Map<string, LevelFigure>;
  /** Rank (1 = highest) of each area with a number, and how many areas have one. */
  ranks: Map<string, number>;
  rankOf: number;
  /** Increments with every recolouring (deck.gl updateTriggers, data-colour-version). */
  version: number;
  /**
   * Set when the colours show Empirical-Bayes estimates: the estimate per area (× scale) for the
   * tooltip beside the raw figure, and (spatial) the areas without neighbours that keep the raw rate.
   */
  smoothing?: { method: 'global' | 'spatial'; estimates: Map<string, number>; islands: Set<string> };
}

let versionCounter = 0;

/** A fresh colour version, for views that recolour a ChoroplethData (classification, clusters, index). */
export function nextColourVersion(): number {
  return ++versionCounter;
}

export function useChoropleth(atlas: AtlasData, level: Level, indicator: Indicator | undefined, year: string) {
  const [data, setData] = useState<ChoroplethData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!indicator) return;
    let live = true;
    setError(null);
    (async () => {
      const [boundaries, figures, context] = await Promise.all([
        boundariesOf(atlas, level),
        atlas.levelFigures(indicator.id, year, level),
        level === 'quartier' ? boundariesOf(atlas, 'gemeinde') : Promise.resolve(null),
      ]);
      const keys = boundaries.features.map((f) => f.properties.key);
      const choropleth = buildChoropleth(keys, figures, { method: 'quantile', classes: 5 });
      const { ranks, rankOf } = rankFigures(figures);
      if (!live) return;
      setData({
        level, indicator, year, boundaries, context, choropleth,
        figures: new Map(figures.map((f) => [f.areaKey, f])),
        ranks, rankOf, version: ++versionCounter,
      });
    })().catch((e: unknown) => {
      console.error(e);
      if (live) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      live = false;
    };
  }, [atlas, level, indicator, year]);
  return { data, error };
}
