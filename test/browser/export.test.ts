import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, seriousAxeViolations, waitMapIdle, type Journey } from './journey';

const SLOW = { timeout: READY_TIMEOUT };
// force: the SwiftShader map under the views can starve the actionability checks' animation frames.
const ACT = { timeout: READY_TIMEOUT, force: true };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function saved(download: Download, ext: string): Promise<Buffer> {
  const path = join(tmpdir(), `atlas-export-${process.pid}-${Date.now()}.${ext}`);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  rmSync(path, { force: true });
  return bytes;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts pixels that are not the white background in a band of rows. */
async function inkInRows(page: Page, png: Buffer, fromRow: number, toRow: number): Promise<number> {
  return page.evaluate(
    async ({ base64, fromRow, toRow }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, fromRow, image.width, toRow - fromRow).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
      return ink;
    },
    { base64: png.toString('base64'), fromRow, toRow },
  );
}

const today = () => {
  const d = new Date();
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
};
const selectedRows = (page: Page) =>
  page.locator('[data-testid=table-row][data-selected=true]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? '').sort());
const selectedBars = (page: Page) =>
  page.locator('[data-testid=ranking-bar][data-selected=true]').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key') ?? '').sort());

/** Journey: export the map and the charts as images with caption; compare-view parameters from a link; brushing. */
describe('image export, compare URL state and scatter brushing', () => {
  let j: Journey;

  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j, '?level=kreis&indicator=sgb2_quote&year=2024&view=compare&lang=de&x=child_poverty&y=unemployment_rate&from=2017&to=2021');
  });
  afterAll(async () => {
    await j?.close();
  });

  it('a link with x, y, from and to opens the compare view with those axes and years; changes go back to the URL', async () => {
    const { page } = j;
    await page.locator('[data-testid=scatter-point]').first().waitFor(SLOW);
    expect(await page.locator('[data-testid=scatter-x]').inputValue()).toBe('child_poverty');
    expect(await page.locator('[data-testid=scatter-y]').inputValue()).toBe('unemployment_rate');
    expect(await page.locator('[data-testid=change-from]').inputValue()).toBe('2017');
    expect(await page.locator('[data-testid=change-to]').inputValue()).toBe('2021');
    expect(await page.locator('[data-testid=notice]').count()).toBe(0);

    await page.locator('[data-testid=scatter-y]').selectOption('youth_share', ACT);
    await expect.poll(() => new URL(page.url()).searchParams.get('y')).toBe('youth_share');
    expect(new URL(page.url()).searchParams.get('x')).toBe('child_poverty');
    await page.locator('[data-testid=change-from]').selectOption('2015', ACT);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2015');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2021');
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid=change-from]').inputValue()).toBe('2017');
  });

  it('a chart SVG carries title, source, licence, dates and the demo mark, well-formed', async () => {
    const { page } = j;
    const button = page.locator('[data-testid=export-chart-svg][data-chart=ranking]');
    await button.waitFor(SLOW);
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), button.click(ACT)]);
    expect(download.suggestedFilename()).toBe('sozialraum-sgb2_quote-2024-rangfolge.svg');
    const svg = (await saved(download, 'svg')).toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/<title>Rangfolge: [^<]+ 2024<\/title>/);
    expect(svg).toContain('Quelle: ');
    expect(svg).toContain('Lizenz: © GeoBasis-DE / BKG 2017 (dl-de/by-2-0)');
    expect(svg).toContain('Stand der Daten: ');
    expect(svg).toContain(`Exportiert am ${today()}`);
    expect(svg).toContain('Synthetische Demodaten');
    expect(svg).toContain('data-testid="ranking-bar"');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, scripts: doc.getElementsByTagName('script').length, texts: doc.querySelectorAll('text[data-role]').length };
    }, svg);
    expect(parsed).toEqual({ error: 0, scripts: 0, texts: expect.any(Number) });
    expect(parsed.texts).toBeGreaterThanOrEqual(5);

    // The change map's figures load after the charts: the export waits (button disabled) for them.
    await expect.poll(() => page.locator('[data-testid=change-summary]').innerText(), SLOW).not.toMatch(/Zunahme in 0, Abnahme in 0 /);
    const changeButton = page.locator('[data-testid=export-chart-svg][data-chart=change]');
    await expect.poll(() => changeButton.isEnabled(), SLOW).toBe(true);
    const [changeDownload] = await Promise.all([page.waitForEvent('download', SLOW), changeButton.click(ACT)]);
    expect(changeDownload.suggestedFilename()).toBe('sozialraum-sgb2_quote-2017-2021-veraenderung.svg');
    const changeSvg = (await saved(changeDownload, 'svg')).toString('utf8');
    expect(changeSvg).toMatch(/<title>Veränderung zwischen zwei Jahren: [^<]+ 2017–2021<\/title>/);
    expect(changeSvg).toContain('keine Daten / geheim');
    expect(changeSvg).toContain('Abnahme (≤');
    expect((changeSvg.match(/<path /g) ?? []).length).toBeGreaterThan(30);
    // Areas are coloured by their change (diverging classes), not all grey.
    expect(changeSvg).toMatch(/fill="rgb\((33, 102, 172|146, 197, 222|253, 184, 99|179, 88, 6)\)"/);

    // The small multiples export as one grid: one group per year, each with its year and coloured areas.
    const multiplesButton = page.locator('[data-testid=export-chart-svg][data-chart=multiples]');
    await expect.poll(() => multiplesButton.isEnabled(), SLOW).toBe(true);
    const years = await page.locator('[data-testid=small-multiples] figcaption').allInnerTexts();
    expect(years.length).toBeGreaterThan(1);
    const [multiplesDownload] = await Promise.all([page.waitForEvent('download', SLOW), multiplesButton.click(ACT)]);
    expect(multiplesDownload.suggestedFilename()).toMatch(/^sozialraum-sgb2_quote-\d{4}-\d{4}-kleine-vielfache\.svg$/);
    const multiplesSvg = (await saved(multiplesDownload, 'svg')).toString('utf8');
    expect((multiplesSvg.match(/<g transform="translate\(/g) ?? []).length).toBeGreaterThanOrEqual(years.length);
    for (const year of years) expect(multiplesSvg).toContain(`>${year}</text>`);
    expect(multiplesSvg).toContain('Synthetische Demodaten');
    expect(multiplesSvg).toMatch(/fill="#(bdd7e7|6baed6|3182bd|08519c)"/);

    const pngButton = page.locator('[data-testid=export-chart-png][data-chart=scatter]');
    const [pngDownload] = await Promise.all([page.waitForEvent('download', SLOW), pngButton.click(ACT)]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = await saved(pngDownload, 'png');
    const size = pngSize(png);
    expect(size.width).toBeGreaterThan(520);
    expect(await inkInRows(page, png, size.height - 60, size.height)).toBeGreaterThan(50);
  });

  it('dragging a rectangle on the scatter plot selects those areas everywhere', async () => {
    const { page } = j;
    const centres = await page.locator('[data-testid=scatter-point]').evaluateAll((points) =>
      points.map((p) => {
        const r = p.getBoundingClientRect();
        return { key: p.getAttribute('data-key') ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    );
    expect(centres.length).toBeGreaterThan(30);
    const xs = centres.map((c) => c.x).sort((a, b) => a - b);
    const split = (xs[Math.floor(xs.length / 3)] + xs[Math.floor(xs.length / 3) + 1]) / 2;
    const minY = Math.min(...centres.map((c) => c.y)) - 4;
    const maxY = Math.max(...centres.map((c) => c.y)) + 4;
    const expected = centres.filter((c) => c.x <= split).map((c) => c.key).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(centres.length);

    await page.mouse.move(xs[0] - 4, minY);
    await page.mouse.down();
    await page.mouse.move((xs[0] + split) / 2, (minY + maxY) / 2, { steps: 4 });
    await page.mouse.move(split, maxY, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => (new URL(page.url()).searchParams.get('sel') ?? '').split(',').sort(), SLOW).toEqual(expected);
    await expect.poll(() => selectedBars(page)).toEqual(expected);
    expect(await page.locator('[data-testid=scatter-brush-result]').innerText()).toContain(`${expected.length} Gebiete`);

    await page.locator('[data-testid=view-table]').click(ACT);
    await page.locator('[data-testid=table-row]').first().waitFor(SLOW);
    await expect.poll(() => selectedRows(page)).toEqual(expected);
  });

  it('the map PNG is larger than the map canvas by its caption, which is drawn', async () => {
    const { page } = j;
    await page.locator('[data-testid=view-map]').click(ACT);
    await page.locator('[data-testid=export-map-png]').waitFor(SLOW);
    await waitMapIdle(page);
    const canvas = await page.locator('.maplibregl-canvas').evaluate((c) => ({ width: (c as HTMLCanvasElement).width, height: (c as HTMLCanvasElement).height }));
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=export-map-png]').click(ACT)]);
    expect(download.suggestedFilename()).toBe('sozialraum-sgb2_quote-2024.png');
    const png = await saved(download, 'png');
    const size = pngSize(png);
    expect(size.width).toBeGreaterThan(canvas.width);
    // Title and legend above, four footer lines below: far more than a few pixels.
    expect(size.height).toBeGreaterThan(canvas.height + 120);
    const top = await inkInRows(page, png, 0, 40);
    const bottom = await inkInRows(page, png, size.height - 40, size.height);
    expect(top, 'title pixels').toBeGreaterThan(100);
    expect(bottom, 'footer pixels').toBeGreaterThan(100);
    expect(await seriousAxeViolations(j), 'axe on the map view with the export button').toEqual([]);
  });

  it('the range form selects by keyboard the same way', async () => {
    const { page } = j;
    await page.locator('[data-testid=view-compare]').click(ACT);
    await page.locator('[data-testid=scatter-point]').first().waitFor(SLOW);
    const points = await page.locator('[data-testid=scatter-point]').count();
    await page.locator('[data-testid=scatter-range] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=scatter-range-apply]').focus();
    await page.keyboard.press('Enter');
    // Empty fields = the whole extent: every point with both values (at most 50).
    await expect.poll(async () => (new URL(page.url()).searchParams.get('sel') ?? '').split(',').filter(Boolean).length).toBe(Math.min(points, 50));
    await expect.poll(() => page.locator('[data-testid=scatter-point][data-selected=true]').count()).toBe(Math.min(points, 50));
    await expectCleanJourney(j);
  });
});
