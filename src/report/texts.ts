import type { Language, Level } from '../core/types';

/** Fixed wording of the report in both languages (data never goes in here). */
export interface ReportTexts {
  titlePrefix: string;
  levelLabel: Record<Level, string>;
  levelPlural: Record<Level, string>;
  inParent: string;
  reportYear: string;
  generated: string;
  demoMark: string;
  headings: { summary: string; map: string; table: string; charts: string; nearby: string; sources: string };
  columns: { indicator: string; value: string; counts: string; rank: string };
  rankOf: string;
  rankNote: string;
  symbolNote: string;
  legend: { missing: string; secret: string; selected: string; programme: string; project: string; from: string; to: string; method: string };
  scaleNote: string;
  nearbyColumns: string[];
  nearbyKind: { programme_area: string; project: string };
  inArea: string;
  since: string;
  nearbyNone: string;
  nearbyMore: string;
  chartNote: string;
  sourceLicence: string;
  sourceDate: string;
}

export const TEXTS: Record<Language, ReportTexts> = {
  de: {
    titlePrefix: 'Sozialraumanalyse',
    levelLabel: { land: 'Land', kreis: 'Kreis', gemeinde: 'Gemeinde', quartier: 'Quartier', grid: 'Gitterzelle' },
    levelPlural: { land: 'Ländern', kreis: 'Kreisen', gemeinde: 'Gemeinden', quartier: 'Quartieren', grid: 'Gitterzellen' },
    inParent: 'in',
    reportYear: 'Berichtsjahr',
    generated: 'Erstellt am',
    demoMark: 'Synthetische Demodaten',
    headings: {
      summary: 'Zusammenfassung', map: 'Kartenausschnitt', table: 'Profil', charts: 'Zeitreihen',
      nearby: 'Programme und Projekte in der Nähe', sources: 'Quellen, Lizenzen und Stichtage',
    },
    columns: { indicator: 'Indikator', value: 'Wert', counts: 'Zähler / Nenner', rank: 'Rang' },
    rankOf: 'von',
    rankNote: 'Rang 1 = höchster Wert unter den Gebieten derselben Ebene mit Angaben.',
    symbolNote: 'Zeichen: „geheim“ = Wert aus Gründen der Geheimhaltung nicht veröffentlicht; „keine Daten“ = kein Wert vorhanden.',
    legend: {
      missing: 'keine Daten', secret: 'geheim', selected: 'Berichtsgebiet', programme: 'Programmgebiet',
      project: 'Projekt', from: 'von', to: 'bis', method: 'Klassen: Quantile',
    },
    scaleNote: 'Maßstab ca. 1 : {ratio} (bei Druck auf A4)',
    nearbyColumns: ['Name', 'Art', 'Programm / Typ', 'Jahr', 'Entfernung'],
    nearbyKind: { programme_area: 'Programmgebiet', project: 'Projekt' },
    inArea: 'im Gebiet',
    since: 'seit',
    nearbyNone: 'Im Gebiet und in seiner Nähe sind keine Programmgebiete oder Projekte verzeichnet.',
    nearbyMore: 'Weitere {n} Einträge sind nicht aufgeführt.',
    chartNote: 'Lücken: kein veröffentlichter Wert (z. B. geheim).',
    sourceLicence: 'Lizenz',
    sourceDate: 'Stichtag',
  },
  en: {
    titlePrefix: 'Social space analysis',
    levelLabel: { land: 'State', kreis: 'District', gemeinde: 'Municipality', quartier: 'Neighbourhood', grid: 'Grid cell' },
    levelPlural: { land: 'states', kreis: 'districts', gemeinde: 'municipalities', quartier: 'neighbourhoods', grid: 'grid cells' },
    inParent: 'in',
    reportYear: 'reference year',
    generated: 'Generated on',
    demoMark: 'Synthetic demo data',
    headings: {
      summary: 'Summary', map: 'Map excerpt', table: 'Profile', charts: 'Time series',
      nearby: 'Programmes and projects nearby', sources: 'Sources, licences and reference dates',
    },
    columns: { indicator: 'Indicator', value: 'Value', counts: 'Numerator / denominator', rank: 'Rank' },
    rankOf: 'of',
    rankNote: 'Rank 1 = highest value among the areas of the same level with data.',
    symbolNote: 'Symbols: "secret" = value withheld for confidentiality; "no data" = no value available.',
    legend: {
      missing: 'no data', secret: 'secret', selected: 'report area', programme: 'programme area',
      project: 'project', from: 'from', to: 'to', method: 'Classes: quantiles',
    },
    scaleNote: 'Scale approx. 1 : {ratio} (printed on A4)',
    nearbyColumns: ['Name', 'Kind', 'Programme / type', 'Year', 'Distance'],
    nearbyKind: { programme_area: 'Programme area', project: 'Project' },
    inArea: 'in the area',
    since: 'since',
    nearbyNone: 'No programme areas or projects are recorded in or near the area.',
    nearbyMore: '{n} further entries are not listed.',
    chartNote: 'Gaps: no published value (e.g. secret).',
    sourceLicence: 'Licence',
    sourceDate: 'Reference date',
  },
};

export const BKG_SOURCE = {
  source: 'BKG Verwaltungsgebiete VG250',
  attribution: '© GeoBasis-DE / BKG 2017',
  licence: 'dl-de/by-2-0',
  referenceDate: '31.12.2016',
} as const;

/** The attribution line shown under every map. */
export const BKG_ATTRIBUTION = `${BKG_SOURCE.attribution}, ${BKG_SOURCE.licence}`;
