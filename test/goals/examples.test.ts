/** The `//=>` results shown in the TSDoc of src/goals/* hold. */
import { describe, expect, it } from 'vitest';
import { defineGoal, GAS_LOINC, gasChange, gasTScore, GoalSchema, PromkitError } from '../../src/index.js';

describe('TSDoc examples of src/goals', () => {
  it('gasTScore', () => {
    const levels = [-2, 0, -1, 2, 0, 1];
    const weights = [3, 5, 1, 4, 2, 6];
    expect(gasTScore(levels.map((attainment, i) => ({ attainment, weight: weights[i] }))).tScore).toBe(55);
    expect(gasTScore([{ attainment: 0 }, { attainment: 0 }, { attainment: 0 }]).tScore).toBe(50);
    expect(gasTScore([{ attainment: 1 }, { attainment: null }], { unrated: 'null' }).tScore).toBeNull();
  });

  it('defineGoal and GoalSchema', () => {
    const goal = defineGoal({
      id: 'walk', description: 'Walk to the corner shop', variant: 'gas-light',
      baseline: { level: -1, description: 'Walks 100 m, then must sit' },
      expectedOutcome: 'Walks 500 m to the shop with one rest',
      importance: 3, difficulty: 2, dateSet: '2024-01-10', reviews: { '2024-03-06': 0 },
    });
    expect(goal.baseline.convention).toBe('turner-stokes');
    expect(() => defineGoal({ ...goal, reviews: { '2024-03-06': 3 } } as never)).toThrow(PromkitError);
    expect(() => defineGoal({ ...goal, reviews: { '2024-03-06': 3 } } as never)).toThrow(
      'reviews.2024-03-06: 3 is outside the GAS scale; allowed levels are -2, -1, 0, 1, 2',
    );
    expect(
      GoalSchema.safeParse({ id: 'walk', description: 'Walk to the shop', baseline: { level: -1 },
        expectedOutcome: 'Walks 500 m with one rest', variant: 'gas-light', dateSet: '2024-01-10' }).success,
    ).toBe(true);
  });

  it('gasChange', () => {
    const goals = [
      defineGoal({ id: 'walk', description: 'Walk to the shop', variant: 'gas-light', baseline: { level: -1 },
        expectedOutcome: 'Walks 500 m with one rest', dateSet: '2024-01-10', reviews: { '2024-03-06': 0 } }),
      defineGoal({ id: 'sleep', description: 'Sleep through', variant: 'gas-light', baseline: { level: -2 },
        expectedOutcome: 'Wakes at most once a night', dateSet: '2024-01-10', reviews: { '2024-03-06': -1 } }),
    ];
    const result = gasChange(goals, { to: '2024-03-06' });
    expect(result.goals.map((g) => g.change)).toEqual([1, 1]);
    expect(result.tScoreFrom).toBeCloseTo(31.39, 2);
    expect(result.tScoreTo).toBeCloseTo(43.8, 2);
    expect(result.change).toBe(12.40347345892085);
    expect(result.change).toBeCloseTo(20 / Math.sqrt(2.6), 12);
  });

  it('GAS_LOINC', () => {
    expect(GAS_LOINC.patientFollowUp.code).toBe('107334-5');
    expect(GAS_LOINC.answers['0'].code).toBe('LA34481-4');
    expect(GAS_LOINC.tScore).toBeNull();
  });
});
