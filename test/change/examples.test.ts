/** The `@example` blocks of the change module's TSDoc, run: the `//=>` values must hold. */
import { describe, expect, it } from 'vitest';
import * as c from '../../src/change/index.js';
import { phq9 } from '../../src/instruments/phq-9/index.js';

describe('TSDoc examples', () => {
  it('change', () => {
    expect(c.change(8, 4, { direction: 'higher-is-worse' })).toEqual({ baseline: 8, followUp: 4, difference: -4, direction: 'higher-is-worse', improvement: 4, floor: 0, percentChange: -50, percentImprovement: 50 });
    expect(c.change(0, 3, { direction: 'higher-is-worse' }).percentReason).toBe('the baseline is at the scale floor (0), so any change from it is an undefined percentage');
  });

  it('reliableChange', () => {
    const rc = c.reliableChange(20, 8, { reliability: 0.8, sd: 5, direction: 'higher-is-worse' });
    expect([rc.rci, rc.reliable, rc.classification, rc.reliableChangeThreshold]).toEqual([-3.79473319220206, true, 'improved', 6.19806421393002]);
  });

  it('clinicalSignificance', () => {
    const cs = c.clinicalSignificance(38, 12, { direction: 'higher-is-worse', reliability: 0.801, dysfunctional: { mean: 35.48, sd: 8.16 }, functional: { mean: 7.69, sd: 7.52 } });
    expect(cs.cutoff).toEqual({ type: 'c', value: 21.0178571428571, rule: 'c: both populations are known' });
    expect(cs.category).toBe('recovered');
  });

  it('mcidChange', () => {
    expect(c.mcidChange(17, 11, { instrument: phq9 }).verdicts[0]!.classification).toBe('improved');
    expect(c.mcidChange(6, 4, { mcid: { value: 30, unit: 'percent' }, direction: 'higher-is-worse' }).improved).toBe(true);
  });

  it('immpactPainChange and pgicResponse', () => {
    expect(c.immpactPainChange(8, 5)).toEqual({ kind: 'immpact-pain-change', baseline: 8, followUp: 5, reduction: 3, percentReduction: 37.5, category: 'moderate', atLeastTwoPoints: true });
    expect(c.pgicResponse(2).responder).toBe(true);
    expect(c.pgicResponse(3, { change: c.immpactPainChange(8, 5) })).toEqual({
      kind: 'pgic-response', pgic: 3, label: 'minimally improved', threshold: 2, responder: false,
      change: { responder: true, rule: 'pain reduced by ≥ 30 % (IMMPACT moderate or substantial; Farrar 2001)' },
      agreement: 'change-only',
    });
  });

  it('series', () => {
    const diary = [{ date: '2024-03-01', value: 6 }, { date: '2024-03-03', value: 7 }, { date: '2024-03-06', value: 8 }, { date: '2024-03-08', value: 4 }];
    expect(c.seriesBaseline(diary).value).toBe(6);
    expect(c.seriesBaseline(diary, { method: 'window', before: '2024-03-08', days: 7 })).toEqual({ value: 7, method: 'window', n: 3, dates: ['2024-03-01', '2024-03-03', '2024-03-06'] });
    expect(c.slopePerWeek([{ date: '2024-03-01', value: 8 }, { date: '2024-03-08', value: 7 }, { date: '2024-03-15', value: 6 }], { direction: 'higher-is-worse' })).toEqual({
      perWeek: -1, perDay: -0.142857142857143, improvementPerWeek: 1, direction: 'higher-is-worse', n: 3, from: '2024-03-01', to: '2024-03-15', spanDays: 14,
    });
    expect(c.areaUnderCurve([{ date: '2024-03-01', value: 6 }, { date: '2024-03-03', value: 4 }, { date: '2024-03-07', value: 4 }])).toEqual({ auc: 26, perDay: 4.33333333333333, spanDays: 6, n: 3, from: '2024-03-01', to: '2024-03-07' });
    expect(c.lastValue([{ date: '2024-03-08', value: 4 }, { date: '2024-03-01', value: 7 }])).toEqual({ date: '2024-03-08', value: 4 });
    expect(c.bestValue([{ date: '2024-03-01', value: 7 }, { date: '2024-03-05', value: 3 }, { date: '2024-03-09', value: 3 }], { direction: 'higher-is-worse' })).toEqual({ date: '2024-03-05', value: 3, direction: 'higher-is-worse' });
    const d2 = [['2024-03-01', 8], ['2024-03-04', 5], ['2024-03-06', 6], ['2024-03-08', 4], ['2024-03-10', 4], ['2024-03-12', 3]].map(([date, value]) => ({ date: date as string, value: value as number }));
    expect(c.timeToSustainedResponse(d2, { direction: 'higher-is-worse', response: { percent: 30 }, sustain: { observations: 3 } })).toEqual({
      reached: true, date: '2024-03-08', days: 7, baseline: { value: 8, method: 'first', n: 1, dates: ['2024-03-01'] },
      rule: 'improvement ≥ 30 % from baseline, held for 3 consecutive observations',
    });
    const values = [4, 4, 5, 4, 4, 4, 4, 7, 7, 4, 4];
    const diary2 = values.map((value, i) => ({ date: `2024-03-${String(i + 1).padStart(2, '0')}`, value }));
    expect(c.detectFlares(diary2).flares).toEqual([{ start: '2024-03-08', end: '2024-03-09', days: 2, baseline: 4.14285714285714, peak: 7, peakDate: '2024-03-08' }]);
  });

  it('cohort', () => {
    const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const r = c.cohortChange(drug1.map((b, i) => ({ baseline: b, followUp: drug2[i]! })));
    expect(r.meanChange).toBe(1.58);
    expect(r.ci).toEqual({ level: 0.95, lower: 0.700114236723018, upper: 2.45988576327698, t: 2.2621571627982, df: 9 });
    expect(c.wilsonInterval(81, 263)).toEqual({ successes: 81, n: 263, proportion: 0.307984790874525, lower: 0.255288519878274, upper: 0.3662095769828, level: 0.95 });
    const pairs = [{ baseline: 8, followUp: 4 }, { baseline: 6, followUp: 5 }, { baseline: 7, followUp: 3 }, { baseline: 5, followUp: 5 }];
    const rp = c.responderProportions(pairs, { direction: 'higher-is-worse', mcid: 2 });
    expect(rp.percent.map((p) => [p.threshold, p.successes, p.n])).toEqual([[30, 2, 4], [50, 2, 4]]);
    expect(rp.mcid[0]!.proportion).toBe(0.5);
    expect(rp.reliableImprovement).toBeNull();
  });
});
