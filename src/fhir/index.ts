/**
 * FHIR R4 adapters: Questionnaire out, QuestionnaireResponse in, LOINC-coded Observations out.
 * @packageDocumentation
 */
export {};
