/**
 * Student's t quantile (src/change/_lib/tQuantile.ts, used by cohortChange) against R's qt(): the
 * vectors in fixtures/t-quantile-r.json were printed by R 4.2.2 (scripts/t-quantile-vectors.R:
 * df 1–10,000 plus 1e5–1e7, p from 1e-300 to 1 − 1e-15). Deep in the tails (p ≤ 1e-100) and at
 * df ≥ 1e6, a second, independent source (fixtures/t-quantile-mpmath.json: mpmath at 60 digits,
 * scripts/t-quantile-mpmath.py) decides where R itself is off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/change/_lib/tQuantile.js';

type Row = [df: number, p: number, q: number];
const fixtures = join(import.meta.dirname, 'fixtures');
const r = JSON.parse(readFileSync(join(fixtures, 't-quantile-r.json'), 'utf8')) as { generator: string; rows: Row[] };
const mp = JSON.parse(readFileSync(join(fixtures, 't-quantile-mpmath.json'), 'utf8')) as { rows: [number, number, string][] };
const precise = new Map(mp.rows.map(([df, p, q]) => [`${df}|${p}`, Number(q)]));

/** Relative difference where |expected| ≥ 1, absolute below. */
const miss = (got: number, expected: number) => Math.abs(got - expected) / Math.max(1, Math.abs(expected));

describe('tQuantile', () => {
  it(`matches R's qt() to 1e-10 on ${r.rows.length} vectors (${r.generator})`, () => {
    expect(r.rows.length).toBeGreaterThan(4000);
    const failures: string[] = [];
    const rOff: string[] = [];
    for (const [df, p, q] of r.rows) {
      const got = tQuantile(p, df);
      const exact = precise.get(`${df}|${p}`);
      if (exact !== undefined && miss(q, exact) > 1e-10) {
        // R is the one that is off here: hold promkit to the 60-digit value instead.
        rOff.push(`df ${df}, p ${p}: R ${q}, mpmath ${exact}, promkit ${got}`);
        if (miss(got, exact) > 1e-12) failures.push(`df ${df}, p ${p}: ${got}, mpmath says ${exact}`);
      } else if (miss(got, q) > 1e-10) {
        failures.push(`df ${df}, p ${p}: ${got}, R says ${q}`);
      }
    }
    expect(failures).toEqual([]);
    // R 4.2.2's qt() loses precision only for p ≤ 1e-200 or so at df ≤ 6 (1% at df 1.5, p 1e-200).
    expect(rOff.length).toBeLessThanOrEqual(9);
    for (const line of rOff) expect(line).toMatch(/^df (1\.5|2\.5|3\.7|[3-6]), p (1e-300|1e-200|1\.56\d*e-280)/);
  });

  it('agrees with the 60-digit mpmath values: 1e-12 up to df 1e5, 1e-14 at df 1e6 and 1e7', () => {
    expect(precise.size).toBeGreaterThan(300);
    let worst = 0;
    let worstLarge = 0;
    for (const [key, exact] of precise) {
      const [df, p] = key.split('|').map(Number) as [number, number];
      const m = miss(tQuantile(p, df), exact);
      if (df <= 1e5) worst = Math.max(worst, m);
      else worstLarge = Math.max(worstLarge, m);
    }
    expect(worst).toBeLessThan(1e-12);
    // From df 1e6 the Cornish–Fisher series is the answer, exact to rounding (5.4e-16 worst here;
    // the continued fraction it replaced was off by about 3e-11 at these points).
    expect(worstLarge).toBeLessThan(1e-14);
  });

  it('the familiar table values', () => {
    // Student's t table: t(0.975, 9) = 2.262157, t(0.995, 30) = 2.749996, t(0.95, 1) = 6.313752.
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 12);
    expect(tQuantile(0.995, 30)).toBeCloseTo(2.749995653567065, 12);
    expect(tQuantile(0.95, 1)).toBeCloseTo(6.313751514675041, 12);
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 14);
  });

  it('is antisymmetric, monotone, and exact at the ends', () => {
    for (const df of [1, 2, 3, 7.5, 30, 10_000]) {
      expect(tQuantile(0.5, df)).toBe(0);
      expect(tQuantile(0, df)).toBe(-Infinity);
      expect(tQuantile(1, df)).toBe(Infinity);
      let previous = -Infinity;
      for (let k = 1; k < 200; k++) {
        const p = k / 200;
        const t = tQuantile(p, df);
        expect(t).toBeGreaterThan(previous);
        previous = t;
        // 1 − k/200 is the same double as (200 − k)/200 only sometimes; compare the pair directly.
        expect(t).toBeCloseTo(-tQuantile((200 - k) / 200, df), 12);
      }
    }
  });

  it('refuses what has no quantile', () => {
    for (const [p, df] of [[-0.1, 5], [1.1, 5], [Number.NaN, 5], [0.5, 0], [0.5, -1], [0.5, Number.NaN]] as const) {
      expect(() => tQuantile(p, df)).toThrow(RangeError);
    }
  });
});
