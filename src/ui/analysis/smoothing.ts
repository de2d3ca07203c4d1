import { ebGlobal, ebLocal } from '../../analysis/rates';
import { contiguityWeights, weightsFromLists, type SpatialWeights } from '../../analysis/spatial';
import type { AreaFeatureCollection, LevelFigure } from '../../data/atlas';
import { figureNumber } from '../../map/choropleth';

/** How the map smooths rates: not at all, towards the overall rate, or towards the neighbourhood's rate. */
export type SmoothingMethod = 'off' | 'global' | 'spatial';
export const SMOOTHING_METHODS: readonly SmoothingMethod[] = ['off', 'global', 'spatial'];

/** Snapping tolerance (degrees) for queen contiguity of simplified boundaries (as the LISA view). */
export const SMOOTHING_SNAP = 1e-6;

export interface SmoothedFigures {
  /** Figures with `value` replaced by the estimate (× scale); raw where no estimate exists. */
  figures: LevelFigure[];
  /** Areas whose value is an EB estimate. */
  count: number;
  /** Estimate (× scale) per area key, for the tooltip beside the raw value. */
  estimates: Map<string, number>;
  /** Spatial only: areas with counts but without a neighbour with counts; they keep the raw rate. */
  islands: string[];
}

/** True when a figure carries counts usable for EB smoothing. */
export function usableCounts(f: LevelFigure): boolean {
  return f.numerator !== null && f.denominator !== null && f.numerator >= 0 && f.denominator > 0 && figureNumber(f) !== null;
}

function replaceValues(figures: readonly LevelFigure[], estimates: Map<string, number>): LevelFigure[] {
  return figures.map((f) => (estimates.has(f.areaKey) ? { ...f, value: estimates.get(f.areaKey) as number } : f));
}

/** Figures with the value replaced by the global EB estimate (× the indicator's scale) where counts exist. */
export function smoothGlobal(figures: readonly LevelFigure[], scale: number): SmoothedFigures {
  const usable = figures.filter(usableCounts);
  if (usable.length === 0) return { figures: [...figures], count: 0, estimates: new Map(), islands: [] };
  const eb = ebGlobal(usable.map((f) => f.numerator as number), usable.map((f) => f.denominator as number));
  const estimates = new Map(usable.map((f, i) => [f.areaKey, eb.estimate[i] * scale]));
  return { figures: replaceValues(figures, estimates), count: usable.length, estimates, islands: [] };
}

const weightsCache = new WeakMap<AreaFeatureCollection, SpatialWeights>();

/** Queen contiguity of the level's polygons (cached per boundary collection; ~1,000 areas take milliseconds). */
export function queenWeightsOf(boundaries: AreaFeatureCollection): SpatialWeights {
  let w = weightsCache.get(boundaries);
  if (!w) {
    w = contiguityWeights(boundaries as unknown as Parameters<typeof contiguityWeights>[0], { rule: 'queen', snap: SMOOTHING_SNAP });
    weightsCache.set(boundaries, w);
  }
  return w;
}

/**
 * Spatial (local) EB smoothing, spdep `EBlocal`: each area with counts is shrunk towards the rate of
 * its queen neighbourhood (the neighbours with counts plus itself). Neighbours without counts
 * (missing, withheld) are left out of the neighbourhood. An area with counts but no such neighbour
 * has no neighbourhood to borrow from: it keeps its raw rate and is listed in `islands`.
 */
export function smoothSpatial(figures: readonly LevelFigure[], scale: number, boundaries: AreaFeatureCollection): SmoothedFigures {
  const w = queenWeightsOf(boundaries);
  const keys = boundaries.features.map((f) => f.properties.key);
  const byKey = new Map(figures.map((f) => [f.areaKey, f]));
  const usableIndex = new Map<number, number>(); // boundary index → position among usable areas
  const usable: LevelFigure[] = [];
  keys.forEach((key, i) => {
    const f = byKey.get(key);
    if (f && usableCounts(f) && !usableIndex.has(i)) {
      usableIndex.set(i, usable.length);
      usable.push(f);
    }
  });
  if (usable.length === 0) return { figures: [...figures], count: 0, estimates: new Map(), islands: [] };
  const lists: number[][] = usable.map(() => []);
  for (const [i, u] of usableIndex) {
    for (let t = w.offsets[i]; t < w.offsets[i + 1]; t++) {
      const v = usableIndex.get(w.neighbours[t]);
      if (v !== undefined && v !== u) lists[u].push(v);
    }
  }
  const sub = weightsFromLists(lists, 'W');
  const eb = ebLocal(usable.map((f) => f.numerator as number), usable.map((f) => f.denominator as number), sub);
  const estimates = new Map<string, number>();
  const islands: string[] = [];
  usable.forEach((f, u) => {
    if (lists[u].length === 0) islands.push(f.areaKey);
    else estimates.set(f.areaKey, eb.estimate[u] * scale);
  });
  return { figures: replaceValues(figures, estimates), count: estimates.size, estimates, islands };
}

/** Smoothed figures for the chosen method (`off` returns the figures unchanged). */
export function smoothFigures(
  figures: readonly LevelFigure[], scale: number, method: SmoothingMethod, boundaries: AreaFeatureCollection,
): SmoothedFigures {
  if (method === 'global') return smoothGlobal(figures, scale);
  if (method === 'spatial') return smoothSpatial(figures, scale, boundaries);
  return { figures: [...figures], count: 0, estimates: new Map(), islands: [] };
}
