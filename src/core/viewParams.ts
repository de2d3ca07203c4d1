import type { KnownValues } from './viewState';

/**
 * The optional view parameters of the comparison, coverage and board views. Each is absent from
 * the state (and the URL) while it has its default, so a plain link stays plain; a bad value falls
 * back to the default with a notice, like every other parameter.
 */
export interface ViewParams {
  /** Coverage: the need measure, an indicator id or `index` (the social index). */
  need?: string;
  /** Coverage: the distance in metres within which a member project counts as "there". */
  dist?: number;
  /** Compare: the scatter plot's x and y indicators. */
  x?: string;
  y?: string;
  /** Compare: the change map's first and second year. */
  from?: string;
  to?: string;
  /** Board: the story shown (its id in the workspace) and the step (0-based). */
  story?: string;
  step?: number;
}

export type ViewParamName = keyof ViewParams;

/** The parameters in their fixed URL order. */
export const VIEW_PARAM_NAMES: readonly ViewParamName[] = ['need', 'dist', 'x', 'y', 'from', 'to', 'story', 'step'];

export const NEED_INDEX = 'index';
export const DEFAULT_DIST = 1000;
export const MAX_DIST = 20_000;
export const MAX_STEP = 99;
const STORY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const YEAR = /^\d{4}$/;

type Parsed = string | number | undefined;

/** `undefined` = valid but default (left out); `null` = invalid. */
function parseOne(name: ViewParamName, raw: string, known: KnownValues, indicator: string): Parsed | null {
  switch (name) {
    case 'need':
      return raw === NEED_INDEX || known.indicators.includes(raw) ? raw : null;
    case 'x':
    case 'y':
      return known.indicators.includes(raw) ? raw : null;
    case 'dist': {
      if (!/^\d{1,6}$/.test(raw)) return null;
      const n = Number(raw);
      if (n > MAX_DIST) return null;
      return n === DEFAULT_DIST ? undefined : n;
    }
    case 'from':
    case 'to':
      return YEAR.test(raw) && known.years(indicator).includes(raw) ? raw : null;
    case 'story':
      return STORY_ID.test(raw) ? raw : null;
    case 'step': {
      if (!/^\d{1,2}$/.test(raw)) return null;
      const n = Number(raw);
      return n === 0 ? undefined : n;
    }
  }
}

export interface ParamNotice {
  param: ViewParamName;
  value: string;
}

/** Reads the optional parameters; the year parameters are checked against `indicator`'s years. */
export function parseViewParams(
  params: URLSearchParams,
  known: KnownValues,
  indicator: string,
  maxLength: number,
): { values: ViewParams; notices: ParamNotice[] } {
  const values: Record<string, string | number> = {};
  const notices: ParamNotice[] = [];
  for (const name of VIEW_PARAM_NAMES) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    const parsed = raw.length > maxLength ? null : parseOne(name, raw, known, indicator);
    if (parsed === null) notices.push({ param: name, value: raw.slice(0, maxLength) });
    else if (parsed !== undefined) values[name] = parsed;
  }
  return { values: values as ViewParams, notices };
}

export function writeViewParams(values: ViewParams, params: URLSearchParams): void {
  for (const name of VIEW_PARAM_NAMES) {
    const value = values[name];
    if (value !== undefined) params.set(name, String(value));
  }
}

export function sameViewParams(a: ViewParams, b: ViewParams): boolean {
  return VIEW_PARAM_NAMES.every((name) => a[name] === b[name]);
}

/**
 * Drops defaults and values the workspace cannot show (a year the new indicator lacks), so that a
 * changed state serialises exactly as its URL parses back.
 */
export function normaliseViewParams<T extends ViewParams>(state: T, known: KnownValues, indicator: string): T {
  const next = { ...state };
  if (next.dist === DEFAULT_DIST || (next.dist !== undefined && !(Number.isInteger(next.dist) && next.dist >= 0 && next.dist <= MAX_DIST))) delete next.dist;
  if (next.step !== undefined && !(Number.isInteger(next.step) && next.step > 0 && next.step <= MAX_STEP)) delete next.step;
  for (const name of ['from', 'to'] as const) {
    const year = next[name];
    if (year !== undefined && !known.years(indicator).includes(year)) delete next[name];
  }
  for (const name of ['x', 'y'] as const) {
    const id = next[name];
    if (id !== undefined && !known.indicators.includes(id)) delete next[name];
  }
  if (next.need !== undefined && next.need !== NEED_INDEX && !known.indicators.includes(next.need)) delete next.need;
  if (next.story !== undefined && !STORY_ID.test(next.story)) delete next.story;
  return next;
}
