import { aggregateAreas, type AggregateMember, type AggregateResult } from '../../analysis/aggregate/aggregateAreas';
import { applyDisclosure } from '../../analysis/disclosure/applyDisclosure';
import type { PublishedGroup } from '../../analysis/disclosure/checkAggregate';
import type { ReferenceFigure } from '../../core/profile';
import type { AreaRecord, Indicator, Level, Observation } from '../../core/types';
import { isWithheld } from '../../analysis/disclosure/withheld';
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

/**
 * The parents whose total, minus the aggregate, leaves only areas with a withheld figure: there the
 * difference would reveal them. Where the difference also holds published areas, it reveals nothing beyond
 * what the parent total minus its published children already shows, so those groups are not audited
 * (otherwise any city with one small Quartier would block every aggregate inside it).
 */
export function guardedGroups(groups: PublishedGroup[], members: readonly AggregateMember[], figures: readonly Observation[]): PublishedGroup[] {
  const inside = new Set(members.map((m) => m.key));
  const withheld = new Set(figures.filter((f) => isWithheld(f.status)).map((f) => f.areaKey));
  return groups.filter((g) => {
    const rest = g.keys.filter((k) => !inside.has(k));
    return rest.length > 0 && rest.every((k) => withheld.has(k));
  });
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
    publishedGroups: guardedGroups(publishedGroupsOf(areas, level), members, figures),
  });
  // The custom area is published like any area: the same rules (small counts, minimum population) apply.
  const disclosed = applyDisclosure(raw.figures, atlas.disclosureRules(), { areas: [{ key: 'custom', level, parentKey: null }], countIndicators });
  const result = { ...raw, figures: disclosed.figures };
  const references = new Map(profile.lines.map((l) => [l.indicator.id, l.references]));
  return { level, members: members.map((m) => ({ ...m, name: nameOf.get(m.key) ?? m.key })), result, references };
}
