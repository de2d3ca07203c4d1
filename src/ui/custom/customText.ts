import type { Language } from '../../core/types';

/** Words of the custom-area and similar-areas panels, German first; both languages define every key. */
const de = {
  customTitle: 'Eigenes Gebiet',
  aggregate: 'Als eigenes Gebiet zusammenfassen',
  radiusTitle: 'Radius um einen Punkt',
  lat: 'Breite (°)',
  lon: 'Länge (°)',
  radius: 'Radius (km)',
  aggregateRadius: 'Gebiete im Radius zusammenfassen',
  members: 'Gebiete: {names}',
  memberShare: '{name} ({share} der Fläche)',
  rule: 'Zählwerte werden summiert, Quoten aus den summierten Zählern und Nennern neu berechnet (nie gemittelt). Teilweise erfasste Gebiete zählen mit ihrem Flächenanteil im Kreis (flächengewichtet, da die Einwohner im Kreis unbekannt sind).',
  indicator: 'Indikator',
  customColumn: 'Eigenes Gebiet',
  counts: 'Zähler / Nenner',
  blocked: 'Nicht veröffentlicht (Differenzbildung): {indicators} – zusammen mit der veröffentlichten Summe von {groups} ließe sich ein geheim gehaltener Wert zurückrechnen.',
  none: 'Keine Gebiete im Radius.',
  needSelection: 'Wählen Sie mindestens zwei Gebiete derselben Ebene aus.',
  loading: 'Daten werden geladen …',
  error: 'Die Daten konnten nicht geladen werden.',
  similarTitle: 'Ähnliche Gebiete',
  similarIntro: 'Die {k} nächsten Gebiete der Ebene im standardisierten Indikatorraum ({n} Indikatoren, {year}; euklidischer Abstand der z-Werte).',
  distance: 'Abstand',
  add: 'Zur Auswahl hinzufügen',
  added: 'ausgewählt',
  noSimilar: 'Für dieses Gebiet lassen sich keine ähnlichen Gebiete bestimmen.',
  demo: 'Synthetische Demodaten',
};

const en: Record<keyof typeof de, string> = {
  customTitle: 'Custom area',
  aggregate: 'Combine into a custom area',
  radiusTitle: 'Radius around a point',
  lat: 'Latitude (°)',
  lon: 'Longitude (°)',
  radius: 'Radius (km)',
  aggregateRadius: 'Combine the areas within the radius',
  members: 'Areas: {names}',
  memberShare: '{name} ({share} of its surface)',
  rule: 'Counts are summed; rates are recomputed from the summed numerators and denominators (never averaged). Partly covered areas count with their surface share inside the circle (surface-weighted, as the residents inside the circle are unknown).',
  indicator: 'Indicator',
  customColumn: 'Custom area',
  counts: 'Numerator / denominator',
  blocked: 'Not published (differencing): {indicators} – together with the published total of {groups} a withheld value could be recovered.',
  none: 'No areas within the radius.',
  needSelection: 'Select at least two areas of the same level.',
  loading: 'Loading data …',
  error: 'The data could not be loaded.',
  similarTitle: 'Similar areas',
  similarIntro: 'The {k} nearest areas of the level in the standardised indicator space ({n} indicators, {year}; Euclidean distance of the z-scores).',
  distance: 'Distance',
  add: 'Add to selection',
  added: 'selected',
  noSimilar: 'No similar areas can be determined for this area.',
  demo: 'Synthetic demo data',
};

export type CustomKey = keyof typeof de;

export function cu(lang: Language, key: CustomKey, vars: Record<string, string | number> = {}): string {
  const text = (lang === 'en' ? en : de)[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
