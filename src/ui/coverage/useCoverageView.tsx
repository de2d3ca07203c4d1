import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_THRESHOLD, type CoverageThreshold } from '../../analysis/coverage/highNeed';
import type { AtlasData } from '../../data/atlas';
import { writeTableCsv } from '../../data/export/tableCsv';
import { formatNumber, formatValue } from '../../core/format';
import type { ViewState } from '../../core/viewState';
import { DEFAULT_DIST } from '../../core/viewParams';
import { coverageChoropleth, coverageGapLayer, type CoverageMapCategory } from '../../map/coverage';
import type { LayerDescriptor } from '../../map/layers';
import { indexableIndicators } from '../analysis/useIndexWorkbench';
import { browserDownload, type Download } from '../compare/download';
import { nextColourVersion, type ChoroplethData } from '../map/useChoropleth';
import type { AtlasMeta } from '../meta';
import { exportFooter } from '../table/exportFooter';
import { CoverageView, formatDistance } from './CoverageView';
import { gapExportTable } from './coverageExport';
import { useCoverage } from './useCoverage';
import { vt } from './coverageText';
import './coverage.css';

export interface CoverageViewParts {
  /** The map recoloured by coverage category (null outside the coverage view or while loading). */
  mapData: ChoroplethData | null;
  /** Extra map layers (gap outlines). */
  layers: readonly LayerDescriptor[];
  /** The side panel (null outside the coverage view). */
  panel: ReactNode;
}

const NO_LAYERS: readonly LayerDescriptor[] = [];

/** The programme-coverage view for App.tsx: side panel, recoloured map and gap outlines. */
export function useCoverageView(
  atlas: AtlasData, meta: AtlasMeta, state: ViewState, base: ChoroplethData | null,
  onChange: (change: Partial<ViewState>) => void, download: Download = browserDownload,
): CoverageViewParts {
  const active = state.view === 'coverage';
  const lang = state.lang;
  const [threshold, setThreshold] = useState<CoverageThreshold>(DEFAULT_THRESHOLD);
  const need = state.need ?? state.indicator;
  const model = useCoverage(atlas, meta, state.level, state.year, need, state.dist, threshold, active);
  const { result } = model;

  const categoryOf = useMemo(
    () => (result ? new Map<string, CoverageMapCategory>(result.rows.map((r) => [r.key, r.category])) : null),
    [result],
  );
  const mapData = useMemo((): ChoroplethData | null => {
    if (!active || !base || !categoryOf || base.level !== state.level) return null;
    return { ...base, choropleth: coverageChoropleth(base.choropleth, categoryOf), version: nextColourVersion() };
  }, [active, base, categoryOf, state.level]);
  const gaps = useMemo(() => (result ? result.rows.filter((r) => r.category === 'gap') : []), [result]);
  const layers = useMemo(
    () => (active && mapData ? [coverageGapLayer(mapData.boundaries, gaps.map((g) => g.key))] : NO_LAYERS),
    [active, mapData, gaps],
  );

  const indicator = model.needIndicator;
  const measure = indicator ? (lang === 'de' ? indicator.labelDe : indicator.labelEn) : vt(lang, 'needIndex');
  const formatNeed = useCallback(
    (value: number | null) => (value === null ? vt(lang, 'secret') : indicator ? formatValue(value, indicator.unit, lang) : formatNumber(value, lang, 2)),
    [indicator, lang],
  );
  const needHeader = vt(lang, 'needValue', { measure: `${measure}${indicator?.unit ? ` (${indicator.unit})` : ''}` });

  const onExportCsv = useCallback(() => {
    if (!result) return;
    const sources = indicator ? [indicator] : indexableIndicators(meta.indicators);
    const rule = vt(lang, 'exportRule', { threshold: vt(lang, threshold), cut: formatNeed(result.cut), dist: formatDistance(model.distanceM, lang) });
    const table = gapExportTable({
      gaps, needHeader, rule, lang,
      footer: exportFooter(sources, model.year, lang, meta.synthetic, atlas.disclosureNote(lang)),
    });
    const name = `quartiersatlas-abdeckung-${state.level}-${model.needId}-${model.year}.csv`;
    download(new Blob([writeTableCsv(table, lang)], { type: 'text/csv;charset=utf-8' }), name);
  }, [result, indicator, meta, lang, threshold, formatNeed, model, gaps, needHeader, atlas, state.level, download]);

  if (!active) return { mapData: null, layers: NO_LAYERS, panel: null };
  const choices = indexableIndicators(meta.indicators);
  if (indicator && !choices.includes(indicator)) choices.push(indicator);
  const panel = (
    <CoverageView
      model={model} level={state.level} needChoices={choices} lang={lang} synthetic={meta.synthetic}
      gaps={gaps} needHeader={needHeader} formatNeed={formatNeed}
      onNeed={(id) => onChange({ need: id })}
      onThreshold={setThreshold}
      onDistance={(m) => onChange({ dist: m === DEFAULT_DIST ? undefined : m })}
      onSelect={(key) => onChange({ area: key })}
      onExportCsv={onExportCsv}
    />
  );
  return { mapData, layers, panel };
}
