import { useCallback, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlas';
import type { WorkspaceController } from '../data/workspace/workspace';
import { buildLegend } from '../map/legend';
import { MAP_VIEWS, mapLevels, toggleSelection } from '../core/viewState';
import { useAnalysisViews } from './analysis/useAnalysisViews';
import { Header } from './Header';
import { ImportView } from './import/ImportView';
import { WorkspaceBanner } from './import/WorkspaceBanner';
import { AtlasMap } from './map/AtlasMap';
import { Legend } from './map/Legend';
import { useChoropleth } from './map/useChoropleth';
import { knownValues, type AtlasMeta } from './meta';
import { Notices } from './Notices';
import { ProfileSummary } from './profile/ProfileSummary';
import { ProfileView } from './profile/ProfileView';
import { useViewState } from './useViewState';
import { useCoverageView } from './coverage/useCoverageView';
import { CompareView } from './compare/CompareView';
import { MapExportButton } from './export/ExportButtons';
import { SimilarAreas } from './custom/SimilarAreas';
import { MapPickBar } from './custom/MapPickBar';
import { useMapPick } from './custom/mapPick';
import { TableView } from './table/TableView';
import { RoundingSetting } from './disclosure/RoundingSetting';
import { BoardView } from './board/BoardView';
import { ReportView } from './views/ReportView';

/**
 * The dashboard: header with the choices, the map (always mounted, so that it keeps its camera and
 * the app's readiness does not depend on the first view), and the profile or report view over it.
 */
export interface AppProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  /** The user's own datasets (import view); absent when the composition root offers none. */
  workspace?: WorkspaceController;
  onWorkspaceChange?: () => Promise<void>;
  /** Change the disclosure rule's rounding (absent: the rules are fixed). */
  onRounding?: (rounding: 5 | 10 | null) => void;
}

export function App({ atlas, meta, workspace, onWorkspaceChange, onRounding }: AppProps) {
  const known = useMemo(() => knownValues(meta), [meta]);
  const { state, notices, update, dismissNotices } = useViewState(known);
  const [ready, setReady] = useState(false);
  const [showProgrammes, setShowProgrammes] = useState(true);
  const [showProjects, setShowProjects] = useState(true);
  const lang = state.lang;
  const indicator = meta.indicatorById.get(state.indicator);
  const { data: baseData, error } = useChoropleth(atlas, state.level, indicator, state.year);
  const analysis = useAnalysisViews(atlas, meta, state, baseData, update);
  const coverage = useCoverageView(atlas, meta, state, baseData, update);
  const data = analysis.classified;
  const legend = useMemo(
    () => (data ? buildLegend(data.indicator, data.year, data.choropleth, lang) : null),
    [data, lang],
  );
  const selected = state.area ? (meta.areaByKey.get(state.area) ?? null) : null;
  const classification = data?.choropleth.classification;
  const reportBreaks =
    data && selected && classification && classification.closed === 'left' && data.level === selected.level &&
    data.indicator.id === state.indicator && data.year === state.year
      ? classification.breaks
      : undefined;
  const onSelect = useCallback((key: string) => update({ area: key }), [update]);
  const onFirstRender = useCallback(() => setReady(true), []);
  const selection = state.sel ?? [];
  const onToggle = useCallback((key: string) => update({ sel: toggleSelection(state.sel, key) }), [update, state.sel]);
  // Board mode shows the map for map steps and covers it for chart steps.
  const [boardMap, setBoardMap] = useState(true);
  const covered = !MAP_VIEWS.includes(state.view) && !(state.view === 'board' && boardMap);
  // Picking a custom area's centre or drawing its polygon uncovers the map (the view waits, hidden).
  const picking = useMapPick().mode !== 'idle';
  const mapCovered = covered && !picking;
  // The covered map keeps the selection it showed last: redrawing the hidden WebGL map for every
  // toggle in the table or charts cost seconds on a software GPU. It catches up when shown again.
  const mapSelection = useRef(selection);
  if (!mapCovered) mapSelection.current = selection;

  return (
    <div data-testid="app" className="app" data-ready={ready ? 'true' : 'false'} lang={lang}>
      <Header
        state={state}
        levels={mapLevels(known)}
        indicators={meta.indicators}
        years={meta.periods[state.indicator] ?? []}
        areas={meta.areas}
        selected={selected}
        synthetic={meta.synthetic}
        onChange={update}
      />
      <Notices notices={notices} lang={lang} onDismiss={dismissNotices} />
      {workspace && <WorkspaceBanner workspace={workspace} lang={lang} />}
      {error && <p className="notice" role="alert">{error}</p>}
      <main className="app-main">
        <div className={`map-view${mapCovered ? ' covered' : ''}`}>
          <AtlasMap
            atlas={atlas}
            meta={meta}
            data={coverage.mapData ?? analysis.mapData}
            extraLayers={coverage.layers}
            selectedKey={state.area}
            selectedKeys={mapSelection.current}
            showProgrammes={showProgrammes}
            showProjects={showProjects}
            lang={lang}
            covered={mapCovered}
            onSelect={onSelect}
            onToggleSelection={onToggle}
            onFirstRender={onFirstRender}
          />
          {picking && <MapPickBar lang={lang} />}
          {coverage.panel && <aside className="sidebar sidebar-coverage">{coverage.panel}</aside>}
          {analysis.viewPanel && <aside className={`sidebar sidebar-${state.view}`}>{analysis.viewPanel}</aside>}
          {state.view === 'map' && (
            <aside className="sidebar">
              <Legend
                legend={legend}
                lang={lang}
                showProgrammes={showProgrammes}
                showProjects={showProjects}
                onShowProgrammes={setShowProgrammes}
                onShowProjects={setShowProjects}
                smoothing={analysis.legendNote}
              />
              <MapExportButton legend={legend} lang={lang} level={state.level} />
              {analysis.classPanel}
              {state.area && (
                <ProfileSummary
                  atlas={atlas}
                  areaKey={state.area}
                  indicatorId={state.indicator}
                  year={state.year}
                  lang={lang}
                  onOpenProfile={() => update({ view: 'profile' })}
                />
              )}
            </aside>
          )}
          {state.view === 'board' && (
            <BoardView atlas={atlas} meta={meta} known={known} state={state} update={update} legend={legend} onMapShown={setBoardMap} />
          )}
        </div>
        {state.view === 'profile' && (
          <div className="view-panel">
            {analysis.profileLine(state.area)}
            <ProfileView atlas={atlas} areaKey={state.area} year={state.year} lang={lang} />
            {state.area && (
              <SimilarAreas atlas={atlas} meta={meta} areaKey={state.area} year={state.year} lang={lang}
                selection={selection} onAdd={onToggle} />
            )}
          </div>
        )}
        {state.view === 'import' && workspace && (
          <div className="view-panel">
            <ImportView
              workspace={workspace}
              meta={meta}
              lang={lang}
              onWorkspaceChange={onWorkspaceChange ?? (async () => undefined)}
              onShow={(indicatorId, level) => update({ indicator: indicatorId, level, view: 'map' })}
            />
          </div>
        )}
        {state.view === 'table' && (
          <div className="view-panel">
            {onRounding && <RoundingSetting rounding={atlas.disclosureRules().rounding} lang={lang} onChange={onRounding} />}
            <TableView atlas={atlas} meta={meta} level={state.level} year={state.year} indicatorId={state.indicator}
              lang={lang} selection={selection} onToggle={onToggle} />
          </div>
        )}
        {state.view === 'compare' && (
          <div className="view-panel" hidden={picking}>
            <CompareView atlas={atlas} meta={meta} level={state.level} year={state.year} indicatorId={state.indicator}
              lang={lang} selection={selection} onToggle={onToggle} onClear={() => update({ sel: [] })}
              onSelectMany={(keys) => update({ sel: keys })} params={state} onParams={update} />
          </div>
        )}
        {state.view === 'report' && (
          <div className="view-panel">
            <ReportView
              atlas={atlas}
              areaKey={state.area}
              year={state.year}
              indicatorId={state.indicator}
              lang={lang}
              breaks={reportBreaks}
            />
          </div>
        )}
      </main>
    </div>
  );
}
