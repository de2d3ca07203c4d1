import type { AreaRecord, Indicator, Level, Status } from './types';

/** One figure of one area: what the profile, the tooltip and the report show. */
export interface Figure {
  value: number | null;
  status: Status;
  numerator: number | null;
  denominator: number | null;
}

export interface ReferenceFigure extends Figure {
  areaKey: string;
  areaName: string;
  level: Level;
}

/** One line of the area profile: one indicator for the chosen period. */
export interface ProfileLine {
  indicator: Indicator;
  period: string;
  figure: Figure;
  /** 1 = highest value within the level (null when the area has no value). */
  rank: number | null;
  /** Number of areas of the same level with a value. */
  rankOf: number;
  /** Parent areas up to the Land, nearest first (e.g. city, Kreis, Niedersachsen). */
  references: ReferenceFigure[];
  /** The area's values over all periods, oldest first. */
  series: { period: string; value: number | null; status: Status }[];
  /** The nearest reference's series (same periods), for the chart. */
  referenceSeries: { areaName: string; points: { period: string; value: number | null }[] }[];
}

export interface NearbyItem {
  id: string;
  name: string;
  kind: 'programme_area' | 'project';
  /** Programme name or project type. */
  category: string;
  year: number | null;
  /** 0 when inside the area. */
  distanceKm: number;
  synthetic: boolean;
}

export interface AreaProfile {
  area: AreaRecord;
  /** Path from the Land to the area's parent. */
  ancestors: AreaRecord[];
  period: string;
  lines: ProfileLine[];
  nearby: NearbyItem[];
  /** True when any figure shown is synthetic demo data. */
  synthetic: boolean;
  sources: { source: string; licence: string; attribution: string; referenceDate: string }[];
}
