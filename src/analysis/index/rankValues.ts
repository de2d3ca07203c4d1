export interface RankResult {
  /** 1 = highest value (most need for oriented z); ties share the smallest rank ("1224" ranking); 0 = no value. */
  ranks: Int32Array;
  /**
   * Percentile rank in [0, 100]: share of valued areas with a strictly lower value plus half the ties
   * (mid-rank definition), so the lowest of n distinct values gets 50/n and the highest 100 − 50/n. NaN = no value.
   */
  percentiles: Float64Array;
  /** Number of areas with a value. */
  count: number;
}

/**
 * Ranks (1 = highest) and mid-rank percentiles of finite values; NaN/null are left out.
 *
 * @example rankValues([0.5, 2, 2, NaN]).ranks // → [3, 1, 1, 0]
 * @example rankValues([1, 2, 3, 4]).percentiles // → [12.5, 37.5, 62.5, 87.5]
 */
export function rankValues(values: ArrayLike<number | null>): RankResult {
  const n = values.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) order.push(i);
  }
  const v = (i: number) => values[i] as number;
  order.sort((a, b) => v(b) - v(a) || a - b);
  const ranks = new Int32Array(n);
  const percentiles = new Float64Array(n).fill(NaN);
  const m = order.length;
  let start = 0;
  while (start < m) {
    let end = start + 1;
    while (end < m && v(order[end]) === v(order[start])) end++;
    const ties = end - start;
    const below = m - end;
    const pct = (100 * (below + ties / 2)) / m;
    for (let j = start; j < end; j++) {
      ranks[order[j]] = start + 1;
      percentiles[order[j]] = pct;
    }
    start = end;
  }
  return { ranks, percentiles, count: m };
}
