import { requireDirection } from '../_lib/context.js';
import { readSeries } from '../_lib/series.js';
import type { Direction, Observation, SeriesOptions } from '../_lib/types.js';
import type { DatedValue } from '../lastValue/index.js';

/** The result of {@link bestValue}. */
export interface BestValueResult {
  readonly date: string;
  readonly value: number;
  readonly direction: Direction;
}

/**
 * @summary The best observation of a dated series, by the scale's direction.
 *
 * @remarks
 * The lowest value when higher is worse, the highest when higher is better; among equal best
 * values, the earliest. The direction comes from `options.direction` or the definition of
 * `{ instrument, score }` and is required. Series rules are those of {@link seriesBaseline}.
 *
 * @param observations - `{ date, value }` objects, at least one
 * @param options - direction or `{ instrument, score }`; `duplicates`
 * @returns the date and value of the best observation
 * @throws {PromkitError} for an empty or invalid series or an unknown direction
 * @see Matthews JN, Altman DG, Campbell MJ, Royston P. Analysis of serial measurements in
 *   medical research. BMJ. 1990;300(6719):230-235 (summary measures of a series).
 *
 * @example
 * ```ts
 * import { bestValue } from 'promkit';
 *
 * bestValue(
 *   [{ date: '2024-03-01', value: 7 }, { date: '2024-03-05', value: 3 }, { date: '2024-03-09', value: 3 }],
 *   { direction: 'higher-is-worse' },
 * );
 * //=> { date: '2024-03-05', value: 3, direction: 'higher-is-worse' }
 * ```
 */
export function bestValue(observations: readonly Observation[], options?: SeriesOptions): BestValueResult {
  const { points, ctx } = readSeries(observations, options, 1);
  const direction = requireDirection(ctx);
  let best = points[0] as DatedValue;
  for (const p of points) {
    if (direction === 'higher-is-worse' ? p.value < best.value : p.value > best.value) best = p;
  }
  return { date: best.date, value: best.value, direction };
}
