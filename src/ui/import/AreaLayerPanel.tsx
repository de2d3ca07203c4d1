import { useMemo, useState } from 'react';
import { LEVELS, type Language, type Level } from '../../core/types';
import { buildAreaLayer, featureProperties, proposeNameProperty, type AreaLayerChoice } from '../../data/import/geojson/areaLayer';
import type { GeoJsonImport } from '../../data/import/geojson/importGeoJson';
import type { SavedDataset } from '../../data/workspace/format';
import type { WorkspaceController } from '../../data/workspace/workspace';
import { levelName, levelPlural } from '../i18n';
import type { AtlasMeta } from '../meta';
import { ax } from './areaText';
import { CrsQuestion } from './CrsQuestion';
import { refusalText } from './changeText';

export interface AreaLayerPanelProps {
  geo: GeoJsonImport;
  fileName: string;
  meta: AtlasMeta;
  lang: Language;
  workspace: WorkspaceController;
  /** Re-reads the file with the confirmed coordinate system (`EPSG:25832`, `swap-axes`). */
  onConfirmCrs: (crs: string) => void;
  onSaved: () => Promise<void>;
}

type Save = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * A boundary GeoJSON → an area layer: CRS asked and confirmed (reprojected in the worker), key, name,
 * level and parent chosen, the validation report shown (flagged features kept, left-out ones named),
 * then saved in the workspace like a dataset (survives a reload, removable in "Datensätze").
 */
export function AreaLayerPanel({ geo, fileName, meta, lang, workspace, onConfirmCrs, onSaved }: AreaLayerPanelProps) {
  const properties = useMemo(() => featureProperties(geo), [geo]);
  const firstKey = geo.keyProperty ?? properties[0] ?? '';
  const [keyProperty, setKeyProperty] = useState(firstKey);
  const [nameProperty, setNameProperty] = useState<string | null>(() => proposeNameProperty(geo, firstKey));
  const [level, setLevel] = useState<Level>('quartier');
  const [parentKey, setParentKey] = useState<string>('');
  const [layerName, setLayerName] = useState(fileName.replace(/\.[^.]*$/, ''));
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const parentLevel = LEVELS[LEVELS.indexOf(level) - 1] as Level | undefined;
  const parents = useMemo(() => (parentLevel ? meta.areas.filter((a) => a.level === parentLevel).sort((a, b) => a.name.localeCompare(b.name, 'de')) : []), [meta.areas, parentLevel]);
  const existing = useMemo(() => new Set(meta.areas.map((a) => a.key)), [meta.areas]);
  const choice: AreaLayerChoice = { keyProperty, nameProperty, level, parentKey: parentKey || null };
  const layer = useMemo(() => buildAreaLayer(geo, choice, existing), [geo, keyProperty, nameProperty, level, parentKey, existing]);
  const { crs: report } = geo;

  const saveLayer = async () => {
    setSave({ kind: 'busy' });
    const dataset: SavedDataset = {
      id: `areas-${Date.now().toString(36)}`, name: layerName.trim(),
      provenance: {
        fileName, format: 'geojson', tableCode: null, title: layerName.trim(), referenceDates: [], licence: null, stand: null,
        level, importedAt: new Date().toISOString(),
      },
      indicators: [], rows: [], areas: layer.areas,
    };
    const outcome = await workspace.add(dataset);
    if (!outcome.ok) {
      const why = refusalText(outcome, lang);
      setSave({ kind: 'failed', text: why });
      return;
    }
    await onSaved();
    const done = ax(lang, 'saved', { name: dataset.name, n: layer.areas.length, level: levelPlural(lang, level) });
    setSave({ kind: 'done', text: outcome.warning ? `${done} ${outcome.warning[lang]}` : done });
  };

  return (
    <section data-testid="import-areas" className="import-areas">
      <h3>{ax(lang, 'areasTitle')}</h3>
      <h4>{ax(lang, 'crs')}</h4>
      {report.needsConfirmation ? (
        <CrsQuestion candidates={report.candidates} swapped={report.swapped} lang={lang} idPrefix="areas" onConfirm={onConfirmCrs} />
      ) : (
        <p data-testid="areas-crs-ok">
          {layer.inWgs84
            ? ax(lang, 'crsOk', { how: report.reprojected ? ax(lang, 'reprojected', { crs: report.swapped ? 'swap-axes' : (report.detected ?? '') }) : ax(lang, 'asGiven') })
            : ax(lang, 'crsDetected', { crs: report.detected ?? '–', source: report.source })}
        </p>
      )}

      {layer.inWgs84 && (
        <>
          <div className="import-overrides">
            <label>
              <span>{ax(lang, 'keyProperty')}</span>
              <select data-testid="areas-key" value={keyProperty} onChange={(e) => setKeyProperty(e.target.value)}>
                {properties.map((p) => <option key={p} value={p}>{p}</option>)}
              </select>
            </label>
            <label>
              <span>{ax(lang, 'nameProperty')}</span>
              <select data-testid="areas-name" value={nameProperty ?? ''} onChange={(e) => setNameProperty(e.target.value || null)}>
                <option value="">{ax(lang, 'keyAsName')}</option>
                {properties.filter((p) => p !== keyProperty).map((p) => <option key={p} value={p}>{p}</option>)}
              </select>
            </label>
            <label>
              <span>{ax(lang, 'level')}</span>
              <select data-testid="areas-level" value={level} onChange={(e) => { setLevel(e.target.value as Level); setParentKey(''); }}>
                {LEVELS.map((l) => <option key={l} value={l}>{levelName(lang, l)}</option>)}
              </select>
            </label>
            {parentLevel && (
              <label>
                <span>{ax(lang, 'parent')} ({levelName(lang, parentLevel)})</span>
                <select data-testid="areas-parent" value={parentKey} onChange={(e) => setParentKey(e.target.value)}>
                  <option value="">{ax(lang, 'noParent')}</option>
                  {parents.map((a) => <option key={a.key} value={a.key}>{a.name} ({a.key})</option>)}
                </select>
              </label>
            )}
          </div>
          <p data-testid="areas-report" role="status">
            {ax(lang, 'report', { n: layer.areas.length, f: layer.flagged.length, s: layer.skipped.length })}
          </p>
          {(layer.flagged.length > 0 || layer.skipped.length > 0) && (
            <ul data-testid="areas-report-list">
              {layer.flagged.map((f) => (
                <li key={`f${f.feature}`} data-testid="areas-flagged">
                  {ax(lang, 'flagged', { feature: f.feature, key: f.key, codes: f.codes.join(', ') || '–', drawn: f.drawn ? '' : ax(lang, 'notDrawn') })}
                </li>
              ))}
              {layer.skipped.map((s) => (
                <li key={`s${s.feature}`} data-testid="areas-skipped">
                  {ax(lang, 'skipped', { feature: s.feature, key: s.key ? ` (${s.key})` : '', reason: ax(lang, s.reason) })}
                </li>
              ))}
            </ul>
          )}
          {layer.areas.length === 0 && <p role="alert">{ax(lang, 'nothingToSave')}</p>}
          <p>
            <label>
              <span>{ax(lang, 'layerName')} </span>
              <input data-testid="areas-layer-name" value={layerName} size={40} onChange={(e) => setLayerName(e.target.value)} />
            </label>{' '}
            <button type="button" data-testid="areas-save"
              disabled={layer.areas.length === 0 || layerName.trim() === '' || save.kind === 'busy' || save.kind === 'done'}
              onClick={() => void saveLayer()}>
              {save.kind === 'busy' ? ax(lang, 'saving') : ax(lang, 'save')}
            </button>
          </p>
        </>
      )}
      {save.kind === 'done' && <p data-testid="areas-saved" role="status">{save.text}</p>}
      {save.kind === 'failed' && <p data-testid="areas-failed" role="alert">{save.text}</p>}
    </section>
  );
}
