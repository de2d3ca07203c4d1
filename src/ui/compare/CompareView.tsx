import { memo, startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { ViewParams } from '../../core/viewParams';
import type { AtlasData, LevelFigure } from '../../data/atlas';
import type { Language, Level } from '../../core/types';
import type { AtlasMeta } from '../meta';
import { ChangeMaps } from './ChangeMaps';
import { ct } from './compareText';
import { CustomAreaPanel } from '../custom/CustomAreaPanel';
import { figuresOf } from './levelData';
import { RankingChart } from './RankingChart';
import { ScatterPanel } from './ScatterPanel';
import { SelectionSeriesChart } from './SelectionSeriesChart';
import { SideBySide } from './SideBySide';
import { useProfiles } from './useProfiles';
import { SelectionContext, useSelectionStore, useStableCallback } from './selectionStore';

// The profile charts follow the first five selected areas' profiles, not every render of the view.
const SeriesChart = memo(SelectionSeriesChart);
const Profiles = memo(SideBySide);

export interface CompareViewProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  level: Level;
  indicatorId: string;
  year: string;
  lang: Language;
  selection: readonly string[];
  onToggle: (key: string) => void;
  onClear: () => void;
  /** The scatter axes (`x`, `y`) and change-map years (`from`, `to`) from the URL. */
  params?: Pick<ViewParams, 'x' | 'y' | 'from' | 'to'>;
  /** Writes them back to the URL. */
  onParams?: (change: Pick<ViewParams, 'x' | 'y' | 'from' | 'to'>) => void;
  /** Replaces the linked selection with these keys (brushing on the scatter plot). */
  onSelectMany: (keys: string[]) => void;
}

/** Ranking, scatter, time series, side-by-side profiles and change maps, all linked by the selection. */
export function CompareView(props: CompareViewProps) {
  const { atlas, meta, level, indicatorId, year, lang, selection, onClear, params = {}, onParams } = props;
  // Stable identities, so that the memoised charts (about 1,000 marks each) skip a selection change.
  const onToggle = useStableCallback(props.onToggle);
  const onSelectMany = useStableCallback(props.onSelectMany);
  const indicator = meta.indicatorById.get(indicatorId);
  const withYear = useMemo(() => meta.indicators.filter((i) => (meta.periods[i.id] ?? []).includes(year)), [meta, year]);
  const [localAxes, setLocalAxes] = useState<{ x?: string; y?: string }>({});
  const has = (id: string | undefined): id is string => id !== undefined && withYear.some((i) => i.id === id);
  const wantX = onParams ? params.x : localAxes.x;
  const wantY = onParams ? params.y : localAxes.y;
  const axes = {
    x: has(wantX) ? wantX : indicatorId,
    y: has(wantY) ? wantY : (withYear.find((i) => i.id !== indicatorId)?.id ?? indicatorId),
  };
  const setAxes = (next: { x: string; y: string }) => (onParams ? onParams(next) : setLocalAxes(next));
  const [figures, setFigures] = useState<Map<string, LevelFigure[]>>(new Map());
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    const ids = [...new Set([indicatorId, axes.x, axes.y])];
    Promise.all(ids.map((id) => figuresOf(atlas, id, year, level))).then(
      (lists) => live && setFigures(new Map(ids.map((id, i) => [id, lists[i]]))),
      () => live && setError(true),
    );
    return () => {
      live = false;
    };
  }, [atlas, indicatorId, axes.x, axes.y, year, level]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const store = useSelectionStore(selected);
  const nameOf = useCallback((key: string) => meta.areaByKey.get(key)?.name ?? key, [meta]);
  const profileKeys = useMemo(() => selection.slice(0, 5), [selection]);
  const profiles = useProfiles(atlas, profileKeys, year);

  const ranking = figures.get(indicatorId);
  // The change maps (five SVG maps of ~1,000 paths) come after the ranking and scatter plot have been
  // painted, as an interruptible render: the view answers the click first.
  const [mapsShown, setMapsShown] = useState(false);
  useEffect(() => {
    if (!ranking || mapsShown) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setMapsShown(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ranking, mapsShown]);
  if (error) return <p role="alert">{ct(lang, 'loadError')}</p>;
  return (
    <section className="compare-view" data-testid="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">{ct(lang, 'compareTitle')}</h2>
      {meta.synthetic && <p className="demo-note">{ct(lang, 'demoMark')}</p>}
      <div className="selection-bar" data-testid="selection-bar" aria-live="polite">
        {selection.length === 0 ? (
          <span className="muted">{ct(lang, 'selectionNone')}</span>
        ) : (
          <>
            <strong>{ct(lang, 'selectionCount', { n: selection.length })}: </strong>
            {selection.map((key, i) => (
              <span key={key} data-testid="selection-item" data-key={key}>
                {i > 0 ? ', ' : ''}
                <button type="button" className="link-button" onClick={() => onToggle(key)} aria-label={`${nameOf(key)} ×`}>{nameOf(key)} ×</button>
              </span>
            ))}
            {' '}
            <button type="button" onClick={onClear}>{ct(lang, 'selectionClear')}</button>
          </>
        )}
      </div>
      {selection.length > 0 && <CustomAreaPanel atlas={atlas} meta={meta} year={year} lang={lang} selection={selection} />}
      {!indicator || !ranking ? (
        <p>{ct(lang, 'loading')}</p>
      ) : (
        <SelectionContext.Provider value={store}>
        <div className="compare-grid">
          <RankingChart figures={ranking} indicator={indicator} year={year} nameOf={nameOf} selected={selected} lang={lang} onToggle={onToggle} />
          <ScatterPanel
            indicators={withYear}
            xId={axes.x}
            yId={axes.y}
            xFigures={figures.get(axes.x) ?? []}
            yFigures={figures.get(axes.y) ?? []}
            nameOf={nameOf}
            selected={selected}
            lang={lang}
            year={year}
            onAxes={(x, y) => setAxes({ x, y })}
            onToggle={onToggle}
            onSelectMany={onSelectMany}
          />
          <SeriesChart profiles={profiles} indicator={indicator} lang={lang} />
          <Profiles profiles={profiles} lang={lang} />
          {mapsShown && <ChangeMaps
            key={`${indicatorId}:${level}`}
            atlas={atlas}
            level={level}
            indicator={indicator}
            periods={meta.periods[indicatorId] ?? []}
            from={params.from}
            to={params.to}
            onYears={onParams ? (from, to) => onParams({ from, to }) : undefined}
            selected={selected}
            lang={lang}
            onToggle={onToggle}
          />}
        </div>
        </SelectionContext.Provider>
      )}
    </section>
  );
}
