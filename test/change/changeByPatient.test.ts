import { describe, expect, it } from 'vitest';
import { changeByPatient, score } from '../../src/index.js';
import { nrs, phq9, promisPi4a } from '../../src/instruments/index.js';

describe('changeByPatient', () => {
  it('summarises long-format visits per patient, in order of first appearance, from the earliest to the latest visit', () => {
    const rows = changeByPatient(
      [
        { id: 'b', date: '2026-03-02', value: 4 },
        { id: 'a', date: '2026-02-01', value: 7 },
        { id: 'b', date: '2026-01-05', value: 8 },
        { id: 'a', date: '2026-01-04', value: 6 },
      ],
      { instrument: nrs },
    );
    expect(rows.map((r) => r.id)).toEqual(['b', 'a']);
    const b = rows[0]!;
    expect(b).toMatchObject({ visits: 2, unscored: 0, baseline: { date: '2026-01-05', value: 8 }, latest: { date: '2026-03-02', value: 4 } });
    // IMMPACT (Dworkin et al. 2008): a 50 % reduction on a 0–10 scale is substantial, and ≥ 2 points.
    expect(b.change).toMatchObject({ difference: -4, improvement: 4, percentImprovement: 50 });
    expect(b.immpact).toMatchObject({ category: 'substantial', atLeastTwoPoints: true });
    expect(rows[1]!.change).toMatchObject({ difference: 1, improvement: -1 });
    expect(rows[1]!.immpact?.category).toBe('worse');
  });

  it('reports what it could not compute instead of failing, and keeps the other patients', () => {
    const rows = changeByPatient(
      [
        { id: 'one', date: '2026-01-05', value: 5 },
        { id: 'dup', date: '2026-01-05', value: 5 },
        { id: 'dup', date: '2026-01-05', value: 6 },
        { id: 'zone', date: '2026-01-05T08:00', value: 5 },
        { id: 'none', date: '2026-01-05', value: null },
      ],
      { instrument: nrs },
    );
    expect(rows.map((r) => [r.id, r.change === null])).toEqual([['one', true], ['dup', true], ['zone', true], ['none', true]]);
    expect(rows[0]!.notes).toEqual(['only one scored visit: no change to compute']);
    expect(rows[1]!.notes[0]).toContain('share the date 2026-01-05');
    expect(rows[2]!.notes[0]).toContain('has a time but no time zone');
    expect(rows[3]).toMatchObject({ visits: 0, unscored: 1, notes: ['no scored visit'] });
  });

  it('uses stored psychometrics for reliable change and says so when they are missing', () => {
    const visits = [
      { id: 'p', date: '2026-01-05', value: 21 },
      { id: 'p', date: '2026-04-06', value: 10 },
    ];
    const withoutSd = changeByPatient(visits, { instrument: phq9 })[0]!;
    expect(withoutSd.reliableChange).toBeNull();
    expect(withoutSd.notes[0]).toMatch(/^reliable change: .*standard deviation/);
    // Jacobson & Truax 1991: SE = SD·√(1−r) = 5.7·√(1−0.84) = 2.28; S_diff = √2·SE; RCI = −11 / 3.2244 = −3.411
    const withSd = changeByPatient(visits, { instrument: phq9, sd: 5.7 })[0]!;
    expect(withSd.reliableChange?.rci).toBeCloseTo(-11 / (Math.SQRT2 * 5.7 * 0.4), 10);
    expect(withSd.reliableChange?.inputs.reliability.source).toMatchObject({ from: 'definition', instrument: 'phq-9' });
    expect(withSd.mcid?.verdicts[0]).toMatchObject({ value: 5, unit: 'points', classification: 'improved' });
    expect(withSd.immpact).toBeNull();
  });

  it('reads T-scores from PROMIS ScoreValues', () => {
    const a = score(promisPi4a, [1, 1, 1, 1]).scores.total!;
    const b = score(promisPi4a, [3, 3, 3, 3]).scores.total!;
    const [row] = changeByPatient(
      [
        { id: 'p', date: '2026-01-05', value: b },
        { id: 'p', date: '2026-02-05', value: a },
      ],
      { instrument: promisPi4a },
    );
    expect(row!.baseline?.value).toBe(b.tScore);
    expect(row!.latest?.value).toBe(a.tScore);
  });
});
