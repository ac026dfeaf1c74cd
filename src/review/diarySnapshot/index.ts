import type { SeriesBaselineResult } from '../../change/_lib/baseline.js';
import { tidy } from '../../change/_lib/numbers.js';
import type { Direction } from '../../change/_lib/types.js';
import { detectFlares, type DetectFlaresResult, type Flare } from '../../change/detectFlares/index.js';
import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import { addDays, dayRange, daysBetween, readDay } from '../_lib/dates.js';
import { DIARY_MEASURES, MEASURE_KEYS } from '../_lib/diaryMeasures.js';

/**
 * The measures of a daily diary entry:
 * - `painNow`, `painWorst`, `painLeast` — pain intensity 0–10 (0 no pain, 10 worst possible),
 *   higher is worse;
 * - `interference` — how much pain interfered with the day, 0–10, higher is worse;
 * - `sleepHours` — hours slept the night before, 0–24, higher is better;
 * - `sleepQuality` — 0 (very poor) to 10 (very good), higher is better;
 * - `activityMinutes` — minutes of activity, 0–1440, higher is better;
 * - `steps` — a whole number of steps, 0–200,000, higher is better.
 */
export type DiaryMeasure =
  | 'painNow'
  | 'painWorst'
  | 'painLeast'
  | 'interference'
  | 'sleepHours'
  | 'sleepQuality'
  | 'activityMinutes'
  | 'steps';

/**
 * One day of a patient's diary. Every measure is optional (`null` or absent = not recorded);
 * a field not listed here is refused, so that a misspelt column never vanishes silently.
 *
 * `date` is the patient's own calendar day the entry describes: `'YYYY-MM-DD'`, or a date-time
 * with a zone whose date is taken as written (`'2026-03-04T22:15:00+01:00'` is 4 March). Convert
 * UTC timestamps to the patient's local time first: 23:30 in Sydney is the next day in UTC.
 *
 * @example
 * ```ts
 * const entry: DiaryEntry = {
 *   date: '2026-03-04', painNow: 5, painWorst: 7, painLeast: 3, interference: 6,
 *   sleepHours: 5.5, sleepQuality: 4, activityMinutes: 20, steps: 3400, note: 'Bad night',
 * };
 * ```
 */
export interface DiaryEntry {
  readonly date: string;
  readonly painNow?: number | null;
  readonly painWorst?: number | null;
  readonly painLeast?: number | null;
  readonly interference?: number | null;
  readonly sleepHours?: number | null;
  readonly sleepQuality?: number | null;
  readonly activityMinutes?: number | null;
  readonly steps?: number | null;
  /** Free text in the patient's words; kept verbatim (pages escape it). */
  readonly note?: string | null;
}

/** A threshold given by the caller: days at or above `atLeast`, or at or below `atMost`. */
export type DiaryThresholdInput = { readonly atLeast: number } | { readonly atMost: number };

/** What to do with two entries on the same day. See {@link diarySnapshot}. */
export type DiaryDuplicatePolicy = 'error' | 'mean' | 'first' | 'last';

/** Options of {@link diarySnapshot}: the window (two of `from`, `to`, `days`) and the rules. */
export interface DiarySnapshotOptions {
  /** First day of the window, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Last day of the window, `YYYY-MM-DD`. */
  readonly to?: string;
  /** Length of the window in days, 1–366; default 7. */
  readonly days?: number;
  /** Days with data a measure needs for its mean to be `sufficient`; default 5 (Heapy 2014), at most `days`. */
  readonly minDays?: number;
  /** Two entries on one day; default `'error'` (only when they disagree on a measure). */
  readonly duplicates?: DiaryDuplicatePolicy;
  /**
   * Per measure, the threshold whose days are counted (`null`: none). Defaults: pain measures
   * ≥ 7, severe pain (Serlin 1995); no default for the other measures.
   */
  readonly thresholds?: { readonly [K in DiaryMeasure]?: DiaryThresholdInput | null };
  /** Options of `detectFlares` for the pain measures, or `false` to skip flare detection. */
  readonly flares?: false | { readonly rise?: number; readonly minDays?: number; readonly baselineDays?: number; readonly minBaselineDays?: number };
}

/** A threshold applied to a measure, with where it comes from. */
export interface DiaryThreshold {
  readonly value: number;
  /** `'at-least'`: days with value ≥ `value`; `'at-most'`: days with value ≤ `value`. */
  readonly rule: 'at-least' | 'at-most';
  /** The citation, or `'given by the caller'`. */
  readonly source: string;
}

/** A day's value of one measure. */
export interface DiaryValue {
  readonly date: string;
  readonly value: number;
}

/** Flares of a pain measure that touch the window (see `detectFlares`). */
export interface DiaryFlares {
  /** Flares with at least one day in the window (a flare may start before it). */
  readonly flares: readonly Flare[];
  /** The window's days that belong to a flare. */
  readonly days: readonly string[];
  /** The window's days that had enough diary days before them to be judged. */
  readonly evaluatedDays: number;
  /** The flare rule applied and its sources. */
  readonly rule: DetectFlaresResult['rule'];
}

/** One measure over the window. */
export interface DiaryMeasureSummary {
  readonly measure: DiaryMeasure;
  readonly label: string;
  readonly unit: string;
  readonly direction: Direction;
  /** Days of the window with a value. */
  readonly daysWithData: number;
  /** Days in the window. */
  readonly of: number;
  /** The window's values, in date order (one per day, duplicates merged). */
  readonly values: readonly DiaryValue[];
  /** Mean of the days with data (unrounded); null without data. */
  readonly mean: number | null;
  /** Median of the days with data; null without data. */
  readonly median: number | null;
  /** The worst day (highest pain, least sleep …); the earliest of ties. */
  readonly worst: DiaryValue | null;
  /** The best day; the earliest of ties. */
  readonly best: DiaryValue | null;
  readonly threshold: DiaryThreshold | null;
  /** Days meeting the threshold; null without a threshold or without data. */
  readonly daysPastThreshold: number | null;
  /** Flares, for the pain measures; null for the others or when flare detection is off. */
  readonly flares: DiaryFlares | null;
  /** Whether `daysWithData` ≥ `minDays`: the mean is a weekly summary one can compare. */
  readonly sufficient: boolean;
  /** The mean as a baseline for later comparison (`seriesBaseline` shape); null unless sufficient. */
  readonly baseline: SeriesBaselineResult | null;
  /** Why the mean is not sufficient, or there is no data. */
  readonly reason?: string;
}

/** One calendar day of the window. */
export interface DiaryDay {
  readonly date: string;
  /** Whether any entry exists for the day. */
  readonly recorded: boolean;
  readonly values: { readonly [K in DiaryMeasure]?: number };
  /** The day's notes (several entries' notes joined with " / "), or null. */
  readonly note: string | null;
}

/** The result of {@link diarySnapshot}. */
export interface DiarySnapshot {
  readonly kind: 'diary-snapshot';
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** Days of the window with at least one entry. */
  readonly daysRecorded: number;
  /** Every day of the window, in order; days without an entry have `recorded: false`. */
  readonly daily: readonly DiaryDay[];
  readonly measures: { readonly [K in DiaryMeasure]: DiaryMeasureSummary };
  /** Days with more than one entry, and the entries (input indices) merged. */
  readonly duplicates: readonly { readonly date: string; readonly entries: readonly number[] }[];
  /** Diary days before the window (used only as the flare baseline) and after it (ignored). */
  readonly outside: { readonly before: number; readonly after: number };
  /** The rules applied, with their sources. */
  readonly rule: { readonly minDays: number; readonly duplicates: DiaryDuplicatePolicy; readonly source: string };
}

const FIELDS = new Set<string>(['date', 'note', ...MEASURE_KEYS]);
const POLICIES: readonly DiaryDuplicatePolicy[] = ['error', 'mean', 'first', 'last'];
const OPTION_KEYS = ['from', 'to', 'days', 'minDays', 'duplicates', 'thresholds', 'flares'];
const RULE_SOURCE =
  'The weekly summary is the mean of the daily values over the window, as daily-diary pain trials define their mean pain score ("the mean of the last 7 daily diary pain ratings", ClinicalTrials.gov NCT01049217, the pregabalin diary design analysed by Farrar et al. 2001); missing days are left out, never filled in. A mean counts as sufficient from 5 days with data: Heapy et al. (J Pain 2014) found one daily rating unreliable (ICC 0.65) and the mean of five reliable (above 0.90). promkit applies the same rule to every measure (the evidence is for pain ratings) and uses a fixed calendar window rather than reaching back past missing days.';

/** @internal A merged diary day with its source entries. */
export interface MergedDay {
  readonly date: string;
  readonly values: { [K in DiaryMeasure]?: number };
  readonly note: string | null;
  readonly entries: number[];
}

/**
 * @internal Validates diary entries and merges them into one record per day (sorted), applying
 * the duplicate policy. Issues are collected, not thrown.
 */
export function mergeDiary(entries: unknown, policy: DiaryDuplicatePolicy, issues: PromkitIssue[], root: string = 'entries'): MergedDay[] {
  if (!Array.isArray(entries)) {
    issues.push({ code: 'invalid-type', path: [root], input: entries, message: `${root}: expected an array of diary entries { date, painNow?, … }, got ${describeValue(entries)}` });
    return [];
  }
  const byDay = new Map<string, { index: number; values: { [K in DiaryMeasure]?: number }; note: string | null }[]>();
  Array.from(entries as readonly unknown[]).forEach((raw: unknown, index) => {
    const at = [root, index];
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.push({ code: 'invalid-type', path: at, input: raw, message: `${root}.${index}: expected a diary entry { date, painNow?, … }, got ${describeValue(raw)}` });
      return;
    }
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!FIELDS.has(key)) {
        issues.push({ code: 'invalid-argument', path: [...at, key], input: entry[key], message: `${root}.${index}.${key}: unknown field; a diary entry has date, ${MEASURE_KEYS.join(', ')} and note` });
      }
    }
    const date = readDay(entry.date, [...at, 'date'], issues);
    const values: { [K in DiaryMeasure]?: number } = {};
    for (const key of MEASURE_KEYS) {
      const value = entry[key];
      if (value === null || value === undefined) continue;
      const info = DIARY_MEASURES[key];
      const where = `${root}.${index}.${key}`;
      const [lo, hi] = info.range;
      if (typeof value !== 'number') {
        issues.push({ code: 'invalid-type', path: [...at, key], input: value, message: `${where}: expected a number ${lo}–${hi} or null, got ${describeValue(value)}` });
      } else if (!Number.isFinite(value)) {
        issues.push({ code: 'not-finite', path: [...at, key], input: value, message: `${where}: expected a finite number ${lo}–${hi}, got ${value}` });
      } else if (value < lo || value > hi) {
        issues.push({ code: 'out-of-range', path: [...at, key], input: value, message: `${where}: ${value} is outside ${lo}–${hi}${info.unit.startsWith('/') ? '' : ` ${info.unit}`} (${info.label.toLowerCase()})` });
      } else if (info.integer && !Number.isInteger(value)) {
        issues.push({ code: 'not-an-integer', path: [...at, key], input: value, message: `${where}: ${value} is not a whole number of ${info.unit}` });
      } else {
        values[key] = value + 0;
      }
    }
    let note: string | null = null;
    if (entry.note !== undefined && entry.note !== null) {
      if (typeof entry.note !== 'string') {
        issues.push({ code: 'invalid-type', path: [...at, 'note'], input: entry.note, message: `${root}.${index}.note: expected text or null, got ${describeValue(entry.note)}` });
      } else if (entry.note.trim() !== '') note = entry.note.trim();
    }
    if (date === null) return;
    const list = byDay.get(date) ?? [];
    list.push({ index, values, note });
    byDay.set(date, list);
  });
  const days: MergedDay[] = [];
  for (const [date, list] of byDay) {
    const values: { [K in DiaryMeasure]?: number } = {};
    for (const key of MEASURE_KEYS) {
      const given = list.filter((e) => e.values[key] !== undefined);
      if (given.length === 0) continue;
      const numbers = given.map((e) => e.values[key] as number);
      if (given.length > 1 && policy === 'error' && new Set(numbers).size > 1) {
        issues.push({
          code: 'invalid-argument',
          path: [root, (given[1] as (typeof given)[number]).index, key],
          input: numbers,
          message: `${root}: entries ${given.map((e) => e.index).join(' and ')} both give ${key} for ${date} and disagree (${numbers.join(' vs ')}); pass duplicates: 'mean', 'first' or 'last' to say how to combine them`,
        });
        continue;
      }
      values[key] =
        policy === 'last'
          ? (numbers[numbers.length - 1] as number)
          : policy === 'mean'
            ? tidy(numbers.reduce((s, x) => s + x, 0) / numbers.length)
            : (numbers[0] as number);
    }
    const notes = list.map((e) => e.note).filter((n): n is string => n !== null);
    days.push({ date, values, note: notes.length ? notes.join(' / ') : null, entries: list.map((e) => e.index) });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return days;
}

function readWholeNumber(value: unknown, path: string[], min: number, max: number, issues: PromkitIssue[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ code: 'invalid-argument', path, input: value, message: `${path.join('.')}: expected a whole number from ${min} to ${max}, got ${describeValue(value)}` });
    return undefined;
  }
  return value;
}

/** @internal Reads the window options: two of from/to/days. */
function readWindow(options: DiarySnapshotOptions, issues: PromkitIssue[]): { from: string; to: string; days: number } | null {
  const given = readWholeNumber(options.days, ['options', 'days'], 1, 366, issues);
  const from = options.from === undefined ? undefined : readDay(options.from, ['options', 'from'], issues);
  const to = options.to === undefined ? undefined : readDay(options.to, ['options', 'to'], issues);
  if (from === null || to === null) return null;
  if (from !== undefined && to !== undefined) {
    if (to < from) {
      issues.push({ code: 'invalid-argument', path: ['options', 'to'], input: to, message: `options.to: ${to} is before options.from (${from})` });
      return null;
    }
    const days = daysBetween(from, to) + 1;
    if (given !== undefined && given !== days) {
      issues.push({ code: 'invalid-argument', path: ['options', 'days'], input: given, message: `options.days: ${given} does not match ${from} to ${to} (${days} days); give two of from, to and days` });
      return null;
    }
    if (days > 366) {
      issues.push({ code: 'invalid-argument', path: ['options', 'to'], input: to, message: `options.to: the window ${from} to ${to} is ${days} days; at most 366` });
      return null;
    }
    return { from, to, days };
  }
  const days = given ?? 7;
  if (from !== undefined) return { from, to: addDays(from, days - 1), days };
  if (to !== undefined) return { from: addDays(to, 1 - days), to, days };
  issues.push({ code: 'invalid-argument', path: ['options', 'from'], input: undefined, message: "options.from: give the first day (from) or the last day (to) of the snapshot, 'YYYY-MM-DD'; promkit reads no clock" });
  return null;
}

function readThreshold(measure: DiaryMeasure, options: DiarySnapshotOptions, issues: PromkitIssue[]): DiaryThreshold | null {
  const all = options.thresholds;
  const info = DIARY_MEASURES[measure];
  if (all === undefined || !Object.prototype.hasOwnProperty.call(all, measure)) return info.threshold;
  const t = (all as Record<string, unknown>)[measure];
  if (t === null) return null;
  const path = ['options', 'thresholds', measure];
  const [lo, hi] = info.range;
  if (t !== null && typeof t === 'object' && !Array.isArray(t)) {
    const keys = Object.keys(t);
    const o = t as Record<string, unknown>;
    const key = keys.length === 1 ? keys[0] : undefined;
    if ((key === 'atLeast' || key === 'atMost') && typeof o[key] === 'number' && Number.isFinite(o[key]) && (o[key] as number) >= lo && (o[key] as number) <= hi) {
      return { value: o[key] as number, rule: key === 'atLeast' ? 'at-least' : 'at-most', source: 'given by the caller' };
    }
  }
  issues.push({ code: 'invalid-argument', path, input: t, message: `${path.join('.')}: expected { atLeast: n } or { atMost: n } with n from ${lo} to ${hi}, or null, got ${describeValue(t)}` });
  return null;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : tidy(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

/**
 * @summary A one-week (or n-day) summary of a patient's daily diary: per measure the mean,
 * median, worst and best day, days with data, days past a threshold, flare days, and the
 * baseline for later comparison.
 *
 * @remarks
 * The window is given, never read from a clock: two of `from` (first day), `to` (last day) and
 * `days` (default 7), each a calendar day `YYYY-MM-DD`.
 *
 * Rules, in order:
 * - **Dates and time zones.** An entry's `date` is the patient's calendar day. `YYYY-MM-DD` is
 *   taken as is; a date-time must carry `Z` or an offset and its date is read as written in that
 *   offset (`2026-03-04T23:30:00+11:00` is 4 March), never converted to UTC or to the machine's
 *   zone; a date-time without a zone, and a `Date`, are refused.
 * - **Duplicates.** Entries on the same day are merged, measure by measure. With `'error'` (the
 *   default) entries that complement each other (one gives pain, another sleep) or repeat the
 *   same value merge, and entries that disagree on a measure are refused with both values named;
 *   `'first'`/`'last'` keep the first/last value given in input order, `'mean'` averages them.
 *   Notes are all kept, joined with " / ". Merged days are listed in `duplicates`.
 * - **Missing days.** A day without a value is missing for that measure: it is left out of the
 *   mean, median, worst and best day, never filled in. `daysWithData` says how many days the
 *   numbers rest on; a mean on fewer than `minDays` days (default 5, Heapy et al. 2014: the mean
 *   of five daily pain ratings reaches a reliability above 0.90, one day 0.65) has
 *   `sufficient: false`, a `reason`, and no `baseline`.
 * - **Worst and best day** follow the measure's direction (pain: highest is worst; sleep,
 *   activity, steps: lowest is worst); ties go to the earliest day.
 * - **Thresholds.** Pain measures count days at 7 or above (severe pain, Serlin et al. 1995);
 *   pass `thresholds` for your own (`{ atLeast }` or `{ atMost }`) or `null` for none.
 * - **Flares** (pain measures) are found by `detectFlares` (a rise of ≥ 2 points over the
 *   rolling 7-day baseline; Costa et al. 2019, 2021) over the diary up to `to`, so the days
 *   before the window serve as the baseline of its first days; `evaluatedDays` says how many
 *   days of the window could be judged. Entries after `to` are never used.
 * - **Baseline.** When sufficient, `baseline` is the mean in the shape of `seriesBaseline`
 *   (`method: 'window'`), ready to compare with a later week or to draw with `trajectoryChart`.
 *
 * @param entries - the diary, one entry per day (see {@link DiaryEntry}), in any order
 * @param options - the window (`from`/`to`/`days`) and the rules
 * @returns the snapshot; no input is modified
 * @throws {PromkitError} listing every problem: an entry with an unknown field, a value out of
 *   range or not a number, a date that is not a calendar day or a date-time without a zone,
 *   disagreeing duplicates under `'error'`, or invalid options
 *
 * @see Heapy A, Dziura J, Buta E, et al. Using multiple daily pain ratings to improve
 *   reliability and assay sensitivity: how many is enough? J Pain. 2014.
 * @see ClinicalTrials.gov NCT01049217: "Mean pain score was defined as the mean of the last 7
 *   daily diary pain ratings".
 * @see Serlin RC, Mendoza TR, Nakamura Y, et al. When is cancer pain mild, moderate or severe?
 *   Pain. 1995;61(2):277-284.
 *
 * @example
 * ```ts
 * import { diarySnapshot } from 'promkit';
 *
 * const week = diarySnapshot(
 *   [
 *     { date: '2026-03-02', painNow: 4, sleepHours: 6 },
 *     { date: '2026-03-03', painNow: 6, sleepHours: 5 },
 *     { date: '2026-03-05', painNow: 7, sleepHours: 7.5 },
 *     { date: '2026-03-06', painNow: 5 },
 *     { date: '2026-03-08', painNow: 3, note: 'Walked to the shop' },
 *   ],
 *   { from: '2026-03-02', days: 7 },
 * );
 * week.measures.painNow.mean;              //=> 5
 * week.measures.painNow.median;            //=> 5
 * week.measures.painNow.worst;             //=> { date: '2026-03-05', value: 7 }
 * week.measures.painNow.daysPastThreshold; //=> 1 (days at 7 or above)
 * week.measures.painNow.sufficient;        //=> true (5 of 7 days)
 * week.measures.sleepHours.sufficient;     //=> false (3 of 7 days)
 * ```
 */
export function diarySnapshot(entries: readonly DiaryEntry[], options: DiarySnapshotOptions): DiarySnapshot {
  const issues: PromkitIssue[] = [];
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options'], input: options, message: "options: expected { from | to, days? }, e.g. { from: '2026-03-02', days: 7 }" }]);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) issues.push({ code: 'invalid-argument', path: ['options', key], input: (options as Record<string, unknown>)[key], message: `options.${key}: unknown option; allowed are ${OPTION_KEYS.join(', ')}` });
  }
  const policy = options.duplicates ?? 'error';
  if (!POLICIES.includes(policy)) {
    issues.push({ code: 'invalid-argument', path: ['options', 'duplicates'], input: policy, message: `options.duplicates: expected 'error', 'mean', 'first' or 'last', got ${describeValue(policy)}` });
  }
  const window = readWindow(options, issues);
  const minDaysGiven = readWholeNumber(options.minDays, ['options', 'minDays'], 1, window?.days ?? 366, issues);
  const thresholds = Object.fromEntries(MEASURE_KEYS.map((m) => [m, readThreshold(m, options, issues)])) as Record<DiaryMeasure, DiaryThreshold | null>;
  const flareOptions = options.flares;
  if (flareOptions !== undefined && flareOptions !== false && (flareOptions === null || typeof flareOptions !== 'object' || Array.isArray(flareOptions))) {
    issues.push({ code: 'invalid-argument', path: ['options', 'flares'], input: flareOptions, message: `options.flares: expected false or { rise?, minDays?, baselineDays?, minBaselineDays? }, got ${describeValue(flareOptions)}` });
  }
  const merged = mergeDiary(entries, POLICIES.includes(policy) ? policy : 'error', issues);
  if (issues.length || window === null) throw new PromkitError(issues);
  const { from, to, days } = window;
  const minDays = minDaysGiven ?? Math.min(5, days);
  const inWindow = merged.filter((d) => d.date >= from && d.date <= to);
  const byDate = new Map(inWindow.map((d) => [d.date, d]));
  const daily: DiaryDay[] = dayRange(from, to).map((date) => {
    const day = byDate.get(date);
    return { date, recorded: day !== undefined, values: { ...(day?.values ?? {}) }, note: day?.note ?? null };
  });
  const upToEnd = merged.filter((d) => d.date <= to);
  const beforeWindow = merged.filter((d) => d.date < from);

  const summarise = (measure: DiaryMeasure): DiaryMeasureSummary => {
    const info = DIARY_MEASURES[measure];
    const values: DiaryValue[] = inWindow.filter((d) => d.values[measure] !== undefined).map((d) => ({ date: d.date, value: d.values[measure] as number }));
    const n = values.length;
    const threshold = thresholds[measure];
    const worse = info.direction === 'higher-is-worse' ? 1 : -1;
    let worst: DiaryValue | null = null;
    let best: DiaryValue | null = null;
    for (const v of values) {
      if (worst === null || worse * v.value > worse * worst.value) worst = v;
      if (best === null || worse * v.value < worse * best.value) best = v;
    }
    const mean = n ? tidy(values.reduce((s, v) => s + v.value, 0) / n) : null;
    const sufficient = n >= minDays;
    let flares: DiaryFlares | null = null;
    if (info.flares && flareOptions !== false) {
      const series = (list: readonly MergedDay[]) => list.filter((d) => d.values[measure] !== undefined).map((d) => ({ date: d.date, value: d.values[measure] as number }));
      const history = series(upToEnd);
      const prefix = series(beforeWindow);
      const settings = { ...(flareOptions ?? {}), direction: info.direction };
      const full = history.length ? detectFlares(history, settings) : null;
      const before = prefix.length ? detectFlares(prefix, settings) : null;
      const touching = (full?.flares ?? []).filter((f) => f.end >= from && f.start <= to);
      const flareDays = touching.flatMap((f) => dayRange(f.start > from ? f.start : from, f.end < to ? f.end : to));
      flares = {
        flares: touching,
        days: flareDays,
        // detectFlares is causal (a day is judged from the days before it), so the window's judged
        // days are those of the whole history minus those of the part before the window.
        evaluatedDays: (full?.evaluatedDays ?? 0) - (before?.evaluatedDays ?? 0),
        rule: (full ?? detectFlares([{ date: from, value: 0 }], settings)).rule,
      };
    }
    const summary: { -readonly [K in keyof DiaryMeasureSummary]: DiaryMeasureSummary[K] } = {
      measure,
      label: info.label,
      unit: info.unit,
      direction: info.direction,
      daysWithData: n,
      of: days,
      values,
      mean,
      median: n ? median(values.map((v) => v.value).sort((a, b) => a - b)) : null,
      worst,
      best,
      threshold,
      daysPastThreshold:
        threshold === null || n === 0
          ? null
          : values.filter((v) => (threshold.rule === 'at-least' ? v.value >= threshold.value : v.value <= threshold.value)).length,
      flares,
      sufficient,
      baseline: sufficient && mean !== null ? { value: mean, method: 'window', n, dates: values.map((v) => v.date) } : null,
    };
    if (n === 0) summary.reason = `no ${info.label.toLowerCase()} entries from ${from} to ${to}`;
    else if (!sufficient) {
      summary.reason = `${n} of ${days} days with data, fewer than the ${minDays} a reliable weekly mean needs${minDaysGiven === undefined ? ' (Heapy et al. 2014)' : ''}`;
    }
    return summary;
  };

  return {
    kind: 'diary-snapshot',
    from,
    to,
    days,
    daysRecorded: inWindow.length,
    daily,
    measures: Object.fromEntries(MEASURE_KEYS.map((m) => [m, summarise(m)])) as unknown as DiarySnapshot['measures'],
    duplicates: merged.filter((d) => d.entries.length > 1).map((d) => ({ date: d.date, entries: [...d.entries] })),
    outside: { before: beforeWindow.length, after: merged.length - upToEnd.length },
    rule: {
      minDays,
      duplicates: policy,
      source: minDaysGiven === undefined ? RULE_SOURCE : `${RULE_SOURCE} Here the caller set the minimum to ${minDays} days.`,
    },
  };
}
