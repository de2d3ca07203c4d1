import { useMemo, useState, type ReactNode } from 'react';
import './analysis.css';
import type { AtlasData } from '../../data/atlas';
import type { ViewState } from '../../core/viewState';
import type { AtlasMeta } from '../meta';
import type { ChoroplethData } from '../map/useChoropleth';
import { canSmooth, useClassifiedData } from './classifiedData';
import { ClassControls } from './ClassControls';
import { ClusterPanel, clusterCategories, clusterMapData } from './ClusterPanel';
import { Histogram } from './Histogram';
import { IndexProfileLine } from './IndexProfileLine';
import { ReliabilityPanel } from './ReliabilityPanel';
import { indexMapData, type IndexColourBy } from './indexMapData';
import { IndexWorkbenchPanel } from './IndexWorkbenchPanel';
import { useIndexWorkbench } from './useIndexWorkbench';
import { useLisa } from './useLisa';
import type { SmoothingMethod } from './smoothing';
import { at } from './text';

export interface AnalysisViews {
  /** What the map draws: classified choropleth, cluster colours or index classes. */
  mapData: ChoroplethData | null;
  /** The classified choropleth (legend, report). */
  classified: ChoroplethData | null;
  /** Classification controls and histogram (map view, beside the legend). */
  classPanel: ReactNode;
  /** Side panel of the cluster or index view (null in other views). */
  viewPanel: ReactNode;
  /** The legend's line naming the EB smoothing in use, or null. */
  legendNote: string | null;
  /** The selected area's index class (profile), or null. */
  profileLine: (areaKey: string | null) => ReactNode;
}

/**
 * The analysis engine in the app: classification choice (URL `class`, `k`, `breaks`) and EB
 * smoothing for the map, the LISA cluster view and the social-index workbench. App.tsx calls this
 * once and places what it returns.
 */
export function useAnalysisViews(
  atlas: AtlasData, meta: AtlasMeta, state: ViewState, base: ChoroplethData | null, onChange: (change: Partial<ViewState>) => void,
): AnalysisViews {
  const lang = state.lang;
  const [eb, setEb] = useState<SmoothingMethod>('off');
  const [fdr, setFdr] = useState(false);
  const [colourBy, setColourBy] = useState<IndexColourBy>('status');
  const classified = useClassifiedData(base, { method: state.class ?? 'quantile', classes: state.k ?? 5, breaks: state.breaks ?? null, eb });
  const lisa = useLisa(base, fdr, state.view === 'cluster');
  const workbench = useIndexWorkbench(atlas, meta, state.level, state.year, state.view === 'index');

  const categories = useMemo(
    () => (base && lisa.state.status === 'done' ? clusterCategories(base, lisa.state.result) : null),
    [base, lisa.state],
  );
  const { prepared, evaluation, method } = workbench;
  const mapData = useMemo(() => {
    if (state.view === 'cluster') return base && categories ? clusterMapData(base, categories) : classified.data;
    if (state.view === 'index' && base && prepared && evaluation) return indexMapData(base, prepared, evaluation, method, colourBy);
    return classified.data;
  }, [state.view, base, categories, classified.data, prepared, evaluation, method, colourBy]);

  const c = classified.data?.choropleth;
  const breaks = c?.classification?.breaks ?? [];
  const range: [number, number] | null = classified.values.length > 0 ? [Math.min(...classified.values), Math.max(...classified.values)] : null;
  const islandNames = useMemo(() => {
    const names = new Map(base?.boundaries.features.map((f) => [f.properties.key, f.properties.name]) ?? []);
    return classified.ebIslands.map((key) => names.get(key) ?? key);
  }, [base, classified.ebIslands]);
  const smoothing = classified.data?.smoothing?.method;
  const legendNote = smoothing ? at(lang, smoothing === 'spatial' ? 'legendEbSpatial' : 'legendEbGlobal') : null;
  const classPanel = (
    <>
      <ClassControls
        state={state} lang={lang} currentBreaks={breaks} valueRange={range} breaksRejected={classified.breaksRejected}
        canSmooth={canSmooth(base)} eb={eb} ebCount={classified.ebCount} ebIslands={islandNames} onEb={setEb} onChange={onChange}
      />
      {c && <Histogram values={classified.values} breaks={breaks} colours={c.palette.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`)} lang={lang} />}
    </>
  );
  const label = (id: string) => {
    const ind = meta.indicatorById.get(id);
    return ind ? (lang === 'de' ? ind.labelDe : ind.labelEn) : id;
  };
  let viewPanel: ReactNode = null;
  if (state.view === 'cluster') {
    viewPanel = (
      <ClusterPanel data={base} state={lisa.state} categories={categories} fdr={fdr} lang={lang}
        onFdr={setFdr} onCancel={lisa.cancel} onRestart={lisa.restart} />
    );
  } else if (state.view === 'index') {
    viewPanel = (
      <IndexWorkbenchPanel workbench={workbench} colourBy={colourBy} onColourBy={setColourBy} indicatorLabel={label} synthetic={meta.synthetic} lang={lang} />
    );
  }
  const result = workbench.result;
  const profileLine = (areaKey: string | null) => (
    <>
      <IndexProfileLine result={result} areaKey={areaKey} lang={lang} />
      <ReliabilityPanel atlas={atlas} areaKey={areaKey} year={state.year} lang={lang} />
    </>
  );
  return { mapData, classified: classified.data, classPanel, viewPanel, profileLine, legendNote };
}
