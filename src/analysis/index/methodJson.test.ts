import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/types';
import { evaluateIndex } from './evaluateIndex';
import { parseMethod, serialiseMethod } from './methodJson';
import { prepareIndexInput } from './prepareIndexInput';
import { PRESET_BERLIN_MSS, PRESET_HAMBURG, withWeights } from './presets';
import { sensitivity } from './sensitivity';
import type { IndexMethod } from './types';

/** 30 areas, three MSS indicators for 2022 and 2024 from a fixed pseudo-random sequence. */
function syntheticData(): { observations: Observation[]; areas: { key: string }[] } {
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const areas = Array.from({ length: 30 }, (_, i) => ({ key: `03241001-Q${String(i + 1).padStart(2, '0')}` }));
  const observations: Observation[] = [];
  for (const { key } of areas) {
    for (const period of ['2022', '2024']) {
      for (const ind of PRESET_BERLIN_MSS.indicators) {
        observations.push({ areaKey: key, indicator: ind.id, period, value: 5 + 20 * rnd(), status: 'ok', numerator: null, denominator: null });
      }
      observations.push({ areaKey: key, indicator: 'population', period, value: Math.round(200 + 3000 * rnd()), status: 'ok', numerator: null, denominator: null });
    }
  }
  return { observations, areas };
}

describe('method JSON', () => {
  it('round-trips every preset and reproduces the same classes', () => {
    const { observations, areas } = syntheticData();
    const prepared = prepareIndexInput(observations, areas);
    const tuned: IndexMethod = { ...withWeights(PRESET_BERLIN_MSS, { child_poverty: 2.5 }), reference: { kind: 'keys', keys: areas.slice(0, 20).map((a) => a.key) }, weighting: 'population' };
    for (const method of [PRESET_BERLIN_MSS, PRESET_HAMBURG, tuned]) {
      const text = serialiseMethod(method);
      const back = parseMethod(text);
      expect(back).toEqual(method);
      expect(JSON.parse(text).version).toBe(1);
    }
    const a = evaluateIndex(prepared, tuned, '2024');
    const b = evaluateIndex(prepared, parseMethod(serialiseMethod(tuned)), '2024');
    expect(Array.from(b.statusClass)).toEqual(Array.from(a.statusClass));
    expect(Array.from(b.group)).toEqual(Array.from(a.group));
    expect(Array.from(a.statusClass).some((c) => c >= 0)).toBe(true);
    expect(Array.from(a.excluded).some((c) => c === 1)).toBe(true); // some areas under 300
  });

  it('rejects invalid JSON, unknown versions and bad parameters with a bilingual message', () => {
    expect(() => parseMethod('{')).toThrow(/gültiges JSON.*valid JSON/);
    const saved = JSON.parse(serialiseMethod(PRESET_BERLIN_MSS));
    expect(() => parseMethod(JSON.stringify({ ...saved, version: 2 }))).toThrow(/version 2/);
    expect(() => parseMethod(JSON.stringify({ ...saved, minPopulation: -1 }))).toThrow(/minPopulation/);
    expect(() => parseMethod(JSON.stringify({ ...saved, indicators: [{ id: 'a', weight: -1 }] }))).toThrow(/weight/);
    expect(() => parseMethod('[]')).toThrow(/Objekt/);
  });

  it('fills the polarity of indicators saved without one', () => {
    const saved = JSON.parse(serialiseMethod(PRESET_BERLIN_MSS));
    saved.indicators = saved.indicators.map(({ id, weight }: { id: string; weight: number }) => ({ id, weight }));
    expect(parseMethod(JSON.stringify(saved)).indicators[0].polarity).toBe('higher_is_need');
  });
});

describe('presets', () => {
  it('are frozen and labelled by need', () => {
    expect(Object.isFrozen(PRESET_BERLIN_MSS.statusCuts)).toBe(true);
    expect(PRESET_BERLIN_MSS.classLabels.status[3].de).toMatch(/sehr hoher Bedarf/);
    expect(PRESET_BERLIN_MSS.dynamicsYears).toBe(2);
    expect(PRESET_HAMBURG.dynamicsYears).toBe(3);
    expect(PRESET_HAMBURG.indicators).toHaveLength(7);
    expect(() => withWeights(PRESET_BERLIN_MSS, { nope: 1 })).toThrow(/nope/);
  });
});

describe('sensitivity', () => {
  // Reference R1..R3 → mean 10, SD 1; A, B have status z 1.5 and 1.6.
  const vals: [string, number][] = [['R1', 9], ['R2', 10], ['R3', 11], ['A', 11.5], ['B', 11.6]];
  const prepared = prepareIndexInput(
    vals.map(([areaKey, value]) => ({ areaKey, indicator: 'u', period: '2024', value, status: 'ok', numerator: null, denominator: null })),
    vals.map(([key]) => ({ key })),
  );
  const method: IndexMethod = {
    ...PRESET_BERLIN_MSS, indicators: [{ id: 'u', weight: 1, polarity: 'higher_is_need' }], standardiseIndex: false,
    minPopulation: 0, dynamicsYears: 0, reference: { kind: 'keys', keys: ['R1', 'R2', 'R3'] },
  };

  it('counts areas that change class for each value of a cut', () => {
    const r = sensitivity(prepared, method, { kind: 'statusCut', index: 2 }, [1.5, 1.55, 1.2, 5], { year: '2024' });
    expect(r.baselineIncluded).toBe(5);
    // 1.5: nothing; 1.55: B (1.6) still above; 1.2: A (1.5) moves up; 5: B (1.6) moves down
    expect(r.rows.map((row) => row.statusChanged)).toEqual([0, 0, 1, 1]);
  });

  it('varies the minimum population and weights, and rejects unknown parameters', () => {
    expect(() => sensitivity(prepared, method, { kind: 'weight', indicator: 'x' }, [1], { year: '2024' })).toThrow(/x/);
    expect(() => sensitivity(prepared, method, { kind: 'statusCut', index: 9 }, [1], { year: '2024' })).toThrow(/cut 9/);
    const r = sensitivity(prepared, method, { kind: 'minPopulation' }, [0, 300], { year: '2024' });
    // no population data: a population rule excludes all five
    expect(r.rows.map((row) => row.included)).toEqual([5, 0]);
    expect(r.rows[1].statusChanged).toBe(5);
  });
});
