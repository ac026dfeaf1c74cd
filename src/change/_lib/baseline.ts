import { describeValue, fail } from '../../errors.js';
import { optionalNumber, tidy } from './numbers.js';
import { parseOptionDate, type Series } from './series.js';
import type { DateInput } from './types.js';

/** How to take a baseline from a series. */
export interface BaselineSpec {
  /**
   * - `'first'` (default): the first observation;
   * - `'window'`: the mean of the observations in the `days` before `before` (e.g. the
   *   one-week diary before treatment starts);
   * - `'date'`: the observation on `date`.
   */
  readonly method?: 'first' | 'window' | 'date';
  /** `'window'`: the first day of treatment; the window ends just before it. */
  readonly before?: DateInput;
  /** `'window'`: the window's length in days; default 7. */
  readonly days?: number;
  /** `'date'`: the date of the baseline observation. */
  readonly date?: DateInput;
}

/** A baseline taken from a series. */
export interface SeriesBaselineResult {
  readonly value: number;
  readonly method: 'first' | 'window' | 'date';
  /** Observations averaged (1 for `first` and `date`). */
  readonly n: number;
  /** Dates of the observations used. */
  readonly dates: readonly string[];
}

/** @internal The baseline and the time from which follow-up starts. */
export interface ComputedBaseline {
  readonly result: SeriesBaselineResult;
  /** Time (days) that "time since baseline" is measured from. */
  readonly t0: number;
  /** Whether an observation at exactly t0 counts as follow-up. */
  readonly followUpIncludesT0: boolean;
}

/** @internal */
export function computeBaseline(series: Series, spec: BaselineSpec | undefined, path: readonly (string | number)[]): ComputedBaseline {
  const method = spec?.method ?? 'first';
  const points = series.points;
  if (method === 'first') {
    const p = points[0];
    if (!p) return fail('invalid-argument', ['observations'], points, 'observations: the series is empty');
    return { result: { value: p.value, method, n: 1, dates: [p.date] }, t0: p.t, followUpIncludesT0: false };
  }
  if (method === 'date') {
    if (spec?.date === undefined) fail('invalid-argument', [...path, 'date'], undefined, `${[...path, 'date'].join('.')}: method 'date' needs the date of the baseline observation`);
    const d = parseOptionDate(spec.date, series, [...path, 'date']);
    const p = points.find((q) => q.t === d.t);
    if (!p) {
      return fail('invalid-argument', [...path, 'date'], spec.date, `${[...path, 'date'].join('.')}: there is no observation on ${d.label}`);
    }
    return { result: { value: p.value, method, n: 1, dates: [p.date] }, t0: p.t, followUpIncludesT0: false };
  }
  if (method === 'window') {
    if (spec?.before === undefined) fail('invalid-argument', [...path, 'before'], undefined, `${[...path, 'before'].join('.')}: method 'window' needs before: the first day of treatment (the window ends just before it)`);
    const days = optionalNumber(spec.days, [...path, 'days'], (x) => x > 0, 'a number of days > 0') ?? 7;
    const end = parseOptionDate(spec.before, series, [...path, 'before']);
    const inWindow = points.filter((q) => q.t >= end.t - days && q.t < end.t);
    if (inWindow.length === 0) {
      return fail('invalid-argument', [...path, 'before'], spec.before, `${[...path, 'before'].join('.')}: no observations in the ${days} days before ${end.label}`);
    }
    const value = tidy(inWindow.reduce((s, q) => s + q.value, 0) / inWindow.length);
    return { result: { value, method, n: inWindow.length, dates: inWindow.map((q) => q.date) }, t0: end.t, followUpIncludesT0: true };
  }
  return fail('invalid-argument', [...path, 'method'], method, `${[...path, 'method'].join('.')}: expected 'first', 'window' or 'date', got ${describeValue(method)}`);
}
