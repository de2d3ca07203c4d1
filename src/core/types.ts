/** Domain types shared by every layer. Keys are always text (AGS/ARS keep their leading zeros). */

/**
 * Levels of the area hierarchy, from the Land down to synthetic or municipal sub-districts; `grid`
 * (Zensus grid cells the user loaded) comes last: it lies across the others, not under one of them.
 */
export type Level = 'land' | 'kreis' | 'gemeinde' | 'quartier' | 'grid';
export const LEVELS: readonly Level[] = ['land', 'kreis', 'gemeinde', 'quartier', 'grid'];
/** Levels that the map can colour. */
export const MAP_LEVELS: readonly Level[] = ['kreis', 'gemeinde', 'quartier', 'grid'];

/**
 * Status of a value (DIN 55301 symbols and the employment agency's `*`).
 * `ok` carries a number; `zero` (`-`) is a true zero; `lt_half` (`0`) is a number below half a unit;
 * `limited` (`()`) carries a number of limited validity; the rest carry no number.
 */
export type Status =
  | 'ok'
  | 'zero'
  | 'lt_half'
  | 'secret'
  | 'unreliable'
  | 'blocked'
  | 'not_yet'
  | 'limited'
  | 'suppressed'
  | 'missing';

/** Which direction of an indicator means more social need. */
export type Polarity = 'higher_is_need' | 'lower_is_need' | 'neutral';

export interface Indicator {
  id: string;
  labelDe: string;
  labelEn: string;
  /** e.g. `%`, `Personen`, `m²` */
  unit: string;
  polarity: Polarity;
  /** What is counted above the line, e.g. "Personen in SGB-II-Bedarfsgemeinschaften". Empty for counts. */
  numerator: string;
  /** What is counted below the line, e.g. "Einwohner unter 65 Jahren". Empty for counts. */
  denominator: string;
  /** Multiplier of numerator/denominator: 100 for percentages, 1 for ratios like m² per person. */
  scale: number;
  definitionDe: string;
  definitionEn: string;
  /** Reference date within the period, e.g. `31.12.` */
  referenceDate: string;
  source: string;
  licence: string;
  attribution: string;
  /** True for the synthetic demo indicators: every output must say "Synthetische Demodaten". */
  synthetic: boolean;
}

export interface Observation {
  areaKey: string;
  indicator: string;
  /** Period as text, a year such as `2024` */
  period: string;
  value: number | null;
  status: Status;
  numerator: number | null;
  denominator: number | null;
}

export interface AreaRecord {
  key: string;
  level: Level;
  name: string;
  /** Key of the enclosing area, null for the Land. */
  parentKey: string | null;
  /** Territorial status (Gebietsstand) of the boundary, e.g. `2016-12-31`. */
  vintage: string;
  areaKm2: number | null;
  synthetic: boolean;
}

export interface Dataset {
  id: string;
  name: string;
  fileName: string;
  fileHash: string;
  tableCode: string | null;
  title: string | null;
  referenceDate: string | null;
  source: string;
  licence: string;
  attribution: string;
  synthetic: boolean;
  importedAt: string;
}

export type Programme = 'Soziale Stadt' | 'Sozialer Zusammenhalt' | 'Gute Nachbarschaft';

export interface ProgrammeArea {
  id: string;
  name: string;
  programme: string;
  startYear: number | null;
  /** Key of the area the programme area lies in (a Quartier or Gemeinde), when known. */
  areaKey: string | null;
  synthetic: boolean;
}

export interface MemberProject {
  id: string;
  name: string;
  /** e.g. Gemeinwesenarbeit, Bewohnertreff, Initiative */
  type: string;
  foundedYear: number | null;
  lon: number;
  lat: number;
  areaKey: string | null;
  synthetic: boolean;
}

export type Language = 'de' | 'en';
