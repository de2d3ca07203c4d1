/**
 * Internal z-standardisation kernel over typed arrays (no validation, no allocation beyond the group
 * scratch). `values[offset + i]` for i < n; NaN means "no value". Writes z into `out[outOffset + i]`
 * (NaN where the value is missing, the area is not `included`, or its reference has SD 0 / < 2 members).
 *
 * @param include  1 = the area gets a z-value (0: excluded, e.g. under the population rule)
 * @param reference 1 = the area belongs to the reference whose mean/SD standardise everybody
 * @param weights  per-area weight (e.g. population) or null for equal weights
 * @param groups   per-area group index (standardise within groups) or null for one group
 * @param sign     +1, or −1 to orient `lower_is_need` indicators so that higher z = more need
 */
export function standardiseInto(
  out: Float64Array,
  outOffset: number,
  values: ArrayLike<number>,
  offset: number,
  n: number,
  include: ArrayLike<number>,
  reference: ArrayLike<number>,
  weights: ArrayLike<number> | null,
  groups: ArrayLike<number> | null,
  groupCount: number,
  sign: number,
  sample: boolean,
  scratch: GroupScratch,
): void {
  const g = groups === null ? 1 : groupCount;
  const { sw, sx, cnt, mean, sd } = scratch.ensure(g);
  sw.fill(0, 0, g);
  sx.fill(0, 0, g);
  cnt.fill(0, 0, g);
  for (let i = 0; i < n; i++) {
    if (reference[i] === 0 || include[i] === 0) continue;
    const x = values[offset + i];
    if (x !== x) continue;
    const w = weights === null ? 1 : weights[i];
    if (!(w > 0)) continue;
    const k = groups === null ? 0 : groups[i];
    if (k < 0) continue;
    sw[k] += w;
    sx[k] += w * x;
    cnt[k] += 1;
  }
  for (let k = 0; k < g; k++) mean[k] = cnt[k] > 0 ? sx[k] / sw[k] : NaN;
  sx.fill(0, 0, g);
  for (let i = 0; i < n; i++) {
    if (reference[i] === 0 || include[i] === 0) continue;
    const x = values[offset + i];
    if (x !== x) continue;
    const w = weights === null ? 1 : weights[i];
    if (!(w > 0)) continue;
    const k = groups === null ? 0 : groups[i];
    if (k < 0) continue;
    const d = x - mean[k];
    sx[k] += w * d * d;
  }
  for (let k = 0; k < g; k++) {
    const c = cnt[k];
    if (c < 2) {
      sd[k] = NaN;
      continue;
    }
    let variance = sx[k] / sw[k];
    if (sample) variance *= c / (c - 1);
    sd[k] = variance > 0 ? Math.sqrt(variance) : NaN;
  }
  for (let i = 0; i < n; i++) {
    const x = values[offset + i];
    const k = groups === null ? 0 : groups[i];
    out[outOffset + i] = include[i] === 0 || x !== x || k < 0 ? NaN : (sign * (x - mean[k])) / sd[k];
  }
}

/** Reusable per-group accumulators, grown on demand. */
export class GroupScratch {
  sw = new Float64Array(1);
  sx = new Float64Array(1);
  cnt = new Float64Array(1);
  mean = new Float64Array(1);
  sd = new Float64Array(1);
  ensure(size: number): GroupScratch {
    if (this.sw.length < size) {
      this.sw = new Float64Array(size);
      this.sx = new Float64Array(size);
      this.cnt = new Float64Array(size);
      this.mean = new Float64Array(size);
      this.sd = new Float64Array(size);
    }
    return this;
  }
}
