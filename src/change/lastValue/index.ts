import { readSeries } from '../_lib/series.js';
import type { Observation, SeriesOptions } from '../_lib/types.js';

/** A dated value picked from a series. */
export interface DatedValue {
  /** `YYYY-MM-DD` for calendar-day series; the UTC ISO string for date-times. */
  readonly date: string;
  readonly value: number;
}

/**
 * @summary The latest observation of a dated series.
 *
 * @remarks
 * The observation with the latest date, whatever the input order. With duplicates on the last
 * date, `options.duplicates` decides (default `'error'`). Series rules are those of
 * {@link seriesBaseline}.
 *
 * @param observations - `{ date, value }` objects, at least one
 * @param options - `duplicates`, `metric`, `{ instrument, score }`
 * @returns the date and value of the latest observation
 * @throws {PromkitError} for an empty or invalid series
 * @see ISO 8601-1:2019. Date and time — Representations for information interchange — Part 1:
 *   Basic rules (the date and date-time forms accepted).
 *
 * @example
 * ```ts
 * import { lastValue } from 'promkit';
 *
 * lastValue([{ date: '2024-03-08', value: 4 }, { date: '2024-03-01', value: 7 }]);
 * //=> { date: '2024-03-08', value: 4 }
 * ```
 */
export function lastValue(observations: readonly Observation[], options?: SeriesOptions): DatedValue {
  const { points } = readSeries(observations, options, 1);
  const last = points[points.length - 1] as (typeof points)[number];
  return { date: last.date, value: last.value };
}
