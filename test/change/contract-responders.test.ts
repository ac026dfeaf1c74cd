/**
 * Contract tests of wilsonInterval and responderProportions (issue 18): the behaviours a caller
 * relies on, each chosen so that a neighbouring rule (≥ for >, a dropped check, an ignored option)
 * gives a different answer.
 *
 * Expected Wilson intervals are worked from the published formula (Wilson 1927; Newcombe 1998,
 * method 3, no continuity correction):
 *   lower, upper = (p + z²/2n ∓ z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n),  p = k/n,
 *   z = Φ⁻¹(1 − (1 − level)/2): 1.959963984540054 (95 %), 1.644853626951473 (90 %).
 * Evaluated with mpmath at 40 digits (z = √2·erfinv(level)) and cross-checked against R 4's
 * `prop.test(k, n, conf.level, correct = FALSE)$conf.int`, which agrees to 1e-15. Example, 3/5 at
 * 95 %: z² = 3.841459, p = 0.6, centre = 0.6 + 0.384146 = 0.984146, half = 1.959964 ·
 * √(0.048 + 0.038415) = 1.959964 · 0.293964 = 0.576158, denominator 1.768292, so
 * (0.984146 ∓ 0.576158) / 1.768292 = 0.230724 and 0.882379. Newcombe's Table II prints 81/263 as
 * 0.2553 to 0.3662; the same working gives 0.255288519878274 to 0.366209576982800.
 */
import { describe, expect, it } from 'vitest';
import { responderProportions, wilsonInterval } from '../../src/change/index.js';
import type { ScoreValue } from '../../src/engine/score.js';
import { PromkitError } from '../../src/errors.js';
import type { Instrument } from '../../src/model/schema.js';
import { painFixture } from './fixtures.js';
import { issue } from '../promkitError.js';

/** Wilson limits (mpmath, 40 digits; see the header). */
const W95 = {
  '1/5': [0.036224108632430165, 0.62446537023747473],
  '2/5': [0.1176207742326479, 0.76927571872398707],
  '3/5': [0.23072428127601293, 0.8823792257673521],
  '4/5': [0.37553462976252527, 0.96377589136756984],
} as const;
const W90 = {
  '1/5': [0.045962453880603953, 0.56470744657845688],
  '3/5': [0.27248317186619275, 0.85729352798078697],
  '4/5': [0.43529255342154312, 0.95403754611939605],
} as const;

function expectInterval(got: { lower: number; upper: number }, [lower, upper]: readonly [number, number]): void {
  expect(got.lower).toBeCloseTo(lower, 13);
  expect(got.upper).toBeCloseTo(upper, 13);
}

describe('wilsonInterval', () => {
  it('matches the formula at 95 % and at another level (81/263 is Newcombe 1998, Table II)', () => {
    expect(wilsonInterval(81, 263)).toMatchObject({ successes: 81, n: 263, level: 0.95 });
    expectInterval(wilsonInterval(81, 263), [0.25528851987827423, 0.36620957698280007]);
    expectInterval(wilsonInterval(3, 5), W95['3/5']);
    expectInterval(wilsonInterval(3, 5, { level: 0.9 }), W90['3/5']);
  });

  it('gives a lower limit of exactly 0 when there are no successes', () => {
    // Mathematically centre = half = z²/2n at k = 0, but in doubles (centre − half) / denominator
    // comes out as 3.1e-17 for 0/5 and 2.0e-17 for 0/10: the limit must be 0, not a hair above.
    for (const n of [5, 10, 20]) expect(wilsonInterval(0, n).lower).toBe(0);
    expect(wilsonInterval(0, 20).upper).toBeCloseTo(0.16112515805281939, 13); // Newcombe: 0.1611
    expect(wilsonInterval(5, 5).upper).toBe(1);
  });

  it('refuses an n that is not a whole number ≥ 1, naming `n`', () => {
    expect(issue(() => wilsonInterval(0, 0))).toEqual({ code: 'invalid-argument', path: ['n'], input: 0, message: 'n: expected a whole number ≥ 1, got 0' });
    expect(issue(() => wilsonInterval(1, 2.5))).toMatchObject({ code: 'invalid-argument', path: ['n'], input: 2.5 });
    expect(issue(() => wilsonInterval(0, -1))).toMatchObject({ code: 'invalid-argument', path: ['n'], input: -1 });
    expect(issue(() => wilsonInterval(1, '10' as unknown as number))).toMatchObject({ code: 'invalid-argument', path: ['n'], input: '10' });
  });

  it('refuses successes that are not a whole number from 0 to n, naming `successes`', () => {
    expect(issue(() => wilsonInterval(1.5, 10))).toEqual({
      code: 'invalid-argument',
      path: ['successes'],
      input: 1.5,
      message: 'successes: expected a whole number from 0 to n (10), got 1.5',
    });
    expect(issue(() => wilsonInterval(-1, 10))).toMatchObject({ code: 'invalid-argument', path: ['successes'], input: -1 });
    expect(issue(() => wilsonInterval(11, 10))).toMatchObject({ code: 'invalid-argument', path: ['successes'], input: 11 });
    expect(issue(() => wilsonInterval('3' as unknown as number, 10))).toMatchObject({ code: 'invalid-argument', path: ['successes'], input: '3' });
  });

  it('refuses a level outside (0, 0.9999], naming `options.level`', () => {
    expect(issue(() => wilsonInterval(3, 5, { level: 1 }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'level'], input: 1 });
  });
});

describe('responderProportions', () => {
  // Higher is worse, floor 0. improvement = baseline − followUp; percent = 100 × improvement / baseline.
  //   10 → 7: 3 points, 30 %   (exactly at the 30 % threshold)
  //   10 → 5: 5 points, 50 %   (exactly at the 50 % threshold)
  //    8 → 6: 2 points, 25 %   (exactly at an MCID of 2)
  //    4 → 5: −1 point, −25 %
  //    6 → 4: 2 points, 33.3 % (exactly at an MCID of 2)
  // ≥ 30 %: 3 of 5; ≥ 50 %: 1 of 5; ≥ 2 points: 4 of 5. Non-responders are 2 of 5 at 30 %, so
  // counting the wrong side gives a different number.
  const cohort = [
    { baseline: 10, followUp: 7 },
    { baseline: 10, followUp: 5 },
    { baseline: 8, followUp: 6 },
    { baseline: 4, followUp: 5 },
    { baseline: 6, followUp: 4 },
  ];
  const worse = { direction: 'higher-is-worse' } as const;
  // Jacobson–Truax with reliability 0.8 and SD 2: SE = 2·√0.2 = 0.894427, S_diff = √2·SE =
  // 1.264911, so a reliable improvement needs more than 1.96 × 1.264911 = 2.479 points: 3 and 5
  // are, the 2s are not (2 of 5). With criterion 1.5 the bar is 1.897 points (4 of 5); with SD 1
  // it is 1.96 × 0.632456 = 1.240 points (4 of 5).
  const everything = { ...worse, mcid: 2, reliability: 0.8, sd: 2 } as const;

  it('counts a patient exactly at a percent threshold as a responder, with Wilson intervals', () => {
    const r = responderProportions(cohort, everything);
    expect(r.n).toBe(5);
    expect(r.percent.map((p) => [p.threshold, p.successes, p.n, p.excluded, p.level])).toEqual([[30, 3, 5, 0, 0.95], [50, 1, 5, 0, 0.95]]);
    expect(r.percent[0]!.proportion).toBe(0.6);
    expectInterval(r.percent[0]!, W95['3/5']);
    expectInterval(r.percent[1]!, W95['1/5']);
  });

  it('counts a patient whose improvement equals the MCID as a responder', () => {
    const r = responderProportions(cohort, everything);
    expect(r.mcid).toHaveLength(1);
    expect(r.mcid[0]).toMatchObject({ mcid: 2, unit: 'points', source: { from: 'caller' }, successes: 4, n: 5, excluded: 0 });
    expect(r.mcid[0]!.source).toEqual({ from: 'caller' });
    expectInterval(r.mcid[0]!, W95['4/5']);
  });

  it('gives no reasons at all when every proportion is defined', () => {
    const r = responderProportions(cohort, everything);
    expect(r.reliableImprovement).toMatchObject({ successes: 2, n: 5, excluded: 0 });
    expectInterval(r.reliableImprovement!, W95['2/5']);
    expect(r).not.toHaveProperty('reasons');
    // With no percent thresholds at all there is nothing to exclude either.
    const none = responderProportions(cohort, { ...everything, percents: [] });
    expect(none.percent).toEqual([]);
    expect(none).not.toHaveProperty('reasons');
  });

  it('uses the confidence level for every interval', () => {
    const r = responderProportions(cohort, { ...everything, level: 0.9 });
    expect(r.percent[0]!.level).toBe(0.9);
    expectInterval(r.percent[0]!, W90['3/5']);
    expectInterval(r.percent[1]!, W90['1/5']);
    expectInterval(r.mcid[0]!, W90['4/5']);
    expect(issue(() => responderProportions(cohort, { ...worse, level: 0 }))).toMatchObject({ code: 'invalid-argument', path: ['options', 'level'], input: 0 });
  });

  it('takes the caller\'s SD and criterion for the reliable-improvement proportion', () => {
    const sd1 = responderProportions(cohort, { ...everything, sd: 1 });
    expect(sd1.reliableImprovement).toMatchObject({ successes: 4, n: 5, reliability: { value: 0.8, source: { from: 'caller' } }, sd: { value: 1, source: { from: 'caller' } } });
    const loose = responderProportions(cohort, { ...everything, criterion: 1.5 });
    expect(loose.reliableImprovement).toMatchObject({ successes: 4, n: 5 });
  });

  it('says why there is no reliable-improvement proportion when the SD or reliability is missing', () => {
    const noSd = responderProportions(cohort, { ...worse, mcid: 2, reliability: 0.8 });
    expect(noSd.reliableImprovement).toBeNull();
    expect(noSd.reasons).toEqual([
      'no reliable-improvement proportion: options.sd: jacobson-truax needs the pre-treatment standard deviation; none was given and no { instrument, score } was given to look one up; pass sd: a number > 0 (e.g. from a published clinical or reference sample)',
    ]);
    const noReliability = responderProportions(cohort, { ...worse, mcid: 2, sd: 2 });
    expect(noReliability.reliableImprovement).toBeNull();
    expect(noReliability.reasons).toEqual([
      'no reliable-improvement proportion: options.reliability: no reliability was given and no { instrument, score } was given to look one up; pass reliability: a coefficient between 0 and 1 (exclusive), e.g. a published test-retest or internal-consistency value',
    ]);
  });

  it('says there is no MCID proportion when none is given or stored on the score', () => {
    // The fixture's 'bare' score (higher is better) stores no psychometrics at all.
    const r = responderProportions([{ baseline: 4, followUp: 6 }], { instrument: painFixture(), score: 'bare', reliability: 0.8, sd: 2 });
    expect(r.mcid).toEqual([]);
    expect(r.reasons).toEqual(['no MCID was given or stored, so there is no MCID proportion']);
    expect(r.percent[0]).toMatchObject({ threshold: 30, successes: 1, n: 1 });
  });

  it('takes an MCID in percent or in points from an object', () => {
    const pct = responderProportions(cohort, { ...worse, reliability: 0.8, sd: 2, mcid: { value: 30, unit: 'percent' } });
    expect(pct.mcid).toHaveLength(1);
    expect(pct.mcid[0]).toMatchObject({ mcid: 30, unit: 'percent', successes: 3, n: 5 });
    expect(pct.mcid[0]!.source).toEqual({ from: 'caller' });
    expect(pct).not.toHaveProperty('reasons');
    const pts = responderProportions(cohort, { ...worse, mcid: { value: 3, unit: 'points' } });
    expect(pts.mcid.map((m) => [m.mcid, m.unit, m.successes, m.n])).toEqual([[3, 'points', 2, 5]]);
  });

  it('refuses an MCID that is not > 0 points or { value > 0, unit }, naming `options.mcid`', () => {
    const fn = Object.assign(() => 2, { value: 2, unit: 'points' });
    const bad: unknown[] = [
      0, -1, Number.NaN, Number.POSITIVE_INFINITY, null, '2', fn,
      { value: '2', unit: 'points' }, { value: Number.POSITIVE_INFINITY, unit: 'points' }, { value: 0, unit: 'points' },
      { value: -1, unit: 'percent' }, { value: 2, unit: 'pts' }, { value: 2 },
    ];
    for (const mcid of bad) {
      const i = issue(() => responderProportions(cohort, { ...worse, mcid: mcid as number }));
      expect(i, String(mcid)).toMatchObject({ code: 'invalid-argument', path: ['options', 'mcid'], input: mcid });
    }
    expect(issue(() => responderProportions(cohort, { ...worse, mcid: 0 })).message).toBe(
      "options.mcid: expected a number of points > 0 or { value: > 0, unit: 'points' | 'percent' }, got 0",
    );
  });

  it('refuses percent thresholds that are not an array of numbers > 0, naming `options.percents`', () => {
    const bad: unknown[] = ['30', [30, 0], [-5], [30, Number.NaN], [Number.POSITIVE_INFINITY], [30, '50']];
    for (const percents of bad) {
      const i = issue(() => responderProportions(cohort, { ...worse, percents: percents as number[] }));
      expect(i, String(percents)).toMatchObject({ code: 'invalid-argument', path: ['options', 'percents'], input: percents });
    }
  });

  it('leaves every patient out of a percent proportion whose baselines are all at the floor', () => {
    const r = responderProportions([{ baseline: 0, followUp: 2 }, { baseline: 0, followUp: 1 }], { ...everything, percents: [30] });
    expect(r.percent).toEqual([{ threshold: 30, successes: 0, n: 0, proportion: 0, lower: 0, upper: 1, level: 0.95, excluded: 2 }]);
    expect(r.mcid[0]).toMatchObject({ successes: 0, n: 2, excluded: 0 });
    expect(r.reasons).toEqual([
      'patients whose baseline is at the scale floor and whose follow-up is not have no percent improvement and are excluded from the percent proportions',
    ]);
  });

  it('takes the floor from the range of the first baseline score when no definition is given', () => {
    // Range 1–10: 9 → 5 is 4 of the 8 points above the floor, a 50 % improvement (with a floor
    // of 0 it would be 44 %).
    const at = (value: number): ScoreValue => ({ value, range: [1, 10], status: 'scored', answered: 1, of: 1 });
    const r = responderProportions([{ baseline: at(9), followUp: at(5) }], { ...worse, percents: [50] });
    expect(r.percent[0]).toMatchObject({ threshold: 50, successes: 1, n: 1 });
  });

  it('passes on an unexpected error from the reliable-change step as it is', () => {
    // A definition whose citation list cannot be read: looking up the stored reliability's
    // citation throws, and that error (not a PromkitError) must reach the caller unchanged.
    const boom = new Error('citations unavailable');
    const def = { ...painFixture() } as Instrument;
    Object.defineProperty(def, 'citations', { get: () => { throw boom; } });
    let thrown: unknown;
    try {
      responderProportions([{ baseline: 8, followUp: 3 }], { instrument: def, mcid: 2 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(boom);
    expect(thrown).not.toBeInstanceOf(PromkitError);
  });
});
