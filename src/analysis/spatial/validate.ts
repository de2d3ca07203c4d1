import type { SpatialWeights } from './types';

/**
 * Check that `weights` is a well-formed CSR structure for `n` areas and that `values` are n finite
 * numbers; returns the values as a Float64Array copy (internal helper for the public functions).
 */
export function checkValuesAndWeights(values: ArrayLike<number>, weights: SpatialWeights, where: string): Float64Array {
  if (!weights || !(weights.offsets instanceof Int32Array) || !(weights.neighbours instanceof Int32Array) || !(weights.weights instanceof Float64Array)) {
    throw new TypeError(`${where}: weights must be a SpatialWeights object (CSR typed arrays)`);
  }
  const n = weights.n;
  if (weights.offsets.length !== n + 1 || weights.offsets[0] !== 0 || weights.offsets[n] !== weights.neighbours.length || weights.weights.length !== weights.neighbours.length) {
    throw new RangeError(`${where}: malformed weights (offsets/neighbours/weights lengths disagree)`);
  }
  for (let i = 0; i < n; i++) if (weights.offsets[i + 1] < weights.offsets[i]) throw new RangeError(`${where}: offsets must not decrease`);
  for (let t = 0; t < weights.neighbours.length; t++) {
    const j = weights.neighbours[t];
    if (!(j >= 0 && j < n)) throw new RangeError(`${where}: neighbour index ${j} out of range`);
    if (!Number.isFinite(weights.weights[t])) throw new RangeError(`${where}: weight ${t} is not finite`);
  }
  for (let i = 0; i < n; i++) {
    for (let t = weights.offsets[i]; t < weights.offsets[i + 1]; t++) {
      if (weights.neighbours[t] === i) throw new RangeError(`${where}: area ${i} lists itself as a neighbour`);
      if (t > weights.offsets[i] && weights.neighbours[t] <= weights.neighbours[t - 1]) {
        throw new RangeError(`${where}: neighbours of area ${i} must be strictly ascending`);
      }
    }
  }
  if (values == null || values.length !== n) throw new RangeError(`${where}: expected ${n} values, got ${values?.length}`);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${where}: value ${i} is not a finite number (remove or impute missing values first)`);
    }
    x[i] = v;
  }
  if (n < 4) throw new RangeError(`${where}: need at least 4 areas`);
  return x;
}

/** Spatial lag Σ_j w_ij v_j for every i (internal). */
export function spatialLag(weights: SpatialWeights, v: Float64Array): Float64Array {
  const { n, offsets, neighbours } = weights;
  const w = weights.weights;
  const lag = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = offsets[i]; t < offsets[i + 1]; t++) s += w[t] * v[neighbours[t]];
    lag[i] = s;
  }
  return lag;
}
