import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Level } from '../core/types';

export interface LabelProps {
  key: string;
  name: string;
  level: Level;
  /** Larger areas first when labels collide (MapLibre's symbol-sort-key: lower draws first). */
  rank: number;
}

interface NamedProps {
  key: string;
  name: string;
  level: Level;
}

/** Where to write each area's name: a point guaranteed inside the polygon (turf pointOnFeature). */
export function labelPoints(
  areas: FeatureCollection<Polygon | MultiPolygon, NamedProps>,
): FeatureCollection<Point, LabelProps> {
  const features: Feature<Point, LabelProps>[] = [];
  areas.features.forEach((feature, i) => {
    if (!feature.geometry) return;
    try {
      const point = pointOnFeature(feature);
      const { key, name, level } = feature.properties;
      features.push({ type: 'Feature', geometry: point.geometry, properties: { key, name, level, rank: i } });
    } catch {
      // A degenerate geometry simply gets no label.
    }
  });
  return { type: 'FeatureCollection', features };
}

/** Zoom from which names of a level are written (Kreise always). */
export const LABEL_MIN_ZOOM: Record<Level, number> = { land: 0, kreis: 0, gemeinde: 8, quartier: 11, grid: 13 };
/** Zoom up to which Kreis names orient the user on finer levels. */
export const KREIS_CONTEXT_MAX_ZOOM = 8;
