import { describe, expect, it } from 'vitest';
import { defineGoal, gasChange, gasTScore, type Goal, type GoalInput } from '../../src/index.js';
import { issuesOf } from '../promkitError.js';

const base = { variant: 'gas-light', expectedOutcome: 'as agreed', dateSet: '2024-01-10' } as const;
const goal = (input: Partial<GoalInput> & Pick<GoalInput, 'id' | 'baseline'>): Goal => defineGoal({ ...base, description: input.id, ...input });

const goals = [
  goal({ id: 'walk', baseline: { level: -1 }, reviews: { '2024-03-06': 0, '2024-05-01': 1 } }),
  goal({ id: 'sleep', baseline: { level: -2 }, reviews: { '2024-03-06': -1, '2024-05-01': null } }),
  goal({ id: 'work', baseline: { level: -1 }, reviews: { '2024-03-06': -1 } }),
];

describe('gasChange', () => {
  it('baseline to a review: per-goal level change and the T-score change', () => {
    const result = gasChange(goals, { to: '2024-03-06' });
    expect(result.goals.map((g) => [g.id, g.from, g.to, g.change, g.direction, g.reachedExpected])).toEqual([
      ['walk', -1, 0, 1, 'improved', true],
      ['sleep', -2, -1, 1, 'improved', false],
      ['work', -1, -1, 0, 'unchanged', false],
    ]);
    // by hand, unweighted n = 3: baseline Σx = -4, review Σx = -2; √(0.7·3 + 0.3·9) = √4.8
    expect(result.tScoreFrom).toBeCloseTo(50 - 40 / Math.sqrt(4.8), 12);
    expect(result.tScoreTo).toBeCloseTo(50 - 20 / Math.sqrt(4.8), 12);
    expect(result.change).toBeCloseTo(20 / Math.sqrt(4.8), 12);
    expect([result.rated, result.of]).toEqual([3, 3]);
    expect(result.from.tScore).toBe(result.tScoreFrom);
    expect(result.to.tScore).toBe(result.tScoreTo);
    expect(result.reason).toBeUndefined();
  });

  it('goals not rated at the later review are reported and left out of both paired T-scores', () => {
    const result = gasChange(goals, { to: '2024-05-01' });
    expect(result.goals.map((g) => [g.id, g.change, g.reason])).toEqual([
      ['walk', 2, undefined],
      ['sleep', null, 'to: reviewed on 2024-05-01 but not rated'],
      ['work', null, 'to: no review on 2024-05-01'],
    ]);
    expect([result.rated, result.of]).toEqual([1, 3]);
    // paired set = walk only: one goal, T = 50 + 10x
    expect(result.tScoreFrom).toBeCloseTo(40, 12);
    expect(result.tScoreTo).toBeCloseTo(60, 12);
    expect(result.change).toBeCloseTo(20, 12);
    expect(result.reason).toContain('1 of 3 goals');
    // each occasion's own T-score is over the goals rated then
    expect(result.from.included).toBe(3);
    expect(result.to.included).toBe(1);
  });

  it("with unrated: 'null', no overall change unless every goal is rated at both", () => {
    const result = gasChange(goals, { to: '2024-05-01', unrated: 'null' });
    expect(result.change).toBeNull();
    expect(result.goals[0]?.change).toBe(2);
    expect(result.reason).toContain("unrated: 'null'");
    expect(gasChange(goals, { to: '2024-03-06', unrated: 'null' }).change).not.toBeNull();
  });

  it('between two reviews', () => {
    const result = gasChange(goals, { from: '2024-03-06', to: '2024-05-01' });
    expect(result.goals.map((g) => g.change)).toEqual([1, null, null]);
    expect(result.change).toBeCloseTo(10, 12);
    expect(gasChange(goals, { from: '2024-03-06', to: '2024-03-06' }).change).toBe(0);
  });

  it('no goal rated at both: change null with a reason', () => {
    const result = gasChange(goals, { to: '2024-06-01' });
    expect(result.change).toBeNull();
    expect(result.rated).toBe(0);
    expect(result.reason).toMatch(/No goal was rated at both/);
  });

  it('uses the same weights at both occasions', () => {
    const weighted = [
      goal({ id: 'a', baseline: { level: -1 }, importance: 3, difficulty: 3, reviews: { '2024-03-06': 1 } }),
      goal({ id: 'b', baseline: { level: -1 }, importance: 1, difficulty: 1, reviews: { '2024-03-06': -1 } }),
    ];
    const result = gasChange(weighted, { to: '2024-03-06' });
    expect(result.goals.map((g) => g.weight)).toEqual([9, 1]);
    expect(result.tScoreTo).toBe(gasTScore(weighted, { at: '2024-03-06' }).tScore);
    // By hand, weights 9 and 1, ρ = 0.3: √(0.7·(81 + 1) + 0.3·(9 + 1)²) = √87.4.
    // from (baseline −1, −1): 50 + 10·(−9 − 1)/√87.4 = 39.30 (unweighted it would be 50 − 20/√2.6 = 37.60);
    // to (+1, −1): 50 + 10·(9 − 1)/√87.4 = 58.56.
    expect(result.tScoreFrom).toBeCloseTo(50 - 100 / Math.sqrt(87.4), 12);
    expect(result.tScoreFrom).toBeCloseTo(39.3, 2);
    expect(result.tScoreTo).toBeCloseTo(50 + 80 / Math.sqrt(87.4), 12);
    expect(result.change).toBeCloseTo(180 / Math.sqrt(87.4), 12);
    expect(result.from.tScore).toBe(result.tScoreFrom);
    expect(result.from.weighting).toBe('weighted');
  });

  it.each([
    ['no options', undefined, ['options']],
    ['no to', {}, ['options', 'to']],
    ['to baseline', { to: 'baseline' }, ['options', 'to']],
    ['to not a date', { to: '2024-13-01' }, ['options', 'to']],
    ['from after to', { from: '2024-05-01', to: '2024-03-06' }, ['options', 'from']],
    ['unknown option', { to: '2024-03-06', at: 'baseline' }, ['options', 'at']],
  ] as const)('bad options: %s', (_, options, path) => {
    expect(issuesOf(() => gasChange(goals, options as never))[0]).toMatchObject({ code: 'invalid-argument', path });
  });

  it('needs goals with reviews, not single ratings', () => {
    expect(issuesOf(() => gasChange([{ attainment: 1 }] as never, { to: '2024-03-06' }))[0]).toMatchObject({ path: ['goals', 0] });
  });

  it('refuses mixed baseline conventions from baseline', () => {
    const mixed = [goals[0]!, goal({ id: 'c', baseline: { level: -2, convention: 'classic' }, reviews: { '2024-03-06': 0 } })];
    expect(issuesOf(() => gasChange(mixed, { to: '2024-03-06' }))[0]?.message).toMatch(/one convention/);
    expect(gasChange(mixed, { from: '2024-03-06', to: '2024-03-06' }).change).toBe(0);
  });
});
