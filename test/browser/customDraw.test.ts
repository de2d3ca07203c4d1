import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, seriousAxeViolations, waitMapIdle, type Journey } from './journey';

const ACT = { timeout: READY_TIMEOUT, force: true };
const A = '03241001-Q01';
const B = '03241001-Q02';

/** The map's centre and size in page pixels (the camera is fitted to the selected area A). */
async function mapBox(page: Page): Promise<{ cx: number; cy: number }> {
  const box = await page.locator('[data-testid=map]').boundingBox();
  if (!box) throw new Error('map has no box');
  return { cx: box.x + box.width / 2, cy: box.y + box.height / 2 };
}

/** Journey: a custom area's centre clicked on the map, and a polygon drawn on the map (keyboard to finish/undo/cancel). */
describe('custom areas drawn on the map', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j, `?level=quartier&indicator=sgb2_quote&year=2024&view=compare&sel=${A},${B}&area=${A}&lang=de`);
  });
  afterAll(async () => {
    await j?.close();
  });

  it('"Mittelpunkt auf der Karte wählen": Escape cancels, the next map click sets the centre instead of selecting', async () => {
    const { page } = j;
    const lat = page.locator('[data-testid=custom-lat]');
    const lon = page.locator('[data-testid=custom-lon]');
    await expect.poll(() => lat.inputValue(), { timeout: READY_TIMEOUT }).not.toBe('');
    const centroid = { lat: Number(await lat.inputValue()), lon: Number(await lon.inputValue()) };

    await page.locator('[data-testid=custom-pick-centre]').click(ACT);
    const bar = page.locator('[data-testid=map-pick-bar]');
    await bar.waitFor();
    expect(await bar.getAttribute('data-mode')).toBe('centre');
    expect(await page.locator('[data-testid=custom-area]').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await page.locator('[data-testid=custom-area]').waitFor({ state: 'visible' });
    expect(Number(await lat.inputValue())).toBe(centroid.lat);

    await page.locator('[data-testid=custom-pick-centre]').click(ACT);
    await bar.waitFor();
    await waitMapIdle(page);
    const { cx, cy } = await mapBox(page);
    await page.mouse.click(cx + 20, cy);
    await bar.waitFor({ state: 'detached', timeout: READY_TIMEOUT });
    await page.locator('[data-testid=custom-area]').waitFor({ state: 'visible' });
    const picked = { lat: Number(await lat.inputValue()), lon: Number(await lon.inputValue()) };
    // The map is fitted to A: its centre lies within A, near A's centroid, but not exactly on it.
    expect(picked).not.toEqual(centroid);
    expect(Math.abs(picked.lat - centroid.lat)).toBeLessThan(0.03);
    expect(Math.abs(picked.lon - centroid.lon)).toBeLessThan(0.05);
    expect(new URL(page.url()).searchParams.get('area')).toBe(A); // the click selected nothing

    await page.locator('[data-testid=custom-radius]').fill('0.5');
    await page.locator('[data-testid=custom-aggregate-radius]').click(ACT);
    await expect.poll(() => page.locator('[data-testid=custom-members]').innerText(), { timeout: READY_TIMEOUT }).toContain('Hannover Quartier 01');
  });

  it('drawing a polygon: corners listed as text, Backspace removes the last, Enter closes it, areas weighted by surface share', async () => {
    const { page } = j;
    await page.locator('[data-testid=custom-draw-polygon]').click(ACT);
    const bar = page.locator('[data-testid=map-pick-bar]');
    await bar.waitFor();
    expect(await bar.getAttribute('data-mode')).toBe('polygon');
    expect(await seriousAxeViolations(j)).toEqual([]);
    await waitMapIdle(page);
    const { cx, cy } = await mapBox(page);
    const corners = () => page.locator('[data-testid=map-pick-vertices] li').count();
    const points: [number, number][] = [[cx - 60, cy - 60], [cx + 60, cy - 60], [cx + 60, cy + 60], [cx - 60, cy + 60], [cx + 140, cy]];
    for (let i = 0; i < points.length; i++) {
      await page.mouse.click(points[i][0], points[i][1]);
      await expect.poll(corners, { timeout: READY_TIMEOUT }).toBe(i + 1);
    }
    expect(await page.locator('[data-testid=map-pick-vertices] li').first().innerText()).toMatch(/^\d+,\d{5}° N, \d+,\d{5}° O$/);
    await page.keyboard.press('Backspace');
    await expect.poll(corners).toBe(4);
    await page.keyboard.press('Enter');
    await bar.waitFor({ state: 'detached', timeout: READY_TIMEOUT });
    await expect.poll(() => page.locator('[data-testid=custom-corners]').innerText(), { timeout: READY_TIMEOUT }).toContain('Eckpunkte (4)');
    const members = await page.locator('[data-testid=custom-members]').innerText();
    expect(members).toContain('Hannover Quartier 01');
    expect(members).toMatch(/der Fläche\)/); // a partly covered area names its share
    expect(await page.locator('[data-testid=custom-table]').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('area')).toBe(A);
  });

  it('Escape while drawing drops the polygon and returns to the comparison', async () => {
    const { page } = j;
    await page.locator('[data-testid=custom-draw-polygon]').click(ACT);
    await page.locator('[data-testid=map-pick-bar]').waitFor();
    // The keyboard alternative: a corner typed as coordinates.
    await page.locator('[data-testid=map-pick-lat]').fill('52,37');
    await page.locator('[data-testid=map-pick-lon]').fill('9,73');
    await page.locator('[data-testid=map-pick-lon]').press('Enter');
    await expect.poll(() => page.locator('[data-testid=map-pick-vertices] li').count()).toBe(1);
    expect(await page.locator('[data-testid=map-pick-vertices] li').innerText()).toBe('52,37000° N, 9,73000° O');
    await page.locator('[data-testid=map-pick-bar]').focus();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=map-pick-bar]').waitFor({ state: 'detached' });
    await page.locator('[data-testid=custom-area]').waitFor({ state: 'visible' });
  });

  it('a double-click sets the last corner and closes the polygon (no zoom step, one corner for the two clicks)', async () => {
    const { page } = j;
    await page.locator('[data-testid=custom-draw-polygon]').click(ACT);
    const bar = page.locator('[data-testid=map-pick-bar]');
    await bar.waitFor();
    await waitMapIdle(page);
    const { cx, cy } = await mapBox(page);
    const corners = () => page.locator('[data-testid=map-pick-vertices] li').count();
    await page.mouse.click(cx - 50, cy - 50);
    await expect.poll(corners, { timeout: READY_TIMEOUT }).toBe(1);
    await page.mouse.click(cx + 50, cy - 50);
    await expect.poll(corners, { timeout: READY_TIMEOUT }).toBe(2);
    await page.mouse.dblclick(cx, cy + 50);
    await bar.waitFor({ state: 'detached', timeout: READY_TIMEOUT });
    await expect.poll(() => page.locator('[data-testid=custom-corners]').innerText(), { timeout: READY_TIMEOUT }).toContain('Eckpunkte (3)');
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
