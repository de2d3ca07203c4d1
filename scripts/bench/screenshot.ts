/**
 * docs/screenshot.png for the README: the production build (dist/, or ATLAS_DIST) in Debian's
 * Chromium, default view (Gemeinden, SGB-II-Quote, latest year) with the pointer over an area.
 * Run: `vite build && tsx scripts/bench/screenshot.ts [query]`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, distDir } from '../../test/browser/chromium';
import { servePreview } from './serve';

const ROOT = join(import.meta.dirname, '..', '..');
const query = process.argv[2] ?? '';
const served = await servePreview({ root: ROOT, build: { outDir: distDir() } });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'de-DE' });
  await page.goto(`${served.origin}/${query}`);
  await page.locator('[data-testid=app][data-ready=true]').waitFor({ state: 'attached', timeout: 180_000 });
  await page.locator('[data-testid=map][data-map-idle=true]').waitFor({ state: 'attached', timeout: 180_000 });
  const box = await page.locator('[data-testid=map]').boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.55);
    await page.waitForTimeout(1500);
  }
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
  console.log('written docs/screenshot.png');
} finally {
  await browser.close();
  await served.close();
}
