import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourVersion, expectCleanJourney, gotoReady, openJourney, waitRecoloured, type Journey } from './journey';

/** Journey: the EB smoothing choice on the map (global, spatial with queen neighbours, off). */
describe('Empirical-Bayes smoothing on the map', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('switching to spatial EB names the method in the legend and lists areas without neighbours', async () => {
    const { page } = j;
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote');
    const legend = page.locator('[data-testid=legend]');
    expect(await legend.innerText()).not.toContain('Empirical-Bayes');
    const classes = () => page.locator('[data-testid=legend] [data-testid=legend-class]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const raw = await classes();

    let version = await colourVersion(page);
    await page.locator('[data-testid=eb-smoothing]').selectOption('spatial');
    version = await waitRecoloured(page, version);
    await expect.poll(() => page.locator('[data-testid=legend-smoothing]').innerText()).toBe('Empirical-Bayes-geglättet (räumlich, Queen-Nachbarn)');
    expect(await classes()).not.toEqual(raw);
    expect(await page.locator('[data-testid=eb-note]').innerText()).toContain('EB-geglättete Raten');
    // The East Frisian islands are Gemeinden without a land neighbour: reported, kept raw.
    const islands = await page.locator('[data-testid=eb-islands]').innerText();
    expect(islands).toContain('Rohwert gezeigt');
    expect(islands).toMatch(/Borkum|Juist|Norderney|Langeoog|Spiekeroog|Wangerooge|Baltrum/);

    await page.locator('[data-testid=eb-smoothing]').selectOption('global');
    version = await waitRecoloured(page, version);
    await expect.poll(() => page.locator('[data-testid=legend-smoothing]').innerText()).toBe('Empirical-Bayes-geglättet (global)');
    expect(await page.locator('[data-testid=eb-islands]').count()).toBe(0);

    await page.locator('[data-testid=eb-smoothing]').selectOption('off');
    await waitRecoloured(page, version);
    await expect.poll(() => page.locator('[data-testid=legend-smoothing]').count()).toBe(0);
    expect(await classes()).toEqual(raw);
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
