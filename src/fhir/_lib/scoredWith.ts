import type { ScoreResult } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

/** What `scoreQuestionnaireResponse` knows about a result it returned. */
export interface ScoredWith {
  readonly instrument: Instrument;
  readonly base: string;
}

// Kept on the result under a non-enumerable symbol: JSON, structuredClone, spreads and
// deep-equality see nothing, and no registry outlives the result.
const SCORED_WITH = Symbol('promkit.scoredWith');

/** Records the definition and base a result was scored with. @internal */
export function rememberScoredWith(result: ScoreResult, scoredWith: ScoredWith): void {
  Object.defineProperty(result, SCORED_WITH, { value: scoredWith, enumerable: false, writable: false, configurable: false });
}

/** The definition and base a result from `scoreQuestionnaireResponse` was scored with. @internal */
export function scoredWith(result: unknown): ScoredWith | undefined {
  if (result === null || typeof result !== 'object') return undefined;
  const found = Object.getOwnPropertyDescriptor(result, SCORED_WITH);
  return found?.value as ScoredWith | undefined;
}
