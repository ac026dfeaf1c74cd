/**
 * Errors raised by promkit. Every problem with input is a {@link PromkitError} whose `issues`
 * mirror zod's shape (`code`, `path`, `input`, `message`), so one handler serves both.
 *
 * @module
 */

/** Machine-readable kinds of problem. */
export type PromkitIssueCode =
  | 'invalid-responses'
  | 'wrong-length'
  | 'unknown-item'
  | 'invalid-type'
  | 'not-finite'
  | 'not-an-integer'
  | 'out-of-range'
  | 'not-an-option'
  | 'invalid-definition'
  | 'invalid-argument';

/** One problem found in the input. */
export interface PromkitIssue {
  /** What kind of problem it is. */
  readonly code: PromkitIssueCode;
  /** Where it is, e.g. `['responses', 'phq9_3']` or `['definition', 'scores', 0, 'bands']`. */
  readonly path: readonly (string | number)[];
  /** The offending value, as received. */
  readonly input: unknown;
  /** A sentence a user can read: what was wrong and what is allowed. */
  readonly message: string;
}

/**
 * Thrown by `score`, `defineInstrument` and the calculators for input they cannot accept.
 *
 * @example
 * ```ts
 * try {
 *   score(phq9, { phq9_1: 4 });
 * } catch (e) {
 *   if (e instanceof PromkitError) console.log(e.issues[0].message);
 *   //=> 'phq9_1: 4 is out of range; allowed values are 0, 1, 2, 3'
 * }
 * ```
 */
export class PromkitError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly PromkitIssue[];

  constructor(issues: readonly PromkitIssue[]) {
    super(PromkitError.summarize(issues));
    this.name = 'PromkitError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }

  private static summarize(issues: readonly PromkitIssue[]): string {
    if (issues.length === 0) return 'Invalid input';
    const shown = issues.slice(0, 5).map((issue) => issue.message);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    return shown.join('; ') + more;
  }
}

/** The result of a `safe…` call: the value, or the error that `…` would have thrown. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: PromkitError };

/**
 * Shows a received value in a message: strings quoted, everything else as JavaScript prints it.
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** @internal Throws a PromkitError with a single issue. */
export function fail(code: PromkitIssueCode, path: readonly (string | number)[], input: unknown, message: string): never {
  throw new PromkitError([{ code, path, input, message }]);
}
