import type { FeatureCollection } from 'geojson';
import type { Language } from '../core/types';
import type { AreaCategory, Choropleth } from './choropleth';
import type { GeoJsonLayerDescriptor } from './layers';
import { hexToRgba, NO_DATA_COLOUR, rgbaToCss, SECRET_COLOUR, type Rgba } from './palette';
import { LAYER_KREIS_LABELS } from './style';

/**
 * Colours and words of the coverage map. Paul Tol's colour-blind-safe indigo for gaps (with a thick
 * yellow outline as a second carrier besides colour), light cyan for high need that is covered,
 * near-white for the rest; withheld values keep the grey hatching of "geheim".
 */
export type CoverageMapCategory = 'gap' | 'covered' | 'other' | 'withheld' | 'no_data';
export const COVERAGE_ORDER: readonly CoverageMapCategory[] = ['gap', 'covered', 'other', 'withheld', 'no_data'];

export const COVERAGE_COLOURS: Readonly<Record<CoverageMapCategory, Rgba>> = {
  gap: hexToRgba('#332288'),
  covered: hexToRgba('#88ccee'),
  other: hexToRgba('#f7f7f7'),
  withheld: SECRET_COLOUR,
  no_data: NO_DATA_COLOUR,
};
export const GAP_OUTLINE: Rgba = hexToRgba('#ddaa33');
export const COVERAGE_GAP_LAYER_ID = 'coverage-gaps';

const NAMES: Record<Language, Record<CoverageMapCategory, string>> = {
  de: {
    gap: 'Lücke: hoher Bedarf, kein Fördergebiet, kein Mitgliedsprojekt in der Nähe (dunkelviolett, gelber Rand)',
    covered: 'hoher Bedarf, Fördergebiet oder Projekt vorhanden (hellblau)',
    other: 'kein hoher Bedarf (fast weiß)',
    withheld: 'geheim – nicht eingestuft (grau schraffiert)',
    no_data: 'keine Daten (hellgrau)',
  },
  en: {
    gap: 'Gap: high need, no programme area, no member project nearby (dark violet, yellow outline)',
    covered: 'high need, programme area or project present (light blue)',
    other: 'not high need (near white)',
    withheld: 'withheld – not classed (grey, hatched)',
    no_data: 'no data (light grey)',
  },
};

export function coverageCategoryName(category: CoverageMapCategory, lang: Language): string {
  return NAMES[lang][category];
}

/** The base choropleth recoloured by coverage category; withheld areas become "secret" (hatched). */
export function coverageChoropleth(base: Choropleth, categoryOf: ReadonlyMap<string, CoverageMapCategory>): Choropleth {
  const colours: Record<string, Rgba> = Object.create(null);
  const categories: Record<string, AreaCategory> = Object.create(null);
  let noDataCount = 0;
  let secretCount = 0;
  for (const key of Object.keys(base.colours)) {
    const category = categoryOf.get(key) ?? 'no_data';
    colours[key] = COVERAGE_COLOURS[category];
    if (category === 'withheld') {
      categories[key] = { kind: 'secret' };
      secretCount++;
    } else if (category === 'no_data') {
      categories[key] = { kind: 'no_data' };
      noDataCount++;
    } else {
      categories[key] = { kind: 'class', index: COVERAGE_ORDER.indexOf(category) };
    }
  }
  return { ...base, classification: null, palette: [], colours, categories, noDataCount, secretCount };
}

/** Thick outlines of the gap areas, drawn above the fill (so gaps do not depend on colour alone). */
export function coverageGapLayer(boundaries: FeatureCollection, gapKeys: readonly string[]): GeoJsonLayerDescriptor {
  const wanted = new Set(gapKeys);
  return {
    kind: 'geojson',
    id: COVERAGE_GAP_LAYER_ID,
    data: {
      type: 'FeatureCollection',
      features: boundaries.features.filter((f) => wanted.has((f.properties as { key?: string } | null)?.key ?? '')),
    },
    pickable: false,
    stroked: true,
    filled: false,
    getFillColor: [0, 0, 0, 0],
    getLineColor: GAP_OUTLINE,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 2,
    updateTriggers: {},
    beforeId: LAYER_KREIS_LABELS,
  };
}

export interface CoverageLegendEntry {
  category: CoverageMapCategory;
  colour: string;
  label: string;
  count: number;
}

/** One entry per category in COVERAGE_ORDER (zero counts kept, so the legend is stable). */
export function coverageLegend(categories: Iterable<CoverageMapCategory>, lang: Language): CoverageLegendEntry[] {
  const counts = new Map<CoverageMapCategory, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return COVERAGE_ORDER.map((category) => ({
    category, colour: rgbaToCss(COVERAGE_COLOURS[category]), label: coverageCategoryName(category, lang), count: counts.get(category) ?? 0,
  }));
}
