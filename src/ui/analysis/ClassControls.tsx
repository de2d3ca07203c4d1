import { useEffect, useState } from 'react';
import { CLASS_PARAMS, DEFAULT_K, MAX_K, MIN_K, parseBreaks, type ClassParam, type ViewState } from '../../core/viewState';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../i18n';
import { SMOOTHING_METHODS, type SmoothingMethod } from './smoothing';
import { at, type AnalysisKey } from './text';

const SMOOTHING_TEXT: Record<SmoothingMethod, AnalysisKey> = { off: 'ebOff', global: 'ebGlobal', spatial: 'ebSpatial' };

/** The legend's words for the methods (one dictionary, so the switch and the legend agree). */
export const METHOD_TEXT: Record<ClassParam, MessageKey> = {
  quantile: 'methodQuantile', equal: 'methodEqual', jenks: 'methodJenks', sd: 'methodSd', box: 'methodBox', manual: 'methodManual',
};

export interface ClassControlsProps {
  state: ViewState;
  lang: Language;
  /** Current bounds, proposed as the start of manual bounds. */
  currentBreaks: number[];
  valueRange: [number, number] | null;
  breaksRejected: boolean;
  canSmooth: boolean;
  eb: SmoothingMethod;
  ebCount: number;
  /** Names of the areas that spatial EB leaves raw (no neighbour with counts). */
  ebIslands: string[];
  onEb: (eb: SmoothingMethod) => void;
  onChange: (change: Partial<ViewState>) => void;
}

const round = (x: number) => Number(x.toPrecision(6));

/** Method switch, class count, manual bounds and the EB option, beside the legend. */
export function ClassControls(props: ClassControlsProps) {
  const { state, lang, currentBreaks, onChange } = props;
  const method = state.class ?? 'quantile';
  const k = state.k ?? DEFAULT_K;
  const [draft, setDraft] = useState('');
  const [draftBad, setDraftBad] = useState(false);
  useEffect(() => {
    setDraft((state.breaks ?? currentBreaks).map(round).join(', '));
    setDraftBad(false);
  }, [state.breaks, method]); // eslint-disable-line react-hooks/exhaustive-deps
  const fixedCount = method === 'sd' || method === 'box' || method === 'manual';

  const selectMethod = (next: ClassParam) => {
    if (next === 'manual') {
      const breaks = currentBreaks.length >= 2 ? currentBreaks.map(round) : null;
      if (!breaks) return;
      // Widen the outer bounds a little so that rounding never leaves a value outside.
      breaks[0] = Math.floor(breaks[0]);
      breaks[breaks.length - 1] = Math.ceil(breaks[breaks.length - 1]);
      const unique = breaks.filter((b, i) => i === 0 || b > breaks[i - 1]);
      onChange({ class: 'manual', breaks: unique.length >= 2 ? unique : null });
    } else onChange({ class: next });
  };
  const applyDraft = () => {
    const parsed = parseBreaks(draft.replace(/\s+/g, ''));
    setDraftBad(parsed === null);
    if (parsed) onChange({ class: 'manual', breaks: parsed });
  };
  const range = props.valueRange;
  return (
    <fieldset className="class-controls" data-testid="class-controls">
      <legend>{at(lang, 'classification')}</legend>
      <label>
        {at(lang, 'classMethod')}{' '}
        <select data-testid="class-method" value={method} onChange={(e) => selectMethod(e.target.value as ClassParam)}>
          {CLASS_PARAMS.map((m) => <option key={m} value={m}>{t(lang, METHOD_TEXT[m])}</option>)}
        </select>
      </label>{' '}
      <label>
        {at(lang, 'classCount')}{' '}
        <select data-testid="class-count" value={k} disabled={fixedCount} onChange={(e) => onChange({ k: Number(e.target.value) })}>
          {Array.from({ length: MAX_K - MIN_K + 1 }, (_, i) => MIN_K + i).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      {fixedCount && method !== 'manual' && <p className="legend-meta">{at(lang, 'fixedClassCount')}</p>}
      {method === 'manual' && (
        <form onSubmit={(e) => { e.preventDefault(); applyDraft(); }}>
          <label>
            {at(lang, 'classBreaks')}{' '}
            <input data-testid="class-breaks" value={draft} size={22} onChange={(e) => setDraft(e.target.value)} />
          </label>{' '}
          <button type="submit">{at(lang, 'applyBreaks')}</button>
        </form>
      )}
      {(draftBad || props.breaksRejected) && range && (
        <p className="notice-inline" role="alert">
          {at(lang, 'badBreaks', { min: formatNumber(range[0], lang, 2), max: formatNumber(range[1], lang, 2) })}
        </p>
      )}
      <label title={props.canSmooth ? undefined : at(lang, 'ebUnavailable')}>
        {at(lang, 'ebSmoothing')}{' '}
        <select data-testid="eb-smoothing" value={props.canSmooth ? props.eb : 'off'} disabled={!props.canSmooth}
          onChange={(e) => props.onEb(e.target.value as SmoothingMethod)}>
          {SMOOTHING_METHODS.map((m) => <option key={m} value={m}>{at(lang, SMOOTHING_TEXT[m])}</option>)}
        </select>
      </label>
      {props.eb !== 'off' && props.ebCount > 0 && <p className="legend-meta" data-testid="eb-note">{at(lang, 'ebActive', { n: formatNumber(props.ebCount, lang) })}</p>}
      {props.eb === 'spatial' && props.ebIslands.length > 0 && (
        <p className="legend-meta" data-testid="eb-islands">
          {at(lang, 'ebIslands', { n: formatNumber(props.ebIslands.length, lang), list: props.ebIslands.join(', ') })}
        </p>
      )}
    </fieldset>
  );
}
