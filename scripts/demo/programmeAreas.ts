import { area, buffer, circle, featureCollection, intersect, pointOnFeature } from '@turf/turf';
import type { Feature } from 'geojson';
import type { DemoCity } from './cities';
import type { Counts } from './counts';
import { arealOf, roundGeometry, type Areal } from './geometry';
import type { QuartierProperties } from './quartiere';
import { Rng } from './random';
import { highestNeed } from './selection';

export interface ProgrammeAreaProperties {
  id: string;
  name: string;
  programme: 'Soziale Stadt' | 'Sozialer Zusammenhalt' | 'Gute Nachbarschaft';
  start_year: number;
  area_key: string;
  synthetic: true;
}

/** Programme areas per city (15 in all). */
export const PROGRAMME_AREAS_PER_CITY: Readonly<Record<string, number>> = {
  '03241001': 4, '03101000': 2, '03404000': 2, '03403000': 1, '03103000': 1, '03152012': 2, '03102000': 2, '03254021': 1,
};

const PROGRAMMES = [
  { name: 'Soziale Stadt', from: 1999, to: 2019 },
  { name: 'Sozialer Zusammenhalt', from: 2020, to: 2024 },
  { name: 'Gute Nachbarschaft', from: 2019, to: 2024 },
] as const;

/** Largest radius of a programme area (real ones cover a few hundred metres to about a kilometre). */
export const MAX_RADIUS_M = 900;

/** The shrunk Quartier, cut down to a disc of at most MAX_RADIUS_M around a point inside it. */
function compactPart(shrunk: Feature<Areal>): Areal | null {
  const centre = pointOnFeature(shrunk);
  const disc = circle(centre, MAX_RADIUS_M, { units: 'meters', steps: 32 });
  return arealOf(intersect(featureCollection([shrunk, disc]))) ?? shrunk.geometry;
}

/** Index of the last period (2024) used to rank Quartiere by need. */
const LAST = 9;

/**
 * Fictional programme areas in the Quartiere with the highest SGB II quote (2024, ≥ 1,000 residents):
 * the Quartier shrunk inwards by 12 % of the square root of its area (so it lies strictly inside), cut
 * to a disc of at most 900 m radius.
 */
export function generateProgrammeAreas(
  cities: readonly DemoCity[],
  quartiere: readonly Feature<Areal, QuartierProperties>[],
  totals: ReadonlyMap<string, Counts[]>,
  seed: string,
): Feature<Areal, ProgrammeAreaProperties>[] {
  const rng = new Rng(`${seed}/programme-areas`);
  const out: Feature<Areal, ProgrammeAreaProperties>[] = [];
  for (const city of cities) {
    const own = quartiere.filter((q) => q.properties.parent_key === city.key);
    const keys = highestNeed(own.map((q) => q.properties.key), totals, LAST, 1000).slice(0, PROGRAMME_AREAS_PER_CITY[city.key] ?? 0);
    keys.forEach((key, i) => {
      const q = own.find((f) => f.properties.key === key) as Feature<Areal, QuartierProperties>;
      const inset = 0.12 * Math.sqrt(area(q));
      const shrunk = arealOf(buffer(q, -inset, { units: 'meters' }) ?? null);
      const part = shrunk && compactPart({ type: 'Feature', properties: {}, geometry: shrunk });
      const geometry = part && roundGeometry(part);
      if (!geometry) throw new Error(`Programme area in ${key} vanished`);
      const programme = rng.pick(PROGRAMMES);
      out.push({
        type: 'Feature',
        properties: {
          id: `PA${String(out.length + 1).padStart(2, '0')}`,
          name: `Fördergebiet ${city.label} ${i + 1} (Demo)`,
          programme: programme.name,
          start_year: rng.int(programme.from, programme.to),
          area_key: key,
          synthetic: true,
        },
        geometry,
      });
    });
  }
  return out;
}
