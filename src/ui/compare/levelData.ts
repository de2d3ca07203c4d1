import type { AtlasData, LevelFigure } from '../../data/atlas';
import type { Level } from '../../core/types';

/** Figures of one indicator, period and level, read once per workspace (views share them). */
const caches = new WeakMap<AtlasData, Map<string, Promise<LevelFigure[]>>>();

export function figuresOf(atlas: AtlasData, indicatorId: string, period: string, level: Level): Promise<LevelFigure[]> {
  let cache = caches.get(atlas);
  if (!cache) caches.set(atlas, (cache = new Map()));
  const id = JSON.stringify([indicatorId, period, level]);
  let promise = cache.get(id);
  if (!promise) {
    promise = atlas.levelFigures(indicatorId, period, level);
    promise.catch(() => cache?.delete(id));
    cache.set(id, promise);
  }
  return promise;
}

/** area key → figure. */
export function byKey(figures: readonly LevelFigure[]): Map<string, LevelFigure> {
  return new Map(figures.map((f) => [f.areaKey, f]));
}
