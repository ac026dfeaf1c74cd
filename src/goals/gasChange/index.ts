import type { PromkitIssue } from '../../errors.js';
import { attainmentAt, checkConventions, readEntries, readOccasion, readSettings, resolveWeights, scoreAt, throwIfAny } from '../_lib/gas.js';
import type { GasTScoreResult } from '../gasTScore/index.js';
import type { Goal, GasLevel } from '../goalSchema/index.js';

/** Options of {@link gasChange}. */
export interface GasChangeOptions {
  /** The earlier occasion: `'baseline'` (default) or a review date `YYYY-MM-DD`. */
  readonly from?: 'baseline' | string;
  /** The later occasion: a review date `YYYY-MM-DD` (required), not before `from`. */
  readonly to: string;
  /** ρ, 0 ≤ ρ < 1, default 0.3 (Kiresuk & Sherman 1968). */
  readonly rho?: number;
  /** `'auto'` (default) or `'unweighted'`; see `GasTScoreOptions.weighting`. */
  readonly weighting?: 'auto' | 'unweighted';
  /**
   * `'exclude'` (default): the paired T-scores use the goals rated at both occasions;
   * `'null'`: no overall change unless every goal is rated at both.
   */
  readonly unrated?: 'exclude' | 'null';
}

/** One goal in a {@link GasChangeResult}. */
export interface GasGoalChange {
  readonly id: string;
  /** Level at `from` (the baseline level when `from` is `'baseline'`), or null when not rated. */
  readonly from: GasLevel | null;
  /** Level at `to`, or null when not rated. */
  readonly to: GasLevel | null;
  /** `to − from` in levels; null unless the goal is rated at both occasions. */
  readonly change: number | null;
  /** The sign of `change`; null when it is null. */
  readonly direction: 'improved' | 'unchanged' | 'worsened' | null;
  /** Whether the goal is at or above its expected outcome (level ≥ 0) at `to`; null when not rated. */
  readonly reachedExpected: boolean | null;
  /** The weight used. */
  readonly weight: number;
  /** Why `change` is null. */
  readonly reason?: string;
}

/** The result of {@link gasChange}. */
export interface GasChangeResult {
  /** T-score at `from`, over the goals rated then. */
  readonly from: GasTScoreResult;
  /** T-score at `to`, over the goals rated then. */
  readonly to: GasTScoreResult;
  /** T-score at `from` over the goals rated at both occasions (the paired set). */
  readonly tScoreFrom: number | null;
  /** T-score at `to` over the paired set. */
  readonly tScoreTo: number | null;
  /** `tScoreTo − tScoreFrom`; null when the paired set is empty (or, with `unrated: 'null'`, incomplete). */
  readonly change: number | null;
  /** Goals rated at both occasions. */
  readonly rated: number;
  /** Goals in the set. */
  readonly of: number;
  /** Each goal's level change, in input order. */
  readonly goals: readonly GasGoalChange[];
  /** A sentence when goals were left out of the paired comparison or the change is null. */
  readonly reason?: string;
}

const KNOWN = ['from', 'to', 'rho', 'weighting', 'unrated'] as const;

/**
 * Change in goal attainment between two occasions: per goal (levels moved) and overall
 * (Kiresuk & Sherman 1968 T-score at each occasion, and their difference).
 *
 * Rule for goals not rated at one of the occasions: they are reported (`goals[].change` null
 * with a `reason`), never dropped silently and never counted as −2. The overall `change`
 * compares like with like: `tScoreFrom` and `tScoreTo` are both computed over the goals rated
 * at both occasions (`rated` of `of`), with the same weights, so a goal missing at one review
 * cannot move the change. `from` and `to` also give each occasion's own T-score over the goals
 * rated then. With `unrated: 'null'` the change is null unless every goal is rated at both.
 *
 * From baseline: each goal's baseline level is used (Turner-Stokes 2009: −1, or −2 when the
 * patient cannot get worse; classic: −2); all goals must share one baseline convention.
 * Weights and ρ are as in `gasTScore` and are the same at both occasions.
 *
 * @param goals - goals from `defineGoal`, with dated `reviews`
 * @param options - `to` (required), `from` (default `'baseline'`), `rho`, `weighting`, `unrated`
 * @returns per-goal level changes, the T-score at each occasion and the paired change
 * @throws {PromkitError} code `invalid-argument` for invalid goals (as `gasTScore`), a rating
 *   without dated reviews, a missing or malformed `to`, `from` after `to`, mixed baseline
 *   conventions, or unknown options
 *
 * @example
 * ```ts
 * const goals = [
 *   defineGoal({ id: 'walk', description: 'Walk to the shop', variant: 'gas-light',
 *     baseline: { level: -1 }, expectedOutcome: 'Walks 500 m with one rest',
 *     dateSet: '2024-01-10', reviews: { '2024-03-06': 0 } }),
 *   defineGoal({ id: 'sleep', description: 'Sleep through', variant: 'gas-light',
 *     baseline: { level: -2 }, expectedOutcome: 'Wakes at most once a night',
 *     dateSet: '2024-01-10', reviews: { '2024-03-06': -1 } }),
 * ];
 * const result = gasChange(goals, { to: '2024-03-06' });
 * result.goals.map((g) => g.change); //=> [1, 1]
 * result.tScoreFrom; // 50 + 10·(−3)/√(0.7·2 + 0.3·4) ≈ 31.39
 * result.tScoreTo;   // 50 + 10·(−1)/√2.6 ≈ 43.80
 * result.change;     //=> 12.40347345892085 (= 20/√2.6)
 * ```
 */
export function gasChange(goals: readonly Goal[], options: GasChangeOptions): GasChangeResult {
  const issues: PromkitIssue[] = [];
  const { settings, raw } = readSettings(options, KNOWN, issues);
  const entries = readEntries(goals, issues, false);
  let from: string | undefined = 'baseline';
  if (raw.from !== undefined) from = readOccasion(raw.from, ['options', 'from'], issues);
  let to: string | undefined;
  if (raw.to === undefined) {
    if (options !== undefined && options !== null && typeof options === 'object') {
      issues.push({ code: 'invalid-argument', path: ['options', 'to'], input: undefined, message: 'options.to: the later review date (YYYY-MM-DD) is required' });
    } else if (options === undefined) {
      issues.push({ code: 'invalid-argument', path: ['options'], input: undefined, message: "options: expected { to: 'YYYY-MM-DD', from?: 'baseline' | 'YYYY-MM-DD' }" });
    }
  } else if (raw.to === 'baseline') {
    issues.push({ code: 'invalid-argument', path: ['options', 'to'], input: raw.to, message: "options.to: expected a review date (YYYY-MM-DD); 'baseline' can only be the earlier occasion" });
  } else {
    to = readOccasion(raw.to, ['options', 'to'], issues);
  }
  if (from !== undefined && to !== undefined && from !== 'baseline' && from > to) {
    issues.push({ code: 'invalid-argument', path: ['options', 'from'], input: from, message: `options.from: ${from} is after options.to (${to})` });
  }
  if (from === 'baseline') checkConventions(entries, issues);
  const { weighted, weights } = resolveWeights(entries, settings.weighting, issues);
  throwIfAny(issues);

  const fromResult = scoreAt(entries, weights, weighted, from, settings);
  const toResult = scoreAt(entries, weights, weighted, to, settings);

  const paired = new Set<number>();
  const perGoal: GasGoalChange[] = entries.map((entry, i) => {
    const a = attainmentAt(entry, from);
    const b = attainmentAt(entry, to);
    const goal: { -readonly [K in keyof GasGoalChange]: GasGoalChange[K] } = {
      id: entry.id,
      from: a.level,
      to: b.level,
      change: null,
      direction: null,
      reachedExpected: b.level === null ? null : b.level >= 0,
      weight: weights[i] as number,
    };
    if (a.level !== null && b.level !== null) {
      paired.add(i);
      goal.change = b.level - a.level;
      goal.direction = goal.change > 0 ? 'improved' : goal.change < 0 ? 'worsened' : 'unchanged';
    } else {
      goal.reason = [a.level === null ? `from: ${a.reason}` : '', b.level === null ? `to: ${b.reason}` : ''].filter(Boolean).join('; ');
    }
    return goal;
  });

  const result: { -readonly [K in keyof GasChangeResult]: GasChangeResult[K] } = {
    from: fromResult,
    to: toResult,
    tScoreFrom: null,
    tScoreTo: null,
    change: null,
    rated: paired.size,
    of: entries.length,
    goals: perGoal,
  };
  const left = perGoal.filter((g) => g.change === null).map((g) => `${g.id} (${g.reason})`);
  if (paired.size === 0) {
    result.reason = `No goal was rated at both occasions; no change. Not paired: ${left.join(', ')}.`;
  } else if (settings.unrated === 'null' && left.length > 0) {
    result.reason = `Not every goal was rated at both occasions, and unrated: 'null' needs all; no change. Not paired: ${left.join(', ')}.`;
  } else {
    const exclude = { ...settings, unrated: 'exclude' as const };
    const a = scoreAt(entries, weights, weighted, from, exclude, paired).tScore as number;
    const b = scoreAt(entries, weights, weighted, to, exclude, paired).tScore as number;
    result.tScoreFrom = a;
    result.tScoreTo = b;
    result.change = b - a;
    if (left.length > 0) result.reason = `Change over the ${paired.size} of ${entries.length} goals rated at both occasions; left out: ${left.join(', ')}.`;
  }
  return result;
}
