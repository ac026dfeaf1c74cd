import { normalQuantile } from './normalQuantile.js';

/**
 * @internal Student's t quantile: the t with P(T ≤ t) = p for T ~ t(df).
 *
 * Closed forms for df = 1 (t = −cot(πp)) and df = 2 (t = (2p − 1)/√(2p(1 − p))); otherwise
 * Newton's method on ln t over the upper tail S(t) = ½·I_{df/(df+t²)}(df/2, ½), where I is the
 * regularized incomplete beta function, evaluated by its continued fraction (Abramowitz & Stegun
 * 26.5.8, modified Lentz) on whichever side of the mean it converges, so that a tail of 1e-300
 * keeps its relative precision. Starting points: the Cornish–Fisher expansion in the normal
 * quantile (Abramowitz & Stegun 26.7.5) and the tail asymptote S(t) ≈ df^{df/2−1}·t^{−df}/B.
 *
 * Verified against R's `qt()` to a relative 1e-10 (an absolute 1e-10 where |t| < 1) over df 1 to
 * 10,000 (and 1e5–1e7) and p from 1e-300 to 1 − 1e-15 (test/change/tQuantile.test.ts, vectors in
 * test/change/fixtures/t-quantile-r.json), and against mpmath at 60 digits deep in the tails,
 * where R's own qt() is off (by 1% at df 1.5, p 1e-200): about 1e-14 up to df 1e5. From df 1e6
 * on, the Cornish–Fisher expansion alone is exact to rounding and is returned. A quantile beyond
 * the largest double (df < 1 in the far tails) is ±Infinity. No
 * dependency: it replaces `@stdlib/stats-base-dists-t-quantile`, which brought 223 packages and
 * Node built-ins with it.
 *
 * @param p - probability, 0 ≤ p ≤ 1 (0 gives −Infinity, 1 gives Infinity)
 * @param df - degrees of freedom, > 0 (Infinity gives the normal quantile)
 * @throws {RangeError} for p outside [0, 1] or df ≤ 0 (or NaN)
 */
export function tQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`tQuantile: p must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // q = the smaller tail; 1 − p is exact for p ≥ 0.5 (Sterbenz).
  const q = p < 0.5 ? p : 1 - p;
  const t = upperQuantile(q, df);
  return p < 0.5 ? -t : t;
}

/** The t > 0 with P(T > t) = q, 0 < q < 0.5. */
function upperQuantile(q: number, df: number): number {
  if (df === 1) return q < 0.25 ? 1 / Math.tan(Math.PI * q) : Math.tan(Math.PI * (0.5 - q));
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  // From df 1e6 on, the Cornish–Fisher series is exact to rounding (its first omitted term is
  // below 1e-18 of t even at p = 1e-300), while the continued fraction loses digits (df = ∞ too).
  if (df >= 1e6) return cornishFisher(-normalQuantile(q), df);
  const tail = new TailFunction(df);
  const logQ = Math.log(q);
  // A tail above q at the largest double: the quantile overflows (df < 1 only, far tails).
  if (tail.residual(LOG_MAX_VALUE, q, logQ).g > 0) return Infinity;
  // Two starting points; keep the one whose tail is nearer q.
  let u = Number.NaN;
  let best = Infinity;
  for (const start of [cornishFisher(-normalQuantile(q), df), tail.asymptote(logQ)]) {
    if (!(start > 0 && Number.isFinite(start))) continue;
    const miss = Math.abs(tail.residual(Math.log(start), q, logQ).g);
    if (miss < best) {
      best = miss;
      u = Math.log(start);
    }
  }
  if (Number.isNaN(u)) u = 0; // both starts overflowed (df < 1 in the far tail)
  // Newton on u = ln t: g(u) = ln S(e^u) − ln q, g'(u) = −t·f(t)/S(t).
  for (let i = 0; i < 60; i++) {
    const { g, slope } = tail.residual(u, q, logQ);
    const step = g / slope;
    u -= Math.max(-2, Math.min(2, step));
    // Quadratic convergence: after a step this small, what remains is below rounding.
    if (Math.abs(step) < 1e-13) break;
  }
  return Math.exp(u);
}

const LOG_MAX_VALUE = Math.log(Number.MAX_VALUE);

/** The upper tail of t(df) and its density, on u = ln t. */
class TailFunction {
  private readonly a: number;
  private readonly logB: number;
  constructor(private readonly df: number) {
    this.a = df / 2;
    this.logB = logBetaHalf(this.a);
  }

  /** Tail asymptote: S(t) ≈ df^{df/2−1}·t^{−df}/B(df/2, ½), solved for t. */
  asymptote(logQ: number): number {
    const { df } = this;
    return Math.exp(((df / 2 - 1) * Math.log(df) - this.logB - logQ) / df);
  }

  /** g = ln S(e^u) − ln q, and its derivative in u. */
  residual(u: number, q: number, logQ: number): { g: number; slope: number } {
    const { df, a } = this;
    // ln x and ln y for x = df/(df+t²), y = t²/(df+t²), without overflow or cancellation.
    const twoU = 2 * u;
    const logDf = Math.log(df);
    let logX: number;
    let logY: number;
    if (twoU > logDf) {
      const r = Math.exp(logDf - twoU); // df/t² < 1
      logY = -Math.log1p(r);
      logX = logDf - twoU + logY;
    } else {
      const r = Math.exp(twoU - logDf); // t²/df ≤ 1
      logX = -Math.log1p(r);
      logY = twoU - logDf + logX;
    }
    const x = Math.exp(logX);
    const y = Math.exp(logY);
    // ln of x^a·y^½/B(a, ½): the front factor of both continued fractions, and also ln(t·f(t))
    // (the density is f(t) = x^{(df+1)/2}/(√df·B) and t = √(df·y/x)).
    const logFront = a * logX + 0.5 * logY - this.logB;
    let logS: number;
    let g: number;
    if (x < (a + 1) / (a + 2.5)) {
      // I_x(a, ½) = front/a · cf: the tail itself, with full relative precision.
      logS = logFront - Math.log(a) + Math.log(continuedFraction(a, 0.5, x)) - Math.LN2;
      g = logS - logQ;
    } else {
      // I_y(½, a) = 1 − I_x(a, ½) = 1 − 2S: S − q = (1 − 2q − I_y)/2, exact for q near ½.
      const iy = Math.exp(logFront + Math.log(2)) * continuedFraction(0.5, a, y);
      const s = (1 - iy) / 2;
      logS = Math.log(s);
      g = Math.log1p((1 - 2 * q - iy) / 2 / q);
    }
    return { g, slope: -Math.exp(logFront - logS) };
  }
}

/** The continued fraction of I_x(a, b) (A&S 26.5.8), by the modified Lentz method. */
function continuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const eps = 1e-16;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < eps) break;
  }
  return h;
}

const HALF_LOG_PI = 0.5 * Math.log(Math.PI);

/** ln B(a, ½) = ln Γ(a) + ln Γ(½) − ln Γ(a + ½), without cancellation for large a. */
function logBetaHalf(a: number): number {
  if (a < 8) return logGamma(a) + HALF_LOG_PI - logGamma(a + 0.5);
  // Stirling: ln Γ(x) = (x − ½)ln x − x + ½ln 2π + ω(x), so
  // ln Γ(a) − ln Γ(a + ½) = −½ln a + (½ − a·ln(1 + 1/(2a))) + ω(a) − ω(a + ½).
  return HALF_LOG_PI - 0.5 * Math.log(a) + (0.5 - a * Math.log1p(0.5 / a)) + stirlingCorrection(a) - stirlingCorrection(a + 0.5);
}

/** ω(x) = ln Γ(x) − ((x − ½)ln x − x + ½ln 2π), by its asymptotic series (x ≥ 8). */
function stirlingCorrection(x: number): number {
  const r = 1 / (x * x);
  return (1 / x) * (1 / 12 + r * (-1 / 360 + r * (1 / 1260 + r * (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156)))))));
}

// Lanczos approximation (g = 7, n = 9), relative error about 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for 0 < x < 9. */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < 9; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Cornish–Fisher expansion of the t quantile in the normal quantile z (A&S 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
