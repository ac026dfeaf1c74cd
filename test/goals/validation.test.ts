/**
 * Every problem in a goal set is reported at once, each with its path and the whole message (what
 * was given, what is allowed); and the reasons a T-score or change is missing are complete
 * sentences. Exact lists, not "the first issue matches": a lost or extra issue fails.
 */
import { describe, expect, it } from 'vitest';
import { GAS_LOINC, gasChange, gasTScore, type GasRating, type Goal } from '../../src/index.js';
import { issuesOf } from '../promkitError.js';

const list = (f: () => unknown) => issuesOf(f).map((i) => [i.path, i.message]);
/** A plain goal object of the defineGoal shape (gasTScore and gasChange check plain objects too). */
const goal = (extra: object): Goal => ({ id: 'g', baseline: { level: -1 }, reviews: { '2024-03-01': 0 }, ...extra }) as never;
const ratings = (xs: object[]) => xs as GasRating[];

describe('goal sets: every issue, with path and message', () => {
  it('ids: a rating may go without one (named by position), a goal may not; ids are non-empty strings', () => {
    expect(gasTScore([{ attainment: 1 }, { attainment: 0 }]).goals.map((g) => g.id)).toEqual(['goal 1', 'goal 2']);
    expect(list(() => gasTScore(ratings([{ id: '', attainment: 1 }, { id: '  ', attainment: 1 }, { id: 5, attainment: 0 }])))).toEqual([
      [['goals', 0, 'id'], 'goals[0].id: expected a non-empty string id, got ""'],
      [['goals', 1, 'id'], 'goals[1].id: expected a non-empty string id, got "  "'],
      [['goals', 2, 'id'], 'goals[2].id: expected a non-empty string id, got 5'],
    ]);
    expect(list(() => gasTScore([{ baseline: { level: -1 } }] as never, { at: 'baseline' }))).toEqual([
      [['goals', 0, 'id'], 'goals[0].id: expected a non-empty string id, got undefined'],
    ]);
  });

  it('entries that are neither a goal nor a rating, including a hole in a sparse array', () => {
    expect(list(() => gasTScore([{}] as never))).toEqual([
      [['goals', 0], 'goals[0]: expected a goal with a baseline and reviews (from defineGoal) or a rating with an attainment'],
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expect(list(() => gasTScore([, { attainment: 1 }] as never))).toEqual([
      [['goals', 0], 'goals[0]: expected a goal (from defineGoal) or a rating { attainment, weight? }, got undefined'],
    ]);
  });

  it('weights: one kind per goal, each valid; an invalid weight raises no follow-on issue', () => {
    expect(list(() => gasTScore(ratings([{ attainment: 1, weight: 2, importance: 9 }, { attainment: 0, importance: 0, difficulty: 5 }])))).toEqual([
      [['goals', 0, 'weight'], 'goals[0].weight: give either a direct weight or importance and difficulty, not both'],
      [['goals', 1, 'difficulty'], 'goals[1].difficulty: 5 is not a difficulty rating; allowed are the whole numbers 0, 1, 2, 3 (Turner-Stokes 2009)'],
    ]);
    expect(list(() => gasTScore(ratings([{ attainment: 1, importance: 2 }, { attainment: 0, importance: 2, difficulty: 1.5 }])))).toEqual([
      [['goals', 0, 'difficulty'], 'goals[0].difficulty: give importance and difficulty together (weight = importance × difficulty, Turner-Stokes 2009); difficulty is missing'],
      [['goals', 1, 'difficulty'], 'goals[1].difficulty: 1.5 is not a difficulty rating; allowed are the whole numbers 0, 1, 2, 3 (Turner-Stokes 2009)'],
    ]);
    // weight: null is "no weight", so the set mixes weighted and unweighted goals
    expect(list(() => gasTScore(ratings([{ attainment: 1, weight: '2' }, { attainment: 1, weight: null }])))).toEqual([
      [['goals', 0, 'weight'], 'goals[0].weight: "2" is not a weight; a weight is a finite number > 0 (leave it out for unweighted goals)'],
      [['goals', 1], 'goals[1]: goal "goal 2" has no weight while goal "goal 1" has one; give every goal a weight (importance and difficulty, or weight) or pass { weighting: \'unweighted\' }'],
    ]);
  });

  it('a mix of weighted and unweighted goals names every unweighted one', () => {
    expect(list(() => gasTScore([{ id: 'a', attainment: 1, weight: 2 }, { id: 'b', attainment: 0 }, { id: 'c', attainment: 0 }]))).toEqual([
      [['goals', 1], 'goals[1]: goal "b" has no weight while goal "a" has one; give every goal a weight (importance and difficulty, or weight) or pass { weighting: \'unweighted\' }'],
      [['goals', 2], 'goals[2]: goal "c" has no weight while goal "a" has one; give every goal a weight (importance and difficulty, or weight) or pass { weighting: \'unweighted\' }'],
    ]);
    const unweighted = gasTScore([{ id: 'a', attainment: 1, weight: 2 }, { id: 'b', attainment: 0 }], { weighting: 'unweighted' });
    expect([unweighted.weighting, unweighted.goals.map((g) => g.weight)]).toEqual(['unweighted', [1, 1]]);
    expect(gasTScore([{ attainment: 1, weight: 2 }, { attainment: 0, weight: 1 }], { weighting: 'auto' }).weighting).toBe('weighted');
  });

  it('options: every malformed or unknown option', () => {
    expect(list(() => gasTScore([{ attainment: 0 }], { rho: 1, weighting: 'x', unrated: 'y', at: 'soon', q: 1 } as never))).toEqual([
      [['options', 'q'], 'options.q: unknown option; allowed options are rho, at, weighting, unrated'],
      [['options', 'rho'], 'options.rho: expected a number with 0 <= rho < 1 (the assumed correlation between goals; Kiresuk & Sherman use 0.3), got 1'],
      [['options', 'weighting'], "options.weighting: expected 'auto' or 'unweighted', got \"x\""],
      [['options', 'unrated'], "options.unrated: expected 'exclude' (T over the rated goals) or 'null' (no T unless every goal is rated), got \"y\""],
      [['options', 'at'], 'options.at: expected \'baseline\' or a review date written YYYY-MM-DD (e.g. "2024-03-01"), got "soon"'],
    ]);
    expect(list(() => gasTScore([{ attainment: 0 }], null as never))).toEqual([[['options'], 'options: expected an object, got null']]);
  });

  it('baselines: a record with level -1 or -2 and a known convention; classic means -2', () => {
    const goals = [goal({ baseline: 'x' }), goal({ id: 'h', baseline: { level: 0 } }), goal({ id: 'i', baseline: { level: -1, convention: 'x' } }), goal({ id: 'j', baseline: { level: -1, convention: 'classic' } })];
    expect(list(() => gasTScore(goals, { at: 'baseline' }))).toEqual([
      [['goals', 0, 'baseline'], 'goals[0].baseline: expected { level: -1 | -2, convention? }, got "x"'],
      [['goals', 1, 'baseline', 'level'], 'goals[1].baseline.level: 0 is not a baseline level; a baseline is -1 or -2'],
      [['goals', 2, 'baseline', 'convention'], 'goals[2].baseline.convention: expected \'turner-stokes\' or \'classic\', got "x"'],
      [['goals', 3, 'baseline', 'level'], 'goals[3].baseline.level: the classic convention puts every baseline at -2; use convention "turner-stokes" for a baseline of -1'],
      [['goals', 3, 'baseline', 'convention'], 'goals[3].baseline.convention: goal "j" uses the classic baseline convention but goal "g" uses turner-stokes; a baseline T-score needs one convention for the whole set'],
    ]);
  });

  it('reviews: a record from YYYY-MM-DD dates to levels (null = reviewed, not rated)', () => {
    const goals = [goal({ reviews: [] }), goal({ id: 'h', reviews: { 'March 1': 0, '2024-03-02': 3, '2024-03-03': null } })];
    expect(list(() => gasTScore(goals, { at: '2024-03-03' }))).toEqual([
      [['goals', 0, 'reviews'], 'goals[0].reviews: expected a record from review date (YYYY-MM-DD) to attainment level, got an array'],
      [['goals', 1, 'reviews', 'March 1'], 'goals[1].reviews.March 1: "March 1" is not a review date written YYYY-MM-DD'],
      [['goals', 1, 'reviews', '2024-03-02'], 'goals[1].reviews.2024-03-02: 3 is outside the GAS scale; allowed levels are -2, -1, 0, 1, 2'],
    ]);
    expect(gasTScore([goal({ reviews: { '2024-03-03': null } })], { at: '2024-03-03' }).goals[0]?.reason).toBe('reviewed on 2024-03-03 but not rated');
  });
});

describe('gasChange options: every issue', () => {
  it.each([
    ['no options', undefined, [[['options'], "options: expected { to: 'YYYY-MM-DD', from?: 'baseline' | 'YYYY-MM-DD' }"]]],
    ['null options', null, [[['options'], 'options: expected an object, got null']]],
    ['no to', {}, [[['options', 'to'], 'options.to: the later review date (YYYY-MM-DD) is required']]],
    ['to baseline', { to: 'baseline' }, [[['options', 'to'], "options.to: expected a review date (YYYY-MM-DD); 'baseline' can only be the earlier occasion"]]],
    ['from after to', { from: '2024-04-01', to: '2024-03-01' }, [[['options', 'from'], 'options.from: 2024-04-01 is after options.to (2024-03-01)']]],
    ['malformed from', { from: 'x', to: '2024-03-01' }, [[['options', 'from'], 'options.from: expected \'baseline\' or a review date written YYYY-MM-DD (e.g. "2024-03-01"), got "x"']]],
  ])('%s', (_, options, issues) => {
    expect(list(() => gasChange([goal({})], options as never))).toEqual(issues);
  });

  it('refuses single ratings, and mixed conventions from baseline only', () => {
    expect(list(() => gasChange([{ attainment: 1 }] as never, { to: '2024-03-01' }))).toEqual([
      [['goals', 0], 'goals[0]: change needs goals with a baseline and dated reviews (from defineGoal), not a single rating'],
    ]);
    const mixed = [goal({ baseline: { level: -2, convention: 'classic' }, reviews: { '2024-02-01': -1, '2024-03-01': 0 } }), goal({ id: 'h', reviews: { '2024-02-01': -1, '2024-03-01': 0 } })];
    expect(list(() => gasChange(mixed, { to: '2024-03-01' }))).toEqual([
      [['goals', 1, 'baseline', 'convention'], 'goals[1].baseline.convention: goal "h" uses the turner-stokes baseline convention but goal "g" uses classic; a baseline T-score needs one convention for the whole set'],
    ]);
    // between two reviews the conventions do not matter: (−1, −1) → (0, 0), unweighted: 20/√2.6
    expect(gasChange(mixed, { from: '2024-02-01', to: '2024-03-01' }).change).toBeCloseTo(20 / Math.sqrt(2.6), 12);
  });
});

describe('reasons are whole sentences naming the goals left out', () => {
  it('no goal rated on the date, or none at all', () => {
    expect(gasTScore([goal({}), goal({ id: 'h' })], { at: '2024-05-01' }).reason).toBe(
      'No goal was rated on 2024-05-01; not scored. Not rated: g (no review on 2024-05-01), h (no review on 2024-05-01).',
    );
    expect(gasTScore([{ attainment: null }]).reason).toBe('No goal was rated; not scored. Not rated: goal 1 (no attainment given).');
  });

  it("unrated: 'null' with a goal missing", () => {
    const result = gasTScore([goal({}), goal({ id: 'h', reviews: {} })], { at: '2024-03-01', unrated: 'null' });
    expect(result.reason).toBe("Not every goal was rated on 2024-03-01, and unrated: 'null' needs all; not scored. Not rated: h (no review on 2024-03-01).");
    expect(result.goals.map((g) => g.included)).toEqual([false, false]);
    expect(result.included).toBe(0);
  });

  it('a change over the goals rated at both occasions, by hand', () => {
    // g: −1 → 0; h: −1 → not rated. From (both −1, unweighted) = 50 − 20/√2.6; to (g only) = 50;
    // paired (g only): 40 → 50.
    const result = gasChange([goal({}), goal({ id: 'h', reviews: { '2024-03-01': null } })], { to: '2024-03-01' });
    expect(result).toEqual({
      from: {
        tScore: 50 - 20 / Math.sqrt(2.6), rho: 0.3, weighting: 'unweighted', rated: 2, included: 2, of: 2, unratedPolicy: 'exclude',
        goals: [
          { id: 'g', attainment: -1, rated: true, included: true, weight: 1, weightSource: 'unweighted' },
          { id: 'h', attainment: -1, rated: true, included: true, weight: 1, weightSource: 'unweighted' },
        ],
        at: 'baseline', baselineConvention: 'turner-stokes',
      },
      to: {
        tScore: 50, rho: 0.3, weighting: 'unweighted', rated: 1, included: 1, of: 2, unratedPolicy: 'exclude',
        goals: [
          { id: 'g', attainment: 0, rated: true, included: true, weight: 1, weightSource: 'unweighted' },
          { id: 'h', attainment: null, rated: false, included: false, weight: 1, weightSource: 'unweighted', reason: 'reviewed on 2024-03-01 but not rated' },
        ],
        at: '2024-03-01', reason: 'T-score over 1 of 2 goals; left out: h (reviewed on 2024-03-01 but not rated).',
      },
      tScoreFrom: 40, tScoreTo: 50, change: 10, rated: 1, of: 2,
      goals: [
        { id: 'g', from: -1, to: 0, change: 1, direction: 'improved', reachedExpected: true, weight: 1 },
        { id: 'h', from: -1, to: null, change: null, direction: null, reachedExpected: null, weight: 1, reason: 'to: reviewed on 2024-03-01 but not rated' },
      ],
      reason: 'Change over the 1 of 2 goals rated at both occasions; left out: h (to: reviewed on 2024-03-01 but not rated).',
    });
  });

  it('a goal that worsened, one unchanged, and the excluded goal\'s reason in the paired T-scores', () => {
    const goals = [goal({ reviews: { '2024-02-01': 1, '2024-03-01': -1 } }), goal({ id: 'h', reviews: { '2024-02-01': 0, '2024-03-01': 0 } }), goal({ id: 'i', reviews: { '2024-03-01': 2 } })];
    const result = gasChange(goals, { from: '2024-02-01', to: '2024-03-01' });
    expect(result.goals.map((g) => [g.id, g.change, g.direction, g.reachedExpected, g.reason])).toEqual([
      ['g', -2, 'worsened', false, undefined],
      ['h', 0, 'unchanged', true, undefined],
      ['i', null, null, true, 'from: no review on 2024-02-01'],
    ]);
    expect(result.to.included).toBe(3);
    expect(result.reason).toBe('Change over the 2 of 3 goals rated at both occasions; left out: i (from: no review on 2024-02-01).');
  });
});

describe('occasions', () => {
  it('a set mixing a goal and a rating needs an occasion for the goal', () => {
    expect(list(() => gasTScore([goal({}), { id: 'r', attainment: 1 }] as never))).toEqual([
      [['options', 'at'], "options.at: goals made with defineGoal need an occasion: 'baseline' or a review date (YYYY-MM-DD)"],
    ]);
    expect(gasTScore([goal({}), { id: 'r', attainment: 1 }] as never, { at: '2024-03-01' }).goals.map((g) => g.attainment)).toEqual([0, 1]);
  });

  it.each(['2024-03-011', '2024-03-012024-03-01', '2023-02-29', '2024-13-01', '2024-00-10', ' 2024-03-01'])('"%s" is not a review date', (at) => {
    expect(list(() => gasTScore([goal({})], { at }))).toEqual([
      [['options', 'at'], `options.at: expected 'baseline' or a review date written YYYY-MM-DD (e.g. "2024-03-01"), got "${at}"`],
    ]);
  });

  it('2024-02-29 is one', () => {
    expect(gasTScore([goal({ reviews: { '2024-02-29': 1 } })], { at: '2024-02-29' }).tScore).toBe(60);
  });
});

describe('GAS_LOINC displays', () => {
  it('names each level as the Kiresuk–Sherman scale and LOINC answer list LL6900-6 do', () => {
    expect(Object.fromEntries(Object.entries(GAS_LOINC.answers).map(([level, a]) => [level, a.display]))).toEqual({
      '2': 'Much better than expected',
      '1': 'Better than expected',
      '0': 'Expected outcome',
      '-1': 'Less than expected',
      '-2': 'Much less than expected',
    });
    expect(GAS_LOINC.source).toMatch(/^HL7 FHIR US Person-Centered Outcomes \(PCO\) IG STU 1 \(v1\.0\.0\)/);
  });
});
