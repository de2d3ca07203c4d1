import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level, Observation, Status } from '../../core/types';
import { applyDisclosure } from './applyDisclosure';
import { checkAggregate } from './checkAggregate';
import { describeRules } from './describeRules';
import { DEFAULT_DISCLOSURE_RULES, resolveRules } from './rules';
import { isWithheld, propagateSuppression } from './withheld';

const fig = (areaKey: string, indicator: string, value: number | null, numerator: number | null = null, denominator: number | null = null, status: Status = 'ok', period = '2024'): Observation => ({
  areaKey, indicator, period, value, status, numerator, denominator,
});
const area = (key: string, level: Level, parentKey: string | null) => ({ key, level, parentKey });
const byKey = (figures: Observation[], indicator: string) => Object.fromEntries(figures.filter((f) => f.indicator === indicator).map((f) => [f.areaKey, f]));

/** City C with four quartiers of ample population. */
const city = [area('C', 'gemeinde', 'K'), ...['q1', 'q2', 'q3', 'q4'].map((k) => area(k, 'quartier', 'C'))];
const populations = ['C', 'q1', 'q2', 'q3', 'q4'].map((k, i) => fig(k, 'population', i === 0 ? 4000 : 1000));
const rate = (key: string, num: number, den = 1000) => fig(key, 'x', (100 * num) / den, num, den);

describe('primary suppression', () => {
  it('suppresses numerators 1..minCount−1 but keeps true zeros', () => {
    const input = [...populations, rate('C', 15), rate('q1', 0), rate('q2', 1), rate('q3', 2), rate('q4', 12)];
    const { figures, record } = applyDisclosure(input, { secondary: false }, { areas: city });
    const x = byKey(figures, 'x');
    expect([x.q1.status, x.q2.status, x.q3.status, x.q4.status]).toEqual(['ok', 'suppressed', 'suppressed', 'ok']);
    expect(x.q2).toMatchObject({ value: null, numerator: null, denominator: null });
    expect(x.q1.numerator).toBe(0);
    expect(record.primary).toBe(2);
    expect(record.byReason).toEqual({ small_count: 2 });
  });

  it('suppresses every figure of a quartier under 300 residents, not of a small Gemeinde', () => {
    const areas = [area('G', 'gemeinde', 'K'), area('q1', 'quartier', 'G'), area('q2', 'quartier', 'G')];
    const input = [fig('G', 'population', 250), fig('q1', 'population', 299), fig('q2', 'population', 300), rate('G', 50), rate('q1', 20), rate('q2', 30)];
    const { figures, record } = applyDisclosure(input, { secondary: false }, { areas });
    const pop = byKey(figures, 'population');
    const x = byKey(figures, 'x');
    expect([pop.G.status, pop.q1.status, pop.q2.status]).toEqual(['ok', 'suppressed', 'ok']);
    expect([x.G.status, x.q1.status, x.q2.status]).toEqual(['ok', 'suppressed', 'ok']);
    expect(record.byReason).toEqual({ small_population: 2 });
  });

  it('suppresses a quartier without known population unless told to publish', () => {
    const areas = [area('q1', 'quartier', null)];
    expect(applyDisclosure([rate('q1', 40)], {}, { areas }).figures[0].status).toBe('suppressed');
    expect(applyDisclosure([rate('q1', 40)], { unknownPopulation: 'publish' }, { areas }).figures[0].status).toBe('ok');
  });

  it('checks count indicators by their value', () => {
    const input = [...populations, fig('q1', 'n', 2), fig('q2', 'n', 3), fig('q3', 'n', 0), fig('q4', 'n', 1, null, null, 'secret')];
    const { figures, record } = applyDisclosure(input, { secondary: false }, { areas: city, countIndicators: ['population', 'n'] });
    const n = byKey(figures, 'n');
    expect([n.q1.status, n.q2.status, n.q3.status, n.q4.status]).toEqual(['suppressed', 'ok', 'ok', 'secret']);
    expect(n.q4.value).toBeNull(); // a source's secret figure never carries a number out
    expect(record.fromSource).toBe(1);
  });
});

describe('secondary suppression', () => {
  it('suppresses the next-smallest sibling when exactly one is suppressed', () => {
    const input = [...populations, rate('C', 37), rate('q1', 2), rate('q2', 10), rate('q3', 5), rate('q4', 20)];
    const { figures, record } = applyDisclosure(input, {}, { areas: city });
    const x = byKey(figures, 'x');
    expect([x.q1.status, x.q2.status, x.q3.status, x.q4.status]).toEqual(['suppressed', 'ok', 'suppressed', 'ok']);
    expect(x.C.status).toBe('ok');
    expect(record.secondary).toBe(1);
    expect(record.cells.find((c) => c.kind === 'secondary')).toMatchObject({ areaKey: 'q3', indicator: 'x', reason: 'secondary' });
  });

  it('prefers a positive sibling to a zero', () => {
    const input = [...populations, rate('C', 17), rate('q1', 1), rate('q2', 0), rate('q3', 7), rate('q4', 9)];
    const x = byKey(applyDisclosure(input, {}, { areas: city }).figures, 'x');
    expect([x.q2.status, x.q3.status, x.q4.status]).toEqual(['ok', 'suppressed', 'ok']);
  });

  it('leaves a group with two suppressed children alone', () => {
    const input = [...populations, rate('C', 33), rate('q1', 1), rate('q2', 2), rate('q3', 10), rate('q4', 20)];
    const { record } = applyDisclosure(input, {}, { areas: city });
    expect(record.secondary).toBe(0);
  });

  it('suppresses the parent when the suppressed child is its only child', () => {
    const areas = [area('G', 'gemeinde', 'K'), area('q1', 'quartier', 'G')];
    // q1 is under 300 residents; G = q1 would give it away
    const counts = [fig('G', 'population', 500), fig('q1', 'population', 280), fig('G', 'n', 12), fig('q1', 'n', 12)];
    const n = byKey(applyDisclosure(counts, {}, { areas, countIndicators: ['population', 'n'] }).figures, 'n');
    expect([n.G.status, n.q1.status]).toEqual(['suppressed', 'suppressed']);
  });

  it('iterates up the hierarchy: a suppressed Gemeinde makes a sibling Gemeinde suppressed', () => {
    const areas = [area('K', 'kreis', null), area('G1', 'gemeinde', 'K'), area('G2', 'gemeinde', 'K'), area('G3', 'gemeinde', 'K'),
      area('a', 'quartier', 'G1'), area('b', 'quartier', 'G1')];
    const input = [fig('a', 'population', 800), fig('b', 'population', 900),
      fig('K', 'n', 60), fig('G1', 'n', 2), fig('G2', 'n', 40), fig('G3', 'n', 18), fig('a', 'n', 2), fig('b', 'n', 0)];
    const { figures } = applyDisclosure(input, {}, { areas, countIndicators: ['population', 'n'] });
    const n = byKey(figures, 'n');
    expect([n.G1.status, n.a.status, n.b.status]).toEqual(['suppressed', 'suppressed', 'suppressed']);
    expect([n.G2.status, n.G3.status, n.K.status]).toEqual(['ok', 'suppressed', 'ok']);
  });
});

describe('rounding', () => {
  it('rounds counts, numerators and denominators and recomputes rates', () => {
    const areas = [area('G', 'gemeinde', null)];
    const input = [fig('G', 'population', 1003), fig('G', 'n', 7), fig('G', 'n2', 8), rate('G', 12, 1003), fig('G', 'm2', 41.37)];
    const { figures, record } = applyDisclosure(input, { rounding: 5 }, { areas, countIndicators: ['population', 'n', 'n2'] });
    const f = Object.fromEntries(figures.map((x) => [x.indicator, x]));
    expect(f.population.value).toBe(1005);
    expect(f.n.value).toBe(5);
    expect(f.n2.value).toBe(10);
    expect(f.x).toMatchObject({ numerator: 10, denominator: 1005 });
    expect(f.x.value).toBeCloseTo((100 * 10) / 1005, 12);
    expect(f.m2.value).toBe(41.37);
    expect(record.textDe).toMatch(/Vielfache von 5/);
  });
  it('marks a positive count that rounds to 0 as less than half a unit', () => {
    const areas = [area('G', 'gemeinde', null)];
    const [f] = applyDisclosure([fig('G', 'n', 4)], { rounding: 10 }, { areas, countIndicators: ['n'] }).figures;
    expect(f).toMatchObject({ value: 0, status: 'lt_half' });
  });
  it('never rounds a published count into the small-count range', () => {
    const areas = [area('G', 'gemeinde', null)];
    const [f] = applyDisclosure([fig('G', 'n', 7)], { rounding: 5, minCount: 7 }, { areas, countIndicators: ['n'] }).figures;
    expect(f.value).toBe(10);
  });
});

describe('rules and record', () => {
  it('keeps the defaults in one place and validates', () => {
    expect(DEFAULT_DISCLOSURE_RULES).toMatchObject({ minCount: 3, minPopulation: 300, minPopulationLevels: ['quartier'], rounding: null, secondary: true });
    expect(() => resolveRules({ minCount: 0 })).toThrow(/minCount/);
    expect(() => resolveRules({ rounding: 1 })).toThrow(/rounding/);
  });
  it('describes the rules in German and English', () => {
    expect(describeRules(resolveRules(), 'de')).toMatch(/^Geheimhaltung: Fallzahlen von 1 bis 2 sind unterdrückt/);
    expect(describeRules(resolveRules(), 'de')).toMatch(/weniger als 300 Einwohnern/);
    expect(describeRules(resolveRules({ minCount: 10 }), 'en')).toMatch(/^Disclosure control: Counts from 1 to 9 are suppressed/);
  });
});

describe('propagation and the differencing guard', () => {
  it('suppresses anything derived from a withheld input', () => {
    const sum = (xs: readonly { value: number | null }[]) => ({ value: xs.reduce((a, x) => a + (x.value ?? 0), 0), status: 'ok' as Status, numerator: null, denominator: null });
    expect(propagateSuppression([fig('a', 'n', 4), fig('b', 'n', 5)], sum).value).toBe(9);
    expect(propagateSuppression([fig('a', 'n', 4), fig('b', 'n', null, null, null, 'suppressed')], sum)).toEqual({ value: null, numerator: null, denominator: null, status: 'suppressed' });
    expect(propagateSuppression([fig('a', 'n', null, null, null, 'secret')], sum).status).toBe('suppressed');
  });

  it('blocks an aggregate that differs from a published total by a withheld area', () => {
    const published = [{ id: 'city', keys: ['q1', 'q2', 'q3', 'q4'] }];
    expect(checkAggregate(['q1', 'q2', 'q4'], published, ['q3'])).toEqual({ allowed: false, blockedBy: [{ groupId: 'city', difference: ['q3'], withheld: ['q3'] }] });
    expect(checkAggregate(['q1', 'q2'], published, ['q3']).allowed).toBe(false);
    expect(checkAggregate(['q1', 'q2'], published, ['q3', 'q4']).blockedBy[0].withheld).toEqual(['q3', 'q4']);
    // superset of a published group by a withheld area
    expect(checkAggregate(['q1', 'q2', 'q3', 'q4', 'x'], published, ['x']).allowed).toBe(false);
    // differences made of published areas only are fine; so are non-nested overlaps and equal sets
    expect(checkAggregate(['q1', 'q2'], published, []).allowed).toBe(true);
    expect(checkAggregate(['q1', 'q2', 'q3', 'q4'], published, ['q3']).allowed).toBe(true);
    expect(checkAggregate(['q1', 'x'], published, ['q3']).allowed).toBe(true);
  });
});

// ---------- properties ----------

const quartierArb = fc.record({ population: fc.integer({ min: 0, max: 3000 }), x: fc.integer({ min: 0, max: 30 }), n: fc.integer({ min: 0, max: 12 }) });
const scenarioArb = fc.record({
  cities: fc.array(fc.array(quartierArb, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 3 }),
  minCount: fc.integer({ min: 1, max: 10 }),
  rounding: fc.constantFrom(null, 5, 10),
});

function build(s: { cities: { population: number; x: number; n: number }[][] }) {
  const areas: { key: string; level: Level; parentKey: string | null }[] = [area('K', 'kreis', null)];
  const figures: Observation[] = [];
  let kx = 0, kn = 0, kp = 0;
  s.cities.forEach((qs, c) => {
    const ckey = `G${c}`;
    areas.push(area(ckey, 'gemeinde', 'K'));
    let cx = 0, cn = 0, cp = 0;
    qs.forEach((q, j) => {
      const key = `${ckey}-Q${j}`;
      areas.push(area(key, 'quartier', ckey));
      figures.push(fig(key, 'population', q.population), fig(key, 'n', q.n), fig(key, 'x', q.population > 0 ? (100 * q.x) / q.population : null, q.x, q.population, q.population > 0 ? 'ok' : 'blocked'));
      cx += q.x; cn += q.n; cp += q.population;
    });
    figures.push(fig(ckey, 'population', cp), fig(ckey, 'n', cn), fig(ckey, 'x', cp > 0 ? (100 * cx) / cp : null, cx, cp, cp > 0 ? 'ok' : 'blocked'));
    kx += cx; kn += cn; kp += cp;
  });
  figures.push(fig('K', 'population', kp), fig('K', 'n', kn), fig('K', 'x', kp > 0 ? (100 * kx) / kp : null, kx, kp, kp > 0 ? 'ok' : 'blocked'));
  return { areas, figures };
}

describe('disclosure properties', () => {
  const context = (areas: ReturnType<typeof build>['areas']) => ({ areas, countIndicators: ['population', 'n'] });

  it('never outputs a count in 1..minCount−1, and never a number beside a withheld status', () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      const { areas, figures } = build(s);
      const out = applyDisclosure(figures, { minCount: s.minCount, rounding: s.rounding }, context(areas)).figures;
      for (const f of out) {
        if (f.numerator !== null) expect(f.numerator > 0 && f.numerator < s.minCount).toBe(false);
        if (f.indicator === 'n' || f.indicator === 'population') {
          if (f.value !== null) expect(f.value > 0 && f.value < s.minCount).toBe(false);
        }
        if (isWithheld(f.status)) expect([f.value, f.numerator, f.denominator]).toEqual([null, null, null]);
      }
    }));
  });

  it('leaves no sibling group with exactly one withheld child (unless it is the only child and the parent is withheld)', () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      const { areas, figures } = build(s);
      const out = applyDisclosure(figures, { minCount: s.minCount }, context(areas)).figures;
      const withheld = new Set(out.filter((f) => isWithheld(f.status)).map((f) => `${f.indicator}|${f.areaKey}`));
      for (const indicator of ['population', 'n', 'x']) {
        for (const parent of ['K', ...s.cities.map((_, c) => `G${c}`)]) {
          const children = areas.filter((a) => a.parentKey === parent).map((a) => a.key);
          const hidden = children.filter((k) => withheld.has(`${indicator}|${k}`));
          if (hidden.length !== 1) continue;
          // one hidden child is only acceptable when no other child carries a number and the parent is hidden
          const others = out.filter((f) => f.indicator === indicator && children.includes(f.areaKey) && !isWithheld(f.status) && f.value !== null);
          expect(others).toHaveLength(0);
          expect(withheld.has(`${indicator}|${parent}`)).toBe(true);
        }
      }
    }));
  });

  it('rounds every published count, numerator and denominator to a multiple of the base', () => {
    fc.assert(fc.property(scenarioArb.filter((s) => s.rounding !== null), (s) => {
      const { areas, figures } = build(s);
      const base = s.rounding as number;
      for (const f of applyDisclosure(figures, { minCount: s.minCount, rounding: base }, context(areas)).figures) {
        if (f.numerator !== null) expect(f.numerator % base).toBe(0);
        if (f.denominator !== null) expect(f.denominator % base).toBe(0);
        if ((f.indicator === 'n' || f.indicator === 'population') && f.value !== null) expect(f.value % base).toBe(0);
      }
    }));
  });

  it('does not mutate its input', () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      const { areas, figures } = build(s);
      const before = structuredClone(figures);
      const areasBefore = structuredClone(areas);
      applyDisclosure(figures, { minCount: s.minCount, rounding: s.rounding }, context(areas));
      expect(figures).toEqual(before);
      expect(areas).toEqual(areasBefore);
    }));
  });
});
