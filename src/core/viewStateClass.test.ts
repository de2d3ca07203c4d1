import { describe, expect, it } from 'vitest';
import { changeViewState, parseBreaks, parseViewState, serialiseViewState, type KnownValues } from './viewState';

const known: KnownValues = {
  levels: ['kreis', 'gemeinde'],
  indicators: ['sgb2_quote'],
  years: () => ['2023', '2024'],
  hasArea: () => true,
};

describe('classification in the URL', () => {
  it('reads class and k and writes them back', () => {
    const { state, notices } = parseViewState('?class=jenks&k=7', known);
    expect(notices).toEqual([]);
    expect(state.class).toBe('jenks');
    expect(state.k).toBe(7);
    expect(serialiseViewState(state)).toContain('class=jenks&k=7');
  });
  it('leaves defaults out of the state and the URL', () => {
    const { state } = parseViewState('?class=quantile&k=5', known);
    expect(state.class).toBeUndefined();
    expect(state.k).toBeUndefined();
    expect(serialiseViewState(state)).not.toContain('class=');
  });
  it('falls back with a notice on a bad method, a k out of 2–9 or bad manual breaks', () => {
    const bad = parseViewState('?class=kmeans&k=12', known);
    expect(bad.state.class).toBeUndefined();
    expect(bad.state.k).toBeUndefined();
    expect(bad.notices.map((n) => n.param).sort()).toEqual(['class', 'k']);
    const manual = parseViewState('?class=manual&breaks=3,2,1', known);
    expect(manual.state.class).toBeUndefined();
    expect(manual.notices.map((n) => n.param)).toEqual(['breaks']);
    expect(parseViewState('?k=1', known).notices[0].param).toBe('k');
    expect(parseViewState('?k=2.5', known).notices[0].param).toBe('k');
  });
  it('keeps manual breaks through a round trip', () => {
    const { state, notices } = parseViewState('?class=manual&breaks=0,2.5,10', known);
    expect(notices).toEqual([]);
    expect(state.breaks).toEqual([0, 2.5, 10]);
    expect(parseViewState(serialiseViewState(state), known).state).toEqual(state);
  });
  it('parses breaks strictly', () => {
    expect(parseBreaks('1,2,3')).toEqual([1, 2, 3]);
    expect(parseBreaks('-1.5,0')).toEqual([-1.5, 0]);
    expect(parseBreaks('1')).toBeNull();
    expect(parseBreaks('1,1')).toBeNull();
    expect(parseBreaks('1,x')).toBeNull();
  });
  it('drops breaks when the method changes away from manual', () => {
    const { state } = parseViewState('?class=manual&breaks=0,1', known);
    const next = changeViewState(state, { class: 'jenks' }, known);
    expect(next.breaks).toBeUndefined();
    expect(next.class).toBe('jenks');
    expect(changeViewState(next, { k: 20 }, known).k).toBeUndefined();
  });
  it('accepts the cluster and index views', () => {
    expect(parseViewState('?view=cluster', known).state.view).toBe('cluster');
    expect(parseViewState('?view=index', known).state.view).toBe('index');
  });
});
