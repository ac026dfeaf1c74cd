import { describe, expect, it } from 'vitest';
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
