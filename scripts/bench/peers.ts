/**
 * Reference implementations timed beside ours in the same run (scripts/bench/analysis.ts):
 *   - jsgeoda 0.2.3 (GeoDa's C++ compiled to WASM, devDependency), loaded in Node: queen weights and
 *     local Moran, "complete" conditional permutations and its "lookup" shortcut (one table reused);
 *   - R spdep (`poly2nb` queen, `localmoran_perm(nsim = 999)`) through `Rscript`, timed inside R
 *     with `system.time` (R start-up and reading the file excluded; planar, no CRS) — only when spdep loads.
 * Both get the same lattice GeoJSON and values as our code. Medians in ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface JsGeoda {
  readGeoJSON(buffer: ArrayBuffer): string;
  getQueenWeights(mapUid: string): unknown;
  localMoran(weights: unknown, values: number[], permutations: number, method: 'complete' | 'lookup', cutoff: number, seed: number): { pvalues?: number[] } | null;
}

export interface JsGeodaTimes {
  /** First queen weights of a freshly read map (jsgeoda caches weights per map). */
  queen: number;
  /** "complete" conditional permutations, each run in a fresh WASM instance; NaN when it aborted. */
  lisaComplete: number;
  lisaCompleteError?: string;
  /** "lookup": one permutation table reused for every area (its default). */
  lisaLookup: number;
}

type GeodaModule = { default: { New(): Promise<JsGeoda> } };

/**
 * jsgeoda in Node (its WASM is inlined in lib/index.js, no fetch needed). Its "complete" mode is run
 * once per fresh instance: a second call on the same weights returned different p-values and a call
 * after "lookup" failed with "memory access out of bounds" in this version.
 */
export async function benchJsGeoda(lattice: FeatureCollection<Polygon>, values: number[], runs: number, completeRuns: number): Promise<JsGeodaTimes> {
  const specifier = 'jsgeoda'; // untyped package: imported by name at run time
  const mod = (await import(specifier)) as GeodaModule;
  const bytes = new TextEncoder().encode(JSON.stringify(lattice));
  const read = (geoda: JsGeoda): string => geoda.readGeoJSON(bytes.slice().buffer as ArrayBuffer);
  const timed = (fn: () => unknown): number => {
    const t0 = performance.now();
    const out = fn();
    const ms = performance.now() - t0;
    if (out === null || out === undefined) throw new Error('jsgeoda returned nothing');
    return ms;
  };
  const complete: number[] = [];
  let lisaCompleteError: string | undefined;
  for (let r = 0; r < completeRuns && lisaCompleteError === undefined; r++) {
    const fresh = await mod.default.New();
    const w = fresh.getQueenWeights(read(fresh));
    try {
      complete.push(timed(() => fresh.localMoran(w, values, 999, 'complete', 0.05, 123456789 + r)));
    } catch (error) {
      lisaCompleteError = error instanceof Error ? error.message : String(error);
    }
  }
  const geoda = await mod.default.New();
  const queenTimes: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const map = read(geoda); // a fresh map: jsgeoda caches the weights of a map
    const ms = timed(() => geoda.getQueenWeights(map));
    if (r > 0) queenTimes.push(ms);
  }
  const w = geoda.getQueenWeights(read(geoda));
  const lookup: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const ms = timed(() => geoda.localMoran(w, values, 999, 'lookup', 0.05, 123456789));
    if (r > 0) lookup.push(ms);
  }
  return {
    queen: median(queenTimes),
    lisaComplete: complete.length > 0 ? median(complete) : Number.NaN,
    ...(lisaCompleteError ? { lisaCompleteError } : {}),
    lisaLookup: median(lookup),
  };
}

export interface SpdepTimes {
  poly2nbQueen: number;
  localmoranPerm999: number;
}

const R_SCRIPT = `
suppressPackageStartupMessages({ library(sf); library(spdep) })
args <- commandArgs(trailingOnly = TRUE)
runs <- as.integer(args[2])
poly <- st_read(args[1], quiet = TRUE)
st_crs(poly) <- NA # a planar lattice in abstract units, not longitude/latitude
t_nb <- numeric(runs); t_lm <- numeric(runs)
for (r in seq_len(runs)) t_nb[r] <- system.time(nb <- poly2nb(poly, queen = TRUE))[["elapsed"]]
lw <- nb2listw(nb, style = "W")
set.seed(1)
for (r in seq_len(runs)) t_lm[r] <- system.time(localmoran_perm(poly$x, lw, nsim = 999))[["elapsed"]]
cat(sprintf("{\\"nb\\":%f,\\"lm\\":%f,\\"n\\":%d,\\"links\\":%d}\\n", median(t_nb) * 1000, median(t_lm) * 1000, length(nb), sum(card(nb))))
`;

/** R spdep through Rscript, or null when R or spdep is not available. */
export function benchSpdep(lattice: FeatureCollection<Polygon>, values: number[], runs: number): SpdepTimes | null {
  const probe = spawnSync('Rscript', ['-e', 'suppressPackageStartupMessages({library(sf); library(spdep)})'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-r-'));
  try {
    const withValues: FeatureCollection<Polygon> = {
      ...lattice,
      features: lattice.features.map((f, i) => ({ ...f, properties: { ...f.properties, x: values[i] } })),
    };
    const file = join(dir, 'lattice.geojson');
    writeFileSync(file, JSON.stringify(withValues));
    const script = join(dir, 'bench.R');
    writeFileSync(script, R_SCRIPT);
    const out = spawnSync('Rscript', [script, file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (out.status !== 0) throw new Error(`Rscript failed: ${out.stderr}`);
    const line = out.stdout.trim().split('\n').pop() ?? '';
    const parsed = JSON.parse(line) as { nb: number; lm: number; n: number };
    if (parsed.n !== values.length) throw new Error(`spdep read ${parsed.n} polygons, expected ${values.length}`);
    return { poly2nbQueen: parsed.nb, localmoranPerm999: parsed.lm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
