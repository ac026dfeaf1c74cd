/** A LOINC code with its display name. */
export interface LoincCode {
  readonly code: string;
  readonly display: string;
}

/** The LOINC codes promkit knows for Goal Attainment Scaling, with their source. */
export interface GasLoincCodes {
  /** Observation code for a goal's baseline GAS level. */
  readonly baseline: LoincCode;
  /** Observation code for a practitioner's follow-up rating of a goal. */
  readonly practitionerFollowUp: LoincCode;
  /** Observation code for the patient's own follow-up rating of a goal. */
  readonly patientFollowUp: LoincCode;
  /** Observation code for a caregiver's follow-up rating of a goal. */
  readonly caregiverFollowUp: LoincCode;
  /** The LOINC answer list the ratings are coded from. */
  readonly answerList: string;
  /** Answer codes by GAS level (−2…+2). */
  readonly answers: Readonly<Record<'-2' | '-1' | '0' | '1' | '2', LoincCode>>;
  /**
   * The aggregate Kiresuk–Sherman T-score: null. The sources below define per-goal ratings only;
   * promkit found no LOINC code for the aggregated T-score and does not invent one.
   */
  readonly tScore: null;
  /** Where these codes come from. */
  readonly source: string;
}

/**
 * LOINC codes for Goal Attainment Scaling, for FHIR adapters that emit one Observation per goal
 * and occasion (`valueCodeableConcept` = the level's answer code, `focus` = the Goal).
 *
 * Source: HL7 FHIR US Person-Centered Outcomes (PCO) Implementation Guide STU 1 (v1.0.0),
 * ValueSet `goal-attainment-scaling-score` (http://hl7.org/fhir/us/pco/ValueSet/goal-attainment-scaling-score:
 * 112296-9, 107333-7, 107334-5, 107331-1); profile `pco-gas-score-observation`, whose value is
 * bound (required) to LOINC answer list LL6900-6; answer codes as used in the IG's examples
 * (github.com/HL7/pco-ig, input/fsh/GASExamples.fsh and GASProfiles.fsh). The IG's ballot
 * version used 107332-9 "Goal attainment scale - Reported" where STU 1 uses 112296-9 "Goal
 * attainment scale GAS baseline".
 *
 * There is no LOINC code here for the aggregate T-score (`gasTScore`); `tScore` is null.
 *
 * @example
 * ```ts
 * GAS_LOINC.patientFollowUp.code; //=> '107334-5'
 * GAS_LOINC.answers['0'].code;    //=> 'LA34481-4'
 * GAS_LOINC.tScore;               //=> null
 * ```
 */
export const GAS_LOINC: GasLoincCodes = /* @__PURE__ */ Object.freeze({
  baseline: /* @__PURE__ */ Object.freeze({ code: '112296-9', display: 'Goal attainment scale GAS baseline' }),
  practitionerFollowUp: /* @__PURE__ */ Object.freeze({ code: '107333-7', display: 'Practitioner follow-up goal attainment scaling score' }),
  patientFollowUp: /* @__PURE__ */ Object.freeze({ code: '107334-5', display: 'Patient follow-up goal attainment scaling score' }),
  caregiverFollowUp: /* @__PURE__ */ Object.freeze({ code: '107331-1', display: 'Caregiver follow-up goal attainment scaling score' }),
  answerList: 'LL6900-6',
  answers: /* @__PURE__ */ Object.freeze({
    '2': /* @__PURE__ */ Object.freeze({ code: 'LA34479-8', display: 'Much better than expected' }),
    '1': /* @__PURE__ */ Object.freeze({ code: 'LA34480-6', display: 'Better than expected' }),
    '0': /* @__PURE__ */ Object.freeze({ code: 'LA34481-4', display: 'Expected outcome' }),
    '-1': /* @__PURE__ */ Object.freeze({ code: 'LA34483-0', display: 'Less than expected' }),
    '-2': /* @__PURE__ */ Object.freeze({ code: 'LA34484-8', display: 'Much less than expected' }),
  }),
  tScore: null,
  source:
    'HL7 FHIR US Person-Centered Outcomes (PCO) IG STU 1 (v1.0.0), ValueSet goal-attainment-scaling-score and profile pco-gas-score-observation (answer list LL6900-6); answer codes from github.com/HL7/pco-ig input/fsh/GASExamples.fsh.',
});
