import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { rankingSeries, type RankingBar } from '../../charts/ranking';
import type { LevelFigure } from '../../data/atlas';
import { formatValue, formatNumber, digitsForUnit } from '../../core/format';
import type { Indicator, Language } from '../../core/types';
import { ct } from './compareText';
import { ChartExportButtons, indicatorCaption } from '../export/ExportButtons';

const BAR = '#9ebcda';
const BAR_SELECTED = '#08306b';

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: RankingBar;
}

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
  onToggle: (key: string) => void;
}) {
  const { figures, indicator, year, nameOf, selected, lang, onToggle } = props;
  const series = rankingSeries(figures, nameOf, selected);
  const label = lang === 'de' ? indicator.labelDe : indicator.labelEn;
  const digits = digitsForUnit(indicator.unit);
  const width = Math.max(480, Math.min(1100, series.bars.length * 14 + 80));
  const shape = (p: BarShapeProps) => {
    const bar = p.payload;
    if (!bar) return <g />;
    const h = Math.max(p.height ?? 0, 1);
    return (
      <rect
        data-testid="ranking-bar"
        data-key={bar.key}
        data-selected={bar.selected ? 'true' : 'false'}
        x={p.x}
        y={(p.y ?? 0) + (p.height ?? 0) - h}
        width={Math.max(p.width ?? 1, 1)}
        height={h}
        fill={bar.selected ? BAR_SELECTED : BAR}
        stroke={bar.selected ? '#000' : 'none'}
        strokeWidth={bar.selected ? 1.5 : 0}
        style={{ cursor: 'pointer' }}
        onClick={() => onToggle(bar.key)}
      >
        <title>{`${bar.name}: ${formatValue(bar.value, indicator.unit, lang)} (${ct(lang, 'rank')} ${bar.rank})`}</title>
      </rect>
    );
  };
  const selectedBars = series.bars.filter((b) => b.selected);
  return (
    <section className="compare-panel" data-testid="ranking-chart" aria-labelledby="ranking-title">
      <h3 id="ranking-title">{ct(lang, 'rankingTitle', { indicator: label, year })}</h3>
      <p className="muted">{ct(lang, 'rankingNote')}</p>
      <ChartExportButtons chart="ranking" findSvg={() => document.querySelector('[data-testid="ranking-chart"] .recharts-wrapper > svg')}
        caption={indicatorCaption(indicator, year, lang, ct(lang, 'rankingTitle', { indicator: label, year }))} fileParts={[indicator.id, year, 'rangfolge']} />
      <div className="chart-scroll">
        <BarChart width={width} height={240} data={series.bars} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis dataKey="name" tick={false} height={4} />
          <YAxis width={64} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v, lang, digits)} />
          <Tooltip
            isAnimationActive={false}
            formatter={(v) => (typeof v === 'number' ? formatValue(v, indicator.unit, lang) : String(v))}
          />
          <Bar dataKey="value" name={label} isAnimationActive={false} shape={shape} />
        </BarChart>
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
