import { useMemo } from 'react';
import type { ClassMethod } from '../../analysis/classify';
import { buildChoropleth, figureNumber } from '../../map/choropleth';
import { nextColourVersion, type ChoroplethData } from '../map/useChoropleth';
import { smoothFigures as smoothBy, smoothGlobal, usableCounts, type SmoothingMethod } from './smoothing';

export interface ClassChoice {
  method: ClassMethod;
  classes: number;
  breaks: number[] | null;
  /** Map Empirical-Bayes estimates (global or spatial) instead of the raw rates. */
  eb: SmoothingMethod;
}

export interface ClassifiedData {
  data: ChoroplethData | null;
  /** The numbers that were classified (for the histogram). */
  values: number[];
  /** Manual bounds that did not fit; the map fell back to quantiles. */
  breaksRejected: boolean;
  /** Number of areas mapped with an EB estimate (0 when EB is off or impossible). */
  ebCount: number;
  /** Spatial EB: areas without a neighbour with counts (they keep the raw rate). */
  ebIslands: string[];
}

/** True when the figures carry counts for EB smoothing (rate indicators). */
export function canSmooth(data: ChoroplethData | null): boolean {
  if (!data || data.indicator.denominator.trim() === '') return false;
  for (const f of data.figures.values()) if (usableCounts(f)) return true;
  return false;
}

/** Figures with the value replaced by the global EB estimate (× the indicator's scale) where counts exist. */
export const smoothFigures = smoothGlobal;

/**
 * Re-classifies the base choropleth with the chosen method (and EB smoothing); recomputing for ~1,000
 * areas takes a few milliseconds, so it follows every change directly.
 */
export function classifyData(base: ChoroplethData | null, choice: ClassChoice): ClassifiedData {
  if (!base) return { data: null, values: [], breaksRejected: false, ebCount: 0, ebIslands: [] };
  const keys = base.boundaries.features.map((f) => f.properties.key);
  let figures = [...base.figures.values()];
  let ebCount = 0;
  let ebIslands: string[] = [];
  let smoothing: ChoroplethData['smoothing'];
  if (choice.eb !== 'off' && canSmooth(base)) {
    const smoothed = smoothBy(figures, base.indicator.scale || 1, choice.eb, base.boundaries);
    figures = smoothed.figures;
    ebCount = smoothed.count;
    ebIslands = smoothed.islands;
    smoothing = { method: choice.eb, estimates: smoothed.estimates, islands: new Set(smoothed.islands) };
  }
  const options = { method: choice.method, classes: choice.classes, breaks: choice.breaks ?? undefined };
  let breaksRejected = false;
  let choropleth;
  try {
    choropleth = buildChoropleth(keys, figures, options);
  } catch {
    breaksRejected = true;
    choropleth = buildChoropleth(keys, figures, { method: 'quantile', classes: choice.classes });
  }
  const keySet = new Set(keys);
  const values: number[] = [];
  for (const f of figures) {
    const n = keySet.has(f.areaKey) ? figureNumber(f) : null;
    if (n !== null) values.push(n);
  }
  // The tooltip keeps the raw figures and adds the estimate; the legend says that the colours are EB estimates.
  return {
    data: { ...base, choropleth, version: nextColourVersion(), smoothing },
    values,
    breaksRejected,
    ebCount,
    ebIslands,
  };
}

export function useClassifiedData(base: ChoroplethData | null, choice: ClassChoice): ClassifiedData {
  const { method, classes, breaks, eb } = choice;
  const breaksKey = breaks?.join(',') ?? '';
  return useMemo(
    () => classifyData(base, { method, classes, breaks: breaksKey === '' ? null : breaksKey.split(',').map(Number), eb }),
    [base, method, classes, breaksKey, eb],
  );
}
