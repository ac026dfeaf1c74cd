import type { ChangeResult } from '../../change/change/index.js';
import type { Flare } from '../../change/detectFlares/index.js';
import type { ImmpactPainChangeResult } from '../../change/immpactPainChange/index.js';
import type { McidChangeResult } from '../../change/mcidChange/index.js';
import type { RciMethod, ReliableChangeResult } from '../../change/reliableChange/index.js';
import type { Direction, DuplicatePolicy, McidInput } from '../../change/_lib/types.js';
import type { VegaLiteSpec } from '../../charts/_lib/spec.js';
import type { ScoreResult } from '../../engine/score.js';
import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import type { GasChangeResult } from '../../goals/gasChange/index.js';
import type { GasTScoreOptions } from '../../goals/gasTScore/index.js';
import type { Goal } from '../../goals/goalSchema/index.js';
import type { Instrument } from '../../model/schema.js';
import { readDay } from '../_lib/dates.js';
import { reviewDiary } from '../_lib/diaryReview.js';
import { reviewGoals } from '../_lib/goalsReview.js';
import { reviewInstrument, type DatedResult } from '../_lib/instrumentReview.js';
import { Sources } from '../_lib/sources.js';
import type { DiaryEntry, DiaryMeasure, DiarySnapshot, DiarySnapshotOptions } from '../diarySnapshot/index.js';

/** The patient a review is about. Only `id` is required; `name` is shown as given (escaped). */
export interface ReviewPatient {
  readonly id: string;
  readonly name?: string;
}

/**
 * One visit: its date and the results scored then (from `score()`), plus any questionnaire
 * that could not be scored at all (a row with an invalid answer), with why.
 */
export interface ReviewVisit {
  /** `YYYY-MM-DD` (or a date-time with a zone; its date as written is the day). */
  readonly date: string;
  readonly results: readonly ScoreResult[];
  readonly problems?: readonly { readonly instrument: string; readonly message: string }[];
}

/** The data of one patient's review. Every part is optional except the patient. */
export interface ProgressReviewInput {
  readonly patient: ReviewPatient;
  readonly visits?: readonly ReviewVisit[];
  /** Goals from `defineGoal`, with their dated reviews. */
  readonly goals?: readonly Goal[];
  /** The patient's daily diary (see `DiaryEntry`). */
  readonly diary?: readonly DiaryEntry[];
  /** The definitions of every instrument the results come from (`promkit/instruments`). */
  readonly instruments?: readonly Instrument[];
  /** The review date `YYYY-MM-DD`; default the latest date in the data. Later data is left out. */
  readonly asOf?: string;
}

/** Psychometric inputs given by the caller for one score, overriding the stored ones. */
export interface ReviewPsychometrics {
  /** Reliability for reliable change (0 < r < 1). */
  readonly reliability?: number;
  /** Pre-treatment SD for reliable change. */
  readonly sd?: number;
  /** Your MCID, instead of the stored ones. */
  readonly mcid?: number | McidInput;
}

/** Options of {@link progressReview}. */
export interface ProgressReviewOptions {
  /**
   * Per score, psychometric inputs the definitions lack (PHQ-9 stores no reference SD): keyed by
   * instrument id for its `total` score (`'phq-9'`), or `'<id>.<score>'` (`'pcs.rumination'`).
   * Shown on the page as given by the caller.
   */
  readonly psychometrics?: Readonly<Record<string, ReviewPsychometrics>>;
  /** Reliable-change method; default `'jacobson-truax'`. */
  readonly method?: RciMethod;
  /**
   * Two results of one instrument on the same day that disagree: `'error'` (default) leaves that
   * score's change uncomputed and says why; `'mean'`, `'first'`, `'last'` combine them.
   */
  readonly duplicates?: DuplicatePolicy;
  /** Diary options (`days` default 7, `minDays`, `duplicates`, `thresholds`, `flares`). */
  readonly diary?: Pick<DiarySnapshotOptions, 'days' | 'minDays' | 'duplicates' | 'thresholds' | 'flares'>;
  /** GAS options: `rho` (default 0.3), `weighting`, `unrated`. */
  readonly gas?: Pick<GasTScoreOptions, 'rho' | 'weighting' | 'unrated'>;
  /** Build the Vega-Lite chart specs; default true. */
  readonly charts?: boolean;
}

/** One visit's value of a score. */
export interface ScorePoint {
  readonly date: string;
  /** The number change is measured on: the T-score for PROMIS short forms, else the score; null when not scored. */
  readonly value: number | null;
  /** The score itself (the raw sum for PROMIS); null when not scored. */
  readonly raw: number | null;
  readonly tScore?: number;
  readonly se?: number;
  readonly band: string | null;
  readonly status: 'scored' | 'prorated' | 'insufficient-items';
  readonly answered: number;
  readonly of: number;
  /** Why the score is prorated or missing. */
  readonly reason?: string;
}

/** Something the review could not compute, and why. */
export interface NotComputed {
  /** What: `PHQ-9 total score: reliable change`. */
  readonly topic: string;
  readonly reason: string;
}

/** One score of one instrument across the visits. */
export interface ScoreReview {
  readonly instrument: string;
  readonly score: string;
  readonly label: string;
  /** `'tScore'` when change is measured on the T-score (PROMIS). */
  readonly metric: 'value' | 'tScore';
  readonly direction: Direction;
  readonly range: readonly [number, number];
  /** Every visit with this instrument, in date order (unscored ones included). */
  readonly series: readonly ScorePoint[];
  /** The earliest scored visit (after merging same-day results). */
  readonly baseline: ScorePoint | null;
  /** The latest scored visit. */
  readonly latest: ScorePoint | null;
  /** The scored visit before the latest. */
  readonly previous: ScorePoint | null;
  readonly change: ChangeResult | null;
  /** Reliable change, baseline to latest. */
  readonly reliableChange: ReliableChangeResult | null;
  /** Reliable change, previous to latest (with three or more scored visits). */
  readonly sincePrevious: ReliableChangeResult | null;
  readonly mcid: McidChangeResult | null;
  /** IMMPACT categories, for 0–10 pain intensity. */
  readonly immpact: ImmpactPainChangeResult | null;
  /** The bands at baseline and latest, and which way the band moved. */
  readonly bandMovement: { readonly from: string; readonly to: string; readonly moved: 'better' | 'worse' | 'same' } | null;
  /** A plain-language sentence: what changed and what it means. */
  readonly statement: string;
  /** Source keys (into `review.sources`) of the facts used. */
  readonly sources: readonly string[];
  readonly notComputed: readonly NotComputed[];
}

/** One instrument across the visits. */
export interface InstrumentReview {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly version: string;
  readonly recallPeriod: string | null;
  readonly scores: readonly ScoreReview[];
  /** The instrument's flags at each visit (true, false, or null when unanswered items prevent the check). */
  readonly flags: readonly { readonly name: string; readonly label: string; readonly values: readonly { readonly date: string; readonly value: boolean | null }[] }[];
  /** Classifications (e.g. STarT Back risk) at each visit. */
  readonly classifications: readonly { readonly name: string; readonly label: string; readonly values: readonly { readonly date: string; readonly value: string | null }[] }[];
  /** Visits where the questionnaire could not be scored at all, with why. */
  readonly problems: readonly { readonly date: string; readonly message: string }[];
}

/** Something the team should look at now. */
export interface AttentionItem {
  /**
   * `flag`: a flag raised at the instrument's latest visit (PHQ-9 item 9, a positive screen …);
   * `flag-unchecked`: a flag that could not be checked there (an item it needs unanswered);
   * `reliable-deterioration`: a new reliable worsening; `flare`: a flare in the 7 days up to the review date.
   */
  readonly kind: 'flag' | 'flag-unchecked' | 'reliable-deterioration' | 'flare';
  readonly date: string;
  readonly instrument?: string;
  readonly name?: string;
  /** The plain-language line shown. */
  readonly text: string;
  readonly sources: readonly string[];
}

/** One goal across the reviews. */
export interface GoalReview {
  readonly id: string;
  readonly description: string;
  readonly domain?: string;
  readonly expectedOutcome: string;
  /** Baseline (dated `dateSet`) and every review up to the review date; level null = reviewed, not rated. */
  readonly levels: readonly { readonly at: string; readonly date: string; readonly level: number | null }[];
  readonly latest: { readonly date: string; readonly level: number } | null;
  /** Latest level ≥ 0 (the expected outcome or better); null when never rated. */
  readonly reachedExpected: boolean | null;
  readonly weight: number;
  readonly statement: string;
}

/** The goals part of a review. */
export interface GoalsReview {
  readonly goals: readonly GoalReview[];
  /** The GAS T-score at baseline and at each review date. */
  readonly occasions: readonly { readonly at: string; readonly date: string; readonly tScore: number | null; readonly included: number; readonly of: number; readonly reason?: string }[];
  /** Baseline to the latest review (paired goals); null before any review. */
  readonly change: GasChangeResult | null;
  readonly rho: number;
  readonly weighting: 'weighted' | 'unweighted';
  readonly statement: string;
  readonly sources: readonly string[];
}

/** A diary measure's weekly mean compared between the first diary week and the latest. */
export interface DiaryComparison {
  readonly measure: DiaryMeasure;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly difference: number;
  /** Positive = better. */
  readonly improvement: number;
}

/** The diary part of a review. */
export interface DiaryReview {
  /** The week ending on the last diary day on or before the review date; null when there is none. */
  readonly snapshot: DiarySnapshot | null;
  /** The diary's first week, when it ends before the snapshot starts (the baseline week). */
  readonly firstWeek: DiarySnapshot | null;
  /** Measures sufficient in both weeks. */
  readonly comparisons: readonly DiaryComparison[];
  /** Flares found in the whole diary up to the review date, per pain measure. */
  readonly flares: readonly { readonly measure: DiaryMeasure; readonly label: string; readonly flares: readonly Flare[] }[];
  readonly statements: readonly string[];
  readonly sources: readonly string[];
}

/** A chart of the review, as a Vega-Lite spec with its text alternative. */
export interface ReviewChart {
  /** Unique within the review, usable as an HTML id: `chart-phq-9-total`, `chart-goals`, `chart-diary`. */
  readonly id: string;
  readonly section: 'instrument' | 'goals' | 'diary';
  /** The instrument id, for instrument charts. */
  readonly instrument?: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in sentences. */
  readonly description: string;
  readonly spec: VegaLiteSpec;
}

/** A source cited by the review. */
export interface ReviewSource {
  readonly key: string;
  readonly text: string;
  readonly doi?: string;
  readonly url?: string;
}

/** The licence of an instrument shown. */
export interface ReviewLicence {
  readonly instrument: string;
  readonly title: string;
  readonly status: Instrument['licence']['status'];
  readonly holder?: string;
  readonly note: string;
  readonly url?: string;
}

/** The result of {@link progressReview}: plain data, ready for `renderProgressReview` or your own UI. */
export interface ProgressReview {
  readonly kind: 'progress-review';
  readonly patient: ReviewPatient;
  /** The review date. */
  readonly asOf: string;
  /** The first date in the data and the review date. */
  readonly period: { readonly from: string; readonly to: string };
  /** Plain-language headlines, one per instrument, the goals and the diary. */
  readonly summary: readonly string[];
  readonly attention: readonly AttentionItem[];
  /** What was checked for `attention`, so that an empty list says something. */
  readonly checked: readonly string[];
  readonly instruments: readonly InstrumentReview[];
  readonly goals: GoalsReview | null;
  readonly diary: DiaryReview | null;
  readonly notComputed: readonly NotComputed[];
  /** How the data was handled: later data left out, same-day results merged … */
  readonly notes: readonly string[];
  readonly charts: readonly ReviewChart[];
  /** Every source cited, in order of first use. */
  readonly sources: readonly ReviewSource[];
  readonly licences: readonly ReviewLicence[];
}

const KNOWN_INPUT = ['patient', 'visits', 'goals', 'diary', 'instruments', 'asOf'];
const KNOWN_OPTIONS = ['psychometrics', 'method', 'duplicates', 'diary', 'gas', 'charts'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function checkKeys(value: unknown, known: readonly string[], path: string, issues: PromkitIssue[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issues.push({ code: 'invalid-argument', path: [path, key], input: value[key], message: `${path}.${key}: unknown field; allowed are ${known.join(', ')}` });
  }
}

/**
 * @summary One patient's progress review as plain data: per instrument and score the baseline,
 * latest, change, reliable change and MCID verdicts with their sources, band movement and a
 * plain-language sentence; what needs attention now; each goal's GAS levels and the GAS
 * T-score; the diary week; what could not be computed and why; sources and licences.
 *
 * @remarks
 * Built from promkit's calculators, never re-deriving them: `change`, `reliableChange`,
 * `mcidChange`, `immpactPainChange`, `detectFlares`, `gasTScore`, `gasChange`, `diarySnapshot`,
 * and the chart builders `trajectoryChart` and `goalsChart`.
 *
 * Rules:
 * - **The review date** (`asOf`) is given or is the latest date in the data; no clock is read.
 *   Visits, goal reviews and diary days after it are left out (and `notes` says so).
 * - **Dates** are calendar days: `YYYY-MM-DD`, or a date-time with a zone whose date is read as
 *   written (see `diarySnapshot`).
 * - **Per score**, the baseline is the earliest scored visit and the latest the last; unscored
 *   visits stay in `series` with their reason and are listed in `notComputed`. Two results of
 *   one instrument on one day that disagree leave the change uncomputed (`duplicates: 'error'`,
 *   the default) unless you choose `'mean'`, `'first'` or `'last'`. PROMIS change is on the
 *   T-score, as the definitions' psychometrics say.
 * - **Reliable change** (Jacobson–Truax by default) needs a reliability and a pre-treatment SD:
 *   the stored ones, or yours in `psychometrics`; without them it is `null` and `notComputed`
 *   says which input is missing. MCID verdicts use every stored MCID (or yours).
 * - **Needs attention** lists, for each instrument's latest visit, every flag raised (PHQ-9
 *   item 9, positive screens, …; the PGIC's improvement flags are not concerns and are left
 *   out) and every flag that could not be checked; a new reliable deterioration (baseline to
 *   latest, when baseline to the previous visit was not one, or previous to latest); a diary
 *   flare in the 7 days up to the review date. `checked` lists what was looked at.
 * - **Goals**: the GAS T-score (Kiresuk & Sherman 1968, ρ = 0.3) at baseline and each review
 *   date, and `gasChange` from baseline to the latest review.
 * - **Diary**: `diarySnapshot` of the 7 days ending on the last diary day on or before the
 *   review date, the first diary week when it is earlier, and the change of the weekly means.
 * - **Charts**: a trajectory for each instrument's `total` (or every score when it has no
 *   total), the goals chart and a diary pain chart, as Vega-Lite specs with text alternatives.
 *
 * @param input - the patient, visits (`{ date, results }` with `score()` results), goals, diary,
 *   the instrument definitions used and optionally the review date
 * @param options - psychometric inputs, RCI method, duplicate rules, diary and GAS options
 * @returns the review; no input is modified
 * @throws {PromkitError} for input it cannot read: a missing patient id, an invalid date, a
 *   result whose instrument is not in `instruments`, invalid goals or diary entries, unknown
 *   fields or options, or nothing to review
 *
 * @example
 * ```ts
 * import { progressReview, score } from 'promkit';
 * import { phq9 } from 'promkit/instruments';
 *
 * const review = progressReview(
 *   {
 *     patient: { id: 'P017' },
 *     visits: [
 *       { date: '2026-01-12', results: [score(phq9, [2, 2, 2, 2, 2, 2, 2, 1, 1])] },
 *       { date: '2026-04-06', results: [score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1])] },
 *     ],
 *     instruments: [phq9],
 *   },
 *   { psychometrics: { 'phq-9': { sd: 5 } } },
 * );
 * review.instruments[0].scores[0].statement;
 * //=> 'PHQ-9 total score fell from 16 to 9 (moderately severe to mild): a reliable improvement and more than the 5-point MCID.'
 * review.attention.map((a) => a.kind); //=> ['flag'] (item 9 answered above 0 at the latest visit)
 * ```
 */
export function progressReview(input: ProgressReviewInput, options: ProgressReviewOptions = {}): ProgressReview {
  const issues: PromkitIssue[] = [];
  if (!isRecord(input as unknown)) throw new PromkitError([{ code: 'invalid-type', path: ['input'], input, message: `input: expected { patient, visits?, goals?, diary?, instruments?, asOf? }, got ${describeValue(input)}` }]);
  if (!isRecord(options as unknown)) throw new PromkitError([{ code: 'invalid-type', path: ['options'], input: options, message: `options: expected an object, got ${describeValue(options)}` }]);
  checkKeys(input, KNOWN_INPUT, 'input', issues);
  checkKeys(options, KNOWN_OPTIONS, 'options', issues);
  const patient = input.patient as unknown;
  if (!isRecord(patient) || typeof patient.id !== 'string' || patient.id.trim() === '') {
    issues.push({ code: 'invalid-argument', path: ['patient', 'id'], input: isRecord(patient) ? patient.id : patient, message: `patient.id: expected a non-empty string, got ${describeValue(isRecord(patient) ? patient.id : patient)}` });
  } else {
    checkKeys(patient, ['id', 'name'], 'patient', issues);
    if (patient.name !== undefined && typeof patient.name !== 'string') issues.push({ code: 'invalid-type', path: ['patient', 'name'], input: patient.name, message: `patient.name: expected text, got ${describeValue(patient.name)}` });
  }

  // The definitions, by id.
  const definitions = new Map<string, Instrument>();
  const rawInstruments = input.instruments ?? [];
  if (!Array.isArray(rawInstruments)) issues.push({ code: 'invalid-type', path: ['instruments'], input: rawInstruments, message: `instruments: expected an array of instrument definitions, got ${describeValue(rawInstruments)}` });
  else {
    Array.from(rawInstruments as readonly unknown[]).forEach((d: unknown, i) => {
      if (!isRecord(d) || typeof d.id !== 'string' || !Array.isArray(d.scores)) {
        issues.push({ code: 'invalid-argument', path: ['instruments', i], input: d, message: `instruments.${i}: expected an instrument definition (from promkit/instruments or defineInstrument), got ${describeValue(d)}` });
      } else if (definitions.has(d.id)) {
        issues.push({ code: 'invalid-argument', path: ['instruments', i], input: d.id, message: `instruments.${i}: ${d.id} is given twice` });
      } else definitions.set(d.id, d as unknown as Instrument);
    });
  }

  // Visits: dates and results.
  const dated: DatedResult[] = [];
  const problems: { date: string; instrument: string; message: string }[] = [];
  const visitDates: string[] = [];
  const rawVisits = input.visits ?? [];
  if (!Array.isArray(rawVisits)) issues.push({ code: 'invalid-type', path: ['visits'], input: rawVisits, message: `visits: expected an array of { date, results }, got ${describeValue(rawVisits)}` });
  else {
    Array.from(rawVisits as readonly unknown[]).forEach((visit: unknown, i) => {
      if (!isRecord(visit)) {
        issues.push({ code: 'invalid-type', path: ['visits', i], input: visit, message: `visits.${i}: expected { date, results }, got ${describeValue(visit)}` });
        return;
      }
      checkKeys(visit, ['date', 'results', 'problems'], `visits.${i}`, issues);
      const date = readDay(visit.date, ['visits', i, 'date'], issues);
      const results = visit.results ?? [];
      if (!Array.isArray(results)) {
        issues.push({ code: 'invalid-type', path: ['visits', i, 'results'], input: results, message: `visits.${i}.results: expected an array of results from score(), got ${describeValue(results)}` });
        return;
      }
      Array.from(results as readonly unknown[]).forEach((result: unknown, j) => {
        const id = isRecord(result) && isRecord(result.instrument) ? result.instrument.id : undefined;
        if (!isRecord(result) || typeof id !== 'string' || !isRecord(result.scores)) {
          issues.push({ code: 'invalid-argument', path: ['visits', i, 'results', j], input: result, message: `visits.${i}.results.${j}: expected a result of score(), got ${describeValue(result)}` });
        } else if (!definitions.has(id)) {
          issues.push({ code: 'invalid-argument', path: ['visits', i, 'results', j], input: id, message: `visits.${i}.results.${j}: the definition of ${JSON.stringify(id)} is not in instruments; pass it (e.g. from promkit/instruments)` });
        } else if (date !== null) dated.push({ date, order: dated.length, result: result as unknown as ScoreResult });
      });
      const rawProblems = visit.problems ?? [];
      if (!Array.isArray(rawProblems)) issues.push({ code: 'invalid-type', path: ['visits', i, 'problems'], input: rawProblems, message: `visits.${i}.problems: expected an array of { instrument, message }` });
      else {
        Array.from(rawProblems as readonly unknown[]).forEach((p: unknown, j) => {
          if (!isRecord(p) || typeof p.instrument !== 'string' || typeof p.message !== 'string') {
            issues.push({ code: 'invalid-argument', path: ['visits', i, 'problems', j], input: p, message: `visits.${i}.problems.${j}: expected { instrument, message }, got ${describeValue(p)}` });
          } else if (date !== null) problems.push({ date, instrument: p.instrument, message: p.message });
        });
      }
      if (date !== null) visitDates.push(date);
    });
  }
  const psychometrics = options.psychometrics ?? {};
  if (!isRecord(psychometrics)) issues.push({ code: 'invalid-type', path: ['options', 'psychometrics'], input: psychometrics, message: 'options.psychometrics: expected { [instrument id or "id.score"]: { reliability?, sd?, mcid? } }' });
  if (options.duplicates !== undefined && !['mean', 'first', 'last', 'error'].includes(options.duplicates)) {
    issues.push({ code: 'invalid-argument', path: ['options', 'duplicates'], input: options.duplicates, message: `options.duplicates: expected 'error', 'mean', 'first' or 'last', got ${describeValue(options.duplicates)}` });
  }
  const asOfGiven = input.asOf === undefined ? undefined : readDay(input.asOf, ['asOf'], issues);
  if (issues.length) throw new PromkitError(issues);

  const sources = new Sources();
  const notes: string[] = [];
  // Every date in the data, for the default review date and the period.
  const goalDates = (input.goals ?? []).flatMap((g) => (isRecord(g) ? [g.dateSet, ...Object.keys(isRecord(g.reviews) ? g.reviews : {})] : [])).filter((d): d is string => typeof d === 'string');
  const diaryDays = Array.isArray(input.diary) ? input.diary.map((e: unknown) => (isRecord(e) ? readDay(e.date, [], []) : null)).filter((d): d is string => d !== null) : [];
  const allDates = [...visitDates, ...goalDates, ...diaryDays].sort();
  if (allDates.length === 0) {
    throw new PromkitError([{ code: 'invalid-argument', path: ['visits'], input: input.visits, message: 'nothing to review: give visits, goals or diary entries' }]);
  }
  const asOf = asOfGiven ?? (allDates[allDates.length - 1] as string);
  const later = visitDates.filter((d) => d > asOf).length;
  if (later) notes.push(`${later} visit${later === 1 ? '' : 's'} after the review date ${asOf} left out.`);
  const firstDate = allDates[0] as string;

  const attention: AttentionItem[] = [];
  const checked: string[] = [];
  const notComputed: NotComputed[] = [];
  const charts: ReviewChart[] = [];
  const withCharts = options.charts !== false;
  const instruments: InstrumentReview[] = [];
  for (const definition of definitions.values()) {
    const mine = dated.filter((d) => d.result.instrument.id === definition.id && d.date <= asOf);
    const mineProblems = problems.filter((p) => p.instrument === definition.id && p.date <= asOf);
    if (mine.length === 0 && mineProblems.length === 0) continue;
    const reviewed = reviewInstrument(definition, mine, mineProblems, {
      psychometrics: psychometrics as Readonly<Record<string, ReviewPsychometrics>>,
      method: options.method,
      duplicates: options.duplicates ?? 'error',
      charts: withCharts,
      sources,
    });
    instruments.push(reviewed.review);
    attention.push(...reviewed.attention);
    checked.push(...reviewed.checked);
    notComputed.push(...reviewed.notComputed);
    notes.push(...reviewed.notes);
    charts.push(...reviewed.charts);
  }
  // Problems of instruments without a definition given: still worth saying.
  for (const p of problems) {
    if (!definitions.has(p.instrument) && p.date <= asOf) notComputed.push({ topic: `${p.instrument} on ${p.date}`, reason: p.message });
  }

  const goals = input.goals === undefined ? null : reviewGoals(input.goals, asOf, options.gas, withCharts, sources, notes, notComputed);
  if (goals?.chart) charts.push(goals.chart);

  const diary = input.diary === undefined ? null : reviewDiary(input.diary, asOf, options.diary, withCharts, sources, notes, notComputed);
  if (diary?.chart) charts.push(diary.chart);
  if (diary) {
    attention.push(...diary.attention);
    checked.push(...diary.checked);
  }

  const order: Record<AttentionItem['kind'], number> = { flag: 0, 'reliable-deterioration': 1, flare: 2, 'flag-unchecked': 3 };
  attention.sort((a, b) => order[a.kind] - order[b.kind]);

  const summary: string[] = [];
  for (const i of instruments) {
    const headline = i.scores.find((s) => s.score === 'total') ?? i.scores[0];
    if (headline) summary.push(headline.statement);
  }
  if (goals) summary.push(goals.review.statement);
  if (diary) summary.push(...diary.review.statements.slice(0, 1));

  const licences: ReviewLicence[] = instruments.map((i) => {
    const l = (definitions.get(i.id) as Instrument).licence;
    return {
      instrument: i.id,
      title: i.title,
      status: l.status,
      ...(l.holder ? { holder: l.holder } : {}),
      note: l.note,
      ...(l.url ? { url: l.url } : {}),
    };
  });

  const p = patient as unknown as ReviewPatient;
  return {
    kind: 'progress-review',
    patient: { id: p.id, ...(p.name !== undefined ? { name: p.name } : {}) },
    asOf,
    period: { from: firstDate < asOf ? firstDate : asOf, to: asOf },
    summary,
    attention,
    checked,
    instruments,
    goals: goals?.review ?? null,
    diary: diary?.review ?? null,
    notComputed,
    notes,
    charts,
    sources: sources.list(),
    licences,
  };
}
