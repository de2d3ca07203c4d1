import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from './atlas';
import type { Connector } from './connector';
import { loadDemo } from './demo';
import { openNodeConnector } from './engine/duckdbNode';
import { createAtlasData } from './queries';

// The real bundled demo (data/), loaded through the manifest exactly as the app does.
const readData = (path: string) => readFile(new URL(`../../data/${path}`, import.meta.url), 'utf8');

let db: Connector;
let atlas: AtlasData;
let loaded: Awaited<ReturnType<typeof loadDemo>>;
beforeAll(async () => {
  db = await openNodeConnector();
  loaded = await loadDemo(db, readData);
  atlas = createAtlasData(db);
}, 300_000);
afterAll(async () => {
  await db.close();
});

describe('the real demo through the manifest', () => {
  it('loads every observation line and every dataset of the manifest', async () => {
    const manifest = JSON.parse(await readData('demo/manifest.json')) as { datasets: { id: string }[] };
    expect(loaded.map((d) => d.id)).toEqual(manifest.datasets.map((d) => d.id));
    const lines = (await readData('demo/observations.csv')).trimEnd().split('\n').length - 1;
    expect(await db.query('SELECT count(*) AS n FROM observations')).toEqual([{ n: lines }]);
    expect(await db.query("SELECT count(*) AS n FROM areas WHERE NOT starts_with(key, '03')")).toEqual([{ n: 0 }]);
  });

  it("Hannover's profile (03241001) has 8 indicators and references Region Hannover and Niedersachsen", async () => {
    const periods = await atlas.periods('sgb2_quote');
    const latest = periods[periods.length - 1];
    const profile = await atlas.profile('03241001', latest);
    expect(profile.area).toMatchObject({ key: '03241001', name: 'Hannover', level: 'gemeinde' });
    expect(profile.lines).toHaveLength(8);
    for (const line of profile.lines) {
      expect(line.references.map((r) => [r.areaKey, r.areaName])).toEqual([['03241', 'Region Hannover'], ['03', 'Niedersachsen']]);
      expect(line.series.length).toBe(periods.length);
    }
    expect(profile.synthetic).toBe(true);
    expect(profile.sources.length).toBeGreaterThan(0);
  });

  it('a demo Quartier refers to its city, Kreis and Land', async () => {
    const quartiere = await atlas.areas('quartier');
    const q = quartiere.find((a) => a.parentKey === '03241001')!;
    const profile = await atlas.profile(q.key, '2024');
    expect(profile.ancestors.map((a) => a.key)).toEqual(['03', '03241', '03241001']);
  });
});
