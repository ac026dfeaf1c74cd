import { describeValue } from '../../errors.js';

/**
 * The five Goal Attainment Scaling levels of Kiresuk & Sherman (1968), from "much less than
 * expected" (−2) through the expected outcome (0) to "much more than expected" (+2).
 * @internal
 */
export const GAS_LEVEL_VALUES = [-2, -1, 0, 1, 2] as const;

/** One GAS attainment level. @internal (re-exported as a type by goalSchema) */
export type Level = (typeof GAS_LEVEL_VALUES)[number];

/** Deeply readonly view of a plain-data type. @internal */
export type DeepReadonly<T> = T extends readonly unknown[]
  ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * True for a calendar date written `YYYY-MM-DD` (ISO 8601 extended, no time), e.g. `2024-02-29`
 * but not `2023-02-29`. No clock is read.
 * @internal
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `['goals', 2, 'attainment']` → `goals[2].attainment`. @internal */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/**
 * Why a value is not a GAS attainment level, or null when it is one. Levels are the whole
 * numbers −2…+2: the Kiresuk–Sherman T-score is defined on that scale only.
 * @internal
 */
export function levelProblem(value: unknown): string | null {
  if (typeof value !== 'number') {
    return `expected a GAS attainment level (-2, -1, 0, 1 or 2; null = not rated), got ${describeValue(value)}`;
  }
  if (!Number.isFinite(value)) return `${describeValue(value)} is not a GAS attainment level; allowed levels are -2, -1, 0, 1, 2`;
  if (!Number.isInteger(value)) {
    return `${value} is not a whole number; GAS attainment levels are -2, -1, 0, 1, 2 (partial achievement is scored -1, not a fraction; Turner-Stokes 2009)`;
  }
  if (value < -2 || value > 2) {
    const hint =
      value === -3
        ? " (the -3 'worse than baseline' of some GAS-light forms is not on the Kiresuk-Sherman scale; record -2)"
        : '';
    return `${value} is outside the GAS scale; allowed levels are -2, -1, 0, 1, 2${hint}`;
  }
  return null;
}

/** Own-property read that never touches the prototype chain. @internal */
export function own(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** True for a non-null, non-array object. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
