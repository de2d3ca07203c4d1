import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Level } from '../core/types';
import { KREIS_CONTEXT_MAX_ZOOM, LABEL_MIN_ZOOM } from './labels';
import { BACKGROUND_CSS } from './palette';

/** Source and layer ids of the offline style; deck.gl layers are slotted in before these. */
export const SOURCE_LABELS = 'area-labels';
export const SOURCE_KREIS_LABELS = 'kreis-labels';
export const SOURCE_SECRET = 'secret-areas';
export const LAYER_SECRET_HATCH = 'secret-hatch';
export const LAYER_LABELS = 'area-labels';
export const LAYER_KREIS_LABELS = 'kreis-labels';
export const HATCH_IMAGE = 'hatch';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const LABEL_PAINT = {
  'text-color': '#1a1a1a',
  'text-halo-color': 'rgba(255, 255, 255, 0.92)',
  'text-halo-width': 1.6,
};

/**
 * An offline MapLibre style: a background and our own GeoJSON sources only. No `glyphs` (MapLibre
 * draws text with local fonts), no tiles, no sprite: the map makes no request outside the origin.
 * The choropleth itself is a deck.gl layer interleaved below the hatch and label layers.
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Quartiersatlas offline',
    sources: {
      [SOURCE_SECRET]: { type: 'geojson', data: EMPTY },
      [SOURCE_KREIS_LABELS]: { type: 'geojson', data: EMPTY },
      [SOURCE_LABELS]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_CSS } },
      {
        id: LAYER_SECRET_HATCH,
        type: 'fill',
        source: SOURCE_SECRET,
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 },
      },
      {
        id: LAYER_KREIS_LABELS,
        type: 'symbol',
        source: SOURCE_KREIS_LABELS,
        maxzoom: KREIS_CONTEXT_MAX_ZOOM,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': 12,
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: LABEL_PAINT,
      },
      {
        id: LAYER_LABELS,
        type: 'symbol',
        source: SOURCE_LABELS,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': 12,
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: LABEL_PAINT,
      },
    ],
  };
}

/** Zoom range of the level's own labels; Kreis context labels are shown below it on finer levels. */
export function labelZoomRange(level: Level): { minzoom: number; kreisContext: boolean } {
  return { minzoom: LABEL_MIN_ZOOM[level], kreisContext: level !== 'kreis' && level !== 'land' };
}

/**
 * A small diagonal hatching tile (RGBA pixels) for "geheim" areas, so that secret values differ from
 * missing data by texture as well as by grey.
 */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const onLine = (x + y) % size === 0 || (x + y + 1) % size === 0;
      data[i] = onLine ? 40 : 0;
      data[i + 1] = onLine ? 40 : 0;
      data[i + 2] = onLine ? 40 : 0;
      data[i + 3] = onLine ? 220 : 0;
    }
  }
  return { width: size, height: size, data };
}
