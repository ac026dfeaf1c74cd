import { describe, expect, it } from 'vitest';
import { change, immpactPainChange, mcidChange, pgicResponse, reliableChange } from '../../src/change/index.js';
import { score, type ScoreValue } from '../../src/engine/score.js';
import { phq9 } from '../../src/instruments/phq-9/index.js';
import { painFixture } from './fixtures.js';
import { issue } from '../promkitError.js';

describe('change', () => {
  it('computes difference, improvement and percentages from the floor', () => {
    expect(change(8, 4, { direction: 'higher-is-worse' })).toEqual({
      baseline: 8, followUp: 4, difference: -4, direction: 'higher-is-worse', improvement: 4, floor: 0, percentChange: -50, percentImprovement: 50,
    });
    // higher is better: a rise is an improvement
    expect(change(4, 6, { direction: 'higher-is-better' })).toMatchObject({ improvement: 2, percentChange: 50, percentImprovement: 50 });
  });

  it('measures percentages from the range minimum of the definition', () => {
    const fixture = painFixture();
    const ranged = { ...fixture, scores: [{ ...fixture.scores[0]!, range: [1, 10] as [number, number] }] };
    expect(change(5, 3, { instrument: ranged as typeof fixture })).toMatchObject({ floor: 1, percentChange: -50, percentImprovement: 50 });
    expect(change(5, 3, { direction: 'higher-is-worse', floor: 1 }).percentChange).toBe(-50);
  });

  it('applies the zero-baseline rule', () => {
    expect(change(0, 0, { direction: 'higher-is-worse' })).toMatchObject({ percentChange: 0, percentImprovement: 0 });
    const r = change(0, 3, { direction: 'higher-is-worse' });
    expect(r.percentChange).toBeNull();
    expect(r.percentImprovement).toBeNull();
    expect(r.percentReason).toMatch(/floor/);
  });

  it('gives no percentage, with a reason, when the baseline is below the floor (3 → 8 above a floor of 5 is not −250 %)', () => {
    const r = change(3, 8, { direction: 'higher-is-worse', floor: 5 });
    expect(r).toMatchObject({ baseline: 3, followUp: 8, difference: 5, improvement: -5, floor: 5, percentChange: null, percentImprovement: null });
    expect(r.percentReason).toBe('the baseline (3) is below the floor (5), so a percentage of its distance from the floor is undefined');
    // just above the floor the percentage is defined again: 100 × 2.5 / 0.5
    expect(change(5.5, 8, { direction: 'higher-is-worse', floor: 5 }).percentChange).toBe(500);
  });

  it('returns null improvement without a direction, and says why', () => {
    const r = change(5, 3);
    expect(r).toMatchObject({ difference: -2, improvement: null, percentChange: -40, percentImprovement: null });
    expect(r.percentReason).toMatch(/direction/);
  });

  it('removes binary noise', () => {
    expect(change(7.3, 5.1).difference).toBe(-2.2);
    expect(change(0.1, 0.4).difference).toBe(0.3);
  });

  it('reads ScoreValues from score() and uses the value metric', () => {
    const a = score(phq9, [2, 2, 2, 2, 2, 2, 2, 2, 1]).scores.total!;
    const b = score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0]).scores.total!;
    expect(change(a, b, { instrument: phq9 })).toMatchObject({ baseline: 17, followUp: 8, improvement: 9, floor: 0 });
    // without the instrument, the ScoreValue's own range supplies the floor
    expect(change(a, b).floor).toBe(0);
  });

  it('uses tScore when the psychometrics say so, and has no floor there', () => {
    const def = painFixture({ metric: 'tScore' });
    const sv = (value: number, tScore: number): ScoreValue => ({ value, range: [0, 10], status: 'scored', answered: 1, of: 1, tScore, se: 2 });
    const r = change(sv(6, 60), sv(4, 52), { instrument: def });
    expect(r).toMatchObject({ baseline: 60, followUp: 52, difference: -8, improvement: 8, floor: null, percentChange: null });
    expect(r.percentReason).toMatch(/T-score/);
    expect(change(sv(6, 60), sv(4, 52), { instrument: def, floor: 20 }).percentImprovement).toBe(20);
    expect(issue(() => change({ value: 3, range: [0, 10], status: 'scored', answered: 1, of: 1 }, 2, { instrument: def })).message).toMatch(/no tScore/);
  });

  it('rejects a score that was not computed, non-finite numbers and out-of-range values', () => {
    const missing = score(phq9, [1, 1, 1, null, null, null, null, null, null]).scores.total!;
    const i1 = issue(() => change(missing, 5, { instrument: phq9 }));
    expect(i1).toMatchObject({ code: 'invalid-argument', path: ['baseline'] });
    expect(i1.message).toMatch(/insufficient-items/);
    expect(issue(() => change(Number.NaN, 5))).toMatchObject({ code: 'not-finite', path: ['baseline'] });
    expect(issue(() => change(1, Infinity))).toMatchObject({ code: 'not-finite', path: ['followUp'] });
    expect(issue(() => change('3' as unknown as number, 5))).toMatchObject({ code: 'invalid-type' });
    expect(issue(() => change(30, 5, { instrument: phq9 }))).toMatchObject({ code: 'out-of-range', path: ['baseline'] });
    expect(issue(() => change(3, 5, { direction: 'down' as never }))).toMatchObject({ path: ['options', 'direction'] });
    expect(issue(() => change(3, 5, { instrument: phq9, score: 'nope' })).message).toMatch(/"total"/);
    expect(issue(() => change(3, 5, { score: 'total' })).message).toMatch(/instrument/);
  });
});

describe('reliableChange', () => {
  it('uses the stored reliability and reference SD and reports their sources', () => {
    const r = reliableChange(8, 3, { instrument: painFixture() });
    // S_diff = √2 · 2 · √0.2 = 1.2649; RCI = −5 / 1.2649
    expect(r.rci).toBeCloseTo(-5 / (Math.SQRT2 * 2 * Math.sqrt(0.2)), 12);
    expect(r.classification).toBe('improved');
    expect(r.inputs.reliability.source).toMatchObject({ from: 'definition', instrument: 'change-fixture', score: 'total', locator: 'Table 1', doi: '10.0000/fixture' });
    expect(r.inputs.sd).toMatchObject({ value: 2, source: { from: 'definition', locator: 'Table 2' } });
    expect(r.criterion).toMatchObject({ value: 1.96, source: { from: 'default' } });
  });

  it('lets the caller override and says so', () => {
    const r = reliableChange(8, 3, { instrument: painFixture(), reliability: 0.9, sd: 3, criterion: 2.5 });
    expect(r.inputs.reliability).toEqual({ value: 0.9, source: { from: 'caller' } });
    expect(r.criterion).toEqual({ value: 2.5, source: { from: 'caller' } });
  });

  it('errors clearly when nothing is stored and nothing given', () => {
    const i = issue(() => reliableChange(20, 10, { instrument: phq9 }));
    expect(i).toMatchObject({ code: 'invalid-argument', path: ['options', 'sd'] });
    expect(i.message).toMatch(/none is stored for phq-9 'total'/);
    const j = issue(() => reliableChange(20, 10, { direction: 'higher-is-worse', sd: 5 }));
    expect(j.path).toEqual(['options', 'reliability']);
    expect(j.message).toMatch(/between 0 and 1/);
    expect(issue(() => reliableChange(20, 10, { direction: 'higher-is-worse', sd: 5, reliability: 1 })).message).toMatch(/exclusive/);
    expect(issue(() => reliableChange(20, 10, { sd: 5, reliability: 0.8 })).path).toEqual(['options', 'direction']);
    expect(issue(() => reliableChange(20, 10, { direction: 'higher-is-worse', sd: 5, reliability: 0.8, method: 'rci' as never })).path).toEqual(['options', 'method']);
  });

  it('requires the sample statistics HLL and HA need', () => {
    const base = { direction: 'higher-is-worse' as const, sd: 5, reliability: 0.8, mean: 10 };
    expect(issue(() => reliableChange(20, 10, { ...base, method: 'hsu-linn-lord' })).path).toEqual(['options', 'postMean']);
    expect(issue(() => reliableChange(20, 10, { ...base, method: 'hageman-arrindell', postMean: 7 })).path).toEqual(['options', 'postSd']);
    expect(issue(() => reliableChange(20, 10, { ...base, method: 'hageman-arrindell', postMean: 7, postSd: 6 })).path).toEqual(['options', 'correlation']);
    // a pre–post correlation above the reliabilities leaves no reliable difference variance
    expect(issue(() => reliableChange(20, 10, { ...base, method: 'hageman-arrindell', postMean: 7, postSd: 5, correlation: 0.95 })).message).toMatch(/r_dd/);
    expect(reliableChange(20, 10, { ...base, method: 'hageman-arrindell', postMean: 7, postSd: 6, correlation: 0.5 }).criterion.value).toBe(1.65);
  });

  it('classifies by direction', () => {
    const o = { sd: 5, reliability: 0.8 };
    expect(reliableChange(10, 20, { ...o, direction: 'higher-is-better' }).classification).toBe('improved');
    expect(reliableChange(10, 20, { ...o, direction: 'higher-is-worse' }).classification).toBe('deteriorated');
    expect(reliableChange(10, 12, { ...o, direction: 'higher-is-worse' }).classification).toBe('unchanged');
  });
});

describe('mcidChange', () => {
  it('classifies against every stored MCID with its source', () => {
    const r = mcidChange(6, 4, { instrument: painFixture() });
    expect(r.verdicts.map((v) => [v.value, v.unit, v.classification])).toEqual([[2, 'points', 'improved'], [30, 'percent', 'improved']]);
    expect(r.verdicts[0]!.source).toMatchObject({ from: 'definition', population: 'fixture trial' });
    expect(r.improved).toBe(true);
    expect(mcidChange(6, 5, { instrument: painFixture() }).improved).toBe(false);
    expect(mcidChange(4, 6, { instrument: painFixture() }).verdicts.map((v) => v.classification)).toEqual(['deteriorated', 'deteriorated']);
  });

  it('uses PHQ-9 stored MCID (5 points, Löwe 2004)', () => {
    const r = mcidChange(17, 11, { instrument: phq9 });
    expect(r.verdicts[0]).toMatchObject({ value: 5, unit: 'points', classification: 'improved' });
    expect((r.verdicts[0]!.source as { citation: string }).citation).toMatch(/Löwe/);
  });

  it("uses only the caller's MCID when given; null verdicts at the floor", () => {
    const own = mcidChange(6, 5, { instrument: painFixture(), mcid: 1 });
    // the stored MCIDs of the fixture are left out: one verdict, the caller's 1 point
    expect(own.verdicts).toHaveLength(1);
    expect(own.verdicts[0]).toMatchObject({ value: 1, unit: 'points', population: null, source: { from: 'caller' }, classification: 'improved' });
    const r = mcidChange(0, 2, { direction: 'higher-is-worse', mcid: { value: 30, unit: 'percent' } });
    expect(r.verdicts[0]!.classification).toBeNull();
    expect(r.improved).toBeNull();
    expect(issue(() => mcidChange(6, 4, { direction: 'higher-is-worse' })).path).toEqual(['options', 'mcid']);
    expect(issue(() => mcidChange(6, 4, { direction: 'higher-is-worse', mcid: -1 })).path).toEqual(['options', 'mcid']);
  });
});

describe('immpactPainChange and pgicResponse', () => {
  it('handles a zero baseline', () => {
    expect(immpactPainChange(0, 0)).toMatchObject({ percentReduction: 0, category: 'none' });
    expect(immpactPainChange(0, 2)).toMatchObject({ percentReduction: null, category: 'worse' });
    expect(issue(() => immpactPainChange(11, 2))).toMatchObject({ code: 'out-of-range' });
  });

  it('combines PGIC with change results', () => {
    const rc = reliableChange(8, 3, { instrument: painFixture() });
    expect(pgicResponse(1, { change: rc })).toMatchObject({ responder: true, agreement: 'both', change: { responder: true } });
    expect(pgicResponse(4, { change: false }).agreement).toBe('neither');
    expect(pgicResponse(2, { change: immpactPainChange(8, 7) }).agreement).toBe('pgic-only');
    expect(pgicResponse(3, { threshold: 3 }).responder).toBe(true);
    const unknown = mcidChange(0, 2, { direction: 'higher-is-worse', mcid: { value: 30, unit: 'percent' } });
    expect(pgicResponse(2, { change: unknown }).agreement).toBeNull();
    expect(issue(() => pgicResponse(8))).toMatchObject({ code: 'out-of-range' });
    expect(issue(() => pgicResponse(2.5))).toMatchObject({ code: 'out-of-range' });
    expect(issue(() => pgicResponse(2, { threshold: 7 })).path).toEqual(['options', 'threshold']);
    expect(issue(() => pgicResponse(2, { change: { kind: 'x' } as never })).path).toEqual(['options', 'change']);
  });
});
