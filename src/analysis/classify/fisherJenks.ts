/**
 * Exact Fisher–Jenks optimum (minimum within-class sum of squared deviations) on sorted data.
 *
 * Internal: expects a sorted Float64Array of finite values and 1 ≤ k ≤ number of distinct values
 * (the caller reduces k).
 * Works on the distinct values with their multiplicities (ties can never be split between classes,
 * so the optimum is the same), with prefix sums and the divide-and-conquer speed-up that the
 * monotone optimal split positions allow (as in Ckmeans.1d.dp): O(k · m · log m) for m distinct values.
 *
 * @returns the k+1 breaks: the minimum, then the LARGEST value of each class (R classInt "jenks" style).
 * @example fisherJenksSorted(Float64Array.from([1, 2, 3, 10, 11, 12]), 2) // → [1, 3, 12]
 */
export function fisherJenksSorted(sorted: Float64Array, k: number): number[] {
  const n = sorted.length;
  // Distinct values and their multiplicities.
  const values = new Float64Array(n);
  const weights = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (m > 0 && values[m - 1] === v) weights[m - 1] += 1;
    else {
      values[m] = v;
      weights[m] = 1;
      m++;
    }
  }
  // Prefix sums of weight, weighted value and weighted square, shifted by the median for precision.
  const shift = sorted[n >> 1];
  const cw = new Float64Array(m + 1);
  const cs = new Float64Array(m + 1);
  const cq = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const d = values[i] - shift;
    cw[i + 1] = cw[i] + weights[i];
    cs[i + 1] = cs[i] + weights[i] * d;
    cq[i + 1] = cq[i] + weights[i] * d * d;
  }
  /** Sum of squared deviations of distinct values j..i (inclusive). */
  const cost = (j: number, i: number): number => {
    const w = cw[i + 1] - cw[j];
    const s = cs[i + 1] - cs[j];
    const c = cq[i + 1] - cq[j] - (s * s) / w;
    return c > 0 ? c : 0;
  };
  let prev = new Float64Array(m);
  let cur = new Float64Array(m);
  const split = new Int32Array(k * m); // split[c*m + i]: first distinct index of class c when class c ends at i
  for (let i = 0; i < m; i++) prev[i] = cost(0, i);

  for (let c = 1; c < k; c++) {
    const row = c * m;
    // Solve cur[i] for i in [lo, hi] knowing the optimal split lies in [optLo, optHi].
    const solve = (lo: number, hi: number, optLo: number, optHi: number): void => {
      if (lo > hi) return;
      const i = (lo + hi) >> 1;
      let best = Infinity;
      let bestJ = optLo;
      const jEnd = Math.min(i, optHi);
      for (let j = Math.max(optLo, c); j <= jEnd; j++) {
        const v = prev[j - 1] + cost(j, i);
        if (v < best) {
          best = v;
          bestJ = j;
        }
      }
      cur[i] = best;
      split[row + i] = bestJ;
      solve(lo, i - 1, optLo, bestJ);
      solve(i + 1, hi, bestJ, optHi);
    };
    solve(c, m - 1, c, m - 1);
    const t = prev;
    prev = cur;
    cur = t;
  }
  // Backtrack: the upper bound of each class is the value just before the next class starts.
  const uppers = new Array<number>(k);
  let end = m - 1;
  for (let c = k - 1; c >= 1; c--) {
    uppers[c] = values[end];
    end = split[c * m + end] - 1;
  }
  uppers[0] = values[end];
  return [values[0], ...uppers];
}
