import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../src/catalog/index.js';
import { partialArb } from './arbitraries.js';
import { ColumnStatus, matchColumns, PromkitError, score, scoreColumns, scoreRecords } from '../src/index.js';
import { gad7, phq9, promisPi4a } from '../src/instruments/index.js';
import { fcRuns } from './fcRuns.js';

const answers = [1, 2, 1, 2, 1, 1, 2, 1, 0];
const record = Object.fromEntries(answers.map((v, i) => [`phq9_${i + 1}`, v]));

describe('matchColumns', () => {
  it('recognises the common export spellings', () => {
    for (const spell of [(i: number) => `phq9_${i}`, (i: number) => `PHQ9_Q0${i}`, (i: number) => `phq9.${i}`, (i: number) => `PHQ-9 ${i}`]) {
      const header = ['record_id', ...Array.from({ length: 9 }, (_, i) => spell(i + 1))];
      const map = matchColumns(phq9, header);
      expect(map.phq9_1).toBe(spell(1));
      expect(map.phq9_9).toBe(spell(9));
    }
  });
  it('fails before reading rows when a column is missing or ambiguous, naming the item', () => {
    const header = ['phq9_1', 'PHQ9_Q01', ...Array.from({ length: 7 }, (_, i) => `phq9_${i + 2}`)];
    try {
      matchColumns(phq9, header);
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(PromkitError);
      const messages = (error as PromkitError).issues.map((i) => i.message);
      expect(messages[0]).toContain('"phq9_1" and "PHQ9_Q01" could each be phq-9 item phq9_1');
      expect(messages[1]).toContain('no column for phq-9 item phq9_9');
    }
  });
  it('lets an explicit map win and checks it', () => {
    const header = ['a', 'b', ...Array.from({ length: 8 }, (_, i) => `phq9_${i + 2}`)];
    expect(matchColumns(phq9, header, { map: { phq9_1: 'b' } }).phq9_1).toBe('b');
    expect(() => matchColumns(phq9, header, { map: { phq9_1: 'zz' } })).toThrow(/column "zz" for phq9_1 is not in the header/);
    expect(() => matchColumns(phq9, header, { map: { nope: 'a' } })).toThrow(/"nope" is not an item of phq-9/);
  });
});

describe('scoreRecords', () => {
  it('adds score fields to every record, keeps order and original fields, never mutates', () => {
    const rows = [
      { id: 'r1', ...record },
      { id: 'r2', ...record, phq9_2: 9 },
      { id: 'r3', ...record, phq9_9: null },
    ];
    const copy = structuredClone(rows);
    const out = scoreRecords(rows, phq9);
    expect(rows).toEqual(copy);
    expect(out.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(out[0]).toMatchObject({ id: 'r1', phq9_total: 11, phq9_total_band: 'moderate', phq9_total_status: 'scored', phq9_item9Positive: false, phq9_error: null });
    expect(out[1]).toMatchObject({ phq9_total: null, phq9_total_status: null });
    expect(out[1]?.phq9_error).toContain('phq9_2: 9 is out of range');
    expect(out[2]).toMatchObject({ phq9_total: null, phq9_total_status: 'insufficient-items', phq9_item9Positive: null });
  });
  it('rejects strings unless asked to read plain decimal strings; never reads "2x"', () => {
    const strings = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, String(v)]));
    expect(scoreRecords([strings], phq9)[0]?.phq9_error).toContain('is not a number');
    expect(scoreRecords([strings], phq9, { strings: 'numbers' })[0]?.phq9_total).toBe(11);
    expect(scoreRecords([{ ...strings, phq9_1: '2x' }], phq9, { strings: 'numbers' })[0]?.phq9_error).toContain('"2x" is not a number');
    expect(scoreRecords([{ ...strings, phq9_1: '' }], phq9, { strings: 'numbers' })[0]?.phq9_total_status).toBe('insufficient-items');
  });
  it('treats an empty cell (\'\') as unanswered by default, as CSV and spreadsheet exports write it', () => {
    const [blank, absent] = scoreRecords([{ ...record, phq9_9: '' }, { ...record, phq9_9: null }], phq9);
    expect(blank).toMatchObject({ phq9_total: null, phq9_total_status: 'insufficient-items', phq9_item9Positive: null, phq9_error: null });
    const { phq9_9: _b, ...blankFields } = blank!;
    const { phq9_9: _a, ...absentFields } = absent!;
    expect(blankFields).toEqual(absentFields);
    // A caller's own tokens replace the default: then '' is an answer that is not a number.
    const [na, empty] = scoreRecords([{ ...record, phq9_9: 'NA' }, { ...record, phq9_9: '' }], phq9, { missingTokens: ['NA'] });
    expect(na).toMatchObject({ phq9_total_status: 'insufficient-items', phq9_error: null });
    expect(empty?.phq9_error).toContain('"" is not a number');
  });
  it('names the source column in errors when it is spelled differently', () => {
    const row = Object.fromEntries(answers.map((v, i) => [`PHQ9_Q0${i + 1}`, i === 1 ? 4 : v]));
    expect(scoreRecords([row], phq9)[0]?.phq9_error).toMatch(/^column PHQ9_Q02: phq9_2: 4 is out of range/);
  });
});

describe('scoreColumns', () => {
  it('equals score() row by row, with statuses and errors', () => {
    const rows = [answers, [0, 0, 0, 0, 0, 0, 0, 0, 0], [3, 3, 3, 3, 3, 3, 3, 3, NaN], [1, 1, 1, 1, 7, 1, 1, 1, 1]];
    const columns = Object.fromEntries(phq9.items.map((item, k) => [item.id, Float64Array.from(rows.map((r) => r[k] as number))]));
    const { length, scores, errors } = scoreColumns(columns, phq9);
    expect(length).toBe(4);
    expect(Array.from(scores.total!.values.slice(0, 2))).toEqual([11, 0]);
    expect(Array.from(scores.total!.status)).toEqual([ColumnStatus.scored, ColumnStatus.scored, ColumnStatus.insufficientItems, ColumnStatus.invalid]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.row).toBe(3);
    expect(errors[0]?.error.issues[0]).toMatchObject({ code: 'out-of-range', path: ['responses', 'phq9_5'], input: 7 });
    expect(score(phq9, rows[0]!).scores.total?.value).toBe(scores.total!.values[0]);
  });
  it('writes each row\'s T-score and SE into their own columns (PROMIS PI 4a published rows)', () => {
    // HealthMeasures PROMIS-29 v2.1 Pain Interference 4a table: raw 4 → T 41.6, SE 6.1;
    // raw 12 → T 61.2, SE 1.8; raw 20 → T 75.6, SE 3.7 (the reference cases' published rows).
    const rows = [[1, 1, 1, 1], [3, 3, 3, 3], [5, 5, 5, 5], [3, null, null, null]];
    const columns = Object.fromEntries(promisPi4a.items.map((item, k) => [item.id, rows.map((r) => r[k] ?? null)]));
    const total = scoreColumns(columns, promisPi4a).scores.total!;
    expect([...total.values.slice(0, 3)]).toEqual([4, 12, 20]);
    expect([...total.tScore!.slice(0, 3)]).toEqual([41.6, 61.2, 75.6]);
    expect([...total.se!.slice(0, 3)]).toEqual([6.1, 1.8, 3.7]);
    expect([Number.isNaN(total.tScore![3]), Number.isNaN(total.se![3])]).toEqual([true, true]);
  });
  it('refuses columns of different lengths or a missing column', () => {
    const columns = Object.fromEntries(gad7.items.map((item) => [item.id, [0, 1]]));
    expect(() => scoreColumns({ ...columns, gad7_7: [1] }, gad7)).toThrow(/gad7_7 has 1 rows, the first column has 2/);
    const { gad7_3: _, ...without } = columns;
    expect(() => scoreColumns(without, gad7)).toThrow(/no array for gad-7 item gad7_3/);
  });
});

describe('scoreColumns agrees with score() for every instrument', () => {
  const statusCode = { scored: 0, prorated: 1, 'insufficient-items': 2 } as const;
  it.each(listInstruments().map((def) => [def.id, def] as const))('%s', (_, def) => {
    fc.assert(
      fc.property(fc.array(partialArb(def), { minLength: 1, maxLength: 20 }), fc.constantFrom<'official' | 'strict'>('official', 'strict'), (rows, missing) => {
        const columns = Object.fromEntries(def.items.map((item) => [item.id, rows.map((r) => r[item.id] ?? null)]));
        const out = scoreColumns(columns, def, { missing });
        rows.forEach((row, i) => {
          const expected = score(def, row, { missing });
          for (const s of def.scores) {
            const want = expected.scores[s.name]!;
            const got = out.scores[s.name]!;
            expect(got.status[i]).toBe(statusCode[want.status]);
            if (want.value === null) expect(Number.isNaN(got.values[i])).toBe(true);
            else expect(got.values[i]).toBe(want.value);
            if (want.tScore !== undefined) expect(got.tScore?.[i]).toBe(want.tScore);
          }
        });
      }),
      fcRuns(40),
    );
  });
});
