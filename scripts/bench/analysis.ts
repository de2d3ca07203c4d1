import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { ckmeans } from 'simple-statistics';
import { classify } from '../../src/analysis/classify/classify';
import { evaluateIndex } from '../../src/analysis/index/evaluateIndex';
import { prepareIndexInput } from '../../src/analysis/index/prepareIndexInput';
import { INDICATOR_IDS, PRESET_BERLIN_MSS, withWeights } from '../../src/analysis/index/presets';
import { contiguityWeights } from '../../src/analysis/spatial/contiguity';
import { localMoran } from '../../src/analysis/spatial/lisa';
import { mulberry32 } from '../../src/analysis/spatial/prng';
import type { Observation } from '../../src/core/types';
import { benchJsGeoda, benchSpdep } from './peers';

/** A side × side lattice of unit squares (side² polygons), ids row-major. */
export function squareLattice(side: number): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      features.push({
        type: 'Feature',
        properties: { id: `${r}-${c}` },
        geometry: { type: 'Polygon', coordinates: [[[c, r], [c + 1, r], [c + 1, r + 1], [c, r + 1], [c, r]]] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time of `runs` calls after `warmup` untimed calls (JIT warm-up). */
function time(runs: number, fn: (run: number) => unknown, warmup = 2): number {
  for (let w = 0; w < warmup; w++) fn(-1 - w);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn(r);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A smooth field with noise on a side × side lattice (row-major). */
function field(side: number): number[] {
  const next = mulberry32(7);
  return Array.from({ length: side * side }, (_, i) => Math.sin(i / 370) + (i % side) / 50 + next());
}

/** `{ ours, <reference name>: ms, ratio }` — the row shape of scripts/bench/stats.ts rowsFromMedians. */
export type Compared = { ours: number; ratio: number } & Record<string, number>;
const compared = (ours: number, name: string, reference: number): Compared => ({ ours, [name]: reference, ratio: ours / reference }) as Compared;

/** Median ms per MSS evaluation (1,000 areas × 10 years) while the first weight moves, as when dragging a slider. */
function benchIndexWorkbench(): number {
  const areas = Array.from({ length: 1000 }, (_, i) => ({ key: `A${String(i).padStart(4, '0')}`, parentKey: `P${i % 8}` }));
  const rnd = mulberry32(11);
  const observations: Observation[] = [];
  const ids = [INDICATOR_IDS.unemployment, INDICATOR_IDS.transfer, INDICATOR_IDS.childPoverty];
  for (const area of areas) {
    const level = rnd() * 10;
    const population = Math.round(150 + rnd() * 6000);
    for (let year = 2015; year <= 2024; year++) {
      const period = String(year);
      observations.push({ areaKey: area.key, indicator: INDICATOR_IDS.population, period, value: population, status: 'ok', numerator: null, denominator: null });
      ids.forEach((indicator, k) => {
        const value = Math.max(0, level * (k + 1) + (year - 2015) * 0.1 + rnd() * 2);
        observations.push({ areaKey: area.key, indicator, period, value, status: 'ok', numerator: null, denominator: null });
      });
    }
  }
  const prepared = prepareIndexInput(observations, areas);
  const methods = Array.from({ length: 100 }, (_, s) => withWeights(PRESET_BERLIN_MSS, { [INDICATOR_IDS.unemployment]: 0.5 + s / 100 }));
  let step = 0;
  return time(200, () => evaluateIndex(prepared, methods[step++ % methods.length], '2024'), 20);
}

/**
 * Times the analysis engine with the reference implementations in the same run (medians in ms):
 * queen weights and LISA (999 complete conditional permutations) on a 100 × 100 lattice against
 * jsgeoda (queen; complete and lookup-table LISA) and R spdep (poly2nb, localmoran_perm; skipped
 * without R), our LISA on 40,000 areas, Fisher-Jenks (k = 5) on 100,000 and 1,000,000 log-normal
 * values against simple-statistics `ckmeans` (the same exact optimum), and one evaluation of the
 * Berlin MSS index on 1,000 areas × 10 years against the 16 ms frame budget.
 * @example const r = await benchAnalysis({ runs: 3 }); console.log(r['LISA 10k × 999 complete']);
 */
export async function benchAnalysis(options: { runs?: number } = {}): Promise<Record<string, number | Compared>> {
  const runs = options.runs ?? 5;
  const heavyRuns = Math.min(runs, 3);
  const lattice = squareLattice(100);
  const values = field(100);
  const out: Record<string, number | Compared> = {};

  const queen = time(runs, () => contiguityWeights(lattice, { rule: 'queen' }));
  const weights = contiguityWeights(lattice, { rule: 'queen' });
  const lisa = time(runs, () => localMoran(values, weights, { permutations: 999, seed: 1 }), 1);
  const geoda = await benchJsGeoda(lattice, values, runs, Math.min(runs, 2));
  out['queen weights 10k vs jsgeoda'] = compared(queen, 'jsgeoda 0.2.3 (Node, WASM)', geoda.queen);
  if (geoda.lisaCompleteError) console.log(`jsgeoda complete: aborted (${geoda.lisaCompleteError})`);
  else out['LISA 10k × 999 complete vs jsgeoda complete'] = compared(lisa, 'jsgeoda complete (Node, WASM)', geoda.lisaComplete);
  out['LISA 10k × 999 complete vs jsgeoda lookup table'] = compared(lisa, 'jsgeoda lookup (Node, WASM)', geoda.lisaLookup);
  const spdep = benchSpdep(lattice, values, Math.min(runs, 2));
  if (spdep) {
    out['queen weights 10k vs spdep'] = compared(queen, 'spdep poly2nb (R)', spdep.poly2nbQueen);
    out['LISA 10k × 999 complete vs spdep'] = compared(lisa, 'spdep localmoran_perm (R)', spdep.localmoranPerm999);
  } else {
    console.log('spdep: skipped (no R)');
  }

  const lattice40k = squareLattice(200);
  const weights40k = contiguityWeights(lattice40k, { rule: 'queen' });
  const values40k = field(200);
  out['LISA 40k × 999 complete'] = time(heavyRuns, () => localMoran(values40k, weights40k, { permutations: 999, seed: 1 }), 1);

  const logNormal = (n: number): number[] => {
    const rnd = mulberry32(n);
    return Array.from({ length: n }, () => Math.exp(3 + 0.6 * Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())));
  };
  const jenks = (n: number, reps: number, warmup: number): Compared => {
    const xs = logNormal(n);
    const ours = time(reps, () => classify(xs, { method: 'jenks', classes: 5 }), warmup);
    return compared(ours, 'simple-statistics ckmeans', time(reps, () => ckmeans(xs, 5), warmup));
  };
  out['jenks 100k (k = 5)'] = jenks(100_000, runs, 1);
  out['jenks 1M (k = 5)'] = jenks(1_000_000, heavyRuns, 0);
  out['index MSS 1,000 areas × 10 years, one evaluation'] = compared(benchIndexWorkbench(), 'frame budget', 16);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : undefined;
  void benchAnalysis({ runs }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
