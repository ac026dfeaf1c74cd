/**
 * Goal Attainment Scaling and patient-specific goals: the goal schema and `defineGoal`, the
 * Kiresuk & Sherman (1968) T-score (`gasTScore`), change between reviews (`gasChange`) and the
 * LOINC codes for GAS ratings (`GAS_LOINC`). Patient-specific measures (PSFS, COPM scoring) are
 * instrument definitions on `promkit/instruments`.
 * @module
 */
export { GoalSchema } from './goalSchema/index.js';
export type { Goal, GoalInput, GasLevel, GasVariant, GasBaselineConvention } from './goalSchema/index.js';
export { defineGoal } from './defineGoal/index.js';
export { gasTScore } from './gasTScore/index.js';
export type { GasRating, GasTScoreOptions, GasTScoreResult, GasGoalScore } from './gasTScore/index.js';
export { gasChange } from './gasChange/index.js';
export type { GasChangeOptions, GasChangeResult, GasGoalChange } from './gasChange/index.js';
export { GAS_LOINC } from './gasLoinc/index.js';
export type { GasLoincCodes, LoincCode } from './gasLoinc/index.js';
