import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaProfile, Figure } from '../core/profile';
import type { DisclosureRules } from '../analysis/disclosure/rules';
import type { AreaRecord, Dataset, Indicator, Language, Level, MemberProject, ProgrammeArea } from '../core/types';

export interface AreaFeatureProps {
  key: string;
  name: string;
  level: Level;
  parentKey: string | null;
  synthetic: boolean;
}
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaFeatureProps>;
export type AreaFeatureCollection = FeatureCollection<Polygon | MultiPolygon, AreaFeatureProps>;
export type ProgrammeAreaCollection = FeatureCollection<Polygon | MultiPolygon, ProgrammeArea>;

export interface LevelFigure extends Figure {
  areaKey: string;
}

/**
 * What the views ask of the loaded workspace. Views name what they need and receive plain data;
 * they never build SQL (see ARCHITECTURE.md). Implemented by `createAtlasData(connector)`.
 */
export interface AtlasData {
  indicators(): Promise<Indicator[]>;
  /** Periods with at least one observation of the indicator, ascending. */
  periods(indicatorId: string): Promise<string[]>;
  /** Levels that have areas, top-down. */
  levels(): Promise<Level[]>;
  areas(level: Level): Promise<AreaRecord[]>;
  area(key: string): Promise<AreaRecord | null>;
  boundaries(level: Level): Promise<AreaFeatureCollection>;
  /** The disclosure-control rules applied to every figure this facade returns (a copy). */
  disclosureRules(): DisclosureRules;
  /** The active rule in one text block, for every report's and export's footer. */
  disclosureNote(lang: Language): string;
  /** One figure per area of the level (areas without observation are absent); disclosure-controlled. */
  levelFigures(indicatorId: string, period: string, level: Level): Promise<LevelFigure[]>;
  /** Own figures, references, series and ranks are all disclosure-controlled (a withheld figure has no rank and is not in rankOf). */
  profile(areaKey: string, period: string): Promise<AreaProfile>;
  programmeAreas(): Promise<ProgrammeAreaCollection>;
  projects(): Promise<MemberProject[]>;
  datasets(): Promise<Dataset[]>;
}
