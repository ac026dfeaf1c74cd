import { checkOptions } from '../_lib/numbers.js';
import { computeBaseline, type BaselineSpec, type SeriesBaselineResult } from '../_lib/baseline.js';
import { readSeries } from '../_lib/series.js';
import type { Observation, SeriesOptions } from '../_lib/types.js';

export type { BaselineSpec, SeriesBaselineResult } from '../_lib/baseline.js';

/** Options of {@link seriesBaseline}. */
export interface SeriesBaselineOptions extends SeriesOptions, BaselineSpec {}

/**
 * @summary The baseline of a dated series: the first observation, a window mean, or a given date.
 *
 * @remarks
 * - `method: 'first'` (default): the earliest observation;
 * - `method: 'window'`: the mean of the observations dated in [`before` − `days`, `before`),
 *   `days` defaulting to 7 — for a daily diary, the week before the first treatment day
 *   `before`. For a calendar-day series that is the `days` calendar days before `before`; for a
 *   date-time series, the `days` × 24 hours before that instant. Missing diary days simply
 *   contribute nothing; at least one observation must fall in the window;
 * - `method: 'date'`: the observation on exactly that date.
 *
 * Series rules (shared by every series function): dates are ISO strings or `Date`s. A
 * date-only string (`'2024-03-01'`) is a calendar day; a date-time must carry `Z` or an offset
 * (`'2024-03-01T08:00:00+01:00'`), and one without a zone is rejected rather than read in the
 * machine's local zone; a `Date` is an instant. A series is all calendar days or all instants.
 * Observations are sorted by date (input order is free); observations on the same date are
 * merged by `options.duplicates` (`'mean'`, `'first'`, `'last'`; default `'error'`). Values are
 * numbers or `ScoreValue`s and must be finite.
 *
 * @param observations - `{ date, value }` objects, in any order
 * @param options - the baseline method and the series options
 * @returns the baseline value, the method, and the observations used
 * @throws {PromkitError} for an invalid or zone-less date, a non-finite value, an unresolved
 *   duplicate date, an empty window, or no observation on the requested date
 * @see ISO 8601-1:2019. Date and time — Representations for information interchange — Part 1:
 *   Basic rules (the date and date-time forms accepted).
 *
 * @example
 * ```ts
 * import { seriesBaseline } from 'promkit';
 *
 * const diary = [
 *   { date: '2024-03-01', value: 6 }, { date: '2024-03-03', value: 7 },
 *   { date: '2024-03-06', value: 8 }, { date: '2024-03-08', value: 4 },
 * ];
 * seriesBaseline(diary).value; //=> 6
 * seriesBaseline(diary, { method: 'window', before: '2024-03-08', days: 7 });
 * //=> { value: 7, method: 'window', n: 3, dates: ['2024-03-01', '2024-03-03', '2024-03-06'] }
 * ```
 */
export function seriesBaseline(observations: readonly Observation[], options?: SeriesBaselineOptions): SeriesBaselineResult {
  checkOptions(options);
  const series = readSeries(observations, options);
  return computeBaseline(series, options, ['options']).result;
}
