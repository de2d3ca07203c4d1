import { statusCarriesNumber } from '../../core/status';
import type { Observation } from '../../core/types';

/** An area as the index needs it. */
export interface IndexArea {
  key: string;
  /** Enclosing area (city, Kreis) for the `parent` reference. */
  parentKey?: string | null;
  name?: string;
}

/**
 * Observations indexed once into one typed array, so that `evaluateIndex` can recompute cheaply
 * (e.g. on every frame while a weight is dragged). Treat as read-only.
 */
export interface PreparedIndexInput {
  keys: string[];
  names: string[];
  keyIndex: Map<string, number>;
  /** Parent group per area (index into `parentKeys`), −1 without parent. */
  parents: Int32Array;
  parentKeys: string[];
  /** Periods, ascending as text (years). */
  periods: string[];
  periodIndex: Map<string, number>;
  indicators: string[];
  indicatorIndex: Map<string, number>;
  /** values[(indicator · periods + period) · areas + area]; NaN = no usable number. */
  values: Float64Array;
  /** 1 where the observation was withheld for confidentiality (`secret`, `suppressed`). */
  confidential: Uint8Array;
  /** Observations whose area key is not among `areas` (left out, listed here). */
  unknownAreaKeys: string[];
}

/**
 * Index observations for `evaluateIndex`. Values whose status carries no number become NaN;
 * `zero` becomes 0. Duplicate (area, indicator, period) observations are an error.
 *
 * @example
 * const prepared = prepareIndexInput(observations, [{ key: '03241001-Q01' }, { key: '03241001-Q02' }]);
 * evaluateIndex(prepared, PRESET_BERLIN_MSS, 2024);
 */
export function prepareIndexInput(observations: readonly Observation[], areas: readonly IndexArea[]): PreparedIndexInput {
  if (!Array.isArray(observations)) throw new TypeError('prepareIndexInput: observations must be an array');
  if (!Array.isArray(areas)) throw new TypeError('prepareIndexInput: areas must be an array');
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const names: string[] = [];
  const parentKeys: string[] = [];
  const parentIndex = new Map<string, number>();
  const parents = new Int32Array(areas.length);
  for (const area of areas) {
    if (typeof area?.key !== 'string' || area.key === '') throw new TypeError('prepareIndexInput: every area needs a text key');
    if (keyIndex.has(area.key)) throw new RangeError(`prepareIndexInput: duplicate area key ${area.key}`);
    const i = keys.length;
    keyIndex.set(area.key, i);
    keys.push(area.key);
    names.push(area.name ?? area.key);
    const parent = area.parentKey ?? null;
    if (parent === null) parents[i] = -1;
    else {
      let g = parentIndex.get(parent);
      if (g === undefined) {
        g = parentKeys.length;
        parentIndex.set(parent, g);
        parentKeys.push(parent);
      }
      parents[i] = g;
    }
  }
  const periodSet = new Set<string>();
  const indicatorSet = new Set<string>();
  for (const o of observations) {
    periodSet.add(String(o.period));
    indicatorSet.add(o.indicator);
  }
  const periods = [...periodSet].sort();
  const indicators = [...indicatorSet].sort();
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  const indicatorIndex = new Map(indicators.map((id, i) => [id, i]));
  const n = keys.length;
  const p = periods.length;
  const size = indicators.length * p * n;
  const values = new Float64Array(size).fill(NaN);
  const confidential = new Uint8Array(size);
  const seen = new Uint8Array(size);
  const unknown = new Set<string>();
  for (const o of observations) {
    const a = keyIndex.get(o.areaKey);
    if (a === undefined) {
      unknown.add(o.areaKey);
      continue;
    }
    const cell = ((indicatorIndex.get(o.indicator) as number) * p + (periodIndex.get(String(o.period)) as number)) * n + a;
    if (seen[cell]) {
      throw new RangeError(`prepareIndexInput: duplicate observation ${o.areaKey} / ${o.indicator} / ${o.period}`);
    }
    seen[cell] = 1;
    if (o.status === 'zero') values[cell] = 0;
    else if (statusCarriesNumber(o.status) && typeof o.value === 'number' && Number.isFinite(o.value)) values[cell] = o.value;
    if (o.status === 'secret' || o.status === 'suppressed') confidential[cell] = 1;
  }
  return {
    keys, names, keyIndex, parents, parentKeys, periods, periodIndex, indicators, indicatorIndex,
    values, confidential, unknownAreaKeys: [...unknown].sort(),
  };
}
