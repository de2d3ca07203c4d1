import type { Connector } from '../connector';
import { importDataset, type ImportOutcome } from '../import/dataset';
import { toNormalisedCsv } from '../import/normalisedCsv';
import { bringsLayers, type SavedArea, type SavedDataset, type SavedProgrammeArea, type SavedProject } from './format';
import { catalogueText, observationsText, writeDataset } from './writeDataset';

const NO_LICENCE = 'nicht angegeben / not stated';

/** The saved areas as the boundary GeoJSON the regular importer reads (`geojsonAreas.ts`). */
export function areasGeoJsonText(areas: readonly SavedArea[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: areas.map((a) => ({
      type: 'Feature',
      properties: { key: a.key, name: a.name, level: a.level, parent_key: a.parentKey },
      geometry: a.geometry,
    })),
  });
}

/** A saved member-project list as the projects CSV the regular importer reads (`projects.ts`). */
export function projectsCsvText(projects: readonly SavedProject[]): string {
  return toNormalisedCsv(['id', 'name', 'type', 'founded_year', 'lon', 'lat'],
    projects.map((p) => [p.id, p.name, p.type, p.foundedYear, p.lon, p.lat]));
}

/** Saved programme areas as the GeoJSON the regular importer reads (`programmeAreas.ts`). */
export function programmeAreasGeoJsonText(areas: readonly SavedProgrammeArea[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: areas.map((a) => ({
      type: 'Feature',
      properties: { id: a.id, name: a.name, programme: a.programme, start_year: a.startYear, area_key: a.areaKey },
      geometry: a.geometry,
    })),
  });
}

/**
 * Writes a saved dataset into DuckDB, all or nothing: a dataset that brings areas, projects or
 * programme areas goes through the regular importer with them (and its indicators, if any); every other
 * one through `writeDataset`.
 */
export function writeSavedDataset(connector: Connector, d: SavedDataset): Promise<ImportOutcome> {
  if (!bringsLayers(d)) return writeDataset(connector, d);
  const p = d.provenance;
  const source = [p.tableCode, p.title, p.fileName].filter((x): x is string => !!x).join(' – ');
  const withValues = d.indicators.length > 0;
  return importDataset(
    connector,
    {
      id: d.id, name: d.name, source, licence: p.licence || NO_LICENCE, attribution: source, synthetic: false,
      tableCode: p.tableCode, title: p.title, referenceDate: p.referenceDates.join(', ') || null,
    },
    {
      ...(d.areas && d.areas.length > 0 ? { areas: [{ name: p.fileName, text: areasGeoJsonText(d.areas) }] } : {}),
      ...(d.projects && d.projects.length > 0 ? { projects: { name: p.fileName, text: projectsCsvText(d.projects) } } : {}),
      ...(d.programmeAreas && d.programmeAreas.length > 0 ? { programmeAreas: { name: p.fileName, text: programmeAreasGeoJsonText(d.programmeAreas) } } : {}),
      ...(withValues ? {
        indicators: { name: `${p.fileName} (Indikatoren)`, text: catalogueText(d) },
        observations: { name: p.fileName, text: observationsText(d) },
      } : {}),
    },
  );
}
