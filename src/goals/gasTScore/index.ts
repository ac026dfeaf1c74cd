import type { PromkitIssue } from '../../errors.js';
import { checkConventions, readEntries, readOccasion, readSettings, resolveWeights, scoreAt, throwIfAny } from '../_lib/gas.js';
import type { Goal, GasBaselineConvention, GasLevel } from '../goalSchema/index.js';

/**
 * One goal's rating given directly, without a dated goal record: the shape of the gasr
 * example (`scores` and `weights`). `attainment` null or absent = not rated.
 * Weight: a direct `weight` > 0, or `importance` and `difficulty` (0–3 each; weight =
 * importance × difficulty, Turner-Stokes 2009), or neither (unweighted).
 */
export interface GasRating {
  /** Names the goal in the result; defaults to `goal 1`, `goal 2`, … */
  readonly id?: string;
  /** −2…+2, or null/undefined when the goal was not rated. */
  readonly attainment: number | null | undefined;
  readonly weight?: number;
  readonly importance?: number;
  readonly difficulty?: number;
}

/** Options of {@link gasTScore}. */
export interface GasTScoreOptions {
  /**
   * ρ, the assumed average correlation between goal scores: 0 ≤ ρ < 1, default 0.3
   * (Kiresuk & Sherman 1968; Turner-Stokes 2009).
   */
  readonly rho?: number;
  /**
   * Which attainment to read from goals made with `defineGoal`: `'baseline'` or the date of a
   * review (`YYYY-MM-DD`). Required when the list holds such goals; ignored for ratings.
   */
  readonly at?: 'baseline' | string;
  /**
   * `'auto'` (default): weighted when every goal has a weight (importance × difficulty, or a
   * direct weight), unweighted (all wᵢ = 1) when none has; a mix is an error.
   * `'unweighted'`: wᵢ = 1 whatever the goals record.
   */
  readonly weighting?: 'auto' | 'unweighted';
  /**
   * Goals not rated at the occasion. `'exclude'` (default): the T-score is computed over the
   * rated goals only, and the result says how many and which were left out. `'null'`: no
   * T-score unless every goal is rated. Never counted as −2.
   */
  readonly unrated?: 'exclude' | 'null';
}

/** One goal in a {@link GasTScoreResult}. */
export interface GasGoalScore {
  readonly id: string;
  /** The level read at this occasion, or null when the goal was not rated. */
  readonly attainment: GasLevel | null;
  /** Whether the goal has a level at this occasion. */
  readonly rated: boolean;
  /** Whether the level entered the T-score (rated, and not left out of a paired comparison). */
  readonly included: boolean;
  /** The weight used (1 when unweighted). */
  readonly weight: number;
  /** Where the weight came from. */
  readonly weightSource: 'importance-difficulty' | 'direct' | 'unweighted';
  /** Why the goal is not rated, or not included. */
  readonly reason?: string;
}

/** The result of {@link gasTScore}. */
export interface GasTScoreResult {
  /** The aggregate T-score, unrounded; null when no goal (or, with `unrated: 'null'`, not every goal) was rated. */
  readonly tScore: number | null;
  /** The occasion scored, when given. */
  readonly at?: 'baseline' | string;
  /** ρ used. */
  readonly rho: number;
  /** Whether the weights were used. */
  readonly weighting: 'weighted' | 'unweighted';
  /** Goals rated at this occasion. */
  readonly rated: number;
  /** Goals whose level entered the T-score. */
  readonly included: number;
  /** Goals in the set. */
  readonly of: number;
  /** The unrated-goal rule applied. */
  readonly unratedPolicy: 'exclude' | 'null';
  /** Each goal, in input order. */
  readonly goals: readonly GasGoalScore[];
  /** At baseline: the goals' baseline convention. */
  readonly baselineConvention?: GasBaselineConvention;
  /** A sentence when goals were left out or the T-score is null. */
  readonly reason?: string;
}

const KNOWN = ['rho', 'at', 'weighting', 'unrated'] as const;

/**
 * Goal Attainment Scaling aggregate T-score (Kiresuk & Sherman 1968):
 *
 *   T = 50 + 10·Σwᵢxᵢ / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * with xᵢ the attainment of goal i (whole numbers −2…+2), wᵢ its weight and ρ the assumed
 * correlation between goals (default 0.3). T = 50 when every goal is at its expected level,
 * whatever the weights; T has SD ≈ 10 when goals are over- or under-achieved
 * (Turner-Stokes 2009, Clin Rehabil 23:362–370, which uses the corrected formula of its erratum).
 *
 * Weights: importance × difficulty (each 0–3, Turner-Stokes 2009) or a direct positive weight;
 * unweighted (wᵢ = 1) when no goal has a weight. Multiplying every weight by one constant
 * leaves T unchanged. A zero or negative weight is refused (it would drop a goal silently).
 *
 * Unrated goals: with the default `unrated: 'exclude'` T is computed over the goals rated at
 * the occasion, and `rated`, `included`, `goals[].reason` and `reason` say which were left out;
 * with `unrated: 'null'` T is null unless every goal is rated. An unrated goal is never
 * counted as −2. T is null (with a `reason`) when no goal is rated.
 *
 * Baselines: under the Turner-Stokes convention a baseline is −1, or −2 when the patient
 * cannot get worse; under the classic convention every baseline is −2. Score the baseline with
 * `{ at: 'baseline' }`.
 *
 * @param goals - goals from `defineGoal` (then pass `at`) and/or ratings `{ attainment, weight? }`
 * @param options - `rho`, `at`, `weighting`, `unrated`
 * @returns T (unrounded), the weights and ρ used, and which goals were rated and included
 * @throws {PromkitError} code `invalid-argument`, with a path such as
 *   `['goals', 2, 'attainment']`, for: an empty list; a level outside −2…+2 or not a whole
 *   number; a weight ≤ 0 or not finite; importance/difficulty outside 0–3 or given alone; a
 *   weight of 0 while weighting; some goals weighted and others not; duplicate ids;
 *   ρ outside [0, 1); a missing or malformed `at`; unknown options
 *
 * @example
 * ```ts
 * // gasr (taylordunn/gasr, R/calculate.R) example: scores and weights
 * const levels = [-2, 0, -1, 2, 0, 1];
 * const weights = [3, 5, 1, 4, 2, 6];
 * gasTScore(levels.map((attainment, i) => ({ attainment, weight: weights[i] }))).tScore;
 * //=> 55
 * gasTScore([{ attainment: 0 }, { attainment: 0 }, { attainment: 0 }]).tScore;
 * //=> 50
 * gasTScore([{ attainment: 1 }, { attainment: null }], { unrated: 'null' }).tScore;
 * //=> null
 * ```
 */
export function gasTScore(goals: readonly (Goal | GasRating)[], options?: GasTScoreOptions): GasTScoreResult {
  const issues: PromkitIssue[] = [];
  const { settings, raw } = readSettings(options, KNOWN, issues);
  const entries = readEntries(goals, issues, true);
  let at: string | undefined;
  if (raw.at !== undefined) at = readOccasion(raw.at, ['options', 'at'], issues);
  else if (entries.some((e) => e.kind === 'goal')) {
    issues.push({
      code: 'invalid-argument',
      path: ['options', 'at'],
      input: undefined,
      message: "options.at: goals made with defineGoal need an occasion: 'baseline' or a review date (YYYY-MM-DD)",
    });
  }
  if (at === 'baseline') checkConventions(entries, issues);
  const { weighted, weights } = resolveWeights(entries, settings.weighting, issues);
  throwIfAny(issues);
  return scoreAt(entries, weights, weighted, at, settings);
}
