import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  colourVersion,
  expectCleanJourney,
  expectMapNotBlank,
  gotoReady,
  gridDifference,
  mapPixels,
  openJourney,
  selectedLabel,
  seriousAxeViolations,
  waitRecoloured,
  type Journey,
} from './journey';

/** Journey: open the atlas, see a coloured map with legend and attribution, switch the indicator. */
describe('map view', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('starts: the app reports ready (data loaded, first map rendered)', async () => {
    await gotoReady(j);
    expect(await j.page.locator('[data-testid=startup-error]').count()).toBe(0);
    expect(await j.page.locator('[data-testid=map]').getAttribute('data-map-idle')).toBe('true');
  });

  it('the map is not blank', async () => {
    await expectMapNotBlank(j.page);
  });

  it('shows legend classes, the BKG attribution and the demo-data badge', async () => {
    const { page } = j;
    expect(await page.locator('[data-testid=legend] [data-testid=legend-class]').count()).toBeGreaterThanOrEqual(3);
    const attribution = await page.locator('[data-testid=attribution]').innerText();
    expect(attribution).toContain('© GeoBasis-DE / BKG 2017');
    expect(attribution).toContain('dl-de/by-2-0');
    await expect.poll(() => page.locator('[data-testid=demo-badge]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=demo-badge]').innerText()).toContain('Synthetische Demodaten');
    // The palette is named in words, not only shown.
    expect(await page.locator('[data-testid=legend-palette]').innerText()).toMatch(/YlGnBu, farbenblind-sicher.*je dunkler, desto höher/);
  });

  it('describes the map in words for screen readers: highest and lowest areas, median, where every value is', async () => {
    const { page } = j;
    const summary = page.locator('[data-testid=map-summary]');
    expect(await page.locator('[data-testid=map]').getAttribute('aria-describedby')).toBe('map-summary');
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/^Karte „[^“]+“ \d{4}: \d+ [A-Za-zä]+, \d+ mit Wert, in \d+ Klassen\./);
    expect(text).toMatch(/Höchste Werte: [^.]+\([\d.,]+ [^)]*\)/);
    expect(text).toMatch(/Niedrigste Werte: /);
    expect(text).toContain('Alle Werte stehen in der Ansicht „Tabelle“.');
  });

  it('choosing another indicator recolours the map, retitles the legend and updates the URL', async () => {
    const { page } = j;
    const select = page.locator('[data-testid=indicator-select]');
    const current = await select.inputValue();
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.length, 'indicator-select offers several indicators').toBeGreaterThanOrEqual(2);
    const next = options.find((o) => o !== current && o !== '') as string;

    const legendBefore = await page.locator('[data-testid=legend]').innerText();
    const pixelsBefore = await mapPixels(page);
    const version = await colourVersion(page);
    await select.selectOption(next);
    const after = await waitRecoloured(page, version);
    expect(after).toBeGreaterThan(version);

    const pixelsAfter = await expectMapNotBlank(page);
    expect(gridDifference(pixelsBefore, pixelsAfter), 'share of sampled map pixels that changed').toBeGreaterThan(0.02);

    const label = (await selectedLabel(page, 'indicator-select')).replace(/\s*\(.*\)\s*$/, '').trim();
    const legendAfter = await page.locator('[data-testid=legend]').innerText();
    expect(legendAfter).not.toEqual(legendBefore);
    expect(legendAfter, 'legend title names the chosen indicator').toContain(label);
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe(next);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    expect(await seriousAxeViolations(j)).toEqual([]);
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
