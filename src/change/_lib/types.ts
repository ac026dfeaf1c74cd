import type { ScoreValue } from '../../engine/score.js';
import type { Instrument } from '../../model/schema.js';

/** Which way is better on a scale. */
export type Direction = 'higher-is-worse' | 'higher-is-better';

/** A score as a plain number, or a {@link ScoreValue} returned by `score()`. */
export type ScoreInput = number | ScoreValue;

/**
 * Options shared by the change calculators: where the scale's direction, range and published
 * psychometrics come from.
 */
export interface ScoreContextOptions {
  /** A shipped (`promkit/instruments`) or custom (`defineInstrument`) definition. */
  readonly instrument?: Instrument;
  /** The score of `instrument` to use; default `'total'`. */
  readonly score?: string;
  /** Which way is better; overrides the definition's `direction`. */
  readonly direction?: Direction;
  /**
   * Which number to read from a `ScoreValue`: `'value'` or `'tScore'`. Default: the score's
   * `psychometrics.metric`, else `'value'`.
   */
  readonly metric?: 'value' | 'tScore';
}

/** Where a number used by a calculator came from. */
export type ValueSource =
  | { readonly from: 'caller' }
  | {
      readonly from: 'definition';
      /** Instrument id, e.g. `'phq-9'`. */
      readonly instrument: string;
      /** Score name, e.g. `'total'`. */
      readonly score: string;
      /** The population the value was published for. */
      readonly population: string;
      /** Full citation text from the definition. */
      readonly citation: string;
      readonly doi?: string;
      /** Page, table or section. */
      readonly locator?: string;
    }
  | { readonly from: 'default'; readonly note: string };

/** A number together with where it came from. */
export interface SourcedValue {
  readonly value: number;
  readonly source: ValueSource;
}

/** A date: an ISO 8601 string (date-only, or date-time with `Z` or an offset) or a `Date`. */
export type DateInput = string | Date;

/** One dated observation of a series. */
export interface Observation {
  readonly date: DateInput;
  readonly value: ScoreInput;
}

/**
 * What to do when two observations fall on the same date (the same calendar day for date-only
 * series, the same instant for date-time series):
 * `'mean'` averages them, `'first'`/`'last'` keep the first/last in input order, `'error'`
 * (default) throws a `PromkitError` naming the date.
 */
export type DuplicatePolicy = 'mean' | 'first' | 'last' | 'error';

/** Options shared by the series functions. */
export interface SeriesOptions extends ScoreContextOptions {
  /** Duplicate dates; default `'error'`. */
  readonly duplicates?: DuplicatePolicy;
}

/** One patient's baseline and follow-up, for the cohort summaries. */
export interface ChangePair {
  readonly baseline: ScoreInput;
  readonly followUp: ScoreInput;
}

/** A minimal clinically important difference given by the caller. */
export interface McidInput {
  readonly value: number;
  readonly unit: 'points' | 'percent';
}

/** A population mean and standard deviation given by the caller. */
export interface PopulationInput {
  readonly mean: number;
  readonly sd: number;
}
