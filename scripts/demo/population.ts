import { DEMO_CITIES, FIXED_POPULATION, INHABITED_UNINCORPORATED, LAND_POPULATION_2015, type DemoCity } from './cities';
import { Rng } from './random';
import { distanceKm, type ModelUnit } from './units';

/** Population of the smallest Quartier of each city: a park, port or industrial area with few residents. */
export const SMALL_QUARTIER_RANGE: readonly [number, number] = [110, 290];

/**
 * Population on 31.12.2015 for every model unit.
 * - Quartiere share their city's total: weight = area × density, density falling with the distance
 *   from the city centre, times log-normal noise; the lowest-weight Quartier gets 110–290 residents.
 * - Gemeinden: fixed for the other kreisfreie Städte and the inhabited gemeindefreie Gebiete, 0 for the
 *   uninhabited ones, otherwise log-normal: ln P = 7.4 + 0.55 ln(area km²) + 0.9 [Stadt] + N(0, 0.55),
 *   scaled so that the Land totals about 7.93 million.
 */
export function assignPopulation(units: readonly ModelUnit[], seed: string, cities: readonly DemoCity[] = DEMO_CITIES): Map<string, number> {
  const result = new Map<string, number>();
  const cityKeys = new Set(cities.map((c) => c.key));
  for (const city of cities) {
    const qs = units.filter((u) => u.level === 'quartier' && u.parentKey === city.key);
    if (qs.length === 0) continue;
    const rng = new Rng(`${seed}/population/${city.key}`);
    const totalArea = qs.reduce((s, q) => s + q.areaKm2, 0);
    const cLon = qs.reduce((s, q) => s + q.lon * q.areaKm2, 0) / totalArea;
    const cLat = qs.reduce((s, q) => s + q.lat * q.areaKm2, 0) / totalArea;
    const radius = Math.sqrt(totalArea / Math.PI);
    const weights = qs.map((q) => q.areaKm2 * Math.exp(-1.6 * (distanceKm(q.lon, q.lat, cLon, cLat) / radius)) * Math.exp(rng.normal(0, 0.35)));
    const smallest = weights.indexOf(Math.min(...weights));
    const small = Math.round(rng.uniform(SMALL_QUARTIER_RANGE[0], SMALL_QUARTIER_RANGE[1]));
    const rest = weights.reduce((s, w, i) => (i === smallest ? s : s + w), 0);
    qs.forEach((q, i) => {
      result.set(q.key, i === smallest ? small : Math.round(((city.population2015 - small) * weights[i]) / rest));
    });
  }
  const drawn: ModelUnit[] = [];
  let fixed = [...result.values()].reduce((s, p) => s + p, 0);
  for (const u of units) {
    if (u.level !== 'gemeinde' || cityKeys.has(u.key)) continue;
    const preset = FIXED_POPULATION[u.key] ?? INHABITED_UNINCORPORATED[u.key];
    if (preset !== undefined) {
      result.set(u.key, preset);
      fixed += preset;
    } else if (u.type === 'Gemeindefreies Gebiet') {
      result.set(u.key, 0);
    } else {
      drawn.push(u);
    }
  }
  const raw = drawn.map((u) => {
    const rng = new Rng(`${seed}/population/${u.key}`);
    const stadt = u.type === 'Stadt' ? 0.9 : 0;
    return Math.exp(7.4 + 0.55 * Math.log(Math.max(u.areaKm2, 0.5)) + stadt + rng.normal(0, 0.55));
  });
  const factor = (LAND_POPULATION_2015 - fixed) / raw.reduce((s, r) => s + r, 0);
  drawn.forEach((u, i) => result.set(u.key, Math.max(150, Math.round(raw[i] * factor))));
  return result;
}
