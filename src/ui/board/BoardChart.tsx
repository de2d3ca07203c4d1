import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { StoryStep } from '../../core/story';
import type { Indicator, Language } from '../../core/types';
import type { AtlasData, LevelFigure } from '../../data/atlas';
import type { LegendModel } from '../../map/legend';
import { figuresOf } from '../compare/levelData';
import { RankingChart } from '../compare/RankingChart';
import { SelectionSeriesChart } from '../compare/SelectionSeriesChart';
import { useProfiles } from '../compare/useProfiles';
import type { AtlasMeta } from '../meta';
import { bt } from './boardText';

/**
 * The chart of a chart step: the ranking of all areas (or, with "classes instead of single values",
 * the number of areas per class), or the time series of the step's selection.
 */
export function BoardChart(props: {
  atlas: AtlasData;
  meta: AtlasMeta;
  step: StoryStep;
  indicator: Indicator;
  legend: LegendModel | null;
  lang: Language;
  onToggle: (key: string) => void;
}) {
  const { atlas, meta, step, indicator, legend, lang, onToggle } = props;
  const [figures, setFigures] = useState<LevelFigure[] | null>(null);
  const profiles = useProfiles(atlas, step.visual === 'series' ? step.sel : [], step.year);
  useEffect(() => {
    if (step.visual !== 'ranking') return;
    let live = true;
    setFigures(null);
    figuresOf(atlas, indicator.id, step.year, step.level).then(
      (f) => live && setFigures(f),
      () => live && setFigures([]),
    );
    return () => {
      live = false;
    };
  }, [atlas, indicator.id, step.year, step.level, step.visual]);

  if (step.visual === 'series') {
    if (step.sel.length === 0) return <p className="board-chart-note">{bt(lang, 'seriesNone')}</p>;
    return <SelectionSeriesChart profiles={profiles} indicator={indicator} lang={lang} />;
  }
  if (step.aggregated) return <ClassCountChart legend={legend} indicator={indicator} year={step.year} lang={lang} />;
  if (figures === null) return <p className="board-chart-note" role="status">{bt(lang, 'chartLoading')}</p>;
  const nameOf = (key: string) => meta.areaByKey.get(key)?.name ?? key;
  return (
    <RankingChart figures={figures} indicator={indicator} year={step.year} nameOf={nameOf} selected={new Set(step.sel)} lang={lang} onToggle={onToggle} />
  );
}

/** Areas per class (1 = lowest): the aggregated view that shows no single area's value. */
function ClassCountChart({ legend, indicator, year, lang }: { legend: LegendModel | null; indicator: Indicator; year: string; lang: Language }) {
  if (!legend || legend.classes.length === 0) return <p className="board-chart-note" role="status">{bt(lang, 'chartLoading')}</p>;
  const k = legend.classes.length;
  const rows = legend.classes.map((c, i) => ({ name: bt(lang, 'classOf', { n: i + 1, k }), count: c.count, colour: c.colour }));
  const label = lang === 'de' ? indicator.labelDe : indicator.labelEn;
  return (
    <section className="compare-panel" data-testid="board-class-chart" aria-labelledby="board-class-title">
      <h3 id="board-class-title">{bt(lang, 'classRanking', { indicator: label, year })}</h3>
      <BarChart width={Math.max(420, k * 110)} height={260} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#e3e3e3" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} />
        <YAxis width={48} allowDecimals={false} tick={{ fontSize: 12 }} />
        <Bar dataKey="count" isAnimationActive={false} fill="#2c7fb8" />
      </BarChart>
      <ul className="board-class-list">
        {rows.map((r) => <li key={r.name}>{`${r.name}: ${r.count}`}</li>)}
      </ul>
    </section>
  );
}
