import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanJourney, gotoReady, openJourney, seriousAxeViolations, type Journey } from './journey';

const areaParam = (page: Page) => new URL(page.url()).searchParams.get('area');

/** The profile panel may sit beside the map or behind the profile tab; open the tab if it is hidden. */
async function showProfile(page: Page): Promise<void> {
  const profile = page.locator('[data-testid=profile]');
  if (!(await profile.isVisible())) await page.locator('[data-testid=view-profile]').click();
  await profile.waitFor({ state: 'visible' });
}

/** Journey: find an area by clicking the map or by name, and read its profile. */
describe('area profile', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j);
  });
  afterAll(async () => {
    await j?.close();
  });

  it('clicking the map selects the area under the pointer and shows its profile', async () => {
    const { page } = j;
    expect(areaParam(page), 'no area selected at start').toBeNull();
    const map = page.locator('[data-testid=map]');
    const box = await map.boundingBox();
    expect(box, 'map has a box on screen').not.toBeNull();
    // Points inside Lower Saxony in the default (whole-Land) view; try a few in case one hits a gap.
    const points = [[0.5, 0.5], [0.42, 0.58], [0.6, 0.42], [0.35, 0.4], [0.65, 0.65]];
    let selected: string | null = null;
    for (const [fx, fy] of points) {
      await page.mouse.click(box!.x + box!.width * fx, box!.y + box!.height * fy);
      const deadline = Date.now() + 8_000;
      while (!areaParam(page) && Date.now() < deadline) await page.waitForTimeout(250);
      selected = areaParam(page);
      if (selected) break;
    }
    expect(selected, 'a map click selected an area of Lower Saxony (URL area=03…)').toMatch(/^03\d+$/);
    await expect.poll(async () => (await page.locator('[data-testid=selected-area]').innerText()).trim().length).toBeGreaterThan(1);
    const name = (await page.locator('[data-testid=selected-area]').innerText()).trim();
    await showProfile(page);
    const title = page.locator('[data-testid=profile-title]');
    await expect
      .poll(
        async () => {
          const t = (await title.innerText()).trim();
          return t.length > 1 && (name.includes(t) || t.includes(name));
        },
        { message: `profile-title matches selected-area "${name}"` },
      )
      .toBe(true);
    expect(await page.locator('[data-testid=profile] [data-testid=profile-row]').count()).toBeGreaterThanOrEqual(8);
  });

  it('area search finds Hannover and shows its profile with all indicators', async () => {
    const { page } = j;
    await page.locator('[data-testid=area-search]').fill('Hannover');
    const option = page.locator('[data-testid=area-option][data-key="03241001"]');
    await option.waitFor({ state: 'visible' });
    expect(await option.innerText()).toContain('Hannover');
    await option.click();
    await expect.poll(() => areaParam(page)).toBe('03241001');
    await expect.poll(() => page.locator('[data-testid=selected-area]').innerText()).toContain('Hannover');

    await showProfile(page);
    await expect.poll(() => page.locator('[data-testid=profile-title]').innerText()).toContain('Hannover');
    const rows = page.locator('[data-testid=profile] [data-testid=profile-row]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(8);
    const indicators = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-indicator') ?? ''));
    expect(new Set(indicators.filter((i) => i !== '')).size, `indicators in the profile: ${indicators.join(', ')}`).toBeGreaterThanOrEqual(8);
    const texts = await rows.allInnerTexts();
    for (const t of texts) expect(t, 'a profile row shows a figure (number or status symbol)').toMatch(/[0-9–—.\/x*…-]/);
    expect(await page.locator('[data-testid=demo-badge]').isVisible()).toBe(true);
  });

  it('the profile view has no serious or critical accessibility violations (axe-core)', async () => {
    expect(await seriousAxeViolations(j)).toEqual([]);
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
