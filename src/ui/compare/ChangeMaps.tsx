import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { quantile } from 'simple-statistics';
import { changeFigures, type ChangeMode } from '../../charts/timeseries';
import type { AreaFeatureCollection, AtlasData, LevelFigure } from '../../data/atlas';
import { figureNumber } from '../../map/choropleth';
import { boundsOf, fitProjection, projectRing, ringsOf, ringsToPath, type LonLatBox } from '../../report/projection';
import { formatNumber } from '../../core/format';
import type { Indicator, Language, Level } from '../../core/types';
import { boundariesOf } from '../map/boundaryCache';
import { ct } from './compareText';
import { ChartExportButtons, indicatorCaption } from '../export/ExportButtons';
import type { LegendModel } from '../../map/legend';
import { figuresOf } from './levelData';

/** Colour-blind-safe diverging classes (blue = decrease, orange = increase), grey for no value. */
const DIVERGING = ['#2166ac', '#92c5de', '#f7f7f7', '#fdb863', '#b35806'];
/** Sequential blues for the small multiples (no red-to-green). */
const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const NO_DATA = '#d9d9d9';

function unionBox(features: AreaFeatureCollection['features']): LonLatBox | null {
  let box: LonLatBox | null = null;
  for (const f of features) {
    const b = boundsOf(f.geometry);
    if (!b) continue;
    box = box
      ? { minLon: Math.min(box.minLon, b.minLon), minLat: Math.min(box.minLat, b.minLat), maxLon: Math.max(box.maxLon, b.maxLon), maxLat: Math.max(box.maxLat, b.maxLat) }
      : b;
  }
  return box;
}

interface AreaPath {
  key: string;
  name: string;
  d: string;
}

/** Projected paths per boundary collection and box size: computed once, not on every visit of the view. */
const projected = new WeakMap<AreaFeatureCollection, Map<string, AreaPath[]>>();

function projectedPaths(fc: AreaFeatureCollection, width: number, height: number): AreaPath[] | null {
  let bySize = projected.get(fc);
  if (!bySize) projected.set(fc, (bySize = new Map()));
  const id = `${width}x${height}`;
  const cached = bySize.get(id);
  if (cached) return cached;
  const box = unionBox(fc.features);
  if (!box) return null;
  const projection = fitProjection(box, width, height, 0.02);
  const paths = fc.features.map((f) => ({
    key: f.properties.key,
    name: f.properties.name,
    d: ringsToPath(ringsOf(f.geometry).map((r) => projectRing(r, projection, 0.4)).filter((r) => r.length > 0)),
  }));
  bySize.set(id, paths);
  return paths;
}

/** SVG paths of a level's areas in a width × height box (the same projection for every small map). */
function usePaths(atlas: AtlasData, level: Level, width: number, height: number) {
  const [paths, setPaths] = useState<AreaPath[]>([]);
  useEffect(() => {
    let live = true;
    boundariesOf(atlas, level).then((fc) => {
      const next = live ? projectedPaths(fc, width, height) : null;
      // ~1,000 paths per map: an interruptible render, so that clicks meanwhile are answered.
      if (next && live) startTransition(() => setPaths(next));
    }, () => {});
    return () => {
      live = false;
    };
  }, [atlas, level, width, height]);
  return paths;
}

function classOf(value: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && value > breaks[i]) i++;
  return i;
}

/**
 * A change map between two chosen years (difference or percent) and small multiples of the
 * indicator over several years, as SVG maps; selected areas are outlined, a click toggles them.
 */
export function ChangeMaps(props: {
  atlas: AtlasData;
  level: Level;
  indicator: Indicator;
  periods: string[];
  /** The years from the URL; absent or unknown → first and last period. */
  from?: string;
  to?: string;
  /** Writes the chosen years (to the URL); without it they stay local. */
  onYears?: (from: string, to: string) => void;
  selected: ReadonlySet<string>;
  lang: Language;
  onToggle: (key: string) => void;
}) {
  const { atlas, level, indicator, periods, selected, lang, onToggle, onYears } = props;
  const [local, setLocal] = useState<{ from?: string; to?: string }>({});
  const wantFrom = onYears ? props.from : local.from;
  const wantTo = onYears ? props.to : local.to;
  const from = wantFrom !== undefined && periods.includes(wantFrom) ? wantFrom : (periods[0] ?? '');
  const to = wantTo !== undefined && periods.includes(wantTo) ? wantTo : (periods[periods.length - 1] ?? '');
  const setYears = (f: string, t: string) => (onYears ? onYears(f, t) : setLocal({ from: f, to: t }));
  const [mode, setMode] = useState<ChangeMode>(indicator.unit === '%' ? 'points' : 'percent');
  const multiYears = useMemo(() => {
    if (periods.length <= 4) return periods;
    const step = (periods.length - 1) / 3;
    return [0, 1, 2, 3].map((i) => periods[Math.round(i * step)]);
  }, [periods]);
  const [figures, setFigures] = useState<Map<string, LevelFigure[]>>(new Map());
  useEffect(() => {
    let live = true;
    const years = [...new Set([from, to, ...multiYears])].filter(Boolean);
    Promise.all(years.map((y) => figuresOf(atlas, indicator.id, y, level))).then((lists) => {
      if (live) startTransition(() => setFigures(new Map(years.map((y, i) => [y, lists[i]]))));
    }, () => {});
    return () => {
      live = false;
    };
  }, [atlas, indicator.id, level, from, to, multiYears]);
  const big = usePaths(atlas, level, 360, 300);
  const small = usePaths(atlas, level, 170, 140);

  const change = useMemo(() => {
    const a = figures.get(from);
    const b = figures.get(to);
    return a && b ? changeFigures(a, b, mode) : [];
  }, [figures, from, to, mode]);
  const { changeByKey, numbers, changeBreaks } = useMemo(() => {
    const numbers = change.map((c) => c.value).filter((v): v is number => v !== null);
    const maxAbs = Math.max(0, ...numbers.map(Math.abs));
    return {
      changeByKey: new Map(change.map((c) => [c.areaKey, c.value])),
      numbers,
      changeBreaks: [-maxAbs * 0.5, -maxAbs * 0.05, maxAbs * 0.05, maxAbs * 0.5],
    };
  }, [change]);
  const up = numbers.filter((v) => v > 0).length;
  const down = numbers.filter((v) => v < 0).length;
  const unit = mode === 'percent' ? '%' : indicator.unit === '%' ? (lang === 'de' ? 'Pp.' : 'pp') : indicator.unit;
  const fmt = useCallback((v: number) => `${v > 0 ? '+' : ''}${formatNumber(v, lang, 1)} ${unit}`.trim(), [lang, unit]);

  const seqBreaks = useMemo(() => {
    const allValues = multiYears.flatMap((y) => (figures.get(y) ?? []).map((f) => figureNumber(f))).filter((v): v is number => v !== null);
    return allValues.length > 4 ? [0.2, 0.4, 0.6, 0.8].map((p) => quantile(allValues, p)) : [];
  }, [figures, multiYears]);

  // The ~1,000 area paths of each map do not depend on the selection (the same elements survive a
  // toggle); the selected areas are outlined by a few extra paths drawn on top.
  const bigPaths = useMemo(
    () =>
      big.map((p) => {
        const v = changeByKey.get(p.key);
        const fill = v === null || v === undefined ? NO_DATA : DIVERGING[classOf(v, changeBreaks)];
        return (
          <path key={p.key} d={p.d} fill={fill} stroke="#777" strokeWidth={0.4} onClick={() => onToggle(p.key)} style={{ cursor: 'pointer' }}>
            <title>{`${p.name}: ${v === null || v === undefined ? ct(lang, 'changeNone') : fmt(v)}`}</title>
          </path>
        );
      }),
    [big, changeByKey, changeBreaks, fmt, lang, onToggle],
  );
  const smallPaths = useMemo(
    () =>
      new Map(
        multiYears.map((year) => {
          const byKey = new Map((figures.get(year) ?? []).map((f) => [f.areaKey, figureNumber(f)]));
          return [
            year,
            small.map((p) => {
              const v = byKey.get(p.key);
              const fill = v === null || v === undefined ? NO_DATA : SEQUENTIAL[classOf(v, seqBreaks)];
              return <path key={p.key} d={p.d} fill={fill} stroke="#999" strokeWidth={0.3} />;
            }),
          ];
        }),
      ),
    [small, figures, multiYears, seqBreaks],
  );
  const outlines = (paths: { key: string; d: string }[], width: number) =>
    paths
      .filter((p) => selected.has(p.key))
      .map((p) => <path key={`selected-${p.key}`} d={p.d} fill="none" stroke="#000" strokeWidth={width} pointerEvents="none" data-selected-outline={p.key} />);
  const label = lang === 'de' ? indicator.labelDe : indicator.labelEn;
  const changeSvg = useRef<SVGSVGElement>(null);
  const legendClasses = [
    { colour: DIVERGING[0], label: `${ct(lang, 'changeDown')} (≤ ${fmt(changeBreaks[0])})` },
    { colour: DIVERGING[2], label: `± ${fmt(changeBreaks[2])}` },
    { colour: DIVERGING[4], label: `${ct(lang, 'changeUp')} (> ${fmt(changeBreaks[3])})` },
  ];
  const changeLegend: LegendModel = {
    indicatorId: indicator.id, title: mode === 'points' ? ct(lang, 'changePoints') : ct(lang, 'changePercent'), unit: '', period: `${from}–${to}`,
    referenceDate: to, source: indicator.source, attribution: indicator.attribution, licence: indicator.licence,
    method: null, classCount: legendClasses.length,
    classes: legendClasses.map((c) => ({ ...c, lower: 0, upper: 0, count: 0 })),
    noData: { colour: NO_DATA, count: change.length - numbers.length }, secret: { colour: NO_DATA, count: 0 },
    synthetic: indicator.synthetic,
  };

  const multiplesRef = useRef<HTMLDivElement>(null);
  const seqLabel = (i: number) => {
    const v = (x: number) => `${formatNumber(x, lang, 1)} ${indicator.unit}`.trim();
    if (i === 0) return `≤ ${v(seqBreaks[0])}`;
    if (i === SEQUENTIAL.length - 1) return `> ${v(seqBreaks[seqBreaks.length - 1])}`;
    return `${v(seqBreaks[i - 1])} – ${v(seqBreaks[i])}`;
  };
  const multiplesClasses = seqBreaks.length === SEQUENTIAL.length - 1 ? SEQUENTIAL.map((colour, i) => ({ colour, label: seqLabel(i) })) : [];
  const multiplesLegend: LegendModel = {
    ...changeLegend, title: label, unit: indicator.unit, period: `${multiYears[0] ?? ''}–${multiYears[multiYears.length - 1] ?? ''}`,
    referenceDate: multiYears[multiYears.length - 1] ?? to, classCount: multiplesClasses.length,
    classes: multiplesClasses.map((c) => ({ ...c, lower: 0, upper: 0, count: 0 })),
  };

  return (
    // Below the charts, usually off screen: the browser skips laying out and painting its ~5,000 paths
    // until it is scrolled near (the elements exist, so export and text reading are unaffected).
    <section className="compare-panel" data-testid="change-map" aria-labelledby="change-title"
      style={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 900px' }}>
      <h3 id="change-title">{ct(lang, 'changeTitle')}: {label}</h3>
      <div className="table-controls">
        <label><span>{ct(lang, 'changeFrom')}</span>
          <select data-testid="change-from" value={from} onChange={(e) => setYears(e.target.value, to)}>
            {periods.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label><span>{ct(lang, 'changeTo')}</span>
          <select data-testid="change-to" value={to} onChange={(e) => setYears(from, e.target.value)}>
            {periods.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label><span>{ct(lang, 'changeMode')}</span>
          <select data-testid="change-mode" value={mode} onChange={(e) => setMode(e.target.value as ChangeMode)}>
            <option value="points">{ct(lang, 'changePoints')}</option>
            <option value="percent">{ct(lang, 'changePercent')}</option>
          </select>
        </label>
      </div>
      <p data-testid="change-summary">{ct(lang, 'changeSummary', { up, down, none: change.length - numbers.length })}</p>
      <ChartExportButtons chart="change" findSvg={() => changeSvg.current} ready={change.length > 0}
        caption={{ ...indicatorCaption(indicator, to, lang, `${ct(lang, 'changeTitle')}: ${label} ${from}–${to}`), legend: changeLegend }}
        fileParts={[indicator.id, from, to, 'veraenderung']} />
      <svg ref={changeSvg} width={360} height={300} role="img" aria-label={`${ct(lang, 'changeTitle')}: ${label} ${from}–${to}`} className="svg-map">
        {bigPaths}
        {outlines(big, 2)}
      </svg>
      <ul className="change-legend">
        <li><span className="swatch" style={{ background: DIVERGING[0] }} aria-hidden="true" /> {ct(lang, 'changeDown')} (≤ {fmt(changeBreaks[0])})</li>
        <li><span className="swatch" style={{ background: DIVERGING[2] }} aria-hidden="true" /> ± {fmt(changeBreaks[2])}</li>
        <li><span className="swatch" style={{ background: DIVERGING[4] }} aria-hidden="true" /> {ct(lang, 'changeUp')} (&gt; {fmt(changeBreaks[3])})</li>
        <li><span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" /> {ct(lang, 'changeNone')}</li>
      </ul>
      <h4>{ct(lang, 'changeMaps', { indicator: label })}</h4>
      <ChartExportButtons chart="multiples" findSvg={() => multiplesSvg(multiplesRef.current)} ready={multiplesClasses.length > 0}
        caption={{ ...indicatorCaption(indicator, multiYears[multiYears.length - 1] ?? to, lang, ct(lang, 'changeMaps', { indicator: label })), legend: multiplesLegend }}
        fileParts={[indicator.id, multiYears[0] ?? from, multiYears[multiYears.length - 1] ?? to, 'kleine-vielfache']} />
      <ul className="change-legend" data-testid="small-multiples-legend">
        {multiplesClasses.map((c) => (
          <li key={c.colour}><span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.label}</li>
        ))}
        <li><span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" /> {ct(lang, 'changeNone')}</li>
      </ul>
      <div className="small-multiples" data-testid="small-multiples" ref={multiplesRef}>
        {multiYears.map((year) => {
          return (
            <figure key={year}>
              <svg width={170} height={140} role="img" aria-label={`${label} ${year}`} className="svg-map">
                {smallPaths.get(year)}
                {outlines(small, 1.5)}
              </svg>
              <figcaption>{year}</figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}

/** The small multiples as one SVG grid (each map with its year below), for the image export. */
function multiplesSvg(root: HTMLElement | null): SVGSVGElement | null {
  if (!root) return null;
  const figures = Array.from(root.querySelectorAll('figure'));
  if (figures.length === 0) return null;
  const ns = 'http://www.w3.org/2000/svg';
  const [w, h, caption] = [170, 140, 18];
  const columns = Math.min(4, figures.length);
  const grid = document.createElementNS(ns, 'svg');
  grid.setAttribute('width', String(columns * w));
  grid.setAttribute('height', String(Math.ceil(figures.length / columns) * (h + caption)));
  figures.forEach((figure, i) => {
    const cell = document.createElementNS(ns, 'g');
    cell.setAttribute('transform', `translate(${(i % columns) * w},${Math.floor(i / columns) * (h + caption)})`);
    for (const child of Array.from(figure.querySelector('svg')?.children ?? [])) cell.appendChild(child.cloneNode(true));
    const year = document.createElementNS(ns, 'text');
    year.setAttribute('x', String(w / 2));
    year.setAttribute('y', String(h + 13));
    year.setAttribute('text-anchor', 'middle');
    year.setAttribute('font-size', '12');
    year.setAttribute('font-family', 'sans-serif');
    year.textContent = figure.querySelector('figcaption')?.textContent ?? '';
    cell.appendChild(year);
    grid.appendChild(cell);
  });
  return grid;
}
