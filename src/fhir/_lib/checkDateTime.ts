import { describeValue, fail } from '../../errors.js';

/** FHIR R4 `dateTime` (a year, year-month, date, or date and time with a zone). */
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
/** FHIR R4 `instant` (a date and time with a zone). */
const INSTANT =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

/**
 * Throws `invalid-argument` at `path` unless `value` is a FHIR `dateTime` (or, with
 * `kind: 'instant'`, a FHIR `instant`). Dates are always passed in; promkit never reads the clock.
 * @internal
 */
export function checkDateTime(value: unknown, path: readonly (string | number)[], kind: 'dateTime' | 'instant' = 'dateTime'): string {
  const pattern = kind === 'instant' ? INSTANT : DATE_TIME;
  if (typeof value === 'string' && pattern.test(value)) return value;
  const example = kind === 'instant' ? '"2025-01-31T09:30:00Z"' : '"2025-01-31" or "2025-01-31T09:30:00+01:00"';
  return fail('invalid-argument', path, value, `${path.join('.')}: expected a FHIR ${kind} such as ${example}, got ${describeValue(value)}`);
}
