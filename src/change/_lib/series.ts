// By subpath: the `date-fns` barrel loads every function (~150 ms cold in Node); the build
// bundles these two (tsup.config.ts), so installing promkit installs no date-fns.
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { describeValue, fail } from '../../errors.js';
import { readScore, resolveContext, type Context } from './context.js';
import { tidy } from './numbers.js';
import type { DateInput, DuplicatePolicy, Observation, SeriesOptions } from './types.js';

/** @internal A parsed date: a calendar day or an instant, on one axis measured in days. */
export interface ParsedDate {
  readonly kind: 'day' | 'instant';
  /** Days since 1970-01-01 (an integer for calendar days; fractional for instants, UTC). */
  readonly t: number;
  /** Milliseconds since 1970-01-01T00:00Z (UTC midnight for a calendar day); exact integers. */
  readonly ms: number;
  /** `YYYY-MM-DD` for a calendar day; the UTC ISO string for an instant. */
  readonly label: string;
}

/** @internal One observation after parsing, sorting and merging duplicates. */
export interface Point {
  readonly t: number;
  readonly ms: number;
  readonly date: string;
  readonly value: number;
}

/** @internal A parsed, sorted series. */
export interface Series {
  readonly kind: 'day' | 'instant';
  readonly points: readonly Point[];
  readonly ctx: Context;
}

/** @internal */
export const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATE_TIME_NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * @internal Parses a date without ever using the machine's time zone: `YYYY-MM-DD` is a
 * calendar day; a date-time must carry `Z` or an offset; a `Date` is an instant.
 */
export function parseDate(input: unknown, path: readonly (string | number)[]): ParsedDate {
  const where = path.join('.');
  if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isFinite(ms)) fail('invalid-argument', path, input, `${where}: the Date is invalid`);
    return { kind: 'instant', t: ms / DAY_MS, ms, label: input.toISOString() };
  }
  if (typeof input !== 'string') {
    return fail('invalid-type', path, input, `${where}: expected an ISO 8601 string ('2024-03-01' or '2024-03-01T08:00:00Z') or a Date, got ${describeValue(input)}`);
  }
  const day = DATE_ONLY.exec(input);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
      fail('invalid-argument', path, input, `${where}: ${JSON.stringify(input)} is not a calendar date`);
    }
    return { kind: 'day', t: ms / DAY_MS, ms, label: input };
  }
  if (DATE_TIME.test(input)) {
    const parsed = parseISO(input);
    if (!isValid(parsed)) fail('invalid-argument', path, input, `${where}: ${JSON.stringify(input)} is not a valid date-time`);
    return { kind: 'instant', t: parsed.getTime() / DAY_MS, ms: parsed.getTime(), label: parsed.toISOString() };
  }
  if (DATE_TIME_NO_ZONE.test(input)) {
    return fail('invalid-argument', path, input, `${where}: ${JSON.stringify(input)} has a time but no time zone; promkit never guesses the zone from the machine it runs on. Add 'Z' (UTC) or an offset such as '+01:00', or give a date-only 'YYYY-MM-DD' for a calendar day`);
  }
  return fail('invalid-argument', path, input, `${where}: ${JSON.stringify(input)} is not an ISO 8601 date ('2024-03-01') or date-time with a zone ('2024-03-01T08:00:00Z')`);
}

const POLICIES: readonly DuplicatePolicy[] = ['mean', 'first', 'last', 'error'];

/**
 * @internal Validates and normalizes a series: every date parsed (all calendar days or all
 * instants), every value finite, sorted by date (stable), duplicates merged per policy.
 */
export function readSeries(observations: unknown, options: SeriesOptions | undefined, minPoints = 1): Series {
  const ctx = resolveContext(options);
  if (!Array.isArray(observations)) {
    fail('invalid-type', ['observations'], observations, `observations: expected an array of { date, value }, got ${describeValue(observations)}`);
  }
  const policy = options?.duplicates ?? 'error';
  if (!POLICIES.includes(policy)) {
    fail('invalid-argument', ['options', 'duplicates'], policy, `options.duplicates: expected 'mean', 'first', 'last' or 'error', got ${describeValue(policy)}`);
  }
  let kind: 'day' | 'instant' | null = null;
  const raw: { t: number; ms: number; date: string; value: number; index: number }[] = [];
  Array.from(observations as readonly unknown[]).forEach((o: unknown, index) => {
    if (o === null || typeof o !== 'object') {
      fail('invalid-type', ['observations', index], o, `observations.${index}: expected { date, value }, got ${describeValue(o)}`);
    }
    const obs = o as Observation;
    const date = parseDate(obs.date, ['observations', index, 'date']);
    if (kind === null) kind = date.kind;
    else if (kind !== date.kind) {
      fail('invalid-argument', ['observations', index, 'date'], obs.date, `observations.${index}.date: the series mixes calendar days ('YYYY-MM-DD') and date-times; relating the two would need a time zone, so use one kind throughout`);
    }
    const value = readScore(obs.value, ctx, ['observations', index, 'value']);
    raw.push({ t: date.t, ms: date.ms, date: date.label, value, index });
  });
  raw.sort((a, b) => a.ms - b.ms || a.index - b.index);
  const points: Point[] = [];
  for (let i = 0; i < raw.length; ) {
    let j = i + 1;
    while (j < raw.length && (raw[j] as { ms: number }).ms === (raw[i] as { ms: number }).ms) j++;
    const group = raw.slice(i, j);
    const first = group[0] as (typeof raw)[number];
    if (group.length > 1) {
      if (policy === 'error') {
        fail('invalid-argument', ['observations', (group[1] as (typeof raw)[number]).index, 'date'], first.date, `observations: ${group.length} observations share the date ${first.date} (entries ${group.map((g) => g.index).join(', ')}); pass options.duplicates: 'mean' | 'first' | 'last' to say how to combine them`);
      }
      const value =
        policy === 'first'
          ? first.value
          : policy === 'last'
            ? (group[group.length - 1] as (typeof raw)[number]).value
            : tidy(group.reduce((s, g) => s + g.value, 0) / group.length);
      points.push({ t: first.t, ms: first.ms, date: first.date, value });
    } else {
      points.push({ t: first.t, ms: first.ms, date: first.date, value: first.value });
    }
    i = j;
  }
  if (points.length < minPoints) {
    fail('invalid-argument', ['observations'], observations, `observations: expected at least ${minPoints} observation${minPoints === 1 ? '' : 's'} on distinct dates, got ${points.length}`);
  }
  return { kind: kind ?? 'day', points, ctx };
}

/** @internal Parses a date option and checks it is of the series' kind. */
export function parseOptionDate(input: unknown, series: Series, path: readonly (string | number)[]): ParsedDate {
  const d = parseDate(input, path);
  if (d.kind !== series.kind) {
    fail('invalid-argument', path, input, `${path.join('.')}: the series uses ${series.kind === 'day' ? "calendar days ('YYYY-MM-DD')" : 'date-times'}, so this date must too; relating the two would need a time zone`);
  }
  return d;
}
