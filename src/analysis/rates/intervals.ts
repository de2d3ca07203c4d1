import { gammaQuantile, normalQuantile } from './specialFunctions';

export interface Interval {
  /** Point estimate: count / total (a proportion) or count / exposure (a rate). */
  estimate: number;
  lower: number;
  upper: number;
}

function checkConfidence(confidence: number, where: string): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`${where}: confidence must be between 0 and 1, got ${confidence}`);
}

/**
 * Wilson score interval for a proportion `count / total` (no continuity correction), the same
 * numbers as R `prop.test(count, total, correct = FALSE)$conf.int`. Multiply by 100 for a percentage.
 * @example wilsonInterval(37, 250) // → { estimate: 0.148, lower: 0.1093…, upper: 0.1973… }
 */
export function wilsonInterval(count: number, total: number, options: { confidence?: number } = {}): Interval {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence, 'wilsonInterval');
  if (!(Number.isFinite(total) && total > 0)) throw new RangeError(`wilsonInterval: total must be a positive number, got ${total}`);
  if (!(Number.isFinite(count) && count >= 0 && count <= total)) {
    throw new RangeError(`wilsonInterval: count must be between 0 and total (${total}), got ${count}`);
  }
  const z = normalQuantile((1 + confidence) / 2);
  const p = count / total;
  const z22n = (z * z) / (2 * total);
  const spread = (c: number): number => z * Math.sqrt((c * (1 - c)) / total + z22n / (2 * total));
  const upper = p >= 1 ? 1 : (p + z22n + spread(p)) / (1 + 2 * z22n);
  const lower = p <= 0 ? 0 : (p + z22n - spread(p)) / (1 + 2 * z22n);
  return { estimate: p, lower: Math.max(lower, 0), upper: Math.min(upper, 1) };
}

/**
 * Exact (Garwood) Poisson interval for a rate `count / exposure`: [qgamma(α/2, count),
 * qgamma(1 − α/2, count + 1)] / exposure with lower 0 for count 0 — R `poisson.test(count, exposure)$conf.int`.
 * Use exposure = population / 1000 for a rate per 1,000.
 * @example poissonInterval(5, 1000) // → { estimate: 0.005, lower: 0.001623…, upper: 0.011668… }
 */
export function poissonInterval(count: number, exposure = 1, options: { confidence?: number } = {}): Interval {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence, 'poissonInterval');
  if (!(Number.isFinite(exposure) && exposure > 0)) throw new RangeError(`poissonInterval: exposure must be a positive number, got ${exposure}`);
  if (!(Number.isFinite(count) && count >= 0)) throw new RangeError(`poissonInterval: count must be a non-negative number, got ${count}`);
  const alpha = 1 - confidence;
  const lower = count === 0 ? 0 : gammaQuantile(alpha / 2, count);
  const upper = gammaQuantile(1 - alpha / 2, count + 1);
  return { estimate: count / exposure, lower: lower / exposure, upper: upper / exposure };
}
