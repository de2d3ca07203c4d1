import { figureNumber } from '../map/choropleth';
import type { AreaProfile } from '../core/profile';
import type { Status } from '../core/types';

/** One line of the comparison chart: a selected area or one of its references. */
export interface SeriesLine {
  /** Data key of the line in the rows (`a0`, `a1`, … for areas, `r0`, … for references). */
  id: string;
  name: string;
  kind: 'area' | 'reference';
}

export interface SelectionSeries {
  lines: SeriesLine[];
  /** One row per period: `{ period, a0: 12.5, r0: 9.1, … }`; null is a gap, never a zero. */
  rows: Record<string, string | number | null>[];
}

/**
 * Time series of the selected areas against their references (city, Kreis, Land) for one
 * indicator, from the areas' profiles. A reference shared by several areas is drawn once.
 */
export function selectionSeries(profiles: readonly AreaProfile[], indicatorId: string): SelectionSeries {
  const lines: SeriesLine[] = [];
  const byPeriod = new Map<string, Record<string, string | number | null>>();
  const row = (period: string) => {
    let r = byPeriod.get(period);
    if (!r) byPeriod.set(period, (r = { period }));
    return r;
  };
  const referenceIds = new Map<string, string>();
  profiles.forEach((profile, i) => {
    const line = profile.lines.find((l) => l.indicator.id === indicatorId);
    if (!line) return;
    const id = `a${i}`;
    lines.push({ id, name: profile.area.name, kind: 'area' });
    for (const s of line.series) row(s.period)[id] = figureNumber(s);
    for (const ref of line.referenceSeries) {
      if (referenceIds.has(ref.areaName)) continue;
      const refId = `r${referenceIds.size}`;
      referenceIds.set(ref.areaName, refId);
      lines.push({ id: refId, name: ref.areaName, kind: 'reference' });
      for (const p of ref.points) row(p.period)[refId] = p.value !== null && Number.isFinite(p.value) ? p.value : null;
    }
  });
  const rows = [...byPeriod.values()].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  for (const r of rows) for (const l of lines) if (!(l.id in r)) r[l.id] = null;
  return { lines, rows };
}

export interface Sparkline {
  /** SVG path (`M x y L x y …`), one sub-path per run of numbers; '' without numbers. */
  path: string;
  /** The last point with a number, for a dot. */
  last: { x: number; y: number } | null;
  min: number | null;
  max: number | null;
}

/**
 * Geometry of a tiny trend line in a `width × height` box (y grows downwards, 1 px inset).
 * Gaps (null) break the line; a flat series is drawn in the middle.
 */
export function sparkline(values: readonly (number | null)[], width: number, height: number): Sparkline {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (numbers.length === 0) return { path: '', last: null, min: null, max: null };
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const inset = 1;
  const step = values.length > 1 ? (width - 2 * inset) / (values.length - 1) : 0;
  const yOf = (v: number) =>
    max === min ? height / 2 : inset + (height - 2 * inset) * (1 - (v - min) / (max - min));
  const round = (n: number) => Math.round(n * 100) / 100;
  let path = '';
  let pen = false;
  let last: Sparkline['last'] = null;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    const x = round(values.length > 1 ? inset + i * step : width / 2);
    const y = round(yOf(v));
    path += `${path ? ' ' : ''}${pen ? 'L' : 'M'}${x} ${y}`;
    pen = true;
    last = { x, y };
  });
  return { path, last, min, max };
}

export type ChangeMode = 'points' | 'percent';

export interface ChangeFigure {
  areaKey: string;
  /** Change from `from` to `to`: percentage points (difference) or percent of the `from` value. */
  value: number | null;
  status: Status;
}

/**
 * Change of each area's value between two years. `points`: to − from (percentage points for a
 * rate); `percent`: (to − from) / |from| · 100. Without both numbers (or from = 0 in percent mode)
 * the area keeps a status instead of a number: the worse of the two statuses, or `missing`.
 */
export function changeFigures(
  from: readonly { areaKey: string; value: number | null; status: Status }[],
  to: readonly { areaKey: string; value: number | null; status: Status }[],
  mode: ChangeMode,
): ChangeFigure[] {
  const fromByKey = new Map(from.map((f) => [f.areaKey, f]));
  return to.map((t) => {
    const f = fromByKey.get(t.areaKey);
    const a = f ? figureNumber(f) : null;
    const b = figureNumber(t);
    if (a === null || b === null || (mode === 'percent' && a === 0)) {
      const status: Status = b === null ? (t.status === 'ok' ? 'missing' : t.status) : f && f.status !== 'ok' ? f.status : 'missing';
      return { areaKey: t.areaKey, value: null, status };
    }
    const value = mode === 'points' ? b - a : ((b - a) / Math.abs(a)) * 100;
    return { areaKey: t.areaKey, value, status: 'ok' as Status };
  });
}
