/**
 * Contract tests for promkit/goals, written to close the mutation gaps of issue 18
 * (reports/mutation/goals.json): exact PromkitError issues, hand-worked Kiresuk & Sherman
 * T-scores, the result shape, GAS_LOINC and gasChange's option checks. Mutants judged
 * equivalent are listed with their reason in the team notes (equivalents-goals.md).
 */
import { describe, expect, it, vi } from 'vitest';
import { GAS_LOINC, gasChange, gasTScore, type GasRating, type Goal, type GoalInput, type PromkitIssue } from '../../src/index.js';
import { issuesOf } from '../promkitError.js';

const base: GoalInput = {
  id: 'walk',
  description: 'Walk to the corner shop',
  variant: 'gas-light',
  baseline: { level: -1 },
  expectedOutcome: 'Walks 500 m with one rest',
  dateSet: '2024-01-10',
};

/**
 * The issues defineGoal reports for `input`, from a freshly imported promkit. GoalSchema is
 * built on first use and cached (z.lazy); a fresh copy makes every test build it, so each
 * schema rule is exercised (and, under StrykerJS's per-test coverage, credited) by the test
 * that checks it, not only by whichever test happened to build it first.
 */
async function defineGoalIssues(input: unknown): Promise<readonly PromkitIssue[]> {
  vi.resetModules();
  const fresh = await import('../../src/index.js');
  try {
    fresh.defineGoal(input as GoalInput);
  } catch (error) {
    expect(error).toBeInstanceOf(fresh.PromkitError);
    return (error as InstanceType<typeof fresh.PromkitError>).issues;
  }
  throw new Error('expected a PromkitError');
}

async function freshDefineGoal(input: GoalInput): Promise<Goal> {
  vi.resetModules();
  return (await import('../../src/index.js')).defineGoal(input);
}

const one = (path: PromkitIssue['path'], input: unknown, message: string): PromkitIssue[] => [{ code: 'invalid-argument', path, input, message }];

describe('defineGoal reports each problem as one exact issue (code, path, input, message)', () => {
  it.each<[string, Record<string, unknown>, PromkitIssue[]]>([
    ['id not a string', { id: 7 }, one(['goal', 'id'], 7, 'id: expected a non-empty string, got 7')],
    ['id blank', { id: '   ' }, one(['goal', 'id'], '   ', 'id: must not be blank')],
    ['dateSet not a string', { dateSet: 20240110 }, one(['goal', 'dateSet'], 20240110, 'dateSet: expected a date written YYYY-MM-DD (e.g. "2024-03-01"), got 20240110')],
    // 2023 is not a leap year.
    ['dateSet not a calendar date', { dateSet: '2023-02-29' }, one(['goal', 'dateSet'], '2023-02-29', 'dateSet: "2023-02-29" is not a calendar date written YYYY-MM-DD (e.g. "2024-03-01")')],
    [
      'baseline level 0',
      { baseline: { level: 0 } },
      one(['goal', 'baseline', 'level'], 0, 'baseline.level: 0 is not a baseline level; a baseline is -1 (Turner-Stokes 2009: usual) or -2 (cannot get worse, or the classic convention)'),
    ],
    [
      'importance 4',
      { importance: 4, difficulty: 2 },
      one(['goal', 'importance'], 4, 'importance: 4 is not an importance rating; allowed are the whole numbers 0 (not at all), 1 (a little), 2 (moderately), 3 (very) (Turner-Stokes 2009)'),
    ],
    [
      'difficulty 1.5',
      { importance: 2, difficulty: 1.5 },
      one(['goal', 'difficulty'], 1.5, 'difficulty: 1.5 is not a difficulty rating; allowed are the whole numbers 0 (not at all), 1 (a little), 2 (moderately), 3 (very) (Turner-Stokes 2009)'),
    ],
    ['weight 0', { weight: 0 }, one(['goal', 'weight'], 0, 'weight: 0 is not a weight; a direct weight is a finite number > 0')],
    ['variant misspelt', { variant: 'GAS' }, one(['goal', 'variant'], 'GAS', 'variant: must be "gas" (five described levels) or "gas-light"')],
    [
      'convention misspelt',
      { baseline: { level: -2, convention: 'Classic' } },
      one(['goal', 'baseline', 'convention'], 'Classic', 'baseline.convention: must be "turner-stokes" (baseline -1, or -2) or "classic" (baseline -2)'),
    ],
    ['review date key not a date', { reviews: { 'March 6': 0 } }, one(['goal', 'reviews', 'March 6'], 'March 6', 'reviews.March 6: review dates are keys written YYYY-MM-DD (e.g. "2024-03-01")')],
    ['weight and importance × difficulty both given', { weight: 2, importance: 1, difficulty: 1 }, one(['goal', 'weight'], 2, 'weight: give either a direct weight or importance and difficulty, not both')],
    [
      'weight and importance without difficulty',
      { weight: 2, importance: 1 },
      [
        ...one(['goal', 'difficulty'], undefined, 'difficulty: give importance and difficulty together (weight = importance × difficulty, Turner-Stokes 2009); difficulty is missing'),
        ...one(['goal', 'weight'], 2, 'weight: give either a direct weight or importance and difficulty, not both'),
      ],
    ],
  ])('%s', async (_, change, expected) => {
    expect(await defineGoalIssues({ ...base, ...change })).toEqual(expected);
  });

  it('reports a symbol review key by its name, as a string path and input', async () => {
    const [only, ...rest] = await defineGoalIssues({ ...base, reviews: { [Symbol('x')]: 0 } });
    expect(rest).toEqual([]);
    expect(only?.path).toEqual(['goal', 'reviews', 'Symbol(x)']);
    expect(only?.input).toBe('Symbol(x)');
    expect(only?.message).toMatch(/^reviews\.Symbol\(x\): .*expected string/);
  });

  it('accepts a direct weight > 0 and the classic convention with a baseline of -2', async () => {
    const goal = await freshDefineGoal({ ...base, baseline: { level: -2, convention: 'classic' }, weight: 2.5 });
    expect(goal.weight).toBe(2.5);
    expect(goal.baseline).toEqual({ level: -2, convention: 'classic' });
  });
});

describe('gasTScore reports each problem of plain goals and ratings as one exact issue', () => {
  it('names the importance or difficulty rating that is out of range ("an importance", "a difficulty")', () => {
    expect(issuesOf(() => gasTScore([{ attainment: 0, importance: 4, difficulty: 1 }]))).toEqual(
      one(['goals', 0, 'importance'], 4, 'goals[0].importance: 4 is not an importance rating; allowed are the whole numbers 0, 1, 2, 3 (Turner-Stokes 2009)'),
    );
    expect(issuesOf(() => gasTScore([{ attainment: 0, importance: 1, difficulty: 9 }]))).toEqual(
      one(['goals', 0, 'difficulty'], 9, 'goals[0].difficulty: 9 is not a difficulty rating; allowed are the whole numbers 0, 1, 2, 3 (Turner-Stokes 2009)'),
    );
  });

  it('refuses a classic-convention baseline of -1 in a plain goal, reporting the level -1', () => {
    const plain = { id: 'g', baseline: { level: -1, convention: 'classic' }, reviews: {} };
    expect(issuesOf(() => gasTScore([plain as unknown as Goal], { at: 'baseline' }))).toEqual(
      one(['goals', 0, 'baseline', 'level'], -1, 'goals[0].baseline.level: the classic convention puts every baseline at -2; use convention "turner-stokes" for a baseline of -1'),
    );
  });

  it('refuses an occasion that is a String object, not a string', () => {
    const goal = { id: 'g', baseline: { level: -1 }, reviews: { '2024-03-06': 1 } } as unknown as Goal;
    const at = new String('2024-03-06') as unknown as string;
    expect(issuesOf(() => gasTScore([goal], { at })).map((i) => i.path)).toEqual([['options', 'at']]);
  });
});

// Kiresuk & Sherman (1968): T = 50 + 10·Σwᵢxᵢ / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²), ρ = 0.3, wᵢ = 1 here.
//   one goal, x = 1:          T = 50 + 10·1 / √(0.7·1 + 0.3·1)  = 50 + 10/1          = 60
//   two goals, x = (1, 0):    T = 50 + 10·1 / √(0.7·2 + 0.3·4)  = 50 + 10/√2.6       ≈ 56.20174
//   two goals, x = (−1, 0):   T = 50 − 10/√2.6                                      ≈ 43.79826
// (√2.6 ≈ 1.6124515, 10/√2.6 ≈ 6.2017367.)
describe('GAS T-score arithmetic and result shape (Kiresuk & Sherman 1968, rho = 0.3)', () => {
  const goal = (id: string, reviews: Record<string, -2 | -1 | 0 | 1 | 2 | null>): Goal =>
    ({ id, baseline: { level: -1, convention: 'turner-stokes' }, reviews }) as unknown as Goal;

  it("with unrated: 'null' and every goal rated, scores them all (56.20) and adds no 'at' key", () => {
    const result = gasTScore([{ attainment: 1 }, { attainment: 0 }], { unrated: 'null' });
    expect(result).toStrictEqual({
      tScore: expect.closeTo(56.20174, 4),
      rho: 0.3,
      weighting: 'unweighted',
      rated: 2,
      included: 2,
      of: 2,
      unratedPolicy: 'null',
      goals: [
        { id: 'goal 1', attainment: 1, rated: true, included: true, weight: 1, weightSource: 'unweighted' },
        { id: 'goal 2', attainment: 0, rated: true, included: true, weight: 1, weightSource: 'unweighted' },
      ],
    });
  });

  it('a review recorded as null is "reviewed but not rated", never level 0 (T over the other goal = 60)', () => {
    const result = gasTScore([goal('a', { '2024-03-06': null }), goal('b', { '2024-03-06': 1 })], { at: '2024-03-06' });
    expect(result.tScore).toBe(60); // level 0 for "a" would give 56.20
    expect(result.goals[0]).toEqual({ id: 'a', attainment: null, rated: false, included: false, weight: 1, weightSource: 'unweighted', reason: 'reviewed on 2024-03-06 but not rated' });
    expect(result.reason).toBe('T-score over 1 of 2 goals; left out: a (reviewed on 2024-03-06 but not rated).');
  });

  it('no occasion, nothing rated: the reason names no occasion', () => {
    const result = gasTScore([{ attainment: null }]);
    expect(result.tScore).toBeNull();
    expect(result.reason).toBe('No goal was rated; not scored. Not rated: goal 1 (no attainment given).');
  });

  it('at baseline, ratings mixed with goals neither break the convention check nor hide the goals’ convention (43.80)', () => {
    const ratingFirst: (Goal | GasRating)[] = [{ id: 'r', attainment: 0 }, goal('g', {})];
    for (const set of [ratingFirst, [...ratingFirst].reverse()]) {
      const result = gasTScore(set, { at: 'baseline' });
      expect(result.tScore).toBeCloseTo(43.79826, 4);
      expect(result.baselineConvention).toBe('turner-stokes');
    }
  });

  it('at baseline with ratings only: no baselineConvention key (T = 60); nothing rated is "not rated at baseline"', () => {
    const result = gasTScore([{ attainment: 1 }], { at: 'baseline' });
    expect(result.tScore).toBe(60);
    expect(result.at).toBe('baseline');
    expect(Object.hasOwn(result, 'baselineConvention')).toBe(false);
    expect(gasTScore([{ attainment: null }], { at: 'baseline' }).reason).toBe('No goal was rated at baseline; not scored. Not rated: goal 1 (no attainment given).');
  });
});

describe('GAS_LOINC codes (HL7 PCO IG STU 1, answer list LL6900-6)', () => {
  it('holds each observation and answer code with its display, frozen', () => {
    expect({ ...GAS_LOINC, source: undefined }).toStrictEqual({
      baseline: { code: '112296-9', display: 'Goal attainment scale GAS baseline' },
      practitionerFollowUp: { code: '107333-7', display: 'Practitioner follow-up goal attainment scaling score' },
      patientFollowUp: { code: '107334-5', display: 'Patient follow-up goal attainment scaling score' },
      caregiverFollowUp: { code: '107331-1', display: 'Caregiver follow-up goal attainment scaling score' },
      answerList: 'LL6900-6',
      answers: {
        '2': { code: 'LA34479-8', display: 'Much better than expected' },
        '1': { code: 'LA34480-6', display: 'Better than expected' },
        '0': { code: 'LA34481-4', display: 'Expected outcome' },
        '-1': { code: 'LA34483-0', display: 'Less than expected' },
        '-2': { code: 'LA34484-8', display: 'Much less than expected' },
      },
      tScore: null,
      source: undefined,
    });
    const entries = [GAS_LOINC.baseline, GAS_LOINC.practitionerFollowUp, GAS_LOINC.patientFollowUp, GAS_LOINC.caregiverFollowUp, ...Object.values(GAS_LOINC.answers)];
    expect(entries.every((e) => Object.isFrozen(e))).toBe(true);
  });
});

describe('gasChange option checks', () => {
  it('options that are not an object: one issue, no follow-on "to is required"', () => {
    const goal = { id: 'g', baseline: { level: -1 }, reviews: { '2024-03-06': 0 } } as unknown as Goal;
    expect(issuesOf(() => gasChange([goal], 5 as never))).toEqual(one(['options'], 5, 'options: expected an object, got 5'));
  });
});
