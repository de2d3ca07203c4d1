import { evaluateIndex } from './evaluateIndex';
import type { PreparedIndexInput } from './prepareIndexInput';
import type { IndexMethod } from './types';

/** Which parameter to vary. */
export type SensitivityParameter =
  | { kind: 'weight'; indicator: string }
  | { kind: 'statusCut'; index: number }
  | { kind: 'dynamicsCut'; index: number }
  | { kind: 'minPopulation' }
  | { kind: 'dynamicsYears' };

export interface SensitivityRow {
  value: number;
  /** Areas whose status class differs from the unchanged method's (including becoming (un)classified). */
  statusChanged: number;
  dynamicsChanged: number;
  groupChanged: number;
  /** Areas classified now; the unchanged method classified `baselineIncluded`. */
  included: number;
}

export interface SensitivityResult {
  baselineIncluded: number;
  rows: SensitivityRow[];
}

/** A copy of the method with one parameter set to `value`. */
export function withParameter(method: IndexMethod, parameter: SensitivityParameter, value: number): IndexMethod {
  switch (parameter.kind) {
    case 'weight':
      if (!method.indicators.some((ind) => ind.id === parameter.indicator)) {
        throw new RangeError(`sensitivity: ${parameter.indicator} is not an indicator of ${method.id}`);
      }
      return { ...method, indicators: method.indicators.map((ind) => (ind.id === parameter.indicator ? { ...ind, weight: value } : ind)) };
    case 'statusCut':
    case 'dynamicsCut': {
      const field = parameter.kind === 'statusCut' ? 'statusCuts' : 'dynamicsCuts';
      if (!Number.isInteger(parameter.index) || parameter.index < 0 || parameter.index >= method[field].length) {
        throw new RangeError(`sensitivity: ${field} has no cut ${parameter.index}`);
      }
      const cuts = [...method[field]];
      cuts[parameter.index] = value;
      return { ...method, [field]: cuts };
    }
    case 'minPopulation':
      return { ...method, minPopulation: value };
    case 'dynamicsYears':
      return { ...method, dynamicsYears: value };
    default:
      throw new RangeError(`sensitivity: unknown parameter ${JSON.stringify(parameter)}`);
  }
}

/**
 * How many areas change class when one parameter takes each of `values` (all else as in `method`).
 * An invalid value (e.g. cuts no longer ascending) throws.
 *
 * @example sensitivity(prepared, PRESET_BERLIN_MSS, { kind: 'statusCut', index: 2 }, [1.25, 1.5, 2], { year: '2024' })
 */
export function sensitivity(
  prepared: PreparedIndexInput,
  method: IndexMethod,
  parameter: SensitivityParameter,
  values: readonly number[],
  options: { year: string | number },
): SensitivityResult {
  const base = evaluateIndex(prepared, method, options.year);
  const n = prepared.keys.length;
  let baselineIncluded = 0;
  for (let i = 0; i < n; i++) if (base.statusClass[i] >= 0) baselineIncluded++;
  const rows = values.map((value) => {
    const e = evaluateIndex(prepared, withParameter(method, parameter, value), options.year);
    const row: SensitivityRow = { value, statusChanged: 0, dynamicsChanged: 0, groupChanged: 0, included: 0 };
    for (let i = 0; i < n; i++) {
      if (e.statusClass[i] !== base.statusClass[i]) row.statusChanged++;
      if (e.dynamicsClass[i] !== base.dynamicsClass[i]) row.dynamicsChanged++;
      if (e.group[i] !== base.group[i]) row.groupChanged++;
      if (e.statusClass[i] >= 0) row.included++;
    }
    return row;
  });
  return { baselineIncluded, rows };
}
