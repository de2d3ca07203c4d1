import { classify, classIndex as classifyIndex, type IntervalClosure } from '../analysis/classify';
import { NO_DATA_COLOUR, rgbaToCss, SECRET_COLOUR, sequentialPalette } from '../map/palette';
import { formatNumber, digitsForUnit } from '../core/format';
import type { Language } from '../core/types';

/** Colours for figures without a number, as on the map. */
export const NO_DATA_FILL = rgbaToCss(NO_DATA_COLOUR);
export const SECRET_FILL = rgbaToCss(SECRET_COLOUR);
export const DEFAULT_CLASS_COUNT = 5;

/** Class bounds from the shared classifier (quantiles unless the map's own breaks are passed in). */
export function quantileBreaks(values: number[], classes = DEFAULT_CLASS_COUNT): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  return classify(finite, { method: 'quantile', classes: Math.min(classes, new Set(finite).size) || 1 }).breaks;
}

/** The map's sequential palette (YlGnBu) as CSS colours, so report and map read alike. */
export function classColours(n: number): string[] {
  return sequentialPalette(n).map(rgbaToCss);
}

/** Class of `value` (clamped into the classes) under the given interval closure. */
export function classIndex(value: number, breaks: number[], closed: IntervalClosure = 'left'): number {
  const k = breaks.length - 1;
  if (k < 1) return 0;
  const index = classifyIndex(value, breaks, closed);
  if (index >= 0) return index;
  return value < breaks[0] ? 0 : k - 1;
}

export function classLabels(breaks: number[], unit: string, lang: Language): string[] {
  const digits = digitsForUnit(unit);
  const suffix = unit === '%' ? ' %' : unit && unit !== 'Personen' && unit !== 'Anzahl' ? ` ${unit}` : '';
  const n = (v: number) => formatNumber(v, lang, digits);
  const labels: string[] = [];
  for (let i = 0; i < breaks.length - 1; i++) {
    const last = i === breaks.length - 2;
    const join = lang === 'de' ? (last ? 'bis' : 'bis unter') : last ? 'to' : 'to under';
    labels.push(`${n(breaks[i])} ${join} ${n(breaks[i + 1])}${suffix}`);
  }
  return labels;
}
