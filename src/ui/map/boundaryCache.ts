import type { AreaFeature, AreaFeatureCollection, AtlasData } from '../../data/atlas';
import type { Level } from '../../core/types';

/** Boundaries are large and do not change while the app runs: read each level once per workspace. */
const caches = new WeakMap<AtlasData, Map<Level, Promise<AreaFeatureCollection>>>();

export function boundariesOf(atlas: AtlasData, level: Level): Promise<AreaFeatureCollection> {
  let cache = caches.get(atlas);
  if (!cache) {
    cache = new Map();
    caches.set(atlas, cache);
  }
  let promise = cache.get(level);
  if (!promise) {
    promise = atlas.boundaries(level);
    promise.catch(() => cache?.delete(level));
    cache.set(level, promise);
  }
  return promise;
}

/** After the workspace changed (areas imported or removed): the next read of each level asks the database again. */
export function forgetBoundaries(atlas: AtlasData): void {
  caches.delete(atlas);
}

export async function featureOf(atlas: AtlasData, level: Level, key: string): Promise<AreaFeature | null> {
  const collection = await boundariesOf(atlas, level);
  return collection.features.find((f) => f.properties.key === key) ?? null;
}
