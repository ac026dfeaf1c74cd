import { deepFreeze } from '../../_lib/deepFreeze.js';
import { englishErrors } from '../../_lib/englishErrors.js';
import { PromkitError, type PromkitIssue } from '../../errors.js';
import { isRecord, own, pathText } from '../_lib/util.js';
import { GoalSchema, type Goal, type GoalInput } from '../goalSchema/index.js';

/**
 * Validates one Goal Attainment Scaling goal and returns it deeply frozen, with defaults filled
 * in (`variant: 'gas'`, `baseline.convention: 'turner-stokes'`, `reviews: {}`).
 *
 * Rules checked (see `GoalSchema`): levels are the whole numbers −2…+2 (Kiresuk & Sherman 1968;
 * a GAS-light "−3 worse than baseline" is refused); the baseline is −1 or −2 (Turner-Stokes 2009:
 * −1 usually, −2 when the patient cannot get worse; the `'classic'` convention requires −2); a
 * five-level goal describes all of −2, −1, +1, +2; importance and difficulty come together, each
 * 0–3 (weight = importance × difficulty, Turner-Stokes 2009), or a direct weight > 0 instead;
 * dates are calendar dates `YYYY-MM-DD` and no review precedes `dateSet`. The input is not
 * modified.
 *
 * @param input - the goal as plain data
 * @returns the validated goal, deeply frozen
 * @throws {PromkitError} with code `invalid-argument` and a `path` into the goal
 *   (e.g. `['goal', 'reviews', '2024-03-01']`) for each problem, saying what is allowed
 *
 * @example
 * ```ts
 * const goal = defineGoal({
 *   id: 'walk', description: 'Walk to the corner shop', variant: 'gas-light',
 *   baseline: { level: -1, description: 'Walks 100 m, then must sit' },
 *   expectedOutcome: 'Walks 500 m to the shop with one rest',
 *   importance: 3, difficulty: 2, dateSet: '2024-01-10', reviews: { '2024-03-06': 0 },
 * });
 * goal.baseline.convention; //=> 'turner-stokes'
 * defineGoal({ ...goal, reviews: { '2024-03-06': 3 } });
 * //=> throws PromkitError: 'reviews.2024-03-06: 3 is outside the GAS scale; allowed levels are -2, -1, 0, 1, 2'
 * ```
 */
export function defineGoal(input: GoalInput): Goal {
  const parsed = GoalSchema.safeParse(input, { reportInput: true, error: englishErrors() });
  if (!parsed.success) {
    throw new PromkitError(
      parsed.error.issues.map((issue): PromkitIssue => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const nested = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
        return {
          code: 'invalid-argument',
          path: ['goal', ...path],
          input:
            issue.code === 'invalid_key'
              ? path[path.length - 1]
              : 'input' in issue && issue.input !== undefined
                ? issue.input
                : valueAt(input, path),
          message: `${path.length ? pathText(path) : 'goal'}: ${nested ?? issue.message}`,
        };
      }),
    );
  }
  return deepFreeze(parsed.data as Goal);
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node)) node = own(node, String(key));
    else return undefined;
  }
  return node;
}
