import { DEMO_CITIES, type DemoCity } from './cities';
import { clamp, Rng } from './random';
import { distanceKm, type ModelUnit } from './units';

/** A Gaussian bump of the synthetic need field. */
export interface Bump {
  lon: number;
  lat: number;
  sigmaKm: number;
  amplitude: number;
}

/** Bounding box of Niedersachsen's mainland, where the Land-wide bumps are placed. */
const NI_BOX = { minLon: 7.0, maxLon: 11.3, minLat: 51.6, maxLat: 53.6 };
export const LAND_BUMPS = 7;
export const CITY_HOTSPOTS = 2;

export function landBumps(seed: string): Bump[] {
  const rng = new Rng(`${seed}/field/land`);
  return Array.from({ length: LAND_BUMPS }, () => ({
    lon: rng.uniform(NI_BOX.minLon, NI_BOX.maxLon),
    lat: rng.uniform(NI_BOX.minLat, NI_BOX.maxLat),
    sigmaKm: rng.uniform(25, 70),
    amplitude: rng.uniform(-0.1, 0.18),
  }));
}

export function fieldAt(bumps: readonly Bump[], lon: number, lat: number): number {
  let s = 0;
  for (const b of bumps) {
    const d = distanceKm(lon, lat, b.lon, b.lat);
    s += b.amplitude * Math.exp(-(d * d) / (2 * b.sigmaKm * b.sigmaKm));
  }
  return s;
}

/** Urbanity 0..1 from population density: ≤ 50 residents/km² → 0, ≥ 2,000/km² → 1. */
export function urbanity(population: number, areaKm2: number): number {
  const density = population / Math.max(areaKm2, 0.01);
  return clamp((Math.log10(Math.max(density, 1)) - Math.log10(50)) / (Math.log10(2000) - Math.log10(50)), 0, 1);
}

/**
 * Need (0..1) per unit: a smooth spatial random field plus structure, so neighbours resemble each other.
 * - Gemeinde: 0.26 + Σ Land bumps + 0.2 × urbanity + N(0, 0.07).
 * - Quartier: city level + Σ city hotspots (σ = 0.3 × city radius, amplitude 0.25–0.4) + centre effect
 *   (+0.1 near the centre, −0.12 at the edge) + N(0, 0.08).
 */
export function needByUnit(
  units: readonly ModelUnit[],
  population: ReadonlyMap<string, number>,
  seed: string,
  cities: readonly DemoCity[] = DEMO_CITIES,
): Map<string, number> {
  const bumps = landBumps(seed);
  const need = new Map<string, number>();
  for (const u of units) {
    if (u.level !== 'gemeinde') continue;
    const rng = new Rng(`${seed}/need/${u.key}`);
    const urban = urbanity(population.get(u.key) ?? 0, u.areaKm2);
    need.set(u.key, clamp(0.26 + fieldAt(bumps, u.lon, u.lat) + 0.2 * urban + rng.normal(0, 0.07), 0.03, 1));
  }
  for (const city of cities) {
    const qs = units.filter((u) => u.level === 'quartier' && u.parentKey === city.key);
    if (qs.length === 0) continue;
    const rng = new Rng(`${seed}/need/${city.key}`);
    const totalArea = qs.reduce((s, q) => s + q.areaKm2, 0);
    const cLon = qs.reduce((s, q) => s + q.lon * q.areaKm2, 0) / totalArea;
    const cLat = qs.reduce((s, q) => s + q.lat * q.areaKm2, 0) / totalArea;
    const radius = Math.sqrt(totalArea / Math.PI);
    const hotspots: Bump[] = Array.from({ length: CITY_HOTSPOTS }, () => {
      const q = qs[Math.floor(rng.next() * qs.length)];
      return { lon: q.lon, lat: q.lat, sigmaKm: 0.3 * radius, amplitude: rng.uniform(0.25, 0.4) };
    });
    for (const q of qs) {
      const d = distanceKm(q.lon, q.lat, cLon, cLat) / radius;
      const centre = 0.1 * Math.exp(-((d / 0.4) ** 2)) - 0.12 * Math.min(d, 1.5);
      need.set(q.key, clamp(city.need + fieldAt(hotspots, q.lon, q.lat) + centre + rng.normal(0, 0.08), 0.03, 1));
    }
  }
  return need;
}
