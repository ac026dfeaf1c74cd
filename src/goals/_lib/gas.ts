import { describeValue, PromkitError, type PromkitIssue } from '../../errors.js';
import type { GasGoalScore, GasTScoreResult } from '../gasTScore/index.js';
import type { GasBaselineConvention, GasLevel } from '../goalSchema/index.js';
import { kiresukShermanT } from './tscore.js';
import { isIsoDate, isRecord, levelProblem, own, pathText } from './util.js';

/** When a goal set is scored: at baseline, or at the review of a given date. @internal */
export type Occasion = 'baseline' | string;

/** @internal */
export type ResolvedWeight =
  | { readonly source: 'direct'; readonly value: number }
  | { readonly source: 'importance-difficulty'; readonly value: number; readonly importance: number; readonly difficulty: number }
  | { readonly source: 'none' };

/** One goal or rating, checked and normalised. @internal */
export interface Entry {
  readonly index: number;
  readonly id: string;
  readonly kind: 'goal' | 'rating';
  readonly weight: ResolvedWeight;
  /** Ratings: the attainment given (null = not rated). */
  readonly attainment: GasLevel | null;
  /** Goals: baseline level and convention, and the reviews. */
  readonly baseline: -1 | -2 | null;
  readonly convention: GasBaselineConvention | null;
  readonly reviews: Readonly<Record<string, unknown>>;
}

/** Options every goal-attainment calculator shares, resolved. @internal */
export interface Settings {
  readonly rho: number;
  readonly weighting: 'auto' | 'unweighted';
  readonly unrated: 'exclude' | 'null';
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

function issue(issues: PromkitIssue[], path: (string | number)[], input: unknown, message: string): void {
  issues.push({ code: 'invalid-argument', path, input, message: `${pathText(path)}: ${message}` });
}

/** Throws the collected issues, if any. @internal */
export function throwIfAny(issues: readonly PromkitIssue[]): void {
  if (issues.length > 0) throw new PromkitError(issues);
}

/**
 * Reads the options common to the calculators; reports unknown keys (a misspelt option would
 * otherwise be ignored silently).
 * @internal
 */
export function readSettings(options: unknown, known: readonly string[], issues: PromkitIssue[]): { settings: Settings; raw: Record<string, unknown> } {
  const fallback: Settings = { rho: 0.3, weighting: 'auto', unrated: 'exclude' };
  if (options === undefined) return { settings: fallback, raw: {} };
  if (!isRecord(options)) {
    issue(issues, ['options'], options, `expected an object, got ${describeValue(options)}`);
    return { settings: fallback, raw: {} };
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) issue(issues, ['options', key], options[key], `unknown option; allowed options are ${known.join(', ')}`);
  }
  let rho = 0.3;
  const rawRho = own(options, 'rho');
  if (rawRho !== undefined) {
    if (typeof rawRho === 'number' && rawRho >= 0 && rawRho < 1) rho = rawRho;
    else issue(issues, ['options', 'rho'], rawRho, `expected a number with 0 <= rho < 1 (the assumed correlation between goals; Kiresuk & Sherman use 0.3), got ${describeValue(rawRho)}`);
  }
  let weighting: Settings['weighting'] = 'auto';
  const rawWeighting = own(options, 'weighting');
  if (rawWeighting !== undefined) {
    if (rawWeighting === 'auto' || rawWeighting === 'unweighted') weighting = rawWeighting;
    else issue(issues, ['options', 'weighting'], rawWeighting, `expected 'auto' or 'unweighted', got ${describeValue(rawWeighting)}`);
  }
  let unrated: Settings['unrated'] = 'exclude';
  const rawUnrated = own(options, 'unrated');
  if (rawUnrated !== undefined) {
    if (rawUnrated === 'exclude' || rawUnrated === 'null') unrated = rawUnrated;
    else issue(issues, ['options', 'unrated'], rawUnrated, `expected 'exclude' (T over the rated goals) or 'null' (no T unless every goal is rated), got ${describeValue(rawUnrated)}`);
  }
  return { settings: { rho, weighting, unrated }, raw: options };
}

/** Checks an occasion option: 'baseline' or a YYYY-MM-DD date. @internal */
export function readOccasion(value: unknown, path: (string | number)[], issues: PromkitIssue[]): Occasion | undefined {
  if (value === 'baseline' || isIsoDate(value)) return value;
  issue(issues, path, value, `expected 'baseline' or a review date written YYYY-MM-DD (e.g. "2024-03-01"), got ${describeValue(value)}`);
  return undefined;
}

/** A weight that was reported as invalid: counts as "has a weight" so no follow-on issue is raised. */
const INVALID: ResolvedWeight = { source: 'direct', value: Number.NaN };

function readWeight(entry: Record<string, unknown>, at: (string | number)[], issues: PromkitIssue[]): ResolvedWeight {
  const weight = own(entry, 'weight');
  const importance = own(entry, 'importance');
  const difficulty = own(entry, 'difficulty');
  const hasPair = importance !== undefined || difficulty !== undefined;
  if (weight !== undefined && weight !== null) {
    if (hasPair) issue(issues, [...at, 'weight'], weight, 'give either a direct weight or importance and difficulty, not both');
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      issue(issues, [...at, 'weight'], weight, `${describeValue(weight)} is not a weight; a weight is a finite number > 0 (leave it out for unweighted goals)`);
      return INVALID;
    }
    return { source: 'direct', value: weight };
  }
  if (!hasPair) return { source: 'none' };
  let ok = true;
  for (const [name, value] of [['importance', importance], ['difficulty', difficulty]] as const) {
    if (value === undefined) {
      issue(issues, [...at, name], value, `give importance and difficulty together (weight = importance × difficulty, Turner-Stokes 2009); ${name} is missing`);
      ok = false;
    } else if (value !== 0 && value !== 1 && value !== 2 && value !== 3) {
      issue(issues, [...at, name], value, `${describeValue(value)} is not a ${name} rating; allowed are the whole numbers 0, 1, 2, 3 (Turner-Stokes 2009)`);
      ok = false;
    }
  }
  if (!ok) return INVALID;
  return { source: 'importance-difficulty', value: (importance as number) * (difficulty as number), importance: importance as number, difficulty: difficulty as number };
}

/**
 * Checks a list of goals (from `defineGoal`, or plain objects of that shape) and/or ratings
 * (`{ attainment, weight? | importance?, difficulty? }`), collecting every problem.
 * @internal
 */
export function readEntries(goals: unknown, issues: PromkitIssue[], allowRatings: boolean): Entry[] {
  if (!Array.isArray(goals)) {
    issue(issues, ['goals'], goals, `expected an array of goals, got ${describeValue(goals)}`);
    return [];
  }
  if (goals.length === 0) {
    issue(issues, ['goals'], goals, 'expected at least one goal, got an empty array');
    return [];
  }
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  // Array.from visits holes (a sparse array's missing entries) as undefined, which forEach would skip.
  Array.from(goals as unknown[]).forEach((raw: unknown, index) => {
    const at = ['goals', index];
    if (!isRecord(raw)) {
      issue(issues, at, raw, `expected a goal (from defineGoal) or a rating { attainment, weight? }, got ${describeValue(raw)}`);
      return;
    }
    const isRating = Object.prototype.hasOwnProperty.call(raw, 'attainment');
    if (!isRating && !Object.prototype.hasOwnProperty.call(raw, 'baseline')) {
      issue(issues, at, raw, 'expected a goal with a baseline and reviews (from defineGoal) or a rating with an attainment');
      return;
    }
    if (isRating && !allowRatings) {
      issue(issues, at, raw, 'change needs goals with a baseline and dated reviews (from defineGoal), not a single rating');
      return;
    }
    const rawId = own(raw, 'id');
    let id = `goal ${index + 1}`;
    if (typeof rawId === 'string' && rawId.trim().length > 0) id = rawId;
    else if (rawId !== undefined || !isRating) issue(issues, [...at, 'id'], rawId, `expected a non-empty string id, got ${describeValue(rawId)}`);
    const previous = seen.get(id);
    if (previous !== undefined) issue(issues, [...at, 'id'], id, `duplicate goal id "${id}" (also goals[${previous}])`);
    seen.set(id, index);
    const weight = readWeight(raw, at, issues);

    if (isRating) {
      const value = own(raw, 'attainment');
      let attainment: GasLevel | null = null;
      if (value !== null && value !== undefined) {
        const problem = levelProblem(value);
        if (problem) issue(issues, [...at, 'attainment'], value, problem);
        else attainment = ((value as number) + 0) as GasLevel;
      }
      entries.push({ index, id, kind: 'rating', weight, attainment, baseline: null, convention: null, reviews: EMPTY });
      return;
    }

    const baseline = own(raw, 'baseline');
    let level: -1 | -2 | null = null;
    let convention: GasBaselineConvention = 'turner-stokes';
    if (!isRecord(baseline)) {
      issue(issues, [...at, 'baseline'], baseline, `expected { level: -1 | -2, convention? }, got ${describeValue(baseline)}`);
    } else {
      const rawLevel = own(baseline, 'level');
      if (rawLevel === -1 || rawLevel === -2) level = rawLevel;
      else issue(issues, [...at, 'baseline', 'level'], rawLevel, `${describeValue(rawLevel)} is not a baseline level; a baseline is -1 or -2`);
      const rawConvention = own(baseline, 'convention');
      if (rawConvention === 'classic' || rawConvention === 'turner-stokes') convention = rawConvention;
      else if (rawConvention !== undefined) {
        issue(issues, [...at, 'baseline', 'convention'], rawConvention, `expected 'turner-stokes' or 'classic', got ${describeValue(rawConvention)}`);
      }
      if (convention === 'classic' && level === -1) {
        issue(issues, [...at, 'baseline', 'level'], -1, 'the classic convention puts every baseline at -2; use convention "turner-stokes" for a baseline of -1');
      }
    }
    const reviews = own(raw, 'reviews');
    let checked: Readonly<Record<string, unknown>> = EMPTY;
    if (reviews !== undefined) {
      if (!isRecord(reviews)) {
        issue(issues, [...at, 'reviews'], reviews, `expected a record from review date (YYYY-MM-DD) to attainment level, got ${describeValue(reviews)}`);
      } else {
        checked = reviews;
        for (const date of Object.keys(reviews)) {
          if (!isIsoDate(date)) issue(issues, [...at, 'reviews', date], date, `${describeValue(date)} is not a review date written YYYY-MM-DD`);
          const value = reviews[date];
          if (value === null) continue;
          const problem = levelProblem(value);
          if (problem) issue(issues, [...at, 'reviews', date], value, problem);
        }
      }
    }
    entries.push({ index, id, kind: 'goal', weight, attainment: null, baseline: level, convention, reviews: checked });
  });
  return entries;
}

/** The attainment of one entry at an occasion, or null with the reason it is not rated. @internal */
export function attainmentAt(entry: Entry, at: Occasion | undefined): { level: GasLevel | null; reason?: string } {
  if (entry.kind === 'rating') return entry.attainment === null ? { level: null, reason: 'no attainment given' } : { level: entry.attainment };
  if (at === 'baseline') return { level: entry.baseline };
  if (at === undefined) return { level: null, reason: 'no occasion given' };
  if (!Object.prototype.hasOwnProperty.call(entry.reviews, at)) return { level: null, reason: `no review on ${at}` };
  const value = entry.reviews[at];
  if (value === null || value === undefined) return { level: null, reason: `reviewed on ${at} but not rated` };
  return { level: ((value as number) + 0) as GasLevel };
}

/**
 * Decides weighted or unweighted for a whole goal set and returns each goal's weight.
 * 'auto': weighted when every goal carries a weight, unweighted when none does; a mix is an
 * error (a goal without a weight would otherwise get an arbitrary one). A zero weight
 * (importance or difficulty 0) is refused when weighting: it would drop the goal silently.
 * @internal
 */
export function resolveWeights(entries: readonly Entry[], weighting: Settings['weighting'], issues: PromkitIssue[]): { weighted: boolean; weights: number[] } {
  const ones = entries.map(() => 1);
  if (weighting === 'unweighted') return { weighted: false, weights: ones };
  const withWeight = entries.filter((e) => e.weight.source !== 'none');
  if (withWeight.length === 0) return { weighted: false, weights: ones };
  if (withWeight.length < entries.length) {
    const example = withWeight[0] as Entry;
    for (const e of entries) {
      if (e.weight.source === 'none') {
        issue(issues, ['goals', e.index], e.id, `goal "${e.id}" has no weight while goal "${example.id}" has one; give every goal a weight (importance and difficulty, or weight) or pass { weighting: 'unweighted' }`);
      }
    }
    return { weighted: true, weights: ones };
  }
  const weights = entries.map((e) => {
    const w = e.weight as Exclude<ResolvedWeight, { source: 'none' }>;
    if (w.value === 0 && w.source === 'importance-difficulty') {
      issue(issues, ['goals', e.index], e.id, `goal "${e.id}" has weight 0 (importance ${w.importance} × difficulty ${w.difficulty}), which would drop it from the T-score; rate importance and difficulty 1-3 or pass { weighting: 'unweighted' }`);
    }
    return w.value;
  });
  return { weighted: true, weights };
}

/**
 * Scores a checked goal set at one occasion.
 * @internal
 */
export function scoreAt(
  entries: readonly Entry[],
  weights: readonly number[],
  weighted: boolean,
  at: Occasion | undefined,
  settings: Settings,
  only?: ReadonlySet<number>,
): GasTScoreResult {
  const goals: { -readonly [K in keyof GasGoalScore]: GasGoalScore[K] }[] = [];
  const levels: number[] = [];
  const used: number[] = [];
  const notRated: string[] = [];
  entries.forEach((entry, i) => {
    const { level, reason } = attainmentAt(entry, at);
    const weight = weights[i] as number;
    const weightSource: GasGoalScore['weightSource'] = weighted ? (entry.weight.source as 'direct' | 'importance-difficulty') : 'unweighted';
    const excluded = only !== undefined && !only.has(i);
    const goal: { -readonly [K in keyof GasGoalScore]: GasGoalScore[K] } = { id: entry.id, attainment: level, rated: level !== null, included: false, weight, weightSource };
    if (level === null) {
      notRated.push(`${entry.id} (${reason})`);
      goal.reason = reason;
    } else if (excluded) {
      goal.reason = 'not rated at the other occasion of the comparison';
    } else {
      goal.included = true;
      levels.push(level);
      used.push(weight);
    }
    goals.push(goal);
  });
  const result: { -readonly [K in keyof GasTScoreResult]: GasTScoreResult[K] } = {
    tScore: null,
    rho: settings.rho,
    weighting: weighted ? 'weighted' : 'unweighted',
    rated: goals.filter((g) => g.rated).length,
    included: levels.length,
    of: entries.length,
    unratedPolicy: settings.unrated,
    goals,
  };
  if (at !== undefined) result.at = at;
  if (at === 'baseline') {
    const conventions = new Set(entries.filter((e) => e.kind === 'goal').map((e) => e.convention));
    if (conventions.size === 1) result.baselineConvention = [...conventions][0] as GasBaselineConvention;
  }
  const when = at === undefined ? '' : at === 'baseline' ? ' at baseline' : ` on ${at}`;
  if (levels.length === 0 || (settings.unrated === 'null' && notRated.length > 0)) {
    for (const goal of goals) goal.included = false;
    result.included = 0;
    result.reason =
      levels.length === 0
        ? `No goal was rated${when}; not scored. Not rated: ${notRated.join(', ') || 'none'}.`
        : `Not every goal was rated${when}, and unrated: 'null' needs all; not scored. Not rated: ${notRated.join(', ')}.`;
  } else {
    result.tScore = kiresukShermanT(levels, used, settings.rho);
    if (levels.length < entries.length) {
      const left = goals.filter((g) => !g.included).map((g) => `${g.id} (${g.reason})`);
      result.reason = `T-score over ${levels.length} of ${entries.length} goals; left out: ${left.join(', ')}.`;
    }
  }
  return result;
}

/** Goal sets scored at baseline must share one baseline convention. @internal */
export function checkConventions(entries: readonly Entry[], issues: PromkitIssue[]): void {
  const goals = entries.filter((e) => e.kind === 'goal');
  const first = goals[0];
  const other = goals.find((e) => e.convention !== first?.convention);
  if (first && other) {
    issues.push({
      code: 'invalid-argument',
      path: ['goals', other.index, 'baseline', 'convention'],
      input: other.convention,
      message: `goals[${other.index}].baseline.convention: goal "${other.id}" uses the ${other.convention} baseline convention but goal "${first.id}" uses ${first.convention}; a baseline T-score needs one convention for the whole set`,
    });
  }
}
