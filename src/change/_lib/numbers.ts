import { describeValue, fail } from '../../errors.js';

/**
 * @internal Removes binary noise (0.30000000000000004 → 0.3) and turns -0 into 0. Every number
 * a calculator returns passes through here, so none is ever NaN or ±Infinity: finite inputs so
 * large that arithmetic overflows raise a PromkitError instead.
 */
export function tidy(x: number): number {
  if (x === 0) return 0;
  if (!Number.isFinite(x)) {
    fail('not-finite', ['result'], x, 'the result is not a finite number: the inputs are too large (or too close to each other) for double-precision arithmetic');
  }
  return Number(x.toPrecision(15));
}

/** @internal Throws `invalid-argument` unless `options` is undefined or a plain object. */
export function checkOptions(options: unknown, path: readonly (string | number)[] = ['options']): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('invalid-argument', path, options, `${path.join('.')}: expected an object, got ${describeValue(options)}`);
  }
}

/** @internal A finite number or a `not-finite` / `invalid-type` error. */
export function finite(value: unknown, path: readonly (string | number)[], what = 'a finite number'): number {
  if (typeof value !== 'number') {
    fail('invalid-type', path, value, `${path.join('.')}: expected ${what}, got ${describeValue(value)}`);
  }
  if (!Number.isFinite(value)) {
    fail('not-finite', path, value, `${path.join('.')}: expected ${what}, got ${describeValue(value)}`);
  }
  return value;
}

/** @internal An optional finite number checked against a rule. */
export function optionalNumber(
  value: unknown,
  path: readonly (string | number)[],
  rule: (x: number) => boolean,
  allowed: string,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || !rule(value)) {
    fail('invalid-argument', path, value, `${path.join('.')}: expected ${allowed}, got ${describeValue(value)}`);
  }
  return value;
}

/** @internal An optional whole number ≥ min. */
export function optionalInteger(value: unknown, path: readonly (string | number)[], min: number): number | undefined {
  return optionalNumber(value, path, (x) => Number.isInteger(x) && x >= min, `a whole number ≥ ${min}`);
}

/** @internal Checks a confidence level: 0 < level ≤ 0.9999. */
export function confidenceLevel(value: unknown, path: readonly (string | number)[]): number {
  return optionalNumber(value, path, (x) => x > 0 && x <= 0.9999, 'a confidence level with 0 < level ≤ 0.9999 (e.g. 0.95)') ?? 0.95;
}

export { normalQuantile } from './normalQuantile.js';
