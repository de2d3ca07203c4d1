import type { Polarity } from '../../core/types';

/** How much of the ranked areas counts as "high need": the top fifth, quarter or tenth. */
export type CoverageThreshold = 'quintile' | 'quartile' | 'decile';
export const COVERAGE_THRESHOLDS: readonly CoverageThreshold[] = ['quintile', 'quartile', 'decile'];
export const DEFAULT_THRESHOLD: CoverageThreshold = 'quintile';
export const THRESHOLD_SHARE: Readonly<Record<CoverageThreshold, number>> = { quintile: 0.2, quartile: 0.25, decile: 0.1 };

/** One area's need value in its own unit; `withheld` = kept secret by disclosure control ("geheim"). */
export interface NeedValue {
  value: number | null;
  withheld: boolean;
}

export interface HighNeedCut {
  /** Value (in the indicator's unit) of the last area inside the top class; null when nothing is ranked. */
  cut: number | null;
  /** How many areas were ranked (a number, not withheld). */
  ranked: number;
  /** Whether each input area is in the top class (same order as the input). */
  high: boolean[];
}

/** Need orientation: +1 when a higher value means more need, −1 for the opposite; neutral counts as higher. */
export function needDirection(polarity: Polarity): 1 | -1 {
  return polarity === 'lower_is_need' ? -1 : 1;
}

/**
 * The top class of need. Rule: among the areas with a usable number (withheld and missing values are
 * not ranked), the ceil(share · n) areas with the most need are "high need", and every area tied with
 * the last of them as well (equal values are treated equally). Direction follows the polarity: for
 * "lower is need" the lowest values are the top class.
 */
export function highNeedCut(values: readonly NeedValue[], share: number, polarity: Polarity): HighNeedCut {
  if (!(share > 0 && share <= 1)) throw new RangeError(`highNeedCut: share must be in (0, 1], got ${share}`);
  const dir = needDirection(polarity);
  const ranked = values
    .filter((v) => !v.withheld && v.value !== null && Number.isFinite(v.value))
    .map((v) => (v.value as number) * dir)
    .sort((a, b) => b - a);
  if (ranked.length === 0) return { cut: null, ranked: 0, high: values.map(() => false) };
  const take = Math.ceil(share * ranked.length);
  const oriented = ranked[take - 1];
  const high = values.map((v) => !v.withheld && v.value !== null && Number.isFinite(v.value) && v.value * dir >= oriented);
  return { cut: oriented * dir, ranked: ranked.length, high };
}
