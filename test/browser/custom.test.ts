import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, type Journey } from './journey';

const ACT = { timeout: READY_TIMEOUT, force: true };
const A = '03241001-Q01';
const B = '03241001-Q02';
const YEAR = '2024';

/** German number text ("13.202", "23,1 %") → number. */
const num = (text: string) => Number(text.replace(/[^\d,.-]/g, '').replace(/\./g, '').replace(',', '.'));

async function profileRow(page: Page, indicator: string): Promise<{ value: string; counts: string }> {
  const row = page.locator(`[data-testid=profile-row][data-indicator=${indicator}]`);
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  return { value: cells[0], counts: cells[1] };
}

/** Journey: read two Quartiere's profiles, combine them into a custom area, see sums and recomputed rates; similar areas. */
describe('custom areas and similar areas', () => {
  let j: Journey;
  const read: Record<string, { population: number; sgb2: [number, number] }> = {};

  /** A fresh page per navigation: leaving a page whose WebGL map (SwiftShader) is busy can stall on slow CPUs. */
  async function visit(query: string): Promise<void> {
    await j?.close();
    j = await openJourney();
    await gotoReady(j, query);
  }
  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('the profile lists five similar areas that can be added to the selection', async () => {
    for (const key of [A, B]) {
      await visit(`?level=quartier&indicator=sgb2_quote&year=${YEAR}&view=profile&area=${key}&lang=de`);
      const { page } = j;
      const pop = await profileRow(page, 'population');
      const sgb2 = await profileRow(page, 'sgb2_quote');
      const [n, d] = sgb2.counts.split('/').map(num);
      read[key] = { population: num(pop.value), sgb2: [n, d] };
      expect(read[key].population).toBeGreaterThan(300);
      expect(d).toBeGreaterThan(n);
    }
    const { page } = j;
    const items = page.locator('[data-testid=similar-item]');
    await expect.poll(() => items.count(), { timeout: READY_TIMEOUT }).toBe(5);
    const keys = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
    expect(new Set(keys).size).toBe(5);
    expect(keys).not.toContain(B);
    expect(keys.every((k) => /^\d{8}-Q\d+$/.test(k)), `similar areas are Quartiere: ${keys.join(', ')}`).toBe(true);
    await page.locator('[data-testid=similar-add]').first().click(ACT);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(keys[0]);
  });

  it('combining two selected Quartiere sums the population and recomputes the rate from summed counts', async () => {
    await visit(`?level=quartier&indicator=sgb2_quote&year=${YEAR}&view=compare&sel=${A},${B}&lang=de`);
    const { page } = j;
    await page.locator('[data-testid=custom-aggregate]').click(ACT);
    const table = page.locator('[data-testid=custom-table]');
    await table.waitFor({ timeout: READY_TIMEOUT });
    const popText = await table.locator('[data-testid=custom-row][data-indicator=population] [data-testid=custom-value]').innerText();
    expect(num(popText)).toBe(read[A].population + read[B].population);
    const row = table.locator('[data-testid=custom-row][data-indicator=sgb2_quote]');
    const [n, d] = (await row.locator('[data-testid=custom-counts]').innerText()).split('/').map(num);
    expect(n).toBe(read[A].sgb2[0] + read[B].sgb2[0]);
    expect(d).toBe(read[A].sgb2[1] + read[B].sgb2[1]);
    const rate = num(await row.locator('[data-testid=custom-value]').innerText());
    expect(rate).toBeCloseTo((100 * n) / d, 1);
    // Not the mean of the two rates (they differ in size, so the two differ).
    const mean = (100 * read[A].sgb2[0] / read[A].sgb2[1] + 100 * read[B].sgb2[0] / read[B].sgb2[1]) / 2;
    expect(Math.abs(rate - mean)).toBeGreaterThan(0.1);
    // References of the first member (Hannover, Region Hannover, Niedersachsen) and the rule text.
    expect((await table.locator('thead th').allInnerTexts()).length).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid=custom-disclosure-note]').innerText()).toMatch(/\d/);
    expect(await page.locator('[data-testid=custom-members]').innerText()).toContain('Hannover Quartier 01');
  });

  it('a radius around the first area combines the areas it touches, weighted by surface share', async () => {
    const { page } = j;
    await expect.poll(() => page.locator('[data-testid=custom-lat]').inputValue()).not.toBe('');
    await page.locator('[data-testid=custom-radius]').fill('1');
    await page.locator('[data-testid=custom-aggregate-radius]').click(ACT);
    const members = page.locator('[data-testid=custom-members]');
    await expect.poll(() => members.innerText(), { timeout: READY_TIMEOUT }).toMatch(/der Fläche/);
    expect(await members.innerText()).toContain('Hannover Quartier 01');
    const popText = await page.locator('[data-testid=custom-row][data-indicator=population] [data-testid=custom-value]').innerText();
    expect(num(popText), `population of the radius area: ${popText}`).toBeGreaterThan(0);
    await expectCleanJourney(j);
  });
});
