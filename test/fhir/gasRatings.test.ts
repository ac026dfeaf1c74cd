import { describe, expect, it } from 'vitest';
import { gasRatingObservations } from '../../src/fhir/index.js';
import { defineGoal, PromkitError } from '../../src/index.js';
import { expectValidR4 } from './helpers.js';

// Codes from the HL7 Person-Centered Outcomes IG STU 1 (ValueSet goal-attainment-scaling-score,
// answer list LL6900-6), as carried by GAS_LOINC.
const goal = defineGoal({
  id: 'walk',
  description: 'Walk the dog for 20 minutes',
  variant: 'gas-light',
  baseline: { level: -1 },
  expectedOutcome: 'Walks the dog for 20 minutes, three times a week',
  dateSet: '2026-01-05',
  reviews: { '2026-04-06': null, '2026-03-02': 1 },
});

describe('gasRatingObservations', () => {
  const observations = gasRatingObservations(goal, { subject: { reference: 'Patient/1' }, goal: { reference: 'Goal/walk' }, rater: 'patient' });

  it('emits the baseline, then each review in date order, with the GAS LOINC codes and answers', () => {
    expect(observations.map((o) => [o.code.coding?.[0]?.code, o.effectiveDateTime, o.valueCodeableConcept?.coding?.[0]?.code ?? null])).toEqual([
      ['112296-9', '2026-01-05', 'LA34483-0'],
      ['107334-5', '2026-03-02', 'LA34480-6'],
      ['107334-5', '2026-04-06', null],
    ]);
    expect(observations[2]?.dataAbsentReason?.text).toBe('Goal walk was reviewed on 2026-04-06 but not rated.');
    expect(observations[0]?.focus).toEqual([{ reference: 'Goal/walk' }]);
  });

  it('produces valid FHIR R4', () => {
    for (const o of observations) expectValidR4(o);
  });

  it('uses the practitioner code by default and refuses an unknown rater', () => {
    expect(gasRatingObservations(goal)[1]?.code.coding?.[0]?.code).toBe('107333-7');
    expect(() => gasRatingObservations(goal, { rater: 'nurse' as never })).toThrow(PromkitError);
    expect(() => gasRatingObservations({} as never)).toThrow(/expected a goal from defineGoal/);
  });
});
