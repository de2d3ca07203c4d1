import type { Figure } from '../../core/profile';
import type { Status } from '../../core/types';

/** Statuses that hide a value for confidentiality (ours: `suppressed`; the source's: `secret`). */
export function isWithheld(status: Status): boolean {
  return status === 'suppressed' || status === 'secret';
}

/** The suppressed form of a figure: status `suppressed`, no value, no numerator, no denominator. */
export function suppressFigure<T extends Figure>(figure: T): T {
  return { ...figure, value: null, numerator: null, denominator: null, status: 'suppressed' };
}

/**
 * Propagation: a derived figure (sum, rate, index, aggregate) that uses a withheld input is itself
 * suppressed; otherwise `compute` derives it.
 * @example propagateSuppression([a, b], ([x, y]) => sum(x, y)) // suppressed when a or b is
 */
export function propagateSuppression(inputs: readonly Figure[], compute: (inputs: readonly Figure[]) => Figure): Figure {
  if (inputs.some((f) => isWithheld(f.status))) return { value: null, numerator: null, denominator: null, status: 'suppressed' };
  return compute(inputs);
}
