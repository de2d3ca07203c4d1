/**
 * Spatial weights in compressed sparse row form: the neighbours of area i are
 * `neighbours[offsets[i] .. offsets[i + 1])` (ascending area indices) with the matching `weights`.
 */
export interface SpatialWeights {
  /** Number of areas (rows). */
  n: number;
  /** n + 1 row starts into `neighbours`/`weights`. */
  offsets: Int32Array;
  /** Neighbour area indices (0-based, in input order). */
  neighbours: Int32Array;
  /** Weight of each neighbour: `W` row-standardised (each non-empty row sums to 1) or `B` binary (1). */
  weights: Float64Array;
  /** Areas without any neighbour (their rows are empty); they are reported, never dropped. */
  islands: number[];
  /** `W` row-standardised, `B` binary. */
  style: WeightsStyle;
}

export type WeightsStyle = 'W' | 'B';
