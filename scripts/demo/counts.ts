import { clamp, Rng } from './random';

export const PERIODS = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'] as const;

/** The hidden counts behind every indicator (all integers). */
export interface Counts {
  population: number;
  under18: number;
  under15: number;
  under65: number;
  age15to64: number;
  sgb2Persons: number;
  sgb2Children: number;
  unemployed: number;
  householdsWithChildren: number;
  singleParentHouseholds: number;
  dwellings: number;
  livingSpace: number;
  socialDwellings: number;
}

export const COUNT_FIELDS = [
  'population', 'under18', 'under15', 'under65', 'age15to64', 'sgb2Persons', 'sgb2Children', 'unemployed',
  'householdsWithChildren', 'singleParentHouseholds', 'dwellings', 'livingSpace', 'socialDwellings',
] as const satisfies readonly (keyof Counts)[];

/** Land-wide year effects (index 0 = 2015): SGB II falls until 2019, then COVID-19 and 2022 refugees. */
export const SGB2_YEAR = [1.0, 1.02, 1.03, 0.99, 0.95, 0.96, 0.94, 0.95, 1.0, 1.0];
export const UNEMPLOYMENT_YEAR = [1.0, 0.97, 0.93, 0.89, 0.87, 0.97, 0.93, 0.89, 0.92, 0.95];

export interface UnitProfile {
  population2015: number;
  need: number;
  urbanity: number;
  /** Forces a social-housing share of 0 (e.g. a low-need Quartier of owner-occupied houses). */
  noSocialHousing: boolean;
}

/**
 * Yearly counts of one unit. Rates at the start (2015) follow the need score:
 * SGB II quote = 2 + 30·need^1.5 (%, ×log-normal noise), child poverty ≈ 1.55 × SGB II,
 * unemployment ≈ 1.2 + 0.45 × SGB II, youth 16.5 + 5·(need−0.4) + 1.2·(rural), single parents
 * 11 + 0.85 × SGB II, living space 51 − 0.7 × SGB II + 3·(rural), social housing urban ≈ 1 + 0.95 × SGB II.
 * Each then follows a unit trend, the Land-wide year effect and yearly noise; counts are rounded.
 */
export function unitCounts(profile: UnitProfile, rng: Rng): Counts[] {
  const { need, urbanity: u } = profile;
  const rural = 1 - u;
  const sgb0 = clamp((2 + 30 * need ** 1.5) * Math.exp(rng.normal(0, 0.08)), 1.5, 31);
  const cpRatio = 1.55 * Math.exp(rng.normal(0, 0.08));
  const ue0 = 1.2 + 0.45 * sgb0 * Math.exp(rng.normal(0, 0.1));
  const youth0 = 16.5 + 5 * (need - 0.4) + 1.2 * rural + rng.normal(0, 1.3);
  const sp0 = 11 + 0.85 * sgb0 + rng.normal(0, 2.2);
  const ls0 = 51 - 0.7 * sgb0 + 3 * rural + rng.normal(0, 2.2);
  const sh0 = profile.noSocialHousing
    ? 0
    : Math.max(0, u * (1 + 0.95 * sgb0 + rng.normal(0, 2.5)) + rural * (rng.normal(0.8, 1.5) + 0.15 * sgb0));
  const growth = rng.normal(0.0005 + 0.004 * u, 0.004);
  const trend = rng.normal(0, 0.012);
  const share65 = clamp(0.8 + 0.03 * u - 0.03 * rural + rng.normal(0, 0.015), 0.7, 0.88);
  const householdSize = 1.85 + 0.35 * rural + rng.normal(0, 0.05);
  const kidsPerHousehold = 1.75 + rng.normal(0, 0.05);

  return PERIODS.map((_, i) => {
    const population = profile.population2015 === 0 ? 0 : Math.max(1, Math.round(profile.population2015 * Math.exp(growth * i + rng.normal(0, 0.003))));
    const youth = clamp(youth0 + 0.06 * i + rng.normal(0, 0.2), 11.5, 23);
    const sgb = clamp(sgb0 * SGB2_YEAR[i] * Math.exp(trend * i + rng.normal(0, 0.025)), 1.5, 32);
    const cp = clamp(sgb * cpRatio * Math.exp(rng.normal(0, 0.04)), 2.5, 47);
    const ue = clamp(ue0 * UNEMPLOYMENT_YEAR[i] * Math.exp(0.7 * trend * i + rng.normal(0, 0.04)), 1.5, 15.5);
    const sp = clamp(sp0 + 0.1 * i + rng.normal(0, 0.6), 9, 36);
    const ls = clamp(ls0 + 0.15 * i + rng.normal(0, 0.15), 31, 57);
    const sh = clamp(sh0 * 0.98 ** i * Math.exp(rng.normal(0, 0.03)), 0, 25);

    const under18 = Math.round((population * youth) / 100);
    const under15 = Math.round(under18 * 0.83);
    const under65 = Math.max(under18, Math.round(population * (share65 - 0.002 * i)));
    const age15to64 = under65 - under15;
    const sgb2Children = Math.round((under15 * cp) / 100);
    const sgb2Persons = Math.max(sgb2Children, Math.round((under65 * sgb) / 100));
    const unemployed = Math.round((age15to64 * ue) / 100);
    const householdsWithChildren = Math.round(under18 / kidsPerHousehold);
    const singleParentHouseholds = Math.round((householdsWithChildren * sp) / 100);
    const dwellings = Math.round(population / householdSize);
    const livingSpace = Math.round(population * ls);
    const socialDwellings = Math.round((dwellings * sh) / 100);
    return {
      population, under18, under15, under65, age15to64, sgb2Persons, sgb2Children, unemployed,
      householdsWithChildren, singleParentHouseholds, dwellings, livingSpace, socialDwellings,
    };
  });
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const f of COUNT_FIELDS) out[f] = a[f] + b[f];
  return out;
}

export function zeroCounts(): Counts {
  return Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as unknown as Counts;
}
