import type { Instrument } from './schema.js';

/** The default prefix of an instrument's output fields: its id without hyphens (`phq-9` → `phq9`). */
export function defaultPrefix(instrument: Instrument): string {
  return instrument.id.replace(/-/g, '');
}

/**
 * The names of the fields a scored row gains, in order: per score `<p>_<score>`,
 * `<p>_<score>_band`, `<p>_<score>_status`, `<p>_<score>_tscore` and `<p>_<score>_se` (conversion
 * tables only), `<p>_<score>_reason`; then `<p>_<flag>` per flag, `<p>_<classification>` per
 * classification, `<p>_recode` when asked (what a recode changed in the row), and `<p>_error`.
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
