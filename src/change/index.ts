/**
 * Change over time: per-patient change, reliable change, clinical significance, MCIDs, IMMPACT
 * pain categories and PGIC response; dated series (baseline, slope, area under the curve,
 * sustained response, flares); cohort summaries with confidence intervals.
 * @module
 */
export type {
  ChangePair,
  DateInput,
  Direction,
  DuplicatePolicy,
  McidInput,
  Observation,
  PopulationInput,
  ScoreContextOptions,
  ScoreInput,
  SeriesOptions,
  SourcedValue,
  ValueSource,
} from './_lib/types.js';
export { change } from './change/index.js';
export type { ChangeOptions, ChangeResult } from './change/index.js';
export { reliableChange } from './reliableChange/index.js';
export type { ReliableChangeInputs, ReliableChangeOptions, ReliableChangeResult, RciMethod } from './reliableChange/index.js';
export { clinicalSignificance } from './clinicalSignificance/index.js';
export type {
  ClinicalSignificanceCategory,
  ClinicalSignificanceOptions,
  ClinicalSignificanceResult,
  SourcedPopulation,
} from './clinicalSignificance/index.js';
export { mcidChange } from './mcidChange/index.js';
export type { McidChangeOptions, McidChangeResult, McidVerdict } from './mcidChange/index.js';
export { immpactPainChange } from './immpactPainChange/index.js';
export type { ImmpactCategory, ImmpactPainChangeResult } from './immpactPainChange/index.js';
export { pgicResponse } from './pgicResponse/index.js';
export type { ChangeEvidence, PgicResponseOptions, PgicResponseResult } from './pgicResponse/index.js';
export { seriesBaseline } from './seriesBaseline/index.js';
export type { BaselineSpec, SeriesBaselineOptions, SeriesBaselineResult } from './seriesBaseline/index.js';
export { slopePerWeek } from './slopePerWeek/index.js';
export type { SlopeResult } from './slopePerWeek/index.js';
export { areaUnderCurve } from './areaUnderCurve/index.js';
export type { AreaUnderCurveResult } from './areaUnderCurve/index.js';
export { timeToSustainedResponse } from './timeToSustainedResponse/index.js';
export type { TimeToSustainedResponseOptions, TimeToSustainedResponseResult } from './timeToSustainedResponse/index.js';
export { lastValue } from './lastValue/index.js';
export type { DatedValue } from './lastValue/index.js';
export { bestValue } from './bestValue/index.js';
export type { BestValueResult } from './bestValue/index.js';
export { detectFlares } from './detectFlares/index.js';
export type { DetectFlaresOptions, DetectFlaresResult, Flare } from './detectFlares/index.js';
export { cohortChange } from './cohortChange/index.js';
export type { CohortChangeOptions, CohortChangeResult, Describe } from './cohortChange/index.js';
export { responderProportions } from './responderProportions/index.js';
export type { ResponderProportion, ResponderProportionsOptions, ResponderProportionsResult } from './responderProportions/index.js';
export { wilsonInterval } from './wilsonInterval/index.js';
export type { ProportionInterval, WilsonIntervalOptions } from './wilsonInterval/index.js';
export { changeByPatient } from './changeByPatient/index.js';
export type { ChangeByPatientOptions, PatientChange, Visit } from './changeByPatient/index.js';
