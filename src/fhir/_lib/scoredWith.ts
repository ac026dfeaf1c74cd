import type { ScoreResult } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

/** What `scoreQuestionnaireResponse` knows about a result it returned. */
export interface ScoredWith {
  readonly instrument: Instrument;
  readonly base: string;
}

// Results are new objects, so a WeakMap keyed by them holds nothing beyond their lifetime and
// keeps the definition out of the result's own fields (JSON, structuredClone and toEqual see none).
const registry = new WeakMap<object, ScoredWith>();

/** Records the definition and base a result was scored with. @internal */
export function rememberScoredWith(result: ScoreResult, scoredWith: ScoredWith): void {
  registry.set(result, scoredWith);
}

/** The definition and base a result from `scoreQuestionnaireResponse` was scored with. @internal */
export function scoredWith(result: unknown): ScoredWith | undefined {
  return result !== null && typeof result === 'object' ? registry.get(result) : undefined;
}
