import type { QuestionnaireResponse } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';

/**
 * Checks that the input is a QuestionnaireResponse (an object with that `resourceType`).
 * @throws {PromkitError} `invalid-argument` at `['questionnaireResponse']`
 * @internal
 */
export function checkResponse(value: unknown): QuestionnaireResponse {
  if (value === null || typeof value !== 'object' || (value as { resourceType?: unknown }).resourceType !== 'QuestionnaireResponse') {
    const type = value !== null && typeof value === 'object' ? (value as { resourceType?: unknown }).resourceType : undefined;
    fail(
      'invalid-argument',
      ['questionnaireResponse'],
      value,
      `questionnaireResponse: expected a FHIR QuestionnaireResponse, got ${type === undefined ? describeValue(value) : `a ${describeValue(type)} resource`}`,
    );
  }
  return value as QuestionnaireResponse;
}
