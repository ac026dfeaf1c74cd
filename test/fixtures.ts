import type { InstrumentInput } from '../src/index.js';

const agree = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Agree' },
  { value: 4, label: 'Strongly agree' },
];

/** A made-up instrument exercising every engine feature; numbers below are worked by hand. */
export function fixtureDefinition(): InstrumentInput {
  return {
    id: 'fixture',
    title: 'Engine fixture',
    version: '1',
    domain: 'test',
    recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit engine tests.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [
      { id: 'a1', label: 'A1', options: agree },
      { id: 'a2', label: 'A2', options: agree, reverse: true },
      { id: 'a3', label: 'A3', options: agree },
      { id: 'a4', label: 'A4', options: agree },
      { id: 'n1', label: 'N1', numeric: { min: 0, max: 10, integer: true } },
      { id: 'n2', label: 'N2', numeric: { min: 0, max: 10, integer: true } },
      { id: 'yn', label: 'Yes/no', options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] },
      { id: 'odd', label: 'Odd options', options: [{ value: 0, label: 'Zero' }, { value: 2, label: 'Two' }, { value: 5, label: 'Five' }] },
    ],
    scores: [
      {
        name: 'total',
        label: 'Sum of A items',
        items: ['a1', 'a2', 'a3', 'a4'],
        method: 'sum',
        range: [4, 16],
        missing: { minAnswered: 3, rounding: 'nearest', official: true, text: 'At least 3 of 4 answered; prorate.', source: { ref: 'hand' } },
        bands: [
          { label: 'low', min: 4, max: 8 },
          { label: 'mid', min: 9, max: 12 },
          { label: 'high', min: 13, max: 16 },
        ],
        direction: 'higher-is-worse',
      },
      {
        name: 'doubled',
        label: 'Sum of A items ×2',
        items: ['a1', 'a2', 'a3', 'a4'],
        method: 'sum',
        multiplier: 2,
        range: [8, 32],
        missing: { minAnswered: 4, rounding: 'none', official: true, text: 'Every item.', source: { ref: 'hand' } },
        direction: 'higher-is-worse',
      },
      {
        name: 'meanN',
        label: 'Mean of N items',
        items: ['n1', 'n2'],
        method: 'mean',
        range: [0, 10],
        missing: { minAnswered: 1, rounding: 'none', official: true, text: 'At least one.', source: { ref: 'hand' } },
        direction: 'higher-is-worse',
      },
      {
        name: 'percent',
        label: 'Percent of maximum of A items',
        items: ['a1', 'a2', 'a3', 'a4'],
        method: 'percent-of-maximum',
        range: [0, 100],
        missing: { minAnswered: 2, rounding: 'none', official: true, text: 'At least two.', source: { ref: 'hand' } },
        direction: 'higher-is-worse',
      },
      {
        name: 'agreeing',
        label: 'Count of A items at agree or above',
        items: ['a1', 'a2', 'a3', 'a4'],
        method: 'count',
        countAtLeast: 3,
        range: [0, 4],
        missing: { minAnswered: 4, rounding: 'none', official: true, text: 'Every item.', source: { ref: 'hand' } },
        direction: 'higher-is-worse',
      },
      {
        name: 'converted',
        label: 'Table of N items',
        items: ['a3', 'a4'],
        method: 'table',
        table: {
          source: { ref: 'hand' },
          rows: [
            { raw: 2, tScore: 35.5, se: 5.1 },
            { raw: 3, tScore: 40.2, se: 4.0 },
            { raw: 4, tScore: 44.9, se: 3.5 },
            { raw: 5, tScore: 49.0, se: 3.2 },
            { raw: 6, tScore: 53.3, se: 3.1 },
            { raw: 7, tScore: 58.8, se: 3.6 },
            { raw: 8, tScore: 66.1, se: 4.9 },
          ],
        },
        range: [2, 8],
        missing: { minAnswered: 1, rounding: 'up', official: true, text: 'At least one; round up.', source: { ref: 'hand' } },
        bandsOn: 'tScore',
        bands: [
          { label: 'normal', min: 0, max: 54.9 },
          { label: 'raised', min: 55, max: 100 },
        ],
        direction: 'higher-is-worse',
      },
    ],
    flags: [
      { name: 'ynYes', label: 'yn answered yes', when: { item: 'yn', atLeast: 1 }, source: { ref: 'hand' } },
      { name: 'highTotal', label: 'total at least 13', when: { score: 'total', atLeast: 13 }, source: { ref: 'hand' } },
    ],
    classifications: [
      {
        name: 'group',
        label: 'Group',
        rules: [
          { label: 'low', when: { score: 'total', atMost: 8 } },
          { label: 'high', when: { all: [{ score: 'meanN', atLeast: 5 }, { item: 'yn', atLeast: 1 }] } },
          { label: 'medium' },
        ],
        source: { ref: 'hand' },
      },
    ],
  };
}
