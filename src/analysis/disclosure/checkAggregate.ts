/** A published set of areas whose total is known (a city total, a Kreis, an earlier custom aggregate). */
export interface PublishedGroup {
  id: string;
  keys: readonly string[];
}

export interface AggregateCheck {
  allowed: boolean;
  /** Published groups that the aggregate differs from by a set containing a withheld area. */
  blockedBy: { groupId: string; difference: string[]; withheld: string[] }[];
}

/**
 * Differencing guard: a custom aggregate may not differ from a published group by a set of areas that
 * contains a withheld (suppressed or secret) area, because published total − aggregate (or the reverse)
 * would reveal it. Checks nested pairs (aggregate ⊂ group or group ⊂ aggregate); overlaps that are not
 * nested, and unions of several published groups, are not audited. (An aggregate that itself contains a
 * withheld area is suppressed by propagation in any case.)
 *
 * @param withheldKeys areas whose figure (for the indicator and period in question) is withheld
 * @example checkAggregate(['q1', 'q2'], [{ id: 'city', keys: ['q1', 'q2', 'q3'] }], ['q3']).allowed // → false
 */
export function checkAggregate(
  aggregateKeys: readonly string[],
  publishedGroups: readonly PublishedGroup[],
  withheldKeys: Iterable<string>,
): AggregateCheck {
  if (!Array.isArray(aggregateKeys)) throw new TypeError('checkAggregate: aggregateKeys must be an array');
  if (!Array.isArray(publishedGroups)) throw new TypeError('checkAggregate: publishedGroups must be an array');
  const aggregate = new Set<string>(aggregateKeys);
  const withheld = new Set(withheldKeys);
  const blockedBy: AggregateCheck['blockedBy'] = [];
  for (const group of publishedGroups) {
    const keys = new Set<string>(group.keys);
    const groupMinusAggregate = [...keys].filter((k) => !aggregate.has(k));
    const aggregateMinusGroup = [...aggregate].filter((k) => !keys.has(k));
    let difference: string[] | null = null;
    if (aggregateMinusGroup.length === 0) difference = groupMinusAggregate;
    else if (groupMinusAggregate.length === 0) difference = aggregateMinusGroup;
    if (difference === null || difference.length === 0) continue;
    const hit = difference.filter((k) => withheld.has(k));
    if (hit.length > 0) blockedBy.push({ groupId: group.id, difference: difference.sort(), withheld: hit.sort() });
  }
  return { allowed: blockedBy.length === 0, blockedBy };
}
