import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, seriousAxeViolations, waitReady, type Journey } from './journey';

// force: the WebGL map under the board (SwiftShader) can starve the actionability frames; outcomes are asserted after each action.
const ACT = { timeout: READY_TIMEOUT, force: true };
const SLOW = { timeout: READY_TIMEOUT };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const titles = (page: Page) => page.locator('[data-testid=board-step-item]').evaluateAll((items) => items.map((i) => i.getAttribute('data-title') ?? ''));
const counter = (page: Page) => page.locator('[data-testid=board-step-counter]').innerText();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const selectValue = (page: Page, testid: string) => page.locator(`[data-testid=${testid}]`).inputValue();

async function fillStep(page: Page, index: number, title: string, comment: string): Promise<void> {
  const item = page.locator('[data-testid=board-step-item]').nth(index);
  await item.locator('[data-testid=board-step-title]').fill(title, ACT);
  await item.locator('[data-testid=board-step-comment]').fill(comment, ACT);
  await expect.poll(() => item.getAttribute('data-title')).toBe(title);
}

/** Journey: build a three-step story in the board, reorder, reload, present, share the link, export and import it. */
describe('board mode: stories and presentation', () => {
  let j: Journey;
  let fresh: Journey | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'board-test-'));
  let storyFile = '';
  let storyId = '';

  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j, '?level=kreis&indicator=sgb2_quote&year=2024&lang=de');
  });
  afterAll(async () => {
    await fresh?.close();
    await j?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds a three-step story through the UI (map, another year, ranking chart) and reorders it', async () => {
    const { page } = j;
    await page.locator('[data-testid=view-board]').click(ACT);
    await page.locator('[data-testid=board-view]').waitFor(SLOW);
    await page.locator('[data-testid=board-new-story]').click(ACT);
    await expect.poll(() => param(page, 'story')).toMatch(/^story-[a-z0-9]+$/);
    storyId = param(page, 'story') ?? '';
    await page.locator('[data-testid=board-story-name]').fill('Ausschuss Soziales', ACT);
    await page.locator('[data-testid=board-story-name]').press('Enter');

    // Step 1: the map of the SGB II rate 2024, as looked at before switching to the board.
    await expect.poll(() => page.locator('[data-testid=board-current-view]').innerText()).toContain('SGB-II-Quote, 2024');
    await page.locator('[data-testid=board-add-step]').click(ACT);
    await expect.poll(() => titles(page)).toEqual(['SGB-II-Quote 2024']);
    await fillStep(page, 0, 'SGB II 2024', 'Wo die Quote am höchsten ist.');
    await expect.poll(() => page.locator('[data-testid=board-title]').innerText()).toBe('SGB II 2024');
    expect(await page.locator('[data-testid=board-comment]').innerText()).toBe('Wo die Quote am höchsten ist.');

    // Step 2: the same map in another year (chosen in the header while on the board).
    await page.locator('[data-testid=year-select]').selectOption('2019', ACT);
    await expect.poll(() => page.locator('[data-testid=board-current-view]').innerText()).toContain('2019');
    await page.locator('[data-testid=board-add-step]').click(ACT);
    await expect.poll(() => titles(page)).toHaveLength(2);
    await fillStep(page, 1, 'SGB II 2019', 'Fünf Jahre zuvor.');
    await expect.poll(() => counter(page)).toBe('Schritt 2 von 2');
    expect(param(page, 'step')).toBe('1');

    // Step 3: a ranking chart of child poverty.
    await page.locator('[data-testid=indicator-select]').selectOption('child_poverty', ACT);
    await page.locator('[data-testid=board-add-visual]').selectOption('ranking', ACT);
    await page.locator('[data-testid=board-add-step]').click(ACT);
    await expect.poll(() => titles(page)).toHaveLength(3);
    await fillStep(page, 2, 'Kinderarmut im Vergleich', 'Rangfolge aller Kreise.');
    await page.locator('[data-testid=board-chart] [data-testid=ranking-bar]').first().waitFor(SLOW);
    expect(await page.locator('[data-testid=board-chart] [data-testid=ranking-bar]').count()).toBeGreaterThan(30);

    // Reorder: the ranking moves up to second place, by keyboard.
    await page.locator('[data-testid=board-step-item]').nth(2).locator('[data-testid=board-move-up]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['SGB II 2024', 'Kinderarmut im Vergleich', 'SGB II 2019']);
    // Focus follows the moved step, so it can be moved on with the keyboard.
    const focused = () => page.evaluate(() => {
      const active = document.activeElement;
      const items = [...document.querySelectorAll('[data-testid=board-step-item]')];
      return [active?.getAttribute('data-testid') ?? '', items.findIndex((i) => i.contains(active))];
    });
    await expect.poll(focused).toEqual(['board-move-up', 1]);
    // The shown step followed its move.
    await expect.poll(() => counter(page)).toBe('Schritt 2 von 3');
    expect(await page.locator('[data-testid=board-title]').innerText()).toBe('Kinderarmut im Vergleich');
    expect(await seriousAxeViolations(j), 'axe on the board (chart step, editor open)').toEqual([]);
  });

  it('keeps the story after a reload', async () => {
    const { page } = j;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitReady(page);
    await page.locator('[data-testid=board-view]').waitFor(SLOW);
    await expect.poll(() => titles(page), SLOW).toEqual(['SGB II 2024', 'Kinderarmut im Vergleich', 'SGB II 2019']);
    expect(await page.locator('[data-testid=board-story-name]').inputValue()).toBe('Ausschuss Soziales');
    await expect.poll(() => counter(page)).toBe('Schritt 2 von 3');
  });

  it('presents: next/prev buttons and arrow keys, each slide with note, source and reference date', async () => {
    const { page } = j;
    await page.locator('[data-testid=board-step-item]').first().locator('[data-testid=board-show-step]').click(ACT);
    await expect.poll(() => counter(page)).toBe('Schritt 1 von 3');
    expect(param(page, 'step')).toBeNull();
    await page.locator('[data-testid=board-present]').click(ACT);
    await expect.poll(() => page.locator('[data-testid=board-view]').getAttribute('class')).toContain('presenting');
    expect(await page.locator('[data-testid=board-editor]').count()).toBe(0);
    expect(await page.locator('.app-header').isVisible()).toBe(false);

    const slide = async (n: number, title: string, year: string, indicator: string) => {
      await expect.poll(() => counter(page)).toBe(`Schritt ${n} von 3`);
      expect(await page.locator('[data-testid=board-title]').innerText()).toBe(title);
      await expect.poll(() => selectValue(page, 'year-select')).toBe(year);
      expect(await selectValue(page, 'indicator-select')).toBe(indicator);
      expect(await page.locator('[data-testid=board-index-note]').innerText()).toContain('allein begründet keinen Handlungsbedarf');
      const source = await page.locator('[data-testid=board-source]').innerText();
      expect(source).toContain(`Stand: 31.12.${year}`);
      expect(source).toContain('Quelle: Synthetische Demodaten');
      expect(source).toContain('© GeoBasis-DE / BKG 2017');
      expect(await page.locator('[data-testid=board-synthetic]').innerText()).toBe('Synthetische Demodaten');
      expect(param(page, 'step')).toBe(n === 1 ? null : String(n - 1));
    };
    await slide(1, 'SGB II 2024', '2024', 'sgb2_quote');
    expect(await page.locator('[data-testid=board-chart]').count()).toBe(0);
    expect(await page.locator('[data-testid=map-view], .map-view.covered').count(), 'the map is not covered on a map step').toBe(0);
    await page.locator('[data-testid=board-next]').click(ACT);
    await slide(2, 'Kinderarmut im Vergleich', '2019', 'child_poverty');
    await page.locator('[data-testid=board-chart] [data-testid=ranking-bar]').first().waitFor(SLOW);
    await page.keyboard.press('ArrowRight');
    await slide(3, 'SGB II 2019', '2019', 'sgb2_quote');
    expect(await page.locator('[data-testid=board-next]').isDisabled()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await slide(2, 'Kinderarmut im Vergleich', '2019', 'child_poverty');
    await page.locator('[data-testid=board-prev]').click(ACT);
    await slide(1, 'SGB II 2024', '2024', 'sgb2_quote');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await slide(3, 'SGB II 2019', '2019', 'sgb2_quote');
    expect(await seriousAxeViolations(j), 'axe on the presented board (map step)').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid=board-view]').getAttribute('class')).not.toContain('presenting');
  });

  it('a copied link opens the same step in a new page', async () => {
    const url = j.page.url();
    expect(url).toContain(`story=${storyId}`);
    expect(url).toContain('step=2');
    const page = await j.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await waitReady(page);
      await expect.poll(() => counter(page), SLOW).toBe('Schritt 3 von 3');
      expect(await page.locator('[data-testid=board-title]').innerText()).toBe('SGB II 2019');
      await expect.poll(() => selectValue(page, 'year-select')).toBe('2019');
      expect(param(page, 'step')).toBe('2');
    } finally {
      await page.close();
    }
  });

  it('exports a PNG of every step (map and chart) with the image signature', async () => {
    const { page } = j;
    for (let i = 0; i < 3; i++) {
      await page.locator('[data-testid=board-step-item]').nth(i).locator('[data-testid=board-show-step]').click(ACT);
      await expect.poll(() => counter(page)).toBe(`Schritt ${i + 1} von 3`);
      if (i === 1) await page.locator('[data-testid=board-chart] svg.recharts-surface').first().waitFor(SLOW);
      else await page.locator('[data-testid=map][data-map-idle=true]').waitFor({ state: 'attached', ...SLOW });
      // Enabled once the map shows the step's indicator and year (its legend belongs to the slide).
      await expect.poll(() => page.locator('[data-testid=board-export-png]').isEnabled(), SLOW).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=board-export-png]').click(ACT)]);
      expect(download.suggestedFilename()).toBe(`Ausschuss-Soziales-schritt-${i + 1}.png`);
      const path = join(dir, download.suggestedFilename());
      await download.saveAs(path);
      const bytes = readFileSync(path);
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(statSync(path).size, `PNG of step ${i + 1} has content`).toBeGreaterThan(10_000);
      // Width and height from the IHDR chunk: a real picture, not a stub.
      expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
      expect(bytes.readUInt32BE(20)).toBeGreaterThan(200);
      if (i === 1) {
        // The chart step also exports as SVG, with its caption as text.
        const [svgDownload] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=board-export-svg]').click(ACT)]);
        expect(svgDownload.suggestedFilename()).toBe('Ausschuss-Soziales-schritt-2.svg');
        const svgPath = join(dir, svgDownload.suggestedFilename());
        await svgDownload.saveAs(svgPath);
        const svg = readFileSync(svgPath, 'utf8');
        expect(svg).toContain('<svg');
        expect(svg).toContain('Kinderarmut im Vergleich');
        expect(svg).toContain('Synthetische Demodaten');
        expect(svg).not.toMatch(/<script|onclick=/i);
      }
    }
  });

  it('exports the story as a JSON file', async () => {
    const { page } = j;
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=board-export-story]').click(ACT)]);
    expect(download.suggestedFilename()).toBe('Ausschuss-Soziales.story.json');
    storyFile = join(dir, download.suggestedFilename());
    await download.saveAs(storyFile);
    const doc = JSON.parse(readFileSync(storyFile, 'utf8'));
    expect(doc).toMatchObject({ format: 'quartiersatlas-story', version: 1, story: { id: storyId, name: 'Ausschuss Soziales' } });
    expect(doc.story.steps.map((s: { title: string; visual: string; year: string }) => [s.title, s.visual, s.year])).toEqual([
      ['SGB II 2024', 'map', '2024'], ['Kinderarmut im Vergleich', 'ranking', '2019'], ['SGB II 2019', 'map', '2019'],
    ]);
    await expectCleanJourney(j);
  });

  it('imports the story in a fresh browser, in English; a bad file is refused with its name', async () => {
    // The first browser is done (checked clean above): close it, so the fresh one has the CPU to start.
    await j.close();
    fresh = await openJourney();
    const { page } = fresh;
    await gotoReady(fresh, '?view=board&lang=en');
    await page.locator('[data-testid=board-view]').waitFor(SLOW);
    expect(await page.locator('[data-testid=view-board]').innerText()).toBe('Presentation');
    expect(await page.locator('[data-testid=board-comment]').innerText()).toContain('No story chosen yet');
    expect(await page.locator('[data-testid=board-index-note]').innerText()).toContain('does not establish a need for action');

    await page.locator('[data-testid=board-import-story]').setInputFiles({
      name: 'kaputt.story.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"quartiersatlas-story","version":7,"story":{}}'),
    });
    const refused = await page.locator('[data-testid=board-message]').innerText();
    expect(refused).toContain('"kaputt.story.json" was not imported');
    expect(refused).toContain('version 7');
    expect(await page.locator('[data-testid=board-story-select] option').count()).toBe(1);

    await page.locator('[data-testid=board-import-story]').setInputFiles(storyFile);
    await expect.poll(() => page.locator('[data-testid=board-message]').innerText()).toContain('The story "Ausschuss Soziales" from "Ausschuss-Soziales.story.json" was imported.');
    await expect.poll(() => titles(page)).toEqual(['SGB II 2024', 'Kinderarmut im Vergleich', 'SGB II 2019']);
    expect(param(page, 'story')).toBe(storyId);
    await expect.poll(() => counter(page)).toBe('Step 1 of 3');
    expect(await page.locator('[data-testid=board-next]').innerText()).toContain('Next');
    const source = await page.locator('[data-testid=board-source]').innerText();
    expect(source).toContain('Reference date: 31.12.2024');
    expect(source).toContain('Synthetic demo data');
    expect(await seriousAxeViolations(fresh), 'axe on the English board').toEqual([]);
    await expectCleanJourney(fresh);
  });
});
