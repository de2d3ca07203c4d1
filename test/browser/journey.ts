import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Generous: WebGL runs on SwiftShader (CPU) and the DuckDB wasm is ~35 MB. */
export const READY_TIMEOUT = 90_000;
export const STEP_TIMEOUT = 45_000;

export interface JourneyLog {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}
export interface Journey {
  page: Page;
  context: BrowserContext;
  log: JourneyLog;
  baseUrl: string;
  close(): Promise<void>;
}

let browser: Browser | undefined;
async function sharedBrowser(): Promise<Browser> {
  if (!browser || !browser.isConnected()) browser = await chromium.connect(inject('wsEndpoint'));
  return browser;
}

/** A fresh context + page that records every request, console error, page error and CSP violation. */
export async function openJourney(): Promise<Journey> {
  const baseUrl = inject('baseUrl');
  const b = await sharedBrowser();
  const context = await b.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const log: JourneyLog = { requests: [], consoleErrors: [], pageErrors: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on('pageerror', (e) => log.pageErrors.push(`${e.name}: ${e.message}`));
  page.setDefaultTimeout(STEP_TIMEOUT);
  return { page, context, log, baseUrl, close: () => context.close() };
}

/**
 * Navigate and wait until the app says it is ready; a start-up error fails at once with its text.
 * Leaving a page whose map still keeps the software GPU busy can hold the navigation itself for tens
 * of seconds on a loaded machine, hence the start-up timeout for the navigation too.
 */
export async function gotoReady(j: Journey, query = ''): Promise<void> {
  await j.page.goto(`${j.baseUrl}/${query}`, { waitUntil: 'domcontentloaded', timeout: READY_TIMEOUT });
  await waitReady(j.page);
}

export async function waitReady(page: Page): Promise<void> {
  const ready = page.locator('[data-testid=app][data-ready=true]');
  const failed = page.locator('[data-testid=startup-error]');
  await Promise.race([
    ready.waitFor({ state: 'attached', timeout: READY_TIMEOUT }),
    failed.waitFor({ state: 'visible', timeout: READY_TIMEOUT }).then(async () => {
      throw new Error(`startup-error shown instead of the app: ${await failed.innerText()}`);
    }),
  ]);
  await waitMapIdle(page);
}

export async function waitMapIdle(page: Page): Promise<void> {
  await page.locator('[data-testid=map][data-map-idle=true]').waitFor({ state: 'attached', timeout: READY_TIMEOUT });
}

export async function colourVersion(page: Page): Promise<number> {
  const v = await page.locator('[data-testid=map]').getAttribute('data-colour-version');
  const n = Number(v);
  expect(Number.isFinite(n), `data-colour-version is a number (got ${v})`).toBe(true);
  return n;
}

/** Wait for the choropleth to be recoloured (version above `before`) and the map to be idle again. */
export async function waitRecoloured(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (b) => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-colour-version')) > b,
    before,
    { timeout: READY_TIMEOUT },
  );
  await waitMapIdle(page);
  return colourVersion(page);
}

export interface MapPixels {
  width: number;
  height: number;
  distinctColours: number;
  /** Share of pixels whose colour differs from the most frequent one (the background). */
  nonBackgroundShare: number;
  /** Colours on a 48 × 32 grid, to compare two renderings. */
  grid: number[];
}

/**
 * Read back the map's WebGL canvas (the contract asks for preserveDrawingBuffer, which the report's map
 * snapshot needs as well) and describe its pixels.
 */
export async function mapPixels(page: Page): Promise<MapPixels> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid=map] canvas')];
    if (canvases.length === 0) throw new Error('no canvas inside [data-testid=map]');
    const canvas = canvases.reduce((a, c) => (c.width * c.height > a.width * a.height ? c : a));
    const w = canvas.width;
    const h = canvas.height;
    const copy = document.createElement('canvas');
    copy.width = w;
    copy.height = h;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, w, h).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const c = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2] | (data[i + 3] === 0 ? 1 << 24 : 0);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let mode = 0;
    for (const n of counts.values()) mode = Math.max(mode, n);
    const grid: number[] = [];
    for (let gy = 0; gy < 32; gy++)
      for (let gx = 0; gx < 48; gx++) {
        const x = Math.floor(((gx + 0.5) * w) / 48);
        const y = Math.floor(((gy + 0.5) * h) / 32);
        const i = (y * w + x) * 4;
        grid.push((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
    return { width: w, height: h, distinctColours: counts.size, nonBackgroundShare: 1 - mode / (w * h), grid };
  });
}

export function gridDifference(a: MapPixels, b: MapPixels): number {
  let diff = 0;
  for (let i = 0; i < a.grid.length; i++) if (a.grid[i] !== b.grid[i]) diff++;
  return diff / a.grid.length;
}

export async function expectMapNotBlank(page: Page): Promise<MapPixels> {
  const px = await mapPixels(page);
  expect(px.width * px.height, 'map canvas has a size').toBeGreaterThan(100 * 100);
  expect(px.distinctColours, 'map shows many colours (classes, borders, labels)').toBeGreaterThanOrEqual(6);
  expect(px.nonBackgroundShare, 'map shows areas, not only background').toBeGreaterThan(0.1);
  return px;
}

/** Every request stayed on the preview origin (or blob:/data:). */
export function outsideRequests(j: Journey): string[] {
  const origin = new URL(j.baseUrl).origin;
  return j.log.requests.filter((u) => !(u.startsWith(`${origin}/`) || u === origin || u.startsWith('blob:') || u.startsWith('data:')));
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The cross-cutting checks every journey ends with: same origin, no console error, no CSP violation. */
export async function expectCleanJourney(j: Journey): Promise<void> {
  const violations = j.page.isClosed() ? [] : await cspViolations(j.page);
  expect(outsideRequests(j), 'requests outside the app origin').toEqual([]);
  expect(j.log.requests.length, 'requests were recorded at all').toBeGreaterThan(3);
  // DuckDB fetches its wasm from inside a Web Worker: seeing it proves worker requests are recorded too.
  expect(j.log.requests.some((u) => /\.wasm(\?|$)/.test(u)), 'worker requests (the DuckDB wasm) were recorded').toBe(true);
  expect(j.log.pageErrors, 'uncaught page errors').toEqual([]);
  expect(j.log.consoleErrors, 'console errors').toEqual([]);
  expect(violations, 'securitypolicyviolation events').toEqual([]);
}

const require = createRequire(import.meta.url);

/**
 * axe-core on the current page; returns serious/critical violations as readable lines. The app's CSP
 * forbids inline scripts, so axe is served as a same-origin script (a routed path) instead of inline.
 */
export async function seriousAxeViolations(j: Journey): Promise<string[]> {
  const { page } = j;
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) {
    const url = `${new URL(j.baseUrl).origin}/__browser-test__/axe.min.js`;
    await j.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') }),
    );
    await page.addScriptTag({ url });
  }
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.slice(0, 5).map((n) => `${v.impact} ${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    );
}

/** The option labels of a native <select>. */
export async function selectedLabel(page: Page, testid: string): Promise<string> {
  return page.locator(`[data-testid=${testid}]`).evaluate((el) => {
    const s = el as HTMLSelectElement;
    return s.options[s.selectedIndex]?.text ?? '';
  });
}
