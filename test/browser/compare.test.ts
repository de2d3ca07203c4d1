import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, seriousAxeViolations, type Journey } from './journey';

// The compare view redraws charts and the (hidden) SwiftShader map on each selection: allow slow CPUs.
const SLOW = { timeout: READY_TIMEOUT };
// force: the WebGL map under the views (SwiftShader) can starve the stability check's animation frames;
// the outcome of every action is asserted right after it.
const ACT = { timeout: READY_TIMEOUT, force: true };

const rowKeys = (page: Page) => page.locator('[data-testid=table-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
const rowNames = (page: Page) => page.locator('[data-testid=table-row] [data-testid=cell-name]').allInnerTexts();
const selectedBars = (page: Page) =>
  page.locator('[data-testid=ranking-bar][data-selected=true]').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key') ?? '').sort());

/** Journey: compare Kreise in the table, select two, see them highlighted in the ranking, share the link, export CSV. */
describe('table and compare views with linked selection', () => {
  let j: Journey;
  const A = '03241'; // Region Hannover
  const B = '03101'; // Braunschweig
  let compareUrl = '';

  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j, '?level=kreis&indicator=sgb2_quote&view=table&lang=de');
    await j.page.locator('[data-testid=table-row]').first().waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('the table sorts by clicking and by keyboard, and filters by name', async () => {
    const { page } = j;
    const all = await rowKeys(page);
    expect(all.length).toBeGreaterThan(30);
    expect(all).toContain(A);
    // Default: by rank, 1 first.
    const ranks = (await page.locator('[data-testid=cell-rank]').allInnerTexts()).filter((r) => r !== '–').map(Number);
    expect(ranks[0]).toBe(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // force: the WebGL map under the view (SwiftShader) can starve the stability check's animation frames.
    await page.locator('[data-testid=sort-name]').click({ force: true });
    const names = await rowNames(page);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect(await page.locator('th[aria-sort=ascending] [data-testid=sort-name]').count()).toBe(1);
    await page.locator('[data-testid=sort-name]').focus();
    await page.keyboard.press('Enter');
    const desc = await rowNames(page);
    expect(desc).toEqual([...names].reverse());
    expect(await page.locator('th[aria-sort=descending] [data-testid=sort-name]').count()).toBe(1);

    await page.locator('[data-testid=table-filter]').fill('hannover');
    await expect.poll(() => rowKeys(page)).toEqual([A]);
    await page.locator('[data-testid=table-filter]').fill('');
    await expect.poll(async () => (await rowKeys(page)).length).toBe(all.length);
  });

  it('selecting two rows puts them in the URL and highlights them in the ranking chart', async () => {
    const { page } = j;
    await page.locator(`[data-testid=table-row][data-key="${A}"] [data-testid=row-select]`).check(ACT);
    await page.locator(`[data-testid=table-row][data-key="${B}"] [data-testid=row-select]`).check(ACT);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`${A},${B}`);
    expect(await page.locator(`[data-testid=table-row][data-key="${A}"]`).getAttribute('data-selected')).toBe('true');
    expect(await page.locator(`[data-testid=table-row][data-key="${A}"] [data-testid=row-select]`).isChecked()).toBe(true);
    expect(await seriousAxeViolations(j), 'axe on the table view').toEqual([]);

    await page.locator('[data-testid=view-compare]').click(ACT);
    await page.locator('[data-testid=ranking-bar]').first().waitFor(SLOW);
    await expect.poll(() => selectedBars(page)).toEqual([B, A].sort());
    const total = await page.locator('[data-testid=ranking-bar]').count();
    expect(total).toBeGreaterThan(30);
    // Not only colour: the selected areas are listed in text with their rank.
    const listed = await page.locator('[data-testid=ranking-selected] li').allInnerTexts();
    expect(listed.join('\n')).toMatch(/Region Hannover: .*%.*Rang \d+/);
    await page.locator('[data-testid=scatter-point]').first().waitFor(SLOW);
    expect(await seriousAxeViolations(j), 'axe on the compare view').toEqual([]);
    compareUrl = page.url();
    expect(new URL(compareUrl).searchParams.get('view')).toBe('compare');
  });

  it('the scatter plot shows Pearson r (German number format)', async () => {
    const { page } = j;
    const r = await page.locator('[data-testid=scatter-r]').innerText();
    expect(r).toMatch(/r = −?-?[01],\d\d/);
    expect(await page.locator('[data-testid=scatter-point]').count()).toBeGreaterThan(30);
    expect(
      await page.locator('[data-testid=scatter-point][data-selected=true]').evaluateAll((p) => p.map((e) => e.getAttribute('data-key')).sort()),
    ).toEqual([B, A].sort());
  });

  it('a click on a bar toggles the selection everywhere', async () => {
    const { page } = j;
    await page.locator(`[data-testid=ranking-bar][data-key="${B}"]`).dispatchEvent('click');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(A);
    await expect.poll(() => selectedBars(page)).toEqual([A]);
    await page.locator(`[data-testid=ranking-bar][data-key="${B}"]`).dispatchEvent('click');
    await expect.poll(() => selectedBars(page)).toEqual([B, A].sort());
  });

  it('opening the copied link in a new page restores the selection', async () => {
    const other = await openJourney();
    try {
      const query = compareUrl.slice(compareUrl.indexOf('?'));
      await gotoReady(other, query);
      await other.page.locator('[data-testid=ranking-bar]').first().waitFor();
      await expect.poll(() => selectedBars(other.page)).toEqual([B, A].sort());
      expect(await other.page.locator('[data-testid=selection-item]').evaluateAll((s) => s.map((e) => e.getAttribute('data-key')))).toEqual([A, B]);
      expect(await other.page.locator('[data-testid=notice]').count()).toBe(0);
      await expectCleanJourney(other);
    } finally {
      await other.close();
    }
  });

  it('the CSV export downloads with keys as text, `;` and the demo mark', async () => {
    const { page } = j;
    expect(j.log.pageErrors, 'no page error so far').toEqual([]);
    await page.locator('[data-testid=view-table]').click(ACT);
    await page.locator('[data-testid=table-row]').first().waitFor(SLOW);
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=export-csv]').click(ACT)]);
    expect(download.suggestedFilename()).toMatch(/^quartiersatlas-kreis-sgb2_quote-\d{4}\.csv$/);
    const path = join(tmpdir(), `atlas-compare-${process.pid}.csv`);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    rmSync(path, { force: true });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].split(';')[0]).toBe('Schlüssel');
    expect(lines.some((l) => l.startsWith(`${A};Region Hannover;`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${B};`))).toBe(true);
    expect(text).toContain('Synthetische Demodaten');
    expect(text).toContain('GeoBasis-DE / BKG');
    expect(text).toMatch(/\d+,\d/); // decimal comma
    await expectCleanJourney(j);
  });
});
