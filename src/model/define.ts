import { deepFreeze } from '../_lib/deepFreeze.js';
import { englishErrors } from '../_lib/englishErrors.js';
import { PromkitError, type PromkitIssue } from '../errors.js';
import { checkDefinition } from './check.js';
import { InstrumentSchema, type Instrument, type InstrumentInput } from './schema.js';
import { markValidated } from './validated.js';

/**
 * Validates an instrument definition — a clinic's local scale or a published instrument that
 * promkit does not ship — and returns it deeply frozen, ready for {@link score}.
 *
 * Checks the shape with {@link InstrumentSchema} and then the cross-field rules: scores refer
 * to known items, declared ranges equal what the items can reach, bands ascend from the lowest
 * to the highest score without gaps or overlaps, conversion tables cover every raw score, and
 * every `source` names one of the definition's citations. The input object is not modified.
 *
 * @param definition - the definition, as plain data
 * @returns the validated definition, deeply frozen
 * @throws {PromkitError} with code `invalid-definition` and a `path` into the definition for
 *   each problem
 *
 * @example
 * ```ts
 * const sleepQuality = defineInstrument({
 *   id: 'clinic-sleep', title: 'Clinic sleep quality', version: '1', domain: 'sleep',
 *   recallPeriod: 'last night',
 *   citations: [{ key: 'local', text: 'Pain clinic local scale, 2026.' }],
 *   licence: { status: 'user-defined', verbatimText: true, note: 'Our own scale.' },
 *   items: [{ id: 'sleep', label: 'Sleep quality', numeric: { min: 0, max: 10, integer: true } }],
 *   scores: [{
 *     name: 'total', label: 'Sleep quality', items: ['sleep'], method: 'sum', range: [0, 10],
 *     direction: 'higher-is-better',
 *     missing: { minAnswered: 1, rounding: 'none', official: true, text: 'The item must be answered.',
 *                source: { ref: 'local' } },
 *   }],
 * });
 * score(sleepQuality, { sleep: 7 }).scores.total.value; //=> 7
 * ```
 */
export function defineInstrument(definition: InstrumentInput): Instrument {
  const parsed = InstrumentSchema.safeParse(definition, { reportInput: true, error: englishErrors() });
  if (!parsed.success) {
    throw new PromkitError(
      parsed.error.issues.map((issue): PromkitIssue => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const where = path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1) : 'definition';
        return {
          code: 'invalid-definition',
          path: ['definition', ...path],
          input: 'input' in issue ? issue.input : undefined,
          message: `${where}: ${issue.message}`,
        };
      }),
    );
  }
  const instrument = parsed.data as Instrument;
  const issues = checkDefinition(instrument);
  if (issues.length > 0) throw new PromkitError(issues);
  return markValidated(deepFreeze(instrument));
}
