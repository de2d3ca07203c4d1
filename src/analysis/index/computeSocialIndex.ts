import type { Observation } from '../../core/types';
import { evaluateIndex, type IndexEvaluation } from './evaluateIndex';
import { prepareIndexInput, type IndexArea, type PreparedIndexInput } from './prepareIndexInput';
import { rankValues } from './rankValues';
import { EXCLUSION_CODES, type BilingualLabel, type ExclusionReason, type IndexMethod } from './types';

/** One area's result, ready for JSON, tables and reports. Numbers are null where NaN. */
export interface AreaIndexResult {
  key: string;
  name: string;
  population: number | null;
  /** Oriented z-value per method indicator (higher = more need). */
  z: Record<string, number | null>;
  /** Change per indicator from baseYear to year, in the indicator's unit (percentage points for rates). */
  change: Record<string, number | null>;
  /** Oriented z-value of each change (higher = worsening). */
  zDynamics: Record<string, number | null>;
  statusIndex: number | null;
  dynamicsIndex: number | null;
  /** 0-based class by need (0 = least need), null when excluded. */
  statusClass: number | null;
  statusLabel: BilingualLabel | null;
  dynamicsClass: number | null;
  dynamicsLabel: BilingualLabel | null;
  /** 1-based combined group (status-major), null without both classes. */
  group: number | null;
  /** 1 = highest status index (most need) among included areas. */
  rank: number | null;
  /** Mid-rank percentile of the status index among included areas (100 = most need). */
  percentile: number | null;
  excluded: ExclusionReason | null;
}

/** Everything needed to reproduce and cite the result. */
export interface IndexParameterRecord {
  method: IndexMethod;
  year: string;
  baseYear: string | null;
  areaCount: number;
  includedCount: number;
  excludedCount: Partial<Record<ExclusionReason, number>>;
  /** Observations whose area was not among the areas given. */
  unknownAreaKeys: string[];
}

export interface SocialIndexResult {
  areas: AreaIndexResult[];
  parameters: IndexParameterRecord;
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Per-area records from an evaluation (for JSON, tables, reports).
 * @example toAreaResults(prepared, evaluateIndex(prepared, method, '2024'), method).areas[0].statusClass
 */
export function toAreaResults(prepared: PreparedIndexInput, evaluation: IndexEvaluation, method: IndexMethod): SocialIndexResult {
  const n = prepared.keys.length;
  const ids = evaluation.indicatorIds;
  const ranking = rankValues(Array.from(evaluation.statusIndex, (v, i) => (evaluation.excluded[i] === 0 ? v : NaN)));
  const excludedCount: Partial<Record<ExclusionReason, number>> = {};
  const areas: AreaIndexResult[] = [];
  for (let i = 0; i < n; i++) {
    const z: Record<string, number | null> = {};
    const change: Record<string, number | null> = {};
    const zDynamics: Record<string, number | null> = {};
    ids.forEach((id, j) => {
      z[id] = num(evaluation.z[j * n + i]);
      change[id] = num(evaluation.change[j * n + i]);
      zDynamics[id] = num(evaluation.zDynamics[j * n + i]);
    });
    const reason = EXCLUSION_CODES[evaluation.excluded[i]];
    if (reason) excludedCount[reason] = (excludedCount[reason] ?? 0) + 1;
    const s = evaluation.statusClass[i];
    const d = evaluation.dynamicsClass[i];
    areas.push({
      key: prepared.keys[i],
      name: prepared.names[i],
      population: num(evaluation.population[i]),
      z, change, zDynamics,
      statusIndex: num(evaluation.statusIndex[i]),
      dynamicsIndex: num(evaluation.dynamicsIndex[i]),
      statusClass: s >= 0 ? s : null,
      statusLabel: s >= 0 ? { ...method.classLabels.status[s] } : null,
      dynamicsClass: d >= 0 ? d : null,
      dynamicsLabel: d >= 0 ? { ...method.classLabels.dynamics[d] } : null,
      group: evaluation.group[i] >= 0 ? evaluation.group[i] + 1 : null,
      rank: ranking.ranks[i] > 0 ? ranking.ranks[i] : null,
      percentile: num(ranking.percentiles[i]),
      excluded: reason ?? null,
    });
  }
  return {
    areas,
    parameters: {
      method: structuredClone(method),
      year: evaluation.year,
      baseYear: evaluation.baseYear,
      areaCount: n,
      includedCount: n - Object.values(excludedCount).reduce((a, b) => a + b, 0),
      excludedCount,
      unknownAreaKeys: [...prepared.unknownAreaKeys],
    },
  };
}

/**
 * Social index for one year: z-values per indicator, status and dynamics index, classes by need,
 * combined group, exclusions with reasons, and the parameter record. For repeated evaluation (sliders)
 * use `prepareIndexInput` once and `evaluateIndex` per change.
 *
 * @example
 * const { areas, parameters } = computeSocialIndex(observations, areas, PRESET_BERLIN_MSS, '2024');
 * areas.filter((a) => a.statusClass === 3) // "Status sehr niedrig": very high need
 */
export function computeSocialIndex(
  observations: readonly Observation[],
  areas: readonly IndexArea[],
  method: IndexMethod,
  year: string | number,
): SocialIndexResult {
  const prepared = prepareIndexInput(observations, areas);
  return toAreaResults(prepared, evaluateIndex(prepared, method, year), method);
}
