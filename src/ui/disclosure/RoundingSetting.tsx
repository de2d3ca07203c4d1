import type { Language } from '../../core/types';

const TEXT = {
  de: { label: 'Fallzahlen runden (Geheimhaltung)', none: 'nicht runden', base: 'auf Vielfache von {n}', hint: 'Gilt für Karte, Tabelle, Berichte und Exporte; Quoten werden aus den gerundeten Zahlen berechnet.' },
  en: { label: 'Round counts (disclosure control)', none: 'no rounding', base: 'to multiples of {n}', hint: 'Applies to map, table, reports and exports; rates are computed from the rounded counts.' },
};

export interface RoundingSettingProps {
  /** The rounding base of the rules in force (null = none). */
  rounding: number | null;
  lang: Language;
  onChange: (rounding: 5 | 10 | null) => void;
}

/** The disclosure rule's optional rounding (none, 5, 10), chosen where tables are exported. */
export function RoundingSetting({ rounding, lang, onChange }: RoundingSettingProps) {
  const text = TEXT[lang];
  return (
    <p className="rounding-setting">
      <label>
        {text.label}{' '}
        <select data-testid="disclosure-rounding" value={rounding === null ? '' : String(rounding)}
          onChange={(e) => onChange(e.target.value === '' ? null : (Number(e.target.value) as 5 | 10))}>
          <option value="">{text.none}</option>
          <option value="5">{text.base.replace('{n}', '5')}</option>
          <option value="10">{text.base.replace('{n}', '10')}</option>
        </select>
      </label>{' '}
      <span className="muted">{text.hint}</span>
    </p>
  );
}
