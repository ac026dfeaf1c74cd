import { fail } from '../../errors.js';
import { sign } from '../_lib/context.js';
import { optionalInteger, optionalNumber, tidy } from '../_lib/numbers.js';
import { readSeries } from '../_lib/series.js';
import type { Direction, Observation, SeriesOptions } from '../_lib/types.js';

/** Options of {@link detectFlares}. */
export interface DetectFlaresOptions extends SeriesOptions {
  /** Points above the rolling baseline that make a flare day; default 2 (0–10 scale). */
  readonly rise?: number;
  /** Consecutive flare days needed; default 1. */
  readonly minDays?: number;
  /** Length of the rolling baseline window in days; default 7. */
  readonly baselineDays?: number;
  /** Diary days needed in the window for a baseline; default 4. */
  readonly minBaselineDays?: number;
}

/** One flare found by {@link detectFlares}. */
export interface Flare {
  /** First day (`YYYY-MM-DD`). */
  readonly start: string;
  /** Last day. */
  readonly end: string;
  /** Days from start to end, inclusive. */
  readonly days: number;
  /** The rolling baseline the rise was measured against (frozen at the flare's first day). */
  readonly baseline: number;
  /** The worst value during the flare, and its day (the first, if repeated). */
  readonly peak: number;
  readonly peakDate: string;
}

/** The result of {@link detectFlares}. */
export interface DetectFlaresResult {
  readonly flares: readonly Flare[];
  /** Diary days that had enough baseline to be judged. */
  readonly evaluatedDays: number;
  /** The rule applied, with its defaults and their sources. */
  readonly rule: {
    readonly rise: number;
    readonly minDays: number;
    readonly baselineDays: number;
    readonly minBaselineDays: number;
    readonly direction: Direction;
    readonly source: string;
  };
}

const SOURCE =
  'rise ≥ 2 points on a 0–10 pain rating: the pain-defined flare of Costa N, Smits E, Kasza J, et al. ISSLS Prize in Clinical Science 2021: What are the risk factors for low back pain flares and does this depend on how flare is defined? Eur Spine J. 2021;30(5):1089-1097; minimum 1 day: the consensus definition "a worsening … that lasts from hours to weeks" (Costa N, Ferreira ML, Setchell J, et al. A definition of "flare" in low back pain. J Pain. 2019;20(11):1267-1275), of which one diary day is the shortest a daily diary can show; the 7-day rolling baseline, the 4-day minimum and the frozen baseline are promkit choices';

/**
 * @summary Flares in a daily pain diary: rises above the rolling baseline that last.
 *
 * @remarks
 * For each diary day d, the rolling baseline is the mean of the entries on the `baselineDays`
 * calendar days before d, skipping days already counted as flare days (the window then reaches
 * further back by as many days); d is judged only when that window holds at least
 * `minBaselineDays` entries. Day d starts a rise when its value is ≥ baseline + `rise` (≤ baseline − `rise`
 * for a higher-is-better scale). The rise continues over the following consecutive calendar
 * days while each stays ≥ the baseline frozen at the first day + `rise`; a missing diary day or
 * a day below that level ends it. A rise of at least `minDays` days is a flare; its days are
 * left out of later baselines, so a long flare does not raise the yardstick for the next one.
 *
 * Defaults and where they come from:
 * - `rise: 2` — Costa et al. (2021) defined a pain-defined flare as an increase of ≥ 2 points on
 *   the 0–10 scale (the same 2 points Farrar et al. 2001 found clinically important);
 * - `minDays: 1` — the consensus definition (Costa et al. 2019) says a flare lasts "from hours
 *   to weeks"; one day is the shortest a daily diary resolves;
 * - `baselineDays: 7`, `minBaselineDays: 4`, and freezing the baseline during a flare are
 *   promkit's choices, labelled as such in `rule.source`: the papers define the rise against the
 *   person's usual pain without fixing a window.
 * Rescale `rise` for other scales. `direction` defaults to higher-is-worse (pain).
 *
 * The series must use calendar days (`'YYYY-MM-DD'`); other series rules are those of
 * {@link seriesBaseline}.
 *
 * @param observations - daily `{ date, value }` entries, in any order
 * @param options - `rise`, `minDays`, `baselineDays`, `minBaselineDays`, `direction`, `duplicates`
 * @returns the flares and the rule applied
 * @throws {PromkitError} for a date-time series, invalid options or an invalid series
 *
 * @see Costa N, Smits E, Kasza J, Salomoni S, Ferreira M, Sullivan M, Hodges PW. ISSLS Prize in
 *   Clinical Science 2021: What are the risk factors for low back pain flares and does this
 *   depend on how flare is defined? Eur Spine J. 2021;30(5):1089-1097. doi:10.1007/s00586-021-06730-6
 * @see Costa N, Ferreira ML, Setchell J, et al. A definition of "flare" in low back pain: a
 *   multiphase process involving perspectives of individuals with low back pain and expert
 *   consensus. J Pain. 2019;20(11):1267-1275.
 *
 * @example
 * ```ts
 * import { detectFlares } from 'promkit';
 *
 * const values = [4, 4, 5, 4, 4, 4, 4, 7, 7, 4, 4];
 * const diary = values.map((value, i) => ({ date: `2024-03-${String(i + 1).padStart(2, '0')}`, value }));
 * detectFlares(diary).flares;
 * //=> [{ start: '2024-03-08', end: '2024-03-09', days: 2, baseline: 4.14285714285714,
 * //      peak: 7, peakDate: '2024-03-08' }]
 * ```
 */
export function detectFlares(observations: readonly Observation[], options?: DetectFlaresOptions): DetectFlaresResult {
  const series = readSeries(observations, options);
  if (series.kind !== 'day') {
    fail('invalid-argument', ['observations'], observations, "observations: flare detection works on daily diaries dated 'YYYY-MM-DD'; aggregate date-times to calendar days first (in the patient's own time zone)");
  }
  const rise = optionalNumber(options?.rise, ['options', 'rise'], (x) => x > 0, 'a number of points > 0') ?? 2;
  const minDays = optionalInteger(options?.minDays, ['options', 'minDays'], 1) ?? 1;
  const baselineDays = optionalInteger(options?.baselineDays, ['options', 'baselineDays'], 1) ?? 7;
  const minBaselineDays = optionalInteger(options?.minBaselineDays, ['options', 'minBaselineDays'], 1) ?? Math.min(4, baselineDays);
  if (minBaselineDays > baselineDays) {
    fail('invalid-argument', ['options', 'minBaselineDays'], minBaselineDays, `options.minBaselineDays: ${minBaselineDays} is more than the ${baselineDays}-day window can hold`);
  }
  const direction: Direction = series.ctx.direction ?? 'higher-is-worse';
  const s = sign(direction);
  const worse = -s; // +1 when higher is worse
  const points = series.points;
  const flareDays = new Set<number>();
  const firstT = (points[0] as (typeof points)[number]).t;
  const flares: Flare[] = [];
  let evaluated = 0;
  let i = 0;
  while (i < points.length) {
    const day = points[i] as (typeof points)[number];
    // The baselineDays calendar days before this day, skipping flare days (the window reaches
    // further back by as many days), and the diary entries on them.
    const window: (typeof points)[number][] = [];
    let counted = 0;
    let k = i - 1;
    for (let t = day.t - 1; counted < baselineDays && t >= firstT; t--) {
      if (flareDays.has(t)) continue;
      counted++;
      while (k >= 0 && (points[k] as (typeof points)[number]).t > t) k--;
      if (k >= 0 && (points[k] as (typeof points)[number]).t === t) window.push(points[k] as (typeof points)[number]);
    }
    if (window.length < minBaselineDays) {
      i++;
      continue;
    }
    evaluated++;
    const base = tidy(window.reduce((sum, p) => sum + p.value, 0) / window.length);
    const isRise = (v: number) => tidy(worse * (v - base)) >= rise;
    if (!isRise(day.value)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < points.length) {
      const p = points[j] as (typeof points)[number];
      const prev = points[j - 1] as (typeof points)[number];
      if (p.t !== prev.t + 1 || !isRise(p.value)) break;
      j++;
    }
    const run = points.slice(i, j);
    evaluated += run.length - 1;
    const last = run[run.length - 1] as (typeof run)[number];
    const days = last.t - day.t + 1;
    if (days >= minDays) {
      let peak = day;
      for (const p of run) if (worse * p.value > worse * peak.value) peak = p;
      for (const p of run) flareDays.add(p.t);
      flares.push({ start: day.date, end: last.date, days, baseline: base, peak: peak.value, peakDate: peak.date });
    }
    i = j;
  }
  return { flares, evaluatedDays: evaluated, rule: { rise, minDays, baselineDays, minBaselineDays, direction, source: SOURCE } };
}
