import type { Instrument, ScoreDefinition } from '../../model/schema.js';

/**
 * The FHIRPath (SDC `calculatedExpression`) of a plain-sum score, evaluated over the
 * QuestionnaireResponse (`%resource`) with the Questionnaire as `%questionnaire`:
 *
 * ```
 * iif(%resource.item.where(linkId in ('a' | 'b') and answer.exists()).count() = 2,
 *     %resource.item.where(linkId in ('a' | 'b')).answer.value.weight().sum())
 * ```
 *
 * Choice items contribute the weight of the chosen option (`weight()`, SDC; the answer options
 * carry `itemWeight` and `ordinalValue`), numeric items their value; the result is empty until
 * every item of the score is answered, as promkit's missing-item rule for such scores says.
 * @internal
 */
export function calculatedExpression(instrument: Instrument, score: ScoreDefinition): string {
  const items = score.items.map((id) => instrument.items.find((item) => item.id === id));
  const choice = items.filter((item) => item?.options).map((item) => item!.id);
  const numeric = items.filter((item) => item?.numeric).map((item) => item!.id);
  const select = (ids: readonly string[]) =>
    ids.length === 1 ? `linkId = ${literal(ids[0] as string)}` : `linkId in (${ids.map(literal).join(' | ')})`;
  const parts: string[] = [];
  if (choice.length > 0) parts.push(`%resource.item.where(${select(choice)}).answer.value.weight()`);
  if (numeric.length > 0) parts.push(`%resource.item.where(${select(numeric)}).answer.value`);
  const values = parts.length === 1 ? parts[0] : `${parts[0]}.combine(${parts[1]})`;
  const complete = `%resource.item.where(${select(score.items)} and answer.exists()).count() = ${score.items.length}`;
  return `iif(${complete}, ${values}.sum())`;
}

function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
