import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectCleanJourney,
  expectMapNotBlank,
  gotoReady,
  openJourney,
  selectedLabel,
  waitReady,
  type Journey,
} from './journey';

const value = (page: Page, testid: string) => page.locator(`[data-testid=${testid}]`).inputValue();
const isCurrent = (page: Page, testid: string) =>
  page.locator(`[data-testid=${testid}]`).evaluate(
    (el) => el.getAttribute('aria-selected') === 'true' || (el.getAttribute('aria-current') ?? 'false') !== 'false',
  );

/** Journey: a copied link reproduces the view; a broken link falls back visibly, never blank. */
describe('view state in the URL', () => {
  let j: Journey;
  const shared = '?level=kreis&indicator=child_poverty&year=2020&area=03241&view=profile';
  let germanLabels: { indicator: string; mapTab: string };

  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('a shared link opens exactly that view (German)', async () => {
    const { page } = j;
    await gotoReady(j, `${shared}&lang=de`);
    expect(await value(page, 'level-select')).toBe('kreis');
    expect(await value(page, 'indicator-select')).toBe('child_poverty');
    expect(await value(page, 'year-select')).toBe('2020');
    expect(await value(page, 'lang-select')).toBe('de');
    expect(await isCurrent(page, 'view-profile')).toBe(true);
    expect(await isCurrent(page, 'view-map')).toBe(false);
    await expect.poll(() => page.locator('[data-testid=profile-title]').innerText()).toContain('Hannover');
    expect(await page.locator('[data-testid=notice]').count(), 'no notice for a valid link').toBe(0);
    germanLabels = {
      indicator: await selectedLabel(page, 'indicator-select'),
      mapTab: (await page.locator('[data-testid=view-map]').innerText()).trim(),
    };
  });

  it('the same link with lang=en shows the same view with English labels', async () => {
    const { page } = j;
    await gotoReady(j, `${shared}&lang=en`);
    expect(await value(page, 'level-select')).toBe('kreis');
    expect(await value(page, 'indicator-select')).toBe('child_poverty');
    expect(await value(page, 'year-select')).toBe('2020');
    expect(await value(page, 'lang-select')).toBe('en');
    expect(await isCurrent(page, 'view-profile')).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('[data-testid=profile-title]').innerText()).toContain('Hannover');
    const indicator = await selectedLabel(page, 'indicator-select');
    const mapTab = (await page.locator('[data-testid=view-map]').innerText()).trim();
    expect(indicator, 'indicator label is translated').not.toBe(germanLabels.indicator);
    expect(mapTab, 'tab label is translated').not.toBe(germanLabels.mapTab);
    expect(await page.locator('[data-testid=demo-badge]').innerText()).toContain('Synthetic demo data');
  });

  it('a change in the controls is written to the URL and survives a reload', async () => {
    const { page } = j;
    await page.locator('[data-testid=view-map]').click();
    const years = await page
      .locator('[data-testid=year-select] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = years.find((y) => y !== '2020') as string;
    await page.locator('[data-testid=year-select]').selectOption(other);
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(other);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('map');
    const url = page.url();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitReady(page);
    expect(page.url()).toBe(url);
    expect(await value(page, 'year-select')).toBe(other);
    expect(await value(page, 'level-select')).toBe('kreis');
    expect(await value(page, 'indicator-select')).toBe('child_poverty');
    expect(await value(page, 'lang-select')).toBe('en');
    expect(await isCurrent(page, 'view-map')).toBe(true);
  });

  it('an invalid link shows a notice naming the bad parameters and falls back to a working map', async () => {
    const { page } = j;
    await gotoReady(j, '?indicator=nope&year=1800');
    const notice = page.locator('[data-testid=notice]');
    await notice.first().waitFor({ state: 'visible' });
    const text = (await notice.allInnerTexts()).join(' ');
    expect(text, 'notice names the indicator parameter').toMatch(/indicator|Indikator|nope/i);
    expect(text, 'notice names the year parameter').toMatch(/year|Jahr|1800/i);
    expect(await value(page, 'indicator-select')).toBe('sgb2_quote');
    const years = await page
      .locator('[data-testid=year-select] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(await value(page, 'year-select'), 'falls back to the latest year').toBe([...years].sort().at(-1));
    expect(await value(page, 'level-select')).toBe('gemeinde');
    await expectMapNotBlank(page);
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
