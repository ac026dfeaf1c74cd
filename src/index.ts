/**
 * promkit — score validated patient-reported outcome measures.
 *
 * The main entry holds the engine and the calculators. Instrument definitions live on
 * `promkit/instruments` (one named export each) and the registry on `promkit/catalog`.
 *
 * @packageDocumentation
 */
export { PromkitError } from './errors.js';
export type { PromkitIssue, PromkitIssueCode, SafeResult } from './errors.js';
export { defineInstrument } from './model/define.js';
export { InstrumentSchema } from './model/schema.js';
export type {
  Band,
  Citation,
  ClassificationDefinition,
  Condition,
  FlagDefinition,
  Instrument,
  InstrumentInput,
  Item,
  Mcid,
  MissingRule,
  PopulationNorm,
  Psychometrics,
  Reliability,
  ResponseOption,
  ScoreDefinition,
  Source,
  WeightsBy,
} from './model/schema.js';
export { createScorer, safeScore, score, scoreMany } from './engine/score.js';
export type { MissingPolicy, ScoreOptions, ScoreResult, ScoreValue } from './engine/score.js';
export type { Responses, ResponseValue } from './engine/responses.js';
export * from './change/index.js';
export * from './goals/index.js';
export * from './batch/index.js';
export * from './charts/index.js';
export * from './review/index.js';
