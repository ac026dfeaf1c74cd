/**
 * Contract tests of the clinical change calculators (issue 18: surviving mutants of
 * clinicalSignificance, mcidChange, immpactPainChange, change, bestValue, slopePerWeek). Each
 * test names the behaviour it protects; every expected value is worked by hand from the
 * published rule, with the working in a comment.
 *
 * Populations for Jacobson & Truax (1991): the BDI-II norms of the clinicalsignificance R
 * package v3.0.0 vignettes (github.com/cran/clinicalsignificance @ c0edc2df, claus_2020, lower is
 * better): clinical M 35.48, SD 8.16; functional M 7.69, SD 7.52; reliability 0.801; printed
 * "Cutoff type: c, Cutoff: 21.02" and "Cutoff Type: a, Cutoff: 19.16".
 * Worked for higher-is-worse (the ± signs of a and b flip):
 *   a = M_d − 2·SD_d = 35.48 − 16.32 = 19.16
 *   b = M_f + 2·SD_f = 7.69 + 15.04 = 22.73
 *   c = (SD_f·M_d + SD_d·M_f) / (SD_f + SD_d) = (7.52·35.48 + 8.16·7.69) / 15.68
 *     = (266.8096 + 62.7504) / 15.68 = 329.56 / 15.68 = 21.017857142857… (15 significant digits)
 * Reliable change (JT) with the clinical SD: SE = 8.16·√(1 − 0.801) = 8.16·0.446094… = 3.64013,
 * S_diff = √2·SE = 5.14792, so a change is reliable when |Δ| > 1.96·5.14792 = 10.0899.
 */
import { describe, expect, it } from 'vitest';
import {
  bestValue,
  change,
  clinicalSignificance,
  immpactPainChange,
  mcidChange,
  slopePerWeek,
} from '../../src/change/index.js';
import { score } from '../../src/engine/score.js';
import { nrs } from '../../src/instruments/nrs/index.js';
import { pcs } from '../../src/instruments/pcs/index.js';
import { phq9 } from '../../src/instruments/phq-9/index.js';
import { tsk11 } from '../../src/instruments/tsk-11/index.js';
import { defineInstrument } from '../../src/model/define.js';
import type { Instrument } from '../../src/model/schema.js';
import { issue } from '../promkitError.js';
import { painFixture } from './fixtures.js';

const dysfunctional = { mean: 35.48, sd: 8.16 } as const;
const functional = { mean: 7.69, sd: 7.52 } as const;
const bdi = { direction: 'higher-is-worse', reliability: 0.801 } as const;

/**
 * A test-only BDI-II-like definition that stores the clinical and functional populations (and a
 * reliability) but no reference population, as a user's defineInstrument() may: the reliable
 * change part must then fall back to the stored clinical population.
 */
function storedPopulations(): Instrument {
  return defineInstrument({
    id: 'bdi-populations',
    title: 'BDI-II total with stored Jacobson–Truax populations (test only)',
    version: '1',
    domain: 'test',
    recallPeriod: null,
    citations: [
      {
        key: 'claus2020',
        text: 'clinicalsignificance v3.0.0 vignettes (claus_2020 BDI-II), github.com/cran/clinicalsignificance @ c0edc2df8b74faf5e58d55a0bcd4f500e18810f0',
      },
    ],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [{ id: 'bdi', label: 'BDI-II total', numeric: { min: 0, max: 63, integer: true } }],
    scores: [
      {
        name: 'total',
        label: 'BDI-II',
        items: ['bdi'],
        method: 'sum',
        range: [0, 63],
        direction: 'higher-is-worse',
        missing: { minAnswered: 1, rounding: 'none', official: true, text: 'Answer the item.', source: { ref: 'claus2020' } },
        psychometrics: {
          reliability: { value: 0.801, kind: 'internal-consistency', population: 'claus_2020', source: { ref: 'claus2020' } },
          dysfunctional: { mean: 35.48, sd: 8.16, population: 'claus_2020 clinical', source: { ref: 'claus2020', locator: 'statistical-approach vignette' } },
          functional: { mean: 7.69, sd: 7.52, population: 'claus_2020 functional', source: { ref: 'claus2020', locator: 'statistical-approach vignette' } },
        },
      },
    ],
  });
}

describe('clinicalSignificance: choosing the cut-off', () => {
  it('uses the cut-off the caller asks for, each from its published formula', () => {
    const both = { ...bdi, dysfunctional, functional };
    expect(clinicalSignificance(38, 12, { ...both, cutoff: 'c' }).cutoff).toEqual({ type: 'c', value: 21.0178571428571, rule: 'c: requested by the caller' });
    expect(clinicalSignificance(38, 12, { ...both, cutoff: 'a' }).cutoff).toEqual({ type: 'a', value: 19.16, rule: 'a: requested by the caller' });
    expect(clinicalSignificance(38, 12, { ...both, cutoff: 'b' }).cutoff).toEqual({ type: 'b', value: 22.73, rule: 'b: requested by the caller' });
  });

  it('with only the functional population known, defaults to b and still computes reliable change', () => {
    // b = 7.69 + 2·7.52 = 22.73; 38 → 12 is Δ −26, reliable with SD 8.16 (threshold 10.09);
    // 38 is above b (dysfunctional side), 12 below it (functional side): recovered
    const r = clinicalSignificance(38, 12, { ...bdi, functional, sd: 8.16 });
    expect(r.cutoffs).toEqual({ a: null, b: 22.73, c: null });
    expect(r.cutoff).toEqual({ type: 'b', value: 22.73, rule: 'b: only the functional population is known' });
    expect(r.category).toBe('recovered');
  });

  it('a baseline exactly at the cut-off is on neither side, so reliable improvement from it is improved, not recovered', () => {
    // cut-off a = 19.16; 19.16 → 5 is Δ −14.16, beyond the reliable-change threshold 10.09, but
    // the baseline is not strictly on the dysfunctional side
    const r = clinicalSignificance(19.16, 5, { ...bdi, dysfunctional, functional, cutoff: 'a' });
    expect(r.reliableChange.classification).toBe('improved');
    expect(r.baselineDysfunctional).toBe(false);
    expect(r.followUpFunctional).toBe(true);
    expect(r.category).toBe('improved');
  });

  it('refuses a cut-off that is not a finite number, naming options.cutoff', () => {
    for (const bad of [Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(issue(() => clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional, cutoff: bad }))).toEqual({
        code: 'not-finite',
        path: ['options', 'cutoff'],
        input: bad,
        message: `options.cutoff: expected 'a', 'b', 'c' or a finite number, got ${String(bad)}`,
      });
    }
  });

  it('refuses a cut-off name other than a, b or c', () => {
    expect(issue(() => clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional, cutoff: 'd' as 'a' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'cutoff'],
      input: 'd',
      message: `options.cutoff: expected 'a', 'b', 'c' or a finite number, got "d"`,
    });
  });

  it('says which population a requested cut-off is missing', () => {
    expect(issue(() => clinicalSignificance(38, 12, { ...bdi, functional, cutoff: 'a' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'cutoff'],
      input: 'a',
      message: 'options.cutoff: cut-off a needs the dysfunctional population (mean and SD); pass options.dysfunctional or use a definition that stores it',
    });
    expect(issue(() => clinicalSignificance(38, 12, { ...bdi, dysfunctional, cutoff: 'b' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'cutoff'],
      input: 'b',
      message: 'options.cutoff: cut-off b needs the functional population (mean and SD); pass options.functional or use a definition that stores it',
    });
    expect(issue(() => clinicalSignificance(38, 12, { ...bdi, functional, cutoff: 'c' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'cutoff'],
      input: 'c',
      message: 'options.cutoff: cut-off c needs both populations (mean and SD); pass options.functional and options.dysfunctional or use a definition that stores it',
    });
  });

  it('without any population or numeric cut-off, asks for options.functional', () => {
    expect(issue(() => clinicalSignificance(38, 12, { ...bdi, sd: 8.16 }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'functional'],
      input: undefined,
      message: 'options.functional: clinical significance needs a functional and/or a dysfunctional population (mean and SD) or a numeric options.cutoff; none was given and no { instrument, score } was given',
    });
  });

  it('refuses an invalid functional population, naming options.functional', () => {
    expect(issue(() => clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional: { mean: 7.69, sd: 0 } }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'functional'],
      input: { mean: 7.69, sd: 0 },
      message: 'options.functional: expected { mean: a finite number, sd: a number > 0 }, got an object',
    });
  });
});

describe('clinicalSignificance: the reliable change inputs', () => {
  it("falls back to the clinical population's SD, and adds no mean for Jacobson–Truax", () => {
    const r = clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional });
    expect(r.reliableChange.inputs).toStrictEqual({
      reliability: { value: 0.801, source: { from: 'caller' } },
      sd: { value: 8.16, source: { from: 'caller' } },
    });
    // SE = 8.16·√0.199 = 3.6401283493855 (15 significant digits)
    expect(r.reliableChange.standardError).toBe(3.6401283493855);
  });

  it("keeps the caller's SD over the clinical population's", () => {
    // SE = 10·√0.199 = 4.46094160463909; RCI = (12 − 38) / (√2 · 4.46094…) = −4.12127706216357
    const r = clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional, sd: 10 });
    expect(r.reliableChange.inputs.sd).toEqual({ value: 10, source: { from: 'caller' } });
    expect(r.reliableChange.standardError).toBe(4.46094160463909);
    expect(r.reliableChange.rci).toBe(-4.12127706216357);
  });

  it("falls back to the clinical population's mean for methods that need one (Edwards–Nunnally)", () => {
    // EN: x2 − (r·(x1 − M) + M) = 12 − (0.801·2.52 + 35.48) = 12 − 37.49852 = −25.49852;
    // divided by SE 3.6401283493855: −7.00484091565…
    const r = clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional, method: 'edwards-nunnally' });
    expect(r.reliableChange.inputs.mean).toStrictEqual({ value: 35.48, source: { from: 'caller' } });
    expect(r.reliableChange.rci).toBeCloseTo(-7.00484091565, 10);
  });

  it("keeps the caller's mean over the clinical population's", () => {
    // EN with M = 30: 12 − (0.801·8 + 30) = 12 − 36.408 = −24.408; / 3.6401283… = −6.70525807…
    const r = clinicalSignificance(38, 12, { ...bdi, dysfunctional, functional, method: 'edwards-nunnally', mean: 30 });
    expect(r.reliableChange.inputs.mean).toStrictEqual({ value: 30, source: { from: 'caller' } });
    expect(r.reliableChange.inputs.sd).toEqual({ value: 8.16, source: { from: 'caller' } });
    expect(r.reliableChange.rci).toBeCloseTo(-6.70525807, 7);
  });

  it('prefers a stored reference population over the clinical one for the SD', () => {
    // painFixture stores reference SD 2 and clinical SD 1.5, reliability 0.8: SE = 2·√0.2 = 0.894427190999916
    const r = clinicalSignificance(8, 3, { instrument: painFixture() });
    expect(r.reliableChange.inputs.sd).toMatchObject({ value: 2, source: { from: 'definition', population: 'fixture clinic (reference population)' } });
    expect(r.reliableChange.standardError).toBe(0.894427190999916);
    // and for the mean: EN 8 → 3 with reference M 6: 3 − (0.8·(8 − 6) + 6) = −4.6; / 0.894427… = −5.14295630
    const en = clinicalSignificance(8, 3, { instrument: painFixture(), method: 'edwards-nunnally' });
    expect(en.reliableChange.inputs.mean).toMatchObject({ value: 6, source: { from: 'definition', population: 'fixture clinic (reference population)' } });
    expect(en.reliableChange.rci).toBeCloseTo(-5.1429563, 6);
  });

  it('reports the stored clinical population as the source of the SD and mean it lent', () => {
    const def = storedPopulations();
    const r = clinicalSignificance(38, 12, { instrument: def, method: 'edwards-nunnally' });
    const source = r.populations.dysfunctional!.source;
    expect(source).toMatchObject({ from: 'definition', instrument: 'bdi-populations', population: 'claus_2020 clinical' });
    expect(r.reliableChange.inputs.sd).toStrictEqual({ value: 8.16, source });
    expect(r.reliableChange.inputs.mean).toStrictEqual({ value: 35.48, source });
    // same numbers as the caller-given populations: c = 21.0178571428571, EN RCI −7.00484…
    expect(r.cutoff).toEqual({ type: 'c', value: 21.0178571428571, rule: 'c: both populations are known' });
    expect(r.reliableChange.rci).toBeCloseTo(-7.00484091565, 10);
    expect(r.category).toBe('recovered');
  });

  it("reports a stored clinical mean as the definition's even when the caller gave only the SD", () => {
    // EN with SD 10 (caller) and M 35.48 (stored): SE = 10·√0.199 = 4.46094160463909;
    // 12 − (0.801·2.52 + 35.48) = −25.49852; / 4.46094… = −5.71595…
    const def = storedPopulations();
    const r = clinicalSignificance(38, 12, { instrument: def, method: 'edwards-nunnally', sd: 10 });
    expect(r.reliableChange.inputs.sd).toStrictEqual({ value: 10, source: { from: 'caller' } });
    expect(r.reliableChange.inputs.mean).toStrictEqual({ value: 35.48, source: r.populations.dysfunctional!.source });
    expect(r.reliableChange.rci).toBeCloseTo(-25.49852 / (10 * Math.sqrt(0.199)), 12);
    // and the other way round: the caller's mean, the stored SD
    const m = clinicalSignificance(38, 12, { instrument: def, method: 'edwards-nunnally', mean: 30 });
    expect(m.reliableChange.inputs.mean).toStrictEqual({ value: 30, source: { from: 'caller' } });
    expect(m.reliableChange.inputs.sd).toStrictEqual({ value: 8.16, source: m.populations.dysfunctional!.source });
  });

  it('works for a score that stores no psychometrics at all', () => {
    // painFixture 'bare': 0–10, higher is better, nothing stored. Clinical M 3, SD 1:
    // a = 3 + 2·1 = 5; SE = 1·√0.2, S_diff = 0.632456; RCI = (6 − 2) / 0.632456 = 6.32 > 1.96;
    // 2 < 5 and 6 > 5: recovered
    const r = clinicalSignificance(2, 6, { instrument: painFixture(), score: 'bare', reliability: 0.8, dysfunctional: { mean: 3, sd: 1 } });
    expect(r.cutoff).toEqual({ type: 'a', value: 5, rule: 'a: only the dysfunctional population is known' });
    expect(r.reliableChange.inputs.sd).toEqual({ value: 1, source: { from: 'caller' } });
    expect(r.reliableChange.rci).toBeCloseTo(6.32455532, 7);
    expect(r.category).toBe('recovered');
  });
});

describe('mcidChange', () => {
  const direction = 'higher-is-worse' as const;
  const message = (got: string) => `options.mcid: expected a number of points > 0 or { value: > 0, unit: 'points' | 'percent' }, got ${got}`;

  it('refuses an MCID that is not a positive finite number of points or a { value, unit }', () => {
    const withValue = Object.assign(() => 0, { value: 3, unit: 'points' });
    const cases: [unknown, string][] = [
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [0, '0'],
      [-2, '-2'],
      [null, 'null'],
      ['5', '"5"'],
      [withValue, 'a function'],
      [{ value: -2, unit: 'points' }, 'an object'],
      [{ value: 0, unit: 'points' }, 'an object'],
      [{ value: Number.POSITIVE_INFINITY, unit: 'points' }, 'an object'],
      [{ value: 5, unit: 'percentage' }, 'an object'],
      [{ value: 5 }, 'an object'],
      [{ unit: 'points' }, 'an object'],
    ];
    for (const [mcid, got] of cases) {
      expect(issue(() => mcidChange(10, 4, { direction, mcid: mcid as number }))).toEqual({
        code: 'invalid-argument',
        path: ['options', 'mcid'],
        input: mcid,
        message: message(got),
      });
    }
  });

  it('classifies a change smaller than the MCID either way as unchanged', () => {
    // PHQ-9 MCID 5 points (Löwe 2004): 12 → 10 improves by 2, 12 → 14 worsens by 2: both unchanged;
    // 12 → 17 worsens by 5: deteriorated
    expect(mcidChange(12, 10, { instrument: phq9 }).verdicts[0]!.classification).toBe('unchanged');
    expect(mcidChange(12, 14, { instrument: phq9 }).verdicts[0]!.classification).toBe('unchanged');
    expect(mcidChange(12, 17, { instrument: phq9 }).verdicts[0]!.classification).toBe('deteriorated');
    expect(mcidChange(12, 7, { instrument: phq9 }).improved).toBe(true);
  });

  it("reports the stored MCID's derivation method", () => {
    const v = mcidChange(12, 7, { instrument: phq9 }).verdicts[0]!;
    expect(v).toMatchObject({ value: 5, unit: 'points', method: 'distribution-based: 2 standard errors of measurement', classification: 'improved' });
  });

  it('is improved when at least one stored MCID is reached', () => {
    // NRS (Farrar 2001, Dworkin 2008): 2 points, 30 %, 30 %. 8 → 6 is 2 points (reached) but
    // 100·2/(8 − 0) = 25 % (not reached): improved overall
    const r = mcidChange(8, 6, { instrument: nrs });
    expect(r.verdicts.map((v) => v.classification)).toEqual(['improved', 'unchanged', 'unchanged']);
    expect(r.improved).toBe(true);
    // PCS 8 and 11 points (Monticone 2022): 30 → 21 is 9 points: the first only
    const p = mcidChange(30, 21, { instrument: pcs });
    expect(p.verdicts.map((v) => v.classification)).toEqual(['improved', 'unchanged']);
    expect(p.improved).toBe(true);
  });

  it('is null (not false) when no MCID is reached and a percent verdict is undefined, with the reason', () => {
    // NRS 0 → 1: 1 point worse (not 2): unchanged; a percentage from the floor 0 is undefined
    const r = mcidChange(0, 1, { instrument: nrs });
    expect(r.verdicts.map((v) => v.classification)).toEqual(['unchanged', null, null]);
    expect(r.verdicts[1]!.reason).toBe('the baseline is at the scale floor (0), so any change from it is an undefined percentage');
    expect(r.improved).toBeNull();
  });

  it('says no MCID is stored for a score without psychometrics', () => {
    expect(issue(() => mcidChange(3, 5, { instrument: painFixture(), score: 'bare' }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'mcid'],
      input: undefined,
      message: "options.mcid: no MCID was given and none is stored for change-fixture 'bare'; pass mcid: a number of points or { value, unit: 'points' | 'percent' }",
    });
  });
});

describe('immpactPainChange', () => {
  it('names the argument that is not a number', () => {
    expect(issue(() => immpactPainChange('7' as unknown as number, 3))).toMatchObject({ code: 'invalid-type', path: ['baseline'], input: '7' });
    expect(issue(() => immpactPainChange(7, '3' as unknown as number))).toMatchObject({ code: 'invalid-type', path: ['followUp'], input: '3' });
  });

  it('refuses a value outside the 0–10 scale the IMMPACT thresholds are defined on, naming it', () => {
    expect(issue(() => immpactPainChange(-1, 3))).toEqual({
      code: 'out-of-range',
      path: ['baseline'],
      input: -1,
      message: 'baseline: -1 is outside the 0–10 pain intensity scale that the IMMPACT thresholds apply to',
    });
    expect(issue(() => immpactPainChange(7, 10.5))).toEqual({
      code: 'out-of-range',
      path: ['followUp'],
      input: 10.5,
      message: 'followUp: 10.5 is outside the 0–10 pain intensity scale that the IMMPACT thresholds apply to',
    });
  });

  it('0 → 0 is a 0 % reduction with no reason attached', () => {
    expect(immpactPainChange(0, 0)).toStrictEqual({
      kind: 'immpact-pain-change', baseline: 0, followUp: 0, reduction: 0, percentReduction: 0, category: 'none', atLeastTwoPoints: false,
    });
  });

  it('a halving is substantial (Dworkin 2008: ≥ 50 %) and carries no reason', () => {
    // 8 → 4: 100·(8 − 4)/8 = 50 %, 4 points
    expect(immpactPainChange(8, 4)).toStrictEqual({
      kind: 'immpact-pain-change', baseline: 8, followUp: 4, reduction: 4, percentReduction: 50, category: 'substantial', atLeastTwoPoints: true,
    });
  });

  it('an increase from 0 is worse, with no percentage and the reason', () => {
    expect(immpactPainChange(0, 3)).toStrictEqual({
      kind: 'immpact-pain-change', baseline: 0, followUp: 3, reduction: -3, percentReduction: null, category: 'worse', atLeastTwoPoints: false,
      percentReason: 'the baseline is 0, so an increase from it is not a finite percentage',
    });
  });

  it('an increase from a baseline so close to 0 that the percentage overflows says so', () => {
    // 100·(1e-308 − 10)/1e-308 ≈ −1e311, beyond the largest double (1.8e308)
    expect(immpactPainChange(1e-308, 10)).toStrictEqual({
      kind: 'immpact-pain-change', baseline: 1e-308, followUp: 10, reduction: -10, percentReduction: null, category: 'worse', atLeastTwoPoints: false,
      percentReason: 'the baseline is too close to 0 for the percentage to be a finite number',
    });
  });
});

describe('change', () => {
  it('gives no percentage, with its reason, when the baseline is so near the floor that the percentage overflows', () => {
    // 100 × (1 − 1e-310) / (1e-310 − 0) ≈ 1e312, beyond the largest double (1.8e308): not a number to report.
    const r = change(1e-310, 1, { floor: 0, direction: 'higher-is-better' });
    expect(r).toMatchObject({ difference: 1, improvement: 1, floor: 0, percentChange: null, percentImprovement: null });
    expect(r.percentReason).toBe('the baseline is too close to the floor (0) for the percentage to be a finite number');
  });

  it('refuses a floor that is not a finite number, naming options.floor', () => {
    expect(issue(() => change(5, 3, { floor: Number.NaN }))).toEqual({
      code: 'invalid-argument',
      path: ['options', 'floor'],
      input: Number.NaN,
      message: 'options.floor: expected a finite number, got NaN',
    });
  });

  it("measures percentages from a scored input's own floor when no instrument is given", () => {
    // TSK-11 (Woby 2005): 11 items 1–4, total 11–44. All 2s = 22, all 3s = 33.
    // percent change = 100·(33 − 22)/(22 − 11) = 100 %, not 100·11/22 = 50 % from 0
    const s22 = score(tsk11, Array(11).fill(2)).scores.total!;
    const s33 = score(tsk11, Array(11).fill(3)).scores.total!;
    expect(s22.value).toBe(22);
    expect(change(s22, s33)).toMatchObject({ floor: 11, difference: 11, percentChange: 100 });
    // only the follow-up is a score: its range gives the floor
    expect(change(22, s33)).toMatchObject({ floor: 11, percentChange: 100 });
  });
});

describe('series summaries', () => {
  it('bestValue (higher is better) keeps the first date the best value was reached', () => {
    const r = bestValue(
      [
        { date: '2024-01-01', value: 30 },
        { date: '2024-01-08', value: 45 },
        { date: '2024-01-15', value: 40 },
        { date: '2024-01-22', value: 45 },
      ],
      { direction: 'higher-is-better' },
    );
    expect(r).toEqual({ date: '2024-01-08', value: 45, direction: 'higher-is-better' });
  });

  it('slopePerWeek signs the weekly slope so that positive is better', () => {
    // 10 → 6 over 14 days: −4/14 = −0.285714285714286 per day, −2 per week; higher is worse: +2
    const r = slopePerWeek([{ date: '2024-01-01', value: 10 }, { date: '2024-01-15', value: 6 }], { direction: 'higher-is-worse' });
    expect(r).toMatchObject({ perDay: -0.285714285714286, perWeek: -2, improvementPerWeek: 2, spanDays: 14, n: 2 });
  });
});
