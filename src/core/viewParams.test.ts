import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeViewState, parseViewState, sameViewState, serialiseViewState, type KnownValues, type ViewState } from './viewState';

const YEARS: Record<string, string[]> = {
  sgb2_quote: ['2020', '2021', '2022', '2023', '2024'],
  kinderarmut: ['2020', '2021', '2022'],
};
const known: KnownValues = {
  levels: ['kreis', 'gemeinde'],
  indicators: ['sgb2_quote', 'kinderarmut'],
  years: (id) => YEARS[id] ?? [],
  hasArea: () => true,
};
const base: ViewState = { level: 'gemeinde', indicator: 'sgb2_quote', year: '2024', area: null, view: 'compare', lang: 'de' };

describe('optional view parameters (coverage, compare, board)', () => {
  it('reads valid values and writes them back in a fixed order after the core parameters', () => {
    const search = '?view=coverage&need=index&dist=500&x=kinderarmut&y=sgb2_quote&from=2020&to=2024&story=abc_1&step=2';
    const { state, notices } = parseViewState(search, known);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ view: 'coverage', need: 'index', dist: 500, x: 'kinderarmut', y: 'sgb2_quote', from: '2020', to: '2024', story: 'abc_1', step: 2 });
    expect(serialiseViewState(state)).toBe(
      '?level=gemeinde&indicator=sgb2_quote&year=2024&view=coverage&lang=de&need=index&dist=500&x=kinderarmut&y=sgb2_quote&from=2020&to=2024&story=abc_1&step=2',
    );
  });

  it('leaves defaults out of the state, so a plain link parses to the plain state', () => {
    const { state } = parseViewState('?view=board&dist=1000&step=0', known);
    expect(state.dist).toBeUndefined();
    expect(state.step).toBeUndefined();
    expect(serialiseViewState(state)).not.toMatch(/dist|step/);
  });

  it('names every bad value in a notice and falls back to the default', () => {
    const { state, notices } = parseViewState('?need=nope&dist=-5&x=1;DROP&from=1999&story=../x&step=100', known);
    expect(notices.map((n) => n.param).sort()).toEqual(['dist', 'from', 'need', 'step', 'story', 'x']);
    for (const p of ['need', 'dist', 'x', 'from', 'story', 'step'] as const) expect(state[p]).toBeUndefined();
  });

  it('checks the change-map years against the chosen indicator', () => {
    expect(parseViewState('?indicator=kinderarmut&from=2024', known).notices.map((n) => n.param)).toEqual(['from']);
    expect(changeViewState({ ...base, from: '2020', to: '2024' }, { indicator: 'kinderarmut' }, known)).toMatchObject({ from: '2020' });
    expect(changeViewState({ ...base, from: '2020', to: '2024' }, { indicator: 'kinderarmut' }, known).to).toBeUndefined();
  });

  it('compares states including the optional parameters', () => {
    expect(sameViewState({ ...base, step: 1 }, { ...base, step: 2 })).toBe(false);
    expect(sameViewState({ ...base, need: 'index' }, { ...base, need: 'index' })).toBe(true);
  });

  it('round-trips every valid combination', () => {
    const arb = fc.record(
      {
        need: fc.constantFrom('index', 'sgb2_quote', 'kinderarmut'),
        dist: fc.integer({ min: 0, max: 20_000 }).filter((d) => d !== 1000),
        x: fc.constantFrom('sgb2_quote', 'kinderarmut'),
        y: fc.constantFrom('sgb2_quote', 'kinderarmut'),
        from: fc.constantFrom(...YEARS.sgb2_quote),
        to: fc.constantFrom(...YEARS.sgb2_quote),
        story: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        step: fc.integer({ min: 1, max: 99 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (extra) => {
        const state: ViewState = { ...base, ...extra };
        const parsed = parseViewState(serialiseViewState(state), known);
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
    );
  });
});
