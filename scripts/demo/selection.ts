import type { Counts } from './counts';

/** SGB II quote (%) of an area in one period from its hidden counts (NaN without residents under 65). */
export function sgb2Rate(series: readonly Counts[] | undefined, period: number): number {
  const c = series?.[period];
  return c && c.under65 > 0 ? (100 * c.sgb2Persons) / c.under65 : Number.NaN;
}

/** Keys ordered by descending SGB II quote in the period (ties by key), limited to areas with ≥ minPopulation. */
export function highestNeed(keys: readonly string[], totals: ReadonlyMap<string, Counts[]>, period: number, minPopulation: number): string[] {
  return keys
    .filter((k) => (totals.get(k)?.[period]?.population ?? 0) >= minPopulation)
    .map((k) => ({ k, r: sgb2Rate(totals.get(k), period) }))
    .sort((a, b) => b.r - a.r || (a.k < b.k ? -1 : 1))
    .map((x) => x.k);
}
