import type { ScoreResult } from '../../engine/score.js';
import { NUMBER } from '../../ingest/readCell/index.js';
import type { Instrument } from '../../model/schema.js';

export { defaultPrefix, outputFields } from '../../model/fieldNames.js';

/** A scored row's field values. @internal */
export type FieldValue = number | string | boolean | null;

/**
 * Fills the output fields for one row from a result, or from an error message (every score
 * field then null). Order matches {@link outputFields}.
 * @internal
 */
export function fieldValues(instrument: Instrument, result: ScoreResult | null, error: string | null, recode?: string): FieldValue[] {
  const values: FieldValue[] = [];
  for (const s of instrument.scores) {
    const v = result?.scores[s.name];
    values.push(v?.value ?? null, v?.band?.label ?? null, v?.status ?? null);
    if (s.table) values.push(v?.tScore ?? null, v?.se ?? null);
    values.push(v?.reason ?? null);
  }
  for (const flag of instrument.flags ?? []) values.push(result ? (result.flags[flag.name] ?? null) : null);
  for (const c of instrument.classifications ?? []) values.push(result ? (result.classifications[c.name] ?? null) : null);
  if (recode !== undefined) values.push(recode === '' ? null : recode);
  values.push(error);
  return values;
}


/**
 * Reads one cell of exported data as an answer: empty (or one of `missingTokens`) is
 * unanswered; a plain decimal number ("2", "2.0", "-1", ".5", "1e-04") becomes that number; anything
 * else is kept as the original string, so that scoring reports it as not a number.
 * @internal
 */
export function parseCell(cell: unknown, missingTokens: ReadonlySet<string>): unknown {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== 'string') return cell;
  // Missing tokens first: `--na 9` makes a cell of exactly "9" unanswered, not the answer 9.
  const trimmed = cell.trim();
  if (missingTokens.has(trimmed)) return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}
