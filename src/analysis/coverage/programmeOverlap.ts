import { area as turfArea, bbox as turfBbox, featureCollection, intersect, polygon, multiPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Shape = Polygon | MultiPolygon;
type Box = [number, number, number, number];

export interface ProgrammeShape {
  id: string;
  geometry: Shape;
}

/** Minimum share of the area a programme area must cover, or … */
export const MIN_AREA_SHARE = 0.01;
/** … minimum share of a programme area that must lie inside the area, for the area to count as "in a programme area". */
export const MIN_PROGRAMME_SHARE = 0.5;

export interface ProgrammeOverlap {
  /** Share (0–1) of the area's surface inside any programme area (overlapping programme areas counted once). */
  share: number;
  /** Ids of the programme areas that make the area count as covered (see `MIN_AREA_SHARE`, `MIN_PROGRAMME_SHARE`). */
  programmeIds: string[];
}

function feature(shape: Shape): Feature<Shape> {
  return shape.type === 'Polygon' ? polygon(shape.coordinates) : multiPolygon(shape.coordinates);
}

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Prepared programme areas (bounding box and surface computed once) for many `overlapOf` calls. */
export interface PreparedProgrammes {
  items: { id: string; shape: Feature<Shape>; box: Box; m2: number }[];
}

export function prepareProgrammes(programmes: readonly ProgrammeShape[]): PreparedProgrammes {
  return {
    items: programmes.map((p) => {
      const shape = feature(p.geometry);
      return { id: p.id, shape, box: turfBbox(shape) as Box, m2: turfArea(shape) };
    }),
  };
}

/**
 * How an area overlaps the programme areas (surfaces on the WGS 84 sphere, as turf measures them).
 * Rule: the area counts as "in a programme area" when a programme area covers at least 1 % of its
 * surface, or at least half of a programme area lies inside it (a small programme area in a large
 * Gemeinde). The share is the union of all overlaps over the area's surface.
 */
export function overlapOf(area: Shape, prepared: PreparedProgrammes): ProgrammeOverlap {
  const shape = feature(area);
  const box = turfBbox(shape) as Box;
  const candidates = prepared.items.filter((p) => boxesMeet(box, p.box));
  if (candidates.length === 0) return { share: 0, programmeIds: [] };
  const areaM2 = turfArea(shape);
  if (!(areaM2 > 0)) return { share: 0, programmeIds: [] };
  const pieces: Feature<Shape>[] = [];
  const programmeIds: string[] = [];
  for (const p of candidates) {
    const piece = intersect(featureCollection([shape, p.shape]));
    if (!piece) continue;
    const m2 = turfArea(piece);
    if (!(m2 > 0)) continue;
    pieces.push(piece as Feature<Shape>);
    if (m2 / areaM2 >= MIN_AREA_SHARE || (p.m2 > 0 && m2 / p.m2 >= MIN_PROGRAMME_SHARE)) programmeIds.push(p.id);
  }
  if (pieces.length === 0) return { share: 0, programmeIds };
  const covered = pieces.length === 1 ? pieces[0] : union(featureCollection(pieces));
  const share = covered ? Math.min(1, turfArea(covered) / areaM2) : 0;
  return { share, programmeIds };
}
