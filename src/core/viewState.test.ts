import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeViewState,
  parseViewState,
  serialiseViewState,
  type KnownValues,
  type ViewState,
} from './viewState';

const YEARS: Record<string, string[]> = {
  sgb2_quote: ['2020', '2021', '2022', '2023', '2024'],
  kinderarmut: ['2020', '2021', '2022'],
  wohnflaeche: [],
};
const AREAS = new Set(['03', '03241', '03241001', '03241001001', '03101000']);

const known: KnownValues = {
  levels: ['land', 'kreis', 'gemeinde', 'quartier'],
  indicators: ['sgb2_quote', 'kinderarmut', 'wohnflaeche'],
  years: (id) => YEARS[id] ?? [],
  hasArea: (key) => AREAS.has(key),
};

describe('parseViewState', () => {
  it('uses the documented defaults for an empty query', () => {
    const { state, notices } = parseViewState('', known);
    expect(state).toEqual({ level: 'gemeinde', indicator: 'sgb2_quote', year: '2024', area: null, view: 'map', lang: 'de' });
    expect(notices).toEqual([]);
  });

  it('reads every valid parameter and keeps the area key as text with its leading zero', () => {
    const { state, notices } = parseViewState(
      '?level=quartier&indicator=kinderarmut&year=2021&area=03241001001&view=report&lang=en',
      known,
    );
    expect(state).toEqual({
      level: 'quartier', indicator: 'kinderarmut', year: '2021', area: '03241001001', view: 'report', lang: 'en',
    });
    expect(notices).toEqual([]);
  });

  it('falls back to defaults and names each bad parameter', () => {
    const { state, notices } = parseViewState(
      '?level=land&indicator=nope&year=1999&area=3241001&view=tabelle&lang=fr',
      known,
    );
    expect(state).toEqual({ level: 'gemeinde', indicator: 'sgb2_quote', year: '2024', area: null, view: 'map', lang: 'de' });
    expect(notices.map((n) => n.param).sort()).toEqual(['area', 'indicator', 'lang', 'level', 'view', 'year']);
    expect(notices.find((n) => n.param === 'area')).toEqual({ param: 'area', value: '3241001', fallback: null });
    expect(notices.find((n) => n.param === 'level')?.fallback).toBe('gemeinde');
  });

  it('checks the year against the chosen indicator, not against all indicators', () => {
    const { state, notices } = parseViewState('?indicator=kinderarmut&year=2024', known);
    expect(state.year).toBe('2022');
    expect(notices).toEqual([{ param: 'year', value: '2024', fallback: '2022' }]);
  });

  it('rejects a level the workspace does not have', () => {
    const { state, notices } = parseViewState('?level=quartier', { ...known, levels: ['land', 'kreis', 'gemeinde'] });
    expect(state.level).toBe('gemeinde');
    expect(notices[0].param).toBe('level');
  });

  it('uses the first indicator when the default indicator is absent', () => {
    const { state } = parseViewState('', { ...known, indicators: ['kinderarmut'] });
    expect(state.indicator).toBe('kinderarmut');
    expect(state.year).toBe('2022');
  });

  it('treats an empty area as no selection without a notice', () => {
    const { state, notices } = parseViewState('?area=', known);
    expect(state.area).toBeNull();
    expect(notices).toEqual([]);
  });

  it('truncates very long bad values in notices', () => {
    const { notices } = parseViewState(`?indicator=${'x'.repeat(5000)}`, known);
    expect(notices[0].value.length).toBe(200);
  });
});

describe('serialiseViewState', () => {
  it('writes the parameters in a fixed order and leaves out an empty selection', () => {
    const state: ViewState = { level: 'kreis', indicator: 'sgb2_quote', year: '2023', area: null, view: 'map', lang: 'de' };
    expect(serialiseViewState(state)).toBe('?level=kreis&indicator=sgb2_quote&year=2023&view=map&lang=de');
  });

  it('round-trips every valid state', () => {
    const stateArb = fc.record({
      level: fc.constantFrom('kreis' as const, 'gemeinde' as const, 'quartier' as const),
      indicator: fc.constantFrom('sgb2_quote', 'kinderarmut'),
      area: fc.option(fc.constantFrom(...AREAS), { nil: null }),
      view: fc.constantFrom('map' as const, 'profile' as const, 'report' as const),
      lang: fc.constantFrom('de' as const, 'en' as const),
      yearIndex: fc.nat(10),
    });
    fc.assert(
      fc.property(stateArb, ({ yearIndex, ...rest }) => {
        const years = YEARS[rest.indicator];
        const state: ViewState = { ...rest, year: years[yearIndex % years.length] };
        const parsed = parseViewState(serialiseViewState(state), known);
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
    );
  });

  it('never throws and always yields a valid state for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { state } = parseViewState(search, known);
        expect(['kreis', 'gemeinde', 'quartier']).toContain(state.level);
        expect(known.indicators).toContain(state.indicator);
        expect(state.area === null || AREAS.has(state.area)).toBe(true);
      }),
    );
  });
});

describe('changeViewState', () => {
  it('moves to the latest year of a new indicator that lacks the current year', () => {
    const state: ViewState = { level: 'kreis', indicator: 'sgb2_quote', year: '2024', area: null, view: 'map', lang: 'de' };
    expect(changeViewState(state, { indicator: 'kinderarmut' }, known).year).toBe('2022');
    expect(changeViewState({ ...state, year: '2021' }, { indicator: 'kinderarmut' }, known).year).toBe('2021');
  });
});
