import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanJourney, openJourney, READY_TIMEOUT, seriousAxeViolations, type Journey } from './journey';

const SLOW = { timeout: READY_TIMEOUT };
// force: the SwiftShader map beside the panel can starve the stability check's animation frames.
const ACT = { timeout: READY_TIMEOUT, force: true };
const QUERY = '?view=coverage&level=gemeinde&need=sgb2_quote&dist=2000';
// ~1,000 Gemeinden drawn on SwiftShader while other test runs share 2 cores: start-up can exceed journey.ts's 90 s.
const START = { timeout: 200_000 };
const LONG = 400_000;

/** Open (or reload) the coverage view and wait until the app is ready, the map idle and the summary shown. */
async function openCoverage(j: Journey, query: string | null): Promise<void> {
  if (query === null) await j.page.reload({ waitUntil: 'domcontentloaded' });
  else await j.page.goto(`${j.baseUrl}/${query}`, { waitUntil: 'domcontentloaded' });
  await j.page.locator('[data-testid=app][data-ready=true]').waitFor({ state: 'attached', ...START });
  await j.page.locator('[data-testid=coverage-summary]').waitFor(START);
  await j.page.locator('[data-testid=map][data-map-idle=true]').waitFor({ state: 'attached', ...START });
}

// Independent Node-side reference: the demo files read directly, distances by plain turf over all projects.
const root = process.cwd();
const gemeinden = JSON.parse(readFileSync(join(root, 'data/boundaries/gemeinden.geojson'), 'utf8')) as {
  features: Feature<Polygon | MultiPolygon, { key: string }>[];
};
const projects = readFileSync(join(root, 'data/demo/projects.csv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split(',')).map((cells) => ({ lon: Number(cells[cells.length - 2]), lat: Number(cells[cells.length - 1]) }));
const programmeParents = new Set(
  (JSON.parse(readFileSync(join(root, 'data/demo/programme-areas.geojson'), 'utf8')) as { features: { properties: { area_key: string | null } }[] })
    .features.map((f) => (f.properties.area_key ?? '').slice(0, 8)),
);
function rawValues(indicator: string, period: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(root, 'data/demo/observations.csv'), 'utf8').split('\n')) {
    const [key, id, p, value] = line.split(',');
    // Symbols (`x` = blocked, …) carry no number: not ranked, like in the app.
    if (id === indicator && p === period && key.length === 8 && value !== '' && Number.isFinite(Number(value))) out.set(key, Number(value));
  }
  return out;
}
function nearestProjectKm(geometry: Polygon | MultiPolygon): number {
  const lines = polygonToLine(geometry) as Feature<LineString | MultiLineString> | { features: Feature<LineString | MultiLineString>[] };
  const parts = ('features' in lines ? lines.features : [lines]).flatMap((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates);
  let best = Infinity;
  for (const p of projects) {
    if (booleanPointInPolygon([p.lon, p.lat], geometry)) return 0;
    for (const coordinates of parts) {
      best = Math.min(best, pointToLineDistance(point([p.lon, p.lat]), { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }, { units: 'kilometers' }));
    }
  }
  return best;
}

const gapKeys = (page: Page) => page.locator('[data-testid=coverage-gap-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
const summary = async (page: Page) => {
  const s = page.locator('[data-testid=coverage-summary]');
  const attr = async (name: string) => Number(await s.getAttribute(name));
  return { high: await attr('data-high'), gaps: await attr('data-gaps'), cut: await attr('data-cut'), ranked: await attr('data-ranked'), withheld: await attr('data-withheld') };
};

describe('programme coverage view', () => {
  let j: Journey;
  let keys: string[] = [];

  beforeAll(async () => {
    j = await openJourney();
    await openCoverage(j, QUERY);
  }, LONG);
  afterAll(async () => {
    await j?.close();
  });

  it('lists as many gaps as the summary counts, each in the top fifth and with no project within 2 km', async () => {
    const { page } = j;
    const s = await summary(page);
    keys = await gapKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBe(s.gaps);
    expect((await page.locator('[data-testid=coverage-gap-count]').innerText()).trim()).toBe(String(s.gaps));
    expect(s.high).toBeGreaterThanOrEqual(s.gaps);
    expect(await page.locator('[data-testid=coverage-distance]').inputValue()).toBe('2000');
    expect(await page.locator('[data-testid=coverage-threshold-select]').inputValue()).toBe('quintile');

    // The top class against the raw demo values (the year the header shows).
    const year = await page.locator('[data-testid=year-select]').inputValue();
    const raw = rawValues('sgb2_quote', year);
    const sorted = [...raw.values()].sort((a, b) => b - a);
    if (s.withheld === 0) {
      expect(s.ranked).toBe(raw.size);
      expect(s.cut).toBeCloseTo(sorted[Math.ceil(0.2 * raw.size) - 1], 6);
      expect(s.high).toBe([...raw.values()].filter((v) => v >= s.cut).length);
    }
    const shapes = new Map(gemeinden.features.map((f) => [f.properties.key, f.geometry]));
    for (const key of keys) {
      const value = raw.get(key);
      expect(value, `raw value of gap ${key}`).toBeDefined();
      expect(value as number, `gap ${key} is in the top class`).toBeGreaterThanOrEqual(s.cut);
      const need = Number(await page.locator(`[data-testid=coverage-gap-row][data-key="${key}"] [data-need]`).getAttribute('data-need'));
      expect(need).toBeCloseTo(value as number, 6);
      const geometry = shapes.get(key);
      expect(geometry, `boundary of ${key}`).toBeDefined();
      expect(nearestProjectKm(geometry as Polygon | MultiPolygon), `no project within 2 km of ${key}`).toBeGreaterThan(2);
      expect(programmeParents.has(key), `no programme area lies in ${key}`).toBe(false);
    }
  });

  it('exports the gaps as CSV with header, keys as text, rule and footer (source, licence, boundaries, demo mark)', async () => {
    const { page } = j;
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=coverage-export-csv]').click(ACT)]);
    expect(download.suggestedFilename()).toMatch(/^quartiersatlas-abdeckung-gemeinde-sgb2_quote-\d{4}\.csv$/);
    const path = join(tmpdir(), `coverage-${process.pid}.csv`);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    rmSync(path, { force: true });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Schlüssel;Name;Bedarf: SGB-II-Quote (%);Entfernung nächstes Mitgliedsprojekt (m – leer: über 20 km);Fördergebiet;Kategorie');
    const blank = lines.indexOf('');
    const rows = lines.slice(1, blank).map((l) => l.split(';'));
    expect(rows.map((r) => r[0]).sort()).toEqual([...keys].sort());
    for (const r of rows) {
      expect(r[0]).toMatch(/^0\d{7}$/);
      // empty: no project within the 20 km search radius
      if (r[3] !== '') expect(Number(r[3])).toBeGreaterThan(2000);
      expect(r[5]).toBe('Lücke');
    }
    const footer = lines.slice(blank + 1).join('\n');
    expect(footer).toMatch(/Lücke = hoher Bedarf \(oberstes Fünftel \(20 %\), Schwelle [\d,]+ %\).*2,0 km/);
    expect(footer).toContain('Quelle: ');
    expect(footer).toContain('Lizenz: ');
    expect(footer).toContain('© GeoBasis-DE / BKG 2017 (dl-de/by-2-0)');
    expect(footer).toContain('Synthetische Demodaten');
  });

  it('a narrower threshold gives fewer high-need areas; clicking a gap selects the area', async () => {
    const { page } = j;
    const before = await summary(page);
    await page.locator('[data-testid=coverage-threshold-select]').selectOption('decile', ACT);
    await expect.poll(async () => (await summary(page)).high, SLOW).toBeLessThan(before.high);
    await page.locator('[data-testid=coverage-threshold-select]').selectOption('quintile', ACT);
    await expect.poll(async () => (await summary(page)).high, SLOW).toBe(before.high);

    const first = page.locator('[data-testid=coverage-gap-row]').first();
    const key = await first.getAttribute('data-key');
    const name = (await first.locator('th button').innerText()).trim();
    await first.locator('th button').click(ACT);
    await expect.poll(() => new URL(page.url()).searchParams.get('area'), SLOW).toBe(key);
    expect((await page.locator('[data-testid=selected-area]').innerText()).trim()).toBe(name);
  });

  it('the URL round trip gives the same view; no serious axe violation; clean journey', async () => {
    const { page } = j;
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('coverage');
    expect(url.searchParams.get('need')).toBe('sgb2_quote');
    expect(url.searchParams.get('dist')).toBe('2000');
    await openCoverage(j, null);
    await expect.poll(() => gapKeys(page), SLOW).toEqual(keys);
    expect(await page.locator('[data-testid=view-coverage]').getAttribute('aria-current')).toBe('page');
    expect(await seriousAxeViolations(j)).toEqual([]);
    await expectCleanJourney(j);
  }, LONG);

  it('English labels with lang=en, and the distance choice goes into the URL', async () => {
    const { page } = j;
    await openCoverage(j, `${QUERY}&lang=en`);
    expect((await page.locator('[data-testid=coverage-view] h2').innerText()).trim()).toBe('Programme coverage');
    expect((await page.locator('[data-testid=view-coverage]').innerText()).trim()).toBe('Coverage');
    expect(await page.locator('[data-testid=coverage-view]').innerText()).toContain('Download gaps as CSV');
    expect(await page.locator('[data-testid=coverage-legend]').innerText()).toContain('Gap: high need');
    expect(await page.locator('[data-testid=coverage-gap-table] thead').innerText()).toContain('Nearest member project');
    await page.locator('[data-testid=coverage-distance]').selectOption('500', ACT);
    await expect.poll(() => new URL(page.url()).searchParams.get('dist'), SLOW).toBe('500');
    await expect.poll(async () => (await summary(page)).gaps, SLOW).toBeGreaterThanOrEqual(keys.length);
    expect(await seriousAxeViolations(j)).toEqual([]);
  }, LONG);
});
