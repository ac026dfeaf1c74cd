import type { Quantity } from 'fhir/r4';
import { UCUM } from './constants.js';

/**
 * A score as a UCUM Quantity: `%` for percentages, `{T-score}` for T-scores, `{score}` otherwise.
 * @internal
 */
export function scoreQuantity(value: number, unit: '{score}' | '%' | '{T-score}'): Quantity {
  return { value, unit, system: UCUM, code: unit };
}
