/**
 * The Kiresuk & Sherman (1968) aggregate T-score:
 *
 *   T = 50 + 10·Σwᵢxᵢ / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * Weights are first divided by the largest weight. T is unchanged by any common factor of the
 * weights, and the division keeps every intermediate sum finite for any finite positive weights.
 * The caller has checked that `levels` and `weights` have the same non-zero length, that every
 * weight is finite and > 0, and that 0 ≤ ρ < 1.
 * @internal
 */
export function kiresukShermanT(levels: readonly number[], weights: readonly number[], rho: number): number {
  let max = 0;
  for (const w of weights) if (w > max) max = w;
  let sumWX = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (let i = 0; i < levels.length; i++) {
    const w = (weights[i] as number) / max;
    sumWX += w * (levels[i] as number);
    sumW += w;
    sumW2 += w * w;
  }
  return 50 + (10 * sumWX) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
}
