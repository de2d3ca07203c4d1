import type { Polarity } from '../../core/types';

/** A label in both languages. */
export interface BilingualLabel {
  de: string;
  en: string;
}

/** One indicator of an index method. */
export interface MethodIndicator {
  /** Indicator id as stored in `observations.indicator`. */
  id: string;
  /** Relative weight (≥ 0). Weights are normalised to sum 1 over the indicators an area has. */
  weight: number;
  /** Which direction means more need; z-values are oriented so that higher = more need. */
  polarity: Polarity;
}

/**
 * Against which areas the z-values are standardised.
 * - `all`: every area given (that passes the population rule): the level's mean.
 * - `keys`: mean and SD of the listed areas only (e.g. the quartiers of one city); every area is then
 *   standardised against that reference.
 * - `parent`: each area against the areas sharing its `parentKey` (e.g. each city's own mean).
 */
export type IndexReference = { kind: 'all' } | { kind: 'keys'; keys: string[] } | { kind: 'parent' };

/**
 * An index method as plain, versioned data. Serialise with `serialiseMethod`, read with `parseMethod`.
 * Every cut-off is here; the code holds no hidden constant.
 */
export interface IndexMethod {
  id: string;
  name: string;
  version: 1;
  indicators: MethodIndicator[];
  reference: IndexReference;
  /** `population`: population-weighted mean and SD of the reference; `none`: every area counts once. */
  weighting: 'none' | 'population';
  /**
   * SD denominator: `sample` (n − 1, as SPSS/R `scale`) or `population` (n). With population weights the
   * weighted variance Σw(x−m)²/Σw is multiplied by n/(n − 1) for `sample` (n = number of areas), so equal
   * weights give exactly the unweighted result.
   */
  sd: 'sample' | 'population';
  /** Years between the two periods of the dynamics (change in the indicator's unit, e.g. percentage points). 0 = no dynamics. */
  dynamicsYears: number;
  /** Re-standardise the status and dynamics index (z of the weighted mean of z) before cutting, so the cuts are in SD units of the index. */
  standardiseIndex: boolean;
  /**
   * Ascending cut-offs of the status index in SD units; k cuts give k + 1 classes ordered by NEED
   * (class 0 = least need). A value equal to a cut belongs to the lower class: classes are (c[i−1], c[i]].
   */
  statusCuts: number[];
  /** Ascending cut-offs of the dynamics index (higher = worsening), same convention as `statusCuts`. */
  dynamicsCuts: number[];
  /** Areas with fewer residents (indicator `populationIndicator` in the evaluated year) are excluded and reported. */
  minPopulation: number;
  /** Indicator id that holds the residents, `population` by default. */
  populationIndicator: string;
  /** Labels of the status classes (statusCuts.length + 1) and dynamics classes (dynamicsCuts.length + 1), by need. */
  classLabels: { status: BilingualLabel[]; dynamics: BilingualLabel[] };
}

/** Why an area has no status class. */
export type ExclusionReason =
  | 'population_below_min'
  | 'population_missing'
  | 'missing_value'
  | 'suppressed_value'
  | 'no_reference';

/** Codes of `ExclusionReason` in the typed `excluded` column (0 = included). */
export const EXCLUSION_CODES: readonly (ExclusionReason | null)[] = [
  null,
  'population_below_min',
  'population_missing',
  'missing_value',
  'suppressed_value',
  'no_reference',
];
