/**
 * FHIR R4 adapters: Questionnaire out, QuestionnaireResponse in, LOINC-coded Observations out.
 *
 * Nothing here imports the instrument catalogue: pass the definitions you use (from
 * `promkit/instruments`), or `listInstruments()` from `promkit/catalog` when any of them may come in.
 * Types are those of `@types/fhir` (`fhir/r4`).
 *
 * @packageDocumentation
 */
export { PROMKIT_FHIR_BASE } from './_lib/constants.js';
export { promkitCodeSystems } from './promkitCodeSystems/index.js';
export type { PromkitCodeSystems } from './promkitCodeSystems/index.js';
export type { ObservationContext } from './_lib/readObservationContext.js';
export { toQuestionnaire } from './toQuestionnaire/index.js';
export type { ToQuestionnaireOptions } from './toQuestionnaire/index.js';
export { identifyInstrument } from './identifyInstrument/index.js';
export type { IdentifyInstrumentOptions } from './identifyInstrument/index.js';
export { scoreQuestionnaireResponse } from './scoreQuestionnaireResponse/index.js';
export type { IgnoredItem, MatchedItem, QuestionnaireResponseScore, ScoreQuestionnaireResponseOptions } from './scoreQuestionnaireResponse/index.js';
export { toObservations } from './toObservations/index.js';
export type { ToObservationsContext } from './toObservations/index.js';
export { gasToObservation } from './gasToObservation/index.js';
export type { GasObservationContext, GasObservationInput } from './gasToObservation/index.js';
export { gasRatingObservations } from './gasRatingObservations/index.js';
export type { GasRatingContext } from './gasRatingObservations/index.js';
export { scoreContainedInstruments } from './scoreContainedInstruments/index.js';
export type { ScoreContainedInstrumentsOptions } from './scoreContainedInstruments/index.js';
