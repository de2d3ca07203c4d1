import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';

/** MapLibre source and layers of the polygon being drawn for a custom area (above the choropleth and labels). */
export const DRAW_SOURCE = 'custom-draw';
export const DRAW_LAYER_IDS = ['custom-draw-fill', 'custom-draw-line', 'custom-draw-points'] as const;

/**
 * The polygon being drawn: its corners as points, the edges so far as a line, and (from three corners
 * on) the closed polygon. An empty collection when nothing is being drawn.
 * @example drawFeatures([[9.7, 52.3], [9.8, 52.3]]).features.length // → 3 (2 points, 1 line)
 */
export function drawFeatures(vertices: readonly (readonly [number, number])[]): FeatureCollection {
  const coords = vertices.map((p) => [p[0], p[1]]);
  const features: Feature[] = coords.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } }));
  if (coords.length >= 2) {
    const line = coords.length >= 3 ? [...coords, coords[0]] : coords;
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });
  }
  if (coords.length >= 3) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...coords, coords[0]]] } });
  return { type: 'FeatureCollection', features };
}

/** Fill (light), outline (dark, 2 px) and corner dots; filtered by geometry type. */
export function drawStyleLayers(): LayerSpecification[] {
  return [
    { id: DRAW_LAYER_IDS[0], type: 'fill', source: DRAW_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#1a1a1a', 'fill-opacity': 0.15 } },
    { id: DRAW_LAYER_IDS[1], type: 'line', source: DRAW_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#1a1a1a', 'line-width': 2, 'line-dasharray': [2, 1] } },
    {
      id: DRAW_LAYER_IDS[2], type: 'circle', source: DRAW_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#1a1a1a', 'circle-stroke-width': 2 },
    },
  ];
}
