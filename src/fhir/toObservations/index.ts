import type { CodeableConcept, Coding, Observation } from 'fhir/r4';
import type { ScoreResult, ScoreValue } from '../../engine/score.js';
import { describeValue, fail } from '../../errors.js';
import type { Instrument, ScoreDefinition } from '../../model/schema.js';
import { buildObservation } from '../_lib/buildObservation.js';
import { LOINC, PROMKIT_CODE_SYSTEMS } from '../_lib/constants.js';
import { readObservationContext, type ObservationContext } from '../_lib/readObservationContext.js';
import { scoreQuantity } from '../_lib/scoreQuantity.js';

/**
 * Context of {@link toObservations}: the definition that produced the result, and the
 * Observation context.
 *
 * @example
 * ```ts
 * toObservations(result, { instrument: gad7, subject: { reference: 'Patient/1' }, effective: '2025-03-14', unscored: 'data-absent' });
 * ```
 */
export interface ToObservationsContext extends ObservationContext {
  /** The instrument definition that produced the result (for codes, labels and units). */
  readonly instrument: Instrument;
  /**
   * A score whose missing-item rule was not met (value null): `'omit'` (default) emits nothing
   * for it; `'data-absent'` emits an Observation with `dataAbsentReason` `unknown` and the
   * reason as its text.
   */
  readonly unscored?: 'omit' | 'data-absent';
}

/**
 * Turns a {@link ScoreResult} into FHIR R4 `survey` Observations, one per score, in definition
 * order.
 *
 * - `code`: the score's LOINC code where the definition has one, then always promkit's
 *   `score` code (`https://promkit.dev/fhir/CodeSystem/score`, `phq-9.total`); `text` = the label.
 * - `valueQuantity` (UCUM): `{score}`, or `%` for percent-of-maximum scores. Always a Quantity,
 *   never `valueInteger`, because means and prorated sums are not whole numbers and one code
 *   should always carry one value type.
 * - A score with a T-score (PROMIS conversion tables) gives a second Observation right after
 *   it: code `tScoreLoinc` where present (else promkit `….total.tScore`), unit `{T-score}`,
 *   and the T-score's standard error as a component (promkit `….total.tScoreSe`). Raw score and
 *   T-score are separate observables in LOINC, so each is its own Observation.
 * - `interpretation`: the band (promkit `band` code and the label as text), on the
 *   Observation whose value the bands are defined on (the T-score's where `bandsOn` is `tScore`).
 * - `note`: the proration sentence when a score was prorated.
 * - `subject`, `encounter`, `effective[x]`, `issued`, `performer`, `derivedFrom`, `status` come
 *   from the context as given; nothing is read from the clock.
 *
 * Flags and classifications are not emitted.
 *
 * @param result - from `score()` or `scoreQuestionnaireResponse()`
 * @param context - `instrument` (required), and `subject`, `effective`, `performer`, `derivedFrom`, …
 * @returns new Observations (no `id`; assign ids or `fullUrl`s as your server needs)
 * @throws {PromkitError} `invalid-argument` when the context does not match the result or a
 *   context field is malformed (e.g. `effective` is not a FHIR dateTime)
 *
 * @example
 * ```ts
 * import { score } from 'promkit';
 * import { phq9 } from 'promkit/instruments';
 * import { toObservations } from 'promkit/fhir';
 *
 * const result = score(phq9, [1, 2, 1, 2, 1, 1, 2, 1, 0]);
 * const [total] = toObservations(result, {
 *   instrument: phq9,
 *   subject: { reference: 'Patient/123' },
 *   effective: '2025-03-14T10:30:00Z',
 *   derivedFrom: { reference: 'QuestionnaireResponse/qr-1' },
 * });
 * total.code.coding?.[0]?.code;      //=> '44261-6'
 * total.valueQuantity?.value;        //=> 11
 * total.interpretation?.[0]?.text;   //=> 'moderate'
 * ```
 */
export function toObservations(result: ScoreResult, context: ToObservationsContext): Observation[] {
  const resolved = readObservationContext(context);
  const { instrument } = context;
  if (instrument === null || typeof instrument !== 'object' || !Array.isArray(instrument.scores)) {
    fail('invalid-argument', ['context', 'instrument'], instrument, `context.instrument: expected the instrument definition that produced the result, got ${describeValue(instrument)}`);
  }
  if (result === null || typeof result !== 'object' || result.scores === null || typeof result.scores !== 'object') {
    fail('invalid-argument', ['result'], result, `result: expected a ScoreResult from score() or scoreQuestionnaireResponse(), got ${describeValue(result)}`);
  }
  if (result.instrument?.id !== instrument.id) {
    fail(
      'invalid-argument',
      ['context', 'instrument'],
      instrument.id,
      `context.instrument is ${instrument.id}, but the result was scored with ${describeValue(result.instrument?.id)}; pass the definition that produced the result`,
    );
  }
  const unscored = context.unscored ?? 'omit';
  if (unscored !== 'omit' && unscored !== 'data-absent') {
    fail('invalid-argument', ['context', 'unscored'], unscored, `context.unscored: expected 'omit' or 'data-absent', got ${describeValue(unscored)}`);
  }

  const observations: Observation[] = [];
  for (const definition of instrument.scores) {
    const value = result.scores[definition.name];
    if (!value) {
      fail('invalid-argument', ['result', 'scores', definition.name], undefined, `result.scores has no "${definition.name}" score; was it produced by ${instrument.id}?`);
    }
    const prefix = `${instrument.id}.${definition.name}`;
    if (value.value === null) {
      if (unscored === 'data-absent') {
        observations.push(buildObservation(resolved, { code: codeOf(definition.loinc, prefix, definition.label), absentBecause: value.reason ?? 'Not scored.' }));
      }
      continue;
    }
    const onT = definition.bandsOn === 'tScore';
    const note = value.status === 'prorated' ? value.reason : undefined;
    observations.push(
      buildObservation(resolved, {
        code: codeOf(definition.loinc, prefix, definition.label),
        valueQuantity: scoreQuantity(value.value, definition.method === 'percent-of-maximum' ? '%' : '{score}'),
        ...(value.band && !onT ? { interpretation: bandOf(prefix, value) } : {}),
        ...(note ? { note } : {}),
      }),
    );
    if (value.tScore !== undefined) observations.push(tScoreObservation(resolved, definition, prefix, value, onT, note));
  }
  return observations;
}

function tScoreObservation(
  resolved: ReturnType<typeof readObservationContext>,
  definition: ScoreDefinition,
  prefix: string,
  value: ScoreValue,
  onT: boolean,
  note: string | undefined,
): Observation {
  return buildObservation(resolved, {
    code: codeOf(definition.tScoreLoinc, `${prefix}.tScore`, `${definition.label} (T-score)`),
    valueQuantity: scoreQuantity(value.tScore as number, '{T-score}'),
    ...(value.band && onT ? { interpretation: bandOf(prefix, value) } : {}),
    ...(note ? { note } : {}),
    ...(value.se !== undefined
      ? {
          component: [
            {
              code: codeOf(undefined, `${prefix}.tScoreSe`, 'Standard error of the T-score'),
              valueQuantity: scoreQuantity(value.se, '{T-score}'),
            },
          ],
        }
      : {}),
  });
}

function codeOf(loinc: string | undefined, code: string, label: string): CodeableConcept {
  const coding: Coding[] = [];
  if (loinc) coding.push({ system: LOINC, code: loinc });
  coding.push({ system: PROMKIT_CODE_SYSTEMS.score, code, display: label });
  return { coding, text: label };
}

function bandOf(prefix: string, value: ScoreValue): CodeableConcept {
  const band = value.band as NonNullable<ScoreValue['band']>;
  const slug = band.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'band';
  return { coding: [{ system: PROMKIT_CODE_SYSTEMS.band, code: `${prefix}.${slug}`, display: band.label }], text: band.label };
}
