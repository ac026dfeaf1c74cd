import type { ScoreResult } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

export { defaultPrefix, outputFields } from '../../model/fieldNames.js';

/** A scored row's field values. @internal */
export type FieldValue = number | string | boolean | null;

/**
 * Fills the output fields for one row from a result, or from an error message (every score
 * field then null). Order matches {@link outputFields}.
 * @internal
 */
export function fieldValues(instrument: Instrument, result: ScoreResult | null, error: string | null): FieldValue[] {
  const values: FieldValue[] = [];
  for (const s of instrument.scores) {
    const v = result?.scores[s.name];
    values.push(v?.value ?? null, v?.band?.label ?? null, v?.status ?? null);
    if (s.table) values.push(v?.tScore ?? null, v?.se ?? null);
    values.push(v?.reason ?? null);
  }
  for (const flag of instrument.flags ?? []) values.push(result ? (result.flags[flag.name] ?? null) : null);
  for (const c of instrument.classifications ?? []) values.push(result ? (result.classifications[c.name] ?? null) : null);
  values.push(error);
  return values;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads one cell of exported data as an answer: empty (or one of `missingTokens`) is
 * unanswered; a plain decimal number ("2", "2.0", "-1", ".5") becomes that number; anything
 * else is kept as the original string, so that scoring reports it as not a number.
 * @internal
 */
export function parseCell(cell: unknown, missingTokens: ReadonlySet<string>): unknown {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'string') return cell;
  // Fast path: a single digit, by far the most common answer in exports.
  if (cell.length === 1) {
    const code = cell.charCodeAt(0) - 48;
    if (code >= 0 && code <= 9) return code;
  }
  const trimmed = cell.trim();
  if (missingTokens.has(trimmed)) return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}
