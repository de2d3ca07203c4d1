/** Classification methods offered for choropleth maps. */
export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'sd' | 'box' | 'manual';

/**
 * Which end of a class interval belongs to it.
 * - `left`: [b0, b1), [b1, b2), …, [b(k-1), bk] (the last class includes the maximum).
 * - `right`: [b0, b1], (b1, b2], …, (b(k-1), bk] (the first class includes the minimum; used by
 *   jenks, whose inner bounds are the largest value of their class, as R classInt reports them).
 * - `box`: GeoDa box map: classes 1–4 left-closed, class 5 [Q3, upper fence] closed on both ends,
 *   class 6 (upper outliers) is everything above the upper fence.
 */
export type IntervalClosure = 'left' | 'right' | 'box';

export interface ClassifyOptions {
  method: ClassMethod;
  /** Number of classes for quantile, equal and jenks (2–20; default 5). Ignored by sd, box, manual. */
  classes?: number;
  /** Manual bounds (k+1 values, strictly increasing, covering every value). Required for `manual`. */
  breaks?: number[];
  /** Box map hinge (multiple of the IQR for the outlier fences), default 1.5. */
  hinge?: number;
  /** Width of a standard-deviation band in standard deviations, default 1. */
  sdStep?: number;
}

export interface ClassificationResult {
  method: ClassMethod;
  /** Number of classes actually produced (may be fewer than requested; see `requestedClasses`). */
  classes: number;
  /** k+1 bounds, non-decreasing, from the minimum to the maximum of the classified values. */
  breaks: number[];
  /** Number of values in each class; sums to the number of finite values. */
  counts: number[];
  /** How the bounds are assigned to classes (see {@link IntervalClosure}). */
  closed: IntervalClosure;
  /** Values left out because they were NaN, ±Infinity or not numbers. */
  missing: number;
  /** The class count that was asked for, when it differs from `classes`. */
  requestedClasses?: number;
}
