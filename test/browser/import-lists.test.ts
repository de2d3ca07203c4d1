import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanJourney, gotoReady, openJourney, seriousAxeViolations, STEP_TIMEOUT, type Journey } from './journey';

/**
 * Journey: a city's member-project list (UTM easting/northing, German headers) and its programme areas
 * (GeoJSON without a programme property) loaded through the wizard, shown in the area profile, kept
 * after a reload. Fixtures: test/fixtures/lists/ (synthetic, see test/fixtures/import/README.md).
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/lists/${name}`, import.meta.url));

async function press(page: Page, testid: string): Promise<void> {
  const button = page.locator(`[data-testid=${testid}]`);
  await expect.poll(() => button.isEnabled(), { timeout: STEP_TIMEOUT }).toBe(true);
  await button.dispatchEvent('click');
}

async function pick(page: Page, name: string, mimeType: string): Promise<void> {
  await page.locator('[data-testid=import-file]').setInputFiles({ name, mimeType, buffer: fixture(name) });
}

const datasetTexts = (page: Page) => page.locator('[data-testid=dataset-item]').allInnerTexts();

describe('import wizard: member projects and programme areas', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('loads a UTM project list after the zone is confirmed', async () => {
    const { page } = j;
    await gotoReady(j, '?view=import');
    await pick(page, 'projects-utm.csv', 'text/csv');
    const list = page.locator('[data-testid=import-list]');
    await list.waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=import-contents]').inputValue()).toBe('projects');
    expect(await page.locator('[data-testid=list-crs-question]').innerText()).toContain('mehreren Systemen');
    expect(await page.locator('[data-testid=list-save]').isDisabled()).toBe(true);
    await page.locator('[data-testid="list-crs-EPSG:25832"]').check();
    await press(page, 'list-crs-confirm');
    await page.locator('[data-testid=list-count]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=list-count]').innerText()).toBe('Zu laden: 2 Mitgliedsprojekte.');
    const preview = await page.locator('[data-testid=list-preview] tbody tr').allInnerTexts();
    expect(preview[0]).toContain('Stadtteiltreff Sahlkamp');
    expect(preview[0]).toMatch(/\t9,779\d*\t52,428/);
    expect(await seriousAxeViolations(j), 'axe on the wizard with a project list').toEqual([]);
    await press(page, 'list-save');
    await page.locator('[data-testid=list-saved]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=list-saved]').innerText()).toContain('2 Mitgliedsprojekte');
    expect((await datasetTexts(page)).join('\n')).toContain('2 Mitgliedsprojekte');
  });

  it('reads a GeoJSON as programme areas when the user says so, and asks for the programme it lacks', async () => {
    const { page } = j;
    await pick(page, 'foerdergebiete.geojson', 'application/geo+json');
    const contents = page.locator('[data-testid=import-contents]');
    await expect.poll(() => contents.inputValue(), { timeout: STEP_TIMEOUT }).toBe('areas');
    await contents.selectOption('programme-areas');
    await page.locator('[data-testid=list-programme]').waitFor({ timeout: STEP_TIMEOUT });
    const problem = page.locator('[data-testid=import-problem][data-code=missing_property]');
    expect(await problem.innerText()).toContain('Objekt 1');
    expect(await page.locator('[data-testid=list-save]').isDisabled()).toBe(true);
    await page.locator('[data-testid=list-programme]').fill('Sozialer Zusammenhalt');
    await press(page, 'list-programme-apply');
    await page.locator('[data-testid=list-count]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=list-preview] tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/SZ-7\s+Sahlkamp-Mitte\s+Sozialer Zusammenhalt\s+2009/)]);
    await press(page, 'list-save');
    await page.locator('[data-testid=list-saved]').waitFor({ timeout: STEP_TIMEOUT });
    expect((await datasetTexts(page)).join('\n')).toContain('1 Fördergebiet');
  });

  it('after a reload both are still there: in the area profile and in the datasets (in English)', async () => {
    const { page } = j;
    // One navigation (a reload with another URL); the rest is in-app, as a user would go.
    await gotoReady(j, '?view=profile&level=gemeinde&area=03241001&lang=en');
    const nearby = page.locator('[data-testid=nearby-list]');
    await expect.poll(() => nearby.innerText(), { timeout: STEP_TIMEOUT }).toContain('Stadtteiltreff Sahlkamp');
    expect(await nearby.innerText()).toContain('Sahlkamp-Mitte');
    await page.locator('[data-testid=view-import]').dispatchEvent('click');
    await page.locator('[data-testid=import]').waitFor();
    const items = await datasetTexts(page);
    expect(items.some((t) => t.includes('2 member projects'))).toBe(true);
    expect(items.some((t) => t.includes('1 programme area'))).toBe(true);
    await expectCleanJourney(j);
  });
});
