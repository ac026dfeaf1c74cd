/**
 * Bulk scoring for researchers and analysts: records, columns, and matching export headers.
 * @module
 */
export { matchColumns } from './matchColumns/index.js';
export type { MatchColumnsOptions } from './matchColumns/index.js';
export { scoreRecords } from './scoreRecords/index.js';
export type { ScoreRecordsOptions } from './scoreRecords/index.js';
export { ColumnStatus, scoreColumns } from './scoreColumns/index.js';
export type { ColumnScore, ScoreColumnsOptions, ScoreColumnsResult } from './scoreColumns/index.js';
export type { ValueMapInput } from '../ingest/valueMaps/index.js';
