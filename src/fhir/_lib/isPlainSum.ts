import type { Instrument, ScoreDefinition } from '../../model/schema.js';

/**
 * Whether a score is a plain sum that a Questionnaire can compute itself: method `sum`, no
 * multiplier, no weights chosen by another item (`weightsBy`: the answer weights are the coded
 * values, not the points of the selected column), no reverse-scored item, and a missing-item
 * rule that requires every item (so the official score is never prorated: it is the sum of the
 * answer weights, or nothing).
 * @internal
 */
export function isPlainSum(instrument: Instrument, score: ScoreDefinition): boolean {
  if (score.method !== 'sum' || score.multiplier !== undefined || score.weightsBy !== undefined) return false;
  if (score.missing.minAnswered < score.items.length) return false;
  return score.items.every((id) => {
    const item = instrument.items.find((candidate) => candidate.id === id);
    return item !== undefined && item.reverse !== true;
  });
}
