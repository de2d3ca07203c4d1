import { DEMO_CITIES, type DemoCity } from './cities';
import { unitCounts, type Counts } from './counts';
import { needByUnit, urbanity } from './needField';
import { assignPopulation } from './population';
import { Rng } from './random';
import type { ModelUnit } from './units';

export const DEMO_SEED = 'quartiersatlas-demo-v1';
/** Share of each city's Quartiere (lowest need) without any social housing. */
export const NO_SOCIAL_HOUSING_SHARE = 0.15;

export interface ModelResult {
  population2015: Map<string, number>;
  need: Map<string, number>;
  counts: Map<string, Counts[]>;
}

/** Counts for every finest unit (Quartiere in the demo cities, Gemeinden elsewhere), 2015–2024. */
export function generateModel(units: readonly ModelUnit[], seed: string = DEMO_SEED, cities: readonly DemoCity[] = DEMO_CITIES): ModelResult {
  const population2015 = assignPopulation(units, seed, cities);
  const need = needByUnit(units, population2015, seed, cities);
  const noSocial = new Set<string>();
  for (const city of cities) {
    const qs = units.filter((u) => u.level === 'quartier' && u.parentKey === city.key);
    const byNeed = [...qs].sort((a, b) => (need.get(a.key) ?? 0) - (need.get(b.key) ?? 0) || (a.key < b.key ? -1 : 1));
    byNeed.slice(0, Math.max(1, Math.round(qs.length * NO_SOCIAL_HOUSING_SHARE))).forEach((q) => noSocial.add(q.key));
  }
  const cityKeys = new Set(cities.map((c) => c.key));
  const counts = new Map<string, Counts[]>();
  for (const u of units) {
    if (u.level === 'gemeinde' && cityKeys.has(u.key)) continue; // a city's counts are its Quartiere's sum
    const pop = population2015.get(u.key) ?? 0;
    const urban = u.level === 'quartier' ? Math.max(0.75, urbanity(pop, u.areaKm2)) : urbanity(pop, u.areaKm2);
    const rng = new Rng(`${seed}/counts/${u.key}`);
    counts.set(u.key, unitCounts({ population2015: pop, need: need.get(u.key) ?? 0.3, urbanity: urban, noSocialHousing: noSocial.has(u.key) }, rng));
  }
  return { population2015, need, counts };
}
