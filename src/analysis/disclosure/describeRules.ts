import type { Language } from '../../core/types';
import type { DisclosureRules } from './rules';

const LEVEL_NAMES: Record<Language, Record<string, string>> = {
  de: { land: 'Land', kreis: 'Kreise', gemeinde: 'Gemeinden', quartier: 'Quartiere (unterhalb der Gemeinde)' },
  en: { land: 'Land', kreis: 'districts', gemeinde: 'municipalities', quartier: 'neighbourhoods (sub-municipal)' },
};

/**
 * The rules in one sentence block for export and report footers.
 * @example describeRules(resolveRules(), 'de')
 * // → "Geheimhaltung: Fallzahlen von 1 bis 2 sind unterdrückt (*). …"
 */
export function describeRules(rules: DisclosureRules, lang: Language): string {
  const levels = rules.minPopulationLevels.map((l) => LEVEL_NAMES[lang][l] ?? l).join(', ');
  const upper = rules.minCount - 1;
  if (lang === 'de') {
    const parts = [
      upper >= 1 ? `Fallzahlen von 1 bis ${upper} sind unterdrückt (*); echte Nullen bleiben sichtbar.` : 'Keine Mindestfallzahl.',
      levels && rules.minPopulation > 0
        ? `${levels} mit weniger als ${rules.minPopulation} Einwohnern: alle Werte unterdrückt${rules.unknownPopulation === 'suppress' ? ' (ebenso bei unbekannter Einwohnerzahl)' : ''}.`
        : '',
      rules.secondary ? 'Sekundäre Geheimhaltung: In jeder Gruppe von Teilgebieten sind mindestens zwei Werte unterdrückt, damit kein Wert aus der Summe zurückgerechnet werden kann.' : '',
      'Werte, die aus unterdrückten Angaben berechnet würden, sind ebenfalls unterdrückt.',
      rules.rounding !== null ? `Fallzahlen sind auf Vielfache von ${rules.rounding} gerundet; Quoten aus gerundeten Zahlen berechnet.` : '',
    ];
    return `Geheimhaltung: ${parts.filter(Boolean).join(' ')}`;
  }
  const parts = [
    upper >= 1 ? `Counts from 1 to ${upper} are suppressed (*); true zeros remain visible.` : 'No minimum count.',
    levels && rules.minPopulation > 0
      ? `${levels} with fewer than ${rules.minPopulation} residents: all figures suppressed${rules.unknownPopulation === 'suppress' ? ' (also when the population is unknown)' : ''}.`
      : '',
    rules.secondary ? 'Secondary suppression: in every group of sub-areas at least two figures are suppressed, so that none can be recomputed from the total.' : '',
    'Figures computed from suppressed inputs are suppressed as well.',
    rules.rounding !== null ? `Counts are rounded to multiples of ${rules.rounding}; rates are computed from the rounded counts.` : '',
  ];
  return `Disclosure control: ${parts.filter(Boolean).join(' ')}`;
}
