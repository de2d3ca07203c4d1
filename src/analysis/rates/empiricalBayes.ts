import type { SpatialWeights } from '../spatial/types';

export interface EbGlobalResult {
  /** Raw rates cases / population. */
  raw: Float64Array;
  /** Empirical-Bayes estimates (shrunk towards the global rate). */
  estimate: Float64Array;
  /** Method-of-moments prior variance a (≥ 0). */
  a: number;
  /** Global rate b = Σ cases / Σ population (the prior mean). */
  b: number;
}

function checkCounts(cases: ArrayLike<number>, population: ArrayLike<number>, where: string): void {
  if (cases == null || population == null || cases.length !== population.length) {
    throw new RangeError(`${where}: cases and population must have the same length`);
  }
  if (cases.length === 0) throw new RangeError(`${where}: no areas`);
  for (let i = 0; i < cases.length; i++) {
    if (!(Number.isFinite(cases[i]) && cases[i] >= 0)) throw new RangeError(`${where}: cases[${i}] must be a non-negative number`);
    if (!(Number.isFinite(population[i]) && population[i] > 0)) throw new RangeError(`${where}: population[${i}] must be a positive number`);
  }
}

/**
 * Global Empirical-Bayes smoothing of rates (Poisson model, method of moments, Marshall 1991),
 * the same numbers as spdep `EBest(cases, population)`:
 * b = Σcases/Σpop, s² = Σ pop_i (r_i − b)² / Σpop, a = max(0, s² − b / mean(pop)),
 * estimate_i = b + a (r_i − b) / (a + b / pop_i). Where spdep divides 0 by 0 (no cases at all),
 * the estimate is b (= 0).
 * @example ebGlobal([2, 0, 9], [100, 50, 300]).estimate
 */
export function ebGlobal(cases: ArrayLike<number>, population: ArrayLike<number>): EbGlobalResult {
  checkCounts(cases, population, 'ebGlobal');
  const m = cases.length;
  const raw = new Float64Array(m);
  let nsum = 0;
  let xsum = 0;
  for (let i = 0; i < m; i++) {
    raw[i] = cases[i] / population[i];
    nsum += cases[i];
    xsum += population[i];
  }
  const b = nsum / xsum;
  let s2 = 0;
  for (let i = 0; i < m; i++) s2 += population[i] * ((raw[i] - b) ** 2 / xsum);
  let a = s2 - b / (xsum / m);
  if (a < 0) a = 0;
  const estimate = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const denom = a + b / population[i];
    estimate[i] = denom === 0 ? b : b + (a * (raw[i] - b)) / denom;
  }
  return { raw, estimate, a, b };
}

export interface EbLocalResult {
  raw: Float64Array;
  estimate: Float64Array;
  /** Local prior variance a_i (≥ 0). */
  a: Float64Array;
  /** Local prior mean m_i: the rate of the neighbourhood including the area itself. */
  m: Float64Array;
}

/**
 * Local (spatial) Empirical-Bayes smoothing: each area is shrunk towards the rate of its
 * neighbourhood (its neighbours plus itself), the same numbers as spdep `EBlocal(cases, population, nb)`.
 * Only the neighbour structure of `weights` is used. With `variant: 'geoda'` the local variance uses
 * the area's own m_i for all neighbours (spdep `geoda = TRUE`); spdep's default uses each neighbour's m_j.
 * Where spdep divides 0 by 0 (no cases in the neighbourhood), the estimate is m_i (= 0).
 * @example ebLocal(cases, population, contiguityWeights(areas)).estimate
 */
export function ebLocal(
  cases: ArrayLike<number>,
  population: ArrayLike<number>,
  weights: Pick<SpatialWeights, 'n' | 'offsets' | 'neighbours'>,
  options: { variant?: 'spdep' | 'geoda' } = {},
): EbLocalResult {
  checkCounts(cases, population, 'ebLocal');
  const n = cases.length;
  if (!weights || weights.n !== n || !(weights.offsets instanceof Int32Array) || weights.offsets.length !== n + 1) {
    throw new RangeError(`ebLocal: weights must describe ${n} areas`);
  }
  const { offsets, neighbours } = weights;
  for (let t = 0; t < neighbours.length; t++) {
    if (!(neighbours[t] >= 0 && neighbours[t] < n)) throw new RangeError(`ebLocal: neighbour index ${neighbours[t]} out of range`);
  }
  const variant = options.variant ?? 'spdep';
  const raw = new Float64Array(n);
  for (let i = 0; i < n; i++) raw[i] = cases[i] / population[i];
  const m = new Float64Array(n);
  const ni = new Float64Array(n);
  const nbar = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let r = cases[i];
    let p = population[i];
    for (let t = offsets[i]; t < offsets[i + 1]; t++) {
      r += cases[neighbours[t]];
      p += population[neighbours[t]];
    }
    m[i] = r / p;
    ni[i] = p;
    nbar[i] = p / (offsets[i + 1] - offsets[i] + 1);
  }
  const a = new Float64Array(n);
  const estimate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const centre = (j: number): number => (variant === 'geoda' ? m[i] : m[j]);
    let c = population[i] * (raw[i] - centre(i)) ** 2;
    for (let t = offsets[i]; t < offsets[i + 1]; t++) {
      const j = neighbours[t];
      c += population[j] * (raw[j] - centre(j)) ** 2;
    }
    let ai = c / ni[i] - m[i] / nbar[i];
    if (ai < 0) ai = 0;
    a[i] = ai;
    const denom = ai + m[i] / population[i];
    estimate[i] = denom === 0 ? m[i] : m[i] + (raw[i] - m[i]) * (ai / denom);
  }
  return { raw, estimate, a, m };
}
