/**
 * Browser import benchmark: the production build in Chromium imports a generated 1,000,000-row German
 * CSV (scripts/bench/import.ts's generator; its first rows carry the 996 Gemeinde keys, so that
 * something joins) through the wizard. Per run: file set → analysed (detection shown), confirm →
 * loaded (result shown), and the page's responsiveness meanwhile: the longest main-thread task
 * (PerformanceObserver 'longtask') and the longest gap between animation frames.
 * `scripts/bench.ts` calls `benchImportBrowser()` (skipped with --no-import).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { appStartup, newPage } from './app';
import { germanCsv } from './import';

export interface BrowserImportRun {
  analyseMs: number;
  confirmMs: number;
  /** Longest main-thread task (ms) and longest gap between animation frames (ms), file set → analysed. */
  analyseLongestTaskMs: number;
  analyseLongestFrameGapMs: number;
  confirmLongestTaskMs: number;
  confirmLongestFrameGapMs: number;
}

/** Starts (in the page) the probes: longest long task and longest rAF gap since the last `reset`. */
const PROBE = () => {
  const w = window as unknown as { __probe?: { task: number; gap: number; reset(): void; changeAt?: number } };
  const probe = {
    task: 0, gap: 0, last: performance.now(), from: performance.now(), changeAt: undefined as number | undefined,
    reset() { probe.task = 0; probe.gap = 0; probe.last = performance.now(); probe.from = probe.last; },
  };
  // Only tasks that start after the reset: the task in which Playwright hands the file to the input
  // (decoding its payload in the page) is the harness's, not the app's.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= probe.from) probe.task = Math.max(probe.task, e.duration);
  }).observe({ type: 'longtask', buffered: false });
  const frame = (t: number) => {
    probe.gap = Math.max(probe.gap, t - probe.last);
    probe.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  w.__probe = probe;
  document.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).getAttribute('data-testid') !== 'import-file') return;
    probe.reset();
    probe.changeAt = probe.from;
  }, true);
};

type ProbeWindow = { __probe: { task: number; gap: number; reset(): void; changeAt?: number } };

export function gemeindeKeys(root: string): string[] {
  const text = readFileSync(join(root, 'data', 'boundaries', 'gemeinden.geojson'), 'utf8');
  return [...text.matchAll(/"key":"(\d{8})"/g)].map((m) => m[1]);
}

export function browserCsvFile(root: string, rows: number): string {
  const file = `/tmp/qa-bench-import-browser-${rows}.csv`;
  if (!existsSync(file) || statSync(file).size < rows * 20) writeFileSync(file, germanCsv(rows, gemeindeKeys(root)));
  return file;
}

async function readProbe(page: Page): Promise<{ task: number; gap: number }> {
  return page.evaluate(() => {
    const p = (window as unknown as ProbeWindow).__probe;
    return { task: p.task, gap: p.gap };
  });
}

export async function importOnce(browser: Browser, origin: string, file: string): Promise<BrowserImportRun> {
  const page = await newPage(browser);
  try {
    await appStartup(page, `${origin}/?level=gemeinde`);
    await page.locator('[data-testid=view-import]').click();
    await page.locator('[data-testid=import]').waitFor();
    await page.evaluate(PROBE);
    // The probe resets itself on the input's `change`: measured from the moment the app has the file.
    await page.locator('[data-testid=import-file]').setInputFiles(file);
    await page.locator('[data-testid=join-report]').waitFor({ timeout: 600_000 });
    const analysedAt = await page.evaluate(() => performance.now());
    const changeAt = await page.evaluate(() => (window as unknown as ProbeWindow).__probe.changeAt ?? 0);
    const analyse = await readProbe(page);
    const rows = page.locator('[data-testid=mapping-row]');
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).locator('[data-testid=mapping-unit]').fill(i === 0 ? 'Personen' : '%');
    await page.locator('[data-testid=import-name]').fill('Bench 1M');
    await page.evaluate(() => (window as unknown as ProbeWindow).__probe.reset());
    const confirmMs = await page.evaluate(() => new Promise<number>((resolve, reject) => {
      const button = document.querySelector('[data-testid=import-confirm]') as HTMLButtonElement;
      if (button.disabled) {
        reject(new Error('confirm disabled'));
        return;
      }
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid=import-result]')) {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      });
      observer.observe(document, { subtree: true, childList: true });
      button.click();
    }));
    const confirm = await readProbe(page);
    return {
      // The page notices the file on `change`; the analysis ends when the join report is shown
      // (read here a little after it appeared: an upper bound, by one round trip).
      analyseMs: analysedAt - changeAt, confirmMs,
      analyseLongestTaskMs: analyse.task, analyseLongestFrameGapMs: analyse.gap,
      confirmLongestTaskMs: confirm.task, confirmLongestFrameGapMs: confirm.gap,
    };
  } finally {
    await page.context().close();
  }
}

export async function benchImportBrowser(browser: Browser, origin: string, options: { root: string; runs: number; rows?: number }): Promise<BrowserImportRun[]> {
  const file = browserCsvFile(options.root, options.rows ?? 1_000_000);
  const runs: BrowserImportRun[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await importOnce(browser, origin, file));
  return runs;
}

/** Rows for the bench table: medians of the timings and of the responsiveness measures. */
export function browserImportRows(runs: readonly BrowserImportRun[]): { name: string; samplesMs: number[] }[] {
  const of = (pick: (r: BrowserImportRun) => number) => runs.map(pick);
  return [
    { name: 'browser import 1M rows: file set → analysed (worker)', samplesMs: of((r) => r.analyseMs) },
    { name: '  longest main-thread task meanwhile', samplesMs: of((r) => r.analyseLongestTaskMs) },
    { name: '  longest gap between frames meanwhile', samplesMs: of((r) => r.analyseLongestFrameGapMs) },
    { name: 'browser import: confirm → loaded (996 Gemeinden × 2)', samplesMs: of((r) => r.confirmMs) },
    { name: '  longest main-thread task meanwhile', samplesMs: of((r) => r.confirmLongestTaskMs) },
    { name: '  longest gap between frames meanwhile', samplesMs: of((r) => r.confirmLongestFrameGapMs) },
  ];
}

// Alone: `ATLAS_DIST=/tmp/x-dist npx tsx scripts/bench/importBrowser.ts [runs] [rows]` (a build must exist there).
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('playwright-core');
  const { chromiumLaunchOptions, distDir } = await import('../../test/browser/chromium');
  const { servePreview } = await import('./serve');
  const { row, table } = await import('./stats');
  const root = join(import.meta.dirname, '..', '..');
  const app = await servePreview({ root, build: { outDir: distDir() } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const runs = await benchImportBrowser(browser, app.origin, { root, runs: Number(process.argv[2]) || 3, rows: Number(process.argv[3]) || undefined });
    for (const r of runs) console.log(JSON.stringify(r));
    console.log(table(browserImportRows(runs).map((r) => row(r.name, r.samplesMs))));
  } finally {
    await browser.close();
    await app.close();
  }
}
