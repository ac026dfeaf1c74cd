import type { CodeableConcept, Coding, Observation } from 'fhir/r4';
import type { ScoreResult, ScoreValue } from '../../engine/score.js';
import { describeValue, fail } from '../../errors.js';
import type { Instrument, ScoreDefinition } from '../../model/schema.js';
import { buildObservation } from '../_lib/buildObservation.js';
import { LOINC } from '../_lib/constants.js';
import { readObservationContext, type ObservationContext } from '../_lib/readObservationContext.js';
import { resolveBase } from '../_lib/resolveBase.js';
import { scoredWith } from '../_lib/scoredWith.js';
import { scoreQuantity } from '../_lib/scoreQuantity.js';
import { promkitCodeSystems, type PromkitCodeSystems } from '../promkitCodeSystems/index.js';

/**
 * Context of {@link toObservations}: the Observation fields promkit cannot know (FHIR names),
 * and, for a result from `score()`, the definition that produced it. Unknown keys are refused.
 *
 * @example
 * ```ts
 * toObservations(result, { instrument: gad7, subject: { reference: 'Patient/1' }, effectiveDateTime: '2025-03-14', unscored: 'data-absent' });
 * ```
 */
export interface ToObservationsContext extends ObservationContext {
  /**
   * The instrument definition that produced the result (for codes, labels and units). Required
   * for a result of `score()`; a result of `scoreQuestionnaireResponse()` knows its definition.
   */
  readonly instrument?: Instrument;
  /**
   * The base of promkit's code systems (`${base}/CodeSystem/promkit-score`); default: the base the
   * result was scored with by `scoreQuestionnaireResponse`, else `PROMKIT_FHIR_BASE` (a placeholder).
   */
  readonly base?: string;
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
 *   score code (`phq-9.total` in `${base}/CodeSystem/promkit-score`); `text` = the label.
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
 * - `subject`, `encounter`, `effectiveDateTime` or `effectivePeriod`, `issued`, `performer`,
 *   `derivedFrom`, `status` come from the context as given (FHIR names; any other key is
 *   refused); nothing is read from the clock.
 *
 * Flags and classifications are not emitted.
 *
 * @param result - from `score()` or `scoreQuestionnaireResponse()`
 * @param context - `subject`, `effectiveDateTime`, `performer`, `derivedFrom`, …, and `instrument`
 *   for a result of `score()`
 * @returns new Observations (no `id`; assign ids or `fullUrl`s as your server needs)
 * @throws {PromkitError} `invalid-argument` when the context does not match the result, a
 *   context field is malformed (e.g. `effectiveDateTime` is not a FHIR dateTime) or unknown
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
 *   effectiveDateTime: '2025-03-14T10:30:00Z',
 *   derivedFrom: { reference: 'QuestionnaireResponse/qr-1' },
 * });
 * total.code.coding?.[0]?.code;      //=> '44261-6'
 * total.valueQuantity?.value;        //=> 11
 * total.interpretation?.[0]?.text;   //=> 'moderate'
 * ```
 */
export function toObservations(result: ScoreResult, context?: ToObservationsContext): Observation[] {
  const resolved = readObservationContext(context ?? {}, ['instrument', 'base', 'unscored']);
  if (result === null || typeof result !== 'object' || result.scores === null || typeof result.scores !== 'object') {
    fail('invalid-argument', ['result'], result, `result: expected a ScoreResult from score() or scoreQuestionnaireResponse(), got ${describeValue(result)}`);
  }
  const known = scoredWith(result);
  const instrument = context?.instrument ?? known?.instrument;
  if (instrument === undefined) {
    fail('invalid-argument', ['context', 'instrument'], undefined, 'context.instrument: pass the instrument definition that produced the result (results of score() do not carry it; results of scoreQuestionnaireResponse() do)');
  }
  if (instrument === null || typeof instrument !== 'object' || !Array.isArray(instrument.scores)) {
    fail('invalid-argument', ['context', 'instrument'], instrument, `context.instrument: expected the instrument definition that produced the result, got ${describeValue(instrument)}`);
  }
  const systems = promkitCodeSystems(context?.base !== undefined ? resolveBase(context.base) : known?.base);
  if (result.instrument === null || typeof result.instrument !== 'object' || result.instrument.id !== instrument.id) {
    fail(
      'invalid-argument',
      ['context', 'instrument'],
      instrument.id,
      `context.instrument is ${instrument.id}, but the result was scored with ${describeValue(isRecordLike(result.instrument) ? result.instrument.id : undefined)}; pass the definition that produced the result`,
    );
  }
  const unscored = context?.unscored ?? 'omit';
  if (unscored !== 'omit' && unscored !== 'data-absent') {
    fail('invalid-argument', ['context', 'unscored'], unscored, `context.unscored: expected 'omit' or 'data-absent', got ${describeValue(unscored)}`);
  }

  const observations: Observation[] = [];
  for (const definition of instrument.scores) {
    const value = Object.prototype.hasOwnProperty.call(result.scores, definition.name) ? result.scores[definition.name] : undefined;
    if (value === null || typeof value !== 'object') {
      fail('invalid-argument', ['result', 'scores', definition.name], undefined, `result.scores has no "${definition.name}" score; was it produced by ${instrument.id}?`);
    }
    const prefix = `${instrument.id}.${definition.name}`;
    if (value.value === null) {
      if (unscored === 'data-absent') {
        observations.push(buildObservation(resolved, { code: codeOf(systems, definition.loinc, prefix, definition.label), absentBecause: typeof value.reason === 'string' ? value.reason : 'Not scored.' }));
      }
      continue;
    }
    if (typeof value.value !== 'number' || !Number.isFinite(value.value)) {
      fail('invalid-argument', ['result', 'scores', definition.name, 'value'], value.value, `result.scores.${definition.name}.value: expected a finite number or null, got ${describeValue(value.value)}`);
    }
    for (const key of ['tScore', 'se'] as const) {
      const extra = value[key];
      if (extra !== undefined && (typeof extra !== 'number' || !Number.isFinite(extra))) {
        fail('invalid-argument', ['result', 'scores', definition.name, key], extra, `result.scores.${definition.name}.${key}: expected a finite number, got ${describeValue(extra)}`);
      }
    }
    const onT = definition.bandsOn === 'tScore';
    const note = value.status === 'prorated' ? value.reason : undefined;
    observations.push(
      buildObservation(resolved, {
        code: codeOf(systems, definition.loinc, prefix, definition.label),
        valueQuantity: scoreQuantity(value.value, definition.method === 'percent-of-maximum' ? '%' : '{score}'),
        ...(value.band && !onT ? { interpretation: bandOf(systems, prefix, value) } : {}),
        ...(note ? { note } : {}),
      }),
    );
    if (value.tScore !== undefined) observations.push(tScoreObservation(resolved, systems, definition, prefix, value, onT, note));
  }
  return observations;
}

function tScoreObservation(
  resolved: ReturnType<typeof readObservationContext>,
  systems: PromkitCodeSystems,
  definition: ScoreDefinition,
  prefix: string,
  value: ScoreValue,
  onT: boolean,
  note: string | undefined,
): Observation {
  return buildObservation(resolved, {
    code: codeOf(systems, definition.tScoreLoinc, `${prefix}.tScore`, `${definition.label} (T-score)`),
    valueQuantity: scoreQuantity(value.tScore as number, '{T-score}'),
    ...(value.band && onT ? { interpretation: bandOf(systems, prefix, value) } : {}),
    ...(note ? { note } : {}),
    ...(value.se !== undefined
      ? {
          component: [
            {
              code: codeOf(systems, undefined, `${prefix}.tScoreSe`, 'Standard error of the T-score'),
              valueQuantity: scoreQuantity(value.se, '{T-score}'),
            },
          ],
        }
      : {}),
  });
}

function codeOf(systems: PromkitCodeSystems, loinc: string | undefined, code: string, label: string): CodeableConcept {
  const coding: Coding[] = [];
  if (loinc) coding.push({ system: LOINC, code: loinc });
  coding.push({ system: systems.score, code, display: label });
  return { coding, text: label };
}

function bandOf(systems: PromkitCodeSystems, prefix: string, value: ScoreValue): CodeableConcept {
  const band = value.band as NonNullable<ScoreValue['band']>;
  const label = typeof band.label === 'string' ? band.label : String(band.label);
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'band';
  return { coding: [{ system: systems.band, code: `${prefix}.${slug}`, display: label }], text: label };
}

function isRecordLike(value: unknown): value is { id?: unknown } {
  return value !== null && typeof value === 'object';
}
