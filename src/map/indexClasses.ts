import { interpolatePuBu } from 'd3-scale-chromatic';
import { hexToRgba, NO_DATA_COLOUR, type Rgba } from './palette';

/**
 * Colours of social-index classes, ordered by need (class 0 = least need, lightest). A neutral
 * sequential purple-blue (ColorBrewer PuBu): no traffic-light judgement, colour-blind safe,
 * readable in grey-scale. Excluded areas take the "keine Daten" grey.
 */
export function indexClassColours(count: number): Rgba[] {
  if (count < 1) return [];
  return Array.from({ length: count }, (_, i) => rgbOf(interpolatePuBu(0.15 + (0.8 * (count === 1 ? 1 : i / (count - 1))))));
}

function rgbOf(css: string): Rgba {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(css);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), 255] : hexToRgba(css);
}

export const INDEX_EXCLUDED_COLOUR: Rgba = NO_DATA_COLOUR;

/**
 * Colour per area from its class (−1 = excluded). `classes` is the number of classes (4 status
 * classes, or 12 combined groups status-major).
 */
export function indexColours(keys: readonly string[], classOf: ArrayLike<number>, classes: number): Record<string, Rgba> {
  const palette = indexClassColours(classes);
  const out: Record<string, Rgba> = Object.create(null);
  keys.forEach((key, i) => {
    const c = classOf[i];
    out[key] = c >= 0 && c < classes ? palette[c] : INDEX_EXCLUDED_COLOUR;
  });
  return out;
}
