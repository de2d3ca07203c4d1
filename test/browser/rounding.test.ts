import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanJourney, gotoReady, openJourney, READY_TIMEOUT, type Journey } from './journey';

const ACT = { timeout: READY_TIMEOUT, force: true };
const SLOW = { timeout: READY_TIMEOUT };

/** Journey: the disclosure rounding chosen beside the table; the CSV export then holds only multiples of 5. */
describe('disclosure rounding in the table export', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openJourney();
    await gotoReady(j, '?level=gemeinde&indicator=sgb2_quote&year=2024&view=table&lang=de');
  });
  afterAll(async () => {
    await j?.close();
  });

  /** The exported CSV: the residents column (numbers) and the whole text. */
  async function exportCsv(): Promise<{ residents: number[]; text: string }> {
    const { page } = j;
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.locator('[data-testid=export-csv]').click(ACT)]);
    const path = join(tmpdir(), `atlas-rounding-${process.pid}.csv`);
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    rmSync(path, { force: true });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0].split(';');
    const col = header.findIndex((h) => h.startsWith('Einwohnerinnen und Einwohner'));
    expect(col).toBeGreaterThan(0);
    const end = lines.indexOf('');
    const residents = lines.slice(1, end).map((l) => l.split(';')[col]).filter((c) => c !== '').map(Number);
    return { residents, text };
  }

  it('rounding to 5: every count in the export is a multiple of 5 and the footer names the rule', async () => {
    const { page } = j;
    await page.locator('[data-testid=table-row]').first().waitFor(SLOW);
    const raw = await exportCsv();
    expect(raw.residents.length).toBeGreaterThan(900);
    expect(raw.residents.some((n) => n % 5 !== 0)).toBe(true); // without the rule the counts are exact
    expect(raw.text).not.toContain('Vielfache von 5');

    await page.locator('[data-testid=disclosure-rounding]').selectOption('5');
    // The views re-read the data under the new rule; export until the table shows it.
    let rounded = await exportCsv();
    const deadline = Date.now() + READY_TIMEOUT;
    while (rounded.residents.some((n) => n % 5 !== 0) && Date.now() < deadline) {
      await page.waitForTimeout(2000);
      rounded = await exportCsv();
    }
    expect(rounded.residents.length).toBe(raw.residents.length);
    for (const n of rounded.residents) expect(n % 5, `count ${n}`).toBe(0);
    expect(rounded.text).toContain('Fallzahlen sind auf Vielfache von 5 gerundet; Quoten aus gerundeten Zahlen berechnet.');
    expect(await page.locator('[data-testid=disclosure-rounding]').inputValue()).toBe('5');
  });

  it('made no request outside the origin, logged no error, violated no CSP', async () => {
    await expectCleanJourney(j);
  });
});
