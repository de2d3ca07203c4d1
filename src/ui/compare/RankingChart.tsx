import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { rankingSeries, type RankingBar } from '../../charts/ranking';
import type { LevelFigure } from '../../data/atlas';
import { formatValue, formatNumber, digitsForUnit } from '../../core/format';
import type { Indicator, Language } from '../../core/types';
import { ct } from './compareText';
import { ChartExportButtons, indicatorCaption } from '../export/ExportButtons';
import { useIsSelected } from './selectionStore';

const BAR = '#9ebcda';
const BAR_SELECTED = '#08306b';
const NONE: ReadonlySet<string> = new Set();

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: RankingBar;
}

/** One bar; it alone re-renders when its area enters or leaves the selection. */
const RankingRect = memo(function RankingRect(props: {
  bar: RankingBar;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  onToggle: (key: string) => void;
}) {
  const { bar, onToggle } = props;
  const selected = useIsSelected(bar.key);
  return (
    <rect
      data-testid="ranking-bar"
      data-key={bar.key}
      data-selected={selected ? 'true' : 'false'}
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      fill={selected ? BAR_SELECTED : BAR}
      stroke={selected ? '#000' : 'none'}
      strokeWidth={selected ? 1.5 : 0}
      style={{ cursor: 'pointer' }}
      onClick={() => onToggle(bar.key)}
    >
      <title>{props.title}</title>
    </rect>
  );
});

/** The recharts bar chart itself: its data and shape do not depend on the selection, so a toggle skips it. */
const RankingBars = memo(function RankingBars(props: {
  bars: RankingBar[];
  indicator: Indicator;
  label: string;
  lang: Language;
  onToggle: (key: string) => void;
}) {
  const { bars, indicator, label, lang, onToggle } = props;
  const digits = digitsForUnit(indicator.unit);
  const width = Math.max(480, Math.min(1100, bars.length * 14 + 80));
  const shape = useCallback(
    (p: BarShapeProps) => {
      const bar = p.payload;
      if (!bar) return <g />;
      const h = Math.max(p.height ?? 0, 1);
      return (
        <RankingRect
          bar={bar}
          x={p.x ?? 0}
          y={(p.y ?? 0) + (p.height ?? 0) - h}
          width={Math.max(p.width ?? 1, 1)}
          height={h}
          title={`${bar.name}: ${formatValue(bar.value, indicator.unit, lang)} (${ct(lang, 'rank')} ${bar.rank})`}
          onToggle={onToggle}
        />
      );
    },
    [indicator.unit, lang, onToggle],
  );
  const tickFormatter = useCallback((v: number) => formatNumber(v, lang, digits), [lang, digits]);
  const formatter = useCallback((v: unknown) => (typeof v === 'number' ? formatValue(v, indicator.unit, lang) : String(v)), [indicator.unit, lang]);
  return (
    <BarChart width={width} height={240} data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="#e3e3e3" vertical={false} />
      <XAxis dataKey="name" tick={false} height={4} />
      <YAxis width={64} tick={{ fontSize: 11 }} tickFormatter={tickFormatter} />
      <Tooltip isAnimationActive={false} formatter={formatter} />
      <Bar dataKey="value" name={label} isAnimationActive={false} shape={shape} />
    </BarChart>
  );
});

/**
 * Ranking bar chart of the current indicator; selected areas dark and outlined (and listed in text
 * below), a click on a bar toggles its area in the selection.
 */
export function RankingChart(props: {
  figures: LevelFigure[];
  indicator: Indicator;
  year: string;
  nameOf: (key: string) => string;
  selected: ReadonlySet<string>;
  lang: Language;
  /** Keep it stable (one identity): the chart re-renders when it changes. */
  onToggle: (key: string) => void;
}) {
  const { figures, indicator, year, nameOf, selected, lang, onToggle } = props;
  // The bars do not carry the selection (each bar looks it up), so they survive a toggle unchanged.
  const series = useMemo(() => rankingSeries(figures, nameOf, NONE), [figures, nameOf]);
  const label = lang === 'de' ? indicator.labelDe : indicator.labelEn;
  const selectedBars = series.bars.filter((b) => selected.has(b.key));
  return (
    <section className="compare-panel" data-testid="ranking-chart" aria-labelledby="ranking-title">
      <h3 id="ranking-title">{ct(lang, 'rankingTitle', { indicator: label, year })}</h3>
      <p className="muted">{ct(lang, 'rankingNote')}</p>
      <ChartExportButtons chart="ranking" findSvg={() => document.querySelector('[data-testid="ranking-chart"] .recharts-wrapper > svg')}
        caption={indicatorCaption(indicator, year, lang, ct(lang, 'rankingTitle', { indicator: label, year }))} fileParts={[indicator.id, year, 'rangfolge']} />
      <div className="chart-scroll">
        <RankingBars bars={series.bars} indicator={indicator} label={label} lang={lang} onToggle={onToggle} />
      </div>
      {series.withoutNumber.length > 0 && <p className="muted">{ct(lang, 'rankingWithout', { n: series.withoutNumber.length })}</p>}
      {selectedBars.length > 0 && (
        <ol className="ranking-selected" data-testid="ranking-selected">
          {selectedBars.map((b) => (
            <li key={b.key} data-key={b.key}>
              {`${b.name}: ${formatValue(b.value, indicator.unit, lang)} – ${ct(lang, 'rank')} ${b.rank} / ${series.bars.length}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
