import { useMemo } from 'react';
import type { ClassMethod } from '../../analysis/classify';
import { ebGlobal } from '../../analysis/rates';
import type { LevelFigure } from '../../data/atlas';
import { buildChoropleth, figureNumber } from '../../map/choropleth';
import { nextColourVersion, type ChoroplethData } from '../map/useChoropleth';

export interface ClassChoice {
  method: ClassMethod;
  classes: number;
  breaks: number[] | null;
  /** Map global Empirical-Bayes estimates instead of the raw rates. */
  eb: boolean;
}

export interface ClassifiedData {
  data: ChoroplethData | null;
  /** The numbers that were classified (for the histogram). */
  values: number[];
  /** Manual bounds that did not fit; the map fell back to quantiles. */
  breaksRejected: boolean;
  /** Number of areas mapped with an EB estimate (0 when EB is off or impossible). */
  ebCount: number;
}

/** True when the figures carry counts for EB smoothing (rate indicators). */
export function canSmooth(data: ChoroplethData | null): boolean {
  if (!data || data.indicator.denominator.trim() === '') return false;
  for (const f of data.figures.values()) if (usableCounts(f)) return true;
  return false;
}

function usableCounts(f: LevelFigure): boolean {
  return f.numerator !== null && f.denominator !== null && f.numerator >= 0 && f.denominator > 0 && figureNumber(f) !== null;
}

/** Figures with the value replaced by the global EB estimate (× the indicator's scale) where counts exist. */
export function smoothFigures(figures: readonly LevelFigure[], scale: number): { figures: LevelFigure[]; count: number } {
  const usable = figures.filter(usableCounts);
  if (usable.length === 0) return { figures: [...figures], count: 0 };
  const eb = ebGlobal(usable.map((f) => f.numerator as number), usable.map((f) => f.denominator as number));
  const byKey = new Map(usable.map((f, i) => [f.areaKey, eb.estimate[i] * scale]));
  return {
    figures: figures.map((f) => (byKey.has(f.areaKey) ? { ...f, value: byKey.get(f.areaKey) as number } : f)),
    count: usable.length,
  };
}

/**
 * Re-classifies the base choropleth with the chosen method (and EB smoothing); recomputing for ~1,000
 * areas takes a few milliseconds, so it follows every change directly.
 */
export function classifyData(base: ChoroplethData | null, choice: ClassChoice): ClassifiedData {
  if (!base) return { data: null, values: [], breaksRejected: false, ebCount: 0 };
  const keys = base.boundaries.features.map((f) => f.properties.key);
  let figures = [...base.figures.values()];
  let ebCount = 0;
  if (choice.eb && canSmooth(base)) {
    const smoothed = smoothFigures(figures, base.indicator.scale || 1);
    figures = smoothed.figures;
    ebCount = smoothed.count;
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
  // The tooltip keeps the raw figures; the legend says that the colours are EB estimates.
  return {
    data: { ...base, choropleth, version: nextColourVersion() },
    values,
    breaksRejected,
    ebCount,
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
