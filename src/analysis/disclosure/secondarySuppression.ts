import type { Observation } from '../../core/types';
import { isWithheld } from './withheld';
import { statusCarriesNumber } from '../../core/status';

/**
 * Secondary suppression within sibling groups (areas sharing a `parentKey`), per indicator and period;
 * returns the indices of figures to suppress in addition (the input is not changed).
 *
 * A parent total is assumed to be public (it usually is: official city totals), so within a group:
 * - exactly one withheld child → also withhold the smallest published child (by numerator, or by value for
 *   counts; positive values before zeros, then by key); if no child is left, withhold the parent figure;
 * - no withheld child but a withheld parent figure → withhold the smallest child (else the parent is the
 *   sum of its children and could feed an equation one level up).
 * Repeated until stable, because a withheld parent is a child one level up.
 *
 * Limits (documented, not solved): only within one indicator — the numerator of one indicator that is the
 * denominator of another is not linked; combinations of several equations (e.g. cross-tabulations) are not
 * audited; children without a number (`missing`, `not_yet`) are neither withheld nor chosen.
 *
 * @example secondarySuppression(figures, areas) // → [4] (the next-smallest sibling)
 */
export function secondarySuppression(
  figures: readonly Observation[],
  areas: readonly { key: string; parentKey: string | null }[],
  countIndicators: ReadonlySet<string> = new Set(['population']),
): number[] {
  const parentOf = new Map(areas.map((a) => [a.key, a.parentKey]));
  // (indicator, period) → area key → figure index
  const cells = new Map<string, Map<string, number>>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const id = `${f.indicator}\u0000${f.period}`;
    let byArea = cells.get(id);
    if (!byArea) cells.set(id, (byArea = new Map()));
    byArea.set(f.areaKey, i);
  }
  const hidden = figures.map((f) => isWithheld(f.status));
  const added: number[] = [];
  const magnitude = (f: Observation): number => {
    const x = f.numerator ?? (countIndicators.has(f.indicator) || f.denominator === null ? f.value : null);
    return typeof x === 'number' && Number.isFinite(x) ? x : Infinity;
  };
  const smallest = (candidates: number[]): number | undefined => {
    const order = (i: number) => {
      const m = magnitude(figures[i]);
      return m > 0 ? m : Number.MAX_VALUE; // zeros last
    };
    return [...candidates].sort((a, b) => order(a) - order(b) || (figures[a].areaKey < figures[b].areaKey ? -1 : 1))[0];
  };
  for (const byArea of cells.values()) {
    const groups = new Map<string, number[]>();
    for (const [key, i] of byArea) {
      const parent = parentOf.get(key);
      if (parent === null || parent === undefined) continue;
      let g = groups.get(parent);
      if (!g) groups.set(parent, (g = []));
      g.push(i);
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const [parent, children] of groups) {
        const withheld = children.filter((i) => hidden[i]);
        const parentIndex = byArea.get(parent);
        const parentHidden = parentIndex !== undefined && hidden[parentIndex];
        if (withheld.length >= 2 || (withheld.length === 0 && !parentHidden)) continue;
        const candidates = children.filter((i) => !hidden[i] && statusCarriesNumber(figures[i].status));
        let pick = smallest(candidates);
        if (pick === undefined && withheld.length === 1 && parentIndex !== undefined && !parentHidden) pick = parentIndex;
        if (pick === undefined) continue;
        hidden[pick] = true;
        added.push(pick);
        changed = true;
      }
    }
  }
  return added;
}
