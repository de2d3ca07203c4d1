/**
 * Brushing on a scatter plot: which points lie inside a rectangle, given either in data units (the
 * keyboard form) or in screen pixels (a drag; the points' screen centres come from the renderer).
 */

export interface Range {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A rectangle from two corners in any order. */
export function rangeFromCorners(ax: number, ay: number, bx: number, by: number): Range {
  return { xMin: Math.min(ax, bx), xMax: Math.max(ax, bx), yMin: Math.min(ay, by), yMax: Math.max(ay, by) };
}

/** Keys of the points inside the range (bounds inclusive), in the points' order, without duplicates. */
export function keysInRange(points: readonly { key: string; x: number; y: number }[], range: Range): string[] {
  const keys = new Set<string>();
  for (const p of points) {
    if (p.x >= range.xMin && p.x <= range.xMax && p.y >= range.yMin && p.y <= range.yMax) keys.add(p.key);
  }
  return [...keys];
}

/** A drag shorter than this (pixels in both directions) is a click, not a brush. */
export const MIN_BRUSH = 4;

export function isBrush(range: Range): boolean {
  return range.xMax - range.xMin >= MIN_BRUSH || range.yMax - range.yMin >= MIN_BRUSH;
}

/**
 * The selection after a brush: the brushed keys replace it, or (additive, e.g. with Shift) join it;
 * bounded by `max`, `capped` tells the view to say so.
 */
export function brushSelection(
  current: readonly string[],
  brushed: readonly string[],
  additive: boolean,
  max: number,
): { keys: string[]; capped: boolean } {
  const all = additive ? [...new Set([...current, ...brushed])] : [...new Set(brushed)];
  return { keys: all.slice(0, max), capped: all.length > max };
}
