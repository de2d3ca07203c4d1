import type { Polarity } from '../../core/types';
import { GroupScratch, standardiseInto } from './standardiseInto';

export interface ZScoreOptions {
  /** Which direction means more need; `lower_is_need` flips the sign. Default `higher_is_need`. `neutral` keeps the sign. */
  polarity?: Polarity;
  /** Per-value weights (e.g. population) for the reference mean and SD. Default: equal weights. */
  weights?: ArrayLike<number> | null;
  /** Which values form the reference (true/1 = member). Default: all values. */
  reference?: ArrayLike<boolean | number> | null;
  /** Per-value group labels: each value is standardised against its own group's reference members. */
  groups?: ArrayLike<string | null> | null;
  /** SD denominator: `sample` (n − 1, default) or `population` (n). */
  sd?: 'sample' | 'population';
}

/**
 * z-values of `values` against a reference mean and standard deviation, oriented by polarity.
 * Missing values (null, NaN) stay NaN; a reference with fewer than two values or SD 0 gives NaN.
 *
 * @example zScores([1, 2, 3]) // → [-1, 0, 1]
 * @example zScores([1, 2, 3], { polarity: 'lower_is_need' }) // → [1, -0, -1]
 * @example zScores([1, 2, 3, 10], { reference: [1, 1, 1, 0] }) // → [-1, 0, 1, 8]
 */
export function zScores(values: ArrayLike<number | null>, options: ZScoreOptions = {}): Float64Array {
  const n = values.length;
  const { polarity = 'higher_is_need', weights = null, reference = null, groups = null, sd = 'sample' } = options;
  if (weights !== null && weights.length !== n) throw new RangeError('zScores: weights must have one entry per value');
  if (reference !== null && reference.length !== n) throw new RangeError('zScores: reference must have one entry per value');
  if (groups !== null && groups.length !== n) throw new RangeError('zScores: groups must have one entry per value');
  if (polarity !== 'higher_is_need' && polarity !== 'lower_is_need' && polarity !== 'neutral') {
    throw new RangeError(`zScores: unknown polarity ${String(polarity)}`);
  }
  const x = new Float64Array(n);
  const include = new Uint8Array(n).fill(1);
  const ref = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    x[i] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    ref[i] = reference === null || reference[i] ? 1 : 0;
  }
  let groupIndex: Int32Array | null = null;
  let groupCount = 1;
  if (groups !== null) {
    groupIndex = new Int32Array(n);
    const ids = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const label = groups[i];
      if (label === null || label === undefined) {
        groupIndex[i] = -1;
        continue;
      }
      let id = ids.get(label);
      if (id === undefined) ids.set(label, (id = ids.size));
      groupIndex[i] = id;
    }
    groupCount = Math.max(1, ids.size);
  }
  const out = new Float64Array(n);
  const sign = polarity === 'lower_is_need' ? -1 : 1;
  standardiseInto(out, 0, x, 0, n, include, ref, weights, groupIndex, groupCount, sign, sd === 'sample', new GroupScratch());
  return out;
}
