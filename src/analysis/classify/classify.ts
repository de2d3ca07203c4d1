import { classIndex } from './classIndex';
import { fisherJenksSorted } from './fisherJenks';
import { quantileSorted } from './quantile';
import type { ClassificationResult, ClassifyOptions, ClassMethod, IntervalClosure } from './types';

const METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'jenks', 'sd', 'box', 'manual'];
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 20;

/**
 * Classify numeric values into map classes.
 *
 * - `quantile`: breaks are R `quantile(type = 7)` at probabilities 0, 1/k, …, 1 (as R classInt
 *   style "quantile"); duplicate breaks (ties) are merged, so fewer classes may result. Left-closed.
 * - `equal`: k classes of equal width from min to max. Left-closed.
 * - `jenks`: exact Fisher–Jenks optimum (minimum within-class sum of squares); each inner bound is the
 *   largest value of its class (R classInt style "jenks"). Right-closed.
 * - `sd`: GeoDa standard-deviation map: bounds at mean − 2s, mean − s, mean, mean + s, mean + 2s
 *   (s = sample standard deviation × `sdStep`), keeping only those strictly inside (min, max),
 *   plus min and max: up to 6 classes. Left-closed.
 * - `box`: GeoDa box map, always 6 classes: lower outliers (< Q1 − h·IQR), < Q1, < median, < Q3,
 *   ≤ Q3 + h·IQR, upper outliers; quartiles by R type 7, h = `hinge` (1.5). Outer bounds are
 *   min(minimum, lower fence) and max(maximum, upper fence), so breaks stay monotone.
 * - `manual`: the given bounds (strictly increasing, covering every value). Left-closed.
 *
 * NaN, ±Infinity and non-numbers are left out and counted in `missing`. When the data have fewer
 * distinct values than classes, the class count is reduced (`requestedClasses` keeps the request);
 * a single distinct value gives one class. No finite value at all is an error.
 *
 * @example classify([1, 2, 3, 10, 11, 12], { method: 'jenks', classes: 2 })
 * // → { method: 'jenks', classes: 2, breaks: [1, 3, 12], counts: [3, 3], closed: 'right', missing: 0 }
 */
export function classify(values: ArrayLike<number>, options: ClassifyOptions): ClassificationResult {
  if (values == null || typeof values.length !== 'number') throw new TypeError('classify: values must be an array of numbers');
  if (options == null || !METHODS.includes(options.method)) {
    throw new RangeError(`classify: unknown method ${String(options?.method)}; use one of ${METHODS.join(', ')}`);
  }
  const method = options.method;
  const requested = options.classes ?? 5;
  if (method === 'quantile' || method === 'equal' || method === 'jenks') {
    if (!Number.isInteger(requested) || requested < MIN_CLASSES || requested > MAX_CLASSES) {
      throw new RangeError(`classify: classes must be an integer from ${MIN_CLASSES} to ${MAX_CLASSES}, got ${requested}`);
    }
  }
  const hinge = options.hinge ?? 1.5;
  if (!(Number.isFinite(hinge) && hinge > 0)) throw new RangeError('classify: hinge must be a positive number');
  const sdStep = options.sdStep ?? 1;
  if (!(Number.isFinite(sdStep) && sdStep > 0)) throw new RangeError('classify: sdStep must be a positive number');
  if (method === 'manual') validateManualBreaks(options.breaks);

  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) finite[n++] = v;
  }
  const missing = values.length - n;
  if (n === 0) throw new RangeError('classify: no finite values to classify');
  const sorted = finite.subarray(0, n).sort();
  const distinct = countDistinct(sorted);

  let breaks: number[];
  let closed: IntervalClosure = 'left';
  if (method === 'box') {
    breaks = boxBreaks(sorted, hinge);
    closed = 'box';
  } else if (method === 'manual') {
    breaks = [...(options.breaks as number[])];
    const outside = sorted[0] < breaks[0] || sorted[n - 1] > breaks[breaks.length - 1];
    if (outside) {
      throw new RangeError(
        `classify: manual breaks ${breaks[0]}…${breaks[breaks.length - 1]} do not cover the values ${sorted[0]}…${sorted[n - 1]}`,
      );
    }
  } else if (distinct === 1) {
    breaks = [sorted[0], sorted[0]];
  } else if (method === 'quantile') {
    breaks = dedupe(Array.from({ length: requested + 1 }, (_, i) => quantileSorted(sorted, i * (1 / requested))));
  } else if (method === 'equal') {
    const lo = sorted[0];
    const hi = sorted[n - 1];
    const width = (hi - lo) / requested;
    breaks = Array.from({ length: requested + 1 }, (_, i) => (i === requested ? hi : lo + i * width));
  } else if (method === 'jenks') {
    breaks = fisherJenksSorted(sorted, Math.min(requested, distinct));
    closed = 'right';
  } else {
    breaks = sdBreaks(sorted, sdStep);
  }
  const k = breaks.length - 1;
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) counts[classIndex(sorted[i], breaks, closed)]++;
  const result: ClassificationResult = { method, classes: k, breaks, counts, closed, missing };
  const asked = method === 'quantile' || method === 'equal' || method === 'jenks' ? requested : k;
  if (asked !== k) result.requestedClasses = asked;
  return result;
}

function validateManualBreaks(breaks: unknown): asserts breaks is number[] {
  if (!Array.isArray(breaks) || breaks.length < 2) throw new RangeError('classify: manual method needs at least 2 breaks');
  for (let i = 0; i < breaks.length; i++) {
    if (typeof breaks[i] !== 'number' || !Number.isFinite(breaks[i])) throw new RangeError(`classify: manual break ${i} is not a finite number`);
    if (i > 0 && !(breaks[i] > breaks[i - 1])) throw new RangeError('classify: manual breaks must be strictly increasing');
  }
}

function countDistinct(sorted: Float64Array): number {
  let d = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) d++;
  return d;
}

function dedupe(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b !== breaks[i - 1]);
}

function boxBreaks(sorted: Float64Array, hinge: number): number[] {
  const q1 = quantileSorted(sorted, 0.25);
  const med = quantileSorted(sorted, 0.5);
  const q3 = quantileSorted(sorted, 0.75);
  const iqr = q3 - q1;
  const lowerFence = q1 - hinge * iqr;
  const upperFence = q3 + hinge * iqr;
  const lo = Math.min(sorted[0], lowerFence);
  const hi = Math.max(sorted[sorted.length - 1], upperFence);
  return [lo, lowerFence, q1, med, q3, upperFence, hi];
}

function sdBreaks(sorted: Float64Array, step: number): number[] {
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i] - mean) ** 2;
  const s = Math.sqrt(ss / (n - 1)) * step;
  const lo = sorted[0];
  const hi = sorted[n - 1];
  const inner = [-2, -1, 0, 1, 2].map((j) => mean + j * s).filter((b) => b > lo && b < hi);
  return [lo, ...inner, hi];
}
