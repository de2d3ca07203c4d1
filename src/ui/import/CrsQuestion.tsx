import { useState } from 'react';
import { CRS_NAMES } from '../../analysis/geometry/crs';
import type { Language } from '../../core/types';
import { ax } from './areaText';

export interface CrsQuestionProps {
  candidates: readonly string[];
  swapped: boolean;
  lang: Language;
  /** Prefix of the test ids (`areas` → `areas-crs-question`, `areas-crs-EPSG:25832`, `areas-crs-confirm`). */
  idPrefix: string;
  onConfirm: (crs: string) => void;
}

/** "Which coordinate system is it?": the candidate systems (or swapped axes) as radio buttons and a confirm button. */
export function CrsQuestion({ candidates, swapped, lang, idPrefix, onConfirm }: CrsQuestionProps) {
  const options = swapped ? ['swap-axes'] : candidates;
  const [crs, setCrs] = useState(options[0] ?? '');
  return (
    <div data-testid={`${idPrefix}-crs-question`} role="group" aria-label={ax(lang, 'crs')}>
      <p>{swapped ? ax(lang, 'crsSwapped') : candidates.length > 1 ? ax(lang, 'crsAsk') : ax(lang, 'crsConfirmOne')}</p>
      {options.map((c) => (
        <label key={c} style={{ display: 'block' }}>
          <input type="radio" name={`${idPrefix}-crs`} data-testid={`${idPrefix}-crs-${c}`} value={c} checked={crs === c} onChange={() => setCrs(c)} />
          {' '}{c}{CRS_NAMES[c] ? ` – ${CRS_NAMES[c]}` : ''}
        </label>
      ))}
      <button type="button" data-testid={`${idPrefix}-crs-confirm`} disabled={crs === ''} onClick={() => onConfirm(crs)}>{ax(lang, 'crsConfirm')}</button>
    </div>
  );
}
