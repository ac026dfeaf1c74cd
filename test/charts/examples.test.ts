/** The `//=>` results shown in the TSDoc of src/charts/* and src/cli/commands/chart.ts hold. */
import { Command } from 'commander';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { responderProportions } from '../../src/change/index.js';
import { goalsChart, responderChart, trajectoryChart, type VegaLiteSpec } from '../../src/charts/index.js';
import { registerChartCommand } from '../../src/cli/commands/chart.js';
import { defineGoal } from '../../src/goals/index.js';
import { phq9 } from '../../src/instruments/index.js';

describe('TSDoc examples of src/charts', () => {
  it('VegaLiteSpec', () => {
    const spec: VegaLiteSpec = trajectoryChart([{ date: '2024-03-01', value: 6 }, { date: '2024-03-08', value: 4 }]);
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(compile(spec as unknown as TopLevelSpec).spec.marks).toBeDefined();
  });

  it('trajectoryChart', () => {
    const spec = trajectoryChart(
      [{ date: '2024-01-08', value: 17 }, { date: '2024-02-05', value: 12 }, { date: '2024-03-04', value: 8 }],
      { instrument: phq9, baseline: { method: 'first' } },
    );
    expect(spec.title).toEqual({ text: 'PHQ-9 total score over time', subtitle: 'Bands: Kroenke K et al., 2001', limit: 600 });
    expect((spec.layer as { name: string }[]).map((l) => l.name)).toEqual(['bands', 'bandLabels', 'baseline', 'baselineLabel', 'mcid', 'mcidLabels', 'line', 'points']);
    expect(spec.description).toBe(
      'PHQ-9 total score: 3 observations from 2024-01-08 to 2024-03-04, first 17, last 8 (mild). Baseline 17 (2024-01-08). MCID line (improvement) at 12: baseline − MCID 5.',
    );
  });

  it('goalsChart', () => {
    const walk = defineGoal({
      id: 'walk', description: 'Walk to the corner shop', variant: 'gas-light',
      baseline: { level: -1 }, expectedOutcome: 'Walks 500 m with one rest',
      dateSet: '2024-01-10', reviews: { '2024-03-06': 0, '2024-05-01': 1 },
    });
    const spec = goalsChart([walk]);
    expect((spec.vconcat as unknown[]).length).toBe(2);
    expect(spec.description).toBe(
      'Goal Attainment Scaling, 1 goal: walk (Walk to the corner shop). T-score at baseline 40.0, on 2024-03-06 50.0, on 2024-05-01 60.0 (ρ = 0.3, unweighted).',
    );
  });

  it('responderChart', () => {
    const pairs = [{ baseline: 8, followUp: 4 }, { baseline: 6, followUp: 5 }, { baseline: 7, followUp: 3 }, { baseline: 5, followUp: 5 }];
    const spec = responderChart(responderProportions(pairs, { direction: 'higher-is-worse', mcid: 2 }));
    expect((spec.layer as { data: { values: { definition: string }[] } }[])[0]!.data.values.map((v) => v.definition)).toEqual([
      '≥ 30 % improvement', '≥ 50 % improvement', '≥ MCID 2 points',
    ]);
  });

  it('registerChartCommand', () => {
    const cli = new Command('promkit');
    registerChartCommand(cli);
    expect(cli.commands.map((c) => c.name())).toEqual(['chart']);
    expect(cli.commands[0]!.commands.map((c) => c.name())).toEqual(['trajectory', 'goals', 'responders']);
  });
});
