import type { Observation, Reference } from 'fhir/r4';
import { describeValue, fail } from '../../errors.js';
import { GAS_LOINC, type LoincCode } from '../../goals/gasLoinc/index.js';
import type { Goal } from '../../goals/goalSchema/index.js';
import { buildObservation } from '../_lib/buildObservation.js';
import { LOINC } from '../_lib/constants.js';
import { readObservationContext, type ObservationContext } from '../_lib/readObservationContext.js';

/** Context of {@link gasRatingObservations}. */
export interface GasRatingContext extends Omit<ObservationContext, 'effectiveDateTime' | 'effectivePeriod'> {
  /** `Observation.focus`: the FHIR Goal this goal record stands for. */
  readonly goal?: Reference;
  /** Who rated the follow-up levels; picks the LOINC follow-up code. Default `'practitioner'`. */
  readonly rater?: 'practitioner' | 'patient' | 'caregiver';
}

const FOLLOW_UP: Record<NonNullable<GasRatingContext['rater']>, LoincCode> = {
  practitioner: GAS_LOINC.practitionerFollowUp,
  patient: GAS_LOINC.patientFollowUp,
  caregiver: GAS_LOINC.caregiverFollowUp,
};

/**
 * One LOINC-coded `survey` Observation per GAS rating of a goal: the baseline level (LOINC
 * 112296-9, effective on the date the goal was set) and each review (LOINC 107333-7, 107334-5 or
 * 107331-1 for a practitioner's, the patient's or a caregiver's follow-up rating, effective on the
 * review date), each valued with the level's answer from LOINC answer list LL6900-6, as the HL7
 * Person-Centered Outcomes IG (STU 1) profiles them. A review recorded as not rated gets a
 * `dataAbsentReason` instead of a value — never a level.
 *
 * @param goal - a goal from `defineGoal`
 * @param context - `subject`, `goal` (the FHIR Goal as `focus`), `rater`, `performer`, …
 * @returns the baseline Observation, then one per review in date order
 * @throws {PromkitError} `invalid-argument` for a malformed goal or context
 *
 * @example
 * ```ts
 * const goal = defineGoal({ id: 'walk', description: 'Walk the dog for 20 minutes', variant: 'gas-light',
 *   baseline: { level: -1 }, expectedOutcome: 'Walks the dog 20 minutes, three times a week',
 *   dateSet: '2026-01-05', reviews: { '2026-03-02': 1 } });
 * const [baseline, review] = gasRatingObservations(goal, { subject: { reference: 'Patient/1' }, goal: { reference: 'Goal/walk' } });
 * baseline.code.coding?.[0]?.code;             //=> '112296-9'
 * review.valueCodeableConcept?.coding?.[0]?.code; //=> 'LA34480-6' (better than expected)
 * ```
 */
export function gasRatingObservations(goal: Goal, context: GasRatingContext = {}): Observation[] {
  if (context === null || typeof context !== 'object' || Array.isArray(context)) {
    fail('invalid-argument', ['context'], context, `context: expected an object such as { subject, goal, rater }, got ${describeValue(context)}`);
  }
  if (goal === null || typeof goal !== 'object' || typeof goal.dateSet !== 'string' || typeof goal.baseline?.level !== 'number') {
    fail('invalid-argument', ['goal'], goal, `goal: expected a goal from defineGoal(), got ${describeValue(goal)}`);
  }
  const rater = context.rater ?? 'practitioner';
  if (!(rater in FOLLOW_UP)) {
    fail('invalid-argument', ['context', 'rater'], rater, `context.rater: expected 'practitioner', 'patient' or 'caregiver', got ${describeValue(rater)}`);
  }
  const { goal: focus, rater: _rater, ...rest } = context;
  for (const key of ['effectiveDateTime', 'effectivePeriod']) {
    if (key in rest) fail('invalid-argument', ['context', key], (rest as Record<string, unknown>)[key], `context.${key}: each rating's date comes from the goal (dateSet and review dates), so it cannot be given`);
  }
  readObservationContext(rest);
  const occasion = (code: LoincCode, date: string, level: number | null): Observation => {
    const resolved = readObservationContext({ ...rest, effectiveDateTime: date });
    const answer = level === null ? undefined : GAS_LOINC.answers[String(level) as keyof typeof GAS_LOINC.answers];
    return buildObservation(resolved, {
      code: { coding: [{ system: LOINC, code: code.code, display: code.display }], text: code.display },
      ...(answer
        ? { valueCodeableConcept: { coding: [{ system: LOINC, code: answer.code, display: answer.display }], text: `${level! > 0 ? '+' : ''}${level}: ${answer.display}` } }
        : { absentBecause: `Goal ${goal.id} was reviewed on ${date} but not rated.` }),
      ...(focus ? { focus: [{ ...focus }] } : {}),
    });
  };
  const reviews = Object.entries(goal.reviews ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [occasion(GAS_LOINC.baseline, goal.dateSet, goal.baseline.level), ...reviews.map(([date, level]) => occasion(FOLLOW_UP[rater], date, level))];
}
