import type { Page } from 'playwright-core';

/**
 * Interaction timings with the ~1,000 Gemeinden of the demo, measured in the page from the click to the
 * frame after the DOM shows the result (two requestAnimationFrames, so layout and paint are included).
 */

/**
 * In-page: wait (untimed) until the page is quiet — 20 animation frames in a row each within 50 ms of the
 * last (at most 30 s). After start-up the software-rendered map keeps the GPU process busy for seconds;
 * without this the first interaction would be charged with that tail instead of its own work.
 */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const end = performance.now() + 30_000;
        let last = performance.now();
        let quiet = 0;
        const tick = (now: number) => {
          quiet = now - last < 50 ? quiet + 1 : 0;
          last = now;
          if (quiet >= 20 || now > end) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** In-page: dispatch a click on `clickSelector`, resolve when `doneSelector` matches, then two frames. */
async function timeClick(page: Page, clickSelector: string, doneSelector: string): Promise<number> {
  await settle(page);
  return page.evaluate(
    ([click, done]) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector(click) as HTMLElement | SVGElement | null;
        if (!target) return reject(new Error(`nothing to click: ${click}`));
        const limit = setTimeout(() => reject(new Error(`${done} did not appear within 60 s`)), 60_000);
        let t0 = 0;
        const finish = () => {
          observer.disconnect();
          clearTimeout(limit);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        };
        const observer = new MutationObserver(() => document.querySelector(done) && finish());
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        t0 = performance.now();
        target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }),
    [clickSelector, doneSelector] as const,
  );
}

/** Table row checkbox → the row is marked selected (URL, table and the map's outline all follow one state). */
export function selectInTable(page: Page, key: string): Promise<number> {
  return timeClick(page, `[data-testid=table-row][data-key="${key}"] [data-testid=row-select]`, `[data-testid=table-row][data-key="${key}"][data-selected=true]`);
}

/** Ranking bar → the same area's point in the scatter plot is highlighted (linked brushing across charts). */
export function selectInRanking(page: Page, key: string): Promise<number> {
  return timeClick(page, `[data-testid=ranking-bar][data-key="${key}"]`, `[data-testid=scatter-point][data-key="${key}"][data-selected=true]`);
}

/** View tab → the view's content is on screen. */
export function switchView(page: Page, view: string, readySelector: string): Promise<number> {
  return timeClick(page, `[data-testid=view-${view}]`, readySelector);
}

export const VIEW_READY: Record<string, string> = {
  table: '[data-testid=table-row]',
  compare: '[data-testid=ranking-bar]',
  map: '[data-testid=legend-class]',
};

/** Keys of the first rows of the table (areas to select). */
export function tableKeys(page: Page, count: number): Promise<string[]> {
  return page
    .locator('[data-testid=table-row]')
    .evaluateAll((rows, n) => rows.slice(0, n).map((r) => r.getAttribute('data-key') ?? ''), count);
}

/**
 * Standalone: `npx tsx scripts/bench/interaction.ts [--runs N] [--profile DIR]` measures only these
 * interactions against an existing build (ATLAS_DIST, else dist/; build it first with
 * `npx vite build --outDir /tmp/x-dist` and pass ATLAS_DIST=/tmp/x-dist). `--profile DIR` also writes
 * one Chrome CPU profile per interaction (CDP Profiler) for DevTools or a summary script.
 */
async function main(): Promise<void> {
  const { writeFileSync, mkdirSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { chromium } = await import('playwright-core');
  const { chromiumLaunchOptions, distDir } = await import('../../test/browser/chromium');
  const { appStartup, newPage } = await import('./app');
  const { servePreview } = await import('./serve');
  const { row, table } = await import('./stats');
  const args = process.argv.slice(2);
  const at = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
  const runs = Math.max(1, Math.floor(Number(at('--runs') ?? 3)) || 3);
  const profileDir = at('--profile');
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const outDir = distDir();
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`no build in ${outDir}: vite build --outDir it first`);
  const root = join(import.meta.dirname, '..', '..');
  const app = await servePreview({ root, build: { outDir } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples: Record<string, number[]> = { selectTable: [], selectRanking: [], table: [], compare: [], map: [] };
  try {
    for (let run = 1; run <= runs; run++) {
      const page = await newPage(browser);
      const cdp = profileDir ? await page.context().newCDPSession(page) : null;
      if (cdp) await cdp.send('Profiler.enable');
      const measure = async (name: string, what: () => Promise<number>) => {
        if (cdp) await cdp.send('Profiler.start');
        const ms = await what();
        if (cdp) {
          const { profile } = await cdp.send('Profiler.stop');
          writeFileSync(join(profileDir!, `${name}-${run}.cpuprofile`), JSON.stringify(profile));
        }
        samples[name].push(ms);
        return ms;
      };
      try {
        await appStartup(page, `${app.origin}/?level=gemeinde&view=map`);
        await measure('table', () => switchView(page, 'table', VIEW_READY.table));
        const keys = await tableKeys(page, 4);
        for (const key of keys.slice(0, 2)) await measure('selectTable', () => selectInTable(page, key));
        await measure('compare', () => switchView(page, 'compare', VIEW_READY.compare));
        for (const key of keys.slice(2, 4)) await measure('selectRanking', () => selectInRanking(page, key));
        await measure('map', () => switchView(page, 'map', VIEW_READY.map));
      } finally {
        await page.context().close();
      }
      console.log(`run ${run}: ${Object.entries(samples).map(([k, v]) => `${k} ${v.slice(-2).map((x) => x.toFixed(0)).join('/')}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
  console.log(
    table([
      row('linked selection, 996 Gemeinden: table checkbox → row marked', samples.selectTable),
      row('linked selection, 996 Gemeinden: ranking bar → scatter point marked', samples.selectRanking),
      row('switch view map → table (996 rows)', samples.table),
      row('switch view table → compare (ranking + scatter)', samples.compare),
      row('switch view compare → map (legend back)', samples.map),
    ]),
  );
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
