import type { Language } from '../core/types';
import { NO_DATA_COLOUR, hexToRgba, rgbaToCss, type Rgba } from './palette';

/**
 * Colours and words of a LISA cluster map. Quadrants as PySAL esda numbers them:
 * 1 HH, 2 LH, 3 LL, 4 HL, 0 none (island). Colours are Paul Tol's colour-blind-safe "bright" red and
 * blue for the clusters and their light tints for the spatial outliers, so HH/LL and HL/LH differ in
 * hue and in lightness; every class is also named in text.
 */
export type ClusterCategory = 'HH' | 'LL' | 'LH' | 'HL' | 'not_significant' | 'island' | 'no_data';

export const CLUSTER_ORDER: readonly ClusterCategory[] = ['HH', 'LL', 'LH', 'HL', 'not_significant', 'island', 'no_data'];

export const CLUSTER_COLOURS: Readonly<Record<ClusterCategory, Rgba>> = {
  HH: hexToRgba('#cc3311'),
  LL: hexToRgba('#0077bb'),
  LH: hexToRgba('#88ccee'),
  HL: hexToRgba('#ee99aa'),
  not_significant: hexToRgba('#d9d9d9'),
  island: hexToRgba('#ffffff'),
  no_data: NO_DATA_COLOUR,
};

const NAMES: Record<Language, Record<ClusterCategory, string>> = {
  de: {
    HH: 'hoch-hoch (Cluster hoher Werte)',
    LL: 'niedrig-niedrig (Cluster niedriger Werte)',
    LH: 'niedrig-hoch (Ausreißer)',
    HL: 'hoch-niedrig (Ausreißer)',
    not_significant: 'nicht signifikant',
    island: 'ohne Nachbarn',
    no_data: 'keine Daten',
  },
  en: {
    HH: 'high-high (cluster of high values)',
    LL: 'low-low (cluster of low values)',
    LH: 'low-high (outlier)',
    HL: 'high-low (outlier)',
    not_significant: 'not significant',
    island: 'no neighbours',
    no_data: 'no data',
  },
};

export function clusterName(category: ClusterCategory, lang: Language): string {
  return NAMES[lang][category];
}

const QUADRANTS: readonly ClusterCategory[] = ['island', 'HH', 'LH', 'LL', 'HL'];

/**
 * Category of one area: the quadrant when p < alpha, otherwise "not significant"; islands
 * (no neighbours, quadrant 0) are their own category.
 */
export function clusterCategory(quadrant: number, p: number, neighbours: number, alpha = 0.05): ClusterCategory {
  if (neighbours === 0 || quadrant === 0) return 'island';
  if (!(p < alpha)) return 'not_significant';
  return QUADRANTS[quadrant] ?? 'not_significant';
}

export interface ClusterLegendEntry {
  category: ClusterCategory;
  colour: string;
  label: string;
  count: number;
}

/** One legend entry per category in CLUSTER_ORDER (zero counts included, so the legend is stable). */
export function clusterLegend(categories: Iterable<ClusterCategory>, lang: Language): ClusterLegendEntry[] {
  const counts = new Map<ClusterCategory, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return CLUSTER_ORDER.map((category) => ({
    category,
    colour: rgbaToCss(CLUSTER_COLOURS[category]),
    label: clusterName(category, lang),
    count: counts.get(category) ?? 0,
  }));
}
