/**
 * Special functions for interval estimates (internal): log-gamma, regularised incomplete gamma,
 * gamma and normal quantiles. Accurate to ~1e-14 relative in the ranges used for rate intervals.
 */

const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
  -0.49191381609762019978, 0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4,
  0.15808870322491248884e-3, -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3,
  0.84418223983852743293e-4, -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 607/128, 15 terms). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const xm = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (xm + i);
  const t = xm + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularised lower (P) and upper (Q) incomplete gamma functions for a > 0, x ≥ 0. */
export function incompleteGamma(a: number, x: number): { P: number; Q: number } {
  if (x <= 0) return { P: 0, Q: 1 };
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series: P = e^{-x} x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
    }
    const P = sum * Math.exp(logPrefix);
    return { P, Q: 1 - P };
  }
  // Continued fraction for Q (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  const Q = Math.exp(logPrefix) * h;
  return { P: 1 - Q, Q };
}

/**
 * Quantile of the Gamma(shape, scale 1) distribution: x with P(shape, x) = p (R `qgamma(p, shape)`).
 * Newton steps on whichever tail is smaller, safeguarded by bisection.
 */
export function gammaQuantile(p: number, shape: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Infinity;
  const upper = p > 0.5;
  const target = upper ? 1 - p : p;
  const tail = (x: number): number => {
    const g = incompleteGamma(shape, x);
    return upper ? g.Q : g.P;
  };
  // Bracket: tail(lo) on one side, tail(hi) on the other.
  let lo = 0;
  let hi = Math.max(1, shape);
  while ((upper ? tail(hi) > target : tail(hi) < target)) {
    lo = hi;
    hi *= 2;
  }
  // Initial guess: Wilson–Hilferty.
  const zq = normalQuantile(p);
  const wh = shape * (1 - 1 / (9 * shape) + zq / (3 * Math.sqrt(shape))) ** 3;
  let x = wh > lo && wh < hi ? wh : (lo + hi) / 2;
  const lg = logGamma(shape);
  for (let iter = 0; iter < 200; iter++) {
    const f = tail(x) - target;
    if (f === 0) return x;
    // Tail decreasing in x for the upper tail, increasing for the lower.
    if ((f > 0) !== upper) hi = x;
    else lo = x;
    const density = Math.exp((shape - 1) * Math.log(x) - x - lg);
    let nextX = x - (upper ? -f : f) / density;
    if (!(nextX > lo && nextX < hi)) nextX = (lo + hi) / 2;
    if (Math.abs(nextX - x) <= 1e-15 * Math.abs(x) || hi - lo <= 1e-15 * hi) return nextX;
    x = nextX;
  }
  return x;
}

/**
 * Standard normal quantile (Wichura 1988, AS 241 PPND16, ~1e-16 relative), as R `qnorm(p)`.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
          13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
        5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    val =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -val : val;
}
