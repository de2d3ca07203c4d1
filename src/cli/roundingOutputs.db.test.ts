import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../core/types';
import type { Connector } from '../data/connector';
import { loadDemo } from '../data/demo';
import { openNodeConnector } from '../data/engine/duckdbNode';
import { writeTableCsv } from '../data/export/tableCsv';
import { createAtlasData } from '../data/queries';
import { buildReportModel } from '../report/buildReportModel';
import { collectReportInput } from '../report/collectInput';
import { readPdfText } from '../report/readPdfText';
import { renderPdf } from '../report/renderPdf';
import { exportFooter } from '../ui/table/exportFooter';
import { buildTableRows, tableExport, type TableFigure } from '../ui/table/tableModel';
import { renderReportHtml } from '../ui/report/reportHtml';
import { dataReader } from './demoWorkspace';
import { DEFAULT_DATA_DIR, nodeIo, type CliIo } from './io';
import { main } from './main';

/*
 * Disclosure rounding (rule `rounding: 5`) seen in the outputs: the table CSV export and the report
 * (model, HTML, PDF, CLI `atlas report --round 5`). Every published count is a multiple of 5, rates
 * are recomputed from the rounded numerator and denominator (the usual practice: an exact rate beside
 * a rounded denominator would give the exact count back), and the rule text names the rounding.
 */
const YEAR = '2024';
const CITY = '03241001'; // Hannover
const RULE_DE = 'Fallzahlen sind auf Vielfache von 5 gerundet; Quoten aus gerundeten Zahlen berechnet.';
const RULE_EN = 'Counts are rounded to multiples of 5; rates are computed from the rounded counts.';

let db: Connector;
let atlas: ReturnType<typeof createAtlasData>;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-rounding-'));
  db = await openNodeConnector();
  await loadDemo(db, dataReader(DEFAULT_DATA_DIR));
  atlas = createAtlasData(db, { disclosure: { rounding: 5 } });
}, 300_000);

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

const multipleOf5 = (n: number) => Number.isInteger(n) && n % 5 === 0;
/** German integers in a text ("94.515 / 512.300" → [94515, 512300]). */
const germanIntegers = (text: string) => [...text.matchAll(/\d{1,3}(?:\.\d{3})*(?!,)\b/g)].map((m) => Number(m[0].replace(/\./g, '')));

describe('rounding to 5 in the table CSV export', () => {
  it('the counts column holds only multiples of 5, rates come from the rounded counts, the footer names the rule', async () => {
    const indicators = await atlas.indicators();
    const areas = await atlas.areas('quartier');
    const figures = new Map<string, Map<string, TableFigure>>();
    let checkedRates = 0;
    const unrounded = createAtlasData(db); // default rules: the same figures before rounding
    for (const ind of indicators) {
      const level = await atlas.levelFigures(ind.id, YEAR, 'quartier');
      const exact = new Map((await unrounded.levelFigures(ind.id, YEAR, 'quartier')).map((f) => [f.areaKey, f]));
      figures.set(ind.id, new Map(level.map((f) => [f.areaKey, { value: f.value, status: f.status }])));
      for (const f of level) {
        if (f.numerator !== null) expect(multipleOf5(f.numerator), `${ind.id} ${f.areaKey} numerator ${f.numerator}`).toBe(true);
        if (f.denominator !== null) expect(multipleOf5(f.denominator), `${ind.id} ${f.areaKey} denominator ${f.denominator}`).toBe(true);
        if (f.status === 'ok' && f.value !== null && f.numerator !== null && f.denominator !== null && f.denominator > 0) {
          // The rate follows the rounded counts: the exact rate × (rounded ratio / exact ratio).
          const e = exact.get(f.areaKey)!;
          if (e.value === null || !e.numerator || !e.denominator) continue;
          expect(f.value).toBeCloseTo((e.value * (f.numerator / f.denominator)) / (e.numerator / e.denominator), 9);
          checkedRates++;
        }
      }
    }
    expect(checkedRates).toBeGreaterThan(100);
    const rows = buildTableRows({ areas, parentName: () => '', indicators, figures, rankIndicator: 'population', trends: new Map() });
    const lang: Language = 'de';
    const footer = exportFooter(indicators, YEAR, lang, true, atlas.disclosureNote(lang));
    const csv = writeTableCsv(tableExport(rows, indicators, lang, { key: 'Schlüssel', name: 'Name', parent: 'Gemeinde', rank: 'Rang', status: 'Status' }, footer), lang);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0].split(';');
    const population = indicators.find((i) => i.id === 'population')!;
    const col = header.findIndex((h) => h.startsWith(population.labelDe));
    expect(col).toBeGreaterThan(0);
    const counts = lines.slice(1, 1 + rows.length).map((l) => l.split(';')[col]).filter((c) => c !== '');
    expect(counts.length).toBeGreaterThan(100);
    for (const c of counts) expect(multipleOf5(Number(c)), `population cell ${c}`).toBe(true);
    expect(csv).toContain(RULE_DE);
  }, 300_000);
});

describe('rounding to 5 in the report', () => {
  it.each([['de', RULE_DE], ['en', RULE_EN]] as const)('model, HTML and PDF (%s): counts are multiples of 5, the rule is named', async (lang, rule) => {
    const model = buildReportModel(await collectReportInput(atlas, CITY, YEAR, '2025-06-30'), { lang });
    const withCounts = model.table.rows.filter((r) => r.counts !== '');
    expect(withCounts.length).toBeGreaterThan(2);
    for (const row of withCounts) {
      const numbers = lang === 'de' ? germanIntegers(row.counts) : row.counts.split('/').map((s) => Number(s.replace(/,/g, '').trim()));
      expect(numbers).toHaveLength(2);
      for (const n of numbers) expect(multipleOf5(n), `${row.indicatorId} counts ${row.counts}`).toBe(true);
    }
    const pop = model.table.rows.find((r) => r.indicatorId === 'population')!;
    const popNumber = Number(pop.value.replace(lang === 'de' ? /\./g : /,/g, '').replace(/[^\d]/g, ''));
    expect(popNumber).toBeGreaterThan(0);
    expect(multipleOf5(popNumber), `population ${pop.value}`).toBe(true);
    expect(model.disclosure).toContain(rule);
    expect(renderReportHtml(model)).toContain(rule);
    expect(readPdfText(renderPdf(model)).replace(/\s+/g, ' ')).toContain(lang === 'de' ? 'Vielfache von 5 gerundet' : 'multiples of 5');
  }, 300_000);
});

describe('CLI: atlas report --round 5|10', () => {
  const io = (out: string[]): CliIo => ({ ...nodeIo(), stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), now: () => new Date('2025-06-30T08:00:00Z') });

  it('writes a report whose counts are multiples of 10 and whose footer names the rounding', async () => {
    const file = join(dir, 'hannover.html');
    expect(await main(['report', '--area', CITY, '--year', YEAR, '--round', '10', '--out', file], io([]))).toBe(0);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('Fallzahlen sind auf Vielfache von 10 gerundet');
    const cells = [...html.matchAll(/<td[^>]*>([\d.]+ \/ [\d.]+)<\/td>/g)].map((m) => m[1]);
    expect(cells.length).toBeGreaterThan(2);
    for (const cell of cells) for (const n of germanIntegers(cell)) expect(n % 10, cell).toBe(0);
  }, 300_000);

  it('rejects another base with a message in both languages', async () => {
    const out: string[] = [];
    expect(await main(['report', '--area', CITY, '--round', '7', '--out', join(dir, 'x.html')], io(out))).not.toBe(0);
    expect(out.join('\n')).toContain('--round muss 5 oder 10 sein');
    expect(out.join('\n')).toContain('--round must be 5 or 10');
  });
});
