/**
 * The progress review: one patient's questionnaires, goals and diary week as plain data
 * (`progressReview`), the one-week diary summary (`diarySnapshot`), and one self-contained,
 * printable, accessible HTML page (`renderProgressReview`).
 * @module
 */
export { diarySnapshot } from './diarySnapshot/index.js';
export type {
  DiaryDay,
  DiaryDuplicatePolicy,
  DiaryEntry,
  DiaryFlares,
  DiaryMeasure,
  DiaryMeasureSummary,
  DiarySnapshot,
  DiarySnapshotOptions,
  DiaryThreshold,
  DiaryThresholdInput,
  DiaryValue,
} from './diarySnapshot/index.js';
export { progressReview } from './progressReview/index.js';
export type {
  AttentionItem,
  DiaryComparison,
  DiaryReview,
  GoalReview,
  GoalsReview,
  InstrumentReview,
  NotComputed,
  ProgressReview,
  ProgressReviewInput,
  ProgressReviewOptions,
  ReviewChart,
  ReviewLicence,
  ReviewPatient,
  ReviewPsychometrics,
  ReviewSource,
  ReviewVisit,
  ScorePoint,
  ScoreReview,
} from './progressReview/index.js';
export { renderProgressReview } from './renderProgressReview/index.js';
export type { RenderProgressReviewOptions, VegaModules } from './renderProgressReview/index.js';
