import { poissonInterval, wilsonInterval } from '../../analysis/rates';
import type { Figure } from '../../core/profile';
import { statusCarriesNumber } from '../../core/status';
import type { Indicator } from '../../core/types';

/** Fewer cases than this in the numerator: the rate is greyed and labelled "geringe Fallzahl". */
export const MIN_CASES = 20;

export interface RateReliability {
  /** 95 % interval in the indicator's unit (× scale), or null without counts. */
  lower: number;
  upper: number;
  /** `wilson` for shares (numerator ≤ denominator), `poisson` for other rates. */
  method: 'wilson' | 'poisson';
  cases: number;
  smallCount: boolean;
}

/**
 * Reliability of a rate figure from its counts: a Wilson interval for a share (numerator part of
 * the denominator), an exact Poisson interval otherwise; both 95 %, scaled like the value. Null
 * for counts (no denominator), withheld figures or figures without counts.
 */
export function rateReliability(figure: Figure, indicator: Indicator, minCases = MIN_CASES): RateReliability | null {
  if (indicator.denominator.trim() === '' || !statusCarriesNumber(figure.status)) return null;
  const { numerator: cases, denominator: total } = figure;
  if (cases === null || total === null || !Number.isFinite(cases) || !Number.isFinite(total) || cases < 0 || total <= 0) return null;
  const scale = indicator.scale || 1;
  const share = cases <= total && Number.isInteger(cases) && Number.isInteger(total);
  const interval = share ? wilsonInterval(cases, total) : poissonInterval(cases, total);
  return {
    lower: interval.lower * scale,
    upper: interval.upper * scale,
    method: share ? 'wilson' : 'poisson',
    cases,
    smallCount: cases < minCases,
  };
}
