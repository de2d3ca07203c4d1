import { applyDisclosure, type DisclosureRecord } from '../analysis/disclosure/applyDisclosure';
import type { DisclosureRules } from '../analysis/disclosure/rules';
import type { Level, Observation } from '../core/types';
import type { Connector, Row } from './connector';
import { toFigure } from './rows';
import { disclosureFingerprintSql, disclosureSliceSql, disclosureTableSql } from './sql/disclosureSql';

/** An observation after disclosure control, with the area facts the engine used. */
export interface DisclosedObservation extends Observation {
  level: Level;
  parentKey: string | null;
}

export interface DisclosedBatch {
  figures: DisclosedObservation[];
  record: DisclosureRecord;
}

/**
 * Disclosure control at the data → view boundary: every figure an AtlasData method returns comes from here.
 *
 * Whether a cell (indicator, period, area) is withheld depends only on (a) every area's figure of the same
 * indicator and period (secondary suppression runs per sibling group and repeats up the tree) and (b) each
 * area's population in that period (minimum population). A batch therefore always holds complete
 * (indicator, period) slices plus the population of their periods, so a cell is disclosed identically whether
 * it is asked for in a one-slice batch (`levelFigures`) or the whole table (`profile`).
 */
export function discloseRows(rows: readonly Row[], rules: DisclosureRules): DisclosedBatch {
  const observations: DisclosedObservation[] = rows.map((r) => ({
    areaKey: String(r.area_key), indicator: String(r.indicator), period: String(r.period), ...toFigure(r),
    level: String(r.level) as Level, parentKey: r.parent_key === null ? null : String(r.parent_key),
  }));
  const areas = new Map<string, { key: string; level: Level; parentKey: string | null }>();
  for (const o of observations) if (!areas.has(o.areaKey)) areas.set(o.areaKey, { key: o.areaKey, level: o.level, parentKey: o.parentKey });
  return applyDisclosure(observations, rules, { areas: [...areas.values()] });
}

/** One complete (indicator, period) slice over all levels, disclosed (with the period's population as context). */
export async function discloseSlice(connector: Connector, rules: DisclosureRules, indicator: string, period: string): Promise<DisclosedBatch> {
  const rows = await connector.query(disclosureSliceSql(), [indicator, rules.populationIndicator, period]);
  const batch = discloseRows(rows, rules);
  return { ...batch, figures: batch.figures.filter((f) => f.indicator === indicator) };
}

/**
 * The whole observations table, disclosed; memoised per content fingerprint (count and hash of every
 * observation and area link), so an import or a deletion is seen at the next call.
 */
export function createDisclosedTable(connector: Connector, rules: DisclosureRules): () => Promise<DisclosedBatch> {
  let cached: { fingerprint: string; batch: Promise<DisclosedBatch> } | null = null;
  return async () => {
    const [fp] = await connector.query(disclosureFingerprintSql());
    const fingerprint = `${String(fp?.n)}:${String(fp?.h)}:${String(fp?.ha)}`;
    if (cached?.fingerprint !== fingerprint) {
      const batch = connector.query(disclosureTableSql()).then((rows) => discloseRows(rows, rules));
      cached = { fingerprint, batch };
      batch.catch(() => {
        if (cached?.batch === batch) cached = null;
      });
    }
    return cached.batch;
  };
}

/**
 * Rank (1 = highest published value, ties share the rank) of one area among the areas of a level for
 * every indicator of a period; `rankOf` counts the areas with a published value. A withheld figure has
 * no rank and is not counted, so rank and rankOf never hint at a suppressed value.
 */
export function ranksFromDisclosed(
  figures: readonly DisclosedObservation[],
  level: Level,
  period: string,
  areaKey: string,
): Map<string, { rank: number | null; rankOf: number }> {
  const values = new Map<string, number[]>();
  const own = new Map<string, number | null>();
  for (const f of figures) {
    if (f.level !== level || f.period !== period) continue;
    if (!values.has(f.indicator)) values.set(f.indicator, []);
    if (f.value !== null) values.get(f.indicator)!.push(f.value);
    if (f.areaKey === areaKey) own.set(f.indicator, f.value);
  }
  const ranks = new Map<string, { rank: number | null; rankOf: number }>();
  for (const [indicator, list] of values) {
    const mine = own.get(indicator) ?? null;
    const rank = mine === null ? null : 1 + list.filter((v) => v > mine).length;
    ranks.set(indicator, { rank, rankOf: list.length });
  }
  return ranks;
}
