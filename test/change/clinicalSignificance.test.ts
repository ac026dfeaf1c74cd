import { describe, expect, it } from 'vitest';
import { clinicalSignificance, cohortChange, responderProportions } from '../../src/change/index.js';
import { phq9 } from '../../src/instruments/phq-9/index.js';
import { painFixture } from './fixtures.js';
import { issue } from '../promkitError.js';

describe('clinicalSignificance', () => {
  // fixture (higher is worse): dysfunctional 7 ± 1.5, functional 2 ± 1.5, reference SD 2, r 0.8
  const def = painFixture();

  it('computes a, b, c for higher-is-worse and defaults to c', () => {
    const r = clinicalSignificance(8, 3, { instrument: def });
    expect(r.cutoffs).toEqual({ a: 4, b: 5, c: 4.5 });
    expect(r.cutoff).toEqual({ type: 'c', value: 4.5, rule: 'c: both populations are known' });
    expect(r.populations.functional!.source).toMatchObject({ from: 'definition', population: 'fixture community' });
    expect(r.category).toBe('recovered');
  });

  it('assigns the four Jacobson–Truax categories', () => {
    expect(clinicalSignificance(8, 3, { instrument: def }).category).toBe('recovered');
    // reliable improvement (8 → 5: |RCI| = 3/1.265 > 1.96) but still above c = 4.5
    expect(clinicalSignificance(8, 5, { instrument: def }).category).toBe('improved');
    // reliable improvement starting on the functional side: improved, not recovered
    expect(clinicalSignificance(4, 0.5, { instrument: def }).category).toBe('improved');
    expect(clinicalSignificance(8, 7, { instrument: def }).category).toBe('unchanged');
    expect(clinicalSignificance(3, 8, { instrument: def }).category).toBe('deteriorated');
    // crossing the cut-off without reliable change is unchanged
    expect(clinicalSignificance(5, 4, { instrument: def }).category).toBe('unchanged');
  });

  it('counts a score exactly at the cut-off as on neither side', () => {
    const r = clinicalSignificance(8, 4.5, { instrument: def });
    expect(r.followUpFunctional).toBe(false);
    expect(r.category).toBe('improved');
  });

  it('falls back to a or b when only one population is known, and accepts a numeric cut-off', () => {
    const onlyD = clinicalSignificance(40, 20, { direction: 'higher-is-better', reliability: 0.8, dysfunctional: { mean: 30, sd: 5 } });
    expect(onlyD.cutoff).toMatchObject({ type: 'a', value: 40 });
    // with no reference SD, the dysfunctional SD is used for the RCI, and reported as such
    expect(onlyD.reliableChange.inputs.sd).toEqual({ value: 5, source: { from: 'caller' } });
    const onlyF = clinicalSignificance(40, 20, { direction: 'higher-is-better', reliability: 0.8, sd: 5, functional: { mean: 50, sd: 10 } });
    expect(onlyF.cutoff).toMatchObject({ type: 'b', value: 30 });
    expect(clinicalSignificance(10, 30, { direction: 'higher-is-better', reliability: 0.8, sd: 5, cutoff: 25 })).toMatchObject({
      cutoff: { type: 'caller', value: 25 },
      category: 'recovered',
    });
  });

  it('errors without populations, or when the requested cut-off lacks one', () => {
    const i = issue(() => clinicalSignificance(20, 10, { instrument: phq9, reliability: 0.84, sd: 5 }));
    expect(i.message).toMatch(/functional and\/or a dysfunctional population/);
    expect(issue(() => clinicalSignificance(40, 20, { direction: 'higher-is-better', reliability: 0.8, dysfunctional: { mean: 30, sd: 5 }, cutoff: 'b' })).message).toMatch(/functional population/);
    expect(issue(() => clinicalSignificance(40, 20, { direction: 'higher-is-better', reliability: 0.8, dysfunctional: { mean: 30, sd: -5 } })).path).toEqual(['options', 'dysfunctional']);
  });
});

describe('cohortChange', () => {
  it('gives null SRM and d with a reason when an SD is zero', () => {
    const r = cohortChange([{ baseline: 5, followUp: 3 }, { baseline: 5, followUp: 3 }, { baseline: 5, followUp: 3 }]);
    expect(r).toMatchObject({ meanChange: -2, sdChange: 0, srm: null, cohensD: null, ci: { lower: -2, upper: -2 } });
    expect(r.reasons).toHaveLength(2);
  });

  it('reports the direction-aware mean and validates input', () => {
    expect(cohortChange([{ baseline: 6, followUp: 3 }, { baseline: 8, followUp: 4 }], { direction: 'higher-is-worse' }).meanImprovement).toBe(3.5);
    expect(issue(() => cohortChange([{ baseline: 6, followUp: 3 }])).path).toEqual(['pairs']);
    expect(issue(() => cohortChange([{ baseline: 6, followUp: 3 }, { baseline: 6, followUp: Number.NaN }]))).toMatchObject({ code: 'not-finite', path: ['pairs', 1, 'followUp'] });
    expect(issue(() => cohortChange([{ baseline: 6, followUp: 3 }, { baseline: 6, followUp: 2 }], { level: 1 })).path).toEqual(['options', 'level']);
  });

  it('uses the sample SD for Cohen\'s d (n − 1)', () => {
    // baselines 2 and 4: sample SD √2; mean change −1
    expect(cohortChange([{ baseline: 2, followUp: 1 }, { baseline: 4, followUp: 3 }]).cohensD).toBeCloseTo(-1 / Math.SQRT2, 12);
  });
});

describe('responderProportions', () => {
  it('uses stored MCIDs and reliability, with Wilson intervals', () => {
    const pairs = [
      { baseline: 8, followUp: 3 },
      { baseline: 6, followUp: 5 },
      { baseline: 7, followUp: 2 },
      { baseline: 0, followUp: 2 },
      { baseline: 0, followUp: 0 },
    ];
    const r = responderProportions(pairs, { instrument: painFixture() });
    expect(r.n).toBe(5);
    // percent: (0 → 2) excluded; (0 → 0) is 0 % and counts as a non-responder
    expect(r.percent[0]).toMatchObject({ threshold: 30, successes: 2, n: 4, excluded: 1 });
    expect(r.mcid.map((m) => [m.mcid, m.unit, m.successes, m.n])).toEqual([[2, 'points', 2, 5], [30, 'percent', 2, 4]]);
    expect(r.reliableImprovement).toMatchObject({ successes: 2, n: 5 });
    expect(r.reliableImprovement!.reliability.source).toMatchObject({ from: 'definition' });
    expect(r.reasons![0]).toMatch(/floor/);
  });

  it('throws for an invalid reliability instead of hiding it as a reason', () => {
    expect(issue(() => responderProportions([{ baseline: 6, followUp: 3 }], { direction: 'higher-is-worse', reliability: 2, sd: 3 })).path).toEqual(['options', 'reliability']);
    expect(issue(() => responderProportions([{ baseline: 6, followUp: 3 }])).path).toEqual(['options', 'direction']);
  });
});
