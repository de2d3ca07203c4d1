import type { IndicatorInfo, NormalisedRow } from '../../data/import/normalised';
import type { SavedDataset, SavedProvenance } from '../../data/workspace/format';

/** One source indicator of the file and what the user maps it to. */
export interface MappingEntry {
  source: string;
  include: boolean;
  id: string;
  label: string;
  unit: string;
  /** Id (as mapped) of another included indicator of this file. */
  denominator: string | null;
  /**
   * A loaded indicator (e.g. `population`) that the rows are added to instead of a new indicator;
   * id, label, unit and denominator are then the loaded indicator's. Null: a new indicator.
   */
  target: string | null;
}

const ID_PATTERN = /^[a-z][a-z0-9_]{0,79}$/;

/** A short, readable default id that does not clash with loaded indicators or earlier entries. */
function defaultId(info: IndicatorInfo, taken: Set<string>): string {
  const base = info.id.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').slice(0, 60) || 'indikator';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

export function initialMapping(indicators: readonly IndicatorInfo[], loadedIds: readonly string[]): MappingEntry[] {
  const taken = new Set(loadedIds);
  return indicators.map((info) => ({ source: info.id, include: true, id: defaultId(info, taken), label: info.label, unit: info.unit, denominator: null, target: null }));
}

export type MappingIssue = { kind: 'id'; id: string } | { kind: 'unit'; label: string } | { kind: 'none' };

/** What is wrong with the mapping (empty when it can be imported). */
export function mappingIssues(entries: readonly MappingEntry[], loadedIds: readonly string[]): MappingIssue[] {
  const included = entries.filter((e) => e.include);
  if (included.length === 0) return [{ kind: 'none' }];
  const issues: MappingIssue[] = [];
  const seen = new Set(loadedIds);
  const targets = new Set<string>();
  for (const e of included) {
    if (e.target !== null) {
      if (targets.has(e.target)) issues.push({ kind: 'id', id: e.target });
      targets.add(e.target);
      continue;
    }
    if (!ID_PATTERN.test(e.id) || seen.has(e.id)) issues.push({ kind: 'id', id: e.id });
    seen.add(e.id);
    if (e.unit.trim() === '') issues.push({ kind: 'unit', label: e.label });
  }
  return issues;
}

/** The dataset to save: matched rows of the included indicators under their mapped ids. */
export function buildSavedDataset(
  id: string,
  name: string,
  provenance: SavedProvenance,
  entries: readonly MappingEntry[],
  matched: readonly NormalisedRow[],
): SavedDataset {
  const included = entries.filter((e) => e.include);
  const bySource = new Map(included.map((e) => [e.source, e]));
  const own = included.filter((e) => e.target === null);
  const ids = new Set(own.map((e) => e.id));
  const targets = [...new Set(included.flatMap((e) => (e.target === null ? [] : [e.target])))];
  return {
    id,
    name,
    provenance,
    ...(targets.length > 0 ? { extends: targets } : {}),
    indicators: own.map((e) => ({
      id: e.id, label: e.label.trim() || e.id, unit: e.unit.trim(),
      denominator: e.denominator && e.denominator !== e.id && ids.has(e.denominator) ? e.denominator : null,
    })),
    rows: matched.flatMap((row) => {
      const entry = bySource.get(row.indicator);
      return entry ? [[row.areaKey, entry.target ?? entry.id, row.period, row.value, row.status] as SavedDataset['rows'][number]] : [];
    }),
  };
}
