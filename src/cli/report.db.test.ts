import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../report/readPdfText';
import { openDemoWorkspace, type Workspace } from './demoWorkspace';
import { DEFAULT_DATA_DIR, nodeIo, type CliIo } from './io';
import { main } from './main';

let dir: string;
let shared: Workspace;

function io(captured: { out: string[]; err: string[] }, reuse = true): CliIo {
  const base = nodeIo();
  return {
    ...base,
    stdout: (t) => void captured.out.push(t),
    stderr: (t) => void captured.err.push(t),
    now: () => new Date('2025-06-30T08:00:00Z'),
    // Later runs share one loaded demo (loading takes seconds); the first run opens its own.
    openWorkspace: reuse ? async () => ({ atlas: shared.atlas, close: async () => {} }) : base.openWorkspace,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-report-'));
  shared = await openDemoWorkspace(DEFAULT_DATA_DIR);
});

afterAll(async () => {
  await shared?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('atlas report (real DuckDB, built-in demo)', () => {
  it('writes a PDF report for Hannover with labels, demo mark and BKG attribution', async () => {
    const captured = { out: [] as string[], err: [] as string[] };
    const out = join(dir, 'hannover.pdf');
    const code = await main(['report', '--area', '03241001', '--format', 'pdf', '--out', out], io(captured, false));
    expect(captured.err).toEqual([]);
    expect(code).toBe(0);
    const bytes = new Uint8Array(await readFile(out));
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = readPdfText(bytes);
    expect(text).toContain('Sozialraumanalyse Hannover');
    expect(text).toContain('SGB-II-Quote');
    expect(text).toContain('Kinderarmut');
    expect(text).toContain('Synthetische Demodaten');
    expect(text).toContain('© GeoBasis-DE / BKG');
    expect(text).toContain('Erstellt am 30.06.2025');
    expect(captured.out.join('')).toContain(out);
  });

  it('writes an English HTML report with the year asked for', async () => {
    const captured = { out: [] as string[], err: [] as string[] };
    const out = join(dir, 'hannover.html');
    expect(await main(['report', '--area', '03241001', '--year', '2020', '--lang', 'en', '--out', out], io(captured))).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Social space analysis Hannover');
    expect(html).toContain('reference year 2020');
    expect(html).toContain('Synthetic demo data');
  });

  it('rejects an unknown area key bilingually, exit 1, no file', async () => {
    const captured = { out: [] as string[], err: [] as string[] };
    const out = join(dir, 'missing.pdf');
    expect(await main(['report', '--area', '3241001', '--out', out], io(captured))).toBe(1);
    expect(captured.err.join('\n')).toContain('Fehler: Unbekanntes Gebiet „3241001“');
    expect(captured.err.join('\n')).toContain('Error: unknown area "3241001"');
    await expect(stat(out)).rejects.toThrow();
  });

  it('rejects a year without data, exit 1, no file', async () => {
    const captured = { out: [] as string[], err: [] as string[] };
    const out = join(dir, 'old.pdf');
    expect(await main(['report', '--area', '03241001', '--year', '1990', '--out', out], io(captured))).toBe(1);
    expect(captured.err.join('\n')).toContain('Für 1990 gibt es keine Daten');
    await expect(stat(out)).rejects.toThrow();
  });
});
