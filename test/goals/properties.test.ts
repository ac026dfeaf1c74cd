import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineGoal, gasChange, gasTScore, type GasLevel, type GasRating } from '../../src/index.js';
import { fcRuns } from '../fcRuns.js';

const runs = fcRuns(400);

const levelArb = fc.constantFrom<GasLevel>(-2, -1, 0, 1, 2);
/** Any finite positive weight, from subnormal to the largest double. */
const weightArb = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 1, max: 9 }),
);
const rhoArb = fc.oneof(fc.constant(0.3), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }));

/** A goal set: either every goal weighted (directly or by importance × difficulty) or none. */
const ratingsArb: fc.Arbitrary<GasRating[]> = fc.oneof(
  fc.array(fc.record({ attainment: levelArb }), { minLength: 1, maxLength: 12 }),
  fc.array(fc.record({ attainment: levelArb, weight: weightArb }), { minLength: 1, maxLength: 12 }),
  fc.array(
    fc.record({ attainment: levelArb, importance: fc.integer({ min: 1, max: 3 }), difficulty: fc.integer({ min: 1, max: 3 }) }),
    { minLength: 1, maxLength: 12 },
  ),
);

describe('gasTScore properties', () => {
  it('every goal at its expected level gives exactly 50, whatever the weights and rho', () => {
    fc.assert(
      fc.property(ratingsArb, rhoArb, (ratings, rho) => {
        expect(gasTScore(ratings.map((r) => ({ ...r, attainment: 0 })), { rho }).tScore).toBe(50);
      }),
      runs,
    );
  });

  it('raising any one goal’s attainment never lowers T', () => {
    fc.assert(
      fc.property(ratingsArb, rhoArb, fc.nat(), fc.integer({ min: 1, max: 4 }), (ratings, rho, pick, step) => {
        const i = pick % ratings.length;
        const current = ratings[i]!.attainment as number;
        const higher = Math.min(2, current + step);
        const raised = ratings.map((r, k) => (k === i ? { ...r, attainment: higher } : r));
        expect(gasTScore(raised, { rho }).tScore!).toBeGreaterThanOrEqual(gasTScore(ratings, { rho }).tScore!);
      }),
      runs,
    );
  });

  it('scaling every weight by one constant leaves T unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ attainment: levelArb, weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 1e-100, max: 1e100, noNaN: true }),
        rhoArb,
        (ratings, c, rho) => {
          const scaled = ratings.map((r) => ({ ...r, weight: r.weight * c }));
          fc.pre(scaled.every((r) => r.weight > 0 && Number.isFinite(r.weight)));
          expect(gasTScore(scaled, { rho }).tScore!).toBeCloseTo(gasTScore(ratings, { rho }).tScore!, 9);
        },
      ),
      runs,
    );
  });

  it('T is finite for every valid input, and within 50 ± 10·2·√n', () => {
    fc.assert(
      fc.property(ratingsArb, rhoArb, (ratings, rho) => {
        const t = gasTScore(ratings, { rho }).tScore!;
        expect(Number.isFinite(t)).toBe(true);
        // |Σwx| ≤ 2Σw and the denominator ≥ √((1-ρ)Σw²) ≥ Σw·√((1-ρ)/n): a loose bound
        expect(Math.abs(t - 50)).toBeLessThanOrEqual((20 * Math.sqrt(ratings.length)) / Math.sqrt(1 - rho) + 1e-9);
      }),
      runs,
    );
  });

  it('mirrors around 50: negating every attainment gives 100 − T', () => {
    fc.assert(
      fc.property(ratingsArb, rhoArb, (ratings, rho) => {
        const mirrored = ratings.map((r) => ({ ...r, attainment: -(r.attainment as number) + 0 }));
        expect(gasTScore(mirrored, { rho }).tScore!).toBeCloseTo(100 - gasTScore(ratings, { rho }).tScore!, 9);
      }),
      runs,
    );
  });

  it('does not depend on the order of the goals', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        expect(gasTScore([...ratings].reverse()).tScore!).toBeCloseTo(gasTScore(ratings).tScore!, 9);
      }),
      runs,
    );
  });

  it('an unrated goal is left out, never scored: T equals T over the rated goals', () => {
    fc.assert(
      fc.property(ratingsArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (ratings, drop) => {
        const withGaps = ratings.map((r, i) => (drop[i] ? { ...r, attainment: null } : r));
        const rated = withGaps.filter((r) => r.attainment !== null);
        const result = gasTScore(withGaps);
        if (rated.length === 0) {
          expect(result.tScore).toBeNull();
          return;
        }
        expect(result.tScore).toBe(gasTScore(rated).tScore);
        expect(result.rated).toBe(rated.length);
        expect(result.goals.filter((g) => !g.rated).length).toBe(withGaps.length - rated.length);
      }),
      runs,
    );
  });

  it('does not mutate its inputs, and accepts frozen ones', () => {
    fc.assert(
      fc.property(ratingsArb, rhoArb, (ratings, rho) => {
        const copy = structuredClone(ratings);
        const options = Object.freeze({ rho, unrated: 'exclude' as const });
        gasTScore(Object.freeze(ratings.map((r) => Object.freeze(r))), options);
        expect(ratings).toEqual(copy);
      }),
      fcRuns(100),
    );
  });
});

describe('gasChange properties', () => {
  const goalsArb = fc.array(fc.tuple(fc.constantFrom<-1 | -2>(-1, -2), fc.option(levelArb, { nil: null }), levelArb), { minLength: 1, maxLength: 8 }).map((rows) =>
    rows.map(([baseline, first, second], i) =>
      defineGoal({
        id: `g${i}`,
        description: 'goal',
        variant: 'gas-light',
        baseline: { level: baseline },
        expectedOutcome: 'as agreed',
        dateSet: '2024-01-01',
        reviews: { '2024-02-01': first, '2024-03-01': second },
      }),
    ),
  );

  it('change from an occasion to itself is zero; per-goal changes match the levels; inputs unchanged', () => {
    fc.assert(
      fc.property(goalsArb, (goals) => {
        const copy = structuredClone(goals);
        const same = gasChange(goals, { from: '2024-03-01', to: '2024-03-01' });
        expect(same.change).toBe(0);
        const change = gasChange(goals, { to: '2024-02-01' });
        for (const g of change.goals) {
          if (g.to === null) expect(g.change).toBeNull();
          else expect(g.change).toBe(g.to - (g.from as number));
        }
        expect(goals).toEqual(copy);
      }),
      runs,
    );
  });

  it('the paired change equals the T-score difference over the goals rated at both occasions', () => {
    fc.assert(
      fc.property(goalsArb, (goals) => {
        const result = gasChange(goals, { from: '2024-02-01', to: '2024-03-01' });
        const paired = goals.filter((g) => g.reviews['2024-02-01'] !== null);
        if (paired.length === 0) {
          expect(result.change).toBeNull();
          return;
        }
        const a = gasTScore(paired, { at: '2024-02-01' }).tScore!;
        const b = gasTScore(paired, { at: '2024-03-01' }).tScore!;
        expect(result.change!).toBeCloseTo(b - a, 9);
        expect(result.rated).toBe(paired.length);
      }),
      runs,
    );
  });
});
