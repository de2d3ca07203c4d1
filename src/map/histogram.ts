/**
 * A histogram of the classified values with the class bounds drawn in, as plain SVG geometry
 * (rectangles and lines in a width × height box). Pure: the UI turns it into <rect>/<line> elements.
 */
export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Values in [lower, upper) (the last bin includes its upper bound). */
  lower: number;
  upper: number;
  count: number;
}

export interface HistogramBreak {
  x: number;
  value: number;
}

export interface HistogramModel {
  width: number;
  height: number;
  bars: HistogramBar[];
  breaks: HistogramBreak[];
  min: number;
  max: number;
  maxCount: number;
}

export interface HistogramOptions {
  width?: number;
  height?: number;
  bins?: number;
}

/**
 * Bins the finite values into `bins` equal-width bins between their minimum and maximum and places
 * every break (usually k + 1 class bounds) on the same x scale. Breaks outside the value range are
 * clamped to the box edges.
 */
export function buildHistogram(values: readonly number[], breaks: readonly number[], options: HistogramOptions = {}): HistogramModel {
  const width = options.width ?? 240;
  const height = options.height ?? 80;
  const bins = Math.max(1, Math.floor(options.bins ?? 20));
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { width, height, bars: [], breaks: [], min: 0, max: 0, maxCount: 0 };
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) {
    const i = span === 0 ? 0 : Math.min(bins - 1, Math.floor(((v - min) / span) * bins));
    counts[i]++;
  }
  const maxCount = Math.max(...counts);
  const binWidth = width / bins;
  const bars: HistogramBar[] = counts.map((count, i) => {
    const h = maxCount === 0 ? 0 : (count / maxCount) * height;
    return {
      x: i * binWidth,
      y: height - h,
      width: binWidth,
      height: h,
      lower: min + (span * i) / bins,
      upper: min + (span * (i + 1)) / bins,
      count,
    };
  });
  const xOf = (value: number) => (span === 0 ? width / 2 : Math.min(width, Math.max(0, ((value - min) / span) * width)));
  return { width, height, bars, breaks: breaks.filter(Number.isFinite).map((value) => ({ x: xOf(value), value })), min, max, maxCount };
}
