/**
 * @internal The three summaries the calculators need, written out (they replace the
 * `simple-statistics` dependency, whose module cost every cold start a few milliseconds in Node):
 * the same algorithms as simple-statistics 7, so results are identical to the last bit
 * (test/change/statistics.test.ts checks that against simple-statistics itself).
 */

/**
 * Sum by Neumaier's improvement of Kahan summation (Kahan–Babuška): the running error of each
 * addition is kept and added back at the end. Neumaier A. Rundungsfehleranalyse einiger Verfahren
 * zur Summation endlicher Summen. ZAMM. 1974;54(1):39-51.
 */
export function sum(x: readonly number[]): number {
  if (x.length === 0) return 0;
  let total = x[0] as number;
  let correction = 0;
  for (let i = 1; i < x.length; i++) {
    const value = x[i] as number;
    const next = total + value;
    correction += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
    total = next;
  }
  return total + correction;
}

/** Arithmetic mean (compensated sum / n); n ≥ 1. */
export function mean(x: readonly number[]): number {
  return sum(x) / x.length;
}

/** Sample standard deviation: √(Σ(x − x̄)² / (n − 1)), two passes (mean first); n ≥ 2. */
export function sampleStandardDeviation(x: readonly number[]): number {
  const m = mean(x);
  let squares = 0;
  for (const value of x) {
    const d = value - m;
    squares += d * d;
  }
  return Math.sqrt(squares / (x.length - 1));
}

/**
 * Ordinary least squares y = b + m·x over [x, y] points, centred on the means before the cross
 * products are summed (so large x, e.g. days since 1970, lose no precision); one point gives
 * m = 0 and b = y.
 */
export function linearRegression(points: readonly (readonly [number, number])[]): { m: number; b: number } {
  const n = points.length;
  if (n === 1) return { m: 0, b: (points[0] as readonly [number, number])[1] };
  let sumX = 0;
  let sumY = 0;
  for (const [x, y] of points) {
    sumX += x;
    sumY += y;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sumXY = 0;
  let sumXX = 0;
  for (const [x, y] of points) {
    const dx = x - meanX;
    sumXY += dx * (y - meanY);
    sumXX += dx * dx;
  }
  const m = sumXY / sumXX;
  return { m, b: meanY - m * meanX };
}
