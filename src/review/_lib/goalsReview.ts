import { goalsChart } from '../../charts/goalsChart/index.js';
import { describeValue, PromkitError } from '../../errors.js';
import { gasChange } from '../../goals/gasChange/index.js';
import { gasTScore, type GasTScoreOptions } from '../../goals/gasTScore/index.js';
import type { Goal } from '../../goals/goalSchema/index.js';
import type { GoalReview, GoalsReview, NotComputed, ReviewChart } from '../progressReview/index.js';
/** The goals chart's plot; its level labels and legend take about 280 px more. */
const GOALS_WIDTH = 400;
import { fmt, gasLevelText, plural } from './sentences.js';
import type { Sources } from './sources.js';

type GasSettings = Pick<GasTScoreOptions, 'rho' | 'weighting' | 'unrated'>;

/** @internal The goals part of a review, and its chart; null when there is no goal to show. */
export function reviewGoals(
  input: readonly Goal[],
  asOf: string,
  gas: GasSettings | undefined,
  withCharts: boolean,
  sources: Sources,
  notes: string[],
  notComputed: NotComputed[],
): { review: GoalsReview; chart: ReviewChart | null } | null {
  if (!Array.isArray(input)) {
    throw new PromkitError([{ code: 'invalid-type', path: ['goals'], input, message: `goals: expected an array of goals from defineGoal, got ${describeValue(input)}` }]);
  }
  if (input.length === 0) return null;
  const settings: GasSettings = { ...(gas ?? {}) };
  // Validates the whole set first, so that problems are reported with the caller's indices.
  gasTScore(input, { ...settings, at: 'baseline' });
  const kept: Goal[] = [];
  let laterReviews = 0;
  for (const goal of input) {
    if (goal.dateSet > asOf) {
      notes.push(`Goal "${goal.id}" was set on ${goal.dateSet}, after the review date ${asOf}, and is left out.`);
      continue;
    }
    const reviews = Object.fromEntries(Object.entries(goal.reviews).filter(([date]) => date <= asOf));
    laterReviews += Object.keys(goal.reviews).length - Object.keys(reviews).length;
    kept.push({ ...goal, reviews } as Goal);
  }
  if (laterReviews) notes.push(`${plural(laterReviews, 'goal review')} after the review date ${asOf} left out.`);
  if (kept.length === 0) return null;

  const keys = [sources.method('kiresuk1968'), sources.method('turnerStokes2009')];
  const reviewDates = [...new Set(kept.flatMap((g) => Object.keys(g.reviews)))].sort();
  const firstSet = kept.map((g) => g.dateSet).sort()[0] as string;
  const occasions = ['baseline', ...reviewDates].map((at) => {
    const r = gasTScore(kept, { ...settings, at });
    const occasion = {
      at,
      date: at === 'baseline' ? firstSet : at,
      tScore: r.tScore,
      included: r.included,
      of: r.of,
      ...(r.reason ? { reason: r.reason } : {}),
    };
    if (r.tScore === null) notComputed.push({ topic: `GAS T-score, ${at === 'baseline' ? 'baseline' : at}`, reason: r.reason ?? 'no goal rated' });
    return { occasion, result: r };
  });
  const baselineResult = (occasions[0] as (typeof occasions)[number]).result;
  const last = reviewDates[reviewDates.length - 1];
  const change = last !== undefined ? gasChange(kept, { ...settings, from: 'baseline', to: last }) : null;

  const goals: GoalReview[] = kept.map((goal, i) => {
    const levels = [
      { at: 'baseline', date: goal.dateSet, level: goal.baseline.level as number | null },
      ...Object.keys(goal.reviews).sort().map((date) => ({ at: date, date, level: (goal.reviews[date] ?? null) as number | null })),
    ];
    const rated = levels.slice(1).filter((l) => l.level !== null);
    const latestRated = rated[rated.length - 1];
    const latest = latestRated ? { date: latestRated.date, level: latestRated.level as number } : null;
    const statement = latest
      ? `${goal.description}: from ${gasLevelText(goal.baseline.level)} at baseline (${goal.dateSet}) to ${gasLevelText(latest.level)} on ${latest.date}.`
      : `${goal.description}: at ${gasLevelText(goal.baseline.level)} at baseline (${goal.dateSet}); not rated since.`;
    return {
      id: goal.id,
      description: goal.description,
      ...(goal.domain !== undefined ? { domain: goal.domain } : {}),
      expectedOutcome: goal.expectedOutcome,
      levels,
      latest,
      reachedExpected: latest ? latest.level >= 0 : null,
      weight: (baselineResult.goals[i] as { weight: number }).weight,
      statement,
    };
  });

  const lastOccasion = (occasions[occasions.length - 1] as (typeof occasions)[number]).occasion;
  const first = (occasions[0] as (typeof occasions)[number]).occasion;
  const reached = goals.filter((g) => g.reachedExpected === true).length;
  const t = (x: number | null) => (x === null ? 'not computed' : fmt(x));
  let statement = `Goal attainment (GAS T-score, ${plural(kept.length, 'goal')}; 50 means every goal met as expected): ${t(first.tScore)} at baseline`;
  statement += reviewDates.length ? `, ${t(lastOccasion.tScore)} on ${lastOccasion.at}; ${reached} of ${kept.length} at or above the expected outcome.` : '; no review yet.';

  let chart: ReviewChart | null = null;
  if (withCharts) {
    try {
      const spec = goalsChart(kept, { ...settings, width: GOALS_WIDTH, height: 170 });
      chart = { id: 'chart-goals', section: 'goals', title: 'Goal attainment over time', description: String(spec.description ?? ''), spec };
    } catch (error) {
      if (!(error instanceof PromkitError)) throw error;
      notComputed.push({ topic: 'Goals chart', reason: error.message });
    }
  }
  return {
    review: {
      goals,
      occasions: occasions.map((o) => o.occasion),
      change,
      rho: baselineResult.rho,
      weighting: baselineResult.weighting,
      statement,
      sources: keys,
    },
    chart,
  };
}
