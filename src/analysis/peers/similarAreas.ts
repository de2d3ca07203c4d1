import type { IndicatorSpace } from './indicatorSpace';

export interface SimilarAreasOptions {
  /** Number of peers. Default 5. */
  k?: number;
  /**
   * Missing values: `pairwise` (default) uses the dimensions both areas have and scales the squared
   * distance by dimensions/shared (as R's `dist`), requiring at least `minShared` shared dimensions;
   * `complete` compares only areas that have every dimension (the target must have all).
   */
  missing?: 'pairwise' | 'complete';
  /** Minimum shared dimensions for `pairwise`. Default ⌈dimensions / 2⌉. */
  minShared?: number;
}

export interface Peer {
  key: string;
  /** Euclidean distance in z units (rescaled to all dimensions for `pairwise`). */
  distance: number;
  /** Dimensions the distance is based on. */
  shared: number;
}

export interface SimilarAreasResult {
  peers: Peer[];
  /** Areas left out for missing values. */
  skipped: string[];
}

/**
 * The k nearest areas to `targetKey` in the standardised indicator space (Euclidean on z), the target
 * itself left out; ties by key.
 *
 * @example similarAreas(indicatorSpace(prepared, indicators, '2024'), '03241001-Q07', { k: 3 }).peers
 */
export function similarAreas(space: IndicatorSpace, targetKey: string, options: SimilarAreasOptions = {}): SimilarAreasResult {
  const m = space.dimensions.length;
  const { k = 5, missing = 'pairwise', minShared = Math.ceil(m / 2) } = options;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('similarAreas: k must be a whole number ≥ 1');
  if (missing !== 'pairwise' && missing !== 'complete') throw new RangeError('similarAreas: missing must be pairwise or complete');
  if (!Number.isInteger(minShared) || minShared < 1 || minShared > m) throw new RangeError(`similarAreas: minShared must be 1..${m}`);
  const target = space.keys.indexOf(targetKey);
  if (target < 0) throw new RangeError(`similarAreas: unknown area ${targetKey}`);
  const { z } = space;
  const need = missing === 'complete' ? m : minShared;
  let targetDims = 0;
  for (let d = 0; d < m; d++) if (!Number.isNaN(z[target * m + d])) targetDims++;
  if (targetDims < need) {
    throw new RangeError(`similarAreas: ${targetKey} has values for ${targetDims} of ${m} indicators, ${need} needed`);
  }
  const candidates: Peer[] = [];
  const skipped: string[] = [];
  for (let i = 0; i < space.keys.length; i++) {
    if (i === target) continue;
    let sum = 0;
    let shared = 0;
    let complete = true;
    for (let d = 0; d < m; d++) {
      const a = z[target * m + d];
      const b = z[i * m + d];
      if (Number.isNaN(a) || Number.isNaN(b)) {
        complete = false;
        continue;
      }
      sum += (a - b) ** 2;
      shared++;
    }
    if ((missing === 'complete' && !complete) || shared < need) {
      skipped.push(space.keys[i]);
      continue;
    }
    candidates.push({ key: space.keys[i], distance: Math.sqrt((sum * m) / shared), shared });
  }
  candidates.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { peers: candidates.slice(0, k), skipped };
}
