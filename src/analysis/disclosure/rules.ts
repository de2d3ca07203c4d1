import type { Level } from '../../core/types';

/**
 * Disclosure-control rules as plain data. The defaults live in `DEFAULT_DISCLOSURE_RULES` and nowhere else.
 */
export interface DisclosureRules {
  /** Counts (numerators, count values) in 1..minCount−1 are suppressed; 0 is a true zero and stays. Default 3. */
  minCount: number;
  /** Areas of `minPopulationLevels` with fewer residents have all their figures suppressed. Default 300. */
  minPopulation: number;
  /** Levels the population rule applies to. Default `['quartier']` (sub-municipal areas). */
  minPopulationLevels: Level[];
  /** What to do with an area of those levels whose population is unknown. Default `suppress` (privacy first). */
  unknownPopulation: 'suppress' | 'publish';
  /** Indicator that holds the residents of an area. Default `population`. */
  populationIndicator: string;
  /** Round published counts, numerators and denominators to this base (5 or 10); null = no rounding. Default null. */
  rounding: number | null;
  /** Secondary suppression within sibling groups. Default true. */
  secondary: boolean;
}

export const DEFAULT_DISCLOSURE_RULES: Readonly<DisclosureRules> = Object.freeze({
  minCount: 3,
  minPopulation: 300,
  minPopulationLevels: Object.freeze(['quartier']) as unknown as Level[],
  unknownPopulation: 'suppress',
  populationIndicator: 'population',
  rounding: null,
  secondary: true,
});

/**
 * Complete rules from a partial set (defaults for the rest), validated.
 * @example resolveRules({ rounding: 5 }).minCount // → 3
 */
export function resolveRules(partial: Partial<DisclosureRules> = {}): DisclosureRules {
  const rules: DisclosureRules = {
    ...DEFAULT_DISCLOSURE_RULES,
    ...partial,
    minPopulationLevels: [...(partial.minPopulationLevels ?? DEFAULT_DISCLOSURE_RULES.minPopulationLevels)],
  };
  const fail = (what: string): never => {
    throw new RangeError(`Ungültige Geheimhaltungsregel / invalid disclosure rule: ${what}`);
  };
  if (!Number.isInteger(rules.minCount) || rules.minCount < 1) fail('minCount must be a whole number ≥ 1');
  if (!Number.isFinite(rules.minPopulation) || rules.minPopulation < 0) fail('minPopulation must be a number ≥ 0');
  if (rules.unknownPopulation !== 'suppress' && rules.unknownPopulation !== 'publish') fail('unknownPopulation must be suppress or publish');
  if (rules.rounding !== null && (!Number.isInteger(rules.rounding) || rules.rounding < 2)) fail('rounding must be null or a whole number ≥ 2 (5 or 10)');
  if (typeof rules.secondary !== 'boolean') fail('secondary must be true or false');
  if (typeof rules.populationIndicator !== 'string' || rules.populationIndicator === '') fail('populationIndicator must be a text');
  return rules;
}
