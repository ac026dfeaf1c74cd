/**
 * The shared inputs of the differential tests (issue 17): seeded random responses for every
 * shipped instrument, and the values every route into promkit must agree on. Used by
 * `differential.test.ts` (the library's routes) and `cli/differential.test.ts` (the command).
 */
import fc from 'fast-check';
import { listInstruments } from '../src/catalog/index.js';
import type { Instrument, ScoreResult } from '../src/index.js';
import { answersArb } from './fhir/helpers.js';

export const ROWS = 40;
export const instruments = listInstruments();

/** Seeded random responses per instrument: complete and partial rows. */
export const samples = new Map(
  instruments.map((def, k) => [def.id, fc.sample(answersArb(def), { numRuns: ROWS, seed: 1000 + k })] as const),
);

/** What every route must agree on, in the CLI's column order. */
export function flatten(def: Instrument, result: ScoreResult | null): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = [];
  for (const s of def.scores) {
    const v = result?.scores[s.name];
    out.push(v?.value ?? null, v?.band?.label ?? null, v?.status ?? null);
    if (s.table) out.push(v?.tScore ?? null, v?.se ?? null);
  }
  for (const f of def.flags ?? []) out.push(result ? (result.flags[f.name] ?? null) : null);
  for (const c of def.classifications ?? []) out.push(result ? (result.classifications[c.name] ?? null) : null);
  return out;
}
