export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface BenchRow {
  name: string;
  samplesMs: number[];
  /** Number of runs when only the median is known (rows reported by another bench module). */
  runs?: number;
  medianMs: number;
  reference?: { name: string; samplesMs: number[]; medianMs: number };
  /** project median / reference median (> 1: the project is slower than the baseline). */
  ratio?: number;
}

export function row(name: string, samplesMs: number[], reference?: { name: string; samplesMs: number[] }): BenchRow {
  const r: BenchRow = { name, samplesMs, medianMs: median(samplesMs) };
  if (reference && reference.samplesMs.length > 0) {
    const refMedian = median(reference.samplesMs);
    r.reference = { ...reference, medianMs: refMedian };
    r.ratio = r.medianMs / refMedian;
  }
  return r;
}

const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : '–');

export function table(rows: readonly BenchRow[]): string {
  const header = ['measure', 'runs', 'median', 'reference', 'ref. median', 'ratio'];
  const lines = rows.map((r) => [
    r.name,
    String(r.runs ?? r.samplesMs.length),
    fmt(r.medianMs),
    r.reference?.name ?? '–',
    r.reference ? fmt(r.reference.medianMs) : '–',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const render = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n');
}

/**
 * Rows from a result object of medians in ms: `{ name: ms }` or `{ name: { ours, <reference>, ratio } }`
 * (the shape of scripts/bench/analysis.ts).
 */
export function rowsFromMedians(result: unknown, runs: number): BenchRow[] {
  if (typeof result !== 'object' || result === null) return [];
  const rows: BenchRow[] = [];
  for (const [name, value] of Object.entries(result)) {
    if (typeof value === 'number') rows.push({ name, samplesMs: [], runs, medianMs: value });
    else if (typeof value === 'object' && value !== null && typeof (value as { ours?: unknown }).ours === 'number') {
      const v = value as Record<string, number>;
      const refName = Object.keys(v).find((k) => k !== 'ours' && k !== 'ratio' && typeof v[k] === 'number');
      const r: BenchRow = { name, samplesMs: [], runs, medianMs: v.ours };
      if (refName) {
        r.reference = { name: refName, samplesMs: [], medianMs: v[refName] };
        r.ratio = v.ours / v[refName];
      }
      rows.push(r);
    }
  }
  return rows;
}
