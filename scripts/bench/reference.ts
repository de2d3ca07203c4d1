import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { NAME_SHIM } from './app';
import { boundariesOfLevel } from './referenceData';
import { servePreview, type Served } from './serve';

export const REFERENCE_OUT = '/tmp/quartiersatlas-bench-reference';

/** Build the bare-MapLibre reference page with the same boundaries and serve it. */
export async function serveReference(root: string): Promise<Served> {
  const pageRoot = join(root, 'scripts', 'bench', 'reference-page');
  await build({ configFile: false, root: pageRoot, base: './', logLevel: 'error', build: { outDir: REFERENCE_OUT, emptyOutDir: true } });
  writeFileSync(join(REFERENCE_OUT, 'areas.geojson'), JSON.stringify(boundariesOfLevel(root, 'gemeinde')));
  return servePreview({ configFile: false, root: pageRoot, build: { outDir: REFERENCE_OUT } });
}

export interface ReferenceRun {
  startupMs: number;
  recolourMs: number[];
}

export async function referenceRun(browser: Browser, url: string, recolours: number): Promise<ReferenceRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 120_000 });
    const startupMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
    const recolourMs: number[] = [];
    for (let k = 1; k <= recolours; k++)
      recolourMs.push(await page.evaluate((i) => (window as unknown as { recolour: (k: number) => Promise<number> }).recolour(i), k));
    return { startupMs, recolourMs };
  } finally {
    await context.close();
  }
}
