/**
 * What `score()` promises at its edges, each test named after the behaviour it protects: the
 * exact words of every error (what is allowed, the coding-shift hint, the paths), the caller's
 * missing-item policy and its reasons, proration per method, compound conditions, the result's
 * shape, and re-entrant calls. Expected values are worked by hand in the comments.
 * Written to kill the mutants `npm run mutate -- engine` found surviving (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { ort, phq9 } from '../src/instruments/index.js';
import { defineInstrument, safeScore, score, scoreMany, type InstrumentInput, type Responses } from '../src/index.js';
import { fixtureDefinition } from './fixtures.js';
import { issue, issuesOf } from './promkitError.js';

const fixture = defineInstrument(fixtureDefinition());
const hint = (theirs: string, ours: string, higher: boolean) =>
  ` — every answer looks ${higher ? 'one higher' : 'one lower'} than this instrument's coding (${theirs} instead of ${ours}): ${higher ? 'subtract 1 from' : 'add 1 to'} each answer`;

/** A one-score instrument around the fixture's metadata. */
function custom(items: InstrumentInput['items'], scores: InstrumentInput['scores'], extra: Partial<InstrumentInput> = {}) {
  return defineInstrument({ ...fixtureDefinition(), id: 'custom', items, scores, flags: [], classifications: [], ...extra });
}
const rule = (minAnswered: number, rounding: 'none' | 'nearest' | 'up') =>
  ({ minAnswered, rounding, official: true, text: `At least ${minAnswered}.`, source: { ref: 'hand' } }) as const;
const five = [0, 1, 2, 3, 4].map((value) => ({ value, label: `v${value}` }));
const agree = [1, 2, 3, 4].map((value) => ({ value, label: `a${value}` }));

describe('what each error says is allowed', () => {
  it('four options: "one of"; a whole-number item: its range; an odd option set: its values', () => {
    // a3: 1 stops the shift hint (1 − 1 = 0 fits no A item), so each message ends at "unanswered".
    expect(issuesOf(() => score(fixture, { a1: 5, a3: 1, n1: 11, odd: 1 }))).toEqual([
      { code: 'out-of-range', path: ['responses', 'a1'], input: 5, message: 'a1: 5 is out of range; allowed: one of 1, 2, 3, 4, or null if unanswered' },
      { code: 'out-of-range', path: ['responses', 'n1'], input: 11, message: 'n1: 11 is out of range; allowed: a whole number from 0 to 10, or null if unanswered' },
      { code: 'not-an-option', path: ['responses', 'odd'], input: 1, message: 'odd: 1 is not one of the response options; allowed: one of 0, 2, 5, or null if unanswered' },
    ]);
    expect(score(fixture, { odd: 2 }).scores.total!.status).toBe('insufficient-items');
  });

  it('five contiguous options read as a range; a decimal item as "a number"; options listed out of order are sorted', () => {
    const def = custom(
      [
        { id: 'p', label: 'P', options: five },
        { id: 'd', label: 'D', numeric: { min: 0, max: 100, integer: false } },
        { id: 'u', label: 'U', options: [2, 0, 1].map((value) => ({ value, label: `u${value}` })) },
      ],
      [{ name: 'total', label: 'P', items: ['p'], method: 'sum', range: [0, 4], missing: rule(1, 'none'), direction: 'higher-is-worse' }],
    );
    expect(issuesOf(() => score(def, { p: 7, d: 100.5, u: 3 })).map((i) => i.message)).toEqual([
      'p: 7 is out of range; allowed: a whole number from 0 to 4, or null if unanswered',
      'd: 100.5 is out of range; allowed: a number from 0 to 100, or null if unanswered',
      'u: 3 is out of range; allowed: one of 0, 1, 2, or null if unanswered',
    ]);
    expect(score(def, { p: 2, d: 2.5, u: 1 }).scores.total!.value).toBe(2);
  });

  it('a range only for contiguous whole options from any start; decimal options are accepted as given', () => {
    const def = custom(
      [
        { id: 'f', label: 'F', options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `f${value}` })) },
        { id: 'g', label: 'G', options: [0, 1, 2, 3, 5].map((value) => ({ value, label: `g${value}` })) },
        { id: 'h', label: 'H', options: [0, 0.5, 1].map((value) => ({ value, label: `h${value}` })) },
      ],
      [{ name: 'total', label: 'F', items: ['f'], method: 'sum', range: [1, 5], missing: rule(1, 'none'), direction: 'higher-is-worse' }],
    );
    expect(issuesOf(() => score(def, { f: 6, g: 4, h: 0.25 })).map((i) => [i.code, i.message])).toEqual([
      ['out-of-range', 'f: 6 is out of range; allowed: a whole number from 1 to 5, or null if unanswered'],
      ['not-an-option', 'g: 4 is not one of the response options; allowed: one of 0, 1, 2, 3, 5, or null if unanswered'],
      ['not-an-option', 'h: 0.25 is not one of the response options; allowed: one of 0, 0.5, 1, or null if unanswered'],
    ]);
    expect(score(def, { f: 5, g: 5, h: 0.5 }).scores.total!.value).toBe(5);
  });

  it('a decimal item refuses a numeric string (answers are never converted)', () => {
    const def = custom(
      [{ id: 'd', label: 'D', numeric: { min: 0, max: 100, integer: false } }],
      [{ name: 'total', label: 'D', items: ['d'], method: 'sum', range: [0, 100], missing: rule(1, 'none'), direction: 'higher-is-worse' }],
    );
    expect(issue(() => score(def, { d: '50' } as unknown as Responses))).toMatchObject({ code: 'invalid-type', input: '50' });
  });

  it('reports only the bad answers: no issue for a null answer, no index keys for an array', () => {
    expect(issuesOf(() => score(phq9, { phq9_1: 0, phq9_2: null, phq9_3: 7 })).map((i) => i.path)).toEqual([['responses', 'phq9_3']]);
    expect(issuesOf(() => score(phq9, [0, null, 7, 0, 0, 0, 0, 0, 0])).map((i) => i.path)).toEqual([['responses', 2]]);
  });
});

describe('the coding-shift hint', () => {
  it('a response coded 1–4 for 0–3 is told to subtract 1, even with an unanswered item', () => {
    const messages = issuesOf(() => score(phq9, [1, 2, 3, 4, null, 2, 3, 4, 1])).map((i) => i.message);
    expect(messages).toEqual([
      `responses[3] (phq9_4): 4 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered${hint('1–4', '0–3', true)}`,
      `responses[7] (phq9_8): 4 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered${hint('1–4', '0–3', true)}`,
    ]);
  });

  it('a response whose every answer is out of range, but fits one lower, gets the hint', () => {
    expect(issuesOf(() => score(phq9, [4, 4, 4, 4, 4, 4, 4, 4, 4])).every((i) => i.message.endsWith(hint('1–4', '0–3', true)))).toBe(true);
  });

  it('a response coded −1–2 is told to add 1', () => {
    expect(issue(() => score(phq9, [-1, 0, 1, 2, 2, 2, 2, 2, 2])).message).toBe(
      `responses[0] (phq9_1): -1 is out of range; allowed: one of 0, 1, 2, 3, or null if unanswered${hint('-1–2', '0–3', false)}`,
    );
  });

  it('no hint when some answer would not fit after the shift, or is not a whole number, or the item takes decimals', () => {
    const noHint = (fn: () => unknown) => expect(issuesOf(fn).every((i) => !i.message.includes('every answer looks'))).toBe(true);
    noHint(() => score(phq9, [0, 1, 2, 4, 2, 2, 2, 2, 2])); // 0 − 1 does not fit
    noHint(() => score(phq9, [-1, 3, 2, 2, 2, 2, 2, 2, 2])); // 3 + 1 does not fit
    noHint(() => score(fixture, { a1: 5, odd: 2 })); // 2 − 1 is not an option of odd (0, 2, 5)
    noHint(() => score(phq9, [4, 2, 2.5, 1, 2, 2, 2, 2, 2])); // 2.5 is no coding
    noHint(() => score(phq9, [4, 2, '3', 1, 2, 2, 2, 2, 2] as unknown as Responses));
    const def = custom(
      [
        { id: 'p', label: 'P', options: five },
        { id: 'd', label: 'D', numeric: { min: 0, max: 100, integer: false } },
      ],
      [{ name: 'total', label: 'P', items: ['p'], method: 'sum', range: [0, 4], missing: rule(1, 'none'), direction: 'higher-is-worse' }],
    );
    expect(issue(() => score(def, { p: 5 })).message).toContain(hint('1–5', '0–4', true));
    noHint(() => score(def, { p: 5, d: 50 })); // a decimal item has no coding to shift
  });
});

describe('errors about the whole call', () => {
  it('a wrong-length array lists the item order: all ids up to three, else first, second and last', () => {
    expect(issuesOf(() => score(fixture, [1, 2]))).toEqual([
      { code: 'wrong-length', path: ['responses'], input: [1, 2], message: 'responses: expected 8 answers in item order (a1, a2, …, odd), got 2; use null for an unanswered item' },
    ]);
    const three = custom(
      ['x', 'y', 'z'].map((id) => ({ id, label: id, options: agree })),
      [{ name: 'total', label: 'T', items: ['x', 'y', 'z'], method: 'sum', range: [3, 12], missing: rule(3, 'none'), direction: 'higher-is-worse' }],
    );
    expect(issue(() => score(three, [1])).message).toBe('responses: expected 3 answers in item order (x, y, z), got 1; use null for an unanswered item');
  });

  it('not a record: says what it got and how to convert a Map', () => {
    expect(issuesOf(() => score(phq9, 42 as unknown as Responses))).toEqual([
      { code: 'invalid-responses', path: ['responses'], input: 42, message: 'responses: expected a record keyed by item id or an array of 9 answers in item order, got 42' },
    ]);
    expect(issue(() => score(phq9, new Map() as unknown as Responses)).message).toContain('got a Map (convert it with Object.fromEntries(map))');
  });

  it('not a validated definition object', () => {
    expect(issuesOf(() => score(null as never, {}))).toEqual([
      { code: 'invalid-definition', path: ['definition'], input: null, message: 'definition: expected an instrument definition object, got null' },
    ]);
    expect(issue(() => score('phq-9' as never, {})).message).toBe('definition: expected an instrument definition object, got "phq-9"');
  });

  it('over 100 unknown keys: the rest are counted in one last issue at the responses', () => {
    const junk = Object.fromEntries(Array.from({ length: 150 }, (_, k) => [`junk${k}`, 1]));
    const issues = issuesOf(() => score(phq9, junk));
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({
      code: 'unknown-item',
      path: ['responses'],
      input: 50,
      message: '… and 50 more keys that are not items of phq-9 (only the first 100 problems are listed)',
    });
  });

  it('an answer that changes while it is read is refused, not scored', () => {
    let reads = 0;
    const shifty = { get phq9_1() { return reads++ === 0 ? 9 : 1; } };
    expect(issuesOf(() => score(phq9, shifty))).toEqual([
      { code: 'invalid-responses', path: ['responses'], input: shifty, message: 'responses: the answers changed while they were being read (a getter or Proxy returned different values); pass plain data' },
    ]);
  });

  it('a record with another prototype is read by its own keys only', () => {
    const inherited = Object.assign(Object.create({ phq9_2: 3 }), { phq9_1: 1, phq9_3: 2 });
    expect(score(phq9, inherited).scores.total!.answered).toBe(2);
    class Answers { phq9_1 = 1; extra = 2; }
    expect(issuesOf(() => score(phq9, new Answers() as unknown as Responses)).map((i) => [i.code, i.path])).toEqual([['unknown-item', ['responses', 'extra']]]);
  });

  it('options must be an object; missing must be official, strict or a whole minAnswered ≥ 1', () => {
    expect(issuesOf(() => score(phq9, {}, 42 as never))).toEqual([
      { code: 'invalid-argument', path: ['options'], input: 42, message: 'options: expected an object, got 42' },
    ]);
    expect(issue(() => score(phq9, {}, null as never)).path).toEqual(['options']);
    for (const missing of [null, 5, { minAnswered: 0 }, { minAnswered: 1.5 }, { minAnswered: '3' }]) {
      expect(issue(() => score(phq9, {}, { missing } as never))).toMatchObject({ code: 'invalid-argument', path: ['options', 'missing'], input: missing });
    }
  });

  it('scoreMany refuses rows that are not an iterable of response sets', () => {
    for (const rows of [42, null, 'abc', {}]) {
      expect(issuesOf(() => scoreMany(phq9, rows as never))).toEqual([
        { code: 'invalid-argument', path: ['rows'], input: rows, message: expect.stringMatching(/^rows: expected an array \(or other iterable\) of response sets, got /) },
      ]);
    }
  });

  it('a bug (not a PromkitError) inside the responses is thrown by safeScore and scoreMany, not returned', () => {
    const broken = { get phq9_1(): number { throw new TypeError('boom'); } };
    expect(() => safeScore(phq9, broken)).toThrow(TypeError);
    expect(() => scoreMany(phq9, [broken])).toThrow(TypeError);
  });
});

describe("the caller's missing-item policy", () => {
  it('prorates a score of like items and says whose rule it was', () => {
    // a1 3, a2 reversed 2 → 3, a3 4 → 10 × 4/3 = 13.33 → 13.
    const total = score(fixture, { a1: 3, a2: 2, a3: 4 }, { missing: { minAnswered: 3 } }).scores.total!;
    expect(total).toMatchObject({ value: 13, status: 'prorated' });
    expect(total.reason).toMatch(/Caller's policy: at least 3 answered\.$/);
  });

  it('items of the same span but different lowest values, or weighted items, cannot be prorated', () => {
    const def = custom(
      [
        { id: 'z', label: 'Z', options: [0, 1, 2, 3].map((value) => ({ value, label: `z${value}` })) },
        { id: 'o', label: 'O', options: agree },
        { id: 'q', label: 'Q', options: agree },
      ],
      [{ name: 'total', label: 'T', items: ['z', 'o', 'q'], method: 'sum', range: [2, 11], missing: rule(3, 'none'), direction: 'higher-is-worse' }],
    );
    expect(score(def, { z: 0, o: 1 }, { missing: { minAnswered: 2 } }).scores.total!.reason).toContain('cannot be prorated');
    const nine = { ort_sex: 0, ort_family_alcohol: 1, ort_family_illegal: 0, ort_family_rx: 0, ort_personal_alcohol: 0, ort_personal_illegal: 0, ort_personal_rx: 0, ort_age: 1, ort_sexual_abuse: 0, ort_psych: 0 };
    expect(score(ort, nine, { missing: { minAnswered: 5 } }).scores.total!).toMatchObject({ value: null, reason: expect.stringContaining('cannot be prorated') });
  });

  it('withholds a score of like items answered fewer times than asked, naming the number asked', () => {
    expect(score(fixture, { a1: 3, a2: 2 }, { missing: { minAnswered: 3 } }).scores.total!.reason).toBe("2 of 4 items answered; not scored. Caller's policy: at least 3 answered.");
  });

  it('needs every item of a score that cannot be prorated, and says why only when it asked for fewer', () => {
    // Items of different ranges (1–4 and 0–10): not prorable.
    const def = custom(
      [
        { id: 'a', label: 'A', options: agree },
        { id: 'b', label: 'B', options: agree },
        { id: 'n', label: 'N', numeric: { min: 0, max: 10, integer: true } },
        { id: 'm', label: 'M', numeric: { min: 0, max: 10, integer: true } },
      ],
      [
        { name: 'total', label: 'T', items: ['a', 'b', 'n', 'm'], method: 'sum', range: [2, 28], missing: rule(4, 'nearest'), direction: 'higher-is-worse' },
        { name: 'pom', label: 'P', items: ['a', 'n'], method: 'percent-of-maximum', range: [0, 100], missing: rule(2, 'none'), direction: 'higher-is-worse' },
      ],
    );
    const answers = { a: 1, b: 2, n: 4 };
    expect(score(def, answers, { missing: { minAnswered: 3 } }).scores.total!.reason).toBe(
      "3 of 4 items answered; not scored. Caller's policy asks for at least 3 answered, but this score cannot be prorated (its items differ in range or carry weights), so every item is needed.",
    );
    expect(score(def, answers, { missing: { minAnswered: 4 } }).scores.total!.reason).toBe("3 of 4 items answered; not scored. Caller's policy: at least 4 answered.");
    expect(score(def, answers, { missing: { minAnswered: 9 } }).scores.total!.reason).toBe("3 of 4 items answered; not scored. Caller's policy: at least 4 answered.");
    // A percent of maximum is prorable whatever its items' ranges: n 4 of 0–10 alone → 40 %.
    expect(score(def, { n: 4 }, { missing: { minAnswered: 1 } }).scores.pom!).toMatchObject({ value: 40, status: 'prorated' });
  });
});

describe('arithmetic per method', () => {
  const ofAgree = (method: 'count' | 'mean' | 'percent-of-maximum', rounding: 'none' | 'nearest', range: [number, number]) =>
    custom(
      ['w', 'x', 'y', 'z'].map((id) => ({ id, label: id, options: agree })),
      [{ name: 'total', label: 'T', items: ['w', 'x', 'y', 'z'], method, ...(method === 'count' ? { countAtLeast: 3 } : {}), range, missing: rule(3, rounding), direction: 'higher-is-worse' }],
    );

  it('count prorates with the rule’s rounding', () => {
    const def = ofAgree('count', 'nearest', [0, 4]);
    expect(score(def, { w: 3, x: 4, y: 1 }).scores.total!.value).toBe(3); // 2 of 3 at ≥ 3 → 2 × 4/3 = 2.67 → 3
    expect(score(def, { w: 3, x: 1, y: 1, z: 2 }).scores.total!.value).toBe(1);
  });

  it('a mean and a percent of maximum are rounded only when prorated', () => {
    const mean = ofAgree('mean', 'nearest', [1, 4]);
    expect(score(mean, { w: 1, x: 2, y: 2, z: 2 }).scores.total!.value).toBe(1.75);
    expect(score(mean, { w: 1, x: 2, y: 2 }).scores.total!.value).toBe(2); // 5/3 = 1.67 → 2
    const pom = ofAgree('percent-of-maximum', 'nearest', [0, 100]);
    expect(score(pom, { w: 2, x: 2, y: 2, z: 2 }).scores.total!.value).toBeCloseTo(100 / 3, 10); // 4 × (2 − 1) / (4 × 3)
    expect(score(pom, { w: 2, x: 2, y: 3 }).scores.total!.value).toBe(44); // (1 + 1 + 2) / 9 = 44.4 → 44
  });

  it('percent of maximum counts each item from its own minimum: the fixture’s 1–4 items', () => {
    // a2 is reversed: 3 → 2. (1 + 1 + 1 + 1) / (4 × 3) = 33.3 %.
    expect(score(fixture, { a1: 2, a2: 3, a3: 2, a4: 2 }).scores.percent!.value).toBeCloseTo(100 / 3, 10);
  });

  it('a table score reads its first, middle and last rows', () => {
    // converted = a3 + a4, table from raw 2; a fresh definition, compiled in this test.
    const fresh = defineInstrument(fixtureDefinition());
    expect([[1, 1], [2, 3], [4, 4]].map(([a3, a4]) => score(fresh, { a3, a4 }).scores.converted!).map((s) => [s.value, s.tScore, s.se, s.band?.label])).toEqual([
      [2, 35.5, 5.1, 'normal'],
      [5, 49.0, 3.2, 'normal'],
      [8, 66.1, 4.9, 'raised'],
    ]);
  });
});

describe('flags and classifications', () => {
  it('rules are tried in order; an "all" needs every part; an "any" needs one', () => {
    const group = (r: Responses) => score(fixture, r).classifications.group;
    expect(group({ a1: 1, a2: 4, a3: 1, a4: 1 })).toBe('low'); // total 4
    expect(group({ a1: 4, a2: 1, a3: 4, a4: 4, n1: 6, n2: 4, yn: 1 })).toBe('high'); // total 16, meanN 5, yn 1
    expect(group({ a1: 4, a2: 1, a3: 4, a4: 4, n1: 6, n2: 4, yn: 0 })).toBe('medium');
    const def = custom(
      [{ id: 'x', label: 'X', options: agree }, { id: 'y', label: 'Y', options: agree }],
      [{ name: 'total', label: 'T', items: ['x', 'y'], method: 'sum', range: [2, 8], missing: rule(2, 'none'), direction: 'higher-is-worse' }],
      { flags: [{ name: 'either', label: 'x or y at 4', when: { any: [{ item: 'x', atLeast: 4 }, { item: 'y', atLeast: 4 }] }, source: { ref: 'hand' } }] },
    );
    expect([[4, 1], [1, 4], [3, 3]].map(([x, y]) => score(def, { x, y }).flags.either)).toEqual([true, true, false]);
  });
});

describe('the result', () => {
  it('names its instrument and carries no empty band, T-score or SE keys', () => {
    // A fresh definition: compile() runs once per definition object, here inside this test.
    expect(score(defineInstrument(fixtureDefinition()), {}).instrument).toEqual({ id: 'fixture', version: '1', title: 'Engine fixture' });
    expect(Object.keys(score(fixture, { a1: 1, a2: 4, a3: 1, a4: 1 }).scores.doubled!)).toEqual(['value', 'range', 'status', 'answered', 'of']);
  });

  it('a score computed inside a getter of the responses (twice) leaves the outer call intact', () => {
    // A fresh definition, so the outer call is the first and holds the definition's own buffers.
    const def = defineInstrument(fixtureDefinition());
    const inner = { a1: 4, a2: 4, a3: 4, a4: 4 };
    const nested = {
      get a1() {
        score(def, inner);
        score(def, inner);
        return 3;
      },
      a2: 2,
      a3: 4,
    };
    // a1 3 + a2 reversed (5 − 2 = 3) + a3 4 = 10 of 3 items → 10 × 4/3 = 13.33 → 13; a4 stays unanswered.
    expect(score(def, nested).scores.total!).toMatchObject({ value: 13, answered: 3, status: 'prorated' });
  });
});
