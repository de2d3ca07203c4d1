import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { ckmeans } from 'simple-statistics';
import { classify } from '../../src/analysis/classify/classify';
import { contiguityWeights } from '../../src/analysis/spatial/contiguity';
import { localMoran } from '../../src/analysis/spatial/lisa';
import { mulberry32 } from '../../src/analysis/spatial/prng';

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
function time(runs: number, fn: () => unknown, warmup = 2): number {
  for (let w = 0; w < warmup; w++) fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface AnalysisBenchResult {
  /** Median milliseconds per task. */
  queenWeights10k: number;
  /** LISA, 999 permutations, default (shared table) sampling. */
  lisa10k999: number;
  /** The same with independent draws per area. */
  lisa10k999Independent: number;
  jenks100k: { ours: number; ckmeans: number; ratio: number };
  jenks1M: { ours: number; ckmeans: number; ratio: number };
}

/**
 * Times the analysis engine on a 100 × 100 lattice (10,000 squares): queen weights, LISA with 999
 * conditional permutations, and jenks (k = 5) on 100,000 and 1,000,000 log-normal values against
 * simple-statistics `ckmeans` (the same exact optimum) as the reference. Returns medians in ms.
 * @example const r = benchAnalysis(); console.log(r.lisa10k999);
 */
export function benchAnalysis(options: { runs?: number } = {}): AnalysisBenchResult {
  const runs = options.runs ?? 5;
  const lattice = squareLattice(100);
  const queenWeights10k = time(runs, () => contiguityWeights(lattice, { rule: 'queen' }));
  const weights = contiguityWeights(lattice, { rule: 'queen' });
  const next = mulberry32(7);
  const field = Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 370) + (i % 100) / 50 + next());
  const lisa10k999 = time(runs, () => localMoran(field, weights, { permutations: 999, seed: 1 }), 1);
  const lisa10k999Independent = time(Math.min(runs, 3), () => localMoran(field, weights, { permutations: 999, seed: 1, sampling: 'independent' }), 1);
  const logNormal = (n: number): number[] => {
    const rnd = mulberry32(n);
    return Array.from({ length: n }, () => Math.exp(3 + 0.6 * Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())));
  };
  const jenks = (n: number, reps: number, warmup: number): { ours: number; ckmeans: number; ratio: number } => {
    const values = logNormal(n);
    const ours = time(reps, () => classify(values, { method: 'jenks', classes: 5 }), warmup);
    const reference = time(reps, () => ckmeans(values, 5), warmup);
    return { ours, ckmeans: reference, ratio: ours / reference };
  };
  return { queenWeights10k, lisa10k999, lisa10k999Independent, jenks100k: jenks(100_000, runs, 1), jenks1M: jenks(1_000_000, Math.min(runs, 3), 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchAnalysis(), null, 2));
}
