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

// Wichura, M. J. (1988). Algorithm AS 241: The percentage points of the normal distribution.
// Applied Statistics, 37(3), 477–484. Only the two branches reachable for p in [1e-10, 1 - 1e-10].
const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.241780725177450611770, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];

function horner(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + (coefficients[i] as number);
  return value;
}

/**
 * @internal Standard normal quantile (AS 241, accurate to about 1e-16) for 1e-10 ≤ p ≤ 1 − 1e-10.
 * simple-statistics' `probit` is not used: it returns 1.9572 for p = 0.975.
 */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p)) - 1.6;
  const value = horner(C, r) / horner(D, r);
  return q < 0 ? -value : value;
}
