import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaUnderCurve,
  change,
  clinicalSignificance,
  cohortChange,
  detectFlares,
  mcidChange,
  reliableChange,
  responderProportions,
  slopePerWeek,
  timeToSustainedResponse,
} from '../../src/change/index.js';
import { PromkitError } from '../../src/errors.js';
import { painFixture } from './fixtures.js';
import { fcRuns } from '../fcRuns.js';

const runs = fcRuns(300);
const score = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom('higher-is-worse' as const, 'higher-is-better' as const);
const reliability = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const sd = fc.double({ min: 0.01, max: 100, noNaN: true });

/** Every number anywhere in a result is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

describe('change properties', () => {
  it('change(a, a) is zero', () => {
    fc.assert(
      fc.property(score, direction, (a, dir) => {
        const r = change(a, a, { direction: dir });
        expect(r.difference).toBe(0);
        expect(r.improvement).toBe(0);
        if (r.percentChange !== null) expect(r.percentChange).toBe(0);
      }),
      runs,
    );
  });

  it('change(a, a) is never reliable (Jacobson–Truax)', () => {
    fc.assert(
      fc.property(score, direction, reliability, sd, (a, dir, r, s) => {
        const rc = reliableChange(a, a, { direction: dir, reliability: r, sd: s });
        expect(rc.rci).toBe(0);
        expect(rc.reliable).toBe(false);
        expect(rc.classification).toBe('unchanged');
      }),
      runs,
    );
  });

  it('swapping baseline and follow-up negates the JT RCI and flips the classification', () => {
    fc.assert(
      fc.property(score, score, direction, reliability, sd, (a, b, dir, r, s) => {
        const o = { direction: dir, reliability: r, sd: s };
        let forward;
        try {
          forward = reliableChange(a, b, o);
        } catch (error) {
          // only arithmetic overflow may throw, and then in both directions
          expect(error).toBeInstanceOf(PromkitError);
          expect(() => reliableChange(b, a, o)).toThrow(PromkitError);
          return;
        }
        const backward = reliableChange(b, a, o);
        expect(forward.rci === -backward.rci).toBe(true);
        const flip = { improved: 'deteriorated', deteriorated: 'improved', unchanged: 'unchanged' } as const;
        expect(backward.classification).toBe(flip[forward.classification]);
      }),
      runs,
    );
  });

  it('percent change is never NaN or Infinity (null or a PromkitError instead)', () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, fc.option(anyFinite, { nil: undefined }), direction, (a, b, floor, dir) => {
        try {
          const r = change(a, b, { direction: dir, ...(floor === undefined ? {} : { floor }) });
          expect(allFinite(r)).toBe(true);
          if (r.percentChange === null) expect(r.percentReason).toBeTruthy();
        } catch (error) {
          expect(error).toBeInstanceOf(PromkitError);
          expect((error as PromkitError).issues[0]!.code).toBe('not-finite');
        }
      }),
      runs,
    );
  });

  it('every per-patient result is finite for realistic inputs', () => {
    const def = painFixture();
    const pain = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(pain, pain, (a, b) => {
        expect(allFinite(change(a, b, { instrument: def }))).toBe(true);
        expect(allFinite(reliableChange(a, b, { instrument: def }))).toBe(true);
        expect(allFinite(clinicalSignificance(a, b, { instrument: def }))).toBe(true);
        expect(allFinite(mcidChange(a, b, { instrument: def }))).toBe(true);
      }),
      runs,
    );
  });
});

const epoch = Date.UTC(2020, 0, 1);
const iso = (dayNumber: number) => new Date(epoch + dayNumber * 86_400_000).toISOString().slice(0, 10);
const days = fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 2, maxLength: 30 });

describe('series properties', () => {
  it('the slope of a constant series is zero', () => {
    fc.assert(
      fc.property(days, score, (ds, c) => {
        expect(slopePerWeek(ds.map((d) => ({ date: iso(d), value: c }))).perWeek).toBe(0);
      }),
      runs,
    );
  });

  it('a series shifted in time has the same slope and area', () => {
    fc.assert(
      fc.property(days, fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 30, maxLength: 30 }), fc.integer({ min: -3000, max: 3000 }), (ds, vs, shift) => {
        const a = ds.map((d, i) => ({ date: iso(d), value: vs[i]! }));
        const b = ds.map((d, i) => ({ date: iso(d + shift), value: vs[i]! }));
        expect(slopePerWeek(b).perWeek).toBe(slopePerWeek(a).perWeek);
        expect(areaUnderCurve(b).auc).toBe(areaUnderCurve(a).auc);
      }),
      runs,
    );
  });

  it('date-time series shifted by any number of milliseconds keep their slope', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1e10 }), { minLength: 2, maxLength: 20 }), fc.integer({ min: -1e11, max: 1e11 }), (ms, shift) => {
        const a = ms.map((m, i) => ({ date: new Date(epoch + m), value: i % 3 }));
        const b = ms.map((m, i) => ({ date: new Date(epoch + m + shift), value: i % 3 }));
        expect(slopePerWeek(b).perWeek).toBe(slopePerWeek(a).perWeek);
      }),
      fcRuns(100),
    );
  });

  it('input order does not matter', () => {
    fc.assert(
      fc.property(days, fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 30, maxLength: 30 }), (ds, vs) => {
        const a = ds.map((d, i) => ({ date: iso(d), value: vs[i]! }));
        const b = [...a].reverse();
        expect(slopePerWeek(b)).toEqual(slopePerWeek(a));
        expect(areaUnderCurve(b)).toEqual(areaUnderCurve(a));
      }),
      runs,
    );
  });
});

describe('inputs are not mutated', () => {
  function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === 'object') {
      Object.freeze(value);
      for (const v of Object.values(value)) deepFreeze(v);
    }
    return value;
  }

  it('per-patient, series and cohort functions leave their inputs intact', () => {
    const def = painFixture();
    const options = deepFreeze({ instrument: def, mcid: { value: 2, unit: 'points' as const } });
    const series = deepFreeze([{ date: '2024-03-03', value: 5 }, { date: '2024-03-01', value: 8 }, { date: '2024-03-02', value: 8 }]);
    const pairs = deepFreeze([{ baseline: 8, followUp: 3 }, { baseline: 6, followUp: 6 }]);
    const snapshot = structuredClone({ series, pairs, mcid: options.mcid });
    // frozen inputs: any write would throw in strict mode
    change(8, 3, options);
    reliableChange(8, 3, options);
    clinicalSignificance(8, 3, options);
    mcidChange(8, 3, options);
    slopePerWeek(series);
    areaUnderCurve(series);
    detectFlares(series);
    timeToSustainedResponse(series, deepFreeze({ direction: 'higher-is-worse', response: { points: 2 }, sustain: { observations: 1 } }));
    cohortChange(pairs);
    responderProportions(pairs, options);
    expect({ series, pairs, mcid: options.mcid }).toEqual(snapshot);
  });
});
