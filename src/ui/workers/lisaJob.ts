import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { contiguityWeights, localMoran, moranI } from '../../analysis/spatial';

/** What the cluster map sends to the worker: areas with a number, in one order. */
export interface LisaJobInput {
  keys: string[];
  geometries: (Polygon | MultiPolygon)[];
  values: number[];
  permutations: number;
  seed: number;
  fdr: boolean;
  /** Vertex snapping tolerance (degrees) for the contiguity: bridges slivers of simplified boundaries. */
  snap: number;
}

export interface LisaJobResult {
  keys: string[];
  quadrant: number[];
  /** pSim, or the FDR-adjusted p when `fdr` was asked for. */
  p: number[];
  neighbourCount: number[];
  islands: string[];
  moran: { I: number; expectedI: number; pSim: number; z: number; n: number };
}

/**
 * Queen contiguity, global Moran's I and local Moran (LISA) with seeded conditional permutations.
 * Pure; runs in the analysis worker, or directly where no worker is available.
 */
export function runLisaJob(
  input: LisaJobInput,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): LisaJobResult {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: input.geometries.map((geometry): Feature => ({ type: 'Feature', properties: {}, geometry })),
  };
  const w = contiguityWeights(collection, { rule: 'queen', snap: input.snap });
  const global = moranI(input.values, w, { permutations: input.permutations, seed: input.seed });
  const local = localMoran(input.values, w, { permutations: input.permutations, seed: input.seed, fdr: input.fdr, onProgress, signal });
  const p = input.fdr && local.pAdjusted ? local.pAdjusted : local.pSim;
  const neighbourCount = input.keys.map((_, i) => w.offsets[i + 1] - w.offsets[i]);
  return {
    keys: input.keys,
    quadrant: Array.from(local.quadrant),
    p: Array.from(p),
    neighbourCount,
    islands: w.islands.map((i) => input.keys[i]),
    moran: { I: global.I, expectedI: global.expectedI, pSim: global.pSim, z: global.z, n: global.n },
  };
}
