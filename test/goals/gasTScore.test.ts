/**
 * GAS T-score: one generic runner over test/goals/gas-cases.json (each case names its source),
 * then the rules for weights, unrated goals, baselines and bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineGoal, GAS_LOINC, gasTScore, PromkitError, type GasRating, type GasTScoreOptions, type GoalInput } from '../../src/index.js';
import { originProblem } from '../origins.js';
import { issuesOf } from '../promkitError.js';

interface GasCase {
  name: string;
  origin: string;
  source: string;
  ratings: GasRating[];
  options?: GasTScoreOptions;
  expect: { tScore: number | null; digits?: number; rated?: number; included?: number; of?: number };
}
const file = JSON.parse(readFileSync(join(import.meta.dirname, 'gas-cases.json'), 'utf8')) as { cases: GasCase[] };

describe('GAS reference cases (test/goals/gas-cases.json)', () => {
  it('every case has an origin its source supports (published with a locator, or hand with the working)', () => {
    expect(file.cases.map((c) => [c.name, originProblem(c)]).filter(([, problem]) => problem !== undefined)).toEqual([]);
  });
  it.each(file.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = gasTScore(c.ratings, c.options);
    if (c.expect.tScore === null) expect(result.tScore).toBeNull();
    else expect(result.tScore).toBeCloseTo(c.expect.tScore, c.expect.digits ?? 6);
    if (c.expect.rated !== undefined) expect(result.rated).toBe(c.expect.rated);
    if (c.expect.included !== undefined) expect(result.included).toBe(c.expect.included);
    if (c.expect.of !== undefined) expect(result.of).toBe(c.expect.of);
  });
});

describe('gasTScore', () => {
  it('reports the weights and rho used, and which goals were rated', () => {
    // gasr R/calculate.R example (taylordunn/gasr @ 1de118a6): T = 55 by hand
    const levels = [-2, 0, -1, 2, 0, 1];
    const weights = [3, 5, 1, 4, 2, 6];
    const result = gasTScore(levels.map((attainment, i) => ({ id: `g${i + 1}`, attainment, weight: weights[i] })));
    expect(result.tScore).toBe(55);
    expect(result.rho).toBe(0.3);
    expect(result.weighting).toBe('weighted');
    expect(result.goals.map((g) => g.weight)).toEqual(weights);
    expect(result.goals.every((g) => g.rated && g.included && g.weightSource === 'direct')).toBe(true);
    expect(result.reason).toBeUndefined();
  });

  it('uses wᵢ = 1 when no goal has a weight, and when told to ignore weights', () => {
    const unweighted = gasTScore([{ attainment: 1 }, { attainment: 0 }, { attainment: 2 }]);
    expect(unweighted.weighting).toBe('unweighted');
    expect(unweighted.goals.map((g) => g.weightSource)).toEqual(['unweighted', 'unweighted', 'unweighted']);
    const ignored = gasTScore(
      [{ attainment: 1, weight: 9 }, { attainment: 0, importance: 0, difficulty: 3 }, { attainment: 2, weight: 1 }],
      { weighting: 'unweighted' },
    );
    // gasr README S02 (1, 0, 2) unweighted: 63.69306
    expect(ignored.tScore).toBeCloseTo(63.69306, 5);
    expect(unweighted.tScore).toBe(ignored.tScore);
  });

  it('weights by importance × difficulty (Turner-Stokes 2009)', () => {
    const result = gasTScore([
      { attainment: -1, importance: 3, difficulty: 2 },
      { attainment: 1, importance: 2, difficulty: 2 },
    ]);
    expect(result.goals.map((g) => [g.weight, g.weightSource])).toEqual([
      [6, 'importance-difficulty'],
      [4, 'importance-difficulty'],
    ]);
    // by hand: Σwx = -2, Σw² = 52, Σw = 10: T = 50 - 20/√(36.4 + 30)
    expect(result.tScore).toBeCloseTo(50 - 20 / Math.sqrt(66.4), 12);
  });

  it('rho is configurable; rho = 0 gives 50 + 10·Σx/√n unweighted', () => {
    expect(gasTScore([{ attainment: 1 }, { attainment: 1 }, { attainment: 1 }, { attainment: 1 }], { rho: 0 }).tScore).toBe(70);
    expect(gasTScore([{ attainment: 1 }, { attainment: 2 }], { rho: 0.5 }).rho).toBe(0.5);
  });

  describe('unrated goals', () => {
    const ratings: GasRating[] = [{ id: 'a', attainment: 2 }, { id: 'b', attainment: null }, { id: 'c', attainment: 1 }, { id: 'd', attainment: 0 }];

    it('by default: T over the rated goals, with the count and the goals left out', () => {
      const result = gasTScore(ratings);
      expect(result.tScore).toBe(gasTScore([ratings[0]!, ratings[2]!, ratings[3]!]).tScore);
      expect([result.rated, result.included, result.of]).toEqual([3, 3, 4]);
      expect(result.goals[1]).toMatchObject({ id: 'b', attainment: null, rated: false, included: false, reason: 'no attainment given' });
      expect(result.reason).toContain('3 of 4 goals');
      expect(result.reason).toContain('b (no attainment given)');
    });

    it('is never counted as -2', () => {
      const asMinusTwo = gasTScore(ratings.map((r) => ({ ...r, attainment: r.attainment ?? -2 })));
      expect(gasTScore(ratings).tScore).not.toBe(asMinusTwo.tScore);
    });

    it("with unrated: 'null', T is null unless every goal is rated", () => {
      const result = gasTScore(ratings, { unrated: 'null' });
      expect(result.tScore).toBeNull();
      expect(result.included).toBe(0);
      expect(result.reason).toContain("unrated: 'null'");
    });

    it('with no goal rated, T is null with a reason', () => {
      const result = gasTScore([{ attainment: null }, { attainment: undefined }]);
      expect(result.tScore).toBeNull();
      expect(result.reason).toMatch(/No goal was rated/);
    });
  });

  describe('goals from defineGoal', () => {
    const base = {
      variant: 'gas-light',
      expectedOutcome: 'as agreed',
      dateSet: '2024-01-10',
    } as const;
    const goals = [
      defineGoal({ ...base, id: 'walk', description: 'walk', baseline: { level: -1 }, importance: 3, difficulty: 2, reviews: { '2024-03-06': 0, '2024-05-01': 1 } }),
      defineGoal({ ...base, id: 'sleep', description: 'sleep', baseline: { level: -2 }, importance: 2, difficulty: 2, reviews: { '2024-03-06': null } }),
    ];

    it('reads the baseline or the review of the given date', () => {
      const atBaseline = gasTScore(goals, { at: 'baseline' });
      expect(atBaseline.goals.map((g) => g.attainment)).toEqual([-1, -2]);
      expect(atBaseline.baselineConvention).toBe('turner-stokes');
      expect(atBaseline.at).toBe('baseline');
      // by hand: weights 6, 4; Σwx = -14; √(0.7·52 + 0.3·100) = √66.4
      expect(atBaseline.tScore).toBeCloseTo(50 - 140 / Math.sqrt(66.4), 12);

      const march = gasTScore(goals, { at: '2024-03-06' });
      expect(march.goals.map((g) => [g.attainment, g.reason])).toEqual([
        [0, undefined],
        [null, 'reviewed on 2024-03-06 but not rated'],
      ]);
      expect(march.tScore).toBe(50);
      const may = gasTScore(goals, { at: '2024-05-01' });
      expect(may.goals[1]?.reason).toBe('no review on 2024-05-01');
      expect(may.tScore).toBe(60);
    });

    it('needs an occasion', () => {
      expect(issuesOf(() => gasTScore(goals))[0]).toMatchObject({ code: 'invalid-argument', path: ['options', 'at'] });
      expect(issuesOf(() => gasTScore(goals, { at: '6 March 2024' }))[0]?.message).toMatch(/YYYY-MM-DD/);
    });

    it('classic convention: every baseline at -2', () => {
      const classic = [-2, -2, -2].map((level, i) =>
        defineGoal({ ...base, variant: 'gas-light', id: `g${i}`, description: 'x', baseline: { level: level as -2, convention: 'classic' } }),
      );
      const result = gasTScore(classic, { at: 'baseline' });
      expect(result.baselineConvention).toBe('classic');
      // by hand: 50 - 60/√4.8
      expect(result.tScore).toBeCloseTo(22.613872, 6);
    });

    it('refuses a baseline T-score over mixed conventions', () => {
      const mixed = [goals[0]!, defineGoal({ ...base, id: 'c', description: 'x', baseline: { level: -2, convention: 'classic' }, importance: 1, difficulty: 1 })];
      expect(issuesOf(() => gasTScore(mixed, { at: 'baseline' }))[0]).toMatchObject({ path: ['goals', 1, 'baseline', 'convention'] });
      expect(gasTScore(mixed, { at: '2024-03-06' }).tScore).toBe(50);
    });
  });

  describe('bad input: PromkitError with a path and what is allowed', () => {
    it.each([
      ['empty list', [], ['goals'], /at least one goal/],
      ['not an array', 'goals' as never, ['goals'], /array of goals/],
      ['level 3', [{ attainment: 3 }], ['goals', 0, 'attainment'], /allowed levels are -2, -1, 0, 1, 2/],
      ['level -3 (GAS-light "worse")', [{ attainment: -3 }], ['goals', 0, 'attainment'], /not on the Kiresuk-Sherman scale/],
      ['level 0.5', [{ attainment: 0.5 }], ['goals', 0, 'attainment'], /not a whole number/],
      ['level NaN', [{ attainment: Number.NaN }], ['goals', 0, 'attainment'], /not a GAS attainment level/],
      ['level "1"', [{ attainment: '1' as never }], ['goals', 0, 'attainment'], /expected a GAS attainment level/],
      ['weight 0', [{ attainment: 1, weight: 0 }], ['goals', 0, 'weight'], /finite number > 0/],
      ['negative weight', [{ attainment: 1, weight: -2 }], ['goals', 0, 'weight'], /finite number > 0/],
      ['infinite weight', [{ attainment: 1, weight: Infinity }], ['goals', 0, 'weight'], /finite number > 0/],
      ['importance 4', [{ attainment: 1, importance: 4, difficulty: 1 }], ['goals', 0, 'importance'], /0, 1, 2, 3/],
      ['difficulty alone', [{ attainment: 1, difficulty: 2 }], ['goals', 0, 'importance'], /together/],
      ['weight and importance', [{ attainment: 1, weight: 2, importance: 1, difficulty: 1 }], ['goals', 0, 'weight'], /not both/],
      ['importance 0 → weight 0', [{ attainment: 1, importance: 0, difficulty: 2 }], ['goals', 0], /weight 0 .*would drop it/],
      ['some weighted, some not', [{ attainment: 1, weight: 2 }, { attainment: 0 }], ['goals', 1], /has no weight while/],
      ['duplicate ids', [{ id: 'a', attainment: 1 }, { id: 'a', attainment: 0 }], ['goals', 1, 'id'], /duplicate goal id/],
      ['not an object', [null], ['goals', 0], /expected a goal/],
    ] as const)('%s', (_, goals, path, message) => {
      const issue = issuesOf(() => gasTScore(goals as never))[0]!;
      expect(issue.code).toBe('invalid-argument');
      expect(issue.path).toEqual(path);
      expect(issue.message).toMatch(message);
    });

    it.each([[1], [-0.1], [Number.NaN], ['0.3']])('rho %s', (rho) => {
      const issue = issuesOf(() => gasTScore([{ attainment: 0 }], { rho: rho as number }))[0]!;
      expect(issue.path).toEqual(['options', 'rho']);
      expect(issue.message).toMatch(/0 <= rho < 1/);
    });

    it('unknown or malformed options', () => {
      expect(issuesOf(() => gasTScore([{ attainment: 0 }], { p: 0.3 } as never))[0]).toMatchObject({ path: ['options', 'p'] });
      expect(issuesOf(() => gasTScore([{ attainment: 0 }], 'x' as never))[0]).toMatchObject({ path: ['options'] });
      expect(issuesOf(() => gasTScore([{ attainment: 0 }], { unrated: 'zero' } as never))[0]).toMatchObject({ path: ['options', 'unrated'] });
      expect(issuesOf(() => gasTScore([{ attainment: 0 }], { weighting: 'yes' } as never))[0]).toMatchObject({ path: ['options', 'weighting'] });
    });

    it('lists every problem at once', () => {
      expect(issuesOf(() => gasTScore([{ attainment: 5 }, { attainment: -5 }], { rho: 2 }))).toHaveLength(3);
    });
  });
});

describe('GAS_LOINC', () => {
  it('carries the PCO IG STU 1 codes, the answer codes by level, and no T-score code', () => {
    expect([GAS_LOINC.baseline.code, GAS_LOINC.practitionerFollowUp.code, GAS_LOINC.patientFollowUp.code, GAS_LOINC.caregiverFollowUp.code]).toEqual([
      '112296-9',
      '107333-7',
      '107334-5',
      '107331-1',
    ]);
    expect(GAS_LOINC.answerList).toBe('LL6900-6');
    expect(Object.keys(GAS_LOINC.answers).sort()).toEqual(['-1', '-2', '0', '1', '2']);
    expect(GAS_LOINC.answers['0'].code).toBe('LA34481-4');
    expect(GAS_LOINC.tScore).toBeNull();
    expect(Object.isFrozen(GAS_LOINC) && Object.isFrozen(GAS_LOINC.answers)).toBe(true);
    expect(GAS_LOINC.source).toMatch(/Person-Centered Outcomes/);
  });
});

// Keeps the GoalInput type exercised by the type checker.
const _typed: GoalInput = { id: 'x', description: 'x', baseline: { level: -1 }, expectedOutcome: 'x', variant: 'gas-light', dateSet: '2024-01-01' };
void _typed;
