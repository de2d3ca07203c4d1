import { useState, type FormEvent } from 'react';
import type { Range } from '../../charts/brush';
import type { ScatterPoint } from '../../charts/scatter';
import { parseNumber } from '../../core/germanNumber';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { ct, type CompareKey } from './compareText';

const FIELDS: { name: keyof Range; label: CompareKey }[] = [
  { name: 'xMin', label: 'brushXMin' },
  { name: 'xMax', label: 'brushXMax' },
  { name: 'yMin', label: 'brushYMin' },
  { name: 'yMax', label: 'brushYMax' },
];

function parse(text: string, lang: Language): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = parseNumber(t, lang);
  return n.ok ? n.value : null;
}

/** The keyboard alternative to brushing: select the points whose x and y lie in typed ranges. */
export function ScatterRangeForm({ points, lang, onApply }: { points: ScatterPoint[]; lang: Language; onApply: (range: Range, additive: boolean) => void }) {
  const [values, setValues] = useState<Record<keyof Range, string>>({ xMin: '', xMax: '', yMin: '', yMax: '' });
  const [additive, setAdditive] = useState(false);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const extent: Range = {
    xMin: xs.length ? Math.min(...xs) : 0,
    xMax: xs.length ? Math.max(...xs) : 0,
    yMin: ys.length ? Math.min(...ys) : 0,
    yMax: ys.length ? Math.max(...ys) : 0,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const range = { ...extent };
    for (const f of FIELDS) {
      const n = parse(values[f.name], lang);
      if (n !== null) range[f.name] = n;
    }
    onApply(range, additive);
  };
  return (
    <details className="scatter-range" data-testid="scatter-range">
      <summary>{ct(lang, 'brushRange')}</summary>
      <form onSubmit={submit} className="table-controls">
        {FIELDS.map((f) => (
          <label key={f.name}>
            <span>{ct(lang, f.label)}</span>
            <input type="text" inputMode="decimal" size={8} data-testid={`scatter-range-${f.name}`} value={values[f.name]}
              placeholder={formatNumber(extent[f.name], lang, 2)}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
          </label>
        ))}
        <label>
          <input type="checkbox" checked={additive} onChange={(e) => setAdditive(e.target.checked)} />
          <span>{ct(lang, 'brushAdd')}</span>
        </label>
        <button type="submit" data-testid="scatter-range-apply">{ct(lang, 'brushApply')}</button>
      </form>
    </details>
  );
}
