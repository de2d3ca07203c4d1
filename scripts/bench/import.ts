/**
 * Import benchmark: a 1,000,000-row German CSV (`;`, decimal comma, AGS keys with leading zeros)
 * generated in /tmp, then — median of `runs` — our import in Node exactly as the import worker and
 * `atlas inspect`/`atlas import` run it (bytes → `importTable`: decoding, dialect and format detection,
 * papaparse, keys as text, every cell read as value + status, aggregates, duplicates → the normalised
 * long table; for `atlas import` also the long CSV text), native DuckDB (`@duckdb/node-api` `read_csv`
 * of the same file into a table, untyped), DuckDB-WASM's `read_csv` of the same text, plain
 * papaparse (row by row, as src/data/import/csvParse.ts runs it for quoted text) and our own
 * `parseCsvText` (which splits a text without quotes itself, exactly as papaparse's fast mode would).
 * Run alone: `npx tsx scripts/bench/import.ts [rows]`; `scripts/bench.ts` calls `benchImport()`.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { openNodeConnector } from '../../src/data/engine/duckdbNode';
import { parseCsvText, parseWithPapaparse } from '../../src/data/import/csvParse';
import { importTable } from '../../src/data/import/detect/importTable';
import { writeNormalisedCsv } from '../../src/data/import/normalised';
import { median } from './stats';

export interface ImportBenchResult {
  /** Our import (Node: importTable, as the worker and `atlas inspect` run it) vs native DuckDB read_csv, ms. */
  importCsv1M: { ours: number; duckdbNative: number; ratio: number };
  /** `atlas import` without the disk write: importTable + the long CSV text, vs native DuckDB read_csv, ms. */
  atlasImport1M: { ours: number; duckdbNative: number; ratio: number };
  /** Our import vs a plain papaparse parse of the same text (no normalisation), ms. */
  importCsv1MVsPapaparse: { ours: number; papaparse: number; ratio: number };
  /** Our import vs our CSV parse alone (`parseCsvText`: the split path for this quote-free file), ms. */
  importCsv1MVsParse: { ours: number; parseCsvText: number; ratio: number };
  /** Our import vs DuckDB-WASM's own read_csv of the same text into a table (same engine, no normalisation), ms. */
  importCsv1MVsWasmReadCsv: { ours: number; duckdbWasmReadCsv: number; ratio: number };
}

/**
 * `rows` data rows: AGS (8 digits, leading zeros), name, a German thousands-grouped count and a
 * decimal-comma rate with `.` (secret) in every 97th row. `realKeys` (e.g. the loaded Gemeinden) are
 * used for the first rows, so that a browser import has rows to join; every key occurs once.
 */
export function germanCsv(rows: number, realKeys: readonly string[] = []): string {
  const parts = ['AGS;Gemeinde;Einwohner 2023;Arbeitslosenquote 2023\n'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const real = new Set(realKeys);
  for (let i = 0; i < rows; i++) {
    const land = String(1 + (i % 16)).padStart(2, '0');
    const own = `${land}${String(i % 1_000_000).padStart(6, '0')}`;
    const key = i < realKeys.length ? realKeys[i] : real.has(own) ? `04${own.slice(2)}` : own;
    const people = Math.floor(rnd() * 2_000_000);
    const thousands = people.toLocaleString('de-DE');
    const rate = i % 97 === 0 ? '.' : (rnd() * 20).toFixed(1).replace('.', ',');
    parts.push(`${key};Gemeinde ${i};${thousands};${rate}\n`);
  }
  return parts.join('');
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function benchImport(options: { runs?: number; rows?: number; file?: string } = {}): Promise<ImportBenchResult> {
  const runs = Math.min(options.runs ?? 3, 3);
  const rows = options.rows ?? 1_000_000;
  const file = options.file ?? `/tmp/qa-bench-import-${rows}.csv`;
  if (!existsSync(file) || statSync(file).size < rows * 20) writeFileSync(file, germanCsv(rows));

  const ours: number[] = [];
  const atlas: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = importTable(new Uint8Array(readFileSync(file)), { fileName: file, maxBytes: 1 << 30 });
    const t1 = performance.now();
    if (result.table?.rows.length !== rows * 2 || result.table.problems.some((p) => p.severity === 'error')) {
      throw new Error(`bench import failed: ${JSON.stringify([...result.problems, ...(result.table?.problems ?? [])].slice(0, 2))}`);
    }
    const long = writeNormalisedCsv(result.table.rows);
    const t2 = performance.now();
    if (long.length < rows) throw new Error('no long table');
    ours.push(t1 - t0);
    atlas.push(t2 - t0);
  }
  const wasm = await openNodeConnector();
  const wasmRaw: number[] = [];
  for (let i = 0; i < runs; i++) {
    wasmRaw.push(await timeAsync(async () => {
      await wasm.registerFileText('bench_raw.csv', readFileSync(file, 'utf8'));
      await wasm.exec(`CREATE OR REPLACE TABLE bench_raw AS SELECT * FROM read_csv('bench_raw.csv', delim = ';', header = true, auto_detect = false,
        columns = {'ags': 'VARCHAR', 'gemeinde': 'VARCHAR', 'einwohner': 'VARCHAR', 'quote': 'VARCHAR'})`);
      await wasm.dropFile('bench_raw.csv');
    }));
    await wasm.exec('DROP TABLE IF EXISTS bench_raw');
  }
  await wasm.close();

  const instance = await DuckDBInstance.create(':memory:');
  const native = await instance.connect();
  await native.run('SET autoload_known_extensions=false; SET autoinstall_known_extensions=false;');
  const nativeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    nativeMs.push(await timeAsync(async () => {
      await native.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('${file.replace(/'/g, "''")}', delim = ';', header = true,
        decimal_separator = ',', columns = {'ags': 'VARCHAR', 'gemeinde': 'VARCHAR', 'einwohner': 'VARCHAR', 'quote': 'VARCHAR'})`);
    }));
  }
  native.closeSync();

  const papa: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < runs; i++) {
    papa.push(time(() => {
      const text = readFileSync(file, 'utf8');
      if (parseWithPapaparse(text, { delimiter: ';' }).rows.length !== rows + 2) throw new Error('papaparse row count');
    }));
    parse.push(time(() => {
      const text = readFileSync(file, 'utf8');
      if (parseCsvText(text, { delimiter: ';' }).rows.length !== rows + 1) throw new Error('parseCsvText row count');
    }));
  }
  const o = median(ours);
  const a = median(atlas);
  const n = median(nativeMs);
  const p = median(papa);
  const w = median(wasmRaw);
  const c = median(parse);
  return {
    importCsv1M: { ours: o, duckdbNative: n, ratio: o / n },
    atlasImport1M: { ours: a, duckdbNative: n, ratio: a / n },
    importCsv1MVsPapaparse: { ours: o, papaparse: p, ratio: o / p },
    importCsv1MVsParse: { ours: o, parseCsvText: c, ratio: o / c },
    importCsv1MVsWasmReadCsv: { ours: o, duckdbWasmReadCsv: w, ratio: o / w },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = Number(process.argv[2]) || 1_000_000;
  benchImport({ rows, runs: Number(process.argv[3]) || 3 }).then((r) => {
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log(`rows: ${rows} (German CSV, ; and decimal comma), median of ${Number(process.argv[3]) || 3}`);
    console.log(`ours (importTable: detect, parse, value + status per cell, long table): ${fmt(r.importCsv1M.ours)}`);
    console.log(`atlas import (importTable + long CSV text, no disk write):     ${fmt(r.atlasImport1M.ours)}`);
    console.log(`native DuckDB (@duckdb/node-api read_csv → table):          ${fmt(r.importCsv1M.duckdbNative)}  ratio ${r.importCsv1M.ratio.toFixed(2)}×`);
    console.log(`papaparse (parse only, all cells text):                     ${fmt(r.importCsv1MVsPapaparse.papaparse)}  ratio ${r.importCsv1MVsPapaparse.ratio.toFixed(2)}×`);
    console.log(`parseCsvText (our parse only: split path, no quotes here):  ${fmt(r.importCsv1MVsParse.parseCsvText)}  ratio ${r.importCsv1MVsParse.ratio.toFixed(2)}×`);
    console.log(`DuckDB-WASM read_csv only (same engine, wide VARCHAR table): ${fmt(r.importCsv1MVsWasmReadCsv.duckdbWasmReadCsv)}  ratio ${r.importCsv1MVsWasmReadCsv.ratio.toFixed(2)}×`);
    console.log(JSON.stringify(r));
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
