import { describe, expect, it } from 'vitest';
import { goalsChart } from '../../src/charts/index.js';
import { defineGoal, type GoalInput } from '../../src/goals/index.js';
import { ariaLabels, frozen, issue, items, labels, renderClean } from './render.js';

const goal = (id: string, description: string, baseline: -1 | -2, reviews: GoalInput['reviews']) =>
  defineGoal({ id, description, variant: 'gas-light', baseline: { level: baseline }, expectedOutcome: 'as agreed', dateSet: '2024-01-10', reviews });

// Unweighted, ρ = 0.3 (Kiresuk & Sherman 1968): T = 50 + 10·Σx / √(0.7·n + 0.3·n²).
//   baseline, both goals at −1: 50 − 20/√2.6 = 37.5965
//   2024-03-06, both at 0:      50
//   2024-05-01, only stairs rated (+1), sleep reviewed but not rated: 50 + 10/√1 = 60
const stairs = goal('stairs', 'Climb the stairs at home', -1, { '2024-03-06': 0, '2024-05-01': 1 });
const sleep = goal('sleep', 'Sleep 6 hours most nights', -1, { '2024-03-06': 0, '2024-05-01': null });

describe('goalsChart', () => {
  it('draws each goal over time on the GAS levels, and the T-score of every occasion', async () => {
    const spec = goalsChart([stairs, sleep]);
    const svg = await renderClean(spec);

    // Levels panel, 300 px for −2.5 … 2.5: y = 150 − 60·level; the two goals are drawn 0.12
    // below and above their level.
    const points = items(svg, 'goalPoints');
    expect(points).toHaveLength(5); // 2 baselines + 3 rated reviews
    expect(labels(svg, 'goalPoints')).toEqual([
      'stairs, baseline 2024-01-10: level −1 (somewhat less than expected)',
      'stairs, review 2024-03-06: level 0 (expected outcome)',
      'stairs, review 2024-05-01: level +1 (somewhat more than expected)',
      'sleep, baseline 2024-01-10: level −1 (somewhat less than expected)',
      'sleep, review 2024-03-06: level 0 (expected outcome)',
    ]);
    expect(points.map((p) => p.y!)).toEqual([-1.12, -0.12, 0.88, -0.88, 0.12].map((l) => expect.closeTo(150 - 60 * l, 6)));
    expect(items(svg, 'goalLines')).toHaveLength(2);
    // "reviewed but not rated" is a cross under the scale, never a −2.
    expect(labels(svg, 'notRated')).toEqual(['sleep, review 2024-05-01: reviewed but not rated']);
    expect(labels(svg, 'notRatedLabels')).toEqual(['not rated']);
    expect(items(svg, 'notRated')[0]!.y).toBeGreaterThan(150 - 60 * -2);

    // The y axis names the five levels; the legend names each goal.
    for (const text of ['+2 much more than expected', '+1 more than expected', '0 expected outcome', '−1 less than expected', '−2 much less than expected']) {
      expect(svg).toContain(`>${text}</text>`);
    }
    expect(svg).toContain('>stairs: Climb the stairs at home</text>');
    expect(svg).toContain('>sleep: Sleep 6 hours most nights</text>');
    expect(svg).toContain('>Goal attainment (GAS level)</text>');

    // T-score panel: 180 px for T 30 … 65.
    const tY = (t: number) => 180 - ((t - 30) / 35) * 180;
    const ts = items(svg, 'tScorePoints');
    expect(ts.map((p) => p.y!)).toEqual([37.5965, 50, 60].map((t) => expect.closeTo(tY(t), 2)));
    expect(labels(svg, 'tScoreLabels')).toEqual(['37.6', '50.0', '60.0']);
    expect(labels(svg, 'tScorePoints')).toEqual([
      'baseline (2024-01-10): GAS T-score 37.6 (2 of 2 goals)',
      '2024-03-06: GAS T-score 50.0 (2 of 2 goals)',
      '2024-05-01: GAS T-score 60.0 (1 of 2 goals)',
    ]);
    // Both panels share the time axis: the same date is at the same x.
    expect(ts.map((p) => p.x)).toEqual([points[0]!.x, points[1]!.x, points[2]!.x]);
    expect(items(svg, 'expected')[0]!.y).toBeCloseTo(tY(50), 6);
    expect(labels(svg, 'expectedLabel')).toEqual(['50: goals met as expected']);
    expect(svg).toContain('>GAS T-score (ρ = 0.3)</text>');
    expect(ariaLabels(svg)).toContain("Title text 'Goal attainment over time'");
    expect(spec.description).toBe(
      'Goal Attainment Scaling, 2 goals: stairs (Climb the stairs at home); sleep (Sleep 6 hours most nights). ' +
        'Reviewed but not rated: sleep on 2024-05-01. ' +
        'T-score at baseline 37.6, on 2024-03-06 50.0, on 2024-05-01 60.0 (ρ = 0.3, unweighted). ' +
        'T-score over 1 of 2 goals; left out: sleep (reviewed on 2024-05-01 but not rated).',
    );
  });

  it("passes rho and unrated to gasTScore, and draws the levels alone with tScore: false", async () => {
    const strict = goalsChart([stairs, sleep], { unrated: 'null', rho: 0 });
    const svg = await renderClean(strict);
    // ρ = 0, baseline: 50 − 20/√2 = 35.86; 05-01 not scored (sleep unrated).
    expect(labels(svg, 'tScoreLabels')).toEqual(['35.9', '50.0']);
    expect(strict.description).toContain('on 2024-05-01 not computed');
    const levelsOnly = goalsChart([stairs], { tScore: false, title: 'Stairs' });
    const svg2 = await renderClean(levelsOnly);
    expect(items(svg2, 'tScorePoints')).toEqual([]);
    expect(items(svg2, 'goalPoints')).toHaveLength(3);
    expect(ariaLabels(svg2)).toContain("Title text 'Stairs'");
  });

  it('modifies no input and returns plain JSON', () => {
    const goals = frozen([
      { ...stairs, reviews: { ...stairs.reviews } },
      { ...sleep, reviews: { ...sleep.reviews } },
    ]);
    const copy = structuredClone(goals);
    const options = frozen({ rho: 0.3, unrated: 'exclude' as const });
    const spec = goalsChart(goals, options);
    expect(goals).toEqual(copy);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('refuses invalid input with a PromkitError that says where', () => {
    expect(issue(() => goalsChart([])).message).toBe('goals: expected at least one goal, got an empty array');
    expect(issue(() => goalsChart([{ attainment: 1 }] as never)).path).toEqual(['goals', 0]);
    expect(issue(() => goalsChart([{ ...stairs, dateSet: '2024-13-01' }])).path).toEqual(['goals', 0, 'dateSet']);
    expect(issue(() => goalsChart([{ ...stairs, reviews: { '2024-03-06': 3 } }] as never)).path).toEqual(['goals', 0, 'reviews', '2024-03-06']);
    expect(issue(() => goalsChart([stairs, { ...sleep, id: 'stairs' }])).message).toContain('duplicate goal id "stairs"');
    expect(issue(() => goalsChart([stairs], { rho: 1 })).path).toEqual(['options', 'rho']);
    expect(issue(() => goalsChart([stairs], { at: '2024-03-06' } as never)).path).toEqual(['options', 'at']);
    expect(issue(() => goalsChart([stairs], { tScore: 'yes' } as never)).path).toEqual(['options', 'tScore']);
  });
});
