import type { Counts } from './counts';

export const DEMO_SOURCE = 'Synthetische Demodaten (Quartiersatlas-Generator)';
export const DEMO_LICENCE = 'CC0-1.0 (synthetisch)';
export const DEMO_ATTRIBUTION = 'Synthetische Demodaten';

export interface DemoIndicator {
  id: string;
  label_de: string;
  label_en: string;
  unit: string;
  polarity: 'higher_is_need' | 'lower_is_need' | 'neutral';
  numerator: string;
  denominator: string;
  scale: number;
  definition_de: string;
  definition_en: string;
  /** Hidden count fields behind the figure; a count indicator has no denominator. */
  numeratorField: keyof Counts;
  denominatorField: keyof Counts | null;
  /** Secret (`.`) when a Quartier's numerator is 1 or 2 (the employment agency's rule). */
  agencyCount: boolean;
}

export const INDICATOR_COLUMNS = [
  'id', 'label_de', 'label_en', 'unit', 'polarity', 'numerator', 'denominator', 'scale', 'definition_de',
  'definition_en', 'reference_date', 'source', 'licence', 'attribution', 'synthetic',
] as const;

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    id: 'population', label_de: 'Einwohnerinnen und Einwohner', label_en: 'Residents', unit: 'Personen',
    polarity: 'neutral', numerator: 'Einwohnerinnen und Einwohner', denominator: '', scale: 1,
    definition_de: 'Zahl der Einwohnerinnen und Einwohner mit Hauptwohnsitz am Stichtag.',
    definition_en: 'Number of residents with their main residence in the area on the reference date.',
    numeratorField: 'population', denominatorField: null, agencyCount: false,
  },
  {
    id: 'youth_share', label_de: 'Anteil unter 18-Jähriger', label_en: 'Share of residents under 18', unit: '%',
    polarity: 'neutral', numerator: 'Einwohner unter 18 Jahren', denominator: 'Einwohner insgesamt', scale: 100,
    definition_de: 'Einwohnerinnen und Einwohner unter 18 Jahren je 100 Einwohnerinnen und Einwohner.',
    definition_en: 'Residents under 18 years per 100 residents.',
    numeratorField: 'under18', denominatorField: 'population', agencyCount: false,
  },
  {
    id: 'sgb2_quote', label_de: 'SGB-II-Quote', label_en: 'SGB II benefit rate', unit: '%',
    polarity: 'higher_is_need', numerator: 'Personen in SGB-II-Bedarfsgemeinschaften',
    denominator: 'Einwohner unter 65 Jahren', scale: 100,
    definition_de: 'Personen in Bedarfsgemeinschaften nach SGB II (Grundsicherung für Arbeitsuchende) je 100 Einwohnerinnen und Einwohner unter 65 Jahren.',
    definition_en: 'Persons in benefit units under SGB II (basic income support for jobseekers) per 100 residents under 65.',
    numeratorField: 'sgb2Persons', denominatorField: 'under65', agencyCount: true,
  },
  {
    id: 'child_poverty', label_de: 'Kinderarmut (SGB II, unter 15 Jahren)', label_en: 'Child poverty (SGB II, under 15)',
    unit: '%', polarity: 'higher_is_need', numerator: 'Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften',
    denominator: 'Kinder unter 15 Jahren', scale: 100,
    definition_de: 'Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II je 100 Kinder unter 15 Jahren.',
    definition_en: 'Children under 15 living in SGB II benefit units per 100 children under 15.',
    numeratorField: 'sgb2Children', denominatorField: 'under15', agencyCount: true,
  },
  {
    id: 'unemployment_rate', label_de: 'Arbeitslosenanteil (15–64 Jahre)', label_en: 'Unemployment share (aged 15–64)',
    unit: '%', polarity: 'higher_is_need', numerator: 'Arbeitslose', denominator: 'Einwohner von 15 bis 64 Jahren',
    scale: 100,
    definition_de: 'Arbeitslose je 100 Einwohnerinnen und Einwohner im Alter von 15 bis unter 65 Jahren.',
    definition_en: 'Unemployed persons per 100 residents aged 15 to 64.',
    numeratorField: 'unemployed', denominatorField: 'age15to64', agencyCount: true,
  },
  {
    id: 'single_parent_share', label_de: 'Anteil Alleinerziehender', label_en: 'Share of single-parent households',
    unit: '%', polarity: 'higher_is_need', numerator: 'Haushalte Alleinerziehender',
    denominator: 'Haushalte mit Kindern unter 18 Jahren', scale: 100,
    definition_de: 'Haushalte von Alleinerziehenden je 100 Haushalte mit Kindern unter 18 Jahren.',
    definition_en: 'Single-parent households per 100 households with children under 18.',
    numeratorField: 'singleParentHouseholds', denominatorField: 'householdsWithChildren', agencyCount: false,
  },
  {
    id: 'living_space_pp', label_de: 'Wohnfläche je Einwohner', label_en: 'Living space per resident', unit: 'm²',
    polarity: 'lower_is_need', numerator: 'Wohnfläche in m²', denominator: 'Einwohner insgesamt', scale: 1,
    definition_de: 'Wohnfläche der Wohnungen in Quadratmetern je Einwohnerin und Einwohner.',
    definition_en: 'Living floor space of dwellings in square metres per resident.',
    numeratorField: 'livingSpace', denominatorField: 'population', agencyCount: false,
  },
  {
    id: 'social_housing_share', label_de: 'Anteil Sozialwohnungen', label_en: 'Share of social housing', unit: '%',
    polarity: 'neutral', numerator: 'Mietpreis- und belegungsgebundene Wohnungen', denominator: 'Wohnungen insgesamt',
    scale: 100,
    definition_de: 'Öffentlich geförderte, belegungsgebundene Wohnungen (Sozialwohnungen) je 100 Wohnungen.',
    definition_en: 'Publicly subsidised dwellings with occupancy restrictions (social housing) per 100 dwellings.',
    numeratorField: 'socialDwellings', denominatorField: 'dwellings', agencyCount: false,
  },
];

export function indicatorRows(): (string | number | boolean)[][] {
  return DEMO_INDICATORS.map((d) => [
    d.id, d.label_de, d.label_en, d.unit, d.polarity, d.numerator, d.denominator, d.scale, d.definition_de,
    d.definition_en, '31.12.', DEMO_SOURCE, DEMO_LICENCE, DEMO_ATTRIBUTION, true,
  ]);
}
