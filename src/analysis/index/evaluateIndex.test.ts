import { describe, expect, it } from 'vitest';
import type { Observation, Status } from '../../core/types';
import { computeSocialIndex } from './computeSocialIndex';
import { evaluateIndex } from './evaluateIndex';
import { prepareIndexInput } from './prepareIndexInput';
import { PRESET_BERLIN_MSS, PRESET_HAMBURG, withWeights } from './presets';
import type { IndexMethod } from './types';

const obs = (areaKey: string, indicator: string, period: string, value: number | null, status: Status = 'ok'): Observation => ({
  areaKey, indicator, period, value, status, numerator: null, denominator: null,
});

/** A simple method: one or more indicators, no population rule, no re-standardisation. */
const method = (over: Partial<IndexMethod> = {}): IndexMethod => ({
  ...PRESET_BERLIN_MSS,
  indicators: [{ id: 'u', weight: 1, polarity: 'higher_is_need' }],
  standardiseIndex: false,
  minPopulation: 0,
  dynamicsYears: 0,
  ...over,
});

const sampleSd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

describe('evaluateIndex: classes at the cut boundaries', () => {
  // Reference R1..R3 = 9, 10, 11 → mean 10, sample SD 1, so z = value − 10 exactly.
  const values: [string, number][] = [['R1', 9], ['R2', 10], ['R3', 11], ['A', 11.5], ['B', 11.6], ['C', 8.9], ['D', 9.5]];
  const observations = values.map(([k, v]) => obs(k, 'u', '2024', v));
  const prepared = prepareIndexInput(observations, values.map(([key]) => ({ key })));
  const m = method({ reference: { kind: 'keys', keys: ['R1', 'R2', 'R3'] } });

  it('puts a value equal to a cut into the lower-need class', () => {
    const e = evaluateIndex(prepared, m, '2024');
    expect(Array.from(e.statusIndex)).toEqual([-1, 0, 1, 1.5, 11.6 - 10, 8.9 - 10, -0.5]);
    // cuts −1, 1, 1.5: z = −1 → 0, 0 → 1, 1 → 1, 1.5 → 2, 1.6 → 3, −1.1 → 0, −0.5 → 1
    expect(Array.from(e.statusClass)).toEqual([0, 1, 1, 2, 3, 0, 1]);
    expect(Array.from(e.excluded)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('labels classes by need', () => {
    const r = computeSocialIndex(observations, values.map(([key]) => ({ key })), m, 2024);
    expect(r.areas[4].statusLabel?.de).toBe('Status sehr niedrig (sehr hoher Bedarf)');
    expect(r.areas[0].statusLabel?.en).toBe('High status (low need)');
    expect(r.areas[4].rank).toBe(1);
    expect(r.areas[5].rank).toBe(7);
  });
});

describe('evaluateIndex: weighted status index', () => {
  // u = 1, 2, 3 → z = −1, 0, 1; s = 10, 30, 20 → mean 20, SD 10 → z = −1, 1, 0
  const observations = [
    obs('A', 'u', '2024', 1), obs('B', 'u', '2024', 2), obs('C', 'u', '2024', 3),
    obs('A', 's', '2024', 10), obs('B', 's', '2024', 30), obs('C', 's', '2024', 20),
  ];
  const prepared = prepareIndexInput(observations, [{ key: 'A' }, { key: 'B' }, { key: 'C' }]);
  const two = (polarity: 'higher_is_need' | 'lower_is_need') =>
    method({ indicators: [{ id: 'u', weight: 1, polarity: 'higher_is_need' }, { id: 's', weight: 3, polarity }] });

  it('is the weighted mean of the oriented z-values', () => {
    const e = evaluateIndex(prepared, two('higher_is_need'), '2024');
    expect(Array.from(e.z)).toEqual([-1, 0, 1, -1, 1, 0]);
    // (1·zu + 3·zs) / 4
    expect(Array.from(e.statusIndex)).toEqual([-1, 0.75, 0.25]);
    const flipped = evaluateIndex(prepared, two('lower_is_need'), '2024');
    expect(Array.from(flipped.statusIndex)).toEqual([0.5, -0.75, 0.25]);
  });

  it('re-standardises the index when asked', () => {
    const e = evaluateIndex(prepared, { ...two('higher_is_need'), standardiseIndex: true }, '2024');
    const sd = sampleSd([-1, 0.75, 0.25]); // mean 0
    [-1 / sd, 0.75 / sd, 0.25 / sd].forEach((v, i) => expect(e.statusIndex[i]).toBeCloseTo(v, 12));
  });

  it('ignores an indicator with weight 0 in the index but still reports its z', () => {
    const e = evaluateIndex(prepared, withWeights(two('higher_is_need'), { s: 0 }), '2024');
    expect(Array.from(e.statusIndex)).toEqual([-1, 0, 1]);
    expect(Array.from(e.z.subarray(3))).toEqual([-1, 1, 0]);
  });

  it('population-weights the reference', () => {
    // populations 1, 2, 1 for u = 1, 2, 3: weighted mean 2 → z unchanged in sign, SD from weights
    const withPop = [...observations, obs('A', 'population', '2024', 1), obs('B', 'population', '2024', 2), obs('C', 'population', '2024', 1)];
    const p = prepareIndexInput(withPop, [{ key: 'A' }, { key: 'B' }, { key: 'C' }]);
    const e = evaluateIndex(p, method({ weighting: 'population', sd: 'population' }), '2024');
    // variance (1·1 + 2·0 + 1·1)/4 = 0.5
    expect(e.statusIndex[0]).toBeCloseTo(-1 / Math.sqrt(0.5), 12);
    expect(e.statusIndex[2]).toBeCloseTo(1 / Math.sqrt(0.5), 12);
  });
});

describe('evaluateIndex: exclusions', () => {
  const areas = ['A', 'B', 'C', 'D', 'E', 'F'].map((key) => ({ key }));
  const u = { A: 1, B: 2, C: 3, D: 100, E: 50, F: 7 } as Record<string, number>;
  const pop = { A: 300, B: 1000, C: 5000, D: 299 } as Record<string, number>;
  const observations = [
    ...Object.entries(u).filter(([k]) => k !== 'F').map(([k, v]) => obs(k, 'u', '2024', v)),
    obs('F', 'u', '2024', null, 'suppressed'),
    ...Object.entries(pop).map(([k, v]) => obs(k, 'population', '2024', v)),
    obs('F', 'population', '2024', 800),
    obs('X', 'u', '2024', 4),
  ];
  const prepared = prepareIndexInput(observations, areas);

  it('excludes areas under the minimum population, without population, or without a value, and reports why', () => {
    const r = computeSocialIndex(observations, areas, method({ minPopulation: 300 }), '2024');
    expect(r.areas.map((a) => a.excluded)).toEqual([null, null, null, 'population_below_min', 'population_missing', 'suppressed_value']);
    expect(r.parameters.excludedCount).toEqual({ population_below_min: 1, population_missing: 1, suppressed_value: 1 });
    expect(r.parameters.includedCount).toBe(3);
    expect(r.parameters.unknownAreaKeys).toEqual(['X']);
    // 300 residents is enough; the excluded extreme values do not enter the reference.
    expect(r.areas.slice(0, 3).map((a) => a.statusIndex)).toEqual([-1, 0, 1]);
    expect(r.areas[3].statusIndex).toBeNull();
    expect(r.areas[3].statusClass).toBeNull();
  });

  it('reports a value that is simply absent as missing_value', () => {
    const e = evaluateIndex(prepareIndexInput(observations.filter((o) => o.areaKey !== 'F'), areas), method(), '2024');
    expect(e.excluded[5]).toBe(3);
  });

  it('uses the population only when a rule needs it', () => {
    const e = evaluateIndex(prepared, method({ minPopulation: 0 }), '2024');
    expect(Array.from(e.excluded)).toEqual([0, 0, 0, 0, 0, 4]);
  });

  it('throws for a year without data and for an invalid method', () => {
    expect(() => evaluateIndex(prepared, method(), '1999')).toThrow(/1999/);
    expect(() => evaluateIndex(prepared, method({ statusCuts: [1, -1, 2] }), '2024')).toThrow(/ascending/);
    expect(() => evaluateIndex(prepared, method({ statusCuts: [1] }), '2024')).toThrow(/classLabels/);
  });
});

describe('evaluateIndex: dynamics', () => {
  const areas = [{ key: 'A' }, { key: 'B' }, { key: 'C' }, { key: 'D' }, { key: 'E' }];
  // u in 2020 and 2022 (2 years); 2021 exists to prove the base year is year − dynamicsYears.
  const u2022 = [1, 2, 3, 4, 5];
  const u2020 = [4, 2, 3, 1, NaN];
  const u2021 = [9, 9, 9, 9, 9];
  const observations = areas.flatMap(({ key }, i) => [
    obs(key, 'u', '2022', u2022[i]),
    obs(key, 'u', '2021', u2021[i]),
    ...(Number.isNaN(u2020[i]) ? [] : [obs(key, 'u', '2020', u2020[i])]),
  ]);
  const prepared = prepareIndexInput(observations, areas);

  it('standardises the change in percentage points over dynamicsYears', () => {
    const e = evaluateIndex(prepared, method({ dynamicsYears: 2 }), '2022');
    expect(e.baseYear).toBe('2020');
    // change = −3, 0, 0, 3 (E has no 2020 value) → mean 0, sample SD √6
    expect(Array.from(e.change).slice(0, 4)).toEqual([-3, 0, 0, 3]);
    [-3, 0, 0, 3].forEach((c, i) => expect(e.dynamicsIndex[i]).toBeCloseTo(c / Math.sqrt(6), 12));
    expect(e.dynamicsIndex[4]).toBeNaN();
    // E keeps its status class but gets no dynamics class and no group
    expect(e.statusClass[4]).toBeGreaterThanOrEqual(0);
    expect(e.dynamicsClass[4]).toBe(-1);
    expect(e.group[4]).toBe(-1);
    // dynamics −1.22, 0, 0, +1.22 → positiv, stabil, stabil, negativ; group = status · 3 + dynamics
    expect(Array.from(e.dynamicsClass).slice(0, 4)).toEqual([0, 1, 1, 2]);
    for (let i = 0; i < 4; i++) expect(e.group[i]).toBe(e.statusClass[i] * 3 + e.dynamicsClass[i]);
  });

  it('has no dynamics when the base year is missing', () => {
    const e = evaluateIndex(prepared, method({ dynamicsYears: 3 }), '2022');
    expect(e.baseYear).toBeNull();
    expect(Array.from(e.dynamicsClass)).toEqual([-1, -1, -1, -1, -1]);
  });

  it('uses three years for the Hamburg preset', () => {
    const ids = PRESET_HAMBURG.indicators.map((i) => i.id);
    const keys = ['A', 'B', 'C'];
    const data = keys.flatMap((key, a) =>
      ids.flatMap((id, j) => [obs(key, id, '2024', 10 + a * (j + 1)), obs(key, id, '2021', 10 + (2 - a) * (j + 1)), obs(key, id, '2023', 0)])
        .concat([obs(key, 'population', '2024', 1000)]),
    );
    const r = computeSocialIndex(data, keys.map((key) => ({ key })), PRESET_HAMBURG, '2024');
    expect(r.parameters.baseYear).toBe('2021');
    // area A: level 10 everywhere in 2024, fell from 10 + 2(j+1): improving (change −2(j+1)); C the reverse
    expect(r.areas[0].change[ids[0]]).toBe(-2);
    expect(r.areas[0].dynamicsIndex).toBeLessThan(0);
    expect(r.areas[2].dynamicsIndex).toBeGreaterThan(0);
  });
});

describe('evaluateIndex: reference by parent', () => {
  it('standardises each area against its own city', () => {
    const areas = [{ key: 'a1', parentKey: 'A' }, { key: 'a2', parentKey: 'A' }, { key: 'b1', parentKey: 'B' }, { key: 'b2', parentKey: 'B' }];
    const observations = [obs('a1', 'u', '2024', 1), obs('a2', 'u', '2024', 3), obs('b1', 'u', '2024', 10), obs('b2', 'u', '2024', 20)];
    const e = evaluateIndex(prepareIndexInput(observations, areas), method({ reference: { kind: 'parent' } }), '2024');
    [-Math.SQRT1_2, Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT1_2].forEach((v, i) => expect(e.statusIndex[i]).toBeCloseTo(v, 12));
  });
});

describe('prepareIndexInput', () => {
  it('rejects duplicate observations and duplicate areas', () => {
    expect(() => prepareIndexInput([obs('A', 'u', '2024', 1), obs('A', 'u', '2024', 2)], [{ key: 'A' }])).toThrow(/duplicate observation/);
    expect(() => prepareIndexInput([], [{ key: 'A' }, { key: 'A' }])).toThrow(/duplicate area/);
  });
  it('keeps a true zero and does not mutate its input', () => {
    const input = [obs('A', 'u', '2024', null, 'zero'), obs('B', 'u', '2024', 2)];
    const copy = structuredClone(input);
    const p = prepareIndexInput(input, [{ key: 'A' }, { key: 'B' }]);
    expect(Array.from(p.values)).toEqual([0, 2]);
    expect(input).toEqual(copy);
  });
});
