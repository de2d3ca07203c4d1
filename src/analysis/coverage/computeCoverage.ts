import type { MultiPolygon, Polygon } from 'geojson';
import type { Polarity } from '../../core/types';
import { nearestPointKm, type LonLat } from './nearestPoint';
import { highNeedCut } from './highNeed';
import { overlapOf, prepareProgrammes, type ProgrammeShape } from './programmeOverlap';

/** How far (metres) the nearest member project is looked for; beyond it the distance is "more than". */
export const NEAREST_SEARCH_M = 20_000;

export interface CoverageAreaInput {
  key: string;
  name: string;
  geometry: Polygon | MultiPolygon | null;
  /** Need value in its own unit (indicator value or index score), null when missing or withheld. */
  need: number | null;
  /** The need value was withheld by disclosure control ("geheim"): not ranked, not classed. */
  withheld: boolean;
  /** Residents, null when unknown or withheld. */
  population: number | null;
}

export type CoverageCategory = 'gap' | 'covered' | 'other' | 'withheld' | 'no_data';

export interface CoverageRow {
  key: string;
  name: string;
  need: number | null;
  category: CoverageCategory;
  highNeed: boolean;
  /** Only computed for high-need areas (null otherwise). */
  programmeShare: number | null;
  inProgramme: boolean | null;
  /** Metres to the nearest member project (0 inside), null when none within NEAREST_SEARCH_M or not computed. */
  nearestProjectM: number | null;
  projectWithin: boolean | null;
}

export interface CoverageOptions {
  /** Share of the ranked areas in the top class (0.2 = top quintile). */
  share: number;
  /** A member project within this many metres of the area counts as "there". */
  distanceM: number;
  polarity: Polarity;
}

export interface CoverageResult {
  rows: CoverageRow[];
  cut: number | null;
  ranked: number;
  highNeedCount: number;
  gapCount: number;
  withheldCount: number;
  noDataCount: number;
  /** Share (0–1) of the high-need population inside programme areas; null without any known population. */
  populationShare: number | null;
  /** High-need areas whose population is unknown (left out of the population share). */
  populationUnknown: number;
}

/**
 * Programme coverage of the areas of one level. For each high-need area (see `highNeedCut`):
 * overlap with programme areas (`overlapOf`) and distance to the nearest member project
 * (geodesic, 0 inside; `nearestPointKm`). A gap is a high-need area with no programme area and no
 * project within `distanceM`. Population share: Σ population · overlap share over Σ population,
 * over the high-need areas with known population (residents assumed evenly spread within an area).
 */
export function computeCoverage(
  areas: readonly CoverageAreaInput[],
  programmes: readonly ProgrammeShape[],
  projects: readonly LonLat[],
  options: CoverageOptions,
): CoverageResult {
  if (!(options.distanceM >= 0)) throw new RangeError(`computeCoverage: distance must be ≥ 0, got ${options.distanceM}`);
  const { cut, ranked, high } = highNeedCut(areas.map((a) => ({ value: a.need, withheld: a.withheld })), options.share, options.polarity);
  const prepared = prepareProgrammes(programmes);
  const searchKm = Math.max(NEAREST_SEARCH_M, options.distanceM) / 1000;
  let popAll = 0;
  let popInside = 0;
  let populationUnknown = 0;
  let withheldCount = 0;
  let noDataCount = 0;
  const rows = areas.map((a, i): CoverageRow => {
    const base = { key: a.key, name: a.name, need: a.withheld ? null : a.need, programmeShare: null, inProgramme: null, nearestProjectM: null, projectWithin: null };
    if (a.withheld) {
      withheldCount++;
      return { ...base, category: 'withheld', highNeed: false };
    }
    if (a.need === null || !Number.isFinite(a.need)) {
      noDataCount++;
      return { ...base, category: 'no_data', highNeed: false };
    }
    if (!high[i]) return { ...base, category: 'other', highNeed: false };
    const overlap = a.geometry ? overlapOf(a.geometry, prepared) : { share: 0, programmeIds: [] };
    const nearestKm = a.geometry ? nearestPointKm(a.geometry, projects, searchKm) : null;
    const nearestProjectM = nearestKm === null ? null : nearestKm * 1000;
    const inProgramme = overlap.programmeIds.length > 0;
    const projectWithin = nearestProjectM !== null && nearestProjectM <= options.distanceM;
    if (a.population !== null && Number.isFinite(a.population) && a.population >= 0) {
      popAll += a.population;
      popInside += a.population * overlap.share;
    } else {
      populationUnknown++;
    }
    return {
      ...base, highNeed: true, programmeShare: overlap.share, inProgramme, nearestProjectM, projectWithin,
      category: !inProgramme && !projectWithin ? 'gap' : 'covered',
    };
  });
  const highNeedCount = rows.filter((r) => r.highNeed).length;
  return {
    rows, cut, ranked, highNeedCount,
    gapCount: rows.filter((r) => r.category === 'gap').length,
    withheldCount, noDataCount,
    populationShare: popAll > 0 ? popInside / popAll : null,
    populationUnknown,
  };
}
