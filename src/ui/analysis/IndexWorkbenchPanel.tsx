import { useMemo, useRef, useState } from 'react';
import { parseMethod, serialiseMethod } from '../../analysis/index/methodJson';
import type { IndexMethod } from '../../analysis/index/types';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { indexClassColours } from '../../map/indexClasses';
import { rgbaToCss } from '../../map/palette';
import { IndexTable } from './IndexTable';
import { indexClassCount, type IndexColourBy } from './indexMapData';
import { SensitivityPanel } from './SensitivityPanel';
import { at } from './text';
import { MAX_DYNAMICS_YEARS, presetCopy, type IndexWorkbench } from './useIndexWorkbench';

export interface IndexWorkbenchPanelProps {
  workbench: IndexWorkbench;
  colourBy: IndexColourBy;
  onColourBy: (by: IndexColourBy) => void;
  /** Labels of the indicators by id (for the sliders). */
  indicatorLabel: (id: string) => string;
  synthetic: boolean;
  lang: Language;
}

function CutInputs({ cuts, testid, onChange }: { cuts: number[]; testid: string; onChange: (cuts: number[]) => void }) {
  return (
    <span className="cut-inputs">
      {cuts.map((cut, i) => (
        <input key={i} type="number" step={0.25} value={cut} data-testid={`${testid}-${i}`} style={{ width: '4.5em' }}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (!Number.isFinite(v) || e.target.value === '') return;
            const next = [...cuts];
            next[i] = v;
            if (next.every((c, j) => j === 0 || c > next[j - 1])) onChange(next);
          }} />
      ))}
    </span>
  );
}

/** Workbench: method parameters (all visible), the class legend, save/load, sensitivity and the table. */
export function IndexWorkbenchPanel({ workbench, colourBy, onColourBy, indicatorLabel, synthetic, lang }: IndexWorkbenchPanelProps) {
  const { method, setMethod, result, evaluation, prepared } = workbench;
  const [message, setMessage] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const set = (change: Partial<IndexMethod>) => setMethod({ ...method, ...change });
  const classCount = indexClassCount(method, colourBy);
  const counts = useMemo(() => {
    const c = new Array<number>(classCount).fill(0);
    let excluded = 0;
    if (evaluation) {
      const cls = colourBy === 'status' ? evaluation.statusClass : evaluation.group;
      for (let i = 0; i < cls.length; i++) (cls[i] >= 0 ? c[cls[i]]++ : excluded++);
    }
    return { c, excluded };
  }, [evaluation, colourBy, classCount]);
  const palette = indexClassColours(classCount);
  const classLabel = (i: number) => {
    if (colourBy === 'status') return method.classLabels.status[i]?.[lang] ?? String(i + 1);
    const d = method.dynamicsCuts.length + 1;
    const s = Math.floor(i / d);
    return `${i + 1}: ${method.classLabels.status[s]?.[lang] ?? s + 1} / ${method.classLabels.dynamics[i % d]?.[lang] ?? (i % d) + 1}`;
  };
  const available = prepared ? new Set(prepared.indicators) : null;

  const save = () => {
    const blob = new Blob([serialiseMethod(method)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `sozialindex-methode-${method.id}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      const loaded = parseMethod(await file.text());
      setMethod(loaded);
      setMessage(at(lang, 'indexLoaded', { name: loaded.name }));
    } catch (e) {
      setMessage(at(lang, 'indexLoadError', { message: e instanceof Error ? e.message : String(e) }));
    }
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <section className="index-workbench" data-testid="index-workbench" aria-labelledby="index-title">
      <h2 id="index-title" className="legend-title">{at(lang, 'indexTitle')}</h2>
      <div className="index-presets">
        {at(lang, 'indexPreset')}:{' '}
        <button type="button" data-testid="preset-mss" onClick={() => setMethod(presetCopy('mss'))}>{at(lang, 'presetMss')}</button>{' '}
        <button type="button" data-testid="preset-hamburg" onClick={() => setMethod(presetCopy('hamburg'))}>{at(lang, 'presetHamburg')}</button>
        <p className="legend-meta" data-testid="index-method-name">{method.name} (v{method.version})</p>
      </div>
      <fieldset>
        <legend>{at(lang, 'indexIndicators')}</legend>
        {method.indicators.map((ind, i) => (
          <label key={ind.id} className="weight-row" data-missing={available && !available.has(ind.id) ? 'true' : undefined}>
            <span>{indicatorLabel(ind.id)}</span>
            <input type="range" min={0} max={3} step={0.25} value={ind.weight} data-testid={`weight-${ind.id}`}
              onChange={(e) => set({ indicators: method.indicators.map((x, j) => (j === i ? { ...x, weight: Number(e.target.value) } : x)) })} />
            <output>{formatNumber(ind.weight, lang, 2)}</output>
          </label>
        ))}
      </fieldset>
      <fieldset className="index-params">
        <label>
          {at(lang, 'indexReference')}{' '}
          <select data-testid="index-reference" value={method.reference.kind === 'parent' ? 'parent' : 'all'}
            onChange={(e) => set({ reference: e.target.value === 'parent' ? { kind: 'parent' } : { kind: 'all' } })}>
            <option value="all">{at(lang, 'referenceAll')}</option>
            <option value="parent">{at(lang, 'referenceParent')}</option>
          </select>
        </label>
        <label>
          {at(lang, 'indexWeighting')}{' '}
          <select value={method.weighting} onChange={(e) => set({ weighting: e.target.value as IndexMethod['weighting'] })}>
            <option value="none">{at(lang, 'weightingNone')}</option>
            <option value="population">{at(lang, 'weightingPopulation')}</option>
          </select>
        </label>
        <label>
          {at(lang, 'indexDynamicsYears')}{' '}
          <select data-testid="index-dynamics-years" value={method.dynamicsYears} onChange={(e) => set({ dynamicsYears: Number(e.target.value) })}>
            {Array.from({ length: MAX_DYNAMICS_YEARS + 1 }, (_, y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>{at(lang, 'indexStatusCuts')} <CutInputs cuts={method.statusCuts} testid="status-cut" onChange={(statusCuts) => set({ statusCuts })} /></label>
        <label>{at(lang, 'indexDynamicsCuts')} <CutInputs cuts={method.dynamicsCuts} testid="dynamics-cut" onChange={(dynamicsCuts) => set({ dynamicsCuts })} /></label>
        <label>
          {at(lang, 'indexMinPopulation')}{' '}
          <input type="number" min={0} step={50} value={method.minPopulation} data-testid="index-min-population" style={{ width: '6em' }}
            onChange={(e) => { const v = Number(e.target.value); if (Number.isFinite(v) && v >= 0) set({ minPopulation: v }); }} />
        </label>
      </fieldset>
      <div className="index-io">
        <button type="button" data-testid="index-save" onClick={save}>{at(lang, 'indexSave')}</button>{' '}
        <label>
          {at(lang, 'indexLoad')}{' '}
          <input ref={fileRef} type="file" accept="application/json,.json" data-testid="index-load" onChange={(e) => void load(e.target.files?.[0])} />
        </label>
        {message && <p role="status" data-testid="index-message">{message}</p>}
      </div>
      {workbench.loading && <p role="status">{at(lang, 'indexLoading')}</p>}
      {workbench.error && <p role="alert" data-testid="index-error">{at(lang, 'indexError', { message: workbench.error })}</p>}
      {result && (
        <>
          <p data-testid="index-summary">
            {at(lang, 'indexSummary', {
              included: formatNumber(result.parameters.includedCount, lang), total: formatNumber(result.parameters.areaCount, lang),
              year: result.parameters.year, base: result.parameters.baseYear ?? '–',
            })}
          </p>
          <label>
            {at(lang, 'indexColourBy')}{' '}
            <select data-testid="index-colour-by" value={colourBy} onChange={(e) => onColourBy(e.target.value as IndexColourBy)}>
              <option value="status">{at(lang, 'colourStatus')}</option>
              <option value="group">{at(lang, 'colourGroup')}</option>
            </select>
          </label>
          <ul className="legend-list" data-testid="index-legend" aria-label={at(lang, 'indexClassCounts')}>
            {counts.c.map((n, i) => (
              <li key={i} data-testid="index-class" data-class={i} data-count={n}>
                <span className="swatch" style={{ backgroundColor: rgbaToCss(palette[i]) }} aria-hidden="true" />
                <span>{classLabel(i)}</span> <span className="legend-count">({formatNumber(n, lang)})</span>
              </li>
            ))}
            <li data-testid="index-class-excluded" data-count={counts.excluded}>
              <span className="swatch" style={{ backgroundColor: '#e0e0e0' }} aria-hidden="true" />
              <span>{at(lang, 'noDataLegend')}</span> <span className="legend-count">({formatNumber(counts.excluded, lang)})</span>
            </li>
          </ul>
          {synthetic && <p className="legend-meta">Synthetische Demodaten{lang === 'en' ? ' (synthetic demo data)' : ''}</p>}
          {prepared && <SensitivityPanel prepared={prepared} method={method} year={workbench.year} lang={lang} />}
          <IndexTable areas={result.areas} indicatorIds={method.indicators.filter((i) => i.weight > 0).map((i) => i.id)} lang={lang} />
        </>
      )}
    </section>
  );
}
