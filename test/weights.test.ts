/**
 * `weightsBy`: a sum whose item weights depend on another item's answer (e.g. the Opioid Risk
 * Tool's female and male columns). Every expected value here is worked by hand from the weights
 * in the definition below.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, defineInstrument, score, scoreColumns, scoreMany, type InstrumentInput } from '../src/index.js';
import { describeInstrument } from '../src/catalog/index.js';
import { issuesOf } from './promkitError.js';

const yesNo = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes' },
];

function input(): InstrumentInput {
  return {
    id: 'weighted', title: 'Weighted', version: '1', domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit engine tests.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [
      { id: 'sex', label: 'Sex', options: [{ value: 0, label: 'Female' }, { value: 1, label: 'Male' }] },
      { id: 'a', label: 'A', options: yesNo },
      { id: 'b', label: 'B', options: yesNo },
      { id: 'c', label: 'C (0–2)', options: [{ value: 0, label: 'None' }, { value: 1, label: 'Some' }, { value: 2, label: 'Much' }] },
    ],
    scores: [
      {
        name: 'total', label: 'Weighted total', items: ['a', 'b', 'c'], method: 'sum', range: [0, 8],
        // female: 1·a + 3·b + 2·c (max 8); male: 3·a + 0·b + 1·c (max 5)
        weightsBy: { item: 'sex', groups: [{ answer: 0, weights: [1, 3, 2] }, { answer: 1, weights: [3, 0, 1] }] },
        missing: { minAnswered: 3, rounding: 'none', official: true, text: 'All three.', source: { ref: 'hand' } },
        bands: [{ label: 'low', min: 0, max: 3 }, { label: 'high', min: 4, max: 8 }],
        direction: 'higher-is-worse',
      },
      {
        name: 'plain', label: 'Unweighted a + b', items: ['a', 'b'], method: 'sum', range: [0, 2],
        missing: { minAnswered: 2, rounding: 'none', official: true, text: 'Both.', source: { ref: 'hand' } },
        direction: 'higher-is-worse',
      },
    ],
    flags: [{ name: 'high', label: 'total ≥ 4', when: { score: 'total', atLeast: 4 }, source: { ref: 'hand' } }],
  };
}
const def = defineInstrument(input());

describe('weightsBy: weights chosen by another item’s answer', () => {
  it.each([
    // sex, a, b, c → total
    [0, 1, 1, 2, 8], // 1 + 3 + 4
    [1, 1, 1, 2, 5], // 3 + 0 + 2
    [0, 1, 0, 0, 1],
    [1, 1, 0, 0, 3],
    [0, 0, 1, 0, 3],
    [1, 0, 1, 0, 0], // b weighs 0 for the male group
    [0, 0, 0, 1, 2],
    [1, 0, 0, 1, 1],
  ])('sex %i, answers %i %i %i → %i (score, createScorer, scoreMany and scoreColumns agree)', (sex, a, b, c, total) => {
    const responses = { sex, a, b, c };
    expect(score(def, responses).scores.total?.value).toBe(total);
    expect(createScorer(def)(responses).scores.total?.value).toBe(total);
    const many = scoreMany(def, [responses])[0];
    expect(many?.success && many.data.scores.total?.value).toBe(total);
    const columns = scoreColumns({ sex: [sex], a: [a], b: [b], c: [c] }, def);
    expect(columns.scores.total?.values[0]).toBe(total);
    expect(columns.scores.total?.status[0]).toBe(0);
  });

  it('the same answers fall in different bands and flags for the two groups', () => {
    const female = score(def, { sex: 0, a: 1, b: 1, c: 0 });
    const male = score(def, { sex: 1, a: 1, b: 1, c: 0 });
    expect(female.scores.total).toMatchObject({ value: 4, status: 'scored', band: { label: 'high' } });
    expect(male.scores.total).toMatchObject({ value: 3, status: 'scored', band: { label: 'low' } });
    expect(female.flags.high).toBe(true);
    expect(male.flags.high).toBe(false);
  });

  it('no score while the selecting item is unanswered, with a reason; unweighted scores are unaffected', () => {
    const result = score(def, { sex: null, a: 1, b: 1, c: 2 });
    expect(result.scores.total).toMatchObject({ value: null, status: 'insufficient-items', answered: 3, of: 3 });
    expect(result.scores.total?.reason).toContain('depend on the answer to sex, which is unanswered');
    expect(result.flags.high).toBeNull();
    expect(result.scores.plain?.value).toBe(2);
    const columns = scoreColumns({ sex: [NaN, 0], a: [1, 1], b: [1, 1], c: [2, 2] }, def);
    expect(Array.from(columns.scores.total?.status ?? [])).toEqual([2, 0]);
    expect(Number.isNaN(columns.scores.total?.values[0])).toBe(true);
    expect(columns.scores.total?.values[1]).toBe(8);
  });

  it('a bad answer to the selecting item is an error naming it; in columns the row is invalid', () => {
    expect(issuesOf(() => score(def, { sex: 2, a: 1, b: 1, c: 2 }))[0]).toMatchObject({ code: 'out-of-range', path: ['responses', 'sex'] });
    const columns = scoreColumns({ sex: [2, 1], a: [1, 1], b: [1, 1], c: [2, 2] }, def);
    expect(Array.from(columns.scores.total?.status ?? [])).toEqual([3, 0]);
    expect(columns.errors.map((e) => e.row)).toEqual([0]);
    expect(columns.scores.total?.values[1]).toBe(5);
  });

  it('is never prorated, even when the caller asks: a prorated weighted sum could leave the range', () => {
    const partial = { sex: 0, a: 1, b: 1, c: null };
    const lenient = score(def, partial, { missing: { minAnswered: 1 } });
    expect(lenient.scores.total).toMatchObject({ value: null, status: 'insufficient-items', answered: 2 });
    expect(lenient.scores.total?.reason).toContain('cannot be prorated');
    // The unweighted score in the same call is prorated as asked.
    expect(score(def, { sex: 0, a: 1, b: null, c: 0 }, { missing: { minAnswered: 1 } }).scores.plain).toMatchObject({ value: 2, status: 'prorated' });
    expect(scoreColumns({ sex: [0], a: [1], b: [1], c: [NaN] }, def, { missing: { minAnswered: 1 } }).scores.total?.status[0]).toBe(2);
  });

  it('the declared range is the union over the groups (female max 8, male max 5)', () => {
    const wrong = input();
    wrong.scores[0] = { ...wrong.scores[0]!, range: [0, 13] };
    expect(issuesOf(() => defineInstrument(wrong))[0]?.message).toContain('differs from the range the items can reach [0, 8]');
  });

  it('refuses weights that do not fit the score or the selecting item', () => {
    const messages = (mutate: (d: InstrumentInput) => void) => {
      const d = input();
      mutate(d);
      return issuesOf(() => defineInstrument(d)).map((i) => i.message);
    };
    const weighted = (d: InstrumentInput) => d.scores[0] as { weightsBy: { item: string; groups: { answer: number; weights: number[] }[] } } & Record<string, unknown>;
    expect(messages((d) => { weighted(d).weightsBy.groups[1]!.weights = [3, 0]; })).toContain(
      'scores[0].weightsBy.groups[1].weights: needs 3 weights (one per item of score "total"), got 2',
    );
    expect(messages((d) => { weighted(d).weightsBy.groups.pop(); weighted(d).weightsBy.groups.push({ answer: 0, weights: [1, 1, 1] }); })).toEqual(
      expect.arrayContaining(['scores[0].weightsBy.groups[1].answer: answer 0 has two groups', 'scores[0].weightsBy.groups: answers 1 of item "sex" have no group of weights']),
    );
    expect(messages((d) => { weighted(d).weightsBy.groups[1]!.answer = 7; })).toContain('scores[0].weightsBy.groups[1].answer: 7 is not an answer of item "sex"');
    expect(messages((d) => { weighted(d).weightsBy.item = 'nope'; })).toContain('scores[0].weightsBy.item: refers to unknown item "nope"');
    expect(messages((d) => { weighted(d).weightsBy.item = 'a'; })).toContain('scores[0].weightsBy.item: item "a" selects the weights, so it cannot also be an item of score "total"');
    expect(messages((d) => { weighted(d).missing = { ...(weighted(d).missing as object), minAnswered: 2 } as never; })).toContain(
      'scores[0].missing.minAnswered: a weighted score cannot be prorated; require all 3 items',
    );
    expect(messages((d) => { weighted(d).method = 'mean'; })).toContain('scores[0].method: "weightsBy" needs method "sum" (score "total" uses "mean")');
    expect(messages((d) => { weighted(d).weightsBy.groups[0]!.weights = [1, -1, 2]; })).toContain('scores[0].weightsBy.groups[0].weights[1]: must be ≥ 0');
    const numericBy = input();
    numericBy.items[0] = { id: 'sex', label: 'Sex', numeric: { min: 0, max: 1, integer: true } };
    expect(issuesOf(() => defineInstrument(numericBy)).map((i) => i.message)).toContain(
      'scores[0].weightsBy.item: item "sex" selects the weights, so it needs response options (not "numeric")',
    );
  });

  it('the generated page prints the weights table with the group labels', () => {
    const page = describeInstrument(def);
    expect(page).toContain('weighted sum: each item score × its weight in the group selected by the answer to `sex`');
    expect(page).toContain('| item | `sex` = 0 (Female) | `sex` = 1 (Male) |');
    expect(page).toContain('| `b` | 3 | 0 |');
  });

  it('does not mutate the definition input or the responses', () => {
    const raw = input();
    const copy = structuredClone(raw);
    defineInstrument(raw);
    expect(raw).toEqual(copy);
    const responses = { sex: 1, a: 1, b: 0, c: 2 };
    score(def, responses);
    expect(responses).toEqual({ sex: 1, a: 1, b: 0, c: 2 });
  });
});

describe('a caller’s minAnswered never prorates a sum of items with different ranges', () => {
  // 0–3 + 0–1: prorating 3 of 1 answered item × 2/1 would give 6, outside the range 0–4.
  const mixed = defineInstrument({
    id: 'mixed', title: 'Mixed', version: '1', domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit engine tests.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: [
      { id: 'severity', label: 'Severity 0–3', options: [0, 1, 2, 3].map((value) => ({ value, label: String(value) })) },
      { id: 'present', label: 'Present', options: yesNo },
    ],
    scores: [{
      name: 'total', label: 'Sum', items: ['severity', 'present'], method: 'sum', range: [0, 4],
      missing: { minAnswered: 2, rounding: 'none', official: false, text: 'Both.', source: { ref: 'hand' } },
      direction: 'higher-is-worse',
    }],
  });

  it('needs both items under { minAnswered: 1 }, in score() and in scoreColumns()', () => {
    const result = score(mixed, { severity: 3, present: null }, { missing: { minAnswered: 1 } });
    expect(result.scores.total).toMatchObject({ value: null, status: 'insufficient-items', answered: 1 });
    expect(result.scores.total?.reason).toContain('cannot be prorated');
    expect(scoreColumns({ severity: [3], present: [null] }, mixed, { missing: { minAnswered: 1 } }).scores.total?.status[0]).toBe(2);
    expect(score(mixed, { severity: 3, present: 1 }, { missing: { minAnswered: 1 } }).scores.total?.value).toBe(4);
  });
});

describe('weightsBy and FHIR', () => {
  it('a weighted score gets no SDC calculatedExpression (the answer weights are not the points); a plain sum does', async () => {
    const { toQuestionnaire } = await import('../src/fhir/index.js');
    const q = toQuestionnaire(def);
    const linkIds = (q.item ?? []).map((item) => item.linkId);
    expect(linkIds).toContain('weighted-plain');
    expect(linkIds).not.toContain('weighted-total');
  });
});
