/**
 * The eight largest cities of Niedersachsen, which get synthetic Quartiere. Populations are rounded
 * real orders of magnitude for 31.12.2015 (the generator's start year); `need` is the city's base level
 * of the synthetic need field (0..1). Göttingen is 03152012: the boundaries predate the merger of the
 * Landkreise Göttingen and Osterode am Harz (1 Nov 2016), after which it became 03159016.
 */
export interface DemoCity {
  key: string;
  label: string;
  quartiere: number;
  population2015: number;
  need: number;
}

export const DEMO_CITIES: readonly DemoCity[] = [
  { key: '03241001', label: 'Hannover', quartiere: 50, population2015: 532_000, need: 0.55 },
  { key: '03101000', label: 'Braunschweig', quartiere: 36, population2015: 251_000, need: 0.42 },
  { key: '03404000', label: 'Osnabrück', quartiere: 26, population2015: 162_000, need: 0.42 },
  { key: '03403000', label: 'Oldenburg', quartiere: 26, population2015: 163_000, need: 0.4 },
  { key: '03103000', label: 'Wolfsburg', quartiere: 20, population2015: 124_000, need: 0.36 },
  { key: '03152012', label: 'Göttingen', quartiere: 20, population2015: 118_000, need: 0.4 },
  { key: '03102000', label: 'Salzgitter', quartiere: 15, population2015: 101_000, need: 0.6 },
  { key: '03254021', label: 'Hildesheim', quartiere: 16, population2015: 101_000, need: 0.46 },
];

/** Other kreisfreie Städte with a fixed realistic size (the rest of the Gemeinden are drawn). */
export const FIXED_POPULATION: Readonly<Record<string, number>> = {
  '03401000': 77_000, // Delmenhorst
  '03402000': 50_000, // Emden
  '03405000': 76_000, // Wilhelmshaven
};

/** Inhabited gemeindefreie Gebiete (military training areas); the other ones have no residents. */
export const INHABITED_UNINCORPORATED: Readonly<Record<string, number>> = {
  '03351501': 700, // Lohheide
  '03358501': 800, // Osterheide
};

/** Target population of Niedersachsen on 31.12.2015 (about 7.93 million). */
export const LAND_POPULATION_2015 = 7_927_000;

export function quartierKey(cityKey: string, n: number): string {
  return `${cityKey}-Q${String(n).padStart(2, '0')}`;
}

export function quartierName(cityLabel: string, n: number): string {
  return `${cityLabel} Quartier ${String(n).padStart(2, '0')}`;
}
