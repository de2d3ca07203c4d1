import { useEffect, useMemo, useState } from 'react';
import { prepareIndexInput } from '../../analysis/index/prepareIndexInput';
import { indicatorSpace } from '../../analysis/peers/indicatorSpace';
import { similarAreas, type Peer } from '../../analysis/peers/similarAreas';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import type { AtlasData } from '../../data/atlas';
import type { AtlasMeta } from '../meta';
import { cu } from './customText';
import { indicatorsOfYear, levelObservations } from './levelObservations';

export interface SimilarAreasProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  areaKey: string;
  year: string;
  lang: Language;
  selection: readonly string[];
  onAdd: (key: string) => void;
}

const K = 5;

/** The k nearest areas of the level in the standardised space of the rate indicators (all loaded areas). */
export function SimilarAreas({ atlas, meta, areaKey, year, lang, selection, onAdd }: SimilarAreasProps) {
  const area = meta.areaByKey.get(areaKey);
  // Rates only: counts (population) measure size, not the social situation.
  const indicators = useMemo(() => indicatorsOfYear(meta.indicators, meta.periods, year).filter((i) => i.denominator !== ''), [meta, year]);
  const [peers, setPeers] = useState<Peer[] | null | 'error'>(null);
  useEffect(() => {
    if (!area || indicators.length === 0) return;
    let live = true;
    setPeers(null);
    levelObservations(atlas, indicators, year, area.level)
      .then((obs) => {
        const areas = meta.areas.filter((a) => a.level === area.level).map((a) => ({ key: a.key, parentKey: a.parentKey, name: a.name }));
        const prepared = prepareIndexInput(obs, areas);
        if (!prepared.keyIndex.has(areaKey)) return [];
        const space = indicatorSpace(prepared, indicators.map((i) => ({ id: i.id, polarity: i.polarity })), year);
        return similarAreas(space, areaKey, { k: K }).peers;
      })
      .then((list) => live && setPeers(list), () => live && setPeers('error'));
    return () => {
      live = false;
    };
  }, [atlas, meta, area, areaKey, indicators, year]);
  if (!area || indicators.length === 0) return null;
  const selected = new Set(selection);
  return (
    <section className="similar-areas" data-testid="similar-areas" aria-labelledby="similar-title">
      <h3 id="similar-title">{cu(lang, 'similarTitle')}</h3>
      <p className="muted">{cu(lang, 'similarIntro', { k: K, n: indicators.length, year })}</p>
      {peers === null && <p>{cu(lang, 'loading')}</p>}
      {peers === 'error' && <p role="alert">{cu(lang, 'error')}</p>}
      {Array.isArray(peers) && peers.length === 0 && <p>{cu(lang, 'noSimilar')}</p>}
      {Array.isArray(peers) && peers.length > 0 && (
        <ol>
          {peers.map((p) => (
            <li key={p.key} data-testid="similar-item" data-key={p.key}>
              {meta.areaByKey.get(p.key)?.name ?? p.key} · {cu(lang, 'distance')} {formatNumber(p.distance, lang, 2)}{' '}
              {selected.has(p.key) ? (
                <span className="muted">({cu(lang, 'added')})</span>
              ) : (
                <button type="button" className="link-button" data-testid="similar-add" onClick={() => onAdd(p.key)}
                  aria-label={`${cu(lang, 'add')}: ${meta.areaByKey.get(p.key)?.name ?? p.key}`}>{cu(lang, 'add')}</button>
              )}
            </li>
          ))}
        </ol>
      )}
      {meta.synthetic && <p className="demo-note">{cu(lang, 'demo')}</p>}
    </section>
  );
}
