import type { IntervalClosure } from './types';

/**
 * Class (0-based) of one value for colouring, given the breaks of a classification.
 * Returns -1 for NaN/non-finite values and for values outside [breaks[0], breaks[k]]
 * (except for `box`, whose outer classes are open-ended).
 *
 * @param closed How the bounds belong to classes; use the `closed` of the classification result.
 * @example classIndex(3, [1, 3, 12], 'right') // → 0  (jenks: 3 is the largest value of class 0)
 * @example classIndex(3, [1, 3, 12], 'left')  // → 1
 */
export function classIndex(value: number, breaks: readonly number[], closed: IntervalClosure = 'left'): number {
  const k = breaks.length - 1;
  if (!Number.isFinite(value) || k < 1) return -1;
  if (closed === 'box') {
    // breaks: [lo, lowerFence, Q1, median, Q3, upperFence, hi]
    if (value < breaks[1]) return 0;
    if (value < breaks[2]) return 1;
    if (value < breaks[3]) return 2;
    if (value < breaks[4]) return 3;
    if (value <= breaks[5]) return 4;
    return 5;
  }
  if (value < breaks[0] || value > breaks[k]) return -1;
  // Binary search for the class.
  let lo = 0;
  let hi = k - 1;
  if (closed === 'left') {
    // Largest c with breaks[c] <= value, capped at k-1.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (breaks[mid] <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  // right: smallest c with value <= breaks[c+1].
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= breaks[mid + 1]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
