/**
 * @internal The calculators of the main entry (change, goals, batch, charts, review), built as
 * one file of their own (tsup entry `internal/calculators`): an application that imports only
 * `score` never reaches this file or what it imports (zod's and date-fns's code), and Node loads
 * it as one module rather than one per area.
 */
export * from '../change/index.js';
export * from '../goals/index.js';
export * from '../batch/index.js';
export * from '../charts/index.js';
export * from '../review/index.js';
