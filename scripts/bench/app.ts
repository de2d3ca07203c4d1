import type { Browser, Page } from 'playwright-core';

/** Records (in the page) the moment the app is ready AND its map is idle, in ms since navigation start. */
const READY_PROBE = () => {
  const w = window as unknown as { __readyAt?: number };
  const check = () => {
    if (w.__readyAt !== undefined) return;
    const ready = document.querySelector('[data-testid=app][data-ready=true]');
    const idle = document.querySelector('[data-testid=map][data-map-idle=true]');
    if (ready && idle) w.__readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
};

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(…)`; functions sent
 * to the page (evaluate, init scripts) then need that helper there too.
 */
export const NAME_SHIM = { content: 'globalThis.__name ??= (f) => f;' };

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'de-DE' });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  return page;
}

/** Navigation start → `data-ready=true` with the map idle (first coloured map). */
export async function appStartup(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, null, {
    timeout: 180_000,
  });
  return page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
}

/** Select change → `data-colour-version` above the old one and the map idle again (measured in the page). */
export async function appRecolour(page: Page, indicator: string): Promise<number> {
  return page.evaluate(
    (next) =>
      new Promise<number>((resolve, reject) => {
        const map = document.querySelector('[data-testid=map]') as HTMLElement;
        const select = document.querySelector('[data-testid=indicator-select]') as HTMLSelectElement;
        const v0 = Number(map.getAttribute('data-colour-version'));
        let sawBusy = false;
        let recolouredAt = 0;
        let t0 = 0;
        const done = (t: number) => {
          observer.disconnect();
          clearTimeout(limit);
          resolve(t - t0);
        };
        const check = () => {
          if (map.getAttribute('data-map-idle') === 'false') sawBusy = true;
          const recoloured = Number(map.getAttribute('data-colour-version')) > v0;
          if (recoloured && !recolouredAt) recolouredAt = performance.now();
          if (recoloured && sawBusy && map.getAttribute('data-map-idle') === 'true') done(performance.now());
          else if (recoloured && !sawBusy && map.getAttribute('data-map-idle') === 'true')
            // the map never reported busy: count until the recolouring itself, after a grace period
            setTimeout(() => !sawBusy && done(recolouredAt), 1500);
        };
        const observer = new MutationObserver(check);
        observer.observe(map, { attributes: true });
        const limit = setTimeout(() => reject(new Error('recolouring did not finish within 60 s')), 60_000);
        t0 = performance.now();
        const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
        setValue.call(select, next);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    indicator,
  );
}

export async function indicatorOptions(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=indicator-select] option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
}

/** Click on the report tab → `[data-testid=report]` visible. */
export async function appReport(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.locator('[data-testid=view-report]').click();
  await page.locator('[data-testid=report]').waitFor({ state: 'visible' });
  return Date.now() - t0;
}

/** Click on "PDF" → the browser receives the download. */
export async function appPdf(page: Page): Promise<number> {
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-pdf]').click()]);
  const ms = Date.now() - t0;
  await download.delete();
  return ms;
}

/** Size of the app's map, so that the reference draws the same number of pixels. */
export async function mapSize(page: Page): Promise<{ w: number; h: number }> {
  const box = await page.locator('[data-testid=map]').boundingBox();
  return { w: Math.round(box?.width ?? 1000), h: Math.round(box?.height ?? 700) };
}
