import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  colourVersion, expectCleanJourney, gotoReady, READY_TIMEOUT, seriousAxeViolations, STEP_TIMEOUT, waitReady, waitRecoloured, type Journey, openJourney,
} from './journey';

/**
 * Journey: the import wizard. A GENESIS table of Kreise is detected, mapped, joined and loaded, and
 * the map colours by it; a rejected file and a cancelled import change nothing; a reload keeps the
 * imported dataset (IndexedDB).
 */
const FIXTURE = readFileSync(new URL('../fixtures/import/kreise_bevoelkerung_genesis.csv', import.meta.url));
const NEW_ID = 'bev_insgesamt_import';

const indicatorOptions = (page: Page) =>
  page.locator('[data-testid=indicator-select] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));

async function openImport(page: Page): Promise<void> {
  await page.locator('[data-testid=view-import]').click();
  await page.locator('[data-testid=import]').waitFor();
}

describe('import wizard', () => {
  let j: Journey;
  let dir: string;
  beforeAll(async () => {
    j = await openJourney();
    dir = mkdtempSync(join(tmpdir(), 'qa-import-'));
  });
  afterAll(async () => {
    await j?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a rejected file (binary garbage) shows why and leaves the workspace unchanged', async () => {
    const { page } = j;
    await gotoReady(j);
    const before = await indicatorOptions(page);
    await openImport(page);
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await page.locator('[data-testid=import-file]').setInputFiles({ name: 'kaputt.csv', mimeType: 'text/csv', buffer: garbage });
    await page.locator('[data-testid=import-rejected]').waitFor();
    expect(await page.locator('[data-testid=import-rejected]').innerText()).toContain('kaputt.csv');
    const problem = await page.locator('[data-testid=import-problem]').first().innerText();
    expect(problem).toContain('kaputt.csv');
    expect(await page.locator('[data-testid=import-confirm]').count()).toBe(0);
    expect(await page.locator('[data-testid=dataset-item]').count()).toBe(0);
    expect(await indicatorOptions(page)).toEqual(before);
  });

  it('runs the full wizard on a GENESIS table: detect → map → join report → confirm → the map colours by it', async () => {
    const { page } = j;
    await page.locator('[data-testid=import-file]').setInputFiles({ name: 'kreise_bevoelkerung.csv', mimeType: 'text/csv', buffer: FIXTURE });
    await page.locator('[data-testid=import-detection]').waitFor();
    expect(await page.locator('[data-testid=detect-format]').innerText()).toBe('genesis-csv');
    expect(await page.locator('[data-testid=detect-table]').innerText()).toBe('12411-01-01-4');
    expect(await page.locator('[data-testid=detect-level]').inputValue()).toBe('kreis');

    // Preview: statuses highlighted as text (and colour): Goslar's "." is secret.
    const secret = page.locator('[data-testid=preview-row][data-status=secret]').first();
    expect(await secret.innerText()).toContain('geheim');
    expect(await secret.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

    // Mapping: three indicators; the first gets our id, the third is left out.
    const rows = page.locator('[data-testid=mapping-row]');
    expect(await rows.count()).toBe(3);
    await rows.nth(0).locator('[data-testid=mapping-id]').fill(NEW_ID);
    await rows.nth(0).locator('[data-testid=mapping-label]').fill('Bevölkerung (Import)');
    await rows.nth(2).locator('[data-testid=mapping-include]').uncheck();
    await rows.nth(1).locator('[data-testid=mapping-denominator]').selectOption(NEW_ID);

    // Join report: 8 Kreise matched, 03999 without area, the other Kreise without data, no duplicates.
    const report = page.locator('[data-testid=join-report]');
    expect(await report.locator('[data-testid=join-without-area]').getAttribute('data-count')).toBe('1');
    expect(await report.locator('[data-testid=join-without-area]').innerText()).toContain('03999');
    expect(await report.locator('[data-testid=join-duplicates]').getAttribute('data-count')).toBe('0');
    expect(Number(await report.locator('[data-testid=join-areas-without-data]').getAttribute('data-count'))).toBeGreaterThan(20);
    expect(await report.locator('[data-testid=join-matched]').innerText()).toMatch(/für 8 Gebiete/);
    expect(await seriousAxeViolations(j), 'axe on the import wizard (detection, preview, mapping, join report)').toEqual([]);
    const downloaded = page.waitForEvent('download');
    await report.locator('[data-testid=join-without-area]').evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await report.locator('[data-testid=download-without-area]').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('kreise_bevoelkerung-ohne-gebiet.csv');
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const csv = readFileSync(saved, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('area_key,area_name,line');
    expect(csv).toContain('03999,Testkreis (nicht in den Gebieten),16');

    await page.locator('[data-testid=import-name]').fill('Bevölkerung 2023 (GENESIS)');
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-result]').waitFor();
    expect(await page.locator('[data-testid=import-result]').innerText()).toContain('16 Werte, 2 Indikatoren');
    expect(await page.locator('[data-testid=dataset-item]').count()).toBe(1);
    expect(await indicatorOptions(page)).toContain(NEW_ID);

    const version = await colourVersion(page);
    await page.locator('[data-testid=import-show-map]').click();
    await waitRecoloured(page, version);
    const url = new URL(page.url());
    expect(url.searchParams.get('indicator')).toBe(NEW_ID);
    expect(url.searchParams.get('level')).toBe('kreis');
    expect(url.searchParams.get('year')).toBe('2023');
    expect(await page.locator('[data-testid=legend]').innerText()).toContain('Bevölkerung (Import)');
    expect(await page.locator('[data-testid=legend] [data-testid=legend-class]').count()).toBeGreaterThanOrEqual(2);
  });

  it('a reload keeps the imported dataset (saved in the browser)', async () => {
    const { page } = j;
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitReady(page);
    expect(await indicatorOptions(page)).toContain(NEW_ID);
    expect(await page.locator('[data-testid=indicator-select]').inputValue()).toBe(NEW_ID);
    expect(await page.locator('[data-testid=workspace-problem]').count()).toBe(0);
    await openImport(page);
    expect(await page.locator('[data-testid=dataset-item]').count()).toBe(1);
    expect(await page.locator('[data-testid=dataset-name]').inputValue()).toBe('Bevölkerung 2023 (GENESIS)');
  });

  it('cancel during a large import leaves nothing loaded and the page responsive', async () => {
    const { page } = j;
    const before = await indicatorOptions(page);
    const lines = ['schluessel;name;jahr;wert'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`03${String(100 + (i % 900)).padStart(3, '0')};Gebiet ${i};${2000 + (i % 20)};${(i % 997) + 0.5}`.replace('.', ','));
    const big = join(dir, 'gross.csv');
    writeFileSync(big, lines.join('\n'));
    await page.locator('[data-testid=import-file]').setInputFiles(big);
    await page.locator('[data-testid=import-running]').waitFor();
    // The page answers (and the import is still running) while the worker parses.
    expect(await page.evaluate(() => document.querySelector('[data-testid=import-running]') !== null)).toBe(true);
    // force: the progress text changes every frame, so Playwright's "stable" wait would not settle under load.
    await page.locator('[data-testid=import-cancel]').click({ force: true });
    await page.locator('[data-testid=import-cancelled]').waitFor();
    expect(await page.locator('[data-testid=import-detection]').count()).toBe(0);
    expect(await page.locator('[data-testid=dataset-item]').count()).toBe(1);
    expect(await indicatorOptions(page)).toEqual(before);
  });

  it('an Excel workbook (.xlsx) goes through the wizard: sheet with keys chosen, keys keep their zero, another sheet by name', async () => {
    const { page } = j;
    const xlsx = await writeXlsxFile([
      { sheet: 'Hinweise', data: [[{ value: 'Quelle: Testdaten' }]] },
      { sheet: 'Kreise', data: [
        [{ value: 'AGS' }, { value: 'Name' }, { value: 'Einwohner 2023' }],
        [{ value: '03101' }, { value: 'Braunschweig' }, { value: 251804 }],
        [{ value: '03102' }, { value: 'Salzgitter' }, { value: 105344 }],
        [{ value: '03103' }, { value: 'Wolfsburg' }, { value: 125913 }],
      ] },
      { sheet: 'Andere', data: [
        [{ value: 'AGS' }, { value: 'Name' }, { value: 'Einwohner 2023' }],
        [{ value: '03151' }, { value: 'Gifhorn' }, { value: 180326 }],
        [{ value: '03153' }, { value: 'Goslar' }, { value: 135783 }],
      ] },
    ]).toBuffer();
    await page.locator('[data-testid=import-file]').setInputFiles({
      name: 'kreise.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx),
    });
    await page.locator('[data-testid=import-detection]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('[data-testid=detect-format]').innerText()).toBe('xlsx');
    expect(await page.locator('[data-testid=detect-key-column]').innerText()).toBe('AGS');
    expect(await page.locator('[data-testid=preview-row]').first().innerText()).toContain('03101');
    await page.locator('[data-testid=detect-level]').selectOption('kreis');
    const matched = page.locator('[data-testid=join-report] [data-testid=join-matched]');
    expect(await matched.innerText()).toMatch(/für 3 Gebiete/);

    await page.locator('[data-testid=detect-sheet]').fill('Andere');
    await page.locator('[data-testid=detect-apply]').click();
    await expect.poll(() => page.locator('[data-testid=preview-row]').first().innerText(), { timeout: STEP_TIMEOUT }).toContain('03151');
    await page.locator('[data-testid=detect-level]').selectOption('kreis');
    expect(await matched.innerText()).toMatch(/für 2 Gebiete/);
    // Not confirmed: the workspace keeps the one GENESIS dataset.
    expect(await page.locator('[data-testid=dataset-item]').count()).toBe(1);
  });

  it('renames the dataset, exports the workspace as one versioned file, removes it and imports the file again', async () => {
    const { page } = j;
    await page.locator('[data-testid=dataset-name]').fill('Umbenannt');
    await page.locator('[data-testid=dataset-rename]').click();
    await page.locator('[data-testid=dataset-message]', { hasText: 'Umbenannt' }).waitFor();

    const downloaded = page.waitForEvent('download');
    await page.locator('[data-testid=workspace-export]').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('quartiersatlas-workspace-v1.json');
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ format: 'quartiersatlas-workspace', version: 1 });
    expect(doc.datasets).toHaveLength(1);
    expect(doc.datasets[0].name).toBe('Umbenannt');
    expect(doc.datasets[0].rows).toContainEqual(['03101', NEW_ID, '2023', 251804, 'ok']);
    expect(doc.datasets[0].rows).toContainEqual(['03153', expect.any(String), '2023', null, 'secret']);

    await page.locator('[data-testid=dataset-remove]').click();
    await expect.poll(() => page.locator('[data-testid=dataset-item]').count(), { timeout: STEP_TIMEOUT }).toBe(0);
    await expect.poll(() => indicatorOptions(page), { timeout: STEP_TIMEOUT }).not.toContain(NEW_ID);

    await page.locator('[data-testid=workspace-import]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-testid=dataset-item]').count(), { timeout: STEP_TIMEOUT }).toBe(1);
    await expect.poll(() => indicatorOptions(page), { timeout: STEP_TIMEOUT }).toContain(NEW_ID);
    expect(await page.locator('[data-testid=dataset-name]').inputValue()).toBe('Umbenannt');
  });

  it('a corrupted saved workspace gives a message and a way out, never a blank app', async () => {
    const { page } = j;
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('quartiersatlas', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put('{"format":"quartiersatlas-workspace","version":1,"datasets":[{"id"', 'current');
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitReady(page);
    const problem = page.locator('[data-testid=workspace-problem]');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('beschädigt');
    expect(await indicatorOptions(page)).not.toContain(NEW_ID);
    await problem.locator('[data-testid=workspace-discard]').click();
    await page.locator('[data-testid=workspace-discarded]').waitFor();
    const left = await page.evaluate(() => new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('quartiersatlas', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const get = open.result.transaction('workspace', 'readonly').objectStore('workspace').get('current');
        get.onsuccess = () => (open.result.close(), resolve(get.result ?? null));
      };
    }));
    expect(left).toBeNull();
  });

  it('made no outside request, no page error', async () => {
    await expectCleanJourney(j);
  }, READY_TIMEOUT);
});
