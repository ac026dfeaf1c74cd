import { linearRegression } from '../_lib/statistics.js';
import { sign } from '../_lib/context.js';
import { tidy } from '../_lib/numbers.js';
import { DAY_MS, readSeries } from '../_lib/series.js';
import type { Direction, Observation, SeriesOptions } from '../_lib/types.js';

/** The result of {@link slopePerWeek}. */
export interface SlopeResult {
  /** Least-squares slope in score units per 7 days. */
  readonly perWeek: number;
  /** The same per day. */
  readonly perDay: number;
  /** perWeek signed so that positive = getting better; null when the direction is unknown. */
  readonly improvementPerWeek: number | null;
  readonly direction: Direction | null;
  /** Observations used (after merging duplicate dates). */
  readonly n: number;
  readonly from: string;
  readonly to: string;
  /** Days from the first to the last observation. */
  readonly spanDays: number;
}

/**
 * @summary Least-squares trend of a dated series, per week.
 *
 * @remarks
 * Fits value = a + b·t by ordinary least squares (centred on the means) with t
 * the time in days since the first observation, and reports `perWeek = 7·b`. Time is real
 * elapsed time, so irregular spacing and gaps are weighted by when observations happened, not
 * by their position in the list. Calendar-day series use whole days; date-time series use
 * fractional days (UTC instants). A constant series has slope exactly 0, and shifting every
 * date by the same amount leaves the slope unchanged. Series rules (sorting, duplicates, dates
 * without a zone) are those of {@link seriesBaseline}.
 *
 * @param observations - `{ date, value }` objects, at least two distinct dates
 * @param options - direction or `{ instrument, score }` for `improvementPerWeek`; `duplicates`
 * @returns the slope per week and per day
 * @throws {PromkitError} for fewer than two distinct dates or an invalid series
 * @see Matthews JN, Altman DG, Campbell MJ, Royston P. Analysis of serial measurements in
 *   medical research. BMJ. 1990;300(6719):230-235 (summary measures of a series).
 *
 * @example
 * ```ts
 * import { slopePerWeek } from 'promkit';
 *
 * slopePerWeek(
 *   [{ date: '2024-03-01', value: 8 }, { date: '2024-03-08', value: 7 }, { date: '2024-03-15', value: 6 }],
 *   { direction: 'higher-is-worse' },
 * );
 * //=> { perWeek: -1, perDay: -0.142857142857143, improvementPerWeek: 1, direction: 'higher-is-worse',
 * //     n: 3, from: '2024-03-01', to: '2024-03-15', spanDays: 14 }
 * ```
 */
export function slopePerWeek(observations: readonly Observation[], options?: SeriesOptions): SlopeResult {
  const series = readSeries(observations, options, 2);
  const points = series.points;
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const constant = points.every((p) => p.value === first.value);
  const perDay = constant ? 0 : tidy(linearRegression(points.map((p) => [(p.ms - first.ms) / DAY_MS, p.value])).m);
  const perWeek = tidy(perDay * 7);
  const direction = series.ctx.direction;
  return {
    perWeek,
    perDay,
    improvementPerWeek: direction ? tidy(sign(direction) * perWeek) : null,
    direction,
    n: points.length,
    from: first.date,
    to: last.date,
    spanDays: tidy((last.ms - first.ms) / DAY_MS),
  };
}
