import type { BilingualLabel, IndexMethod, MethodIndicator } from './types';

/**
 * Presets modelled on two published monitoring systems. They are starting points, not the official
 * methods: every cut-off is a parameter. Classes are labelled BY NEED (class 0 = least need), so
 * "status sehr niedrig" reads "sehr hoher Bedarf", never "high status = high need".
 *
 * Status bands (SD units of the re-standardised status index, higher = more need), both presets:
 *   z ≤ −1            → class 0 "Status hoch"         (low need)
 *   −1 < z ≤ +1       → class 1 "Status mittel"       (medium need)
 *   +1 < z ≤ +1.5     → class 2 "Status niedrig"      (high need)
 *   z > +1.5          → class 3 "Status sehr niedrig" (very high need)
 * Dynamics bands (SD units of the re-standardised dynamics index, higher = worsening):
 *   z ≤ −1 → "positiv" (improving) · −1 < z ≤ +1 → "stabil" · z > +1 → "negativ" (worsening)
 * 4 × 3 = 12 combined groups, status-major: result `group` = statusClass · 3 + dynamicsClass + 1 (1…12);
 * the typed `IndexEvaluation.group` column holds the same number minus 1.
 */

/** Our indicator ids behind the monitoring systems' indicators (see the mapping tables below). */
export const INDICATOR_IDS = {
  /** SGB-II-Arbeitslose je 100 Einwohner 15–64 (Berlin: "Arbeitslosigkeit nach SGB II"; Hamburg: "Arbeitslose"). */
  unemployment: 'unemployment_rate',
  /** Personen in SGB-II-Bedarfsgemeinschaften je 100 Einwohner unter 65 (Berlin: "Transferbezug"; Hamburg: "SGB-II-Empfänger"). */
  transfer: 'sgb2_quote',
  /** Kinder unter 15 in SGB-II-Bedarfsgemeinschaften je 100 Kinder unter 15 (Berlin: "Kinderarmut"; Hamburg: "Kinder in Mindestsicherung"). */
  childPoverty: 'child_poverty',
  /** Kinder in Haushalten Alleinerziehender je 100 Kinder (Hamburg: "Kinder von Alleinerziehenden"). */
  singleParents: 'single_parent_share',
  /** Minderjährige mit Migrationshintergrund je 100 Minderjährige (Hamburg: "Kinder und Jugendliche mit Migrationshintergrund"). */
  migrationMinors: 'migration_minors_share',
  /** Grundsicherung im Alter je 100 Einwohner ab 65 (Hamburg: "Mindestsicherung im Alter"). */
  oldAgeBasicIncome: 'old_age_basic_income',
  /** Schulabgänger ohne/mit erstem Abschluss je 100 Schulabgänger (Hamburg: "Schulabschlüsse"). */
  schoolLeaversLow: 'school_leavers_low_qualification',
  /** Residents, for the population rule and weighting. */
  population: 'population',
} as const;

const STATUS_LABELS: BilingualLabel[] = [
  { de: 'Status hoch (geringer Bedarf)', en: 'High status (low need)' },
  { de: 'Status mittel (mittlerer Bedarf)', en: 'Medium status (medium need)' },
  { de: 'Status niedrig (hoher Bedarf)', en: 'Low status (high need)' },
  { de: 'Status sehr niedrig (sehr hoher Bedarf)', en: 'Very low status (very high need)' },
];
const DYNAMICS_LABELS: BilingualLabel[] = [
  { de: 'Dynamik positiv (Lage verbessert sich)', en: 'Positive dynamics (improving)' },
  { de: 'Dynamik stabil', en: 'Stable dynamics' },
  { de: 'Dynamik negativ (Lage verschlechtert sich)', en: 'Negative dynamics (worsening)' },
];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const need = (id: string, weight = 1): MethodIndicator => ({ id, weight, polarity: 'higher_is_need' });

/**
 * Berlin "Monitoring Soziale Stadtentwicklung" (since 2019): three status indicators with equal weights,
 * each also as dynamics (change in percentage points over 2 years); z against the city (all areas given),
 * unweighted, sample SD; areas under 300 residents excluded.
 * Mapping: Arbeitslosigkeit (SGB II) → `unemployment_rate`, Transferbezug → `sgb2_quote`,
 * Kinderarmut → `child_poverty`.
 */
export const PRESET_BERLIN_MSS: IndexMethod = deepFreeze({
  id: 'berlin-mss',
  name: 'Berlin MSS (Monitoring Soziale Stadtentwicklung), Nachbildung',
  version: 1,
  indicators: [need(INDICATOR_IDS.unemployment), need(INDICATOR_IDS.transfer), need(INDICATOR_IDS.childPoverty)],
  reference: { kind: 'all' },
  weighting: 'none',
  sd: 'sample',
  dynamicsYears: 2,
  standardiseIndex: true,
  statusCuts: [-1, 1, 1.5],
  dynamicsCuts: [-1, 1],
  minPopulation: 300,
  populationIndicator: INDICATOR_IDS.population,
  classLabels: { status: STATUS_LABELS, dynamics: DYNAMICS_LABELS },
});

/**
 * Hamburg "Sozialmonitoring Integrierte Stadtteilentwicklung": seven status indicators with equal weights,
 * z against the Hamburg mean (all areas given), dynamics over 3 years, 4 × 3 classes, ≥ 300 residents.
 * Mapping of Hamburg's seven indicators to ours:
 *   Kinder und Jugendliche mit Migrationshintergrund → `migration_minors_share` †
 *   Kinder von Alleinerziehenden → `single_parent_share`
 *   SGB-II-Empfängerinnen und -Empfänger → `sgb2_quote`
 *   Arbeitslose → `unemployment_rate` (SGB II only in our data; Hamburg counts SGB II + III)
 *   Kinder in Mindestsicherung → `child_poverty` (SGB II only in our data)
 *   Mindestsicherung im Alter → `old_age_basic_income` †
 *   Schulabschlüsse (ohne/erster Abschluss) → `school_leavers_low_qualification` †
 * "Our available set": the four indicators the demo data carries have weight 1; the three marked † are
 * not in it and have weight 0 (their z-values are still reported when loaded) — give them weight 1 with
 * `withWeights` once the data is there. An indicator with weight > 0 that is missing from the data
 * excludes every area (reason `missing_value`).
 */
export const PRESET_HAMBURG: IndexMethod = deepFreeze({
  id: 'hamburg-sozialmonitoring',
  name: 'Hamburg Sozialmonitoring, Nachbildung',
  version: 1,
  indicators: [
    need(INDICATOR_IDS.migrationMinors, 0),
    need(INDICATOR_IDS.singleParents),
    need(INDICATOR_IDS.transfer),
    need(INDICATOR_IDS.unemployment),
    need(INDICATOR_IDS.childPoverty),
    need(INDICATOR_IDS.oldAgeBasicIncome, 0),
    need(INDICATOR_IDS.schoolLeaversLow, 0),
  ],
  reference: { kind: 'all' },
  weighting: 'none',
  sd: 'sample',
  dynamicsYears: 3,
  standardiseIndex: true,
  statusCuts: [-1, 1, 1.5],
  dynamicsCuts: [-1, 1],
  minPopulation: 300,
  populationIndicator: INDICATOR_IDS.population,
  classLabels: { status: STATUS_LABELS, dynamics: DYNAMICS_LABELS },
});

export const PRESETS: Readonly<Record<'mss' | 'hamburg', IndexMethod>> = Object.freeze({
  mss: PRESET_BERLIN_MSS,
  hamburg: PRESET_HAMBURG,
});

/**
 * A copy of a method with some indicator weights changed (unknown ids are an error).
 * @example withWeights(PRESET_HAMBURG, { school_leavers_low_qualification: 0 })
 */
export function withWeights(method: IndexMethod, weights: Readonly<Record<string, number>>): IndexMethod {
  for (const id of Object.keys(weights)) {
    if (!method.indicators.some((ind) => ind.id === id)) throw new RangeError(`withWeights: ${id} is not an indicator of ${method.id}`);
  }
  return {
    ...method,
    indicators: method.indicators.map((ind) => (Object.hasOwn(weights, ind.id) ? { ...ind, weight: weights[ind.id] } : { ...ind })),
  };
}
