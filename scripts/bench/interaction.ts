import type { Page } from 'playwright-core';

/**
 * Interaction timings with the ~1,000 Gemeinden of the demo, measured in the page from the click to the
 * frame after the DOM shows the result (two requestAnimationFrames, so layout and paint are included).
 */

/** In-page: dispatch a click on `clickSelector`, resolve when `doneSelector` matches, then two frames. */
function timeClick(page: Page, clickSelector: string, doneSelector: string): Promise<number> {
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
