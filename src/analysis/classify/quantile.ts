/**
 * Sample quantile of SORTED finite data, R's `quantile(type = 7)` (Hyndman & Fan definition 7):
 * h = (n − 1)·p, result = (1 − f)·x[⌊h⌋] + f·x[⌊h⌋ + 1] with f = h − ⌊h⌋ (0-based), computed in the
 * same arithmetic order as R so that breaks agree to the last bit in ordinary cases.
 *
 * Internal: `sorted` must be non-empty, ascending and finite; 0 ≤ p ≤ 1.
 * @example quantileSorted(Float64Array.from([1, 2, 3, 4]), 0.5) // → 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const index = (n - 1) * p; // R: 1 + (n - 1) * p, 1-based
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const qs = sorted[lo];
  const h = index - lo;
  if (h > 0 && sorted[hi] !== qs) return (1 - h) * qs + h * sorted[hi];
  return qs;
}
