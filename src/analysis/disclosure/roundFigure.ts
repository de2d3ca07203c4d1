import type { Figure } from '../../core/profile';

/** Nearest multiple of base; a positive result below minCount is lifted to the first multiple ≥ minCount. */
function roundTo(x: number, base: number, minCount: number): number {
  const r = Math.round(x / base) * base;
  return r > 0 && r < minCount ? Math.ceil(minCount / base) * base : r;
}

/**
 * Round a published figure's counts to a multiple of `base` (half away from zero for positives):
 * the value of a count, the numerator and the denominator. A rate is recomputed from the rounded
 * numerator and denominator (an exact rate beside a rounded denominator would give the exact count back).
 * A positive count that rounds to 0 gets status `lt_half` (DIN "0": less than half the unit shown);
 * a rate whose denominator rounds to 0 becomes `blocked` (not meaningful) without value.
 * Figures without counts (e.g. m² per person without numerator/denominator) are returned unchanged.
 * A count ≥ minCount that would round into 1..minCount−1 (e.g. 7 with base 5 and minCount 7) is lifted to the
 * first multiple of base ≥ minCount, so rounding never produces a figure that looks like a small count.
 *
 * @example roundFigure({ value: 7, status: 'ok', numerator: null, denominator: null }, 5, true).value // → 5
 */
export function roundFigure<T extends Figure>(figure: T, base: number, isCount: boolean, minCount = 1): T {
  const { value, numerator, denominator } = figure;
  const num = numerator === null ? null : roundTo(numerator, base, minCount);
  const den = denominator === null ? null : roundTo(denominator, base, minCount);
  if (numerator === null && denominator === null) {
    if (!isCount || value === null) return { ...figure };
    const rounded = roundTo(value, base, minCount);
    return { ...figure, value: rounded, status: rounded === 0 && value > 0 ? 'lt_half' : figure.status };
  }
  let newValue = value;
  let status = figure.status;
  if (value !== null && numerator !== null && denominator !== null && num !== null && den !== null) {
    if (den === 0) {
      newValue = null;
      status = 'blocked';
    } else if (numerator > 0 && denominator > 0) {
      newValue = value === 0 ? 0 : (value * (num / den)) / (numerator / denominator);
      if (num === 0) status = 'lt_half';
    }
  } else if (value !== null && isCount && numerator !== null && denominator === null) {
    newValue = num;
  }
  return { ...figure, value: newValue, numerator: num, denominator: den, status };
}
