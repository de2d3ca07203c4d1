import { formatNumber, digitsForUnit } from '../core/format';
import type { ProfileLine } from '../core/profile';
import { statusCarriesNumber } from '../core/status';
import type { Language } from '../core/types';
import { TEXTS } from './texts';
import type { ChartSeries, LineChart, Point } from './types';

export const CHART_WIDTH = 85;
export const CHART_HEIGHT = 50;
const PLOT = { x: 12, y: 4, width: 70, height: 40 };
/** Okabe–Ito colours (colour-blind safe): the area first, then its references. */
const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'];
const REFERENCE_DASHES = [[2, 1], [0.6, 0.8], [3, 1, 0.6, 1], []];

/** Tick values 0, step, 2·step, … covering `max` with 3–6 ticks. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function seriesGeometry(values: (number | null)[], xOf: (i: number) => number, yOf: (v: number) => number) {
  const lines: Point[][] = [];
  const points: Point[] = [];
  let current: Point[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) lines.push(current);
      current = [];
      return;
    }
    const p: Point = [r2(xOf(i)), r2(yOf(v))];
    current.push(p);
    points.push(p);
  });
  if (current.length) lines.push(current);
  return { lines: lines.filter((l) => l.length >= 2), points };
}

/** The area's series against its references' series for one indicator, as geometry in a box. */
export function buildLineChart(line: ProfileLine, areaName: string, lang: Language): LineChart {
  const label = lang === 'de' ? line.indicator.labelDe : line.indicator.labelEn;
  const unit = line.indicator.unit;
  const periodSet = new Set<string>(line.series.map((s) => s.period));
  for (const ref of line.referenceSeries) for (const p of ref.points) periodSet.add(p.period);
  const periods = [...periodSet].sort();

  const areaValues = periods.map((period) => {
    const s = line.series.find((x) => x.period === period);
    return s && s.value !== null && statusCarriesNumber(s.status) ? s.value : null;
  });
  const refValues = line.referenceSeries.map((ref) =>
    periods.map((period) => ref.points.find((p) => p.period === period)?.value ?? null),
  );
  const all = [...areaValues, ...refValues.flat()].filter((v): v is number => v !== null && Number.isFinite(v));
  const ticks = niceTicks(all.length ? Math.max(...all) : 0);
  const top = ticks[ticks.length - 1];
  const xOf = (i: number) => (periods.length <= 1 ? PLOT.x + PLOT.width / 2 : PLOT.x + (i / (periods.length - 1)) * PLOT.width);
  const yOf = (v: number) => PLOT.y + PLOT.height - (Math.max(0, Math.min(v, top)) / top) * PLOT.height;
  const digits = ticks.some((v) => !Number.isInteger(v)) ? Math.max(digitsForUnit(unit), 1) : 0;

  const series: ChartSeries[] = [
    { name: areaName, colour: SERIES_COLOURS[0], dash: [], width: 0.8, ...seriesGeometry(areaValues, xOf, yOf) },
    ...line.referenceSeries.map((ref, i) => ({
      name: ref.areaName === areaName ? `${ref.areaName} (${lang === 'de' ? 'Referenz' : 'reference'})` : ref.areaName,
      colour: SERIES_COLOURS[(i + 1) % SERIES_COLOURS.length],
      dash: REFERENCE_DASHES[i % REFERENCE_DASHES.length],
      width: 0.5,
      ...seriesGeometry(refValues[i], xOf, yOf),
    })),
  ];

  return {
    id: line.indicator.id,
    title: `${label} (${unit === '%' ? '%' : unit})`,
    unit,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot: { ...PLOT },
    xTicks: periods.map((period, i) => ({ x: r2(xOf(i)), label: period })),
    yTicks: ticks.map((v) => ({ y: r2(yOf(v)), label: formatNumber(v, lang, digits) })),
    series,
    note: areaValues.some((v) => v === null) ? TEXTS[lang].chartNote : '',
  };
}
