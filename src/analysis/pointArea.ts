import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { LEVELS, type Level } from '../core/types';

/** An area with its boundary, for point lookups. */
export interface AreaShape {
  key: string;
  level: Level;
  geometry: Polygon | MultiPolygon | null;
}

export interface AreaLocator {
  /** The key of the finest area (quartier before gemeinde before kreis before land) containing the point. */
  locate(lon: number, lat: number): string | null;
}

/** Builds a locator once (bounding boxes precomputed), then answers many points. */
export function createAreaLocator(areas: readonly AreaShape[]): AreaLocator {
  const depth = (level: Level) => LEVELS.indexOf(level);
  const shapes = areas
    // Grid cells lie across the hierarchy: a point belongs to an area of the hierarchy, not to a cell.
    .filter((a): a is AreaShape & { geometry: Polygon | MultiPolygon } => a.geometry !== null && a.level !== 'grid')
    .map((a) => ({ ...a, box: turfBbox(a.geometry) }))
    .sort((a, b) => depth(b.level) - depth(a.level) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    locate(lon, lat) {
      for (const shape of shapes) {
        const [minX, minY, maxX, maxY] = shape.box;
        if (lon < minX || lon > maxX || lat < minY || lat > maxY) continue;
        if (booleanPointInPolygon([lon, lat], shape.geometry)) return shape.key;
      }
      return null;
    },
  };
}
