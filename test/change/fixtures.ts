import { defineInstrument } from '../../src/model/define.js';
import type { Instrument } from '../../src/model/schema.js';

/**
 * A made-up 0–10 pain scale with every kind of stored psychometrics, for the change tests.
 * The numbers are invented; nothing here is a published value.
 */
export function painFixture(extra: { metric?: 'value' | 'tScore' } = {}): Instrument {
  const def = defineInstrument({
    id: 'change-fixture',
    title: 'Change fixture pain scale',
    version: '1',
    domain: 'test',
    recallPeriod: null,
    citations: [{ key: 'made-up', text: 'Invented values for the promkit change tests.', doi: '10.0000/fixture' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [{ id: 'pain', label: 'Pain', numeric: { min: 0, max: 10, integer: false } }],
    scores: [
      {
        name: 'total',
        label: 'Pain',
        items: ['pain'],
        method: 'sum',
        range: [0, 10],
        direction: 'higher-is-worse',
        missing: { minAnswered: 1, rounding: 'none', official: true, text: 'Answer the item.', source: { ref: 'made-up' } },
        psychometrics: {
          reliability: { value: 0.8, kind: 'test-retest', population: 'fixture patients', source: { ref: 'made-up', locator: 'Table 1' } },
          reference: { mean: 6, sd: 2, population: 'fixture clinic', source: { ref: 'made-up', locator: 'Table 2' } },
          functional: { mean: 2, sd: 1.5, population: 'fixture community', source: { ref: 'made-up' } },
          dysfunctional: { mean: 7, sd: 1.5, population: 'fixture clinic', source: { ref: 'made-up' } },
          mcid: [
            { value: 2, unit: 'points', population: 'fixture trial', method: 'anchor-based', source: { ref: 'made-up' } },
            { value: 30, unit: 'percent', population: 'fixture trial', source: { ref: 'made-up' } },
          ],
        },
      },
      {
        name: 'bare',
        label: 'No psychometrics, higher is better',
        items: ['pain'],
        method: 'sum',
        range: [0, 10],
        direction: 'higher-is-better',
        missing: { minAnswered: 1, rounding: 'none', official: true, text: 'Answer the item.', source: { ref: 'made-up' } },
      },
    ],
  });
  if (!extra.metric) return def;
  // defineInstrument only accepts the T-score metric on table scores; the change calculators
  // read plain definitions, so a spread copy exercises the metric without a conversion table.
  const [total, ...rest] = def.scores;
  return { ...def, scores: [{ ...total!, psychometrics: { ...total!.psychometrics, metric: extra.metric } }, ...rest] };
}
