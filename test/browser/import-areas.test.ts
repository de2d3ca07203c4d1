import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourVersion, expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, STEP_TIMEOUT, waitReady, type Journey } from './journey';

/**
 * Journey: boundaries, grids and detection overrides in the import wizard. A UTM district GeoJSON
 * (the wizard asks 25832 or 25833) becomes an area layer, an indicator table keyed to the districts
 * (key column chosen by hand) is joined to them on the map, a Zensus grid table becomes grid cells on the
 * map, and a reload keeps all of it. Fixtures: test/fixtures/import/ (synthetic, see its README).
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

const indicatorOptions = (page: Page) =>
  page.locator('[data-testid=indicator-select] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
const levelOptions = (page: Page) =>
  page.locator('[data-testid=level-select] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));

async function openImport(page: Page): Promise<void> {
  await page.locator('[data-testid=view-import]').click();
  await page.locator('[data-testid=import]').waitFor();
}

/**
 * Clicks a button by event once it is enabled: the SwiftShader map can starve the animation frames
 * that Playwright's click action waits for.
 */
async function press(page: Page, testid: string): Promise<void> {
  const button = page.locator(`[data-testid=${testid}]`);
  await expect.poll(() => button.isEnabled(), { timeout: STEP_TIMEOUT }).toBe(true);
  await button.dispatchEvent('click');
}

/** The map has new colours (the legend follows them); map idleness is not awaited: SwiftShader under load is slow to settle. */
async function waitColoured(page: Page, before: number): Promise<void> {
  await expect.poll(() => colourVersion(page), { timeout: READY_TIMEOUT }).toBeGreaterThan(before);
}

async function pick(page: Page, name: string, mimeType = 'text/csv'): Promise<void> {
  await page.locator('[data-testid=import-file]').setInputFiles({ name, mimeType, buffer: fixture(name) });
}

describe('import wizard: areas, grids and detection overrides', () => {
  let j: Journey;
  let districtIndicator = '';
  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('a detection override (header rows) changes the preview', async () => {
    const { page } = j;
    await gotoReady(j);
    await openImport(page);
    await pick(page, 'two_header_rows.csv');
    await page.locator('[data-testid=import-rejected]').waitFor();
    expect(await page.locator('[data-testid=preview-row]').count()).toBe(0);
    await page.locator('[data-testid=detect-header-rows]').selectOption('2');
    await press(page, 'detect-apply');
    await page.locator('[data-testid=preview-row]').first().waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=import-rejected]').count()).toBe(0);
    const preview = await page.locator('[data-testid=preview-row]').allInnerTexts();
    expect(preview.some((row) => row.includes('03241001') && row.includes('2021'))).toBe(true);
  });

  it('loads UTM districts as an area layer after the 25832/25833 question is answered', async () => {
    const { page } = j;
    await pick(page, 'districts-utm.geojson', 'application/geo+json');
    const question = page.locator('[data-testid=areas-crs-question]');
    await question.waitFor();
    expect(await question.innerText()).toContain('mehreren Systemen');
    expect(await page.locator('[data-testid=areas-save]').count()).toBe(0);
    await page.locator('[data-testid="areas-crs-EPSG:25832"]').check();
    await press(page, 'areas-crs-confirm');
    await page.locator('[data-testid=areas-crs-ok]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=areas-crs-ok]').innerText()).toContain('EPSG:25832');
    await page.locator('[data-testid=areas-key]').selectOption('BEZ_ID');
    await page.locator('[data-testid=areas-name]').selectOption('BEZ_NAME');
    await page.locator('[data-testid=areas-level]').selectOption('quartier');
    await page.locator('[data-testid=areas-parent]').selectOption('03241001');
    expect(await page.locator('[data-testid=areas-report]').innerText()).toContain('3 Gebiete werden geladen, 0 markiert, 0 ausgelassen');
    await page.locator('[data-testid=areas-layer-name]').fill('Stadtbezirke (Test)');
    await press(page, 'areas-save');
    await page.locator('[data-testid=areas-saved]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=areas-saved]').innerText()).toContain('3 Gebiete');
    await expect.poll(() => page.locator('[data-testid=dataset-item]').count(), { timeout: STEP_TIMEOUT }).toBe(1);
  });

  it('an indicator table keyed to the districts (key column chosen by hand) joins to them on the map (withheld while their population is unknown)', async () => {
    const { page } = j;
    await pick(page, 'districts-indicator.csv');
    await page.locator('[data-testid=import-rejected]').waitFor();
    await page.locator('[data-testid=detect-key-choice]').fill('Bezirk');
    await press(page, 'detect-apply');
    await page.locator('[data-testid=preview-row]').first().waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=detect-key-column]').innerText()).toBe('Bezirk');
    await page.locator('[data-testid=detect-level]').selectOption('quartier');
    const matched = page.locator('[data-testid=join-report] [data-testid=join-matched]');
    await expect.poll(() => matched.innerText(), { timeout: STEP_TIMEOUT }).toMatch(/für 3 Gebiete/);
    districtIndicator = await page.locator('[data-testid=mapping-row] [data-testid=mapping-id]').first().inputValue();
    await page.locator('[data-testid=import-name]').fill('Arbeitslosenquote Bezirke');
    await press(page, 'import-confirm');
    await page.locator('[data-testid=import-result]').waitFor({ timeout: STEP_TIMEOUT });
    const version = await colourVersion(page);
    await page.locator('[data-testid=import-show-map]').click();
    await waitColoured(page, version);
    const url = new URL(page.url());
    expect(url.searchParams.get('level')).toBe('quartier');
    expect(url.searchParams.get('indicator')).toBe(districtIndicator);
    // The three districts are on the map at the Quartier level; the disclosure rule (minimum population,
    // unknown population = withheld) keeps their values off the map until a population is known for them.
    await expect.poll(() => page.locator('[data-testid=legend] [data-testid=legend-secret]').innerText(), { timeout: STEP_TIMEOUT }).toMatch(/\(3\b/);
    expect(await page.locator('[data-testid=legend]').innerText()).toContain('Arbeitslosenquote');
  });

  it('a Zensus grid table becomes grid cells on the map', async () => {
    const { page } = j;
    await openImport(page);
    await pick(page, 'zensus-grid-cells.csv');
    await page.locator('[data-testid=import-grid]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=grid-cells]').innerText()).toContain('4 Gitterzellen zu je 1000 m');
    await press(page, 'grid-save');
    await page.locator('[data-testid=grid-saved]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=grid-saved]').innerText()).toContain('4 Zellen');
    expect(await levelOptions(page)).toContain('grid');
    const version = await colourVersion(page);
    await page.locator('[data-testid=grid-show-map]').click();
    await waitColoured(page, version);
    expect(new URL(page.url()).searchParams.get('level')).toBe('grid');
    // 3 numbers and one secret cell ("–" in the Zensus table).
    // The first recolouring may still be the level switch; the legend settles on the grid's classes.
    await expect.poll(() => page.locator('[data-testid=legend] [data-testid=legend-class]').count(), { timeout: STEP_TIMEOUT }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('[data-testid=legend] [data-testid=legend-secret]').count(), { timeout: STEP_TIMEOUT }).toBe(1);
  });

  it('a reload keeps the districts, their indicator and the grid; the grid layer can be removed again', async () => {
    const { page } = j;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitReady(page);
    expect(await page.locator('[data-testid=workspace-problem]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('level')).toBe('grid');
    await expect.poll(() => page.locator('[data-testid=legend] [data-testid=legend-class]').count(), { timeout: STEP_TIMEOUT }).toBeGreaterThanOrEqual(2);
    expect(await indicatorOptions(page)).toContain(districtIndicator);
    const version = await colourVersion(page);
    await page.locator('[data-testid=level-select]').selectOption('quartier');
    await page.locator('[data-testid=indicator-select]').selectOption(districtIndicator);
    await waitColoured(page, version);
    await expect.poll(() => page.locator('[data-testid=legend] [data-testid=legend-secret]').innerText(), { timeout: STEP_TIMEOUT }).toMatch(/\(3\b/);

    await openImport(page);
    const items = page.locator('[data-testid=dataset-item]');
    expect(await items.count()).toBe(3);
    await items.filter({ hasText: 'zensus-grid-cells.csv' }).locator('[data-testid=dataset-remove]').dispatchEvent('click');
    await expect.poll(() => items.count(), { timeout: STEP_TIMEOUT }).toBe(2);
    await expect.poll(() => levelOptions(page), { timeout: STEP_TIMEOUT }).not.toContain('grid');
  });

  it('residents added to the loaded population indicator let the district values show (the small district stays withheld)', async () => {
    const { page } = j;
    await pick(page, 'districts-residents.csv');
    await page.locator('[data-testid=import-rejected]').waitFor();
    await page.locator('[data-testid=detect-key-choice]').fill('Bezirk');
    await press(page, 'detect-apply');
    await page.locator('[data-testid=preview-row]').first().waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('[data-testid=detect-level]').selectOption('quartier');
    expect(await page.locator('[data-testid=mapping-population-hint]').innerText()).toContain('Mindestbevölkerung');
    await page.locator('[data-testid=mapping-target]').first().selectOption('population');
    expect(await page.locator('[data-testid=mapping-population-hint]').count()).toBe(0);
    expect(await page.locator('[data-testid=mapping-id]').first().inputValue()).toBe('population');
    await page.locator('[data-testid=import-name]').fill('Einwohner der Bezirke');
    await press(page, 'import-confirm');
    await page.locator('[data-testid=import-result]').waitFor({ timeout: STEP_TIMEOUT });
    await gotoReady(j, `?level=quartier&indicator=${districtIndicator}&year=2023`);
    // Nord (180 residents) is withheld, and one more district with it (secondary suppression); Mitte shows.
    await expect.poll(() => page.locator('[data-testid=legend] [data-testid=legend-secret]').innerText(), { timeout: STEP_TIMEOUT }).toMatch(/\(2\b/);
    await openImport(page);
    const residents = page.locator('[data-testid=dataset-item]').filter({ hasText: 'districts-residents.csv' });
    expect(await residents.count()).toBe(1);
    // The district layer cannot go while the residents and the indicator build on it.
    await page.locator('[data-testid=dataset-item]').filter({ hasText: 'districts-utm.geojson' }).locator('[data-testid=dataset-remove]').dispatchEvent('click');
    await expect.poll(() => page.locator('[data-testid=dataset-message]').innerText(), { timeout: STEP_TIMEOUT }).toContain('Entfernen Sie zuerst');
    await expectCleanJourney(j);
  });
});
