/**
 * Change over time: per-patient change, reliable change, clinical significance, MCIDs, series
 * and cohort summaries.
 * @module
 */
export {};
