import { schemeYlGnBu } from 'd3-scale-chromatic';

/** RGBA colour as deck.gl expects it (0–255 per channel). */
export type Rgba = [number, number, number, number];

/**
 * Colours of the map. The class palette is ColorBrewer YlGnBu: sequential, colour-blind safe,
 * neutral (no red-to-green moral scale) and readable in grey-scale print. Its lightest class is
 * yellowish, so it never looks like the grey of "keine Daten".
 */
export const NO_DATA_COLOUR: Rgba = [224, 224, 224, 255];
/** Secret / suppressed values: a mid grey, drawn with a dark outline and hatching on the map. */
export const SECRET_COLOUR: Rgba = [150, 150, 150, 255];
export const SECRET_OUTLINE: Rgba = [40, 40, 40, 255];
export const AREA_OUTLINE: Rgba = [255, 255, 255, 230];
export const CONTEXT_FILL: Rgba = [238, 238, 238, 255];
export const CONTEXT_OUTLINE: Rgba = [170, 170, 170, 255];
export const SELECTED_OUTLINE: Rgba = [0, 0, 0, 255];
export const HOVER_OUTLINE: Rgba = [60, 60, 60, 200];
/** Programme areas: ColorBrewer Dark2 orange, far from the blue-green classes. */
export const PROGRAMME_OUTLINE: Rgba = [217, 95, 2, 255];
/** Member projects: Dark2 magenta points with a white ring. */
export const PROJECT_FILL: Rgba = [231, 41, 138, 255];
export const PROJECT_OUTLINE: Rgba = [255, 255, 255, 255];
export const BACKGROUND_CSS = '#f4f6f8';

export function hexToRgba(hex: string, alpha = 255): Rgba {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16), alpha];
}

export function rgbaToCss([r, g, b, a]: Rgba): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return a === 255 ? `#${hex(r)}${hex(g)}${hex(b)}` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}

/** `count` sequential colours, light (low) to dark (high); 1–9 classes, more are interpolated by reuse. */
export function sequentialPalette(count: number): Rgba[] {
  if (count < 1) return [];
  if (count === 1) return [hexToRgba(schemeYlGnBu[3][1])];
  if (count === 2) return [hexToRgba(schemeYlGnBu[3][0]), hexToRgba(schemeYlGnBu[3][2])];
  if (count <= 9) return schemeYlGnBu[count].map((c) => hexToRgba(c));
  const nine = schemeYlGnBu[9];
  return Array.from({ length: count }, (_, i) => hexToRgba(nine[Math.round((i * 8) / (count - 1))]));
}
