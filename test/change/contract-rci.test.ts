/**
 * Contract tests for reliable change (src/change/reliableChange) and the psychometric inputs it
 * and clinicalSignificance read (src/change/_lib/psychometrics.ts): which inputs are refused and
 * how, where each input comes from, the strict criterion, and the Hageman–Arrindell edge cases.
 *
 * Expected numbers are worked by hand (working in a comment) from the published formulas:
 * Jacobson & Truax 1991 (RCI = (x₂ − x₁)/S_diff, S_diff = √2·SE, SE = SD·√(1 − r_xx)) and, for
 * the other methods, Bauer, Lambert & Nielsen 2004 as the clinicalsignificance R package v3.0.0
 * implements them (R/calc_rci.R; cited in test/change/cases/rci-methods.json). Each was
 * also computed in Python (double precision) before being written here.
 */
import { describe, expect, it } from 'vitest';
import { clinicalSignificance, reliableChange } from '../../src/change/index.js';
import type { Instrument } from '../../src/model/schema.js';
import { issue } from '../promkitError.js';
import { painFixture } from './fixtures.js';

/** The fixture scale with only a dysfunctional population stored (no reference population). */
function dysfunctionalOnly(): Instrument {
  const def = painFixture();
  const [total, ...rest] = def.scores;
  const { reference: _dropped, ...psychometrics } = total!.psychometrics!;
  return { ...def, scores: [{ ...total!, psychometrics }, ...rest] };
}

const JT = { reliability: 0.8, sd: 5, direction: 'higher-is-better' } as const;
// HA inputs shared below: pre-test SD 5, r_xx 0.8 (SE² = 25·0.2 = 5), pre mean 25, post mean 20,
// post SD 10.
const HA = { method: 'hageman-arrindell', reliability: 0.8, sd: 5, mean: 25, postMean: 20, postSd: 10, direction: 'higher-is-worse' } as const;

describe('reliableChange: reliability', () => {
  it.each([
    [0, '0'],
    [-0.5, '-0.5'],
    [1, '1'],
    [1.2, '1.2'],
    [Number.NaN, 'NaN'],
    ['0.8', '"0.8"'],
  ])('a reliability of %s is refused: it must lie strictly between 0 and 1', (value, shown) => {
    const e = issue(() => reliableChange(20, 12, { ...JT, reliability: value as number }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'reliability'],
      input: value,
      message: `options.reliability: expected a reliability coefficient between 0 and 1 (exclusive), got ${shown}`,
    });
  });

  it('without a reliability and with no instrument, the error says to pass one', () => {
    const e = issue(() => reliableChange(20, 12, { sd: 5, direction: 'higher-is-better' }));
    expect(e.path).toEqual(['options', 'reliability']);
    expect(e.message).toBe(
      "options.reliability: no reliability was given and no { instrument, score } was given to look one up; pass reliability: a coefficient between 0 and 1 (exclusive), e.g. a published test-retest or internal-consistency value",
    );
  });

  it('a score that stores no psychometrics at all gives a PromkitError naming the score, not a TypeError', () => {
    const e = issue(() => reliableChange(3, 5, { instrument: painFixture(), score: 'bare', sd: 2 }));
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toBe(
      "options.reliability: no reliability was given and none is stored for change-fixture 'bare'; pass reliability: a coefficient between 0 and 1 (exclusive), e.g. a published test-retest or internal-consistency value",
    );
  });

  it("a caller's reliability and SD are reported as the caller's", () => {
    const r = reliableChange(20, 12, JT);
    expect(r.inputs.reliability).toEqual({ value: 0.8, source: { from: 'caller' } });
    expect(r.inputs.sd).toEqual({ value: 5, source: { from: 'caller' } });
  });
});

describe('reliableChange: pre-test SD and mean', () => {
  it.each([
    [0, '0'],
    [-2, '-2'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['5', '"5"'],
  ])('an SD of %s is refused: it must be a finite number > 0', (value, shown) => {
    const e = issue(() => reliableChange(20, 12, { ...JT, sd: value as number }));
    expect(e).toEqual({ code: 'invalid-argument', path: ['options', 'sd'], input: value, message: `options.sd: expected a standard deviation > 0, got ${shown}` });
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['25', '"25"'],
  ])('a mean of %s is refused: it must be a finite number', (value, shown) => {
    const e = issue(() => reliableChange(20, 12, { ...JT, method: 'gulliksen-lord-novick', mean: value as number }));
    expect(e).toEqual({ code: 'invalid-argument', path: ['options', 'mean'], input: value, message: `options.mean: expected a finite mean, got ${shown}` });
  });

  it('a zero or negative pre-test mean is a valid mean (GLN on a scale centred on 0)', () => {
    // GLN: [(x₂ − M) − r(x₁ − M)] / (SD·√(1 − r²)) with x₁ = −4, x₂ = −1, M = −2, r = 0.8, SD = 2:
    // numerator (−1 + 2) − 0.8·(−4 + 2) = 1 + 1.6 = 2.6; denominator 2·√(1 − 0.64) = 2·0.6 = 1.2;
    // RCI = 2.6 / 1.2 = 2.1666… (Python: 2.1666666666666674).
    const r = reliableChange(-4, -1, { method: 'gulliksen-lord-novick', reliability: 0.8, sd: 2, mean: -2, direction: 'higher-is-better' });
    expect(r.rci).toBeCloseTo(2.1666666666666667, 12);
    expect(r.inputs.mean).toEqual({ value: -2, source: { from: 'caller' } });
    // M = 0: numerator −1 − 0.8·(−4) = 2.2; RCI = 2.2 / 1.2 = 1.8333…
    expect(reliableChange(-4, -1, { method: 'gulliksen-lord-novick', reliability: 0.8, sd: 2, mean: 0, direction: 'higher-is-better' }).rci).toBeCloseTo(1.8333333333333333, 12);
  });

  it('without an SD and with no instrument, the error names the method and asks for a number > 0', () => {
    const e = issue(() => reliableChange(20, 12, { reliability: 0.8, direction: 'higher-is-better' }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'sd'],
      input: undefined,
      message: 'options.sd: jacobson-truax needs the pre-treatment standard deviation; none was given and no { instrument, score } was given to look one up; pass sd: a number > 0 (e.g. from a published clinical or reference sample)',
    });
  });

  it('a score without stored psychometrics asks for the SD with a PromkitError, not a TypeError', () => {
    const e = issue(() => reliableChange(3, 5, { instrument: painFixture(), score: 'bare', reliability: 0.8 }));
    expect(e.message).toBe(
      "options.sd: jacobson-truax needs the pre-treatment standard deviation; none was given and none is stored for change-fixture 'bare'; pass sd: a number > 0 (e.g. from a published clinical or reference sample)",
    );
  });

  it('a regression method without a mean names the mean at options.mean', () => {
    const e = issue(() => reliableChange(3, 5, { instrument: painFixture(), score: 'bare', method: 'edwards-nunnally', reliability: 0.8, sd: 2 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'mean'],
      input: undefined,
      message: "options.mean: edwards-nunnally needs the pre-treatment mean; none was given and none is stored for change-fixture 'bare'; pass mean: a number (e.g. from a published clinical or reference sample)",
    });
  });

  it('with no reference population stored, the SD and mean come from the dysfunctional population', () => {
    // Stored: reliability 0.8, dysfunctional mean 7, SD 1.5 (the fixture's invented values).
    // JT: SE = 1.5·√0.2 = 0.670820; S_diff = √2·SE = 0.948683; RCI = (4 − 8)/0.948683 = −4.216370
    // (Python: -4.2163702135578385); higher is worse, so a fall is an improvement.
    const fx = dysfunctionalOnly();
    const r = reliableChange(8, 4, { instrument: fx });
    expect(r.rci).toBeCloseTo(-4.2163702135578385, 12);
    expect(r.classification).toBe('improved');
    expect(r.inputs.sd).toEqual({
      value: 1.5,
      source: {
        from: 'definition',
        instrument: 'change-fixture',
        score: 'total',
        population: 'fixture clinic (dysfunctional population)',
        citation: 'Invented values for the promkit change tests.',
        doi: '10.0000/fixture',
      },
    });
    // GLN reads the dysfunctional mean 7: [(4 − 7) − 0.8·(8 − 7)] / (1.5·0.6) = −3.8 / 0.9 = −4.2222…
    const g = reliableChange(8, 4, { instrument: fx, method: 'gulliksen-lord-novick' });
    expect(g.rci).toBeCloseTo(-4.222222222222222, 12);
    expect(g.inputs.mean?.value).toBe(7);
  });
});

describe('reliableChange: method, scores and criterion', () => {
  it('an unknown method is refused, listing the five methods', () => {
    const e = issue(() => reliableChange(20, 12, { ...JT, method: 'jt' as 'jacobson-truax' }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'method'],
      input: 'jt',
      message: "options.method: expected one of 'jacobson-truax', 'gulliksen-lord-novick', 'edwards-nunnally', 'hsu-linn-lord', 'hageman-arrindell', got \"jt\"",
    });
  });

  it('a score that is not a number is refused at baseline or followUp', () => {
    const b = issue(() => reliableChange('20' as unknown as number, 12, JT));
    expect(b).toEqual({ code: 'invalid-type', path: ['baseline'], input: '20', message: 'baseline: expected a number or a score from score(), got "20"' });
    const f = issue(() => reliableChange(20, Number.NaN, JT));
    expect(f.path).toEqual(['followUp']);
    expect(f.message).toBe('followUp: expected a finite number, got NaN');
  });

  it.each([
    [0, '0'],
    [-1.96, '-1.96'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['1.96', '"1.96"'],
  ])('a criterion of %s is refused: it must be a finite number > 0', (value, shown) => {
    const e = issue(() => reliableChange(20, 12, { ...JT, criterion: value as number }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'criterion'],
      input: value,
      message: `options.criterion: expected a number > 0 (e.g. 1.96 for a two-sided 5 % level), got ${shown}`,
    });
  });

  it('the default criterion says where it comes from: 1.96 (JT) and 1.65 (HA)', () => {
    expect(reliableChange(20, 12, JT).criterion).toEqual({
      value: 1.96,
      source: { from: 'default', note: 'two-sided 5 % level of the standard normal (Jacobson & Truax 1991)' },
    });
    expect(reliableChange(30, 18, { ...HA, correlation: 0.5 }).criterion).toEqual({
      value: 1.65,
      source: { from: 'default', note: 'Hageman & Arrindell 1999 and the clinicalsignificance package use 1.65 for the HA index' },
    });
  });

  it('an RCI exactly at the criterion is not reliable change (|RCI| must exceed it)', () => {
    // JT with SD 5, r 0.5: SE = 5·√0.5, S_diff = √2·SE = 5; a change of 9.8 = 1.96·5 gives RCI 1.96.
    const up = reliableChange(0, 9.8, { reliability: 0.5, sd: 5, direction: 'higher-is-better' });
    expect(up.rci).toBe(1.96);
    expect(up.reliable).toBe(false);
    expect(up.classification).toBe('unchanged');
    const down = reliableChange(9.8, 0, { reliability: 0.5, sd: 5, direction: 'higher-is-better' });
    expect(down.rci).toBe(-1.96);
    expect(down.reliable).toBe(false);
    expect(down.classification).toBe('unchanged');
    // EN with SD 4, r 0.75 (SE = 4·0.5 = 2), M = 0, x₁ = 0: RCI = x₂ / 2; x₂ = ±4 sits on a criterion of 2.
    const en = { method: 'edwards-nunnally', reliability: 0.75, sd: 4, mean: 0, criterion: 2, direction: 'higher-is-worse' } as const;
    expect(reliableChange(0, 4, en)).toMatchObject({ rci: 2, reliable: false, classification: 'unchanged' });
    expect(reliableChange(0, -4, en)).toMatchObject({ rci: -2, reliable: false, classification: 'unchanged' });
    // just past it, the change counts
    expect(reliableChange(0, -4.02, en)).toMatchObject({ rci: -2.01, reliable: true, classification: 'improved' });
  });
});

describe('reliableChange: Hsu–Linn–Lord and Hageman–Arrindell inputs', () => {
  it('HLL without a post-test mean asks for one at options.postMean', () => {
    const e = issue(() => reliableChange(20, 12, { ...JT, method: 'hsu-linn-lord', mean: 18 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'postMean'],
      input: undefined,
      message: 'options.postMean: hsu-linn-lord needs the mean of the follow-up scores in the sample; pass postMean: a finite number',
    });
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['15', '"15"'],
  ])('a post-test mean of %s is refused', (value, shown) => {
    const e = issue(() => reliableChange(20, 12, { ...JT, method: 'hsu-linn-lord', mean: 18, postMean: value as number }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'postMean'],
      input: value,
      message: `options.postMean: expected a finite number (the mean of the follow-up scores in the sample), got ${shown}`,
    });
  });

  it("HLL and HA report the caller's sample statistics as the caller's", () => {
    const h = reliableChange(20, 12, { ...JT, method: 'hsu-linn-lord', mean: 18, postMean: 15 });
    expect(h.inputs.postMean).toEqual({ value: 15, source: { from: 'caller' } });
    const a = reliableChange(30, 18, { ...HA, correlation: 0.5 });
    expect(a.inputs.postMean).toEqual({ value: 20, source: { from: 'caller' } });
    expect(a.inputs.postSd).toEqual({ value: 10, source: { from: 'caller' } });
    expect(a.inputs.correlation).toEqual({ value: 0.5, source: { from: 'caller' } });
  });

  it('HA without a post-test mean asks for one at options.postMean', () => {
    const { postMean: _omitted, ...rest } = HA;
    const e = issue(() => reliableChange(30, 18, { ...rest, correlation: 0.5 }));
    expect(e.path).toEqual(['options', 'postMean']);
    expect(e.message).toBe('options.postMean: hageman-arrindell needs the mean of the follow-up scores in the sample; pass postMean: a finite number');
  });

  it.each([
    [0, '0'],
    [-10, '-10'],
  ])('HA refuses a post-test SD of %s', (value, shown) => {
    const e = issue(() => reliableChange(30, 18, { ...HA, postSd: value, correlation: 0.5 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'postSd'],
      input: value,
      message: `options.postSd: expected a number > 0 (the SD of the follow-up scores in the sample), got ${shown}`,
    });
  });

  it.each([
    [1.5, '1.5'],
    [-1.5, '-1.5'],
    [1.0000001, '1.0000001'],
  ])('HA refuses a correlation of %s (outside [-1, 1])', (value, shown) => {
    const e = issue(() => reliableChange(30, 18, { ...HA, correlation: value }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'correlation'],
      input: value,
      message: `options.correlation: expected a correlation between -1 and 1 (the pre–post correlation of the scores in the sample), got ${shown}`,
    });
  });

  it('HA accepts the end points r₁₂ = −1 and r₁₂ = 1', () => {
    // SE² = 5; default r_post = (10² − 5)/10² = 0.95; x₁ = 30, x₂ = 18, M = 25, M_post = 20.
    // r₁₂ = −1: r_dd = (25·0.8 + 100·0.95 + 2·5·10)/(25 + 100 + 100) = 215/225 = 0.955556;
    //   RCI = [−12·0.955556 + (−5)·0.044444] / (√0.955556·√2·√5) = −11.688889/3.091206 = −3.781336
    //   (Python: -3.7813359136672404).
    const low = reliableChange(30, 18, { ...HA, correlation: -1 });
    expect(low.differenceReliability).toBeCloseTo(215 / 225, 12);
    expect(low.rci).toBeCloseTo(-3.7813359136672404, 12);
    // r₁₂ = 1: r_dd = (20 + 95 − 100)/(25 + 100 − 100) = 15/25 = 0.6;
    //   RCI = (−12·0.6 − 5·0.4)/(√0.6·√10) = −9.2/2.449490 = −3.755884 (Python: -3.7558842722675396).
    const high = reliableChange(30, 18, { ...HA, correlation: 1 });
    expect(high.differenceReliability).toBe(0.6);
    expect(high.rci).toBeCloseTo(-3.7558842722675396, 12);
  });

  it("HA uses the caller's post-test reliability instead of the derived one", () => {
    // r₁₂ = 0.5, r_post = 0.7: r_dd = (20 + 100·0.7 − 50)/(25 + 100 − 50) = 40/75 = 0.533333;
    //   RCI = (−12·0.533333 − 5·0.466667)/(√0.533333·√10) = −8.733333/2.309401 = −3.781644
    //   (Python: -3.78164426319205). With the derived r_post = 0.95, r_dd would be 65/75 and RCI −3.759160.
    const r = reliableChange(30, 18, { ...HA, correlation: 0.5, postReliability: 0.7 });
    expect(r.differenceReliability).toBeCloseTo(40 / 75, 12);
    expect(r.rci).toBeCloseTo(-3.78164426319205, 12);
    expect(r.inputs.postReliability).toEqual({ value: 0.7, source: { from: 'caller' } });
    const derived = reliableChange(30, 18, { ...HA, correlation: 0.5 });
    expect(derived.rci).toBeCloseTo(-3.759159753360058, 12);
    expect(derived.inputs.postReliability).toEqual({
      value: 0.95,
      source: { from: 'default', note: 'derived as (postSd² − SE²) / postSd²: the same error variance at both occasions (clinicalsignificance package)' },
    });
  });

  it("HA refuses a caller's post-test reliability outside (0, 1) at options.postReliability", () => {
    const e = issue(() => reliableChange(30, 18, { ...HA, correlation: 0.5, postReliability: 1 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'postReliability'],
      input: 1,
      message: 'options.postReliability: expected a reliability coefficient between 0 and 1 (exclusive), got 1',
    });
  });

  it('HA refuses a post-test SD equal to the SE: the derived post-test reliability would be 0', () => {
    // SD 5, r 0.75: SE = 5·√0.25 = 2.5 exactly; postSd 2.5 → r_post = (6.25 − 6.25)/6.25 = 0.
    const e = issue(() => reliableChange(30, 18, { ...HA, reliability: 0.75, postSd: 2.5, correlation: 0 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'postSd'],
      input: 2.5,
      message: 'options.postSd: 2.5 is not above the standard error of measurement (2.5), so the derived post-test reliability is not positive; pass options.postReliability',
    });
    // below the SE the derived reliability is negative: also refused
    expect(issue(() => reliableChange(30, 18, { ...HA, reliability: 0.75, postSd: 2, correlation: 0 })).path).toEqual(['options', 'postSd']);
  });

  it('HA refuses equal SDs with r₁₂ = 1: the difference scores have no variance', () => {
    // SD = postSd = 5, r₁₂ = 1: var(x₂ − x₁) = 25 + 25 − 2·5·5·1 = 0.
    const e = issue(() => reliableChange(30, 18, { ...HA, postSd: 5, correlation: 1 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'correlation'],
      input: 1,
      message: 'options.correlation: with these SDs the variance of the difference scores is not positive; check sd, postSd and correlation',
    });
  });

  it('HA refuses r_dd = 0 exactly at options.correlation (not a non-finite result)', () => {
    // SD = postSd = 2, r = r_post = 0.5, r₁₂ = 0.5: r_dd = (4·0.5 + 4·0.5 − 2·2·2·0.5)/(4 + 4 − 4) = 0/4 = 0.
    const e = issue(() => reliableChange(30, 18, { ...HA, sd: 2, reliability: 0.5, postSd: 2, postReliability: 0.5, correlation: 0.5 }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'correlation'],
      input: 0.5,
      message: 'options.correlation: the reliability of the difference scores r_dd = 0 is not positive, so the Hageman–Arrindell index is undefined (the pre–post correlation is at least as high as the reliabilities); use another method',
    });
  });
});

describe('clinicalSignificance: caller populations', () => {
  const base = { direction: 'higher-is-worse', reliability: 0.8, sd: 2 } as const;
  const fn = Object.assign(() => 0, { mean: 2, sd: 1 });
  it.each([
    [null, 'null'],
    ['2,1', '"2,1"'],
    [fn, 'a function'],
    [{ sd: 1 }, 'an object'],
    [{ mean: '2', sd: 1 }, 'an object'],
    [{ mean: Number.NaN, sd: 1 }, 'an object'],
    [{ mean: Number.POSITIVE_INFINITY, sd: 1 }, 'an object'],
    [{ mean: 2 }, 'an object'],
    [{ mean: 2, sd: '1' }, 'an object'],
    [{ mean: 2, sd: Number.NaN }, 'an object'],
    [{ mean: 2, sd: Number.POSITIVE_INFINITY }, 'an object'],
    [{ mean: 2, sd: 0 }, 'an object'],
    [{ mean: 2, sd: -1 }, 'an object'],
  ])('a functional population %o is refused: it needs a finite mean and an SD > 0', (value, shown) => {
    const e = issue(() => clinicalSignificance(8, 3, { ...base, functional: value as unknown as { mean: number; sd: number } }));
    expect(e).toEqual({
      code: 'invalid-argument',
      path: ['options', 'functional'],
      input: value,
      message: `options.functional: expected { mean: a finite number, sd: a number > 0 }, got ${shown}`,
    });
  });

  it('a score without stored psychometrics has no populations (null, not a TypeError)', () => {
    const r = clinicalSignificance(3, 8, { instrument: painFixture(), score: 'bare', reliability: 0.8, sd: 2, cutoff: 5 });
    expect(r.populations).toEqual({ functional: null, dysfunctional: null });
    expect(r.cutoffs).toEqual({ a: null, b: null, c: null });
  });
});
