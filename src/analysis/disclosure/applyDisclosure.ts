import type { Level, Observation } from '../../core/types';
import { describeRules } from './describeRules';
import { roundFigure } from './roundFigure';
import { resolveRules, type DisclosureRules } from './rules';
import { secondarySuppression } from './secondarySuppression';
import { isWithheld, suppressFigure } from './withheld';

/** What the engine knows about the areas and indicators of the figures. */
export interface DisclosureContext {
  /** Every area the figures refer to; `parentKey` defines the sibling groups for secondary suppression. */
  areas: readonly { key: string; level: Level; parentKey: string | null }[];
  /** Indicators whose value is itself a count (checked against minCount, rounded). Default: the population indicator. */
  countIndicators?: readonly string[];
}

export type SuppressionReason =
  | 'small_count'
  | 'small_population'
  | 'population_unknown'
  | 'secondary';

export interface SuppressedCell {
  areaKey: string;
  indicator: string;
  period: string;
  kind: 'primary' | 'secondary';
  reason: SuppressionReason;
}

/** Written into every export's and report's footer. */
export interface DisclosureRecord {
  rules: DisclosureRules;
  textDe: string;
  textEn: string;
  primary: number;
  secondary: number;
  /** Figures the source had already withheld (`secret`/`suppressed`). */
  fromSource: number;
  byReason: Partial<Record<SuppressionReason, number>>;
  cells: SuppressedCell[];
}

export interface DisclosureResult<T extends Observation> {
  figures: T[];
  record: DisclosureRecord;
}

/**
 * Apply disclosure control to figures (new objects; the input is not mutated), in order:
 * (1) primary: figures of an area under `minPopulation` (levels `minPopulationLevels`; unknown population
 * as `unknownPopulation` says), numerators and count values in 1..minCount−1;
 * (2) secondary (see `secondarySuppression`); (3) rounding of published counts (see `roundFigure`).
 * Withheld figures (ours and the source's) lose value, numerator and denominator.
 *
 * @example
 * const { figures, record } = applyDisclosure(observations, { rounding: 5 }, { areas });
 * footer.textContent = record.textDe;
 */
export function applyDisclosure<T extends Observation>(
  figures: readonly T[],
  rules: Partial<DisclosureRules> = {},
  context: DisclosureContext,
): DisclosureResult<T> {
  if (!Array.isArray(figures)) throw new TypeError('applyDisclosure: figures must be an array');
  if (!context || !Array.isArray(context.areas)) throw new TypeError('applyDisclosure: context.areas must be an array');
  const r = resolveRules(rules);
  const areaByKey = new Map(context.areas.map((a) => [a.key, a]));
  const countIndicators = new Set(context.countIndicators ?? [r.populationIndicator]);
  const population = new Map<string, number>();
  for (const f of figures) {
    if (f.indicator !== r.populationIndicator) continue;
    const v = f.status === 'zero' ? 0 : f.value;
    if (typeof v === 'number' && Number.isFinite(v) && !isWithheld(f.status)) population.set(`${f.areaKey}\u0000${f.period}`, v);
  }
  const isSmall = (x: number | null) => typeof x === 'number' && x > 0 && x < r.minCount;

  const out: T[] = [];
  const cells: SuppressedCell[] = [];
  const byReason: Partial<Record<SuppressionReason, number>> = {};
  const note = (f: T, kind: SuppressedCell['kind'], reason: SuppressionReason) => {
    cells.push({ areaKey: f.areaKey, indicator: f.indicator, period: f.period, kind, reason });
    byReason[reason] = (byReason[reason] ?? 0) + 1;
  };
  let fromSource = 0;
  for (const f of figures) {
    if (isWithheld(f.status)) {
      fromSource++;
      out.push({ ...f, value: null, numerator: null, denominator: null });
      continue;
    }
    let reason: SuppressionReason | null = null;
    const area = areaByKey.get(f.areaKey);
    if (area && r.minPopulationLevels.includes(area.level)) {
      const pop = population.get(`${f.areaKey}\u0000${f.period}`);
      if (pop === undefined) reason = r.unknownPopulation === 'suppress' ? 'population_unknown' : null;
      else if (pop < r.minPopulation) reason = 'small_population';
    }
    if (reason === null && (isSmall(f.numerator) || (countIndicators.has(f.indicator) && f.numerator === null && isSmall(f.value)))) {
      reason = 'small_count';
    }
    if (reason !== null) {
      note(f, 'primary', reason);
      out.push(suppressFigure(f));
    } else out.push({ ...f });
  }
  const primary = cells.length;
  if (r.secondary) {
    for (const i of secondarySuppression(out, context.areas, countIndicators)) {
      note(out[i], 'secondary', 'secondary');
      out[i] = suppressFigure(out[i]);
    }
  }
  const secondary = cells.length - primary;
  if (r.rounding !== null) {
    for (let i = 0; i < out.length; i++) {
      if (!isWithheld(out[i].status)) out[i] = roundFigure(out[i], r.rounding, countIndicators.has(out[i].indicator), r.minCount);
    }
  }
  return {
    figures: out,
    record: {
      rules: r,
      textDe: describeRules(r, 'de'),
      textEn: describeRules(r, 'en'),
      primary,
      secondary,
      fromSource,
      byReason,
      cells,
    },
  };
}
