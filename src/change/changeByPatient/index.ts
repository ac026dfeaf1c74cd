import { describeValue, fail, PromkitError } from '../../errors.js';
import { change, type ChangeResult } from '../change/index.js';
import { immpactPainChange, type ImmpactPainChangeResult } from '../immpactPainChange/index.js';
import { mcidChange, type McidChangeResult } from '../mcidChange/index.js';
import { reliableChange, type ReliableChangeResult, type RciMethod } from '../reliableChange/index.js';
import { readSeries } from '../_lib/series.js';
import type { DateInput, ScoreInput, SeriesOptions } from '../_lib/types.js';

/** One visit of one patient, in long format. */
export interface Visit {
  /** The patient (or case) identifier. */
  readonly id: string;
  /** The visit date: `YYYY-MM-DD`, a date-time with a zone, or a Date. */
  readonly date: DateInput;
  /** The score at this visit (a number or a `ScoreValue`), or null when it could not be scored. */
  readonly value: ScoreInput | null;
}

/** Options of {@link changeByPatient}. */
export interface ChangeByPatientOptions extends SeriesOptions {
  /** Reliable-change method; default `'jacobson-truax'` (needs only the stored reliability and SD). */
  readonly method?: RciMethod;
  /**
   * Whether to add the IMMPACT pain-intensity categories. Default: when the instrument's domain is
   * `pain-intensity` and the score's range is 0–10 (the scale Dworkin et al. 2008 describe).
   */
  readonly immpact?: boolean;
  /** Reliability for reliable change, overriding the stored one. */
  readonly reliability?: number;
  /** Pre-treatment SD for reliable change, overriding the stored one. */
  readonly sd?: number;
}

/** One patient's change from the first to the latest visit. */
export interface PatientChange {
  readonly id: string;
  /** Visits with a score (after merging duplicate dates). */
  readonly visits: number;
  /** Visits whose score was null (too few items answered), left out. */
  readonly unscored: number;
  /** The earliest scored visit. */
  readonly baseline: { readonly date: string; readonly value: number } | null;
  /** The latest scored visit. */
  readonly latest: { readonly date: string; readonly value: number } | null;
  /** Difference, improvement and percentages (see `change`); null with fewer than two visits. */
  readonly change: ChangeResult | null;
  /** Reliable change (see `reliableChange`); null when it could not be computed (see `notes`). */
  readonly reliableChange: ReliableChangeResult | null;
  /** MCID verdicts (see `mcidChange`); null when the score has no stored MCID and none was given. */
  readonly mcid: McidChangeResult | null;
  /** IMMPACT categories (see `immpactPainChange`), for 0–10 pain intensity. */
  readonly immpact: ImmpactPainChangeResult | null;
  /** Why something is missing, in sentences. */
  readonly notes: readonly string[];
}

/**
 * Summarises long-format visits — one row per patient per visit, as clinic exports and
 * analysts' data frames hold them — into one row per patient: baseline (earliest scored visit),
 * latest visit, change, percent change, reliable change, MCID verdicts and, for 0–10 pain
 * intensity, the IMMPACT categories. Patients keep the order of their first appearance.
 *
 * Edge rules: visits with a null score are counted in `unscored` and left out; visits on the same
 * date follow `duplicates` (default `'error'`, which puts the problem in that patient's `notes`
 * rather than failing the whole call); a patient with one scored visit gets a baseline and no
 * change; a missing psychometric input leaves that calculation null with a note. Bad input
 * (a date without a time zone, a non-finite value) is a note on that patient too: one bad row
 * never loses the other patients.
 *
 * @throws {PromkitError} only when `visits` is not an array or a visit has no string `id`
 * @example
 * ```ts
 * const rows = changeByPatient(
 *   [
 *     { id: 'p1', date: '2026-01-05', value: 8 },
 *     { id: 'p1', date: '2026-03-02', value: 4 },
 *   ],
 *   { instrument: nrs },
 * );
 * rows[0].change?.percentImprovement; //=> 50
 * rows[0].immpact?.category;          //=> 'substantial'
 * ```
 */
export function changeByPatient(visits: readonly Visit[], options: ChangeByPatientOptions = {}): PatientChange[] {
  if (!Array.isArray(visits)) fail('invalid-type', ['visits'], visits, `visits: expected an array of { id, date, value }, got ${describeValue(visits)}`);
  const byPatient = new Map<string, { date: DateInput; value: ScoreInput }[]>();
  const unscored = new Map<string, number>();
  // A for loop, not forEach: a hole in a sparse array is a visit without an id, not a row to skip.
  for (let i = 0; i < visits.length; i++) {
    const visit = visits[i] as Visit;
    const id = (visit as Visit | null)?.id;
    if (typeof id !== 'string' || id === '') fail('invalid-type', ['visits', i, 'id'], id, `visits.${i}.id: expected a non-empty string, got ${describeValue(id)}`);
    if (!byPatient.has(id)) byPatient.set(id, []);
    if (visit.value === null || (typeof visit.value === 'object' && visit.value.value === null)) {
      unscored.set(id, (unscored.get(id) ?? 0) + 1);
    } else {
      (byPatient.get(id) as { date: DateInput; value: ScoreInput }[]).push({ date: visit.date, value: visit.value });
    }
  }
  const context = { instrument: options.instrument, score: options.score, direction: options.direction, metric: options.metric };
  const score = options.instrument?.scores.find((s) => s.name === (options.score ?? 'total'));
  const immpact =
    options.immpact ?? (options.instrument?.domain === 'pain-intensity' && score?.range[0] === 0 && score.range[1] === 10);
  return [...byPatient].map(([id, observations]) => summarise(id, observations, unscored.get(id) ?? 0, options, context, immpact));
}

function summarise(
  id: string,
  observations: { date: DateInput; value: ScoreInput }[],
  unscored: number,
  options: ChangeByPatientOptions,
  context: Omit<SeriesOptions, 'duplicates'>,
  immpact: boolean,
): PatientChange {
  const notes: string[] = [];
  const empty = { id, visits: 0, unscored, baseline: null, latest: null, change: null, reliableChange: null, mcid: null, immpact: null };
  if (observations.length === 0) return { ...empty, notes: ['no scored visit'] };
  let points;
  try {
    points = readSeries(observations, { ...context, duplicates: options.duplicates }).points;
  } catch (error) {
    if (!(error instanceof PromkitError)) throw error;
    return { ...empty, notes: [error.message] };
  }
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const base = { id, visits: points.length, unscored, baseline: { date: first.date, value: first.value }, latest: { date: last.date, value: last.value } };
  if (points.length < 2) return { ...base, change: null, reliableChange: null, mcid: null, immpact: null, notes: ['only one scored visit: no change to compute'] };
  // Values in the series are already on the score's metric (T-score for PROMIS), so the
  // calculators read them as plain numbers.
  const numeric = { ...context, metric: undefined };
  const attempt = <T>(label: string, fn: () => T): T | null => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      notes.push(`${label}: ${error.message}`);
      return null;
    }
  };
  const changeResult = attempt('change', () => change(first.value, last.value, numeric));
  const rci = attempt('reliable change', () => reliableChange(first.value, last.value, { ...numeric, method: options.method, reliability: options.reliability, sd: options.sd }));
  const mcid = options.instrument || options.direction ? attempt('MCID', () => mcidChange(first.value, last.value, numeric)) : null;
  const immpactResult = immpact ? attempt('IMMPACT', () => immpactPainChange(first.value, last.value)) : null;
  return { ...base, change: changeResult, reliableChange: rci, mcid: mcid && mcid.verdicts.length > 0 ? mcid : null, immpact: immpactResult, notes };
}
