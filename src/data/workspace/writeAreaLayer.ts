import type { Connector } from '../connector';
import { importDataset, type ImportOutcome } from '../import/dataset';
import type { SavedArea, SavedDataset } from './format';
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

/**
 * Writes a saved dataset into DuckDB, all or nothing: a dataset that brings areas goes through the
 * regular importer with its boundaries (and its indicators, if any); every other one through
 * `writeDataset`.
 */
export function writeSavedDataset(connector: Connector, d: SavedDataset): Promise<ImportOutcome> {
  if (!d.areas || d.areas.length === 0) return writeDataset(connector, d);
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
      areas: [{ name: p.fileName, text: areasGeoJsonText(d.areas) }],
      ...(withValues ? {
        indicators: { name: `${p.fileName} (Indikatoren)`, text: catalogueText(d) },
        observations: { name: p.fileName, text: observationsText(d) },
      } : {}),
    },
  );
}
