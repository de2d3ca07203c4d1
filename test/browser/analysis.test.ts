import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  colourVersion, expectCleanJourney, expectMapNotBlank, gotoReady, openJourney, READY_TIMEOUT, seriousAxeViolations, waitRecoloured, type Journey,
} from './journey';

/** Journey: classification switch, LISA cluster view, social index workbench with a saved and reloaded method. */
describe('analysis in the app', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
  });
  afterAll(async () => {
    await j?.close();
  });

  const legendBounds = async () =>
    j.page.locator('[data-testid=legend] [data-testid=legend-class]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

  it('switching the classification changes the legend method, the class bounds and the URL', async () => {
    const { page } = j;
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote');
    expect(await page.locator('[data-testid=legend]').innerText()).toContain('Quantile');
    const before = await legendBounds();
    expect(before).toHaveLength(5);
    expect(await page.locator('[data-testid=histogram] [data-testid=histogram-break]').count()).toBe(6);

    let version = await colourVersion(page);
    await page.locator('[data-testid=class-method]').selectOption('jenks');
    version = await waitRecoloured(page, version);
    await expect.poll(() => page.locator('[data-testid=legend]').innerText()).toContain('Natürliche Brüche (Jenks)');
    const jenks = await legendBounds();
    expect(jenks).toHaveLength(5);
    expect(jenks).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get('class')).toBe('jenks');

    await page.locator('[data-testid=class-count]').selectOption('7');
    await waitRecoloured(page, version);
    await expect.poll(legendBounds).toHaveLength(7);
    expect(new URL(page.url()).searchParams.get('k')).toBe('7');
    expect(await page.locator('[data-testid=histogram] [data-testid=histogram-break]').count()).toBe(8);
  });

  it('reads the classification from the URL and reports a bad one', async () => {
    const { page } = j;
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote&class=box');
    await expect.poll(() => page.locator('[data-testid=legend]').innerText()).toContain('Boxplot');
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote&class=kmeans&k=3');
    expect(await page.locator('[data-testid=notice]').innerText()).toContain('class');
    await expect.poll(legendBounds).toHaveLength(3);
  });

  it('the cluster view shows Moran\'s I, coloured clusters and names the quadrants', async () => {
    const { page } = j;
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote&view=cluster');
    const moran = page.locator('[data-testid=moran-i]');
    await moran.waitFor({ state: 'visible', timeout: READY_TIMEOUT });
    const text = await moran.innerText();
    expect(text).toMatch(/Moran's I: -?\d+,\d{3}/);
    const I = Number(/I: (-?\d+,\d+)/.exec(text)?.[1].replace(',', '.'));
    expect(I).toBeGreaterThan(0);
    const counts = await page.locator('[data-testid=cluster-class]').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-category'), Number(e.getAttribute('data-count'))])),
    );
    expect(counts.HH + counts.LL, 'significant clusters found').toBeGreaterThan(0);
    expect(Object.values(counts).reduce((a: number, b) => a + (b as number), 0)).toBeGreaterThan(900);
    const legend = await page.locator('[data-testid=cluster-legend]').innerText();
    expect(legend).toContain('hoch-hoch');
    expect(legend).toContain('niedrig-niedrig');
    expect(legend).toContain('nicht signifikant');
    expect(await page.locator('[data-testid=cluster-islands]').innerText()).toMatch(/ohne Nachbarn: \S/);
    await page.locator('[data-testid=map][data-map-idle=true]').waitFor({ state: 'attached' });
    await expectMapNotBlank(page);
    expect(await seriousAxeViolations(j)).toEqual([]);
  });

  it('the workbench with the MSS preset shows classes, and a weight change moves areas between classes', async () => {
    const { page } = j;
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote&view=index');
    await page.locator('[data-testid=preset-mss]').click();
    const rows = page.locator('[data-testid=index-row]');
    await rows.first().waitFor({ state: 'attached', timeout: READY_TIMEOUT });
    const classCounts = () =>
      page.locator('[data-testid=index-class]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const before = await classCounts();
    expect(before).toHaveLength(4);
    expect(before.filter((n) => n > 0).length, 'several status classes occupied').toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-testid=index-table]').innerText()).toContain('Status');
    const slider = page.locator('[data-testid=weight-unemployment_rate]');
    await slider.fill('0');
    await expect.poll(classCounts).not.toEqual(before);
    expect(await page.locator('[data-testid=sensitivity-row]').count()).toBeGreaterThan(2);
    expect(await seriousAxeViolations(j)).toEqual([]);
  });

  it('a saved method JSON, loaded again, reproduces the same classes', async () => {
    const { page } = j;
    const table = () =>
      page.locator('[data-testid=index-row]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-key')}:${e.getAttribute('data-status-class')}`).sort());
    await page.locator('[data-testid=status-cut-2]').fill('2');
    const saved = await table();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=index-save]').click()]);
    const path = join(tmpdir(), `atlas-analysis-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json).toMatchObject({ version: 1, id: 'berlin-mss', statusCuts: [-1, 1, 2] });
    expect(json.indicators.find((i: { id: string }) => i.id === 'unemployment_rate').weight).toBe(0);

    await page.locator('[data-testid=preset-hamburg]').click();
    await expect.poll(table).not.toEqual(saved);
    await page.locator('[data-testid=index-load]').setInputFiles(path);
    await expect.poll(() => page.locator('[data-testid=index-message]').innerText()).toContain('geladen');
    await expect.poll(table).toEqual(saved);
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
