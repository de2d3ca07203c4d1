import type { MultiPolygon, Polygon } from 'geojson';
import { findNearby } from '../analysis/nearby';
import type { AreaProfile, Figure, NearbyItem, ProfileLine, ReferenceFigure } from '../core/profile';
import type { AreaRecord, Indicator } from '../core/types';
import type { Connector } from './connector';
import { ranksFromDisclosed, type DisclosedBatch } from './disclosed';
import { MISSING_FIGURE, toArea, toIndicator } from './rows';
import { areaChainSql, indicatorsSql, programmeAreasSql, projectsSql } from './sql/atlasSql';

interface Obs extends Figure {
  areaKey: string;
  indicator: string;
  period: string;
}

/**
 * Builds the profile lines from query results (pure). `chain` is the area followed by its ancestors,
 * nearest first; `observations` holds every observation of those areas.
 */
export function buildProfileLines(
  chain: readonly AreaRecord[],
  indicators: readonly Indicator[],
  ranks: ReadonlyMap<string, { rank: number | null; rankOf: number }>,
  observations: readonly Obs[],
  period: string,
): ProfileLine[] {
  const [area, ...ancestors] = chain;
  const byIndicatorArea = new Map<string, Obs[]>();
  for (const o of observations) {
    const id = `${o.indicator}\u0000${o.areaKey}`;
    const list = byIndicatorArea.get(id) ?? [];
    list.push(o);
    byIndicatorArea.set(id, list);
  }
  const seriesOf = (indicator: string, key: string) =>
    (byIndicatorArea.get(`${indicator}\u0000${key}`) ?? []).slice().sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const figureAt = (list: Obs[]): Figure => {
    const hit = list.find((o) => o.period === period);
    return hit ? { value: hit.value, status: hit.status, numerator: hit.numerator, denominator: hit.denominator } : { ...MISSING_FIGURE };
  };

  return indicators.map((indicator) => {
    const own = seriesOf(indicator.id, area.key);
    const references: ReferenceFigure[] = ancestors.map((a) => ({
      areaKey: a.key, areaName: a.name, level: a.level, ...figureAt(seriesOf(indicator.id, a.key)),
    }));
    const nearest = ancestors.find((a) => seriesOf(indicator.id, a.key).length > 0);
    const referenceSeries = nearest
      ? [(() => {
          const theirs = seriesOf(indicator.id, nearest.key);
          const periods = own.length > 0 ? own.map((o) => o.period) : theirs.map((o) => o.period);
          return {
            areaName: nearest.name,
            points: periods.map((p) => ({ period: p, value: theirs.find((o) => o.period === p)?.value ?? null })),
          };
        })()]
      : [];
    const rank = ranks.get(indicator.id);
    const figure = figureAt(own);
    return {
      indicator,
      period,
      figure,
      rank: figure.value === null ? null : (rank?.rank ?? null),
      rankOf: rank?.rankOf ?? 0,
      references,
      series: own.map((o) => ({ period: o.period, value: o.value, status: o.status })),
      referenceSeries,
    };
  });
}

/** Deduplicated provenance of the indicators shown. */
export function profileSources(indicators: readonly Indicator[]): AreaProfile['sources'] {
  const seen = new Map<string, AreaProfile['sources'][number]>();
  for (const i of indicators) {
    const entry = { source: i.source, licence: i.licence, attribution: i.attribution, referenceDate: i.referenceDate };
    seen.set(JSON.stringify(entry), entry);
  }
  return [...seen.values()];
}

async function nearbyOf(connector: Connector, geometry: Polygon | MultiPolygon | null): Promise<NearbyItem[]> {
  if (!geometry) return [];
  const [programmeRows, projectRows] = [await connector.query(programmeAreasSql()), await connector.query(projectsSql())];
  const programmeAreas = programmeRows
    .filter((r) => r.geometry !== null)
    .map((r) => ({
      id: String(r.id), name: String(r.name), programme: String(r.programme),
      startYear: r.start_year === null ? null : Number(r.start_year),
      geometry: JSON.parse(String(r.geometry)) as Polygon | MultiPolygon, synthetic: r.synthetic === true,
    }));
  const projects = projectRows.map((r) => ({
    id: String(r.id), name: String(r.name), type: String(r.type),
    foundedYear: r.founded_year === null ? null : Number(r.founded_year),
    lon: Number(r.lon), lat: Number(r.lat), synthetic: r.synthetic === true,
  }));
  return findNearby(geometry, programmeAreas, projects, 1);
}

/**
 * The profile of one area for one period (see core/profile.ts). Throws when the area is unknown.
 * Every figure (own, references, series, ranks) comes from `disclosed`, the disclosure-controlled table.
 */
export async function queryProfile(
  connector: Connector,
  areaKey: string,
  period: string,
  disclosed: () => Promise<DisclosedBatch>,
): Promise<AreaProfile> {
  const chainRows = await connector.query(areaChainSql(), [areaKey]);
  if (chainRows.length === 0) throw new Error(`Gebiet ${areaKey} ist unbekannt / Area ${areaKey} is unknown`);
  const chain = chainRows.map(toArea);
  const area = chain[0];
  const indicators = (await connector.query(indicatorsSql())).map(toIndicator);
  const { figures } = await disclosed();
  const ranks = ranksFromDisclosed(figures, area.level, period, area.key);
  const chainKeys = new Set(chain.map((a) => a.key));
  const observations: Obs[] = figures
    .filter((f) => chainKeys.has(f.areaKey))
    .map((f) => ({ areaKey: f.areaKey, indicator: f.indicator, period: f.period, value: f.value, status: f.status, numerator: f.numerator, denominator: f.denominator }));
  const lines = buildProfileLines(chain, indicators, ranks, observations, period);
  const geometryText = chainRows[0].geometry;
  const nearby = await nearbyOf(connector, geometryText === null ? null : (JSON.parse(String(geometryText)) as Polygon | MultiPolygon));
  return {
    area,
    ancestors: chain.slice(1).reverse(),
    period,
    lines,
    nearby,
    synthetic: area.synthetic || indicators.some((i) => i.synthetic) || nearby.some((n) => n.synthetic),
    sources: profileSources(indicators),
  };
}
