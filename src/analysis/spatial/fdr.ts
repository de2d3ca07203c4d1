/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), the same numbers as R
 * `p.adjust(p, method = "BH")`: q_(i) = min over j ≥ i of min(1, n/j · p_(j)) for p sorted ascending.
 * NaN entries are left out of n and stay NaN. Does not modify its input.
 * @example benjaminiHochberg([0.01, 0.04, 0.03]) // → [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const out = new Float64Array(p.length).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (typeof v !== 'number' || Number.isNaN(v)) continue;
    if (v < 0 || v > 1) throw new RangeError(`benjaminiHochberg: p-value ${v} at ${i} is outside [0, 1]`);
    idx.push(i);
  }
  const n = idx.length;
  idx.sort((a, b) => p[b] - p[a]); // descending, as R's order(p, decreasing = TRUE)
  let running = Infinity;
  for (let r = 0; r < n; r++) {
    const rank = n - r; // i in R's lp:1
    const q = (n / rank) * p[idx[r]];
    if (q < running) running = q;
    out[idx[r]] = Math.min(1, running);
  }
  return out;
}
