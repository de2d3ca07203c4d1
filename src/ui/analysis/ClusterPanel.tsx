import { useMemo } from 'react';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { CLUSTER_COLOURS, clusterCategory, clusterLegend, type ClusterCategory } from '../../map/clusters';
import type { LisaJobResult } from '../workers/lisaJob';
import { nextColourVersion, type ChoroplethData } from '../map/useChoropleth';
import { at } from './text';
import { LISA_PERMUTATIONS, LISA_SEED, type LisaState } from './useLisa';

/** Cluster category per area key (areas without a number are "no_data"). */
export function clusterCategories(data: ChoroplethData, result: LisaJobResult): Map<string, ClusterCategory> {
  const byKey = new Map<string, ClusterCategory>();
  result.keys.forEach((key, i) => byKey.set(key, clusterCategory(result.quadrant[i], result.p[i], result.neighbourCount[i])));
  const out = new Map<string, ClusterCategory>();
  for (const f of data.boundaries.features) out.set(f.properties.key, byKey.get(f.properties.key) ?? 'no_data');
  return out;
}

/** The base choropleth recoloured by cluster category (hatching of secret areas kept). */
export function clusterMapData(data: ChoroplethData, categories: Map<string, ClusterCategory>): ChoroplethData {
  const colours: ChoroplethData['choropleth']['colours'] = Object.create(null);
  for (const [key, category] of categories) colours[key] = CLUSTER_COLOURS[category];
  return { ...data, choropleth: { ...data.choropleth, colours }, version: nextColourVersion() };
}

export interface ClusterPanelProps {
  data: ChoroplethData | null;
  state: LisaState;
  categories: Map<string, ClusterCategory> | null;
  fdr: boolean;
  lang: Language;
  onFdr: (fdr: boolean) => void;
  onCancel: () => void;
  onRestart: () => void;
}

export function ClusterPanel({ data, state, categories, fdr, lang, onFdr, onCancel, onRestart }: ClusterPanelProps) {
  const legend = useMemo(() => (categories ? clusterLegend(categories.values(), lang) : null), [categories, lang]);
  const names = useMemo(() => new Map(data?.boundaries.features.map((f) => [f.properties.key, f.properties.name]) ?? []), [data]);
  const title = data ? `${lang === 'de' ? data.indicator.labelDe : data.indicator.labelEn} ${data.year}` : '';
  const f3 = (x: number) => formatNumber(x, lang, 3);
  return (
    <section className="legend cluster-panel" data-testid="cluster-panel" aria-labelledby="cluster-title">
      <h2 id="cluster-title" className="legend-title">{at(lang, 'clusterTitle')}: {title}</h2>
      <p className="legend-meta">{at(lang, 'clusterIntro', { perm: formatNumber(LISA_PERMUTATIONS, lang), seed: LISA_SEED })}</p>
      <label>
        <input type="checkbox" data-testid="cluster-fdr" checked={fdr} onChange={(e) => onFdr(e.target.checked)} /> {at(lang, 'clusterFdr')}
      </label>
      {state.status === 'running' && (
        <div data-testid="cluster-progress" role="status">
          <progress max={state.total} value={state.done} /> {at(lang, 'clusterRunning', { done: formatNumber(state.done, lang), total: formatNumber(state.total, lang) })}{' '}
          <button type="button" data-testid="cluster-cancel" onClick={onCancel}>{at(lang, 'clusterCancel')}</button>
        </div>
      )}
      {state.status === 'cancelled' && (
        <p role="status">{at(lang, 'clusterCancelled')} <button type="button" onClick={onRestart}>{at(lang, 'clusterRestart')}</button></p>
      )}
      {state.status === 'too_few' && <p role="status">{at(lang, 'clusterTooFew')}</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && legend && (
        <>
          <p data-testid="moran-i" className="moran">
            {at(lang, 'clusterGlobal', { i: f3(state.result.moran.I), e: f3(state.result.moran.expectedI), p: f3(state.result.moran.pSim) })}
          </p>
          <ul className="legend-list" data-testid="cluster-legend">
            {legend.map((entry) => (
              <li key={entry.category} data-testid="cluster-class" data-category={entry.category} data-count={entry.count}>
                <span className="swatch" style={{ backgroundColor: entry.colour, outline: '1px solid #888' }} aria-hidden="true" />
                <span>{entry.label}</span>
                <span className="legend-count"> ({formatNumber(entry.count, lang)})</span>
              </li>
            ))}
          </ul>
          <p className="legend-meta" data-testid="cluster-islands">
            {state.result.islands.length > 0
              ? at(lang, 'clusterIslands', { list: state.result.islands.map((k) => names.get(k) ?? k).join(', ') })
              : at(lang, 'clusterNoIslands')}
          </p>
          {state.missing > 0 && <p className="legend-meta">{at(lang, 'clusterMissing', { n: formatNumber(state.missing, lang) })}</p>}
        </>
      )}
      {data?.indicator.synthetic && <p className="legend-meta">Synthetische Demodaten{lang === 'en' ? ' (synthetic demo data)' : ''}</p>}
    </section>
  );
}
