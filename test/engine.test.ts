import { describe, expect, it } from 'vitest';
import { createScorer, defineInstrument, PromkitError, safeScore, score, scoreColumns, scoreMany } from '../src/index.js';
import { fixtureDefinition } from './fixtures.js';
import { issuesOf } from './promkitError.js';

const fixture = defineInstrument(fixtureDefinition());
const full = { a1: 4, a2: 1, a3: 3, a4: 2, n1: 3, n2: 8, yn: 1, odd: 2 };

describe('score: methods (values worked by hand)', () => {
  const result = score(fixture, full);

  it('sums with reverse scoring: 4 + (5-1) + 3 + 2 = 13', () => {
    expect(result.scores.total).toEqual({ value: 13, range: [4, 16], status: 'scored', answered: 4, of: 4, band: { label: 'high', min: 13, max: 16 } });
  });
  it('applies a multiplier after summing', () => {
    expect(result.scores.doubled?.value).toBe(26);
  });
  it('means the answered items', () => {
    expect(result.scores.meanN?.value).toBe(5.5);
  });
  it('takes percent of maximum: (3+3+2+1)/12 = 75 %', () => {
    expect(result.scores.percent?.value).toBe(75);
  });
  it('counts items at or above a threshold (after reversal)', () => {
    expect(result.scores.agreeing?.value).toBe(3);
  });
  it('converts a raw sum with the table and bands the T-score', () => {
    expect(result.scores.converted).toMatchObject({ value: 5, tScore: 49.0, se: 3.2, band: { label: 'normal' } });
  });
  it('evaluates flags and classifications', () => {
    expect(result.flags).toEqual({ ynYes: true, highTotal: true });
    expect(result.classifications).toEqual({ group: 'high' });
    expect(result.missingPolicy).toBe('official');
    expect(result.instrument).toEqual({ id: 'fixture', version: '1', title: 'Engine fixture' });
  });
  it('accepts the same answers as an array in item order', () => {
    expect(score(fixture, [4, 1, 3, 2, 3, 8, 1, 2])).toEqual(result);
  });
});

describe('score: missing items', () => {
  it('prorates a sum and rounds as the rule says: (4+4+3) × 4/3 = 14.67 → 15', () => {
    const r = score(fixture, { ...full, a4: null });
    expect(r.scores.total).toMatchObject({ value: 15, status: 'prorated', answered: 3, of: 4 });
    expect(r.scores.total?.reason).toMatch(/3 of 4 items answered; prorated/);
    expect(r.scores.doubled).toMatchObject({ value: null, status: 'insufficient-items' });
    expect(r.scores.percent?.value).toBeCloseTo((11 - 3) * 100 / 9, 12);
  });
  it('rounds a prorated score to the nearest whole number, not up: (4+3+3) × 4/3 = 13.33 → 13', () => {
    const r = score(fixture, { ...full, a2: 2, a4: null });
    expect(r.scores.total).toMatchObject({ value: 13, status: 'prorated', answered: 3, band: { label: 'high' } });
  });
  it('prorates a table score before the lookup: 1 of 2 items, 3 × 2/1 = 6 → row 6', () => {
    const r = score(fixture, { ...full, a4: undefined });
    expect(r.scores.converted).toMatchObject({ value: 6, tScore: 53.3, se: 3.1, status: 'prorated' });
  });
  it('gives null with a reason below the minimum', () => {
    const r = score(fixture, { a1: 1 });
    expect(r.scores.total).toMatchObject({ value: null, status: 'insufficient-items', answered: 1, of: 4 });
    expect(r.scores.total?.reason).toContain('At least 3 of 4 answered');
    expect(r.scores.total?.band).toBeUndefined();
    expect(r.flags).toEqual({ ynYes: null, highTotal: null });
    expect(r.classifications).toEqual({ group: null });
  });
  it('strict policy: any missing item gives null', () => {
    const r = score(fixture, { ...full, a4: null }, { missing: 'strict' });
    expect(r.missingPolicy).toBe('strict');
    expect(r.scores.total).toMatchObject({ value: null, status: 'insufficient-items' });
    expect(r.scores.total?.reason).toContain('Strict policy');
  });
  it('custom policy: the caller sets the minimum', () => {
    const r = score(fixture, { a1: 2, a2: 3 }, { missing: { minAnswered: 2 } });
    expect(r.missingPolicy).toBe('custom');
    expect(r.scores.total).toMatchObject({ value: 8, status: 'prorated' }); // (2 + 2) × 4/2
  });
  it('rejects a malformed policy', () => {
    expect(issuesOf(() => score(fixture, full, { missing: 'lenient' as never }))[0]).toMatchObject({ code: 'invalid-argument', path: ['options', 'missing'] });
    expect(issuesOf(() => score(fixture, full, { missing: { minAnswered: 0 } }))[0]?.code).toBe('invalid-argument');
  });
});

describe('score: the rounding rule of a prorated score (values worked by hand)', () => {
  // Four items scored 0–4, three of four needed. Prorated sums are (sum × 4/3): sums 10 and 11
  // give 13.33 and 14.67, where "nearest" and "up" disagree (13 vs 14) and agree (15).
  const rule = (name: string, rounding: 'nearest' | 'up' | 'none', extra: object = {}) => ({
    name, label: name, items: ['r1', 'r2', 'r3', 'r4'], method: 'sum' as const, range: [0, 16] as [number, number],
    missing: { minAnswered: 3, rounding, official: true, text: `Three of four; prorate, rounding ${rounding}.`, source: { ref: 'hand' } },
    direction: 'higher-is-worse' as const,
    ...extra,
  });
  const rows = Array.from({ length: 17 }, (_, raw) => ({ raw, tScore: 30 + 2 * raw, se: 1 + raw / 10 }));
  const rounding = defineInstrument({
    id: 'rounding', title: 'Rounding rules', version: '1', domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit engine tests.' }],
    licence: { status: 'user-defined', verbatimText: true, note: 'Test data.' },
    items: ['r1', 'r2', 'r3', 'r4'].map((id) => ({ id, label: id, numeric: { min: 0, max: 4, integer: true } })),
    scores: [
      rule('nearest', 'nearest'),
      rule('up', 'up'),
      rule('none', 'none'),
      rule('table', 'up', { method: 'table', table: { source: { ref: 'hand' }, rows } }),
    ],
  });

  it('10 × 4/3 = 13.33: nearest gives 13, up gives 14, none keeps 13.33', () => {
    const r = score(rounding, [4, 3, 3, null]);
    expect(r.scores.nearest).toMatchObject({ value: 13, status: 'prorated' });
    expect(r.scores.up).toMatchObject({ value: 14, status: 'prorated' });
    expect(r.scores.none?.value).toBeCloseTo(40 / 3, 12);
  });
  it('11 × 4/3 = 14.67: nearest and up both give 15', () => {
    const r = score(rounding, [4, 4, 3, null]);
    expect([r.scores.nearest?.value, r.scores.up?.value]).toEqual([15, 15]);
  });
  it('rounds a prorated raw score up before the table lookup: 13.33 → raw 14, T 58 (row 13 would be T 56)', () => {
    expect(score(rounding, [4, 3, 3, null]).scores.table).toMatchObject({ value: 14, tScore: 58, se: 2.4, status: 'prorated' });
  });
  it('a whole prorated value is not rounded further: 12 × 4/3 = 16', () => {
    const r = score(rounding, [4, 4, 4, null]);
    expect([r.scores.nearest?.value, r.scores.up?.value, r.scores.none?.value]).toEqual([16, 16, 16]);
  });
  it('the columnar engine rounds the same way', () => {
    const { scores } = scoreColumns({ r1: [4, 4], r2: [3, 4], r3: [3, 3], r4: [null, null] }, rounding);
    expect([...scores.nearest!.values]).toEqual([13, 15]);
    expect([...scores.up!.values]).toEqual([14, 15]);
    expect([...scores.table!.values]).toEqual([14, 15]);
    expect([...scores.table!.tScore!]).toEqual([58, 60]);
    expect([...scores.table!.se!]).toEqual([2.4, 2.5]);
  });
});

describe('score: bad input is a PromkitError naming the item, value and what is allowed', () => {
  it.each([
    ['out-of-range', { a1: 5 }, 'a1', /5 is out of range; allowed: one of 1, 2, 3, 4/],
    ['not-an-integer', { n1: 2.5 }, 'n1', /not a whole number; allowed: a whole number from 0 to 10/],
    ['invalid-type', { a1: '2' }, 'a1', /"2" is not a number/],
    ['not-finite', { n1: Number.NaN }, 'n1', /NaN is not a finite number/],
    ['not-finite', { n1: Infinity }, 'n1', /Infinity/],
    ['not-an-option', { odd: 1 }, 'odd', /1 is not one of the response options; allowed: one of 0, 2, 5/],
    ['invalid-type', { yn: true }, 'yn', /true is not a number/],
  ])('%s', (code, responses, item, message) => {
    const [issue] = issuesOf(() => score(fixture, responses as never));
    expect(issue).toMatchObject({ code, path: ['responses', item], input: (responses as Record<string, unknown>)[item] });
    expect(issue?.message).toMatch(message);
  });

  it('reports unknown items, including __proto__ and constructor, which never change a result', () => {
    const polluted = JSON.parse('{"a1": 1, "__proto__": {"a2": 4}, "constructor": 3, "zz": 1}');
    const issues = issuesOf(() => score(fixture, polluted));
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['unknown-item', '__proto__'],
      ['unknown-item', 'constructor'],
      ['unknown-item', 'zz'],
    ]);
    expect(issues[0]?.message).toContain('is not an item of fixture');
  });

  it('ignores inherited properties', () => {
    const proto = { a1: 4, a2: 4, a3: 4, a4: 4 };
    const child = Object.create(proto) as Record<string, number>;
    expect(score(fixture, child).scores.total?.value).toBeNull();
  });

  it('reports every problem at once', () => {
    expect(issuesOf(() => score(fixture, { a1: 0, a2: 9, n1: -1 })).map((i) => i.path[1])).toEqual(['a1', 'a2', 'n1']);
  });

  it('rejects a wrong array length and non-object responses', () => {
    expect(issuesOf(() => score(fixture, [1, 2]))[0]).toMatchObject({ code: 'wrong-length' });
    expect(issuesOf(() => score(fixture, [1, 2]))[0]?.message).toContain('expected 8 answers in item order (a1, a2, …, odd), got 2');
    for (const bad of [null, undefined, 42, 'a1=1', new Map([['a1', 1]]), new Set([1]), new Date(0), new Float64Array(8)]) {
      expect(issuesOf(() => score(fixture, bad as never))[0]?.code).toBe('invalid-responses');
    }
  });

  it('tells a Map apart from a record', () => {
    expect(issuesOf(() => score(fixture, new Map([['a1', 1]]) as never))[0]?.message).toContain('convert it with Object.fromEntries(map)');
  });

  it('detects a whole response coded one higher (1..k+1 for 0..k)', () => {
    // fixture A items are 1–4; a response coded 2–5 has one 5 and everything else fits after −1.
    const message = issuesOf(() => score(fixture, { a1: 5, a2: 2, a3: 3, a4: 2 }))[0]?.message;
    expect(message).toContain('one higher than this instrument\'s coding (2–5 instead of 1–4): subtract 1');
  });

  it('detects a whole response coded one lower (0..k-1 for 1..k)', () => {
    const message = issuesOf(() => score(fixture, { a1: 0, a2: 1, a3: 3 }))[0]?.message;
    expect(message).toContain('one lower than this instrument\'s coding (0–3 instead of 1–4): add 1');
  });

  it('does not claim an off-by-one when a shift would not explain the answers', () => {
    const message = issuesOf(() => score(fixture, { a1: 5, a2: 1 }))[0]?.message;
    expect(message).not.toContain('coding');
  });
});

describe('safeScore, createScorer, scoreMany', () => {
  it('safeScore returns a union and never throws for bad input', () => {
    expect(safeScore(fixture, full)).toEqual({ success: true, data: score(fixture, full) });
    const bad = safeScore(fixture, { a1: 9 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.code).toBe('out-of-range');
  });
  it('createScorer reuses one compiled definition', () => {
    const scorer = createScorer(fixture, { missing: 'strict' });
    expect(scorer(full).scores.total?.value).toBe(13);
    expect(scorer({ ...full, a1: null }).scores.total?.value).toBeNull();
  });
  it('scoreMany keeps order and reports bad rows in place', () => {
    // Three different good rows and a bad one off-centre: a reversed or shuffled output cannot match.
    const rows = [full, { ...full, a1: 1, a4: null }, { a1: 9 }, [2, 2, 2, 2, 0, 0, 0, 0]];
    const out = scoreMany(fixture, rows);
    expect(out.map((o) => (o.success ? o.data.scores.total?.value : o.error.issues[0]?.path))).toEqual([13, 11, ['responses', 'a1'], 9]);
    expect(out[0]).toEqual({ success: true, data: score(fixture, full) });
    expect(out[1]).toEqual({ success: true, data: score(fixture, rows[1]!) });
    expect(out[3]).toEqual({ success: true, data: score(fixture, rows[3]!) });
  });
});

describe('immutability', () => {
  it('never mutates responses or definitions', () => {
    const input = fixtureDefinition();
    const snapshot = structuredClone(input);
    const defined = defineInstrument(input);
    expect(input).toEqual(snapshot);
    expect(Object.isFrozen(input)).toBe(false);
    const responses = { ...full, a4: null };
    const copy = structuredClone(responses);
    score(defined, responses);
    expect(responses).toEqual(copy);
    expect(Object.isFrozen(defined.scores[0]?.bands?.[0])).toBe(true);
    expect(Object.isFrozen(defined.items[0]?.options)).toBe(true);
  });
  it('a result does not share mutable state with the next one', () => {
    const scorer = createScorer(fixture);
    const first = scorer(full);
    const before = JSON.stringify(first);
    scorer({ a1: 1, a2: 1, a3: 1, a4: 1 });
    expect(JSON.stringify(first)).toBe(before);
  });
});

describe('exclusive bounds ("greater than" in a source)', () => {
  const base = {
    id: 'bounds', title: 'Exclusive bounds', version: '1', domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit engine tests.' }],
    licence: { status: 'user-defined' as const, verbatimText: true, note: 'Test data.' },
    items: ['x1', 'x2', 'x3', 'x4'].map((id) => ({ id, label: id, numeric: { min: 0, max: 10, integer: true } })),
  };
  const total = {
    name: 'total', label: 'Sum', items: ['x1', 'x2', 'x3', 'x4'], method: 'sum' as const, range: [0, 40] as [number, number],
    missing: { minAnswered: 3, rounding: 'none' as const, official: true, text: 'Three of four; prorate.', source: { ref: 'hand' } },
    direction: 'higher-is-worse' as const,
    bands: [
      { label: 'up to 20', min: 0, max: 20 },
      { label: 'above 20', min: 20, max: 40, minExclusive: true },
    ],
  };
  const def = defineInstrument({
    ...base,
    scores: [total],
    flags: [
      { name: 'above20', label: 'total > 20', when: { score: 'total', above: 20 }, source: { ref: 'hand' } },
      { name: 'below9', label: 'x1 < 9', when: { item: 'x1', below: 9 }, source: { ref: 'hand' } },
    ],
  });

  it.each([
    [[5, 5, 5, 5], 20, 'up to 20', false],
    [[5, 5, 5, 6], 21, 'above 20', true],
    // 15 × 4/3 = 20 exactly: not above 20.
    [[7, 7, 1, null], 20, 'up to 20', false],
    // 16 × 4/3 = 21.33: above 20, though no whole number lies between 20 and 21.33.
    [[7, 7, 2, null], 64 / 3, 'above 20', true],
  ] as const)('%j → %d, band %s, flag %s', (answers, value, band, flagged) => {
    const r = score(def, [...answers]);
    expect(r.scores.total?.value).toBeCloseTo(value, 12);
    expect(r.scores.total?.band?.label).toBe(band);
    expect(r.flags.above20).toBe(flagged);
  });

  it('a decimal total just above the edge (20.5) is above it; exactly 20 is not', () => {
    const flagsOnly = defineInstrument({
      ...base,
      items: base.items.map((item) => ({ ...item, numeric: { min: 0, max: 10, integer: false } })),
      scores: [total],
      flags: [{ name: 'above20', label: 'total > 20', when: { score: 'total', above: 20 }, source: { ref: 'hand' } }],
    });
    expect(score(flagsOnly, [5, 5, 5, 5.5]).flags.above20).toBe(true);
    expect(score(flagsOnly, [5, 5, 5, 5]).flags.above20).toBe(false);
    expect(score(flagsOnly, [5, 5, 5, 5.5]).scores.total?.band?.label).toBe('above 20');
  });

  it('below is exclusive: 8 is below 9, 9 is not', () => {
    expect(score(def, [8, 0, 0, 0]).flags.below9).toBe(true);
    expect(score(def, [9, 0, 0, 0]).flags.below9).toBe(false);
  });

  it('refuses a condition with two lower bounds, and an exclusive band that does not touch the previous one', () => {
    const bad = () =>
      defineInstrument({
        ...base,
        scores: [{ ...total, bands: [{ label: 'low', min: 0, max: 19 }, { label: 'high', min: 20, max: 40, minExclusive: true }] }],
        flags: [{ name: 'both', label: 'both', when: { score: 'total', atLeast: 20, above: 20 }, source: { ref: 'hand' } }],
      });
    expect(bad).toThrow(PromkitError);
    const messages = issuesOf(bad).map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('give one lower bound: "atLeast" (≥) or "above" (>), not both'),
        expect.stringContaining('band "high" starts just above 20, so the previous band "low" must end at 20 (it ends at 19)'),
      ]),
    );
  });
});

describe('scoredAs: a manual recode of an answer (coded 0–4, scored 0/1)', () => {
  const collapse = [
    { value: 0, label: 'Not at all', scoredAs: 0 },
    { value: 1, label: 'Slightly', scoredAs: 0 },
    { value: 2, label: 'Moderately', scoredAs: 0 },
    { value: 3, label: 'Very much', scoredAs: 1 },
    { value: 4, label: 'Extremely', scoredAs: 1 },
  ];
  const input = {
    id: 'recode', title: 'Recode', version: '1', domain: 'test', recallPeriod: null,
    citations: [{ key: 'hand', text: 'Worked by hand for the promkit engine tests.' }],
    licence: { status: 'user-defined' as const, verbatimText: true, note: 'Test data.' },
    items: [
      { id: 'bother', label: 'Bothersomeness', options: collapse },
      { id: 'yes', label: 'Yes/no', options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] },
    ],
    scores: [{
      name: 'total', label: 'Sum', items: ['bother', 'yes'], method: 'sum' as const, range: [0, 2] as [number, number],
      missing: { minAnswered: 2, rounding: 'none' as const, official: true, text: 'Both.', source: { ref: 'hand' } },
      direction: 'higher-is-worse' as const,
    }],
    flags: [{ name: 'extremely', label: 'coded answer 4', when: { item: 'bother', atLeast: 4 }, source: { ref: 'hand' } }],
  };
  const def = defineInstrument(input);

  it.each([
    [0, 1, 1],
    [1, 1, 1], // "slightly" counts 0, not 1: the coded value must not leak into the score
    [2, 0, 0],
    [3, 0, 1],
    [4, 1, 2],
  ])('answer %i + %i scores %i', (bother, yes, total) => {
    expect(score(def, { bother, yes }).scores.total?.value).toBe(total);
    expect(scoreColumns({ bother: [bother], yes: [yes] }, def).scores.total?.values[0]).toBe(total);
  });

  it('flags read the coded answer, and the declared range is the scored range', () => {
    expect(score(def, [4, 0]).flags.extremely).toBe(true);
    expect(score(def, [3, 0]).flags.extremely).toBe(false);
    expect(issuesOf(() => defineInstrument({ ...input, scores: [{ ...input.scores[0]!, range: [0, 5] }] }))[0]?.message).toContain('differs from the range the items can reach [0, 2]');
  });

  it('refuses scoredAs on some options only, and scoredAs with reverse', () => {
    const partial = { ...input, items: [{ ...input.items[0]!, options: collapse.map((o, i) => (i === 0 ? { value: 0, label: 'Not at all' } : o)) }, input.items[1]!] };
    expect(issuesOf(() => defineInstrument(partial)).map((i) => i.message)).toContain('items[0].options: item "bother" gives "scoredAs" on some options only; give it on every option or on none');
    const both = { ...input, items: [{ ...input.items[0]!, reverse: true }, input.items[1]!] };
    expect(issuesOf(() => defineInstrument(both)).map((i) => i.message)).toContain('items[0].reverse: item "bother" has both "reverse" and "scoredAs"; write the reversed values in "scoredAs"');
  });
});
