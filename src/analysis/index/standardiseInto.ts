/**
 * Internal z-standardisation kernel over typed arrays (no validation, no allocation beyond the group
 * scratch). `values[offset + i]` for i < n; NaN means "no value". Writes z into `out[outOffset + i]`
 * (NaN where the value is missing, the area is not `included`, or its reference has < 2 members or no spread).
 * Values are divided by a power of two near the reference's largest |value| first, so tiny values neither underflow when
 * weighted or squared, and a spread at rounding-noise level (< 1e-12 of that scale, e.g. three times 0.1)
 * counts as no spread.
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
  const { sw, sx, cnt, mean, sd, scale } = scratch.ensure(g);
  sw.fill(0, 0, g);
  sx.fill(0, 0, g);
  cnt.fill(0, 0, g);
  scale.fill(0, 0, g);
  const groupOf = (i: number): number => {
    if (reference[i] === 0 || include[i] === 0) return -1;
    const x = values[offset + i];
    if (x !== x) return -1;
    if (weights !== null && !(weights[i] > 0)) return -1;
    return groups === null ? 0 : groups[i];
  };
  for (let i = 0; i < n; i++) {
    const k = groupOf(i);
    if (k < 0) continue;
    const x = values[offset + i];
    const magnitude = x < 0 ? -x : x;
    if (magnitude > scale[k]) scale[k] = magnitude;
  }
  // A power of two divides exactly: the z-values equal the unscaled computation's, bit for bit.
  for (let k = 0; k < g; k++) if (scale[k] > 0) scale[k] = 2 ** Math.floor(Math.log2(scale[k]));
  for (let i = 0; i < n; i++) {
    const k = groupOf(i);
    if (k < 0) continue;
    const w = weights === null ? 1 : weights[i];
    sw[k] += w;
    sx[k] += w * (values[offset + i] / scale[k]);
    cnt[k] += 1;
  }
  for (let k = 0; k < g; k++) mean[k] = cnt[k] > 0 && scale[k] > 0 ? sx[k] / sw[k] : NaN;
  sx.fill(0, 0, g);
  for (let i = 0; i < n; i++) {
    const k = groupOf(i);
    if (k < 0) continue;
    const w = weights === null ? 1 : weights[i];
    const d = values[offset + i] / scale[k] - mean[k];
    sx[k] += w * d * d;
  }
  for (let k = 0; k < g; k++) {
    const c = cnt[k];
    let scaledVariance = sx[k] / sw[k];
    if (sample) scaledVariance *= c / (c - 1);
    const scaledSd = Math.sqrt(scaledVariance);
    sd[k] = c >= 2 && scaledSd > RELATIVE_NOISE ? scaledSd : NaN;
  }
  for (let i = 0; i < n; i++) {
    const x = values[offset + i];
    const k = groups === null ? 0 : groups[i];
    out[outOffset + i] = include[i] === 0 || x !== x || k < 0 ? NaN : (sign * (x / scale[k] - mean[k])) / sd[k];
  }
}

const RELATIVE_NOISE = 1e-12;

/** Reusable per-group accumulators, grown on demand. */
export class GroupScratch {
  sw = new Float64Array(1);
  sx = new Float64Array(1);
  cnt = new Float64Array(1);
  mean = new Float64Array(1);
  sd = new Float64Array(1);
  scale = new Float64Array(1);
  ensure(size: number): GroupScratch {
    if (this.sw.length < size) {
      this.sw = new Float64Array(size);
      this.sx = new Float64Array(size);
      this.cnt = new Float64Array(size);
      this.mean = new Float64Array(size);
      this.sd = new Float64Array(size);
      this.scale = new Float64Array(size);
    }
    return this;
  }
}
