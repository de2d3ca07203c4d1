import { cutClass } from './cutClass';
import type { PreparedIndexInput } from './prepareIndexInput';
import { GroupScratch, standardiseInto } from './standardiseInto';
import type { IndexMethod } from './types';
import { validateMethod } from './validateMethod';

/** Column-oriented result of `evaluateIndex` (one entry per prepared area, in `prepared.keys` order). */
export interface IndexEvaluation {
  year: string;
  /** Period the dynamics compare with (`year − dynamicsYears`), null without dynamics or data. */
  baseYear: string | null;
  /** Method indicator ids, in method order; `z`, `change`, `zDynamics` are [indicator · n + area]. */
  indicatorIds: string[];
  /** Residents in `year` (NaN unknown). */
  population: Float64Array;
  /** Oriented z-value of each indicator (higher = more need); NaN when excluded or missing. */
  z: Float64Array;
  /** Change of each indicator from baseYear to year in its unit (e.g. percentage points), NaN when missing. */
  change: Float64Array;
  /** Oriented z-value of each change (higher = worsening). */
  zDynamics: Float64Array;
  statusIndex: Float64Array;
  dynamicsIndex: Float64Array;
  /** 0 = least need; −1 = none. */
  statusClass: Int8Array;
  dynamicsClass: Int8Array;
  /** statusClass · dynamicsClassCount + dynamicsClass; −1 = none. */
  group: Int16Array;
  /** Code into `EXCLUSION_CODES` (0 = included). */
  excluded: Uint8Array;
}

const scratch = new GroupScratch();

/**
 * Standardise, combine and classify for one year, from input indexed by `prepareIndexInput`.
 * Cheap enough to run on every frame (≈1,000 areas): no map lookups per area, typed arrays only.
 *
 * Steps: (1) exclude areas under `minPopulation` (or without population when a population rule or
 * weighting needs it) and areas lacking a weighted indicator in `year`; (2) z-standardise each indicator
 * against the reference among the included areas, oriented by polarity; (3) status index = weighted mean of
 * z (re-standardised when `standardiseIndex`); (4) dynamics: change over `dynamicsYears`, standardised and
 * combined the same way (areas lacking the earlier value keep their status but get no dynamics class);
 * (5) classes by the cuts, combined group.
 *
 * @example
 * const e = evaluateIndex(prepareIndexInput(obs, areas), PRESET_BERLIN_MSS, '2024');
 * e.statusClass[0] // → 0..3, by need
 */
export function evaluateIndex(prepared: PreparedIndexInput, method: IndexMethod, year: string | number): IndexEvaluation {
  validateMethod(method);
  const yearText = String(year);
  const t = prepared.periodIndex.get(yearText);
  if (t === undefined) throw new RangeError(`evaluateIndex: no observations for period ${yearText}`);
  const n = prepared.keys.length;
  const p = prepared.periods.length;
  const { values, confidential, indicatorIndex } = prepared;
  const k = method.indicators.length;

  // Base year of the dynamics.
  let t0 = -1;
  if (method.dynamicsYears > 0 && /^\d+$/.test(yearText)) {
    t0 = prepared.periodIndex.get(String(Number(yearText) - method.dynamicsYears)) ?? -1;
  }

  const population = new Float64Array(n).fill(NaN);
  const popInd = indicatorIndex.get(method.populationIndicator);
  if (popInd !== undefined) population.set(values.subarray((popInd * p + t) * n, (popInd * p + t + 1) * n));

  // (1) exclusions.
  const excluded = new Uint8Array(n);
  const needsPopulation = method.minPopulation > 0 || method.weighting === 'population';
  for (let i = 0; i < n; i++) {
    const pop = population[i];
    if (needsPopulation && pop !== pop) excluded[i] = 2;
    else if (method.minPopulation > 0 && pop < method.minPopulation) excluded[i] = 1;
  }
  const offsets = new Int32Array(k).fill(-1);
  const baseOffsets = new Int32Array(k).fill(-1);
  for (let j = 0; j < k; j++) {
    const ind = indicatorIndex.get(method.indicators[j].id);
    if (ind === undefined) continue;
    offsets[j] = (ind * p + t) * n;
    if (t0 >= 0) baseOffsets[j] = (ind * p + t0) * n;
  }
  for (let j = 0; j < k; j++) {
    if (!(method.indicators[j].weight > 0)) continue;
    const off = offsets[j];
    for (let i = 0; i < n; i++) {
      if (excluded[i] !== 0) continue;
      if (off < 0) excluded[i] = 3;
      else if (values[off + i] !== values[off + i]) excluded[i] = confidential[off + i] ? 4 : 3;
    }
  }

  // Reference and grouping.
  const reference = new Uint8Array(n);
  if (method.reference.kind === 'keys') {
    for (const key of method.reference.keys) {
      const i = prepared.keyIndex.get(key);
      if (i !== undefined) reference[i] = 1;
    }
  } else reference.fill(1);
  const groups = method.reference.kind === 'parent' ? prepared.parents : null;
  const groupCount = Math.max(1, prepared.parentKeys.length);
  const sample = method.sd === 'sample';
  const weights = method.weighting === 'population' ? population : null;
  const include = new Uint8Array(n);
  for (let i = 0; i < n; i++) include[i] = excluded[i] === 0 ? 1 : 0;

  // (2) + (3) status.
  const z = new Float64Array(k * n).fill(NaN);
  const statusIndex = new Float64Array(n);
  combine(z, offsets, values);
  for (let i = 0; i < n; i++) {
    if (include[i] === 1 && statusIndex[i] !== statusIndex[i]) {
      excluded[i] = 5;
      include[i] = 0;
    }
  }
  // A NaN index means the area's reference group had SD 0 or < 2 members: the whole group drops out,
  // so the other groups' references are unchanged.
  if (method.standardiseIndex) restandardise(statusIndex);

  // (4) dynamics.
  const change = new Float64Array(k * n).fill(NaN);
  const zDynamics = new Float64Array(k * n).fill(NaN);
  const dynamicsIndex = new Float64Array(n).fill(NaN);
  if (t0 >= 0) {
    const changeOffsets = new Int32Array(k).fill(-1);
    for (let j = 0; j < k; j++) {
      if (offsets[j] < 0 || baseOffsets[j] < 0) continue;
      changeOffsets[j] = j * n;
      for (let i = 0; i < n; i++) change[j * n + i] = values[offsets[j] + i] - values[baseOffsets[j] + i];
    }
    combine(zDynamics, changeOffsets, change, dynamicsIndex);
    if (method.standardiseIndex) restandardise(dynamicsIndex);
  }

  // (5) classes.
  const statusClass = new Int8Array(n).fill(-1);
  const dynamicsClass = new Int8Array(n).fill(-1);
  const group = new Int16Array(n).fill(-1);
  const dynamicsCount = method.dynamicsCuts.length + 1;
  for (let i = 0; i < n; i++) {
    if (include[i] === 0) continue;
    const s = cutClass(statusIndex[i], method.statusCuts);
    const d = cutClass(dynamicsIndex[i], method.dynamicsCuts);
    statusClass[i] = s;
    dynamicsClass[i] = d;
    if (s >= 0 && d >= 0) group[i] = s * dynamicsCount + d;
  }
  return {
    year: yearText,
    baseYear: t0 >= 0 ? prepared.periods[t0] : null,
    indicatorIds: method.indicators.map((ind) => ind.id),
    population, z, change, zDynamics, statusIndex, dynamicsIndex, statusClass, dynamicsClass, group, excluded,
  };

  /** z of each indicator into `zOut`, weighted mean into `index` (default statusIndex). */
  function combine(zOut: Float64Array, offs: Int32Array, source: Float64Array, index: Float64Array = statusIndex): void {
    index.fill(0);
    let weightSum = 0;
    for (let j = 0; j < k; j++) {
      const { weight, polarity } = method.indicators[j];
      if (offs[j] < 0) {
        if (weight > 0) index.fill(NaN);
        continue;
      }
      standardiseInto(zOut, j * n, source, offs[j], n, include, reference, weights, groups, groupCount,
        polarity === 'lower_is_need' ? -1 : 1, sample, scratch);
      if (!(weight > 0)) continue;
      weightSum += weight;
      for (let i = 0; i < n; i++) index[i] += weight * zOut[j * n + i];
    }
    for (let i = 0; i < n; i++) index[i] = include[i] === 1 ? index[i] / weightSum : NaN;
  }

  function restandardise(index: Float64Array): void {
    const copy = index.slice();
    standardiseInto(index, 0, copy, 0, n, include, reference, weights, groups, groupCount, 1, sample, scratch);
  }
}
