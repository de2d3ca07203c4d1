import { schemeBlues } from 'd3-scale-chromatic';
import { formatNumber, digitsForUnit } from '../core/format';
import type { Language } from '../core/types';

/** Colours for figures without a number. Blues are colour-blind safe and carry no moral red/green. */
export const NO_DATA_FILL = '#ffffff';
export const SECRET_FILL = '#a3a3a3';
export const DEFAULT_CLASS_COUNT = 5;

/** Quantile bounds (k+1 values, duplicates removed) of the finite values. */
export function quantileBreaks(values: number[], classes = DEFAULT_CLASS_COUNT): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 0; i <= classes; i++) {
    const position = (i / classes) * (sorted.length - 1);
    const low = Math.floor(position);
    const high = Math.ceil(position);
    const value = sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    if (breaks.length === 0 || value > breaks[breaks.length - 1]) breaks.push(value);
  }
  if (breaks.length === 1) breaks.push(breaks[0]);
  return breaks;
}

/** Sequential blues for n classes (light = low). */
export function classColours(n: number): string[] {
  if (n <= 0) return [];
  if (n < 3) return (schemeBlues[3] as readonly string[]).slice(3 - n).map(String);
  return [...(schemeBlues[Math.min(n, 9)] as readonly string[])];
}

/** Index of the class of `value`: [b0, b1), [b1, b2), …, [b(k-1), bk]; values outside clamp. */
export function classIndex(value: number, breaks: number[]): number {
  const k = breaks.length - 1;
  for (let i = 0; i < k - 1; i++) if (value < breaks[i + 1]) return i;
  return Math.max(k - 1, 0);
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
