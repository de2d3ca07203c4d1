import type { AtlasData } from '../data/atlas';
import { DEFAULT_MAP_INDICATOR, type ReportInput } from './buildReportModel';

export class UnknownAreaError extends Error {
  constructor(readonly areaKey: string) {
    super(`Unbekanntes Gebiet „${areaKey}“ / unknown area "${areaKey}"`);
    this.name = 'UnknownAreaError';
  }
}

export class UnknownPeriodError extends Error {
  constructor(readonly period: string, readonly available: string[]) {
    super(`Für das Jahr ${period} liegen keine Daten vor (vorhanden: ${available.join(', ')}) / no data for ${period} (available: ${available.join(', ')})`);
    this.name = 'UnknownPeriodError';
  }
}

/**
 * Asks the AtlasData facade for everything a report of one area needs. Used by the CLI and the
 * app's report view alike; `period` defaults to the latest year of the map indicator.
 */
export async function collectReportInput(
  atlas: AtlasData,
  areaKey: string,
  period: string | undefined,
  generatedAt: Date | string,
  mapIndicator = DEFAULT_MAP_INDICATOR,
): Promise<ReportInput> {
  const area = await atlas.area(areaKey);
  if (!area) throw new UnknownAreaError(areaKey);
  const periods = await atlas.periods(mapIndicator);
  const chosen = period ?? periods[periods.length - 1];
  if (!chosen || (period !== undefined && !periods.includes(period))) throw new UnknownPeriodError(period ?? '', periods);
  const [profile, boundaries, levelFigures, programmeAreas, projects] = await Promise.all([
    atlas.profile(areaKey, chosen),
    atlas.boundaries(area.level),
    atlas.levelFigures(mapIndicator, chosen, area.level),
    atlas.programmeAreas(),
    atlas.projects(),
  ]);
  const disclosure = { de: atlas.disclosureNote('de'), en: atlas.disclosureNote('en') };
  return { profile, boundaries, levelFigures, programmeAreas, projects, generatedAt, disclosure };
}
