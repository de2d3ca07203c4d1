import { figureNumber } from '../map/choropleth';
import type { ProfileLine } from '../core/profile';

/** One point of the small time-series chart: the area's value and the nearest reference's value. */
export interface SeriesPoint {
  period: string;
  area: number | null;
  reference: number | null;
}

export interface TimeSeriesChart {
  points: SeriesPoint[];
  referenceName: string | null;
  /** Y axis range with a little headroom; [0, 1] when there is no number at all. */
  domain: [number, number];
  /** True when the area has at least one number to draw. */
  hasData: boolean;
}

/**
 * Chart data for one profile line: the area's series next to the nearest reference (e.g. the city
 * or Kreis). Values whose status carries no number become gaps, never zeros.
 */
export function timeSeriesChart(line: ProfileLine): TimeSeriesChart {
  const reference = line.referenceSeries[0] ?? null;
  const refByPeriod = new Map<string, number | null>();
  for (const p of reference?.points ?? []) refByPeriod.set(p.period, p.value !== null && Number.isFinite(p.value) ? p.value : null);
  const periods = [...new Set([...line.series.map((s) => s.period), ...refByPeriod.keys()])].sort();
  const areaByPeriod = new Map(line.series.map((s) => [s.period, figureNumber(s)]));
  const points = periods.map((period) => ({
    period,
    area: areaByPeriod.get(period) ?? null,
    reference: refByPeriod.get(period) ?? null,
  }));
  const numbers = points.flatMap((p) => [p.area, p.reference]).filter((v): v is number => v !== null);
  let domain: [number, number] = [0, 1];
  if (numbers.length > 0) {
    const lo = Math.min(...numbers);
    const hi = Math.max(...numbers);
    const pad = hi === lo ? Math.max(Math.abs(hi) * 0.1, 1) : (hi - lo) * 0.1;
    domain = [lo >= 0 && lo - pad < 0 ? 0 : lo - pad, hi + pad];
  }
  return {
    points,
    referenceName: reference?.areaName ?? null,
    domain,
    hasData: points.some((p) => p.area !== null),
  };
}
