import { describe, expect, it } from 'vitest';
import { MAX_SELECTION, parseViewState, sameViewState, serialiseViewState, toggleSelection, type KnownValues } from './viewState';

const areas = new Set(['03', '03241', '03241001', '03241002', ...Array.from({ length: 60 }, (_, i) => `0324100${i}x`)]);
const known: KnownValues = {
  levels: ['land', 'kreis', 'gemeinde'],
  indicators: ['sgb2_quote'],
  years: () => ['2023', '2024'],
  hasArea: (key) => areas.has(key),
};

describe('linked selection in the URL (sel)', () => {
  it('is absent by default and round-trips with leading zeros and order kept', () => {
    expect(parseViewState('', known).state.sel ?? []).toEqual([]);
    const parsed = parseViewState('?view=table&sel=03241002,03241001', known);
    expect(parsed.state.sel).toEqual(['03241002', '03241001']);
    expect(parsed.state.view).toBe('table');
    expect(parsed.notices).toEqual([]);
    const search = serialiseViewState(parsed.state);
    expect(new URLSearchParams(search).get('sel')).toBe('03241002,03241001');
    expect(parseViewState(search, known).state.sel).toEqual(['03241002', '03241001']);
  });

  it('drops unknown keys with a notice each, ignores duplicates and empty entries', () => {
    const parsed = parseViewState('?sel=03241001,,3241001,03241001,<script>', known);
    expect(parsed.state.sel).toEqual(['03241001']);
    expect(parsed.notices.map((n) => [n.param, n.value])).toEqual([['sel', '3241001'], ['sel', '<script>']]);
  });

  it('is bounded: at most MAX_SELECTION keys, an absurdly long parameter is rejected whole', () => {
    const many = [...areas].filter((k) => k.endsWith('x'));
    const parsed = parseViewState(`?sel=${many.join(',')}`, known);
    expect(parsed.state.sel).toHaveLength(MAX_SELECTION);
    expect(parsed.notices).toHaveLength(many.length - MAX_SELECTION);
    const long = parseViewState(`?sel=${'a'.repeat(20_000)}`, known);
    expect(long.state.sel ?? []).toEqual([]);
    expect(long.notices[0].value.length).toBeLessThanOrEqual(200);
  });

  it('toggles and compares', () => {
    expect(toggleSelection(undefined, '03241001')).toEqual(['03241001']);
    expect(toggleSelection(['03241001', '03241002'], '03241001')).toEqual(['03241002']);
    const a = parseViewState('?sel=03241001', known).state;
    expect(sameViewState(a, { ...a, sel: ['03241001'] })).toBe(true);
    expect(sameViewState(a, { ...a, sel: ['03241002'] })).toBe(false);
    expect(sameViewState({ ...a, sel: [] }, { ...a, sel: undefined })).toBe(true);
  });
});
