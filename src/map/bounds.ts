import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** [[west, south], [east, north]] of a feature or collection, or null when it has no coordinates. */
export function boundsOf(geo: Feature<Geometry | null> | FeatureCollection<Geometry | null>): Bounds | null {
  const features = geo.type === 'FeatureCollection' ? geo.features : [geo];
  if (!features.some((f) => f.geometry)) return null;
  const [w, s, e, n] = bbox(geo as FeatureCollection);
  if (![w, s, e, n].every(Number.isFinite)) return null;
  return [[w, s], [e, n]];
}

/** Niedersachsen (with Bremen inside), used until the boundaries are loaded. */
export const NIEDERSACHSEN_BOUNDS: Bounds = [[6.65, 51.29], [11.6, 53.9]];
