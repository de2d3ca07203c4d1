import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MemberProject } from '../core/types';
import { colourFor, type Choropleth } from './choropleth';
import {
  AREA_OUTLINE,
  CONTEXT_FILL,
  CONTEXT_OUTLINE,
  PROGRAMME_OUTLINE,
  PROJECT_FILL,
  PROJECT_OUTLINE,
  SECRET_OUTLINE,
  SELECTED_OUTLINE,
  type Rgba,
} from './palette';
import { LAYER_KREIS_LABELS, LAYER_SECRET_HATCH } from './style';

/**
 * Pure descriptors of the deck.gl layers: plain props objects that the UI passes to
 * `new GeoJsonLayer(props)` / `new ScatterplotLayer(props)`. Colours are lookups per area key.
 */
type KeyedFeature = Feature<Geometry, { key: string }>;

export interface GeoJsonLayerDescriptor {
  kind: 'geojson';
  id: string;
  data: FeatureCollection;
  pickable: boolean;
  stroked: boolean;
  filled: boolean;
  getFillColor: Rgba | ((f: KeyedFeature) => Rgba);
  getLineColor: Rgba | ((f: KeyedFeature) => Rgba);
  getLineWidth: number | ((f: KeyedFeature) => number);
  lineWidthUnits: 'pixels';
  lineWidthMinPixels: number;
  updateTriggers: Record<string, unknown>;
  /** MapLibre layer id this layer is drawn below (interleaved mode). */
  beforeId: string;
}

export interface ScatterLayerDescriptor {
  kind: 'scatter';
  id: string;
  data: MemberProject[];
  pickable: boolean;
  getPosition: (p: MemberProject) => [number, number];
  getRadius: number;
  radiusUnits: 'pixels';
  getFillColor: Rgba;
  getLineColor: Rgba;
  stroked: boolean;
  lineWidthUnits: 'pixels';
  getLineWidth: number;
  beforeId: string;
}

export type LayerDescriptor = GeoJsonLayerDescriptor | ScatterLayerDescriptor;

export const CHOROPLETH_LAYER_ID = 'choropleth';

export function choroplethLayer(
  data: FeatureCollection,
  choropleth: Choropleth,
  colourVersion: number,
): GeoJsonLayerDescriptor {
  const isSecret = (f: KeyedFeature) => choropleth.categories[f.properties.key]?.kind === 'secret';
  return {
    kind: 'geojson',
    id: CHOROPLETH_LAYER_ID,
    data,
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: (f) => colourFor(choropleth, f.properties.key),
    getLineColor: (f) => (isSecret(f) ? SECRET_OUTLINE : AREA_OUTLINE),
    getLineWidth: (f) => (isSecret(f) ? 1.5 : 0.8),
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 0.5,
    updateTriggers: { getFillColor: colourVersion, getLineColor: colourVersion, getLineWidth: colourVersion },
    beforeId: LAYER_SECRET_HATCH,
  };
}

/** Surrounding areas drawn faintly (the Gemeinden around the cities' Quartiere). */
export function contextLayer(data: FeatureCollection): GeoJsonLayerDescriptor {
  return {
    kind: 'geojson',
    id: 'context',
    data,
    pickable: false,
    stroked: true,
    filled: true,
    getFillColor: CONTEXT_FILL,
    getLineColor: CONTEXT_OUTLINE,
    getLineWidth: 0.6,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 0.5,
    updateTriggers: {},
    beforeId: LAYER_SECRET_HATCH,
  };
}

export function selectionLayer(feature: Feature | null): GeoJsonLayerDescriptor {
  return {
    kind: 'geojson',
    id: 'selection',
    data: { type: 'FeatureCollection', features: feature ? [feature] : [] },
    pickable: false,
    stroked: true,
    filled: false,
    getFillColor: [0, 0, 0, 0],
    getLineColor: SELECTED_OUTLINE,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 2,
    updateTriggers: {},
    beforeId: LAYER_KREIS_LABELS,
  };
}

export function programmeLayer(data: FeatureCollection): GeoJsonLayerDescriptor {
  return {
    kind: 'geojson',
    id: 'programme-areas',
    data,
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: [PROGRAMME_OUTLINE[0], PROGRAMME_OUTLINE[1], PROGRAMME_OUTLINE[2], 40],
    getLineColor: PROGRAMME_OUTLINE,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 2,
    updateTriggers: {},
    beforeId: LAYER_KREIS_LABELS,
  };
}

export function projectLayer(projects: MemberProject[]): ScatterLayerDescriptor {
  return {
    kind: 'scatter',
    id: 'projects',
    data: projects.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat)),
    pickable: true,
    getPosition: (p) => [p.lon, p.lat],
    getRadius: 5,
    radiusUnits: 'pixels',
    getFillColor: PROJECT_FILL,
    getLineColor: PROJECT_OUTLINE,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    beforeId: LAYER_KREIS_LABELS,
  };
}

/** Outline colour of the linked selection (`sel`): dark blue, dashed look by width, distinct from the focus area's black. */
export const SELECTION_SET_OUTLINE: Rgba = [8, 48, 107, 255];

/** Outlines of all areas in the linked selection (`sel`) among the level's boundaries. */
export function selectionSetLayer(data: FeatureCollection, keys: readonly string[]): GeoJsonLayerDescriptor {
  const wanted = new Set(keys);
  return {
    kind: 'geojson',
    id: 'selection-set',
    data: {
      type: 'FeatureCollection',
      features: data.features.filter((f) => wanted.has((f as KeyedFeature).properties?.key)),
    },
    pickable: false,
    stroked: true,
    filled: false,
    getFillColor: [0, 0, 0, 0],
    getLineColor: SELECTION_SET_OUTLINE,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 2,
    updateTriggers: {},
    beforeId: LAYER_KREIS_LABELS,
  };
}
