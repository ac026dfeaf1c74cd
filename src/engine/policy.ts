import { describeValue, PromkitError } from '../errors.js';
import type { ScoreOptions, ScoreResult } from './score.js';

/** A missing-item policy, resolved once per call or scorer. @internal */
export interface ResolvedPolicy {
  readonly kind: ScoreResult['missingPolicy'];
  readonly minAnswered: number | null;
}

const OFFICIAL: ResolvedPolicy = { kind: 'official', minAnswered: null };

/** Validates and resolves the `missing` option. @internal */
export function resolvePolicy(options: unknown): ResolvedPolicy {
  if (options === undefined) return OFFICIAL;
  if (options === null || typeof options !== 'object') {
    throw new PromkitError([{ code: 'invalid-argument', path: ['options'], input: options, message: `options: expected an object, got ${describeValue(options)}` }]);
  }
  const missing = (options as ScoreOptions).missing;
  if (missing === undefined || missing === 'official') return OFFICIAL;
  if (missing === 'strict') return { kind: 'strict', minAnswered: Infinity };
  if (missing !== null && typeof missing === 'object') {
    const min = (missing as { minAnswered?: unknown }).minAnswered;
    if (typeof min === 'number' && Number.isInteger(min) && min >= 1) return { kind: 'custom', minAnswered: min };
  }
  throw new PromkitError([
    {
      code: 'invalid-argument',
      path: ['options', 'missing'],
      input: missing,
      message: `options.missing: expected 'official', 'strict' or { minAnswered: a whole number ≥ 1 }, got ${describeValue(missing)}`,
    },
  ]);
}

