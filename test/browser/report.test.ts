import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanJourney, gotoReady, openJourney, seriousAxeViolations, type Journey } from './journey';

/** Journey: with Hannover selected, open the report and download it as PDF. */
describe('report', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j, '?area=03241001');
  });
  afterAll(async () => {
    await j?.close();
  });

  it('opens the report of the selected area with sources, attribution and the demo label', async () => {
    const { page } = j;
    await page.locator('[data-testid=view-report]').click();
    const report = page.locator('[data-testid=report]');
    await report.waitFor({ state: 'visible', timeout: 90_000 });
    // The report renders progressively: wait for its full text, then name what is missing.
    const needed = ['Hannover', 'Synthetische Demodaten', '© GeoBasis-DE / BKG 2017', 'dl-de/by-2-0'];
    const missing = async () => {
      const text = await report.innerText();
      return needed.filter((n) => !text.includes(n));
    };
    await expect.poll(missing, { timeout: 90_000, message: 'report text lacks' }).toEqual([]);
    expect(new URL(page.url()).searchParams.get('view')).toBe('report');
  });

  it('downloads the report as a PDF', async () => {
    const { page } = j;
    const year = new URL(page.url()).searchParams.get('year') ?? (await page.locator('[data-testid=year-select]').inputValue());
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.locator('[data-testid=download-pdf]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`sozialraumanalyse-03241001-${year}.pdf`);
    const path = join(tmpdir(), `atlas-browser-test-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(path); // path() is not available on a remotely connected browser
    const bytes = await readFile(path);
    await rm(path, { force: true });
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(bytes.length).toBeGreaterThan(5 * 1024);
    expect(bytes.subarray(-1024).toString('latin1')).toContain('%%EOF');
  });

  it('the report view has no serious or critical accessibility violations (axe-core)', async () => {
    expect(await seriousAxeViolations(j)).toEqual([]);
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
