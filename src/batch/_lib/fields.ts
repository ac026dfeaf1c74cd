import type { ScoreResult } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

/** The default prefix of an instrument's output fields: its id without hyphens (`phq-9` → `phq9`). */
export function defaultPrefix(instrument: Instrument): string {
  return instrument.id.replace(/-/g, '');
}

/**
 * The names of the fields a scored row gains, in order: per score `<p>_<score>`,
 * `<p>_<score>_band`, `<p>_<score>_status`, `<p>_<score>_tscore` and `<p>_<score>_se` (conversion
 * tables only), `<p>_<score>_reason`; then `<p>_<flag>` per flag, `<p>_<classification>` per
 * classification, and `<p>_error`.
 * @internal
 */
export function outputFields(instrument: Instrument, prefix: string, recode = false): string[] {
  const fields: string[] = [];
  for (const s of instrument.scores) {
    const base = `${prefix}_${s.name}`;
    fields.push(base, `${base}_band`, `${base}_status`);
    if (s.table) fields.push(`${base}_tscore`, `${base}_se`);
    fields.push(`${base}_reason`);
  }
  for (const flag of instrument.flags ?? []) fields.push(`${prefix}_${flag.name}`);
  for (const c of instrument.classifications ?? []) fields.push(`${prefix}_${c.name}`);
  if (recode) fields.push(`${prefix}_recode`);
  fields.push(`${prefix}_error`);
  return fields;
}

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
  // Missing tokens first: `--na 9` makes a cell of exactly "9" unanswered, not the answer 9.
  const trimmed = cell.trim();
  if (missingTokens.has(trimmed)) return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}
