import * as z from 'zod/mini';
import { describeValue } from '../../errors.js';
import { isIsoDate, levelProblem, type DeepReadonly, type Level } from '../_lib/util.js';

/**
 * A Goal Attainment Scaling level: −2 much less than expected, −1 somewhat less than expected,
 * 0 the expected outcome, +1 somewhat more, +2 much more than expected (Kiresuk & Sherman 1968).
 * Only whole numbers: the T-score formula is defined on this five-point scale.
 */
export type GasLevel = Level;

/**
 * How the goal's levels were written.
 * - `'gas'`: the five-level scale of Kiresuk & Sherman (1968), a description for each of −2…+2.
 * - `'gas-light'`: GAS-light, Turner-Stokes' simplified form (King's College London;
 *   Turner-Stokes 2009, Clin Rehabil 23:362–370): only the goal itself (the expected outcome, 0)
 *   and the baseline are written; the other levels are rated with the standard verbal anchors
 *   ("a little / a lot more than expected", "partially achieved", …). Same −2…+2 levels, same
 *   T-score.
 */
export type GasVariant = 'gas' | 'gas-light';

/**
 * Where the baseline sits on the scale.
 * - `'turner-stokes'` (default): baseline −1, or −2 when the patient cannot get any worse
 *   (Turner-Stokes 2009), so that deterioration can be recorded.
 * - `'classic'`: every baseline at −2, so any progress scores at least −1 (e.g. King et al. 1999,
 *   paediatric GAS).
 */
export type GasBaselineConvention = 'turner-stokes' | 'classic';

const LEVEL_KEYS = ['-2', '-1', '1', '2'] as const;

function buildGoalSchema() {
  const Text = z
    .string({ error: (iss) => `expected a non-empty string, got ${describeValue(iss.input)}` })
    .check(z.refine((s) => s.trim().length > 0, { error: 'must not be blank' }));

  const IsoDate = z
    .string({ error: (iss) => `expected a date written YYYY-MM-DD (e.g. "2024-03-01"), got ${describeValue(iss.input)}` })
    .check(z.refine(isIsoDate, { error: (iss) => `${describeValue(iss.input)} is not a calendar date written YYYY-MM-DD (e.g. "2024-03-01")` }));

  const Level = z.custom<GasLevel>((v) => levelProblem(v) === null, {
    error: (iss) => levelProblem(iss.input) ?? 'not a GAS attainment level',
  });

  const BaselineLevel = z.custom<-1 | -2>((v) => v === -1 || v === -2, {
    error: (iss) =>
      `${describeValue(iss.input)} is not a baseline level; a baseline is -1 (Turner-Stokes 2009: usual) or -2 (cannot get worse, or the classic convention)`,
  });

  const ZeroToThree = (what: 'importance' | 'difficulty') =>
    z.custom<0 | 1 | 2 | 3>((v) => v === 0 || v === 1 || v === 2 || v === 3, {
      error: (iss) =>
        `${describeValue(iss.input)} is not ${what === 'importance' ? 'an' : 'a'} ${what} rating; allowed are the whole numbers 0 (not at all), 1 (a little), 2 (moderately), 3 (very) (Turner-Stokes 2009)`,
    });

  const Weight = z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v > 0, {
    error: (iss) => `${describeValue(iss.input)} is not a weight; a direct weight is a finite number > 0`,
  });

  const Levels = z.strictObject({
    '-2': z.optional(Text),
    '-1': z.optional(Text),
    '1': z.optional(Text),
    '2': z.optional(Text),
  });

  const note = (text: string) => z.describe(text);

  return z
    .strictObject({
      id: Text.check(note('stable id of the goal, unique within a patient’s goal set')),
      description: Text.check(note('the goal as agreed with the patient')),
      domain: z.optional(Text.check(note('e.g. "mobility", "work", "sleep"'))),
      variant: z._default(z.enum(['gas', 'gas-light'], { error: 'must be "gas" (five described levels) or "gas-light"' }), 'gas'),
      baseline: z.strictObject({
        level: BaselineLevel,
        convention: z._default(
          z.enum(['turner-stokes', 'classic'], { error: 'must be "turner-stokes" (baseline -1, or -2) or "classic" (baseline -2)' }),
          'turner-stokes',
        ),
        description: z.optional(Text.check(note('what the patient can do at baseline'))),
      }),
      expectedOutcome: Text.check(note('the expected level of outcome (level 0): the goal itself')),
      levels: z.optional(Levels.check(note('descriptions of levels -2, -1, +1, +2 (all four for variant "gas")'))),
      importance: z.optional(ZeroToThree('importance')),
      difficulty: z.optional(ZeroToThree('difficulty')),
      weight: z.optional(Weight.check(note('a direct weight, instead of importance × difficulty'))),
      dateSet: IsoDate,
      reviewDue: z.optional(IsoDate),
      reviews: z._default(
        z
          .record(
            z.string().check(z.refine(isIsoDate, { error: 'review dates are keys written YYYY-MM-DD (e.g. "2024-03-01")' })),
            z.nullable(Level),
          )
          .check(note('review date → attainment level; null = reviewed but not rated')),
        {},
      ),
    })
    .check(
      z.superRefine((goal, ctx) => {
      if (goal.variant === 'gas') {
        for (const key of LEVEL_KEYS) {
          if (goal.levels?.[key] === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['levels', key],
              input: undefined,
              message: `a five-level GAS goal (variant "gas") describes every level -2, -1, +1, +2 besides the expected outcome; level ${key} is missing (or use variant "gas-light")`,
            });
          }
        }
      }
      if (goal.baseline.convention === 'classic' && goal.baseline.level !== -2) {
        ctx.addIssue({
          code: 'custom',
          path: ['baseline', 'level'],
          input: goal.baseline.level,
          message: 'the classic convention puts every baseline at -2; use convention "turner-stokes" for a baseline of -1',
        });
      }
      if ((goal.importance === undefined) !== (goal.difficulty === undefined)) {
        const missing = goal.importance === undefined ? 'importance' : 'difficulty';
        ctx.addIssue({
          code: 'custom',
          path: [missing],
          input: undefined,
          message: `give importance and difficulty together (weight = importance × difficulty, Turner-Stokes 2009); ${missing} is missing`,
        });
      }
      if (goal.weight !== undefined && (goal.importance !== undefined || goal.difficulty !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['weight'],
          input: goal.weight,
          message: 'give either a direct weight or importance and difficulty, not both',
        });
      }
      if (goal.reviewDue !== undefined && goal.reviewDue < goal.dateSet) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewDue'],
          input: goal.reviewDue,
          message: `the review is due ${goal.reviewDue}, before the goal was set (${goal.dateSet})`,
        });
      }
      for (const date of Object.keys(goal.reviews)) {
        if (date < goal.dateSet) {
          ctx.addIssue({
            code: 'custom',
            path: ['reviews', date],
            input: date,
            message: `review ${date} is before the goal was set (${goal.dateSet})`,
          });
        }
      }
      }),
    );
}

/**
 * The zod schema of one goal for Goal Attainment Scaling (GAS), a `zod/mini` schema built on
 * first use. Use `defineGoal`, which parses with it, reports problems (in English) as a
 * `PromkitError` with a path into the goal, and freezes the result.
 *
 * Fields: `id`, `description`, optional `domain`; `variant` (`'gas'` five described levels,
 * Kiresuk & Sherman 1968, or `'gas-light'`, Turner-Stokes 2009); `baseline` (`level` −1 or −2,
 * `convention`, optional `description`); `expectedOutcome` (level 0); `levels` (descriptions of
 * −2, −1, +1, +2; all four required for `'gas'`); weights as `importance` and `difficulty`
 * (each 0–3; weight = importance × difficulty, Turner-Stokes 2009) or a direct positive
 * `weight`, or none (unweighted); `dateSet`, optional `reviewDue` (YYYY-MM-DD); `reviews`, a
 * record from review date to attainment level (−2…+2, or `null` when reviewed but not rated).
 *
 * @example
 * ```ts
 * GoalSchema.safeParse({ id: 'walk', description: 'Walk to the shop', baseline: { level: -1 },
 *   expectedOutcome: 'Walks 500 m with one rest', variant: 'gas-light', dateSet: '2024-01-10' }).success;
 * //=> true
 * ```
 */
export const GoalSchema = /* @__PURE__ */ z.lazy(buildGoalSchema);

/** A goal as written by the caller: the input of {@link GoalSchema}. */
export type GoalInput = z.input<typeof GoalSchema>;

/** A validated, deeply frozen goal (defaults filled in): the output of `defineGoal`. */
export type Goal = DeepReadonly<z.output<typeof GoalSchema>>;
