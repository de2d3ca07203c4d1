import { memo, useCallback, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { brushSelection, isBrush, keysInRange, rangeFromCorners, type Range } from '../../charts/brush';
import { scatterSeries, type ScatterPoint } from '../../charts/scatter';
import type { LevelFigure } from '../../data/atlas';
import { formatNumber, digitsForUnit } from '../../core/format';
import type { Indicator, Language } from '../../core/types';
import { MAX_SELECTION } from '../../core/viewState';
import { ct } from './compareText';
import { ChartExportButtons, indicatorCaption } from '../export/ExportButtons';
import { ScatterRangeForm } from './ScatterRangeForm';
import { useIsSelected } from './selectionStore';

const NONE: ReadonlySet<string> = new Set();

interface PointShapeProps {
  cx?: number;
  cy?: number;
  payload?: ScatterPoint;
}

function label(i: Indicator, lang: Language) {
  return `${lang === 'de' ? i.labelDe : i.labelEn}${i.unit ? ` (${i.unit})` : ''}`;
}

/** One point; it alone re-renders when its area enters or leaves the selection. */
const ScatterDot = memo(function ScatterDot(props: { point: ScatterPoint; cx: number; cy: number; title: string; onToggle: (key: string) => void }) {
  const { point, onToggle } = props;
  const selected = useIsSelected(point.key);
  return (
    <circle
      data-testid="scatter-point"
      data-key={point.key}
      data-selected={selected ? 'true' : 'false'}
      cx={props.cx}
      cy={props.cy}
      r={selected ? 6 : 3.5}
      fill={selected ? '#08306b' : '#6baed6'}
      stroke={selected ? '#000' : '#fff'}
      strokeWidth={selected ? 2 : 0.5}
      style={{ cursor: 'pointer' }}
      onClick={() => onToggle(point.key)}
    >
      <title>{props.title}</title>
    </circle>
  );
});

/** The recharts scatter chart itself: its data and shape do not depend on the selection, so a toggle skips it. */
const ScatterPlot = memo(function ScatterPlot(props: {
  points: ScatterPoint[];
  line: { x: number; y: number }[];
  xName: string;
  yName: string;
  lang: Language;
  fx: (v: number) => string;
  fy: (v: number) => string;
  onToggle: (key: string) => void;
}) {
  const { points, line, xName, yName, lang, fx, fy, onToggle } = props;
  const shape = useCallback(
    (p: PointShapeProps) => {
      const point = p.payload;
      if (!point || p.cx === undefined || p.cy === undefined) return <g />;
      return <ScatterDot point={point} cx={p.cx} cy={p.cy} title={`${point.name}: x ${fx(point.x)}, y ${fy(point.y)}`} onToggle={onToggle} />;
    },
    [fx, fy, onToggle],
  );
  const formatter = useCallback((v: unknown) => (typeof v === 'number' ? formatNumber(v, lang, 1) : String(v)), [lang]);
  return (
    <ScatterChart width={520} height={340} margin={{ top: 10, right: 16, bottom: 28, left: 8 }}>
      <CartesianGrid stroke="#e3e3e3" />
      <XAxis type="number" dataKey="x" name={xName} tickFormatter={fx} domain={['auto', 'auto']}
        label={{ value: xName, position: 'insideBottom', offset: -18, fontSize: 12 }} tick={{ fontSize: 11 }} />
      <YAxis type="number" dataKey="y" name={yName} tickFormatter={fy} domain={['auto', 'auto']} width={64} tick={{ fontSize: 11 }} />
      <Tooltip isAnimationActive={false} formatter={formatter} />
      <Scatter data={points} isAnimationActive={false} shape={shape} />
      {line.length === 2 && (
        <ReferenceLine
          segment={[{ x: line[0].x, y: line[0].y }, { x: line[1].x, y: line[1].y }]}
          stroke="#444"
          strokeDasharray="5 4"
          ifOverflow="extendDomain"
        />
      )}
    </ScatterChart>
  );
});

interface Drag {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  additive: boolean;
}

/**
 * Scatter plot of two indicators with Pearson's r and the OLS line; a click on a point toggles its
 * area, dragging a rectangle selects the points inside it (the range form does the same by keyboard).
 */
export function ScatterPanel(props: {
  indicators: Indicator[];
  xId: string;
  yId: string;
  xFigures: LevelFigure[];
  yFigures: LevelFigure[];
  nameOf: (key: string) => string;
  selected: ReadonlySet<string>;
  lang: Language;
  year: string;
  onAxes: (x: string, y: string) => void;
  onToggle: (key: string) => void;
  onSelectMany: (keys: string[]) => void;
}) {
  const { indicators, xId, yId, xFigures, yFigures, nameOf, selected, lang, year, onAxes, onToggle, onSelectMany } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [brushNote, setBrushNote] = useState('');
  const x = indicators.find((i) => i.id === xId);
  const y = indicators.find((i) => i.id === yId);
  // The points do not carry the selection (each point looks it up), so they survive a toggle unchanged.
  const s = useMemo(() => scatterSeries(xFigures, yFigures, nameOf, NONE), [xFigures, yFigures, nameOf]);
  const xDigits = x ? digitsForUnit(x.unit) : 1;
  const yDigits = y ? digitsForUnit(y.unit) : 1;
  const fx = useCallback((v: number) => formatNumber(v, lang, xDigits), [lang, xDigits]);
  const fy = useCallback((v: number) => formatNumber(v, lang, yDigits), [lang, yDigits]);
  const applyBrush = (brushed: string[], additive: boolean) => {
    const result = brushSelection([...selected], brushed, additive, MAX_SELECTION);
    onSelectMany(result.keys);
    setBrushNote(`${ct(lang, 'brushResult', { n: brushed.length })}${result.capped ? ` ${ct(lang, 'brushCapped', { max: MAX_SELECTION })}` : ''}`);
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    const wrap = wrapRef.current;
    if (!wrap || e.button !== 0) return;
    const box = wrap.getBoundingClientRect();
    let current: Drag = { x0: e.clientX - box.left, y0: e.clientY - box.top, x1: e.clientX - box.left, y1: e.clientY - box.top, additive: e.shiftKey };
    const move = (m: PointerEvent) => {
      current = { ...current, x1: m.clientX - box.left, y1: m.clientY - box.top };
      setDrag(current);
    };
    const up = (u: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      current = { ...current, x1: u.clientX - box.left, y1: u.clientY - box.top };
      setDrag(null);
      const range: Range = rangeFromCorners(current.x0 + box.left, current.y0 + box.top, current.x1 + box.left, current.y1 + box.top);
      if (!isBrush(range)) return;
      const centres = Array.from(wrap.querySelectorAll<SVGCircleElement>('[data-testid="scatter-point"]')).map((c) => {
        const r = c.getBoundingClientRect();
        return { key: c.dataset.key ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      applyBrush(keysInRange(centres.filter((c) => c.key !== ''), range), current.additive);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const sources = [...new Set([x?.source, y?.source].filter((v): v is string => !!v))];
  const licences = [...new Set([x?.licence, y?.licence].filter((v): v is string => !!v))];
  const title = `${ct(lang, 'scatterTitle')}: ${y ? label(y, lang) : yId} × ${x ? label(x, lang) : xId}, ${year}`;
  const caption = x
    ? {
        ...indicatorCaption(x, year, lang, title, s.r !== null ? ct(lang, 'scatterR', { r: formatNumber(s.r, lang, 2), n: formatNumber(s.points.length, lang) }) : undefined),
        source: sources.join(' · '),
        licence: licences.join(' · '),
        synthetic: !!(x.synthetic || y?.synthetic),
      }
    : null;
  return (
    <section className="compare-panel" data-testid="scatter" aria-labelledby="scatter-title">
      <h3 id="scatter-title">{ct(lang, 'scatterTitle')}</h3>
      <div className="table-controls">
        <label>
          <span>{ct(lang, 'scatterX')}</span>
          <select data-testid="scatter-x" value={xId} onChange={(e) => onAxes(e.target.value, yId)}>
            {indicators.map((i) => <option key={i.id} value={i.id}>{label(i, lang)}</option>)}
          </select>
        </label>
        <label>
          <span>{ct(lang, 'scatterY')}</span>
          <select data-testid="scatter-y" value={yId} onChange={(e) => onAxes(xId, e.target.value)}>
            {indicators.map((i) => <option key={i.id} value={i.id}>{label(i, lang)}</option>)}
          </select>
        </label>
      </div>
      <p data-testid="scatter-r" aria-live="polite">
        {s.r !== null
          ? ct(lang, 'scatterR', { r: formatNumber(s.r, lang, 2), n: formatNumber(s.points.length, lang) })
          : ct(lang, 'scatterNoR')}
        {s.fit && (
          <span className="muted"> · {ct(lang, 'scatterFit', { m: formatNumber(s.fit.m, lang, 3), b: formatNumber(s.fit.b, lang, 2) })}</span>
        )}
      </p>
      {caption && (
        <ChartExportButtons chart="scatter" findSvg={() => wrapRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? null}
          caption={caption} fileParts={[xId, yId, year, 'streudiagramm']} ready={s.points.length > 0} />
      )}
      <p className="muted" id="scatter-brush-hint">{ct(lang, 'brushHint')}</p>
      <div ref={wrapRef} className="scatter-brush" data-testid="scatter-brush" onPointerDown={onPointerDown}
        style={{ position: 'relative', userSelect: 'none', touchAction: 'none', width: 520 }}>
      <ScatterPlot points={s.points} line={s.line} xName={x ? label(x, lang) : xId} yName={y ? label(y, lang) : yId}
        lang={lang} fx={fx} fy={fy} onToggle={onToggle} />
      {drag && (
        <div data-testid="scatter-brush-rect" aria-hidden="true" style={{
          position: 'absolute', left: Math.min(drag.x0, drag.x1), top: Math.min(drag.y0, drag.y1),
          width: Math.abs(drag.x1 - drag.x0), height: Math.abs(drag.y1 - drag.y0),
          border: '1.5px dashed #08306b', background: 'rgba(8, 48, 107, 0.08)', pointerEvents: 'none',
        }} />
      )}
      </div>
      <p data-testid="scatter-brush-result" aria-live="polite" className="muted">{brushNote}</p>
      <ScatterRangeForm points={s.points} lang={lang} onApply={(range, additive) => applyBrush(keysInRange(s.points, range), additive)} />
      <p className="muted">{ct(lang, 'scatterNote')}</p>
    </section>
  );
}
