import { MAP_LEVELS, type Language, type Level } from './types';

/**
 * What the user looks at, as it lives in the URL:
 * `?level=…&indicator=…&year=…&area=…&view=…&lang=…`. Pure: parsing validates against what the
 * loaded workspace knows and reports every rejected parameter as a notice instead of throwing.
 */
export type View = 'map' | 'profile' | 'report' | 'import';
export const VIEWS: readonly View[] = ['map', 'profile', 'report', 'import'];
export const LANGUAGES: readonly Language[] = ['de', 'en'];

export interface ViewState {
  level: Level;
  indicator: string;
  year: string;
  /** Selected area key, or null. */
  area: string | null;
  view: View;
  lang: Language;
}

export type ViewParam = keyof ViewState;

/** A parameter that was present but not acceptable; the view fell back to `fallback`. */
export interface ViewNotice {
  param: ViewParam;
  value: string;
  fallback: string | null;
}

/** What the workspace offers; the URL is checked against it. */
export interface KnownValues {
  levels: readonly Level[];
  /** Indicator ids in display order; the first is the fallback when the default is absent. */
  indicators: readonly string[];
  /** Years with data, ascending, per indicator id. */
  years: (indicatorId: string) => readonly string[];
  hasArea: (key: string) => boolean;
}

export const DEFAULT_LEVEL: Level = 'gemeinde';
export const DEFAULT_INDICATOR = 'sgb2_quote';
export const DEFAULT_VIEW: View = 'map';
export const DEFAULT_LANG: Language = 'de';

/** Upper bound on what we even look at in a parameter (a URL can be long; a key is not). */
const MAX_PARAM_LENGTH = 200;

export interface ParsedViewState {
  state: ViewState;
  notices: ViewNotice[];
}

function pick<T extends string>(
  params: URLSearchParams,
  name: ViewParam,
  allowed: readonly T[],
  fallback: T,
  notices: ViewNotice[],
): T {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  notices.push({ param: name, value: raw.slice(0, MAX_PARAM_LENGTH), fallback });
  return fallback;
}

/** The map levels the workspace has, in hierarchy order (e.g. kreis, gemeinde, quartier). */
export function mapLevels(known: KnownValues): Level[] {
  return MAP_LEVELS.filter((level) => known.levels.includes(level));
}

export function defaultLevel(known: KnownValues): Level {
  const levels = mapLevels(known);
  return levels.includes(DEFAULT_LEVEL) ? DEFAULT_LEVEL : (levels[0] ?? DEFAULT_LEVEL);
}

export function defaultIndicator(known: KnownValues): string {
  return known.indicators.includes(DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : (known.indicators[0] ?? DEFAULT_INDICATOR);
}

/** The latest year with data for the indicator ('' when there is none). */
export function latestYear(known: KnownValues, indicatorId: string): string {
  const years = known.years(indicatorId);
  return years.length > 0 ? years[years.length - 1] : '';
}

export function parseViewState(search: string, known: KnownValues): ParsedViewState {
  const params = new URLSearchParams(search);
  const notices: ViewNotice[] = [];
  const lang = pick(params, 'lang', LANGUAGES, DEFAULT_LANG, notices);
  const view = pick(params, 'view', VIEWS, DEFAULT_VIEW, notices);
  const level = pick(params, 'level', mapLevels(known), defaultLevel(known), notices);
  const indicator = pick(params, 'indicator', known.indicators, defaultIndicator(known), notices);
  const year = pick(params, 'year', known.years(indicator), latestYear(known, indicator), notices);
  let area: string | null = params.get('area');
  if (area === '') area = null;
  if (area !== null && (area.length > MAX_PARAM_LENGTH || !known.hasArea(area))) {
    notices.push({ param: 'area', value: area.slice(0, MAX_PARAM_LENGTH), fallback: null });
    area = null;
  }
  return { state: { level, indicator, year, area, view, lang }, notices };
}

/** The query string (with `?`) for a state; parameters in a fixed order, the area only when selected. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('level', state.level);
  params.set('indicator', state.indicator);
  params.set('year', state.year);
  if (state.area !== null) params.set('area', state.area);
  params.set('view', state.view);
  params.set('lang', state.lang);
  return `?${params.toString()}`;
}

/**
 * Applies a change and keeps the state consistent: a new indicator without data for the current
 * year moves to its latest year.
 */
export function changeViewState(state: ViewState, change: Partial<ViewState>, known: KnownValues): ViewState {
  const next = { ...state, ...change };
  if (!known.years(next.indicator).includes(next.year)) next.year = latestYear(known, next.indicator);
  return next;
}

export function sameViewState(a: ViewState, b: ViewState): boolean {
  return (
    a.level === b.level && a.indicator === b.indicator && a.year === b.year && a.area === b.area &&
    a.view === b.view && a.lang === b.lang
  );
}
