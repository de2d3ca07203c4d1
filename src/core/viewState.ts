import { MAP_LEVELS, type Language, type Level } from './types';
import { normaliseViewParams, parseViewParams, sameViewParams, writeViewParams, type ViewParams } from './viewParams';

/**
 * What the user looks at, as it lives in the URL:
 * `?level=…&indicator=…&year=…&area=…&view=…&lang=…`. Pure: parsing validates against what the
 * loaded workspace knows and reports every rejected parameter as a notice instead of throwing.
 */
export type View = 'map' | 'profile' | 'report' | 'import' | 'cluster' | 'index' | 'table' | 'compare' | 'coverage' | 'board';
export const VIEWS: readonly View[] = ['map', 'profile', 'report', 'import', 'cluster', 'index', 'table', 'compare', 'coverage', 'board'];
/** Views that show the map (with their own side panel); the others cover it. */
export const MAP_VIEWS: readonly View[] = ['map', 'cluster', 'index', 'coverage'];
export const LANGUAGES: readonly Language[] = ['de', 'en'];

export interface ViewState extends ViewParams {
  level: Level;
  indicator: string;
  year: string;
  /** Selected area key, or null. */
  area: string | null;
  view: View;
  lang: Language;
  /** Classification of the choropleth (URL `class`), default quantile. */
  class?: ClassParam;
  /** Number of classes (URL `k`, 2–9), default 5; sd and box decide their own count. */
  k?: number;
  /** Manual class bounds (URL `breaks=1,2.5,4`), only with `class=manual`; null otherwise. */
  breaks?: number[] | null;
  /** Selected areas for linked brushing (`sel=key1,key2`); optional, empty when absent. */
  sel?: readonly string[];
}

/** Classification methods as URL values (the same ids as the analysis layer's ClassMethod). */
export type ClassParam = 'quantile' | 'equal' | 'jenks' | 'sd' | 'box' | 'manual';
export const CLASS_PARAMS: readonly ClassParam[] = ['quantile', 'equal', 'jenks', 'sd', 'box', 'manual'];
export const DEFAULT_CLASS: ClassParam = 'quantile';
export const DEFAULT_K = 5;
export const MIN_K = 2;
export const MAX_K = 9;

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
  const classes = parseClassParams(params, notices);
  const sel = parseSelection(params.get('sel'), known, notices);
  const extra = parseViewParams(params, known, indicator, MAX_PARAM_LENGTH);
  for (const notice of extra.notices) notices.push({ ...notice, fallback: null });
  return {
    state: { level, indicator, year, area, view, lang, ...classes, ...(sel.length > 0 ? { sel } : {}), ...extra.values },
    notices,
  };
}

/** `class`, `k` and `breaks`: bad values fall back to the defaults with a notice. */
function parseClassParams(params: URLSearchParams, notices: ViewNotice[]): Pick<ViewState, 'class' | 'k' | 'breaks'> {
  let method = pick(params, 'class', CLASS_PARAMS, DEFAULT_CLASS, notices);
  let k = DEFAULT_K;
  const rawK = params.get('k');
  if (rawK !== null && rawK !== '') {
    const n = Number(rawK);
    if (/^\d+$/.test(rawK) && n >= MIN_K && n <= MAX_K) k = n;
    else notices.push({ param: 'k', value: rawK.slice(0, MAX_PARAM_LENGTH), fallback: String(DEFAULT_K) });
  }
  let breaks: number[] | null = null;
  const rawBreaks = params.get('breaks');
  if (method === 'manual') {
    breaks = rawBreaks === null ? null : parseBreaks(rawBreaks);
    if (breaks === null) {
      notices.push({ param: 'breaks', value: (rawBreaks ?? '').slice(0, MAX_PARAM_LENGTH), fallback: DEFAULT_CLASS });
      method = DEFAULT_CLASS;
    }
  } else if (rawBreaks !== null && rawBreaks !== '') {
    notices.push({ param: 'breaks', value: rawBreaks.slice(0, MAX_PARAM_LENGTH), fallback: null });
  }
  // Defaults stay absent, so a plain URL parses to the plain state.
  const result: Pick<ViewState, 'class' | 'k' | 'breaks'> = {};
  if (method !== DEFAULT_CLASS) result.class = method;
  if (k !== DEFAULT_K) result.k = k;
  if (method === 'manual') result.breaks = breaks;
  return result;
}

/** `1,2.5,4` → [1, 2.5, 4]: 2–10 finite, strictly increasing numbers, or null. */
export function parseBreaks(text: string): number[] | null {
  if (text.length > MAX_PARAM_LENGTH) return null;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_K + 1) return null;
  const values = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if (!values.every(Number.isFinite)) return null;
  return values.every((v, i) => i === 0 || v > values[i - 1]) ? values : null;
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
  if (state.sel && state.sel.length > 0) params.set('sel', state.sel.join(','));
  if (state.class && state.class !== DEFAULT_CLASS) params.set('class', state.class);
  if (state.k !== undefined && state.k !== DEFAULT_K) params.set('k', String(state.k));
  if (state.class === 'manual' && state.breaks) params.set('breaks', state.breaks.join(','));
  writeViewParams(state, params);
  return `?${params.toString()}`;
}

/**
 * Applies a change and keeps the state consistent: a new indicator without data for the current
 * year moves to its latest year.
 */
export function changeViewState(state: ViewState, change: Partial<ViewState>, known: KnownValues): ViewState {
  let next = { ...state, ...change };
  if (!known.years(next.indicator).includes(next.year)) next.year = latestYear(known, next.indicator);
  next = normaliseViewParams(next, known, next.indicator);
  if (next.class === 'manual' && !next.breaks) next.class = DEFAULT_CLASS;
  if (next.class !== 'manual') delete next.breaks;
  if (next.class === DEFAULT_CLASS) delete next.class;
  if (next.k !== undefined && !(Number.isInteger(next.k) && next.k >= MIN_K && next.k <= MAX_K && next.k !== DEFAULT_K)) delete next.k;
  return next;
}

export function sameViewState(a: ViewState, b: ViewState): boolean {
  return (
    a.level === b.level && a.indicator === b.indicator && a.year === b.year && a.area === b.area &&
    a.view === b.view && a.lang === b.lang && (a.class ?? DEFAULT_CLASS) === (b.class ?? DEFAULT_CLASS) &&
    (a.k ?? DEFAULT_K) === (b.k ?? DEFAULT_K) &&
    (a.breaks ?? []).join(',') === (b.breaks ?? []).join(',') && sameSelection(a.sel, b.sel) && sameViewParams(a, b)
  );
}

/** At most this many areas in `sel` (a link stays short; linked views stay readable). */
export const MAX_SELECTION = 50;

/** `sel=a,b,c`: known keys, de-duplicated, bounded; every rejected entry is a notice. */
function parseSelection(raw: string | null, known: KnownValues, notices: ViewNotice[]): string[] {
  if (raw === null || raw === '') return [];
  if (raw.length > MAX_SELECTION * (MAX_PARAM_LENGTH + 1)) {
    notices.push({ param: 'sel', value: raw.slice(0, MAX_PARAM_LENGTH), fallback: null });
    return [];
  }
  const keys: string[] = [];
  for (const key of raw.split(',')) {
    if (key === '' || keys.includes(key)) continue;
    if (key.length > MAX_PARAM_LENGTH || !known.hasArea(key) || keys.length >= MAX_SELECTION) {
      notices.push({ param: 'sel', value: key.slice(0, MAX_PARAM_LENGTH), fallback: null });
      continue;
    }
    keys.push(key);
  }
  return keys;
}

function sameSelection(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((key, i) => key === y[i]);
}

/** The selection with `key` added, or removed when it was there (bounded by MAX_SELECTION). */
export function toggleSelection(sel: readonly string[] | undefined, key: string): string[] {
  const current = sel ?? [];
  if (current.includes(key)) return current.filter((k) => k !== key);
  return current.length >= MAX_SELECTION ? [...current] : [...current, key];
}
