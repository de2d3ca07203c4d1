import { linearRegression, linearRegressionLine, sampleCorrelation } from 'simple-statistics';
import { figureNumber } from '../map/choropleth';
import type { Status } from '../core/types';

type FigureIn = { areaKey: string; value: number | null; status: Status };

export interface ScatterPoint {
  key: string;
  name: string;
  x: number;
  y: number;
  selected: boolean;
}

export interface ScatterSeries {
  points: ScatterPoint[];
  /** Pearson's r over all points; null with fewer than 3 points or no spread. */
  r: number | null;
  /** OLS fit y = m·x + b; null when r is null. */
  fit: { m: number; b: number } | null;
  /** The fitted line across the x range, two points, for drawing; empty without a fit. */
  line: { x: number; y: number }[];
  /** Areas with a number in only one of the two indicators (or none): left out of r. */
  leftOut: number;
}

/**
 * Scatter plot of two indicators over the areas of a level: only areas with a number in both
 * enter the points, r and the fitted line (secret values are left out, never treated as zero).
 */
export function scatterSeries(
  xFigures: readonly FigureIn[],
  yFigures: readonly FigureIn[],
  nameOf: (key: string) => string,
  selected: ReadonlySet<string>,
): ScatterSeries {
  const yByKey = new Map(yFigures.map((f) => [f.areaKey, figureNumber(f)]));
  const keys = new Set([...xFigures.map((f) => f.areaKey), ...yByKey.keys()]);
  const points: ScatterPoint[] = [];
  for (const f of xFigures) {
    const x = figureNumber(f);
    const y = yByKey.get(f.areaKey) ?? null;
    if (x === null || y === null) continue;
    points.push({ key: f.areaKey, name: nameOf(f.areaKey), x, y, selected: selected.has(f.areaKey) });
  }
  points.sort((a, b) => a.key.localeCompare(b.key));
  const leftOut = keys.size - points.length;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const spread = (v: number[]) => v.length > 0 && Math.max(...v) > Math.min(...v);
  if (points.length < 3 || !spread(xs) || !spread(ys)) return { points, r: null, fit: null, line: [], leftOut };
  const r = sampleCorrelation(xs, ys);
  const fit = linearRegression(points.map((p) => [p.x, p.y]));
  const at = linearRegressionLine(fit);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return { points, r, fit, line: [{ x: lo, y: at(lo) }, { x: hi, y: at(hi) }], leftOut };
}
