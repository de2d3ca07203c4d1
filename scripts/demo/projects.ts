import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Counts } from './counts';
import { round5, type Areal } from './geometry';
import { Rng } from './random';
import { highestNeed } from './selection';

export const PROJECT_TYPES = ['Gemeinwesenarbeit', 'Bewohnertreff', 'Initiative', 'Nachbarschaftszentrum', 'Stadtteilbüro'] as const;
export const PROJECT_COLUMNS = ['id', 'name', 'type', 'founded_year', 'lon', 'lat'] as const;

export interface PlaceArea {
  key: string;
  name: string;
  geometry: Areal;
}

export interface ProjectCounts {
  inQuartiere: number;
  inGemeinden: number;
}

export const PROJECT_COUNTS: ProjectCounts = { inQuartiere: 28, inGemeinden: 12 };

function pointIn(geometry: Areal, rng: Rng): [number, number] {
  const f: Feature<Areal> = { type: 'Feature', properties: {}, geometry };
  const [minX, minY, maxX, maxY] = bbox(f);
  for (let i = 0; i < 10_000; i++) {
    const p: [number, number] = [round5(rng.uniform(minX, maxX)), round5(rng.uniform(minY, maxY))];
    if (booleanPointInPolygon(p, f)) return p;
  }
  throw new Error('No point found inside the area');
}

/**
 * Fictional member projects: most in the 20 Quartiere with the highest SGB II quote (2024, ≥ 500
 * residents), the rest in 12 of the 24 highest-need other Gemeinden (≥ 5,000 residents).
 */
export function generateProjects(
  quartiere: readonly PlaceArea[],
  gemeinden: readonly PlaceArea[],
  totals: ReadonlyMap<string, Counts[]>,
  seed: string,
  counts: ProjectCounts = PROJECT_COUNTS,
): string[][] {
  const rng = new Rng(`${seed}/projects`);
  const byKey = new Map([...quartiere, ...gemeinden].map((a) => [a.key, a]));
  const topQ = highestNeed(quartiere.map((q) => q.key), totals, 9, 500).slice(0, 20);
  const topG = highestNeed(gemeinden.map((g) => g.key), totals, 9, 5000).slice(0, 24);
  const places: string[] = [];
  for (let i = 0; i < counts.inQuartiere && topQ.length > 0; i++) places.push(topQ[i % topQ.length]);
  const pool = [...topG];
  for (let i = 0; i < counts.inGemeinden && pool.length > 0; i++) places.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]);
  const used = new Set<string>();
  return places.map((key, i) => {
    const place = byKey.get(key) as PlaceArea;
    const type = rng.pick(PROJECT_TYPES);
    let name = `${type} ${place.name} (Demo)`;
    for (let n = 2; used.has(name); n++) name = `${type} ${place.name} ${n} (Demo)`;
    used.add(name);
    const [lon, lat] = pointIn(place.geometry, rng);
    return [`P${String(i + 1).padStart(2, '0')}`, name, type, String(rng.int(1989, 2023)), lon.toFixed(5), lat.toFixed(5)];
  });
}
