import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineGoal, GoalSchema, PromkitError, type GoalInput } from '../../src/index.js';

const fiveLevel: GoalInput = {
  id: 'stairs',
  description: 'Climb the stairs at home',
  domain: 'mobility',
  baseline: { level: -1, description: 'Climbs 4 steps with both rails, then stops' },
  expectedOutcome: 'Climbs the 14 steps with one rail and one rest',
  levels: {
    '-2': 'Cannot climb any step',
    '-1': 'Climbs 4 to 13 steps, or needs two rests',
    '1': 'Climbs the 14 steps with one rail, no rest',
    '2': 'Climbs the 14 steps without a rail',
  },
  importance: 3,
  difficulty: 2,
  dateSet: '2024-01-10',
  reviewDue: '2024-03-06',
  reviews: { '2024-03-06': 0, '2024-05-01': null },
};

function issuesOf(input: unknown) {
  try {
    defineGoal(input as GoalInput);
  } catch (error) {
    expect(error).toBeInstanceOf(PromkitError);
    return (error as PromkitError).issues;
  }
  throw new Error('expected a PromkitError');
}

describe('defineGoal', () => {
  it('returns the goal deeply frozen with defaults, and leaves the input alone', () => {
    const input = structuredClone(fiveLevel);
    const goal = defineGoal(input);
    expect(input).toEqual(fiveLevel);
    expect(goal.variant).toBe('gas');
    expect(goal.baseline.convention).toBe('turner-stokes');
    expect(goal.reviews).toEqual({ '2024-03-06': 0, '2024-05-01': null });
    expect(Object.isFrozen(goal) && Object.isFrozen(goal.baseline) && Object.isFrozen(goal.reviews) && Object.isFrozen(goal.levels)).toBe(true);
    expect(GoalSchema.safeParse(fiveLevel).success).toBe(true);
  });

  it('accepts a GAS-light goal: only the goal and the baseline written (Turner-Stokes)', () => {
    const goal = defineGoal({ id: 'walk', description: 'Walk to the shop', variant: 'gas-light', baseline: { level: -2 }, expectedOutcome: 'Walks 500 m', weight: 2.5, dateSet: '2024-01-10' });
    expect(goal.reviews).toEqual({});
    expect(goal.weight).toBe(2.5);
  });

  it.each([
    ['review level 3', { reviews: { '2024-03-06': 3 } }, ['goal', 'reviews', '2024-03-06'], /allowed levels are -2, -1, 0, 1, 2/],
    ['review level -3', { reviews: { '2024-03-06': -3 } }, ['goal', 'reviews', '2024-03-06'], /GAS-light/],
    ['review level 0.5', { reviews: { '2024-03-06': 0.5 } }, ['goal', 'reviews', '2024-03-06'], /whole number/],
    ['review date not a date', { reviews: { 'March 6': 0 } }, ['goal', 'reviews', 'March 6'], /YYYY-MM-DD/],
    ['baseline 0', { baseline: { level: 0 } }, ['goal', 'baseline', 'level'], /-1 .* or -2/],
    ['classic convention with baseline -1', { baseline: { level: -1, convention: 'classic' } }, ['goal', 'baseline', 'level'], /classic convention/],
    ['five-level goal without level 2', { levels: { '-2': 'a', '-1': 'b', '1': 'c' } }, ['goal', 'levels', '2'], /level 2 is missing/],
    ['importance 4', { importance: 4 }, ['goal', 'importance'], /0 \(not at all\)/],
    ['importance without difficulty', { difficulty: undefined }, ['goal', 'difficulty'], /together/],
    ['weight with importance', { weight: 2 }, ['goal', 'weight'], /not both/],
    ['weight 0', { importance: undefined, difficulty: undefined, weight: 0 }, ['goal', 'weight'], /> 0/],
    ['31 February', { dateSet: '2024-02-31' }, ['goal', 'dateSet'], /calendar date/],
    ['review before the goal was set', { reviews: { '2023-12-01': 0 } }, ['goal', 'reviews', '2023-12-01'], /before the goal was set/],
    ['review due before the goal was set', { reviewDue: '2023-12-01' }, ['goal', 'reviewDue'], /before the goal was set/],
    ['blank description', { description: '  ' }, ['goal', 'description'], /blank/],
    ['unknown field', { colour: 'red' }, ['goal'], /colour/],
  ] as const)('%s', (_, patch, path, message) => {
    const issues = issuesOf({ ...fiveLevel, ...patch });
    const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.code).toBe('invalid-argument');
    expect(issue!.message).toMatch(message);
  });

  it('puts the offending value in the issue', () => {
    expect(issuesOf({ ...fiveLevel, reviews: { '2024-03-06': 7 } })[0]).toMatchObject({ input: 7 });
    expect(issuesOf({ ...fiveLevel, reviews: { nope: 1 } })[0]).toMatchObject({ input: 'nope' });
  });
});

describe('defineGoal: every issue, with path, input and the whole message', () => {
  const base = { id: 'walk', description: 'Walk', variant: 'gas-light', baseline: { level: -1 }, expectedOutcome: 'Walks', dateSet: '2024-01-10' } as const;
  const list = (patch: object) => issuesOf({ ...base, ...patch }).map((i) => [i.path, i.input, i.message]);

  it('text fields: strings that are not blank', () => {
    expect(list({ id: ' ', description: 5 })).toEqual([
      [['goal', 'id'], ' ', 'id: must not be blank'],
      [['goal', 'description'], 5, 'description: expected a non-empty string, got 5'],
    ]);
  });

  it('dates: calendar dates written YYYY-MM-DD, none before the goal was set (the same day is fine)', () => {
    expect(list({ dateSet: '2024-02-30', reviewDue: 20240101 })).toEqual([
      [['goal', 'dateSet'], '2024-02-30', 'dateSet: "2024-02-30" is not a calendar date written YYYY-MM-DD (e.g. "2024-03-01")'],
      [['goal', 'reviewDue'], 20240101, 'reviewDue: expected a date written YYYY-MM-DD (e.g. "2024-03-01"), got 20240101'],
    ]);
    expect(list({ reviewDue: '2024-01-09' })).toEqual([[['goal', 'reviewDue'], '2024-01-09', 'reviewDue: the review is due 2024-01-09, before the goal was set (2024-01-10)']]);
    expect(list({ reviews: { '2024-01-09': 0 } })).toEqual([[['goal', 'reviews', '2024-01-09'], '2024-01-09', 'reviews.2024-01-09: review 2024-01-09 is before the goal was set (2024-01-10)']]);
    const sameDay = defineGoal({ ...base, reviewDue: '2024-01-10', reviews: { '2024-01-10': 0 } });
    expect([sameDay.reviewDue, sameDay.reviews]).toEqual(['2024-01-10', { '2024-01-10': 0 }]);
    expect(list({ reviews: { x: 1, '2024-02-01': 7 } })).toEqual([
      [['goal', 'reviews', 'x'], 'x', 'reviews.x: review dates are keys written YYYY-MM-DD (e.g. "2024-03-01")'],
      [['goal', 'reviews', '2024-02-01'], 7, 'reviews.2024-02-01: 7 is outside the GAS scale; allowed levels are -2, -1, 0, 1, 2'],
    ]);
  });

  it('baseline: level -1 or -2, a known convention, -2 under the classic one', () => {
    expect(list({ baseline: { level: 0, convention: 'x' } })).toEqual([
      [['goal', 'baseline', 'level'], 0, 'baseline.level: 0 is not a baseline level; a baseline is -1 (Turner-Stokes 2009: usual) or -2 (cannot get worse, or the classic convention)'],
      [['goal', 'baseline', 'convention'], 'x', 'baseline.convention: must be "turner-stokes" (baseline -1, or -2) or "classic" (baseline -2)'],
    ]);
    expect(list({ baseline: { level: -1, convention: 'classic' } })).toEqual([
      [['goal', 'baseline', 'level'], -1, 'baseline.level: the classic convention puts every baseline at -2; use convention "turner-stokes" for a baseline of -1'],
    ]);
    expect(defineGoal({ ...base, baseline: { level: -2, convention: 'classic' } }).baseline).toEqual({ level: -2, convention: 'classic' });
  });

  it('weights: importance and difficulty together (0–3 each), or a direct weight > 0, not both', () => {
    expect(list({ importance: 4, weight: -1 })).toEqual([
      [['goal', 'importance'], 4, 'importance: 4 is not an importance rating; allowed are the whole numbers 0 (not at all), 1 (a little), 2 (moderately), 3 (very) (Turner-Stokes 2009)'],
      [['goal', 'weight'], -1, 'weight: -1 is not a weight; a direct weight is a finite number > 0'],
    ]);
    expect(list({ difficulty: 1 })).toEqual([[['goal', 'importance'], undefined, 'importance: give importance and difficulty together (weight = importance × difficulty, Turner-Stokes 2009); importance is missing']]);
    expect(list({ importance: 1 })).toEqual([[['goal', 'difficulty'], undefined, 'difficulty: give importance and difficulty together (weight = importance × difficulty, Turner-Stokes 2009); difficulty is missing']]);
    expect(list({ difficulty: 1.5, importance: 0 })).toEqual([
      [['goal', 'difficulty'], 1.5, 'difficulty: 1.5 is not a difficulty rating; allowed are the whole numbers 0 (not at all), 1 (a little), 2 (moderately), 3 (very) (Turner-Stokes 2009)'],
    ]);
    expect(list({ weight: 2, difficulty: 1, importance: 1 })).toEqual([[['goal', 'weight'], 2, 'weight: give either a direct weight or importance and difficulty, not both']]);
    expect(list({ weight: 2, difficulty: 1 }).map(([path]) => path)).toEqual([['goal', 'importance'], ['goal', 'weight']]);
    expect(list({ weight: '2' })).toEqual([[['goal', 'weight'], '2', 'weight: "2" is not a weight; a direct weight is a finite number > 0']]);
    expect(list({ weight: Infinity })).toEqual([[['goal', 'weight'], Infinity, 'weight: Infinity is not a weight; a direct weight is a finite number > 0']]);
    expect(defineGoal({ ...base, importance: 0, difficulty: 3 })).toMatchObject({ importance: 0, difficulty: 3 });
  });

  it('variant "gas" (the default) needs every level described', () => {
    expect(list({ variant: 'x' })).toEqual([[['goal', 'variant'], 'x', 'variant: must be "gas" (five described levels) or "gas-light"']]);
    const missing = (key: string) => [['goal', 'levels', key], undefined, `levels.${key}: a five-level GAS goal (variant "gas") describes every level -2, -1, +1, +2 besides the expected outcome; level ${key} is missing (or use variant "gas-light")`];
    expect(list({ variant: 'gas', levels: { '-2': 'a', '2': 'b' } })).toEqual([missing('-1'), missing('1')]);
    expect(list({ variant: undefined })).toEqual([missing('-2'), missing('-1'), missing('1'), missing('2')]);
    expect(list({ levels: { '3': 'x' } })).toEqual([[['goal', 'levels'], { '3': 'x' }, 'levels: Unrecognized key: "3"']]);
  });

  it('not a goal at all', () => {
    expect(issuesOf(null).map((i) => [i.path, i.input, i.message])).toEqual([[['goal'], null, 'goal: Invalid input: expected object, received null']]);
  });

  it('GoalSchema documents its fields', () => {
    // zod/mini keeps descriptions in the global registry; optional and default wrappers hold none.
    type Node = { _zod: { def: { innerType?: Node; shape?: Record<string, Node> }; innerType?: Node } };
    const described = (node: Node): string | undefined => {
      const own = z.globalRegistry.get(node as unknown as z.core.$ZodType)?.description;
      return own ?? (node._zod.def.innerType ? described(node._zod.def.innerType) : undefined);
    };
    const shape = (GoalSchema as unknown as Node)._zod.innerType!._zod.def.shape!;
    expect({
      id: described(shape.id!),
      description: described(shape.description!),
      domain: described(shape.domain!),
      expectedOutcome: described(shape.expectedOutcome!),
      levels: described(shape.levels!),
      weight: described(shape.weight!),
      reviews: described(shape.reviews!),
      baseline: described(shape.baseline!._zod.def.shape!.description!),
    }).toEqual({
      id: 'stable id of the goal, unique within a patient’s goal set',
      description: 'the goal as agreed with the patient',
      domain: 'e.g. "mobility", "work", "sleep"',
      expectedOutcome: 'the expected level of outcome (level 0): the goal itself',
      levels: 'descriptions of levels -2, -1, +1, +2 (all four for variant "gas")',
      weight: 'a direct weight, instead of importance × difficulty',
      reviews: 'review date → attainment level; null = reviewed but not rated',
      baseline: 'what the patient can do at baseline',
    });
  });
});
