import { aggregateAreas, type AggregateMember, type AggregateResult } from '../../analysis/aggregate/aggregateAreas';
import { applyDisclosure } from '../../analysis/disclosure/applyDisclosure';
import type { PublishedGroup } from '../../analysis/disclosure/checkAggregate';
import type { ReferenceFigure } from '../../core/profile';
import type { AreaRecord, Indicator, Level } from '../../core/types';
import type { AtlasData } from '../../data/atlas';
import { levelObservations } from './levelObservations';

export interface CustomAreaTable {
  level: Level;
  members: (AggregateMember & { name: string })[];
  result: AggregateResult;
  /** indicator id → references (city, Kreis, Land) from the first member's profile. */
  references: Map<string, ReferenceFigure[]>;
}

/** Each parent's children at the level: the published totals an aggregate must not be differenced against. */
export function publishedGroupsOf(areas: readonly AreaRecord[], level: Level): PublishedGroup[] {
  const groups = new Map<string, string[]>();
  for (const a of areas) {
    if (a.level !== level || a.parentKey === null) continue;
    let keys = groups.get(a.parentKey);
    if (!keys) groups.set(a.parentKey, (keys = []));
    keys.push(a.key);
  }
  return [...groups].map(([id, keys]) => ({ id, keys }));
}

/** Aggregate the members for one year: counts summed, rates recomputed (see aggregateAreas). */
export async function computeCustomArea(
  atlas: AtlasData,
  areas: readonly AreaRecord[],
  indicators: readonly Indicator[],
  year: string,
  level: Level,
  members: readonly AggregateMember[],
): Promise<CustomAreaTable> {
  const [figures, profile] = await Promise.all([
    levelObservations(atlas, indicators, year, level),
    atlas.profile(members[0].key, year),
  ]);
  const nameOf = new Map(areas.map((a) => [a.key, a.name]));
  const countIndicators = indicators.filter((i) => i.denominator === '').map((i) => i.id);
  const raw = aggregateAreas(figures, members, {
    key: 'custom',
    countIndicators,
    scales: Object.fromEntries(indicators.map((i) => [i.id, i.scale])),
    publishedGroups: publishedGroupsOf(areas, level),
  });
  // The custom area is published like any area: the same rules (small counts, minimum population) apply.
  const disclosed = applyDisclosure(raw.figures, atlas.disclosureRules(), { areas: [{ key: 'custom', level, parentKey: null }], countIndicators });
  const result = { ...raw, figures: disclosed.figures };
  const references = new Map(profile.lines.map((l) => [l.indicator.id, l.references]));
  return { level, members: members.map((m) => ({ ...m, name: nameOf.get(m.key) ?? m.key })), result, references };
}
