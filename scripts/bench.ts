/**
 * `npm run bench`: speed of the production build in headless Chromium (SwiftShader WebGL), each
 * measure 5 times, medians, and — where one exists — a reference measured in the same run:
 *   - start-up (navigation → data-ready with the first coloured map) vs a bare MapLibre page that
 *     fetches the same boundaries as one GeoJSON and colours them;
 *   - recolouring after an indicator change vs MapLibre `setPaintProperty` on that page;
 *   - building the report view and generating the PDF (no reference);
 *   - linked selection and view switching with the 996 Gemeinden (scripts/bench/interaction.ts; no peer to
 *     measure — read them against the 200 ms "good" interaction-to-next-paint budget);
 *   - the analysis benchmarks of scripts/bench/analysis.ts when present;
 *   - the import benchmark of scripts/bench/import.ts (1M-row German CSV in Node: ours vs native DuckDB,
 *     papaparse and DuckDB-WASM read_csv) and the same file through the import wizard in the browser
 *     (scripts/bench/importBrowser.ts: file → analysed, confirm → loaded, longest main-thread task and
 *     frame gap meanwhile; median of ≤ 3). Skip both with --no-import.
 * Options: --no-build (use the existing dist/ or ATLAS_DIST), --runs N. Results: /tmp/bench-results.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions, distDir } from '../test/browser/chromium';
import { benchImport } from './bench/import';
import { benchImportBrowser, browserImportRows, type BrowserImportRun } from './bench/importBrowser';
import { appPdf, appRecolour, appReport, appStartup, indicatorOptions, mapSize, newPage } from './bench/app';
import { selectInRanking, selectInTable, switchView, tableKeys, VIEW_READY } from './bench/interaction';
import { referenceRun, serveReference } from './bench/reference';
import { servePreview } from './bench/serve';
import { row, rowsFromMedians, table, type BenchRow } from './bench/stats';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = '/tmp/bench-results.json';
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Math.max(1, Math.floor(Number(args[runsAt + 1])) || 5) : 5;
const AREA = '03241001';

async function analysisRows(): Promise<{ rows: BenchRow[]; raw: unknown }> {
  const file = join(ROOT, 'scripts', 'bench', 'analysis.ts');
  if (!existsSync(file)) return { rows: [], raw: null };
  const mod = (await import(pathToFileURL(file).href)) as { benchAnalysis?: (o: { runs: number }) => unknown };
  if (typeof mod.benchAnalysis !== 'function') return { rows: [], raw: null };
  const raw = await mod.benchAnalysis({ runs: RUNS });
  return { rows: rowsFromMedians(raw, RUNS), raw };
}

async function main(): Promise<void> {
  const outDir = distDir();
  if (!args.includes('--no-build') || !existsSync(join(outDir, 'index.html'))) {
    console.log(`== vite build → ${outDir} ==`);
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const app = await servePreview({ root: ROOT, build: { outDir } });
  const ref = await serveReference(ROOT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  let importBrowser: BrowserImportRun[] = [];
  const startup: number[] = [];
  const recolour: number[] = [];
  const report: number[] = [];
  const pdf: number[] = [];
  const refStartup: number[] = [];
  const refRecolour: number[] = [];
  const selectTable: number[] = [];
  const selectRanking: number[] = [];
  const switches: Record<string, number[]> = { table: [], compare: [], map: [] };
  try {
    console.log(`== browser: ${browser.version()} (SwiftShader), ${RUNS} runs ==`);
    let size = { w: 1000, h: 700 };
    for (let run = 1; run <= RUNS; run++) {
      const page = await newPage(browser);
      try {
        startup.push(await appStartup(page, `${app.origin}/?area=${AREA}`));
        size = await mapSize(page);
        const options = await indicatorOptions(page);
        const current = await page.locator('[data-testid=indicator-select]').inputValue();
        const others = options.filter((o) => o !== current);
        recolour.push(await appRecolour(page, others[(run - 1) % others.length]));
        report.push(await appReport(page));
        pdf.push(await appPdf(page));
      } finally {
        await page.context().close();
      }
      const r = await referenceRun(browser, `${ref.origin}/?w=${size.w}&h=${size.h}`, 1);
      refStartup.push(r.startupMs);
      refRecolour.push(...r.recolourMs);
      const page2 = await newPage(browser);
      try {
        await appStartup(page2, `${app.origin}/?level=gemeinde&view=map`);
        switches.table.push(await switchView(page2, 'table', VIEW_READY.table));
        const keys = await tableKeys(page2, 4);
        for (const key of keys.slice(0, 2)) selectTable.push(await selectInTable(page2, key));
        switches.compare.push(await switchView(page2, 'compare', VIEW_READY.compare));
        for (const key of keys.slice(2, 4)) selectRanking.push(await selectInRanking(page2, key));
        switches.map.push(await switchView(page2, 'map', VIEW_READY.map));
      } finally {
        await page2.context().close();
      }
      console.log(
        `run ${run}: start-up ${startup.at(-1)!.toFixed(0)} ms (ref ${r.startupMs.toFixed(0)}), recolour ${recolour.at(-1)!.toFixed(0)} ms (ref ${r.recolourMs[0].toFixed(0)}), report ${report.at(-1)} ms, PDF ${pdf.at(-1)} ms`,
      );
    }
    if (!args.includes('--no-import')) {
      console.log('== browser import: 1,000,000-row German CSV through the wizard ==');
      importBrowser = await benchImportBrowser(browser, app.origin, { root: ROOT, runs: Math.min(RUNS, 3) });
      for (const r of importBrowser) console.log(JSON.stringify(r));
    }
  } finally {
    await browser.close();
    await app.close();
    await ref.close();
  }
  const rows: BenchRow[] = [
    row('start-up → first coloured map', startup, { name: 'bare MapLibre + same GeoJSON', samplesMs: refStartup }),
    row('recolour after indicator change', recolour, { name: 'MapLibre setPaintProperty', samplesMs: refRecolour }),
    row('report view (click → visible)', report),
    row('PDF (click → download)', pdf),
    row('linked selection, 996 Gemeinden: table checkbox → row marked', selectTable),
    row('linked selection, 996 Gemeinden: ranking bar → scatter point marked', selectRanking),
    row('switch view map → table (996 rows)', switches.table),
    row('switch view table → compare (ranking + scatter)', switches.compare),
    row('switch view compare → map (legend back)', switches.map),
  ];
  console.log('\n== browser (production build) ==');
  console.log(table(rows));
  if (importBrowser.length > 0) {
    console.log('\n== browser import (production build, 1,000,000 rows) ==');
    console.log(table(browserImportRows(importBrowser).map((r) => row(r.name, r.samplesMs))));
  }
  const analysis = await analysisRows();
  if (analysis.rows.length > 0) console.log(`\n== analysis (scripts/bench/analysis.ts, Node) ==\n${table(analysis.rows)}`);
  let importRaw: unknown = null;
  if (!args.includes('--no-import')) {
    console.log('\n== import: 1,000,000-row German CSV (Node, median of ≤ 3) ==');
    importRaw = await benchImport({ runs: RUNS });
    console.log(table(rowsFromMedians(importRaw, Math.min(RUNS, 3))));
  }
  writeFileSync(
    RESULTS,
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, browser: rows, analysis: analysis.raw, import: importRaw, importBrowser }, null, 2),
  );
  console.log(`\nwritten: ${RESULTS}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
