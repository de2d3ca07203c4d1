import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { scatterSeries, type ScatterPoint } from '../../charts/scatter';
import type { LevelFigure } from '../../data/atlas';
import { formatNumber, digitsForUnit } from '../../core/format';
import type { Indicator, Language } from '../../core/types';
import { ct } from './compareText';

interface PointShapeProps {
  cx?: number;
  cy?: number;
  payload?: ScatterPoint;
}

function label(i: Indicator, lang: Language) {
  return `${lang === 'de' ? i.labelDe : i.labelEn}${i.unit ? ` (${i.unit})` : ''}`;
}

/** Scatter plot of two indicators with Pearson's r and the OLS line; a click on a point toggles its area. */
export function ScatterPanel(props: {
  indicators: Indicator[];
  xId: string;
  yId: string;
  xFigures: LevelFigure[];
  yFigures: LevelFigure[];
  nameOf: (key: string) => string;
  selected: ReadonlySet<string>;
  lang: Language;
  onAxes: (x: string, y: string) => void;
  onToggle: (key: string) => void;
}) {
  const { indicators, xId, yId, xFigures, yFigures, nameOf, selected, lang, onAxes, onToggle } = props;
  const x = indicators.find((i) => i.id === xId);
  const y = indicators.find((i) => i.id === yId);
  const s = scatterSeries(xFigures, yFigures, nameOf, selected);
  const fx = (v: number) => formatNumber(v, lang, x ? digitsForUnit(x.unit) : 1);
  const fy = (v: number) => formatNumber(v, lang, y ? digitsForUnit(y.unit) : 1);
  const shape = (p: PointShapeProps) => {
    const point = p.payload;
    if (!point || p.cx === undefined || p.cy === undefined) return <g />;
    return (
      <circle
        data-testid="scatter-point"
        data-key={point.key}
        data-selected={point.selected ? 'true' : 'false'}
        cx={p.cx}
        cy={p.cy}
        r={point.selected ? 6 : 3.5}
        fill={point.selected ? '#08306b' : '#6baed6'}
        stroke={point.selected ? '#000' : '#fff'}
        strokeWidth={point.selected ? 2 : 0.5}
        style={{ cursor: 'pointer' }}
        onClick={() => onToggle(point.key)}
      >
        <title>{`${point.name}: x ${fx(point.x)}, y ${fy(point.y)}`}</title>
      </circle>
    );
  };
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
      <ScatterChart width={520} height={340} margin={{ top: 10, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid stroke="#e3e3e3" />
        <XAxis type="number" dataKey="x" name={x ? label(x, lang) : xId} tickFormatter={fx} domain={['auto', 'auto']}
          label={{ value: x ? label(x, lang) : xId, position: 'insideBottom', offset: -18, fontSize: 12 }} tick={{ fontSize: 11 }} />
        <YAxis type="number" dataKey="y" name={y ? label(y, lang) : yId} tickFormatter={fy} domain={['auto', 'auto']} width={64} tick={{ fontSize: 11 }} />
        <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatNumber(v, lang, 1) : String(v))} />
        <Scatter data={s.points} isAnimationActive={false} shape={shape} />
        {s.line.length === 2 && (
          <ReferenceLine
            segment={[{ x: s.line[0].x, y: s.line[0].y }, { x: s.line[1].x, y: s.line[1].y }]}
            stroke="#444"
            strokeDasharray="5 4"
            ifOverflow="extendDomain"
          />
        )}
      </ScatterChart>
      <p className="muted">{ct(lang, 'scatterNote')}</p>
    </section>
  );
}
