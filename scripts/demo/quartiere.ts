import { area, bbox, booleanPointInPolygon, centerOfMass, featureCollection, intersect, point, voronoi } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { quartierKey, quartierName } from './cities';
import { arealOf, roundGeometry, type Areal } from './geometry';
import { Rng } from './random';

export interface QuartierProperties {
  key: string;
  name: string;
  type: string;
  level: 'quartier';
  parent_key: string;
  vintage: string;
  synthetic: true;
}

export interface QuartierInput {
  key: string;
  label: string;
  geometry: Areal;
  count: number;
  vintage: string;
}

/** Candidates per new seed point in best-candidate sampling (more = more even spacing). */
const CANDIDATES = 10;

/**
 * Seed points spread evenly (Mitchell's best candidate) but denser towards the city centre, so that
 * inner Quartiere are smaller, as in real cities.
 */
export function seedPoints(city: Feature<Areal>, count: number, rng: Rng): [number, number][] {
  const [minX, minY, maxX, maxY] = bbox(city);
  const centre = centerOfMass(city).geometry.coordinates;
  const kx = Math.cos((centre[1] * Math.PI) / 180);
  const radius = Math.sqrt(area(city) / Math.PI) / 111_320; // in degrees of latitude
  const scale = (x: number, y: number) => {
    const d = Math.hypot((x - centre[0]) * kx, y - centre[1]) / radius;
    return 0.55 + 0.45 * Math.min(1, d); // local spacing: 0.55 at the centre, 1 at the edge
  };
  const inside = (): [number, number] => {
    for (let tries = 0; tries < 10_000; tries++) {
      const p: [number, number] = [rng.uniform(minX, maxX), rng.uniform(minY, maxY)];
      if (booleanPointInPolygon(p, city)) return p;
    }
    throw new Error('Could not place a point inside the city');
  };
  const points: [number, number][] = [];
  while (points.length < count) {
    let best: [number, number] | null = null;
    let bestScore = -1;
    for (let c = 0; c < (points.length === 0 ? 1 : CANDIDATES); c++) {
      const p = inside();
      let nearest = Infinity;
      for (const q of points) nearest = Math.min(nearest, Math.hypot((p[0] - q[0]) * kx, p[1] - q[1]));
      const score = nearest / scale(p[0], p[1]);
      if (score > bestScore) [best, bestScore] = [p, score];
    }
    points.push(best as [number, number]);
  }
  return points;
}

/**
 * Synthetic Quartiere covering a city without gaps or overlaps: seeded points → Voronoi cells →
 * clipped to the city polygon. Q01 is the Quartier nearest the centre, numbering grows outwards.
 */
export function generateQuartiere(input: QuartierInput, seed: string): Feature<Areal, QuartierProperties>[] {
  const city: Feature<Areal> = { type: 'Feature', properties: {}, geometry: input.geometry };
  const rng = new Rng(`${seed}/quartiere/${input.key}`);
  const points = seedPoints(city, input.count, rng);
  const [minX, minY, maxX, maxY] = bbox(city);
  const pad = Math.max(maxX - minX, maxY - minY) * 0.05;
  const cells = voronoi(featureCollection(points.map((p) => point(p))), {
    bbox: [minX - pad, minY - pad, maxX + pad, maxY + pad],
  });
  const centre = centerOfMass(city).geometry.coordinates;
  const clipped = cells.features.map((cell: Feature<Polygon> | null, i: number) => {
    if (!cell) throw new Error(`No Voronoi cell for point ${i}`);
    const g = arealOf(intersect(featureCollection([cell, city])));
    const rounded = g && roundGeometry(g);
    if (!rounded) throw new Error(`Empty Quartier cell ${i} in ${input.key}`);
    const [x, y] = points[i];
    return { geometry: rounded, distance: Math.hypot(x - centre[0], y - centre[1]) };
  });
  clipped.sort((a, b) => a.distance - b.distance);
  return clipped.map((c, i) => ({
    type: 'Feature',
    properties: {
      key: quartierKey(input.key, i + 1),
      name: quartierName(input.label, i + 1),
      type: 'Quartier',
      level: 'quartier',
      parent_key: input.key,
      vintage: input.vintage,
      synthetic: true,
    },
    geometry: c.geometry,
  }));
}

