import { useSyncExternalStore } from 'react';

/** [longitude, latitude] in degrees (WGS 84). */
export type LonLat = [number, number];

/**
 * What the next map clicks do: nothing special (`idle`: clicks select areas), set the centre of a
 * radius custom area (`centre`: one click), or add the vertices of a drawn polygon (`polygon`).
 */
export type PickMode = 'idle' | 'centre' | 'polygon';

export interface PickState {
  mode: PickMode;
  /** Polygon vertices so far, in click order. */
  vertices: LonLat[];
}

/** Two clicks closer than this (degrees) are one vertex: a double-click fires two clicks on one spot. */
const SAME_POINT = 1e-7;

const IDLE: PickState = { mode: 'idle', vertices: [] };

/**
 * The map-pick mode shared by the custom-area panel (which starts it), the map (whose clicks feed it
 * and which draws the vertices) and the pick bar (instructions, vertex list, keyboard). A tiny
 * external store: the panel lives in the compare view, the map in App; neither owns the other.
 */
export function createMapPick() {
  let state: PickState = IDLE;
  let onCentre: ((point: LonLat) => void) | null = null;
  let onPolygon: ((ring: LonLat[]) => void) | null = null;
  const listeners = new Set<() => void>();
  const set = (next: PickState) => {
    state = next;
    for (const l of listeners) l();
  };
  const stop = () => {
    onCentre = null;
    onPolygon = null;
    set(IDLE);
  };
  return {
    get: (): PickState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** The next map click sets a centre and ends the mode. */
    startCentre(callback: (point: LonLat) => void): void {
      onPolygon = null;
      onCentre = callback;
      set({ mode: 'centre', vertices: [] });
    },
    /** Map clicks add vertices until `finish` (double-click, Enter) or `cancel` (Escape). */
    startPolygon(callback: (ring: LonLat[]) => void): void {
      onCentre = null;
      onPolygon = callback;
      set({ mode: 'polygon', vertices: [] });
    },
    /** A map click (or a typed point): true when the pick mode used it (the map then does not select). */
    click(point: LonLat): boolean {
      if (!point.every(Number.isFinite)) return false;
      if (state.mode === 'centre') {
        const callback = onCentre;
        stop();
        callback?.(point);
        return true;
      }
      if (state.mode === 'polygon') {
        const last = state.vertices[state.vertices.length - 1];
        if (last && Math.abs(last[0] - point[0]) < SAME_POINT && Math.abs(last[1] - point[1]) < SAME_POINT) return true;
        set({ mode: 'polygon', vertices: [...state.vertices, point] });
        return true;
      }
      return false;
    },
    removeLast(): void {
      if (state.mode === 'polygon' && state.vertices.length > 0) set({ mode: 'polygon', vertices: state.vertices.slice(0, -1) });
    },
    /** Close the polygon (≥ 3 vertices) and hand it over; false (and nothing happens) with fewer. */
    finish(): boolean {
      if (state.mode !== 'polygon' || state.vertices.length < 3) return false;
      const ring = state.vertices;
      const callback = onPolygon;
      stop();
      callback?.(ring);
      return true;
    },
    cancel(): void {
      if (state.mode !== 'idle') stop();
    },
  };
}

export type MapPick = ReturnType<typeof createMapPick>;

/** The app's one map-pick store. */
export const mapPick: MapPick = createMapPick();

export function useMapPick(): PickState {
  return useSyncExternalStore(mapPick.subscribe, mapPick.get, mapPick.get);
}
