/**
 * promkit's reliable change against the published output of another implementation: the
 * clinicalsignificance R package v3.0.0 (Claus, Wager & Bonnet; github.com/cran/clinicalsignificance
 * @ c0edc2df8b74faf5e58d55a0bcd4f500e18810f0). Its `cs_distribution()` classifies each patient of
 * its `claus_2020` data set (data/claus-2020.csv, see data/SOURCES.md) as improved, unchanged or
 * deteriorated between measurements 1 and 4, with the sample's own pre/post means, SDs (n − 1)
 * and pre–post correlation, lower = better; the counts below are printed by the package:
 * - HAMD, reliability 0.80: `tests/testthat/_snaps/cs_distribution.md`, "Results are correct";
 * - BDI-II, reliability 0.801: `inst/doc/distribution-based-approach.html`, summary(dist_jt)
 *   and summary(dist_ha) ("N (original): 43, N (used): 40").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reliableChange, type RciMethod } from '../../src/change/index.js';

const lines = readFileSync(join(import.meta.dirname, 'data', 'claus-2020.csv'), 'utf8').trim().split('\n').slice(1);
const records = lines.map((line) => {
  const [id, time, bdi, hamd] = line.split(',').map((cell) => (cell === '' ? null : Number(cell)));
  return { id: id!, time: time!, bdi: bdi ?? null, hamd: hamd ?? null };
});

/** Patients with both measurements 1 and 4 of the outcome, in id order (the package's na.omit). */
function pairs(outcome: 'bdi' | 'hamd'): { patients: number; used: { pre: number; post: number }[] } {
  const byId = new Map<number, Map<number, number | null>>();
  for (const r of records) {
    if (!byId.has(r.id)) byId.set(r.id, new Map());
    byId.get(r.id)!.set(r.time, r[outcome]);
  }
  const used = [...byId.values()].flatMap((times) => {
    const pre = times.get(1);
    const post = times.get(4);
    return typeof pre === 'number' && typeof post === 'number' ? [{ pre, post }] : [];
  });
  return { patients: byId.size, used };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
function correlation(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0);
  return sxy / Math.sqrt(xs.reduce((a, x) => a + (x - mx) ** 2, 0) * ys.reduce((a, y) => a + (y - my) ** 2, 0));
}

function classify(outcome: 'bdi' | 'hamd', reliability: number, method: RciMethod) {
  const { used } = pairs(outcome);
  const pre = used.map((p) => p.pre);
  const post = used.map((p) => p.post);
  const options = {
    method, reliability, direction: 'higher-is-worse' as const,
    mean: mean(pre), sd: sd(pre), postMean: mean(post), postSd: sd(post), correlation: correlation(pre, post),
  };
  const counts = { improved: 0, unchanged: 0, deteriorated: 0 };
  for (const p of used) counts[reliableChange(p.pre, p.post, options).classification]++;
  return counts;
}

describe('reliableChange agrees with the clinicalsignificance package on claus_2020 (published output)', () => {
  it('uses the same patients: 43 in the data, 40 with both measurements', () => {
    expect(pairs('hamd').patients).toBe(43);
    expect(pairs('hamd').used).toHaveLength(40);
    expect(pairs('bdi').used).toHaveLength(40);
  });

  it.each([
    ['jacobson-truax', { improved: 29, unchanged: 10, deteriorated: 1 }],
    ['edwards-nunnally', { improved: 32, unchanged: 5, deteriorated: 3 }],
    ['hsu-linn-lord', { improved: 12, unchanged: 16, deteriorated: 12 }],
    ['gulliksen-lord-novick', { improved: 29, unchanged: 10, deteriorated: 1 }],
    ['hageman-arrindell', { improved: 32, unchanged: 7, deteriorated: 1 }],
  ] as const)('HAMD, reliability 0.80, %s', (method, counts) => {
    expect(classify('hamd', 0.8, method)).toEqual(counts);
  });

  it.each([
    ['jacobson-truax', { improved: 18, unchanged: 22, deteriorated: 0 }],
    ['hageman-arrindell', { improved: 25, unchanged: 15, deteriorated: 0 }],
  ] as const)('BDI-II, reliability 0.801, %s', (method, counts) => {
    expect(classify('bdi', 0.801, method)).toEqual(counts);
  });
});
