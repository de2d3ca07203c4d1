import { classIndex, classify, type ClassificationResult, type ClassMethod } from '../analysis/classify';
import { statusCarriesNumber } from '../core/status';
import type { Status } from '../core/types';
import { NO_DATA_COLOUR, SECRET_COLOUR, sequentialPalette, type Rgba } from './palette';

/** How one area is drawn: in a class, as "keine Daten" or as "geheim". */
export type AreaCategory = { kind: 'class'; index: number } | { kind: 'no_data' } | { kind: 'secret' };

export interface FigureLike {
  areaKey: string;
  value: number | null;
  status: Status;
}

export interface Choropleth {
  /** null when no area has a usable number. */
  classification: ClassificationResult | null;
  palette: Rgba[];
  /** Fill colour per area key (a lookup for deck.gl's getFillColor). */
  colours: Record<string, Rgba>;
  categories: Record<string, AreaCategory>;
  noDataCount: number;
  secretCount: number;
}

/** Statuses that hide a value on purpose (shown as "geheim"), as opposed to simply missing data. */
export function isSecretStatus(status: Status): boolean {
  return status === 'secret' || status === 'suppressed';
}

/** The number an area contributes to the classification, or null. */
export function figureNumber(figure: { value: number | null; status: Status }): number | null {
  if (figure.status === 'zero') return 0;
  if (figure.value === null || !Number.isFinite(figure.value) || !statusCarriesNumber(figure.status)) return null;
  return figure.value;
}

export interface ChoroplethOptions {
  method: ClassMethod;
  classes: number;
}

/**
 * Classifies the figures of one level and assigns a colour to every area key in `areaKeys`.
 * Areas without a figure, or whose figure carries no number, are "keine Daten" unless their status
 * is secret/suppressed ("geheim").
 */
export function buildChoropleth(
  areaKeys: readonly string[],
  figures: readonly FigureLike[],
  options: ChoroplethOptions = { method: 'quantile', classes: 5 },
): Choropleth {
  const byKey = new Map<string, FigureLike>();
  for (const figure of figures) byKey.set(figure.areaKey, figure);
  const numbers: number[] = [];
  for (const key of areaKeys) {
    const figure = byKey.get(key);
    const n = figure ? figureNumber(figure) : null;
    if (n !== null) numbers.push(n);
  }
  const classification = numbers.length > 0 ? classify(numbers, options) : null;
  const palette = sequentialPalette(classification?.classes ?? 0);
  const colours: Record<string, Rgba> = Object.create(null);
  const categories: Record<string, AreaCategory> = Object.create(null);
  let noDataCount = 0;
  let secretCount = 0;
  for (const key of areaKeys) {
    const figure = byKey.get(key);
    const n = figure ? figureNumber(figure) : null;
    if (n !== null && classification) {
      const index = Math.max(0, classIndex(n, classification.breaks, classification.closed));
      categories[key] = { kind: 'class', index };
      colours[key] = palette[index];
    } else if (figure && isSecretStatus(figure.status)) {
      categories[key] = { kind: 'secret' };
      colours[key] = SECRET_COLOUR;
      secretCount++;
    } else {
      categories[key] = { kind: 'no_data' };
      colours[key] = NO_DATA_COLOUR;
      noDataCount++;
    }
  }
  return { classification, palette, colours, categories, noDataCount, secretCount };
}

/** Fill colour for a key, falling back to "keine Daten" for keys the choropleth does not know. */
export function colourFor(choropleth: Choropleth, key: string): Rgba {
  return choropleth.colours[key] ?? NO_DATA_COLOUR;
}
