import type { AnalysedList } from '../import/lists/fileContents';
import type { SavedDataset, SavedProvenance } from './format';

/** A member-project or programme-area list as a workspace dataset (no indicators, no rows). */
export function listDataset(id: string, name: string, list: AnalysedList, provenance: SavedProvenance): SavedDataset {
  const base = { id, name, provenance, indicators: [], rows: [] };
  if (list.kind === 'projects') {
    return { ...base, projects: list.result.rows.map((p) => ({ id: p.id, name: p.name, type: p.type, foundedYear: p.foundedYear, lon: p.lon, lat: p.lat })) };
  }
  return {
    ...base,
    programmeAreas: list.result.rows.map((a) => ({ id: a.id, name: a.name, programme: a.programme, startYear: a.startYear, areaKey: a.areaKey, geometry: a.geometry })),
  };
}
