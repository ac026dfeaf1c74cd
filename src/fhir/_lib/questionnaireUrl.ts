/**
 * The canonical URL of an instrument's Questionnaire under a base: `${base}/Questionnaire/${id}`.
 * @internal
 */
export function questionnaireUrl(base: string, instrumentId: string): string {
  return `${base}/Questionnaire/${instrumentId}`;
}
