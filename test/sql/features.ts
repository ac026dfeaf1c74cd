/**
 * Definitions that exercise every engine rule the shipped catalogue may not (yet) use, so the
 * SQL differential tests cover them: scoredAs recodes, reverse scoring of non-contiguous options,
 * count, percent-of-maximum with non-zero minima, means of negative and fractional answers,
 * multipliers that are not whole, 'nearest' and 'up' rounding (with .5 ties on both sides of zero),
 * prorated sums left unrounded, minExclusive bands, bands on a T-score, tables with rows lacking
 * an SE, above/below bounds, nested all/any, and classifications with and without a default.
 * They are test fixtures, not instruments: the numbers are invented.
 */
import { defineInstrument, type Instrument, type InstrumentInput } from '../../src/index.js';

const common = {
  version: 'test',
  domain: 'test',
  recallPeriod: null,
  citations: [
    { key: 'fixture', text: 'promkit SQL test fixture; invented numbers.' },
    { key: 'fixture-bands', text: 'promkit SQL test fixture bands; invented.' },
  ],
  licence: { status: 'user-defined' as const, verbatimText: true, note: 'Test fixture.' },
};

const rule = (minAnswered: number, rounding: 'none' | 'nearest' | 'up') => ({
  minAnswered,
  rounding,
  official: true,
  text: `At least ${minAnswered} answered; ${rounding} rounding. It's a fixture.`,
  source: { ref: 'fixture', locator: 'p. 1' },
});

const fivePoint = [1, 2, 3, 4, 5].map((value) => ({ value, label: `point ${value}`, scoredAs: [0, 0, 1, 1, 2][value - 1] as number }));
const sparse = [0, 2, 4, 10].map((value) => ({ value, label: `code ${value}` }));
const fourPoint = [0, 1, 2, 3].map((value) => ({ value, label: `level ${value}` }));

const tableRows = Array.from({ length: 13 }, (_, raw) => ({
  raw,
  tScore: Math.round((35 + raw * 2.35) * 10) / 10,
  ...(raw % 4 === 1 ? {} : { se: Math.round((6 - raw * 0.2) * 100) / 100 }),
}));

const everything: InstrumentInput = {
  ...common,
  id: 'sql-fixture-all-rules',
  title: 'SQL fixture: every rule',
  items: [
    ...[1, 2, 3, 4, 5, 6].map((k) => ({ id: `a${k}`, label: `A ${k}`, options: fivePoint })),
    ...[1, 2, 3, 4].map((k) => ({ id: `b${k}`, label: `B ${k}`, options: sparse, ...(k % 2 === 0 ? { reverse: true } : {}) })),
    ...[1, 2, 3].map((k) => ({ id: `c${k}`, label: `C ${k}`, numeric: { min: -5, max: 5, integer: false } })),
    ...[1, 2, 3, 4].map((k) => ({ id: `e${k}`, label: `E ${k}`, options: fourPoint })),
    { id: 'Item.Mixed', label: 'Mixed-case id with a dot', numeric: { min: 0, max: 10, integer: true } },
  ],
  scores: [
    {
      name: 'recoded', label: 'Recoded sum × 1.5', items: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], method: 'sum', multiplier: 1.5,
      range: [0, 18], missing: rule(4, 'nearest'), direction: 'higher-is-worse',
      bands: [
        { label: 'low', min: 0, max: 6 },
        { label: 'mid', min: 6, max: 12, minExclusive: true },
        { label: "high 'quoted'", min: 12, max: 18, minExclusive: true },
      ],
      bandSource: { ref: 'fixture-bands' },
    },
    {
      name: 'counted', label: 'Count scored ≥ 1', items: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], method: 'count', countAtLeast: 1,
      range: [0, 6], missing: rule(3, 'up'), direction: 'higher-is-worse',
    },
    {
      name: 'percent', label: 'Percent of maximum', items: ['b1', 'b2', 'b3', 'b4'], method: 'percent-of-maximum',
      range: [0, 100], missing: rule(2, 'nearest'), direction: 'higher-is-worse',
      bands: [
        { label: 'under half', min: 0, max: 49 },
        { label: 'half or more', min: 50, max: 100 },
      ],
      bandSource: { ref: 'fixture-bands' },
    },
    {
      name: 'signedMean', label: 'Mean of signed answers', items: ['c1', 'c2', 'c3'], method: 'mean',
      range: [-5, 5], missing: rule(1, 'nearest'), direction: 'higher-is-better',
      bands: [
        { label: 'negative', min: -5, max: 0 },
        { label: 'positive', min: 0, max: 5, minExclusive: true },
      ],
      bandSource: { ref: 'fixture-bands' },
    },
    {
      name: 'converted', label: 'Table score', items: ['e1', 'e2', 'e3', 'e4'], method: 'table',
      table: { rows: tableRows, source: { ref: 'fixture', locator: 'Table 9' } },
      range: [0, 12], missing: rule(3, 'up'), direction: 'higher-is-worse', bandsOn: 'tScore',
      bands: [
        { label: 'within normal limits', min: 35, max: 55 },
        { label: 'mild', min: 55, max: 60, minExclusive: true },
        { label: 'moderate', min: 60, max: 70, minExclusive: true },
        { label: 'severe', min: 70, max: 80, minExclusive: true },
      ],
      bandSource: { ref: 'fixture-bands' },
    },
    {
      name: 'single', label: 'One mixed-case item', items: ['Item.Mixed'], method: 'sum',
      range: [0, 10], missing: rule(1, 'none'), direction: 'higher-is-worse',
    },
  ],
  flags: [
    {
      name: 'nested', label: 'Nested any/all with exclusive bounds',
      when: { any: [{ score: 'recoded', above: 9 }, { all: [{ item: 'a1', atLeast: 4 }, { score: 'signedMean', below: 2.5 }] }] },
      source: { ref: 'fixture' },
    },
    { name: 'band', label: 'Between bounds', when: { score: 'percent', atLeast: 25, atMost: 75 }, source: { ref: 'fixture' } },
    { name: 'sparseItem', label: 'Item with gaps', when: { item: 'b2', above: 2, below: 10 }, source: { ref: 'fixture' } },
  ],
  classifications: [
    {
      name: 'group', label: 'With a default',
      rules: [
        { label: 'low', when: { score: 'counted', atMost: 2 } },
        { label: 'high', when: { all: [{ score: 'converted', atLeast: 8 }, { item: 'Item.Mixed', above: 5 }] } },
        { label: 'medium' },
      ],
      source: { ref: 'fixture' },
    },
    {
      name: 'noDefault', label: 'Without a default',
      rules: [
        { label: 'negative', when: { score: 'signedMean', below: 0 } },
        { label: 'steady', when: { any: [{ score: 'signedMean', atMost: 1 }, { item: 'c1', atLeast: 4.5 }] } },
      ],
      source: { ref: 'fixture' },
    },
  ],
};

/** A prorated sum left unrounded (13.33…), with bands it can fall between. */
const unrounded: InstrumentInput = {
  ...common,
  id: 'sql-fixture-unrounded',
  title: 'SQL fixture: unrounded proration',
  items: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ id: `u${k}`, label: `U ${k}`, options: fourPoint })),
  scores: [
    {
      name: 'total', label: 'Total', items: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `u${k}`), method: 'sum',
      range: [0, 27], missing: rule(6, 'none'), direction: 'higher-is-worse',
      bands: [
        { label: 'none', min: 0, max: 4 },
        { label: 'some', min: 5, max: 9 },
        { label: 'more', min: 10, max: 27 },
      ],
      bandSource: { ref: 'fixture-bands' },
    },
    {
      name: 'mean', label: 'Mean', items: [1, 2, 3].map((k) => `u${k}`), method: 'mean',
      range: [0, 3], missing: rule(2, 'none'), direction: 'higher-is-worse',
    },
  ],
  flags: [{ name: 'high', label: 'High', when: { score: 'total', atLeast: 13.5 }, source: { ref: 'fixture' } }],
};

/** The fixture definitions, validated. */
export const featureInstruments: readonly Instrument[] = [defineInstrument(everything), defineInstrument(unrounded)];
