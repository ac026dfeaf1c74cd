import { describeValue, type PromkitIssue } from '../../errors.js';

/** @internal Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DATE_TIME_NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** @internal True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  const m = DATE_ONLY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  back.setUTCFullYear(y);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

/**
 * @internal The calendar day a review date stands for, or an issue pushed onto `issues`.
 *
 * The rule (the same for visits, diary entries and the review date): `YYYY-MM-DD` is that day;
 * a date-time must carry `Z` or an offset, and its day is the date as written, in the offset it
 * carries (the local day of whoever recorded it), never converted to UTC or to the machine's
 * zone. A date-time without a zone and a `Date` object are refused: neither says which day it
 * was where the patient lives.
 */
export function readDay(input: unknown, path: readonly (string | number)[], issues: PromkitIssue[]): string | null {
  const where = path.join('.');
  const push = (code: PromkitIssue['code'], message: string) => {
    issues.push({ code, path, input, message: `${where}: ${message}` });
    return null;
  };
  if (input instanceof Date) {
    return push('invalid-argument', "a Date is an instant without a time zone, so the patient's calendar day is unknown; pass 'YYYY-MM-DD' (or a date-time with the patient's offset, e.g. '2026-03-01T21:30:00+01:00')");
  }
  if (typeof input !== 'string') return push('invalid-type', `expected a date 'YYYY-MM-DD', got ${describeValue(input)}`);
  if (DATE_ONLY.test(input)) {
    return isCalendarDay(input) ? input : push('invalid-argument', `${JSON.stringify(input)} is not a calendar date`);
  }
  const dt = DATE_TIME.exec(input);
  if (dt) {
    const day = dt[1] as string;
    return isCalendarDay(day) ? day : push('invalid-argument', `${JSON.stringify(input)} is not a calendar date`);
  }
  if (DATE_TIME_NO_ZONE.test(input)) {
    return push('invalid-argument', `${JSON.stringify(input)} has a time but no time zone; add the offset it was recorded in (e.g. '+01:00' or 'Z'), or give the day as 'YYYY-MM-DD'`);
  }
  return push('invalid-argument', `${JSON.stringify(input)} is not a date 'YYYY-MM-DD' (or a date-time with a zone, e.g. '2026-03-01T08:00:00+01:00')`);
}

/** @internal `YYYY-MM-DD` plus `n` days (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** @internal Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** @internal Every day from `from` to `to`, inclusive. */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
