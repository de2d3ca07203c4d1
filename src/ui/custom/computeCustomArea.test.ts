import { describe, expect, it } from 'vitest';
import type { AreaRecord, Observation, Status } from '../../core/types';
import { guardedGroups, publishedGroupsOf } from './computeCustomArea';

const area = (key: string, parentKey: string | null, level: AreaRecord['level'] = 'quartier'): AreaRecord =>
  ({ key, level, name: key, parentKey, vintage: '2016-01-01', areaKm2: null, synthetic: true });
const fig = (areaKey: string, status: Status): Observation =>
  ({ areaKey, indicator: 'population', period: '2024', value: status === 'ok' ? 500 : null, status, numerator: null, denominator: null });

describe('publishedGroupsOf and guardedGroups', () => {
  const areas = [area('c1', null, 'gemeinde'), area('q1', 'c1'), area('q2', 'c1'), area('q3', 'c1'), area('q4', 'c2')];

  it('groups the areas of the level by parent', () => {
    expect(publishedGroupsOf(areas, 'quartier')).toEqual([{ id: 'c1', keys: ['q1', 'q2', 'q3'] }, { id: 'c2', keys: ['q4'] }]);
  });

  it('audits a parent only where the rest outside the aggregate is all withheld', () => {
    const groups = publishedGroupsOf(areas, 'quartier');
    const figures = [fig('q1', 'ok'), fig('q2', 'ok'), fig('q3', 'suppressed'), fig('q4', 'ok')];
    // q1 + q2: the rest of c1 is only q3 (withheld) → c1 is audited.
    expect(guardedGroups(groups, [{ key: 'q1' }, { key: 'q2' }], figures).map((g) => g.id)).toEqual(['c1']);
    // q1 alone: the rest holds published q2 → nothing new by difference, not audited.
    expect(guardedGroups(groups, [{ key: 'q1' }], figures)).toEqual([]);
  });
});
